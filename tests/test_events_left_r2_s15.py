"""Roles left after the blind audits 23/24 (fifteenth session, round 2): staff and member plurals that news uses for
an institution named before ("Die Prüfer" = the audit court, "die Arbeitgeber" = the employers' association, "die
Inspekteure" = the atomic energy agency); a source named by an attributive "angeführte/geführte" participle ("die von
Frankreich geführte Mission"). Invented sentences only, with controls where no institution of the kind is named."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    PlaceRow,
    TableRow,
    check_place_row,
    check_table_row,
    table_params,
)

A = "asserted"

ROWS: list[TableRow] = [
    # --- auditors = the audit court named before
    TableRow(
        "au1",
        "kritisierten",
        "ACCUSE",
        None,
        ["Bundesrechnungshof"],
        None,
        "Der Bundesrechnungshof hat den Bau der Kaserne untersucht. Die Prüfer kritisierten die Planung scharf.",
    ),
    TableRow(
        "au2",
        "bemängelten",
        "ACCUSE",
        None,
        ["Europäischer Rechnungshof"],
        None,
        "Der Europäische Rechnungshof hat die Agrarhilfen geprüft. Die Prüfer bemängelten fehlende Kontrollen.",
    ),
    TableRow(
        "au3",
        "warfen",
        "ACCUSE",
        None,
        ["Landesrechnungshof"],
        None,
        "Der Landesrechnungshof legte am Dienstag seinen Bericht vor. Die Rechnungsprüfer warfen dem Ministerium "
        "Verschwendung vor.",
    ),
    TableRow(
        "au4",
        "forderten",
        "REQUEST",
        None,
        ["portugiesischer Rechnungshof"],
        None,
        "Der portugiesische Rechnungshof hat die Vergabe der Aufträge geprüft. Die Prüfer forderten eine neue "
        "Ausschreibung.",
    ),
    TableRow(
        "au5",
        "lehnten",
        "REJECT",
        None,
        ["Rechnungshof"],
        None,
        "In Madrid hat der Rechnungshof die Bücher der Stadtwerke durchgesehen. Die Prüfer lehnten die Abrechnung ab.",
    ),
    # --- employers = the employers' association named before
    TableRow(
        "em1",
        "lehnten",
        "REJECT",
        None,
        ["Niedersachsenmetall"],
        None,
        "Die IG Metall verhandelt in Hannover mit dem Arbeitgeberverband Niedersachsenmetall. Die Arbeitgeber "
        "lehnten die Forderung ab.",
    ),
    TableRow(
        "em4",
        "lehnten",
        "REJECT",
        None,
        ["BAVC"],
        None,
        "Der Arbeitgeberverband BAVC hat ein Angebot vorgelegt. Die Arbeitgeber lehnten die Forderung der "
        "Gewerkschaft ab.",
    ),
    TableRow(
        "em5",
        "warf",
        "ACCUSE",
        None,
        None,
        ["Nordmetall"],
        "Der Arbeitgeberverband Nordmetall hat ein Angebot vorgelegt. Verdi warf den Arbeitgebern eine Blockade vor.",
    ),
    TableRow(
        "em2",
        "kritisierten",
        "ACCUSE",
        None,
        ["Nordmetall"],
        None,
        "Verdi und der Arbeitgeberverband Nordmetall verhandeln seit Wochen. Die Arbeitgeber kritisierten die "
        "Warnstreiks als überzogen.",
    ),
    TableRow(
        "em3",
        "boten",
        "AGREE",
        None,
        None,
        None,
        "Die IG BCE und der Arbeitgeberverband Chemie Rheinland verhandeln in Köln. Die Arbeitgeber boten "
        "zuletzt drei Prozent mehr Lohn an.",
    ),
    # --- inspectors = the agency named before
    TableRow(
        "in1",
        "kritisierten",
        "ACCUSE",
        None,
        ["Internationale Atomenergiebehörde"],
        None,
        "Die Internationale Atomenergiebehörde hat die Anlage besucht. Die Inspekteure kritisierten fehlende "
        "Unterlagen.",
    ),
]

# --- a subject led by a state or body named after "von": the leader acts through it (the undergoer in the passive)
LEADER_ROWS: list[TableRow] = [
    TableRow(
        "le1",
        "verstärkt",
        "MOBILIZE",
        A,
        ["Frankreich"],
        None,
        "Die von Frankreich angeführte Eingreiftruppe hat ihre Patrouillen im Norden des Landes verstärkt.",
    ),
    TableRow(
        "le2",
        "griff",
        "ASSAULT",
        A,
        ["Vereinigte Staaten"],
        None,
        "Die von den USA geführte Koalition griff am Sonntag Stellungen der Miliz an.",
    ),
    TableRow(
        "le3",
        "ausgeweitet",
        "MOBILIZE",
        A,
        ["Nigeria"],
        None,
        "Die von Nigeria angeführte Friedenstruppe hatte am Montag ihre Einsätze in der Hauptstadt ausgeweitet.",
    ),
    TableRow(
        "le4",
        "entsandt",
        "MOBILIZE",
        A,
        ["Kenia"],
        None,
        "Die von Kenia angeführte Polizeimission hat neue Einheiten in den Süden entsandt.",
    ),
    TableRow(
        "le5",
        "bombardierte",
        "ASSAULT",
        A,
        ["Saudi-Arabien"],
        None,
        "Die von Saudi-Arabien geführte Militärallianz bombardierte am Dienstag den Hafen von Hodeida.",
    ),
    TableRow(
        "le6",
        "angegriffen",
        "ASSAULT",
        A,
        [],
        ["Frankreich"],
        "Die von Frankreich geführte Mission wurde am Sonntag von Rebellen angegriffen.",
    ),
    # controls: a supporter is not the actor; an author's participle ("vorgelegte") is no leader
    TableRow(
        "le7",
        "griffen",
        "ASSAULT",
        A,
        [],
        None,
        "Die von Russland unterstützten Separatisten griffen am Sonntag Stellungen der Armee an.",
    ),
]

# Rows where the text names no institution of the kind: the plural stays without an antecedent (no source).
ROWS_NO_SOURCE: list[TableRow] = [
    TableRow(
        "ns1",
        "kritisierten",
        "ACCUSE",
        None,
        [],
        None,
        "Das Ministerium hat den Bericht veröffentlicht. Die Prüfer kritisierten die Planung scharf.",
    ),
    TableRow(
        "ns2",
        "lehnten",
        "REJECT",
        None,
        [],
        None,
        "Die Gewerkschaft Verdi fordert acht Prozent mehr Lohn. Die Arbeitgeber lehnten die Forderung ab.",
    ),
    TableRow(
        "ns3",
        "kritisierten",
        "ACCUSE",
        None,
        [],
        None,
        "Die Regierung hat die Anlage geöffnet. Die Inspekteure kritisierten fehlende Unterlagen.",
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", table_params(ROWS, GAPS))
def test_staff_plural_is_the_institution(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(ROWS_NO_SOURCE, GAPS))
def test_staff_plural_without_institution_has_no_source(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(LEADER_ROWS, GAPS))
def test_attributive_leader_is_the_actor(row: TableRow) -> None:
    check_table_row(row)


# the leader's country is not where its force acts (no measure taken at home)
LEADER_PLACES: list[PlaceRow] = [
    PlaceRow(
        "lp1",
        "ausgeweitet",
        "!Nigeria",
        "Die von Nigeria angeführte Friedenstruppe hatte am Montag ihre Einsätze in der Hauptstadt ausgeweitet.",
    ),
    PlaceRow(
        "lp2",
        "verstärkt",
        "!Frankreich",
        "Die von Frankreich angeführte Eingreiftruppe hat ihre Patrouillen im Norden des Landes verstärkt.",
    ),
    PlaceRow("lp3", "verstärkt", "Frankreich", "Frankreich hat seine Patrouillen im Norden des Landes verstärkt."),
]


@pytest.mark.parametrize("row", LEADER_PLACES, ids=[r.id for r in LEADER_PLACES])
def test_attributive_leader_acts_abroad(row: PlaceRow) -> None:
    check_place_row(row)
