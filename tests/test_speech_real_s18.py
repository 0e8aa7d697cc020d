"""Speech acts and not-asserted events across the 80 real Wikinews articles of the review sets and audits 27/28
(eighteenth session), tested with invented sentences: a claim or report called a word of denunciation or a nullity
is REJECT, "sprach von" a word of denunciation is ACCUSE, who a denunciation says is wronged is no target, a court
hearing a case ("verhandelt", "mündliche Verhandlungen") is no negotiation, the words of a quoted slogan or banner
tell no act, an event noun after a demonstrative ("Dieser Angriff") re-mentions an event told before, voicing
concerns ("äußerte Bedenken") is ACCUSE and advising a course ("riet … zu") is REQUEST."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    table_params,
)

EVENT_ROWS = [
    # calling a claim, a report or its findings a word of denunciation rejects the claim
    TableRow(
        "report-mockery",
        "nannte",
        "REJECT",
        "asserted",
        ["Helmut Kranz"],
        [],
        "Der Fraktionschef Helmut Kranz nannte die Ergebnisse des Gutachtens eine „Verhöhnung Österreichs“."
        " Er nannte die Schlussfolgerungen des Berichts eine Verhöhnung Österreichs.",
    ),
    TableRow(
        "charges-smear",
        "bezeichnete",
        "REJECT",
        "asserted",
        ["Maria Lindqvist"],
        None,
        "Die Ministerin Maria Lindqvist bezeichnete die Vorwürfe der Opposition als Hetze.",
    ),
    TableRow(
        "report-scandalous",
        "nannte",
        "REJECT",
        "asserted",
        ["Jonas Weber"],
        None,
        "Der Sprecher Jonas Weber nannte den Bericht der Zeitung skandalös.",
    ),
    TableRow(
        "claim-false-adjective",
        "bezeichnete",
        "REJECT",
        "asserted",
        None,
        None,
        "Der Konzernchef Paul Roth bezeichnete die Darstellung der Gewerkschaft als einseitig.",
    ),
    # calling a demand or decision a legal nullity rejects it
    TableRow(
        "demand-nullity",
        "nannte",
        "REJECT",
        "asserted",
        ["Aleksandar Vukić"],
        None,
        "Der Präsident Aleksandar Vukić nannte die Gebietsansprüche Albaniens „eine juristische Nichtigkeit“.",
    ),
    TableRow(
        "decision-null",
        "bezeichnete",
        "REJECT",
        "asserted",
        None,
        None,
        "Die Regierung bezeichnete den Beschluss des Regionalparlaments als nichtig.",
    ),
    # "sprach von" a word of denunciation accuses
    TableRow(
        "spoke-of-blame",
        "sprach",
        "ACCUSE",
        "asserted",
        ["Helmut Kranz"],
        [],
        "Der Fraktionschef Helmut Kranz sprach von einer einseitigen Schuldzuweisung an Österreich.",
    ),
    TableRow(
        "spoke-of-error",
        "sprach",
        "ACCUSE",
        "asserted",
        ["Jonas Weber"],
        None,
        "Der Bürgermeister Jonas Weber sprach von einem schweren Fehler der Landesregierung.",
    ),
    TableRow(
        "spoke-of-coup",
        "sprachen",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Anhänger des Präsidenten sprachen von einem Putschversuch der Armee.",
    ),
    # voicing concerns about a step disapproves it; advising someone to a course asks for it
    TableRow(
        "concerns-voiced",
        "äußerte",
        "ACCUSE",
        "asserted",
        ["Ulrich Kelber"],
        None,
        "Der Datenschutzbeauftragte Ulrich Kelber äußerte Bedenken gegen die Pläne des Innenministers.",
    ),
    TableRow(
        "concerns-passive",
        "vorgebracht",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Von mehreren Verbänden wurden rechtliche Bedenken gegen das geplante Gesetz vorgebracht.",
    ),
    TableRow(
        "concerns-registered",
        "meldete",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Fraktion der Linken meldete Bedenken gegen den Haushaltsentwurf an.",
    ),
    TableRow(
        "advised-restraint",
        "riet",
        "REQUEST",
        "asserted",
        ["Elke Brandt"],
        None,
        "Die Abgeordnete Elke Brandt riet dem Außenminister zu mehr Zurückhaltung.",
    ),
    # an act called a word of denunciation stays ACCUSE (the claim rows leave it)
    TableRow(
        "act-scandalous",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Jonas Weber"],
        None,
        "Der Sprecher Jonas Weber nannte die Entscheidung der Regierung skandalös.",
    ),
    # a protest under a motto keeps its PROTEST; a quote said by someone keeps its event
    TableRow(
        "protest-under-motto",
        "demonstrierten",
        "PROTEST",
        "asserted",
        None,
        None,
        "Tausende demonstrierten in Graz unter dem Motto „Kriege beenden“ gegen die Regierung.",
    ),
    TableRow(
        "quoted-threat",
        "sagte",
        "THREATEN",
        "asserted",
        None,
        None,
        "Der Milizenführer Omar Haddad sagte: „Wir werden die Stadt angreifen.“",
    ),
    # a demonstrative before a time noun is no re-mention of an event
    TableRow(
        "demonstrative-week",
        "demonstrierten",
        "PROTEST",
        "asserted",
        None,
        None,
        "Diese Woche demonstrierten Tausende in Linz gegen die Regierung.",
    ),
    # a negotiation keeps its CONSULT
    TableRow(
        "negotiate",
        "verhandelt",
        "CONSULT",
        "asserted",
        None,
        None,
        "Die Regierung verhandelt mit den Rebellen über einen Waffenstillstand.",
    ),
    TableRow(
        "negotiations-between",
        "Verhandlungen",
        "CONSULT",
        "asserted",
        ["Serbien", "Kosovo"],
        None,
        "Die Verhandlungen zwischen Serbien und dem Kosovo wurden in Brüssel fortgesetzt.",
    ),
    TableRow(
        "negotiate-peace-process",
        "verhandelte",
        "CONSULT",
        "asserted",
        None,
        None,
        "Die Regierung verhandelte im Rahmen des Friedensprozesses mit den Rebellen.",
    ),
]

NON_EVENT_ROWS = [
    # a court hears a case: no negotiation
    NonEventRow(
        "court-case-heard",
        "verhandelt",
        "Die Stadt ist auch Sitz des Landgerichts, wo der Fall seit Montag verhandelt wird.",
    ),
    NonEventRow(
        "trial-heard",
        "verhandelt",
        "Der Prozess gegen den früheren Minister wird ab Dienstag vor dem Oberlandesgericht verhandelt.",
    ),
    NonEventRow(
        "court-hearings",
        "Verhandlungen",
        "Der Verfassungsgerichtshof entschied nach mündlichen Verhandlungen, dass die Wahl wiederholt werden muss.",
    ),
    # words of a quoted slogan, motto or banner text tell no act
    NonEventRow(
        "motto-verbs",
        "besetzen",
        "Unter dem Motto „besetzen, streiken, blockieren“ hatte ein Bündnis für Samstag Aktionen angekündigt.",
    ),
    NonEventRow(
        "banner-words",
        "unterstützt",
        "Auf dem Rathaus waren die Worte zu lesen: „Wien unterstützt die Opposition in Belarus.“",
    ),
    NonEventRow(
        "placard-inscription",
        "Stoppt",
        "Die Teilnehmer trugen Plakate mit der Aufschrift „Stoppt die Abschiebungen“ durch die Innenstadt.",
    ),
    # an event noun after a demonstrative re-mentions an event told before
    NonEventRow(
        "demonstrative-attack",
        "Angriff",
        "Am Montag griffen Rebellen einen Stützpunkt der Armee an. Dieser Angriff weckt Erinnerungen an das Jahr 2014.",
    ),
    NonEventRow(
        "demonstrative-call",
        "Telefonats",
        "Der Minister soll selbst Ohrenzeuge dieses Telefonats zwischen den beiden Präsidenten gewesen sein.",
    ),
    # no concerns voiced, or speaking about a plan, is no disapproval
    NonEventRow(
        "no-concerns", "äußerte", "Der Datenschutzbeauftragte Ulrich Kelber äußerte keine Bedenken gegen die Pläne."
    ),
    NonEventRow("spoke-about-plans", "äußerte", "Der Minister äußerte sich am Montag zu den Plänen der Regierung."),
    # "sprach von" what is no denunciation
    NonEventRow("spoke-of-act", "sprach", "Der Bürgermeister sprach von einem historischen Akt der Versöhnung."),
    NonEventRow("spoke-of-alarm", "sprachen", "Die Ärzte sprachen von einer alarmierenden Lage in den Kliniken."),
    NonEventRow("spoke-of-success", "sprach", "Die Kanzlerin sprach von einem großen Erfolg."),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_speech_real_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_speech_real_non_event(row: NonEventRow) -> None:
    check_no_event(row)
