"""The event coder's rules on controlled input: entities and timexes are given, so each test checks one
construction of the events component and nothing of the components before it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronik.components.events import extract_events, lexicon
from chronik.document import Entity, Event, Geo, Quantity, Quote, Timex
from chronik.pipeline import build

COUNTRIES = {"Deutschland", "Frankreich", "Polen", "Russland", "Iran", "Türkei", "Äthiopien", "Ukraine"}
CITIES = {"Berlin", "Paris", "Kairo", "Warschau", "Moskau", "Genf"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build("de", with_model=False, components=[])


def entity(eid: str, text: str, name: str, forms: list[str]) -> Entity:
    mentions = []
    for form in forms:
        mentions += [[m.start(), m.end()] for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)]
    if name in COUNTRIES | CITIES:
        kind = "country" if name in COUNTRIES else "city"
        return Entity(
            id=eid, label="LOC", name=name, mentions=mentions, geo=Geo(lat=0, lon=0, kind=kind, precision_km=1)
        )
    label = "ORG" if name.isupper() or name in {"Vereinte Nationen", "Europäische Union"} else "PER"
    return Entity(id=eid, label=label, name=name, mentions=mentions)


def analyse(
    nlp: Language,
    text: str,
    actors: dict[str, list[str]] | None = None,
    timexes: dict[str, str] | None = None,
    published: date | None = date(2024, 3, 14),
    quantities: dict[str, tuple[str, float]] | None = None,
    quotes: list[str] | None = None,
) -> tuple[Doc, list[Event]]:
    doc = nlp(text)
    doc._.published = published
    doc._.entities = [entity(f"e{k}", text, name, forms) for k, (name, forms) in enumerate((actors or {}).items(), 1)]
    doc._.timexes = [
        Timex(start=text.index(s), end=text.index(s) + len(s), text=s, type="DATE", value=v)
        for s, v in (timexes or {}).items()
    ]
    doc._.quantities = [
        Quantity(start=text.index(s), end=text.index(s) + len(s), text=s, kind=kind, value=v)  # type: ignore[arg-type]
        for s, (kind, v) in (quantities or {}).items()
    ]
    doc._.quotes = [
        Quote(start=text.index(q), end=text.index(q) + len(q), text=q, kind="direct") for q in (quotes or [])
    ]
    return doc, extract_events(doc)


def names(doc: Doc, ids: list[str]) -> list[str]:
    by_id = {e.id: e.name for e in doc._.entities}
    return [by_id[i] for i in ids]


def only(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def trigger_text(doc: Doc, ev: Event) -> str:
    return doc.text[ev.trigger[0] : ev.trigger[1]]


# --- triggers -----------------------------------------------------------------------------------


def test_lexicon_covers_all_plover_types() -> None:
    lex = lexicon("de")
    types = {t.type for entries in lex.verbs.values() for t in entries} | {t.type for t in lex.nouns.values()}
    assert types == set(Event.model_fields["type"].annotation.__args__)  # type: ignore[union-attr]


def test_inflected_verb_is_matched_by_lemma(nlp: Language) -> None:
    doc, events = analyse(nlp, "Merkel traf Macron.", {"Angela Merkel": ["Merkel"], "Emmanuel Macron": ["Macron"]})
    ev = only(events, "CONSULT")
    assert (ev.mode, trigger_text(doc, ev)) == ("meet", "traf")
    assert names(doc, ev.source) == ["Angela Merkel"] and names(doc, ev.target) == ["Emmanuel Macron"]


def test_separable_verb_needs_its_particle(nlp: Language) -> None:
    _, events = analyse(nlp, "Der Präsident traf am Morgen in Berlin ein.", {"Berlin": ["Berlin"]})
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]
    _, events = analyse(nlp, "Die Polizei nahm drei Männer fest.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")]
    # "schlug … vor" is vorschlagen, not an assault
    _, events = analyse(nlp, "Der Minister schlug einen Kompromiss vor.")
    assert events == []


def test_separable_reiste_ab_and_support_verb_hielt_ab(nlp: Language) -> None:
    doc, events = analyse(nlp, "Der Minister reiste am Montag nach Paris ab.", {"Paris": ["Paris"]})
    ev = only(events, "CONSULT")
    assert (trigger_text(doc, ev), ev.mode, ev.modality) == ("reiste", "visit", "asserted")
    text = "Die Gewerkschaft hielt am Samstag eine Kundgebung in Berlin ab."
    doc, events = analyse(nlp, text, {"Berlin": ["Berlin"]})
    ev = only(events, "PROTEST")
    assert trigger_text(doc, ev) == "Kundgebung" and names(doc, [ev.place or ""]) == ["Berlin"]


def test_particle_after_an_embedded_clause(nlp: Language) -> None:
    text = "Am Mittwoch griffen zwei Attentäter in Kairo, die dort lebten, das Haus eines Generals an."
    _, events = analyse(nlp, text, {"Kairo": ["Kairo"]})
    assert [e.type for e in events] == ["ASSAULT"]


def test_event_noun_compound_and_support_verb(nlp: Language) -> None:
    text = (
        "Der Präsident Frankreichs hat Polen einen Staatsbesuch abgestattet. "
        "Die EU verhängte Sanktionen gegen Russland."
    )
    doc, events = analyse(nlp, text, {"Polen": ["Polen"], "EU": ["EU"], "Russland": ["Russland"]})
    visit = only(events, "CONSULT")
    assert (trigger_text(doc, visit), visit.mode) == ("Staatsbesuch", "visit")
    sanction = only(events, "SANCTION")
    assert trigger_text(doc, sanction) == "Sanktionen"
    assert names(doc, sanction.source) == ["EU"] and names(doc, sanction.target) == ["Russland"]


def test_noun_object_of_an_event_verb_is_not_coded_twice(nlp: Language) -> None:
    _, events = analyse(nlp, "Die Regierung verurteilte den Anschlag scharf.")
    assert [e.type for e in events] == ["ACCUSE"]
    _, events = analyse(nlp, "Auf einer Großdemonstration haben am Samstag Tausende demonstriert.")
    assert [e.type for e in events] == ["PROTEST"]


def test_casualty_verb_yields_to_attack_noun(nlp: Language) -> None:
    doc, events = analyse(
        nlp, "Bei dem Anschlag wurden 24 Menschen getötet.", quantities={"24 Menschen": ("count", 24)}
    )
    ev = only(events, "ASSAULT")
    assert trigger_text(doc, ev) == "Anschlag"
    assert ev.quantities == [0]


def test_attributive_participle_is_not_a_trigger(nlp: Language) -> None:
    _, events = analyse(nlp, "Die geforderten Reformen betreffen das Parlament.")
    assert events == []


def test_support_verb_treffen_is_not_a_meeting(nlp: Language) -> None:
    _, events = analyse(nlp, "Die Regierung traf eine Entscheidung.")
    assert events == []


# --- actors -------------------------------------------------------------------------------------


def test_mit_gives_the_partner(nlp: Language) -> None:
    doc, events = analyse(
        nlp,
        "Scholz sprach am Montag mit Macron über die Lage.",
        {"Olaf Scholz": ["Scholz"], "Emmanuel Macron": ["Macron"]},
    )
    ev = only(events, "CONSULT")
    assert names(doc, ev.source) == ["Olaf Scholz"] and names(doc, ev.target) == ["Emmanuel Macron"]


def test_passive_von_is_the_source(nlp: Language) -> None:
    doc, events = analyse(
        nlp, "Nawalny wurde von Putin scharf kritisiert.", {"Alexej Nawalny": ["Nawalny"], "Wladimir Putin": ["Putin"]}
    )
    ev = only(events, "ACCUSE")
    assert names(doc, ev.source) == ["Wladimir Putin"] and names(doc, ev.target) == ["Alexej Nawalny"]


def test_gegen_gives_the_target(nlp: Language) -> None:
    doc, events = analyse(
        nlp, "Tausende protestierten in Kairo gegen Mubarak.", {"Kairo": ["Kairo"], "Husni Mubarak": ["Mubarak"]}
    )
    ev = only(events, "PROTEST")
    assert names(doc, ev.target) == ["Husni Mubarak"] and names(doc, [ev.place or ""]) == ["Kairo"]


def test_coordinated_subjects_share_the_role(nlp: Language) -> None:
    text = "Deutschland und Frankreich unterzeichneten am Montag ein Abkommen."
    doc, events = analyse(nlp, text, {"Deutschland": ["Deutschland"], "Frankreich": ["Frankreich"]})
    ev = only(events, "AGREE")
    assert (ev.mode, names(doc, ev.source)) == ("sign", ["Deutschland", "Frankreich"])


def test_die_beiden_takes_the_last_two_actors(nlp: Language) -> None:
    text = "Merkel empfing Macron im Kanzleramt. Danach berieten die beiden Politiker über die Ukraine."
    actors = {"Angela Merkel": ["Merkel"], "Emmanuel Macron": ["Macron"], "Ukraine": ["Ukraine"]}
    doc, events = analyse(nlp, text, actors)
    meet = next(e for e in events if e.mode == "meet")
    assert names(doc, meet.source) == ["Angela Merkel", "Emmanuel Macron"]


def test_die_fuehrer_takes_the_two_leaders_in_focus(nlp: Language) -> None:
    text = "Putin empfing Erdogan in Moskau. Die Präsidenten vereinbarten eine Waffenruhe für Syrien."
    actors = {"Wladimir Putin": ["Putin"], "Recep Tayyip Erdogan": ["Erdogan"], "Moskau": ["Moskau"]}
    doc, events = analyse(nlp, text, actors)
    agree = only(events, "AGREE")
    assert names(doc, agree.source) == ["Wladimir Putin", "Recep Tayyip Erdogan"]


def test_genitive_of_an_event_noun(nlp: Language) -> None:
    text = (
        "Beim Besuch des Präsidenten Macron wurde nichts vereinbart. "
        "Die Festnahme des Oppositionellen Nawalny empörte viele."
    )
    actors = {"Emmanuel Macron": ["Präsidenten Macron"], "Alexej Nawalny": ["Oppositionellen Nawalny"]}
    doc, events = analyse(nlp, text, actors)
    visit = next(e for e in events if e.type == "CONSULT")
    assert names(doc, visit.source) == ["Emmanuel Macron"]
    arrest = only(events, "COERCE")
    assert names(doc, arrest.target) == ["Alexej Nawalny"] and arrest.source == []


def test_unresolved_pronoun_takes_previous_subject(nlp: Language) -> None:
    text = "Gauck reiste nach Polen. Er traf sich dort mit Tusk."
    doc, events = analyse(nlp, text, {"Joachim Gauck": ["Gauck"], "Polen": ["Polen"], "Donald Tusk": ["Tusk"]})
    meet = next(e for e in events if e.mode == "meet")
    assert names(doc, meet.source) == ["Joachim Gauck"] and names(doc, meet.target) == ["Donald Tusk"]


def test_no_entities_means_no_actors_but_events(nlp: Language) -> None:
    _, events = analyse(nlp, "Die Demonstranten blockierten die Straße.")
    assert [(e.type, e.source, e.target) for e in events] == [("PROTEST", [], [])]


# --- place and date -----------------------------------------------------------------------------


def test_place_in_focus_carries_over(nlp: Language) -> None:
    text = "In Kairo demonstrierten am Freitag Tausende. Die Polizei nahm Dutzende fest."
    doc, events = analyse(nlp, text, {"Kairo": ["Kairo"]}, {"am Freitag": "2024-03-08"})
    protest, arrest = events
    assert names(doc, [protest.place or ""]) == ["Kairo"] and arrest.place == protest.place
    assert (protest.date, protest.date_source) == ("2024-03-08", "timex")  # type: ignore[attr-defined]
    assert (arrest.date, arrest.date_source) == ("2024-03-08", "focus")  # type: ignore[attr-defined]


def test_verbal_events_do_not_inherit_a_place(nlp: Language) -> None:
    text = "In Kairo demonstrierten Tausende. Mubarak kritisierte die Demonstranten."
    _, events = analyse(nlp, text, {"Kairo": ["Kairo"], "Husni Mubarak": ["Mubarak"]})
    assert only(events, "ACCUSE").place is None


def test_date_falls_back_to_publication(nlp: Language) -> None:
    _, events = analyse(nlp, "Die Regierung kritisierte die Opposition.")
    assert (events[0].date, events[0].date_source) == ("2024-03-14", "published")  # type: ignore[attr-defined]
    _, events = analyse(nlp, "Die Regierung kritisierte die Opposition.", published=None)
    assert events[0].date is None


def test_zu_infinitive_takes_the_date_of_its_clause(nlp: Language) -> None:
    text = "Die Einwohner hatten sich am 6. September 2023 versammelt, um gegen den König zu demonstrieren."
    _, events = analyse(nlp, text, timexes={"am 6. September 2023": "2023-09-06"})
    assert only(events, "PROTEST").date == "2023-09-06"


def test_bis_date_is_not_the_event_date(nlp: Language) -> None:
    _, events = analyse(nlp, "Die Gewerkschaft streikt bis zum 1. Juli.", timexes={"zum 1. Juli": "2024-07-01"})
    assert only(events, "PROTEST").date == "2024-03-14"


def test_year_less_date_is_moved_next_to_publication(nlp: Language) -> None:
    _, events = analyse(
        nlp,
        "Trump will Dänemark am 2. September besuchen.",
        timexes={"am 2. September": "2018-09-02"},
        published=date(2019, 8, 22),
    )
    assert only(events, "CONSULT").date == "2019-09-02"


def test_past_event_is_not_dated_after_publication(nlp: Language) -> None:
    # the date belongs to the cancelled visit, not to the cancellation
    _, events = analyse(
        nlp,
        "Trump hat den Staatsbesuch am 2. September abgesagt.",
        timexes={"am 2. September": "2019-09-02"},
        published=date(2019, 8, 22),
    )
    ev = only(events, "REJECT")
    assert (ev.date, ev.date_source) == ("2019-08-22", "published")  # type: ignore[attr-defined]


# --- modality -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Minister soll am Montag nach Paris abreisen.", "planned"),
        ("Merkel will Macron am Montag treffen.", "planned"),
        ("Die Regierung plant, die Truppen abzuziehen.", "planned"),
        ("Scholz wird Macron in Paris treffen.", "planned"),
        ("Die EU beabsichtigt, neue Sanktionen zu verhängen.", "planned"),
        ("Merkel traf Macron nicht.", "negated"),
        ("Es gab kein Abkommen.", "negated"),
        ("Die Gespräche führten zu keiner Einigung.", "negated"),
        ("Die Regierung könnte die Opposition verbieten.", "hypothetical"),
        ("Falls die EU Sanktionen verhängt, wird Ankara reagieren.", "hypothetical"),
        ("Russland würde die Ukraine angreifen.", "hypothetical"),
        ("Merkel traf Macron in Paris.", "asserted"),
        ("Nicht erklärte Streiks legten den Flugverkehr lahm.", "asserted"),
    ],
)
def test_modality(nlp: Language, text: str, expected: str) -> None:
    _, events = analyse(nlp, text)
    assert events, text
    assert events[-1].modality == expected


def test_hearsay_soll_is_asserted_and_reported(nlp: Language) -> None:
    _, events = analyse(nlp, "Der General soll an der Festnahme beteiligt gewesen sein.")
    ev = only(events, "COERCE")
    assert ev.modality == "asserted" and ev.reported  # type: ignore[attr-defined]


def test_event_inside_a_quote_is_reported_and_keeps_modality(nlp: Language) -> None:
    text = "Der Sprecher sagte: „Wir werden die Gespräche nicht abbrechen.“"
    _, events = analyse(nlp, text, quotes=["„Wir werden die Gespräche nicht abbrechen.“"])
    ev = only(events, "SANCTION")
    assert ev.modality == "negated" and ev.reported  # type: ignore[attr-defined]


def test_quantity_attached_to_its_event(nlp: Language) -> None:
    text = "Deutschland erlässt Äthiopien 67 Millionen Euro Schulden."
    doc, events = analyse(
        nlp,
        text,
        {"Deutschland": ["Deutschland"], "Äthiopien": ["Äthiopien"]},
        quantities={"67 Millionen Euro": ("money", 67e6)},
    )
    ev = only(events, "AID")
    assert ev.quantities == [0]
    assert names(doc, ev.source) == ["Deutschland"] and names(doc, ev.target) == ["Äthiopien"]


def test_ids_and_sentence_indexes(nlp: Language) -> None:
    _, events = analyse(nlp, "Merkel traf Macron. Danach kritisierte Macron die Opposition.")
    assert [e.id for e in events] == ["ev1", "ev2"]
    assert [e.sentence for e in events] == [0, 1]


def test_missing_inputs_do_not_crash(nlp: Language) -> None:
    doc = nlp("Die Polizei nahm den Mann am Montag in Berlin fest.")
    assert doc._.entities is None and doc._.timexes is None
    events = extract_events(doc)
    assert [(e.type, e.source, e.place) for e in events] == [("COERCE", [], None)]


# --- constructions added with the parse- and case-aware role rules ---------------------------------


def test_saxon_genitive_owner_is_not_the_actor(nlp: Language) -> None:
    text = "Putins Sprecher wurde am Abend festgenommen."
    _, events = analyse(nlp, text, {"Wladimir Putin": ["Putins"]})
    ev = only(events, "COERCE")
    assert ev.source == [] and ev.target == []


def test_saxon_genitive_before_an_event_noun_is_its_agent(nlp: Language) -> None:
    text = "Johnsons Besuch in Paris dauerte zwei Tage."
    doc, events = analyse(nlp, text, {"Boris Johnson": ["Johnsons"], "Paris": ["Paris"]})
    ev = only(events, "CONSULT")
    assert names(doc, ev.source) == ["Boris Johnson"] and names(doc, [ev.place or ""]) == ["Paris"]


def test_name_after_a_date_phrase_is_bare(nlp: Language) -> None:
    text = "Deutschland verurteilte am 24. März Russland."
    doc, events = analyse(nlp, text, {"Deutschland": ["Deutschland"], "Russland": ["Russland"]})
    ev = only(events, "ACCUSE")
    assert names(doc, ev.source) == ["Deutschland"] and names(doc, ev.target) == ["Russland"]


def test_fronted_dative_with_abbreviation_is_the_target(nlp: Language) -> None:
    text = "Den Berliner Verkehrsbetrieben (BVG) droht ab heute ein neuer Streik."
    doc, events = analyse(nlp, text, {"BVG": ["BVG"]})
    ev = only(events, "PROTEST")
    assert ev.source == [] and names(doc, ev.target) == ["BVG"]


def test_pronoun_and_following_name_are_two_actors(nlp: Language) -> None:
    text = "Die Zeitung meinte, dass sie Johnson eine Einigung zugesichert hätte."
    doc, events = analyse(nlp, text, {"Angela Merkel": ["sie"], "Boris Johnson": ["Johnson"]})
    ev = only(events, "AGREE")
    assert names(doc, ev.source) == ["Angela Merkel"] and names(doc, ev.target) == ["Boris Johnson"]


def test_statement_during_a_visit_takes_the_place_in_focus(nlp: Language) -> None:
    text = "Merkel traf Kaczyński in Berlin. Sie versprach eine enge Zusammenarbeit."
    actors = {"Angela Merkel": ["Merkel", "Sie"], "Lech Kaczyński": ["Kaczyński"], "Berlin": ["Berlin"]}
    doc, events = analyse(nlp, text, actors)
    assert names(doc, [only(events, "AGREE").place or ""]) == ["Berlin"]


def test_parsed_common_noun_subject_leaves_the_name_as_object(nlp: Language) -> None:
    # "Die Gruppe … schloss am 24. März Russland aus.": the parse says the unnamed noun is the subject
    words = ["Die", "Gruppe", "schloss", "am", "24.", "März", "Russland", "aus", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 7 + [False, False],
        heads=[1, 2, 2, 5, 5, 2, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "amod", "obl", "obj", "compound:prt", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "PROPN", "ADP", "PUNCT"],
        morphs=["Case=Nom", "Case=Nom", "", "Case=Dat", "Case=Dat", "Case=Dat", "Case=Acc", "", ""],
        sent_starts=[True] + [False] * 8,
    )
    doc._.published = date(2024, 3, 25)
    doc._.entities = [entity("e1", doc.text, "Russland", ["Russland"])]
    doc._.timexes, doc._.quantities, doc._.quotes = [], [], []
    ev = only(extract_events(doc), "SANCTION")
    assert ev.source == [] and names(doc, ev.target) == ["Russland"]


def test_partner_of_a_relation_is_the_target(nlp: Language) -> None:
    text = "Frankreich hat die diplomatischen Beziehungen zum Iran abgebrochen."
    doc, events = analyse(nlp, text, {"Frankreich": ["Frankreich"], "Iran": ["Iran"]})
    ev = only(events, "SANCTION")
    assert names(doc, ev.source) == ["Frankreich"] and names(doc, ev.target) == ["Iran"]


def test_saxon_genitive_before_an_institution_is_the_actor(nlp: Language) -> None:
    text = "Frankreichs Regierung kritisierte Russland scharf."
    doc, events = analyse(nlp, text, {"Frankreich": ["Frankreichs"], "Russland": ["Russland"]})
    ev = only(events, "ACCUSE")
    assert names(doc, ev.source) == ["Frankreich"] and names(doc, ev.target) == ["Russland"]


def test_event_in_the_night_to_a_day_is_dated_to_that_day():
    from chronik import analyze

    doc = analyze("Bei Angriffen in der Nacht zu Montag wurden fünf Menschen getötet.", published="2005-09-26")
    assert [t.value for t in doc.timexes] == ["2005-09-25TNI"]  # the night of Sunday, as TIMEX3 has it
    assert [e.date for e in doc.events] == ["2005-09-26"]
