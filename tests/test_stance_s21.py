"""Stance predicates (twenty-first session), tested with invented sentences: an actor showing or voicing a stance
word read from the broad stance lexicons (stance_*.txt) is ACCUSE/disapprove ("zeigte sich skeptisch", "reagierte
verärgert", "meldete Bedenken an", "brachte Unmut zum Ausdruck") or SUPPORT/praise ("zeigte sich zufrieden mit",
"äußerte Genugtuung"); opposing a plan ("wandte sich gegen", "stellte sich gegen") is REJECT. A word of mood ("besorgt",
"erleichtert") needs a complement saying about what; grief over a death, sport, business results and markets give no
stance event. The name in the phrase the stance is about ("über die Entscheidung der CDU", "gegenüber Berlin", "an
der SPD") is the target; one inside an attribute of its noun ("über die Sanktionen gegen Russland") is not."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    TABLE_LEAD,
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    event_rows,
    table_params,
)

EVENT_ROWS = [
    # disapproval words: directed by themselves
    TableRow(
        "sceptical",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["Jörg Hallmann"],
        [],
        "Der Abgeordnete Jörg Hallmann zeigte sich äußerst skeptisch.",
    ),
    TableRow(
        "irritated-over",
        "zeigten",
        "ACCUSE",
        "asserted",
        ["Bündnis 90/Die Grünen"],
        ["CDU"],
        "Die Grünen zeigten sich irritiert über die Entscheidung der CDU.",
    ),
    TableRow(
        "dissatisfied-with",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["CDU"],
        ["Olaf Scholz"],
        "Die CDU zeigte sich sehr unzufrieden mit Olaf Scholz.",
    ),
    TableRow(
        "gave-sceptical",
        "gab",
        "ACCUSE",
        "asserted",
        ["FDP"],
        None,
        "Die FDP gab sich skeptisch.",
    ),
    TableRow(
        "reacted-annoyed",
        "reagierte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Der Verband reagierte pikiert auf den Beschluss des Senats.",
    ),
    # concern words with a complement
    TableRow(
        "concerned-plans",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["Polen"],
        ["Russland"],
        "Polen zeigte sich besorgt über die Pläne Russlands.",
    ),
    TableRow(
        "alarmed-given",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["Dänemark"],
        ["Russland"],
        "Dänemark zeigte sich alarmiert über die Forderungen Russlands.",
    ),
    # nouns of voiced stance with a support verb
    TableRow(
        "doubts-registered",
        "meldete",
        "ACCUSE",
        "asserted",
        ["CDU"],
        ["SPD"],
        "Die CDU meldete Einwände gegen die Pläne der SPD an.",
    ),
    TableRow(
        "displeasure-expressed",
        "brachte",
        "ACCUSE",
        "asserted",
        ["Petra Vogelsang"],
        None,
        "Die Ministerin Petra Vogelsang brachte ihr Unbehagen über den Vorstoß zum Ausdruck.",
    ),
    TableRow(
        "criticism-at",
        "Kritik",
        "ACCUSE",
        "asserted",
        ["FDP"],
        ["SPD"],
        "Die FDP übte scharfe Kritik an der SPD.",
    ),
    # approval
    TableRow(
        "satisfied-with",
        "zeigte",
        "SUPPORT",
        "asserted",
        ["Olaf Scholz"],
        None,
        "Olaf Scholz zeigte sich hochzufrieden mit dem Kompromiss.",
    ),
    TableRow(
        "relieved-about",
        "zeigte",
        "SUPPORT",
        "asserted",
        ["Frankreich"],
        ["Deutschland"],
        "Frankreich zeigte sich erleichtert über die Zusage Deutschlands.",
    ),
    TableRow(
        "satisfaction-voiced",
        "äußerte",
        "SUPPORT",
        "asserted",
        ["CDU"],
        ["SPD"],
        "Die CDU äußerte Genugtuung über den Beschluss der SPD.",
    ),
    # opposing a plan
    TableRow(
        "turned-against",
        "wandte",
        "REJECT",
        "asserted",
        ["Verdi"],
        ["Hubertus Heil"],
        "Die Gewerkschaft Verdi wandte sich gegen die Pläne des Ministers Hubertus Heil.",
    ),
    TableRow(
        "stood-against",
        "stellte",
        "REJECT",
        "asserted",
        ["Verdi"],
        None,
        "Die Gewerkschaft Verdi stellte sich gegen die Rentenreform.",
    ),
    TableRow(
        "spoke-against-despite-approval",
        "sprachen",
        "REJECT",
        "asserted",
        ["SPD"],
        None,
        "Die Abgeordneten der SPD sprachen sich trotz ihrer Zustimmung gegen das Gesetz aus.",
    ),
    TableRow(
        "disappointed-by",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["Peter Schaar"],
        ["CDU"],
        "Peter Schaar zeigte sich von den Plänen der CDU enttäuscht.",
    ),
    TableRow(
        "hardly-pleased",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["Olaf Scholz"],
        ["FDP"],
        "Olaf Scholz zeigte sich wenig erfreut über den Vorstoß der FDP.",
    ),
    TableRow(
        "not-outraged",
        "zeigten",
        "ACCUSE",
        "negated",
        ["Bündnis 90/Die Grünen"],
        None,
        "Die Grünen zeigten sich nicht empört über die Entscheidung.",
    ),
]

NON_EVENT_ROWS = [
    NonEventRow("mood-alone", "zeigte", "Der Verband zeigte sich besorgt."),
    NonEventRow("relief-alone", "zeigte", "Der Minister Lars Henning zeigte sich erleichtert."),
    NonEventRow("grief", "zeigte", "Der Präsident zeigte sich erschüttert über den Tod des Sängers."),
    NonEventRow("coach", "zeigte", "Der Trainer zeigte sich zufrieden mit der Leistung seiner Mannschaft."),
    NonEventRow("investors", "zeigten", "Die Anleger zeigten sich besorgt über die Zinsen."),
    NonEventRow("self-critical", "zeigte", "Der Vorsitzende Udo Bell zeigte sich selbstkritisch."),
    NonEventRow("optimistic", "zeigte", "Die Ministerin Ina Alt zeigte sich optimistisch."),
    NonEventRow("concern-no-actor", "zeigte", "Die Ministerin Ina Alt zeigte sich besorgt über die Entwicklung."),
    NonEventRow("relief-no-actor", "zeigte", "Der Minister Lars Henning zeigte sich erleichtert über die Einigung."),
    NonEventRow("hardly-impressed", "zeigte", "Die Regierung zeigte sich kaum beeindruckt von den Drohungen der EU."),
    NonEventRow("national-coach", "zeigte", "Der Bundestrainer zeigte sich zufrieden mit dem Auftritt."),
    NonEventRow("towards-evening", "wandte", "Gegen Abend wandte sich der Redner an die Zuhörer."),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_stance_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_stance_non_event(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # whose licence, not whose act the backing is about
        (
            "Der Abgeordnete Lars Henning machte sich für den Entzug der Sendelizenz von Al Dschasira stark.",
            "machte",
        ),
        # whom the informant told is not the target of the stance in the content clause
        (
            "Ein Informant sagte gegenüber CNN, dass Sanders versucht habe, Trump von Gidley zu überzeugen und sich "
            "gegen Grisham ausgesprochen habe.",
            "ausgesprochen",
        ),
    ],
)
def test_target_not_outside_the_stance_phrase(text: str, trigger: str) -> None:
    rows = event_rows(TABLE_LEAD + text, published="2026-11-10")
    found = [r for r in rows if r[0] == trigger]
    assert found, rows
    assert not {"Al Dschasira", "CNN"} & set(found[0][3]), found


def test_target_is_not_an_attribute_of_the_stance_noun() -> None:
    """ "empört über die Sanktionen gegen Russland": whom the sanctions hit is not whom the outrage is about."""
    row = TableRow(
        "sanctions-against",
        "zeigten",
        "ACCUSE",
        "asserted",
        ["Bündnis 90/Die Grünen"],
        [],
        "Die Grünen zeigten sich empört über die Sanktionen gegen Russland.",
    )
    check_table_row(row)
