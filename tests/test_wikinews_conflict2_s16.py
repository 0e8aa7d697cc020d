"""Sixteenth session, second mini-audit on real Wikinews (conflict, protest, crime; eight other articles): constructions
of agency German that recur there. "fordern" with a toll of dead or injured as object ("Der Anschlag forderte zehn
Tote") counts victims, it asks for nothing: the attack noun is the event; signing a letter, a petition or an appeal
is no agreement; "sich verständigen" by telephone or signs is communicating, not agreeing; complaining "über" something
is ACCUSE/disapprove; being held in cells or a prison is COERCE/arrest; an ideology as the subject of an event verb
("Der Extremismus bedroht …", also through a relative pronoun) states a phenomenon, no act; an event noun held
possible or unlikely ("hält einen Abzug für unwahrscheinlich") is a judgment, no act. All sentences are
invented."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    CountRow,
    NonEventRow,
    TableRow,
    check_count,
    check_no_event,
    check_table_row,
    table_params,
)

EVENTS = [
    # the toll of an attack: the attack noun, subject of "forderte", is the event
    TableRow(
        "ev01",
        "Granatenangriff",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Zwölf Tote und dreißig Verletzte forderte am Sonntag ein Granatenangriff auf einen Markt in Kidal.",
    ),
    TableRow(
        "ev02",
        "Anschlag",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Der Anschlag auf die Kaserne forderte am Montag mindestens sieben Todesopfer.",
    ),
    # a demand for the victims or the dead (genitive) stays a demand
    TableRow(
        "ev09",
        "forderten",
        "REQUEST",
        "asserted",
        None,
        None,
        "Die Angehörigen forderten am Montag eine Entschädigung für die Familien der Toten und der Verletzten.",
    ),
    # "für" + a time span or a cause, no judged possibility: the events stay
    TableRow(
        "ev10",
        "Kundgebung",
        "PROTEST",
        "asserted",
        None,
        None,
        "Die Opposition hielt am Montag eine Kundgebung für die Freilassung der Gefangenen ab.",
    ),
    TableRow(
        "ev11",
        "Angriff",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Die Armee hielt nach dem Angriff auf die Kaserne für zwei Tage ihre Stellungen.",
    ),
    # a real agreement is still signed
    TableRow(
        "ev03",
        "unterzeichneten",
        "AGREE",
        "asserted",
        None,
        None,
        "Die Außenminister Armeniens und Georgiens unterzeichneten am Freitag ein Abkommen über den Grenzverkehr.",
    ),
    # agreeing "auf" something stays AGREE
    TableRow(
        "ev04",
        "verständigten",
        "AGREE",
        "asserted",
        None,
        None,
        "Die Regierung und die Gewerkschaften verständigten sich am Mittwoch auf einen neuen Mindestlohn.",
    ),
    # a complaint about something is a disapproval even with no addressee
    TableRow(
        "ev05",
        "beschwerten",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Fotografen beschwerten sich am Dienstag über Schikanen der Grenzpolizei.",
    ),
    # held in cells or a prison: a detention, whoever the detainees are
    TableRow(
        "ev06",
        "festgehalten",
        "COERCE",
        "asserted",
        None,
        None,
        "Zwei Studenten aus Grodno werden seit dem 4. Mai in Zellen des Geheimdienstes in Minsk festgehalten.",
    ),
    # an ideology in the genitive names whom the attackers oppose: they attack
    TableRow(
        "ev08",
        "griffen",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Die Gegner des Kolonialismus griffen am Montag die Residenz des Gouverneurs an.",
    ),
    TableRow(
        "ev07",
        "festgehalten",
        "COERCE",
        "asserted",
        None,
        None,
        "Der Blogger Omid Karimi wird seit Montag in einem Gefängnis bei Täbris festgehalten.",
    ),
]

NON_EVENTS = [
    NonEventRow(
        "ne10", "Abzug", "Die Generäle halten einen baldigen Abzug der Truppen aus Mali für immer unwahrscheinlicher."
    ),
    NonEventRow("ne11", "Angriff", "Der Minister hält einen Angriff auf die baltischen Staaten für durchaus möglich."),
    NonEventRow(
        "ne07", "greift", "Der Rechtsextremismus greift nach Ansicht des Forschers die Grundfesten des Staates an."
    ),
    NonEventRow("ne08", "enteignet", "Der Kommunismus hat damals die Bauern in Thüringen enteignet."),
    NonEventRow(
        "ne09",
        "angreift",
        "„Wir kämpfen gegen einen Nationalismus, der die Nachbarvölker verbal angreift“, sagte die Abgeordnete.",
    ),
    NonEventRow("ne01", "forderte", "Neun Tote und vierzig Verletzte forderte am Dienstag ein Sprengsatz in Quetta."),
    NonEventRow(
        "ne02", "forderte", "Das Zugunglück in Bihar forderte am Samstag drei Tote und zwanzig Schwerverletzte."
    ),
    NonEventRow(
        "ne03",
        "unterzeichnet",
        "Der Protestbrief an den Bürgermeister wurde von zwölf Vereinen und drei Stadträten unterzeichnet.",
    ),
    NonEventRow(
        "ne04",
        "unterschrieben",
        "Mehr als 4000 Eltern haben die Petition gegen die Schließung der Grundschule unterschrieben.",
    ),
    NonEventRow(
        "ne05",
        "verständigten",
        "Die Schmuggler verständigten sich nachts über Funkgeräte mit ihren Helfern an der Küste.",
    ),
    NonEventRow(
        "ne06",
        "verständigen",
        "Die Plünderer sollen sich per Handy verständigen und so den Streifen ausweichen.",
    ),
]

COUNTS = [
    # one attack, not a demand beside it
    CountRow(
        "c01",
        "REQUEST",
        0,
        "Fünf Tote forderte am Donnerstag ein Selbstmordanschlag vor einer Moschee in Kano.",
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
