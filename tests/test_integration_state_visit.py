"""End to end on the kind of article chronik exists for: a state visit over three days (our own text,
tests/data/integration/staatsbesuch.txt), published on the Tuesday. Relative times resolved against
the publication date, quotes tied to their speakers, amounts as numbers, places with coordinates,
events with actors, dates and modality."""

from __future__ import annotations

from pathlib import Path

import pytest

import chronik
from chronik.ingest.readers import read_path

ARTICLE = Path(__file__).parent / "data" / "integration" / "staatsbesuch.txt"


@pytest.fixture(scope="module")
def doc():
    article = next(read_path(ARTICLE))
    return chronik.analyze(article.text, published="2024-03-26", title=article.title)


def entity(doc, name):
    return next(e for e in doc.entities if e.name == name)


def test_times_resolve_against_the_publication_day(doc):
    values = {t.text: t.value for t in doc.timexes}
    assert values["Montagnachmittag"] == "2024-03-25TAF"
    assert values["selben Abend"] == "2024-03-25TEV"  # the day in focus, not the publication day
    assert values["Dienstagmorgen"] == "2024-03-26TMO"
    assert values["Mittwoch"] == "2024-03-27"
    assert values["28. März"] == "2024-03-28"


def test_amounts_are_numbers_with_units(doc):
    found = {(q.kind, q.value, q.unit) for q in doc.quantities}
    assert ("money", 12e9, "EUR") in found and ("percent", 2.0, "%") in found
    counted = {q.counted: q.value for q in doc.quantities if q.kind == "count"}
    assert counted.get("Demonstrant") == 300


def test_people_have_roles_and_countries_and_places_coordinates(doc):
    macron = entity(doc, "Emmanuel Macron")
    assert macron.label == "PER" and macron.country == "FRA" and "Präsident" in macron.roles
    assert len(macron.mentions) >= 4  # full name, surname repeats and the pronoun "ihn"
    assert entity(doc, "Olaf Scholz").label == "PER"  # the bare "Scholz" joins him, whatever the NER said
    berlin = entity(doc, "Berlin").geo
    assert berlin is not None and abs(berlin.lat - 52.5) < 0.3 and abs(berlin.lon - 13.4) < 0.3
    assert entity(doc, "Wilhelmshaven").geo is not None


def test_quotes_are_tied_to_their_speakers(doc):
    by_text = {q.text: q for q in doc.quotes}
    welcome = by_text["Wir freuen uns, dass Sie da sind"]
    assert welcome.kind == "direct" and welcome.speaker == entity(doc, "Frank-Walter Steinmeier").id
    colon = next(q for q in doc.quotes if q.text.startswith("Deutschland und Frankreich"))
    assert colon.speaker == entity(doc, "Emmanuel Macron").id
    partial = by_text["äußerst konstruktiv"]
    assert partial.kind == "partial" and partial.speaker == entity(doc, "Olaf Scholz").id


def test_events_have_actors_dates_and_modality(doc):
    names = {e.id: e.name for e in doc.entities}

    def event(trigger):
        return next(ev for ev in doc.events if doc.text[ev.trigger[0] : ev.trigger[1]] == trigger)

    host = event("empfing")  # "empfing ihn Bundespräsident Steinmeier": the pronoun is the object
    assert [names[x] for x in host.source] == ["Frank-Walter Steinmeier"]
    assert [names[x] for x in host.target] == ["Emmanuel Macron"]
    assert host.date == "2024-03-25"
    meet = event("traf")  # verb second after a fronted time: subject right after the verb
    assert ([names[x] for x in meet.source], [names[x] for x in meet.target]) == (["Emmanuel Macron"], ["Olaf Scholz"])
    assert meet.type == "CONSULT" and meet.date == "2024-03-26"
    sign = event("unterzeichneten")  # "Die beiden": the two people in focus
    assert sign.type == "AGREE" and {names[x] for x in sign.source} == {"Emmanuel Macron", "Olaf Scholz"}
    assert event("Treffen").modality == "negated"  # "Ein Treffen … ist nicht geplant"
    leave = event("weiterreisen")  # "Macron soll am Mittwoch nach Brüssel weiterreisen"
    assert (leave.modality, leave.date, names[leave.place]) == ("planned", "2024-03-27", "Brüssel")
    assert [names[x] for x in leave.source] == ["Emmanuel Macron"]
    assert all(ev.modality == "asserted" for ev in (host, meet, sign))
