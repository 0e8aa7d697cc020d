"""Places: coordinates (and country) for the LOC entities in ``doc._.entities``, offline.

Candidates come from :mod:`chronik.gazetteer` (curated aliases, CLDR country names, GeoNames cities
≥ 15,000, ISO 3166-2 subdivisions). Ambiguous names are settled by context: the countries of the other places
and of the actors in the article, nearness to places that resolved unambiguously, and population.
A name with no candidate keeps ``geo = None``; a subdivision known only by name gets its country but no
coordinates — nothing is ever moved to a country centre just because it is unknown.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from chronik import gazetteer as gz
from chronik.document import Entity, Geo
from chronik.text import doc_text, lang_resource

# Score weights (log10-population scale): a curated alias or a country name is what the editor meant far
# more often than a same-named town; a context country or a nearby unambiguous place is each worth ~1.5 orders
# of magnitude of population, so "Paris" in an article that names the USA stays in France, "Paris, Texas" does not.
CURATED_BONUS = 4.0
COUNTRY_BONUS = 3.5
CONTEXT_COUNTRY_BONUS = 1.5
NEAR_BONUS = 1.5
NEAR_KM = 300.0
ALIAS_PENALTY = 0.7
# German-language news are written from Germany, Austria or Switzerland: a weak prior when nothing else decides.
HOME_COUNTRIES = {"de": ("DEU", "AUT", "CHE")}
HOME_BONUS = 0.5
# "In Flores" in a report from Uruguay: when the text is about one foreign country (it has at least FOCUS_MIN
# context votes and twice as many as any other) and a place's only namesakes are small towns (< SMALL_TOWN people)
# in countries the text never names, the place is a town or island of that country too small for GeoNames. Only in
# a report whose dateline lies in that country (the reporter is there; a report without one may name a town anywhere).
FOCUS_MIN = 3
# (fifteenth session) An alias-only reading of a town below this size, in a country the text gives no vote and
# farther than FAR_KM from every country it does vote for, is a transliteration clash ("Tempi" → Tempe, USA),
# not the place meant; big cities and capitals keep their exonyms ("Mailand", "Bukarest").
ALIAS_BIG_CITY = 1_000_000
FAR_KM = 3000.0
SMALL_TOWN = 100_000
_PRECEDING_WORD = re.compile(r"(?<![\w.-])(\w[\w.-]*) $")


def _candidates(entity: Entity, doc: Doc) -> list[gz.Place]:
    text = doc_text(doc)  # spaCy rebuilds doc.text on every access: built once per document
    names = [text[s:e] for s, e in entity.mentions]
    # "im Schloss Bellevue" where the model tagged only "Bellevue": the name with the noun before it is the
    # place the writer meant (a curated site), not the same-named town abroad. Tried first, exact names only.
    with_noun = [
        combined
        for s, e in entity.mentions
        if (combined := _with_preceding_noun(text, s, e)) is not None and gz.exact_places(combined, doc.lang_)
    ]
    if entity.name in lang_resource(doc.lang_, "continents.txt"):
        return []  # "Südamerika": a continent or world region has no country; a namesake in GeoNames is not meant
    texts = [*with_noun, entity.name, *names]
    if not any(gz.place_candidates(t, doc.lang_) for t in texts) and "/" in entity.name:
        # a dateline "Heidelberg/Kairo (dpa)": the first place that resolves
        parts = [part.strip() for part in entity.name.split("/") if part.strip()]
        texts = next(([p] for p in parts if gz.place_candidates(p, doc.lang_)), [])
    articles = lang_resource(doc.lang_, "place_articles.txt")
    after_article = bool(entity.mentions) and all(
        " " not in text[s:e] and _preceding_word(text, s) in articles for s, e in entity.mentions
    )
    seen: set[tuple] = set()
    out: list[gz.Place] = []
    for text in texts:
        for place in gz.place_candidates(text, doc.lang_):
            if after_article and place.kind == "city" and not _is_curated(place):
                continue  # "im Norden", "der Westen": a direction or region, not the town of that name
            key = (place.kind, place.country, place.geonameid, place.lat, place.lon)
            if key not in seen:
                seen.add(key)
                out.append(place)
    return out


def _preceding_word(text: str, start: int) -> str:
    match = _PRECEDING_WORD.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def _with_preceding_noun(text: str, start: int, end: int) -> str | None:
    """The mention with the capitalised word right before it ("Schloss" + "Bellevue"), or None."""
    match = _PRECEDING_WORD.search(text, max(0, start - 40), start)
    if match is None or not match.group(1)[0].isupper():
        return None
    return f"{match.group(1)} {text[start:end]}"


_BRACKET = re.compile(r"\s*\(([^()]{2,40})\)")


def _bracket_country(text: str, end: int, lang: str) -> str | None:
    """The country named in brackets right after a mention ("Barrie (Kanada)"), or None."""
    match = _BRACKET.match(text, end)
    return gz.country_code(match.group(1).strip(), lang) if match else None


_ADJECTIVE_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+$")


def _adjective_country(text: str, start: int, lang: str) -> str | None:
    """The country of a country adjective and a place noun right before a mention ("auf der griechischen Insel
    Naxos", "in der chilenischen Provinz Arauco"): the writer states where the place lies, or None."""
    match = _ADJECTIVE_NOUN_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return None
    nouns = gz.place_nouns(lang) | lang_resource(lang, "feature_name_nouns.txt")
    if match.group(2) not in nouns:
        return None
    return gz.demonym_adjective(match.group(1), lang)


def _is_curated(place: gz.Place) -> bool:
    return place.kind in ("site", "admin1") or (place.kind == "city" and place.population == 0)


def _score(place: gz.Place, context: Counter, anchors: list[gz.Place], lang: str) -> float:
    score = math.log10(max(place.population, 1) + 10)
    if place.kind == "country":
        score += COUNTRY_BONUS + 4.0
    elif _is_curated(place):
        score += CURATED_BONUS + 3.0
    if place.alias:
        score -= ALIAS_PENALTY
    if place.country and context[place.country]:
        score += CONTEXT_COUNTRY_BONUS
    if place.country in HOME_COUNTRIES.get(lang, ()):
        score += HOME_BONUS
    if place.lat is not None and any(
        a.lat is not None
        and a.kind != "country"  # a country is context already; "near its centre" means nothing
        and gz.haversine_km(place.lat, place.lon, a.lat, a.lon) < NEAR_KM + a.precision_km  # within a region
        for a in anchors
    ):
        score += NEAR_BONUS
    return score


def _dateline_countries(doc: Doc) -> tuple[str, ...]:
    """The countries of the dateline ("BAGDAD (dpa) –", "BRÜSSEL/MANAGUA (dpa) –"): the entity linker's one
    reading, which knows German and alternate names and multi-word cities (imported here because the entities
    module imports this one)."""
    from chronik.components.entities import dateline_countries

    return dateline_countries(doc, doc.lang_)


def _focus_country(context: Counter, doc: Doc, lang: str) -> str | None:
    """The one foreign country the text is about and reports from (see FOCUS_MIN): a report without a dateline
    abroad may name a town anywhere. Of a double dateline ("BRÜSSEL/MANAGUA (dpa) –") either place's country is
    one the report comes from."""
    ranked = context.most_common(2)
    if not ranked or ranked[0][1] < FOCUS_MIN or ranked[0][0] in HOME_COUNTRIES.get(lang, ()):
        return None
    if ranked[0][0] not in _dateline_countries(doc):
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _foreign_small_namesakes(options: list[gz.Place], context: Counter) -> bool:
    """Every candidate a small GeoNames town (no country, region, curated place or alias-only reading of a big
    one) in a country the text gives no vote."""
    plain = [p for p in options if not p.alias]
    return (
        bool(plain)
        and all(p.kind == "city" and not _is_curated(p) for p in options)
        and all(p.population < SMALL_TOWN for p in plain)
        and not any(context[p.country] for p in options)
    )


def _far_alias_only(options: list[gz.Place], context: Counter, lang: str) -> bool:
    """Every candidate a mid-size town matched only through an alternate name, in a country without a vote, and
    on another continent than every country the text is about: the name is a local place whose spelling happens
    to be an alternate name of a town abroad, so it stays ungrounded rather than jump continents."""
    if not options or not all(
        p.kind == "city" and p.alias and not _is_curated(p) and p.population < ALIAS_BIG_CITY for p in options
    ):
        return False
    if any(context[p.country] for p in options) or any(gz.capital_country(p.name) == p.country for p in options):
        return False
    voted = [c for iso, n in context.items() if n > 0 and (c := gz.countries(lang).get(iso)) is not None]
    voted = [c for c in voted if c.lat is not None and c.lon is not None]
    return bool(voted) and all(
        p.lat is not None
        and p.lon is not None
        and all(gz.haversine_km(p.lat, p.lon, c.lat, c.lon) > FAR_KM for c in voted)
        for p in options
    )


def resolve(doc: Doc, entities: list[Entity]) -> None:
    lang = doc.lang_
    locs = [e for e in entities if e.label == "LOC"]
    cands = {e.id: _candidates(e, doc) for e in locs}
    # Context: countries of actors and of places that have a single reading.
    context: Counter = Counter()
    anchors: list[gz.Place] = []
    for e in entities:
        if e.label != "LOC" and e.country:
            context[e.country] += 1
    for e in locs:
        options = cands[e.id]
        if not options or not options[0].country:
            continue  # a sea or a mountain range across borders says nothing about country or nearness
        if len({(p.country, p.lat) for p in options}) == 1 or (options and options[0].kind == "country"):
            context[options[0].country] += 2
            anchors.append(options[0])
    text = doc_text(doc)
    focus = _focus_country(context, doc, lang)
    for e in locs:
        options = cands[e.id]
        # "London (Großbritannien)": a country in brackets right after the name is the place's country; so is the
        # country adjective of "auf der indonesischen Insel Flores"
        stated = {_bracket_country(text, end, lang) for _, end in e.mentions} - {None}
        stated |= {_adjective_country(text, start, lang) for start, _ in e.mentions} - {None}
        if len(stated) == 1 and not any(p.country in stated and p.kind != "country" for p in options):
            # the stated country has no candidate of that name (an island, a small town): the country is known, the
            # namesakes elsewhere are not meant, so no coordinates
            e.country = next(iter(stated))
            e.geo = None
            continue
        if not options:
            continue
        if len(stated) == 1 and any(p.country in stated and p.kind != "country" for p in options):
            options = [p for p in options if p.country in stated and p.kind != "country"]
        elif focus and _foreign_small_namesakes(options, context):
            e.country = focus  # the town of the country in focus; its namesakes abroad are not meant
            e.geo = None
            continue
        own = Counter(context)
        if options[0].country:
            own[options[0].country] -= 2 if options[0] in anchors else 0  # do not count a place as its own context
        if len(stated) != 1 and _far_alias_only(options, own, lang):
            e.country = focus  # "Zugunglück von Tempi" in a report from Athens: not Tempe, Arizona
            e.geo = None
            continue
        best = max(options, key=lambda p: _score(p, own, [a for a in anchors if a not in options], lang))
        e.country = best.country or e.country
        if best.lat is None or best.lon is None:
            e.geo = None
            continue
        e.geo = Geo(
            lat=round(best.lat, 5),
            lon=round(best.lon, 5),
            geonameid=best.geonameid,
            kind=best.kind,  # type: ignore[arg-type]
            precision_km=best.precision_km,
        )


class GeoResolver:
    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities or []
        if entities:
            resolve(doc, entities)
        return doc


@Language.factory("chronik_geo")
def make_geo(nlp: Language, name: str) -> GeoResolver:
    return GeoResolver()
