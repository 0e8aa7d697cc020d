"""Sixteenth session, mini-audit on real Wikinews (conflict, protest, crime): constructions of agency German that
recur there. A casualty verb is its own act when the attack noun of its sentence only describes someone ("einer der
Drahtzieher der Anschläge von …, wurde … getötet"), but the victims of that attack when tied to it by "bei dem …" or
by the noun's fronted "bei" phrase that a relative clause interrupts; cargo that arrives visits no one; a fronted time
span ("Zwei Tage später") is no subject; a bare year after a place phrase of the verb dates it; posts filled with
people are not seized; an investigation held out ("in Aussicht stellen") is ACCUSE/investigate, planned; a party
that withdraws its ministers from a government reduces relations (SANCTION/withdraw), and its "aus Protest" is the
motive. All sentences are invented."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import (
    TABLE_LEAD,
    CountRow,
    NonEventRow,
    TableRow,
    check_count,
    check_no_event,
    check_table_row,
    table_params,
)

EVENTS = [
    TableRow(
        "ev01",
        "getötet",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Hamdi, einer der mutmaßlichen Drahtzieher der Anschläge von Mombasa (2014), ist am Freitag von einer "
        "Spezialeinheit Kenias gestellt und getötet worden.",
    ),
    TableRow(
        "ev02",
        "erschossen",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Der Kommandeur, ein Planer der Angriffe auf die Grenzposten, wurde am Sonntag in einem Vorort erschossen.",
    ),
    TableRow(
        "ev05",
        "stellte",
        "ACCUSE",
        "planned",
        ["Markus Feldner"],
        None,
        "Der Polizeipräsident Markus Feldner stellte am Dienstag ein Ermittlungsverfahren gegen die Organisatoren "
        "in Aussicht.",
    ),
    TableRow(
        "ev06",
        "zog",
        "SANCTION",
        "asserted",
        None,
        None,
        "Die Bauernpartei zog am Mittwoch ihre drei Minister aus der Regierung zurück.",
    ),
    # a post of the army or a position in the field is still seized
    TableRow(
        "ev07", "besetzten", "COERCE", None, None, None, "Rebellen besetzten am Montag einen Grenzposten im Norden."
    ),
    TableRow(
        "ev08",
        "besetzte",
        "COERCE",
        None,
        None,
        None,
        "Die Miliz besetzte in der Nacht strategische Positionen rund um die Stadt.",
    ),
]

NON_EVENTS = [
    NonEventRow("ne01", "traf", "Am Dienstag traf eine Waffenlieferung aus dem Ausland im Hafen von Constanța ein."),
    NonEventRow("ne02", "trafen", "In der Nacht trafen zwei Ladungen Munition in der Kaserne ein."),
    NonEventRow(
        "ne03",
        "besetzt",
        "Die Opposition beklagte, dass die wichtigsten Schaltstellen der Verwaltung mit Vertrauten des Präsidenten "
        "besetzt worden seien.",
    ),
    NonEventRow("ne04", "besetzte", "Der Präsident besetzte alle Schlüsselpositionen mit Gefolgsleuten."),
]

COUNTS = [
    # the casualty verb tied to the attack by "bei dem …" or by the attack's fronted phrase: one event
    CountRow(
        "ct01",
        "ASSAULT",
        1,
        "Im April war es zu einem Überfall auf ein Dorf im Norden gekommen, bei dem mehr als 40 Bewohner getötet "
        "wurden.",
    ),
    CountRow(
        "ct02",
        "ASSAULT",
        1,
        "Bei einem Feuergefecht, das sich am Abend ereignete, sollen zwei Schmuggler getötet worden sein.",
    ),
    # an attack noun that only describes the man killed does not swallow his killing: two events
    CountRow(
        "ct03",
        "ASSAULT",
        2,
        "Yusuf, ein Anführer der Überfälle auf die Goldminen, wurde am Montag von Soldaten getötet.",
    ),
    # "aus Protest" is the motive of the withdrawal, no protest of its own
    CountRow(
        "ct04",
        "PROTEST",
        0,
        "Die Grünen zogen ihre Ministerinnen am Donnerstag aus Protest gegen das Bergbaugesetz aus der Koalition "
        "zurück.",
    ),
]


@pytest.mark.parametrize("row", table_params(EVENTS, ()))
def test_events(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENTS, ()))
def test_non_events(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize("row", table_params(COUNTS, ()))
def test_counts(row: CountRow) -> None:
    check_count(row)


def test_minister_leaving_is_no_sanction() -> None:
    # "zog sich aus der Regierung zurück": a minister who leaves, no party withdrawing its ministers
    rows = chronik.analyze(TABLE_LEAD + "Der Minister zog sich am Montag aus der Regierung zurück.")
    assert not [e for e in rows.events if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Der Anführer war in Belgien 2019 zu acht Jahren Haft verurteilt worden.", "2019"),
        ("Die beiden Männer waren in Tirana 2021 festgenommen worden.", "2021"),
    ],
)
def test_year_after_place_phrase(text: str, day: str) -> None:
    doc = chronik.analyze(TABLE_LEAD + text, published="2026-11-10")
    assert [e.date for e in doc.events] == [day], [(e.type, e.date) for e in doc.events]


def test_year_naming_an_event_stays_no_date() -> None:
    # "die Proteste in Paris 2024": a noun before the place phrase, the year names the thing (as "die Volkszählung
    # 2011")
    doc = chronik.analyze(TABLE_LEAD + "Die Spiele in Paris 2024 wurden am Montag von Protesten begleitet.")
    assert all(e.date != "2024" for e in doc.events), [(e.type, e.date) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Jahr später schickte Großbritannien Truppen zur Bekämpfung der Aufständischen.",
        "Ein Jahr später schickte Frankreich Soldaten in die Sahelzone.",
    ],
)
def test_span_adverbial_is_no_subject(text: str) -> None:
    # a title and a body without dateline, as Wikinews writes: the parser takes "Ein Jahr" for the subject
    doc = chronik.analyze("Meldung\n" + text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    found = [e for e in doc.events if e.type == "MOBILIZE"]
    assert found, [(e.type, e.source) for e in doc.events]
    assert [names[x] for x in found[0].source] in (["Vereinigtes Königreich"], ["Frankreich"]), found[0]
    assert not found[0].target, found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben der von Frankreich geführten Eingreiftruppe wurden Stellungen der Rebellen nördlich von Gao "
        "angegriffen.",
        "Nach Angaben der von Äthiopien angeführten Allianz wurden am Sonntag zwei Lager der Miliz bombardiert.",
    ],
)
def test_reporting_leader_is_no_target(text: str) -> None:
    # "Nach Angaben der von X geführten Truppe": X leads the one who reports, no one attacked
    doc = chronik.analyze(TABLE_LEAD + text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    found = [e for e in doc.events if e.type == "ASSAULT"]
    assert found, [(e.type, e.target) for e in doc.events]
    assert not {names[x] for x in found[0].target} & {"Frankreich", "Äthiopien"}, found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bei einem Anschlag auf der Insel Sizilien wurden am Montag drei Menschen verletzt.", "Sizilien"),
        ("Bei dem Angriff auf der Krim wurden zwei Soldaten getötet.", "Krim"),
    ],
)
def test_dative_auf_is_the_place(text: str, place: str) -> None:
    # "auf der Insel X": the dative says where the attack was, no one it was aimed at
    doc = chronik.analyze(TABLE_LEAD + text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    found = [e for e in doc.events if e.type == "ASSAULT"]
    assert found, [(e.type, e.target) for e in doc.events]
    assert not found[0].target, found[0]
    assert names.get(found[0].place or "") == place, found[0]


def test_accusative_auf_stays_the_target() -> None:
    doc = chronik.analyze(TABLE_LEAD + "Russland verübte am Montag einen Angriff auf die Krim.")
    names = {e.id: e.name for e in doc.entities}
    found = [e for e in doc.events if e.type == "ASSAULT"]
    assert found and [names[x] for x in found[0].target] == ["Krim"], found
