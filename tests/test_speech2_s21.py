"""Speech acts of judging, warning and assuring, round 2 (twenty-first session), tested with invented sentences:
calling an act a hostile move ("eine Kampfansage an …") is ACCUSE/disapprove; a praise row finds its word in the label
("einen fairen Kompromiss", "als Erfolg"), while the thing labelled ("das Treffen", "die Gespräche") still keeps the row
off; warning of an actor's act or plan ("warnte vor den Plänen der Regierung") is ACCUSE/disapprove, a warning of a
danger or the weather no event; assuring one's innocence ("beteuerte seine Unschuld") is REJECT."""

from __future__ import annotations

import pytest

from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, table_params

EVENT_ROWS = [
    # a hostile move as the label: disapproval of the labelled act
    TableRow(
        "declaration-of-war",
        "nannte",
        "ACCUSE",
        None,
        ["Klaus Berger"],
        None,
        "Der Oppositionsführer Klaus Berger nannte das Gesetz eine Kampfansage an die Gewerkschaften.",
    ),
    TableRow(
        "frontal-attack",
        "bezeichnete",
        "ACCUSE",
        None,
        ["Jana Roth"],
        None,
        "Die Abgeordnete Jana Roth bezeichnete die Kürzungen als Frontalangriff auf die Beschäftigten.",
    ),
    # praise in the label, a compromise or success being the label
    TableRow(
        "fair-compromise",
        "nannte",
        "SUPPORT",
        None,
        ["Ute Kramer"],
        None,
        "Die Bürgermeisterin Ute Kramer nannte den Beschluss des Stadtrats einen fairen Kompromiss.",
    ),
    TableRow(
        "reasonable-compromise",
        "bezeichnete",
        "SUPPORT",
        None,
        ["Otto Brandt"],
        None,
        "Der Landrat Otto Brandt bezeichnete den Gesetzentwurf als vernünftigen Kompromiss.",
    ),
    TableRow(
        "release-success",
        "bezeichnete",
        "SUPPORT",
        None,
        ["Lars Jäger"],
        None,
        "Der Außenminister Lars Jäger bezeichnete die Freilassung der Journalisten als großen Erfolg.",
    ),
    # warning of another's act or plan
    TableRow(
        "plans",
        "warnte",
        "ACCUSE",
        "asserted",
        ["Petra Hahn"],
        None,
        "Die Gewerkschaftschefin Petra Hahn warnte vor den Plänen der Regierung.",
    ),
    TableRow(
        "privatisation",
        "warnte",
        "ACCUSE",
        None,
        ["Rolf Weber"],
        None,
        "Der Verbandspräsident Rolf Weber warnte vor einer Privatisierung der Wasserversorgung.",
    ),
    TableRow(
        "cuts-compound",
        "warnte",
        "ACCUSE",
        None,
        ["Sabine Lorenz"],
        None,
        "Die Sozialministerin Sabine Lorenz warnte vor Rentenkürzungen.",
    ),
    # assuring one's innocence
    # a people's members with an article may be its government; a crowd with a public actor stays
    TableRow(
        "people-with-article",
        "kritisierten",
        "ACCUSE",
        None,
        None,
        None,
        "Die Amerikaner kritisierten den Plan scharf.",
    ),
    TableRow(
        "crowd-and-mayor",
        "kritisierten",
        "ACCUSE",
        None,
        None,
        None,
        "Viele Bürger kritisierten den Bürgermeister scharf.",
    ),
    # a complaint is an act, not a mood: the crowd's complaint stays
    TableRow(
        "residents-complain",
        "beschwerten",
        "ACCUSE",
        None,
        None,
        None,
        "Anwohner beschwerten sich über den Lärm der Baustelle.",
    ),
    TableRow(
        "innocence",
        "beteuerte",
        "REJECT",
        None,
        ["Karl Seidel"],
        None,
        "Der frühere Minister Karl Seidel beteuerte vor Gericht seine Unschuld.",
    ),
]

NON_EVENT_ROWS = [
    # the thing labelled is one's own meeting or agreement: no praise (fifteenth session)
    NonEventRow("own-meeting", "bezeichnete", "Die Kanzlerin Eva Lang bezeichnete das Treffen mit Macron als Erfolg."),
    NonEventRow("own-talks", "bezeichneten", "Beide Seiten bezeichneten die Gespräche als konstruktiv."),
    NonEventRow("compromise-labelled", "nannte", "Der Minister Paul Kern nannte den Kompromiss fair."),
    # a stance of a crowd of citizens or of a people's members, no public actor taking part: a private mood
    NonEventRow("citizens-anger", "machten", "Viele Bürger machten ihrem Ärger Luft."),
    NonEventRow("demonym-joy", "brachten", "Amerikaner brachten ihre Freude zum Ausdruck."),
    NonEventRow("residents-outraged", "zeigten", "Viele Anwohner zeigten sich empört über den Lärm."),
    # a warning of a danger, the weather or an escalation names no act
    NonEventRow("weather", "warnte", "Der Wetterdienst warnte vor Glätte auf den Straßen."),
    NonEventRow("escalation", "warnte", "Die Ministerin Ina Voss warnte vor einer Eskalation der Lage."),
    NonEventRow("disease", "warnte", "Der Virologe Jan Busch warnte vor einer neuen Welle von Infektionen."),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_speech2_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_speech2_non_event(row: NonEventRow) -> None:
    check_no_event(row)
