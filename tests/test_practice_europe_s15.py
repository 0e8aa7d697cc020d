"""Constructions found by the fifteenth session's practice audit on European domestic politics (strikes, farmers,
migration at EU borders, government crises): people sent back across a border (COERCE/deport), clashes at a protest
(PROTEST/riot), background protests and strikes that are no act of their own ("Nach wochenlangen Protesten …",
"Auslöser der Proteste war …") and the present perfect with "seit" dated by its start. Invented sentences only, with
other verbs, names and countries than the practice articles; no-event controls where a rule could over-fire."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import (
    TABLE_LEAD,
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    event_at,
    event_rows,
)

A = "asserted"

SENT_BACK: list[TableRow] = [
    # --- sending migrants back across a border: COERCE/deport (zurückschicken, zurückbringen, Rückführung)
    TableRow(
        "sb1",
        "zurückgeschickt",
        "COERCE",
        A,
        None,
        None,
        "Die kroatische Grenzpolizei hat am Freitag rund 90 Migranten nach Bosnien zurückgeschickt.",
    ),
    TableRow(
        "sb2",
        "schickte",
        "COERCE",
        A,
        ["Lettland"],
        None,
        "Lettland schickte in der Nacht 40 Asylsuchende über die Grenze nach Belarus zurück.",
    ),
    TableRow(
        "sb3",
        "brachte",
        "COERCE",
        A,
        None,
        None,
        "Die libysche Küstenwache brachte die Bootsflüchtlinge am Morgen nach Tripolis zurück.",
    ),
    TableRow(
        "sb4",
        "zurückgebracht",
        "COERCE",
        A,
        None,
        None,
        "Nach Angaben der Organisation wurden 70 Schutzsuchende von griechischen Beamten in die Türkei zurückgebracht.",
    ),
    TableRow(
        "sb5",
        "Rückführung",
        "COERCE",
        None,
        None,
        None,
        "Malta hat mit der Rückführung von 150 Geflüchteten nach Libyen begonnen.",
    ),
]

CLASHES: list[TableRow] = [
    # --- clashes at a protest: PROTEST/riot ("Zusammenstöße", plural)
    TableRow(
        "zu1",
        "Zusammenstößen",
        "PROTEST",
        A,
        None,
        None,
        "Bei Zusammenstößen zwischen Demonstranten und Polizisten in Brüssel wurden am Abend 23 Menschen verletzt.",
    ),
    TableRow(
        "zu2",
        "Zusammenstöße",
        "PROTEST",
        A,
        None,
        None,
        "Vor dem Rathaus von Neapel lieferten sich Streikende heftige Zusammenstöße mit der Polizei.",
    ),
    TableRow(
        "zu3",
        "Zusammenstößen",
        "PROTEST",
        A,
        None,
        None,
        "In Belgrad kam es am Abend zu Zusammenstößen mit der Polizei, acht Beamte wurden verletzt.",
    ),
]

NO_EVENTS: list[NonEventRow] = [
    # a letter, a delegation or evacuated people brought back is no deportation
    NonEventRow("nx1", "schickte", "Die Ministerin schickte den Entwurf mit zahlreichen Anmerkungen zurück."),
    NonEventRow("nx2", "brachten", "Nach dem Hochwasser brachten Busse die Evakuierten in ihre Dörfer zurück."),
    NonEventRow("nx3", "Rückführung", "Die Rückführung der Kredite an den Währungsfonds dauert Jahre."),
    # a single collision of vehicles, armed clashes of troops: no protest
    NonEventRow("nx4", "Zusammenstoß", "Bei einem Zusammenstoß zweier Züge wurden sechs Reisende verletzt."),
    NonEventRow("nx5", "Zusammenstößen", "Bei Zusammenstößen zwischen Armee und Rebellen starben 14 Soldaten."),
    # the background of the act told ("nach/trotz" + an adjective of long duration) and the event whose cause is told
    NonEventRow("bg1", "Protesten", "Nach monatelangen Protesten hat die Regierung die Reform zurückgezogen."),
    NonEventRow("bg2", "Streiks", "Nach tagelangen Streiks legte die Hafenverwaltung ein neues Angebot vor."),
    NonEventRow("bg3", "Demonstrationen", "Trotz wochenlanger Demonstrationen hält der Premier an dem Gesetz fest."),
    NonEventRow("bg4", "Proteste", "Auslöser der Proteste war die Erhöhung der Dieselsteuer."),
    NonEventRow("bg5", "Streiks", "Hintergrund des Streiks sind die stockenden Tarifgespräche mit der Reederei."),
    NonEventRow("bg6", "Blockaden", "Anlass der Blockaden ist ein Gesetz über Pestizide."),
]


@pytest.mark.parametrize("row", SENT_BACK + CLASHES, ids=lambda r: r.id)
def test_sent_back_and_clashes(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", NO_EVENTS, ids=lambda r: r.id)
def test_no_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_protests_told_without_a_duration_adjective_stay_events() -> None:
    # (an indefinite protest told in its own right is an event)
    rows = event_rows(TABLE_LEAD + "Mehrere tausend Landwirte haben in Madrid gegen die Agrarpolitik protestiert.")
    assert [r[1] for r in rows if r[0] == "protestiert"] == ["PROTEST"]
    rows = event_rows(TABLE_LEAD + "Der Anlass war eine Demonstration von Hafenarbeitern in Genua.")
    assert [r[1] for r in rows if r[0] == "Demonstration"] == ["PROTEST"]
    # (a background protest with its own agent keeps it, as background accusations do)
    rows = event_rows(TABLE_LEAD + "Nach wochenlangen Streiks der Fluglotsen hat die Regierung eingelenkt.")
    assert [r[1] for r in rows if r[0] == "Streiks"] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # the present perfect with "seit": an act going on since that day is dated by its start
        (
            "Aus Ärger über die Spritpreise haben irische Lkw-Fahrer seit Montag den Hafen Dublin blockiert.",
            "blockiert",
            "2026-11-09",
        ),
        ("Seit Dienstag haben die Fluglotsen in Marseille gestreikt.", "gestreikt", "2026-11-10"),
        # (a day of its own, without "seit", is unchanged)
        ("Die Polizei hat am Montag in Rom elf Aktivisten festgenommen.", "festgenommen", "2026-11-09"),
    ],
)
def test_present_perfect_since_is_dated_by_its_start(text: str, trigger: str, date: str) -> None:
    doc = chronik.analyze(TABLE_LEAD + "Am Freitag gab es keine Gespräche. " + text, published="2026-11-13")
    assert event_at(doc, trigger).date == date
