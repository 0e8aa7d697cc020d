"""Diplomacy constructions from a practice audit (fifteenth session): a capital's genitive after a noun as the one
judged ("kritisierte das Vorgehen Moskaus"), the genitive of the noun that closes a trigger's phrase ("steht an der
Seite Polens"), "zitieren" with a directional phrase as a summons (an event, no quotation), support "mit" arms,
vehicles, equipment or loans as aid, "X kommt (für Y) nicht infrage" as a refusal, the states of envoys "aus X"
inside a "mit" phrase as the partners of a call or meeting, and a time phrase's head ("Ende kommender Woche") that
is no person. Invented sentences only, several words per class, with controls where a rule could over-fire."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import TABLE_LEAD, NonEventRow, TableRow, check_no_event, check_table_row, event_rows

A = "asserted"
P = "planned"

ROWS: list[TableRow] = [
    # --- a capital in the genitive after a judged noun is the target (the NER misses many such forms)
    TableRow(
        "gen1",
        "verurteilte",
        "ACCUSE",
        A,
        ["Auswärtiges Amt"],
        ["Ankara"],
        "Das Auswärtige Amt verurteilte die Haltung Ankaras.",
    ),
    TableRow(
        "gen2",
        "kritisierte",
        "ACCUSE",
        A,
        ["Bundesregierung"],
        ["Moskau"],
        "Die Bundesregierung kritisierte das Vorgehen Moskaus scharf.",
    ),
    TableRow("gen3", "wies", "REJECT", A, None, ["Minsk"], "Die Regierung in Warschau wies die Kritik Minsks zurück."),
    TableRow(
        "gen4", "kritisierte", "ACCUSE", A, None, ["Washington"], "Der Minister kritisierte die Haltung Washingtons."
    ),
    # --- the genitive of the noun closing the trigger's phrase ("an der Seite X")
    TableRow(
        "side1",
        "stehe",
        "SUPPORT",
        A,
        ["NATO"],
        ["Polen"],
        "Die Nato stehe fest an der Seite Polens, sagte ein Sprecher.",
    ),
    TableRow(
        "side2",
        "stehe",
        "SUPPORT",
        A,
        ["Deutschland"],
        ["Israel"],
        "Ein Sprecher der Bundesregierung sagte, Deutschland stehe an der Seite Israels.",
    ),
    TableRow("side3", "steht", "SUPPORT", A, ["Frankreich"], ["Ukraine"], "Frankreich steht an der Seite der Ukraine."),
    # --- "zitieren" with a directional phrase summons a diplomat (like "einbestellen")
    TableRow(
        "sum1",
        "zitiert",
        "ACCUSE",
        A,
        None,
        None,
        "Der türkische Botschafter wurde am Dienstag ins Auswärtige Amt zitiert.",
    ),
    TableRow(
        "sum2",
        "zitierte",
        "ACCUSE",
        A,
        ["Polen"],
        None,
        "Polen zitierte den russischen Botschafter ins Außenministerium.",
    ),
    TableRow(
        "sum3",
        "zitiert",
        "ACCUSE",
        A,
        None,
        None,
        "Die Geschäftsträgerin Venezuelas wurde in das Außenministerium in Madrid zitiert.",
    ),
    # --- support with arms, vehicles, equipment or loans is aid, not endorsement
    TableRow(
        "aid1",
        "unterstützen",
        "AID",
        P,
        ["Regierung"],
        ["Ukraine"],
        "Die Regierung kündigte an, die Ukraine mit Munition und Panzern zu unterstützen.",
    ),
    TableRow(
        "aid2",
        "unterstützt",
        "AID",
        A,
        ["Japan"],
        ["Philippinen"],
        "Japan unterstützt die Philippinen mit Patrouillenbooten.",
    ),
    TableRow(
        "aid3",
        "unterstützen",
        "AID",
        P,
        ["Kanada"],
        ["Ukraine"],
        "Kanada will die Ukraine weiter mit Munition und Ausrüstung unterstützen.",
    ),
    TableRow(
        "aid4",
        "unterstützt",
        "SUPPORT",
        A,
        ["Frankreich"],
        ["Spanien"],
        "Frankreich unterstützt den Vorschlag Spaniens.",
    ),
    TableRow(
        "aid5",
        "unterstützen",
        "SUPPORT",
        A,
        None,
        None,
        "Die Grünen unterstützen den Vorschlag, die Armee mit Waffen auszustatten.",
    ),
    # --- "X kommt (für Y) nicht infrage": Y (else the quoted speaker) rejects X
    TableRow(
        "inf1",
        "kommt",
        "REJECT",
        A,
        ["Regierung"],
        [],
        "Für die Regierung in Rom kommt eine Lockerung der Sanktionen nicht in Frage.",
    ),
    TableRow(
        "inf2",
        "komme",
        "REJECT",
        A,
        ["Lars Holm"],
        None,
        "Ein Rückzug der Truppen komme nicht infrage, sagte Verteidigungsminister Lars Holm.",
    ),
    TableRow("inf3", "kommt", "REJECT", A, None, None, "Ein Rücktritt kommt für den Regierungschef nicht infrage."),
    # --- envoys "aus X" inside the "mit" phrase of a call or meeting: X is the partner
    TableRow(
        "par1",
        "telefonierte",
        "CONSULT",
        A,
        None,
        ["Lettland", "Litauen"],
        "Der Außenminister telefonierte am Abend mit seinen Amtskollegen aus Lettland und Litauen.",
    ),
    TableRow(
        "par2", "traf", "CONSULT", A, None, ["Polen"], "Die Ministerin traf sich mit ihrem Amtskollegen aus Polen."
    ),
    TableRow("par3", "beriet", "CONSULT", A, None, ["Katar"], "Der Gesandte beriet mit den Unterhändlern aus Katar."),
]

NON_EVENTS: list[NonEventRow] = [
    NonEventRow("no1", "kommt", "Als Standort für das Werk kommt auch Leipzig infrage."),
    NonEventRow("no2", "kommen", "Welche Kandidaten infrage kommen, ist noch offen."),
    NonEventRow("no3", "Lockerung", "Für die Regierung in Rom kommt eine Lockerung der Sanktionen nicht in Frage."),
    NonEventRow("no4", "zitierte", "Die Zeitung zitierte den Botschafter mit den Worten, man sei besorgt."),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_diplomacy_events(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", NON_EVENTS, ids=[r.id for r in NON_EVENTS])
def test_diplomacy_non_events(row: NonEventRow) -> None:
    check_no_event(row)


def test_partner_origin_needs_an_envoy_noun() -> None:
    """ "sprach mit Studenten aus Polen": people who are no envoys do not make their country the partner."""
    rows = event_rows(TABLE_LEAD + "Der Minister sprach in Krakau mit Studenten aus Polen.", published="2026-11-10")
    assert all("Polen" not in r[3] for r in rows), rows


def test_summons_is_no_quotation() -> None:
    """ "wurde ins Ministerium zitiert, wo …": a summons; the clause after it is no quotation of the diplomat."""
    doc = chronik.analyze(
        TABLE_LEAD + "Der Gesandte wurde ins Ministerium zitiert, wo man ihm eine Note übergab.", published="2026-11-10"
    )
    assert not doc.quotes, doc.quotes


def test_quotation_with_zitieren_kept() -> None:
    """ "zitierte X mit den Worten, …" (no directional phrase) still quotes X."""
    doc = chronik.analyze(
        TABLE_LEAD + "Die Zeitung zitierte den Botschafter mit den Worten, man sei sehr besorgt.",
        published="2026-11-10",
    )
    assert doc.quotes, doc.events


def test_capital_genitive_entity() -> None:
    """ "die Haltung Ankaras": a place entity for the capital, not a person "Ankaras"."""
    doc = chronik.analyze(TABLE_LEAD + "Das Auswärtige Amt verurteilte die Haltung Ankaras.", published="2026-11-10")
    assert [(e.name, e.label) for e in doc.entities if e.name.startswith("Ankara")] == [("Ankara", "LOC")]


def test_time_phrase_head_is_no_person() -> None:
    """ "beim Treffen der Nato-Verteidigungsminister Ende kommender Woche": "Ende" opens the time phrase."""
    doc = chronik.analyze(
        TABLE_LEAD + "Präsident Mikko Saarinen will den Vorfall beim Treffen der Nato-Verteidigungsminister Ende "
        "kommender Woche in Brüssel ansprechen.",
        published="2026-11-10",
    )
    assert "Ende" not in [e.name for e in doc.entities]
