"""Human-rights reporting outside Europe (fifteenth session, practice audit "rights"): detention told as the detainee's
state ("steht unter Hausarrest", "sitzt in Untersuchungshaft"), a "vom" date that belongs to a noun of the clause
("der Proteste vom Januar"), marches of opposition supporters "durch die Straßen von X", a person's party after
"von der Partei X" (neither part of the name nor a target), and counted statistics of acts ("zählt 300 Festnahmen").
Invented sentences only, with other words than the practice articles."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import (
    TABLE_LEAD,
    NonEventRow,
    PlaceRow,
    TableRow,
    check_no_event,
    check_place_row,
    check_table_row,
    event_rows,
)

A = "asserted"

# --- detention as the detainee's state: the subject is the target, the holder often unnamed
DETENTION_ROWS: list[TableRow] = [
    TableRow(
        "st1",
        "steht",
        "COERCE",
        A,
        [],
        ["Tomás Irigoyen"],
        "Der frühere Ministerpräsident Tomás Irigoyen steht seit Montag unter Hausarrest.",
    ),
    TableRow(
        "st2",
        "sitzt",
        "COERCE",
        A,
        None,
        ["Leila Haddad"],
        "Die Journalistin Leila Haddad sitzt seit drei Wochen in Untersuchungshaft, teilte ihr Anwalt mit.",
    ),
    TableRow(
        "st3",
        "befindet",
        "COERCE",
        A,
        [],
        ["Rahul Menon"],
        "Der Aktivist Rahul Menon befindet sich seit Freitag in Polizeigewahrsam.",
    ),
    TableRow(
        "st4",
        "bleibt",
        "COERCE",
        A,
        None,
        ["Tarek Aziz"],
        "Der Blogger Tarek Aziz bleibt in Untersuchungshaft, entschied ein Gericht in Kairo.",
    ),
    TableRow(
        "st5",
        "sitze",
        "COERCE",
        A,
        None,
        ["Nadia Farouk"],
        "Die Anwältin Nadia Farouk sitze seit zwei Jahren im Gefängnis, teilte ihre Familie mit.",
    ),
]

DETENTION_NON_EVENTS: list[NonEventRow] = [
    NonEventRow("sn1", "befindet", "Die Delegation befindet sich seit Montag in Genf."),
    NonEventRow("sn2", "sitzt", "Der Minister sitzt seit Jahren im Aufsichtsrat des Konzerns."),
    NonEventRow("sn3", "stand", "Die Sitzung stand unter dem Motto „Freiheit für alle“."),
    NonEventRow("sn4", "bleibt", "Die Grenze bleibt bis auf Weiteres geschlossen."),
    # a count of prisoners tells who is held, not an act
    NonEventRow(
        "sn5",
        "sitzen",
        "Nach Angaben von Menschenrechtlern sitzen in Kuba derzeit mehr als 100 politische Gefangene in Haft.",
    ),
    # a past stay goes on with an arrest told before
    NonEventRow(
        "sn7", "saß", "Die Polizei nahm den Mann im März fest. Er saß danach drei Monate in Untersuchungshaft."
    ),
    NonEventRow("sn6", "befinden", "In dem Lager befinden sich rund 3000 Häftlinge in Gewahrsam der Armee."),
]


@pytest.mark.parametrize("row", DETENTION_ROWS, ids=[r.id for r in DETENTION_ROWS])
def test_detention_state_has_the_detainee_as_target(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", DETENTION_NON_EVENTS, ids=[r.id for r in DETENTION_NON_EVENTS])
def test_being_somewhere_is_no_detention(row: NonEventRow) -> None:
    check_no_event(row)


def test_detention_state_is_dated_by_its_since_day() -> None:
    doc = chronik.analyze(
        TABLE_LEAD + "Der Oppositionspolitiker Kwame Boateng steht seit Montag unter Hausarrest.",
        published="2026-11-12",
    )
    (event,) = [e for e in doc.events if e.type == "COERCE"]
    assert event.date == "2026-11-09"


# --- a "vom" date right after a noun dates that noun, not the clause's act
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Ein Gericht in Kairo hat einen Blogger der Proteste vom Januar zu fünf Jahren Haft verurteilt.",
            "verurteilt",
        ),
        ("Die Staatsanwaltschaft hat zwei Teilnehmer der Kundgebung vom Februar angeklagt.", "angeklagt"),
        ("Die Regierung wies die Vorwürfe der Wahlbeobachter vom 3. März zurück.", "wies"),
    ],
)
def test_vom_date_of_a_noun_is_not_the_event_date(text: str, trigger: str) -> None:
    doc = chronik.analyze(TABLE_LEAD + text, published="2026-11-10")
    dates = [e.date for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == trigger]
    assert dates, [(doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events]
    assert not (dates[0] or "").startswith("2026-0"), dates


def test_vom_date_of_the_trigger_noun_stays() -> None:
    # the noun is the event itself: its own "vom" date is its date
    doc = chronik.analyze(
        TABLE_LEAD + "Der Angriff vom Montag hat mindestens zwölf Menschen das Leben gekostet.", published="2026-11-10"
    )
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2026-11-09"]


def test_vom_as_start_of_a_span_after_a_verb_stays() -> None:
    doc = chronik.analyze(
        TABLE_LEAD + "Die Polizei nahm vom Montag an mehr als 50 Menschen fest.", published="2026-11-10"
    )
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2026-11-09"]


# --- marches of opposition supporters through the streets of a town: PROTEST, placed in that town
MARCH_ROWS: list[PlaceRow] = [
    PlaceRow("m1", "zogen", "Lagos", "Tausende Anhänger der Opposition zogen am Samstag durch die Straßen von Lagos."),
    PlaceRow(
        "m2",
        "marschierten",
        "Harare",
        "Hunderte Oppositionelle marschierten am Sonntag durch die Innenstadt von Harare.",
    ),
    PlaceRow(
        "m3",
        "zogen",
        "Caracas",
        "Mehrere Tausend Demonstranten zogen durch das Zentrum von Caracas und verlangten Neuwahlen.",
    ),
]


@pytest.mark.parametrize("row", MARCH_ROWS, ids=[r.id for r in MARCH_ROWS])
def test_opposition_march_is_a_protest_in_its_town(row: PlaceRow) -> None:
    rows = event_rows(row.lead + row.text, published="2026-11-10")
    assert any(r[0] == row.trigger and r[1] == "PROTEST" for r in rows), rows
    check_place_row(row)


@pytest.mark.parametrize(
    "row",
    [
        NonEventRow("mn1", "zogen", "Die Anhänger des Fußballvereins zogen nach dem Sieg durch die Straßen."),
        NonEventRow("mn2", "zog", "Die Opposition zog ihren Antrag am Mittwoch zurück."),
    ],
    ids=["mn1", "mn2"],
)
def test_other_marches_are_no_protest(row: NonEventRow) -> None:
    check_no_event(row)


# --- "X von der Partei Y": Y is X's party (no target), and "von der" is no part of X's name
AFFILIATION_ROWS: list[TableRow] = [
    TableRow(
        "af1",
        "erkannte",
        "REJECT",
        A,
        ["Amadou Keita"],
        [],
        "Der unterlegene Kandidat Amadou Keita von der Partei Sadi erkannte das Ergebnis nicht an.",
    ),
    TableRow(
        "af2",
        "kritisierte",
        "ACCUSE",
        A,
        ["Maria Okonkwo"],
        [],
        "Die Abgeordnete Maria Okonkwo von der Oppositionspartei APC kritisierte die Festnahmen scharf.",
    ),
]


@pytest.mark.parametrize("row", AFFILIATION_ROWS, ids=[r.id for r in AFFILIATION_ROWS])
def test_party_after_von_der_is_no_target(row: TableRow) -> None:
    check_table_row(row)


def test_person_name_does_not_end_in_von_der() -> None:
    doc = chronik.analyze(
        TABLE_LEAD + "Der Herausforderer Samuel Mbeki von der Partei Chadema kündigte eine Klage an.",
        published="2026-11-10",
    )
    assert "Samuel Mbeki" in [e.name for e in doc.entities if e.label == "PER"]
    doc = chronik.analyze(TABLE_LEAD + "Kommissionspräsidentin Ursula von der Leyen begrüßte die Einigung.")
    assert "Ursula von der Leyen" in [e.name for e in doc.entities if e.label == "PER"]


# --- a counted statistic of acts is no event of the counter
TALLY_NON_EVENTS: list[NonEventRow] = [
    NonEventRow("t1", "Festnahmen", "Die Organisation zählt in diesem Jahr bereits mehr als 300 Festnahmen."),
    NonEventRow("t2", "Hinrichtungen", "Amnesty International dokumentierte seit Januar 120 Hinrichtungen."),
    NonEventRow(
        "t3", "Angriffe", "Die Vereinten Nationen verzeichneten im vergangenen Monat mehr als 40 Angriffe auf Schulen."
    ),
]


@pytest.mark.parametrize("row", TALLY_NON_EVENTS, ids=[r.id for r in TALLY_NON_EVENTS])
def test_counted_acts_are_no_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_condemned_counted_acts_keep_the_condemnation() -> None:
    rows = event_rows(TABLE_LEAD + "Die Organisation verurteilte die 300 Festnahmen scharf.", published="2026-11-10")
    assert any(r[0] == "verurteilte" and r[1] == "ACCUSE" for r in rows), rows


# --- legal action against a measure: "juristisch / vor Gericht gegen X vorgehen" (ACCUSE); "werde … vorgehen" planned
LEGAL_ROWS: list[TableRow] = [
    TableRow(
        "lg1", "vorgehen", "ACCUSE", "planned", None, None, "Der Verlag will juristisch gegen das Verbot vorgehen."
    ),
    TableRow(
        "lg2",
        "vorgehen",
        "ACCUSE",
        "planned",
        None,
        None,
        "Man werde vor Gericht gegen den Bescheid vorgehen, sagte die Sprecherin des Vereins.",
    ),
    TableRow("lg3", "ging", "ACCUSE", A, None, None, "Die Gewerkschaft ging gerichtlich gegen die Kündigungen vor."),
]


@pytest.mark.parametrize("row", LEGAL_ROWS, ids=[r.id for r in LEGAL_ROWS])
def test_legal_action_is_accuse(row: TableRow) -> None:
    check_table_row(row)


def test_police_action_stays_coerce() -> None:
    rows = event_rows(
        TABLE_LEAD + "Die Polizei ging mit Wasserwerfern gegen die Demonstranten vor.", published="2026-11-10"
    )
    assert [r[1] for r in rows if r[0] == "ging"] == ["COERCE"], rows


def test_future_infinitive_of_particle_verb_with_ge_is_planned() -> None:
    # "eingehen" looks like particle + "ge" of a participle; the tagger's infinitive makes it a plan
    rows = event_rows(
        TABLE_LEAD + "Die Regierung werde auf die Forderungen der Gewerkschaft eingehen, sagte der Sprecher.",
        published="2026-11-10",
    )
    assert [r[5] for r in rows if r[0] == "eingehen"] == ["planned"], rows


def test_present_passive_of_particle_verb_is_not_planned() -> None:
    # "wird … vorgeworfen" (tagged as an infinitive, lemma "vorwerfen") is a charge told, not a plan
    rows = event_rows(
        TABLE_LEAD + "Dem 41-jährigen Händler wird Betrug in mehr als 200 Fällen vorgeworfen.", published="2026-11-10"
    )
    assert [r[5] for r in rows if r[0] == "vorgeworfen"] == ["asserted"], rows


def test_detention_state_does_not_move_the_story_day() -> None:
    doc = chronik.analyze(
        TABLE_LEAD + "Der Oppositionsführer Samuel Abiola steht seit Dienstag unter Hausarrest. "
        "Die Polizei wies die Darstellung seiner Partei zurück.",
        published="2026-11-12",
    )
    dates = {doc.text[e.trigger[0] : e.trigger[1]]: e.date for e in doc.events}
    assert dates.get("steht") == "2026-11-10", dates
    assert dates.get("wies") == "2026-11-12", dates
