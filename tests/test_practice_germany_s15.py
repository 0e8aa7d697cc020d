"""German federal and state politics, courts and police (fifteenth session, practice audit "germany"): a fight
noun whose "gegen" phrase names an ill or a crime ("im Kampf gegen Steuerbetrug") is no armed clash; an attack that
suspects "sollen … geplant haben" is planned, not done; a Land constitutional court named "Verfassungsgerichtshof
<Land>" is one organisation; the municipal umbrella associations and the Vermittlungsausschuss are organisations, and
"zusammentreten" is a meeting; the governing coalition named alone ("warf der Koalition vor") is an actor; a threat
with a condition ("drohte damit, …, falls der Bund …") is aimed at whom the condition asks to act. Invented sentences
only, other words than the practice articles."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import TABLE_LEAD, NonEventRow, TableRow, check_no_event, check_table_row

P = "planned"
A = "asserted"

ROWS: list[TableRow] = [
    # --- a fight against a named opponent or an armed group stays an armed clash (controls)
    TableRow("kf1", "Kampf", "ASSAULT", None, None, None, "Im Kampf gegen die Rebellen starben vier Soldaten."),
    TableRow(
        "kf2", "Kampf", "ASSAULT", None, None, None, "Die Kurden verloren im Kampf gegen den IS Tausende Kämpfer."
    ),
    TableRow("kf3", "Kampf", "ASSAULT", None, None, None, "Im Kampf gegen Regierungstruppen fielen zwölf Milizionäre."),
    TableRow(
        "kf4",
        "Kampf",
        "ASSAULT",
        None,
        None,
        None,
        "Die Guerilla führte zwanzig Jahre lang den Kampf gegen das Regime.",
    ),
    # --- an attack that suspects are said to have planned or prepared: planned, not done
    TableRow(
        "pl1",
        "Sprengstoffanschlag",
        "ASSAULT",
        P,
        None,
        None,
        "Die drei Männer sollen einen Sprengstoffanschlag auf ein Polizeirevier geplant haben.",
    ),
    TableRow(
        "pl2",
        "Angriffe",
        "ASSAULT",
        P,
        None,
        None,
        "Der 23-Jährige soll Angriffe auf Kommunalpolitiker in Magdeburg vorbereitet haben.",
    ),
    TableRow(
        "pl3",
        "Anschlag",
        "ASSAULT",
        P,
        None,
        None,
        "Die Frau soll mit ihrem Bruder einen Anschlag auf eine Kaserne geplant haben, teilten die Ermittler mit.",
    ),
    # (control) an attack the suspects are said to have carried out stays asserted
    TableRow(
        "pl4",
        "Angriff",
        "ASSAULT",
        A,
        None,
        None,
        "Der Mann soll den Angriff auf den Imbiss in Hanau verübt haben.",
    ),
    # --- "Verfassungsgerichtshof <Land>": one court, the acting party
    TableRow(
        "vg1",
        "wies",
        "REJECT",
        A,
        ["Verfassungsgerichtshof Rheinland-Pfalz"],
        None,
        "Der Verfassungsgerichtshof Rheinland-Pfalz wies die Beschwerde der Kommunen zurück.",
    ),
    TableRow(
        "vg2",
        "kritisierte",
        "ACCUSE",
        A,
        ["Verfassungsgerichtshof Baden-Württemberg"],
        None,
        "Der Verfassungsgerichtshof Baden-Württemberg kritisierte die Landesregierung scharf.",
    ),
    # --- the municipal umbrella associations and the conciliation committee
    TableRow(
        "ko1",
        "kritisierte",
        "ACCUSE",
        A,
        ["Deutscher Landkreistag"],
        None,
        "Der Landkreistag kritisierte die Kürzungen bei der Eingliederungshilfe.",
    ),
    TableRow(
        "ko2",
        "begrüßte",
        "SUPPORT",
        A,
        ["Deutscher Städte- und Gemeindebund"],
        None,
        "Der Städte- und Gemeindebund begrüßte die Einigung über die Grundsteuer.",
    ),
    TableRow(
        "ko3",
        "trat",
        "CONSULT",
        A,
        ["Vermittlungsausschuss"],
        None,
        "Der Vermittlungsausschuss trat am Mittwochabend zu einer ersten Sitzung zusammen.",
    ),
    TableRow(
        "ko4",
        "zusammentreten",
        "CONSULT",
        P,
        None,
        None,
        "Der Krisenstab der Landesregierung soll am Montag erneut zusammentreten.",
    ),
    # --- the governing coalition named alone
    TableRow(
        "co1",
        "warfen",
        "ACCUSE",
        A,
        None,
        ["Koalition"],
        "Die Freien Wähler warfen der Koalition Wortbruch bei den Kita-Gebühren vor.",
    ),
    TableRow(
        "co2",
        "forderte",
        "REQUEST",
        A,
        None,
        ["Regierungskoalition"],
        "Der Mieterverein forderte die Regierungskoalition auf, die Mietpreisbremse zu verlängern.",
    ),
    # --- a threat on a condition: aimed at whom the condition asks to act
    TableRow(
        "th1",
        "drohte",
        "THREATEN",
        A,
        None,
        ["Bund"],
        "Thüringen drohte damit, vor das Bundesverfassungsgericht zu ziehen, falls der Bund die Mittel kürze.",
    ),
    TableRow(
        "th2",
        "drohte",
        "THREATEN",
        A,
        None,
        ["EU-Kommission"],
        "Ungarn drohte damit, den Europäischen Gerichtshof anzurufen, sollte die EU-Kommission die Gelder nicht "
        "freigeben.",
    ),
]

NON_EVENTS: list[NonEventRow] = [
    NonEventRow("kn1", "Kampf", "Das Land stellt zehn neue Staatsanwälte für den Kampf gegen Steuerbetrug ein."),
    NonEventRow("kn2", "Kampf", "Die Innenminister wollen den Kampf gegen Schwarzarbeit auf dem Bau verstärken."),
    NonEventRow("kn3", "Kampf", "Im Kampf gegen Wohnungseinbrüche setzt die Polizei auf mehr Streifen."),
    NonEventRow(
        "kn4",
        "Kampf",
        "Die Kommunen fühlten sich im Kampf gegen Lebensmittelbetrug allein gelassen, sagte der Verbandschef.",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_practice_germany_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", NON_EVENTS, ids=[r.id for r in NON_EVENTS])
def test_practice_germany_no_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_coalition_with_partner_is_no_actor() -> None:
    """ "die bisherige Koalition mit den Liberalen" is a partnership, not the governing coalition as an actor."""
    doc = chronik.analyze(
        TABLE_LEAD + "Der Ministerpräsident hatte die bisherige Koalition mit den Liberalen im Sommer aufgekündigt.",
        published="2026-11-10",
    )
    assert "Koalition" not in {e.name for e in doc.entities}
