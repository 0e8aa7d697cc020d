"""Seventeenth session, mini-audit on real Wikinews (conflict, protest, crime; set wnG): constructions of German news
that recur there. Threatening someone "mit dem Tod" or a weapon is THREATEN; "aufeinandertreffen" is a clash, no
meeting; calling an act a "Verstoß" denounces it; "Die höchste Strafe erhielt X" and "eine Strafe von N Jahren" are
sentences with X as target (also after "unter anderem"); a name compared by "ebenso wie" takes no part in the act;
a casualty verb after an attack noun whose "bei" phrase a relative clause interrupts is that attack's toll; "Formen
des Protests" names a kind; an act held "möglich" is hypothetical; a clause "in den meisten Fällen" tells a habit; a
state of emergency that "untersagt" gatherings states what it provides; an organisation in the first part of a
hyphenated event noun ("NATO-Angriffe") acts; a bare year after "von" and a noun dates that noun; a quoted name after an
article that opens with a group noun ("der „Arbeitskreis Asyl“") is one organisation. All sentences are invented."""

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
    event_at,
    event_rows,
    table_params,
)

EVENTS = [
    # threatening a person with death or a weapon
    TableRow(
        "ev01",
        "bedroht",
        "THREATEN",
        "asserted",
        None,
        None,
        "Der Wirt soll den Kellner und dessen Bruder mit dem Tod bedroht haben.",
    ),
    TableRow(
        "ev01b",
        "bedrohte",
        "THREATEN",
        "asserted",
        ["Olaf Brendel"],
        None,
        "Der Gastwirt Olaf Brendel bedrohte den Kellner mit dem Tod.",
    ),
    TableRow(
        "ev02",
        "bedrohte",
        "THREATEN",
        "asserted",
        None,
        None,
        "Ein Unbekannter bedrohte am Dienstag in Celle eine Kassiererin mit einem Messer.",
    ),
    # calling an act a breach
    TableRow(
        "ev03",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Litauen"],
        None,
        "Der Außenminister Litauens bezeichnete die Manöver als Verstoß gegen den Grenzvertrag.",
    ),
    # a bare "Strafe" received with a term: a prison sentence, the receiver its target
    TableRow(
        "ev04",
        "Strafe",
        "COERCE",
        "asserted",
        None,
        ["Markus Tenbrink"],
        "Die höchste Strafe erhielt der Angeklagte Markus Tenbrink (neun Jahre).",
    ),
    TableRow(
        "ev05",
        "Strafe",
        "COERCE",
        "asserted",
        None,
        ["Tobias Reinert"],
        "Eine Strafe von vier Jahren erhielt der Mitangeklagte Tobias Reinert.",
    ),
    # "unter anderem" is an adverbial, not the preposition of the receiver's phrase
    TableRow(
        "ev06",
        "Strafe",
        "COERCE",
        None,
        None,
        ["Markus Tenbrink"],
        "Die höchste Strafe erhielt unter anderem der Angeklagte Markus Tenbrink (neun Jahre), er gilt als Kopf der "
        "Bande.",
    ),
    # arson of property
    TableRow(
        "ev07",
        "angezündet",
        "ASSAULT",
        "asserted",
        None,
        None,
        "In der Nacht wurden mehrere Immobilien des Bauunternehmers Ferdinand Hollweg angezündet.",
    ),
    # declining a reception
    TableRow(
        "ev08",
        "schlug",
        "REJECT",
        "asserted",
        None,
        None,
        "Die Delegation aus Peking schlug einen Empfang im Rathaus aus.",
    ),
    # an act held possible
    TableRow(
        "ev09",
        "Verbot",
        "COERCE",
        "hypothetical",
        None,
        None,
        "Die Regierungspartei sieht sich mit einem möglichen Verbot konfrontiert.",
    ),
    # a compared name is no actor
    TableRow(
        "ev10",
        "aufgerufen",
        "REQUEST",
        "asserted",
        ["Verdi"],
        [],
        "Die Gewerkschaft Verdi hat ebenfalls wie die IG Metall zu Warnstreiks aufgerufen.",
    ),
    # the organisation in the compound acts (named before in the text)
    TableRow(
        "ev11",
        "NATO-Angriffen",
        "ASSAULT",
        "asserted",
        ["NATO"],
        None,
        "Die NATO bestätigte den Vorfall am Montag. Bei NATO-Angriffen in der Provinz Kundus wurden fünf Zivilisten "
        "getötet.",
    ),
    TableRow(
        "ev12",
        "EU-Sanktionen",
        "SANCTION",
        None,
        ["Europäische Union"],
        ["Belarus"],
        "Die EU hat am Montag ihre Haltung bekräftigt. Die EU-Sanktionen gegen Belarus treten am Montag in Kraft.",
    ),
]

NON_EVENTS = [
    NonEventRow("ne01", "bedroht", "Viele Küstendörfer sind vom Hochwasser bedroht."),
    NonEventRow(
        "ne02", "treffen", "In der Hafenstadt treffen die Interessen der Fischer mit denen der Reedereien aufeinander."
    ),
    NonEventRow(
        "ne03", "Protestes", "Andere Formen des Protestes: Einige Bauern blockierten mit Traktoren die Zufahrt."
    ),
    NonEventRow("ne04", "Widerstands", "Jede Art des Widerstands wurde von der Junta brutal unterdrückt."),
    NonEventRow(
        "ne05",
        "warfen",
        "In den meisten Fällen warfen die Milizen den Dorfbewohnern vor, mit der Armee zusammengearbeitet zu haben.",
    ),
    NonEventRow("ne06", "festgenommen", "In der Regel werden die Schmuggler an der Grenze festgenommen."),
    NonEventRow("ne07", "untersagt", "Der Ausnahmezustand untersagt Kundgebungen mit mehr als zehn Teilnehmern."),
    NonEventRow("ne08", "Strafe", "Der Stürmer erhielt in der zweiten Halbzeit eine Strafe."),
]

COUNTS = [
    # the casualty verb is the toll of the attack noun whose "bei" phrase a relative clause interrupts
    CountRow(
        "c01",
        "ASSAULT",
        1,
        "Nach Angaben der Armee wurden bei einem Überfall auf einen Kontrollposten, welcher sich nahe der Grenze "
        "befindet, acht Polizisten getötet.",
    ),
    CountRow(
        "c02",
        "ASSAULT",
        1,
        "Am Montag wurden bei einem Anschlag in Kandahar, der einem Markt galt, 14 Menschen getötet.",
    ),
    # a real ban told with the state of emergency stays
    CountRow(
        "c03",
        "COERCE",
        2,
        "Die Regierung verhängte am Dienstag den Ausnahmezustand und untersagte alle Kundgebungen.",
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


def test_quoted_group_name_after_article() -> None:
    """ "der „Arbeitskreis Asyl“": a quoted name that opens with a group noun after an article is one organisation,
    and it accuses (not the dative "der Polizei" after it)."""
    rows = event_rows(
        TABLE_LEAD + "Darüber hinaus wirft der „Arbeitskreis Asyl“ der Polizei vor, Absprachen gebrochen zu haben.",
        published="2026-11-10",
    )
    accuse = [r for r in rows if r[1] == "ACCUSE"]
    assert accuse and accuse[0][2] == ["Arbeitskreis Asyl"], rows


def test_compared_name_is_no_target() -> None:
    """ "der ebenso wie der Anführer X verurteilt wurde": X is compared, not the one sentenced here."""
    doc = chronik.analyze(
        TABLE_LEAD + "Dem Angeklagten Brenner, der ebenso wie der Anführer Harald Quast zu neun Jahren Haft verurteilt "
        "wurde, wird zudem Erpressung vorgeworfen.",
        published="2026-11-10",
    )
    names = {e.id: e.name for e in doc.entities}
    ev = event_at(doc, "verurteilt")
    assert "Harald Quast" not in [names[x] for x in ev.source + ev.target]


def test_year_after_von_dates_the_noun() -> None:
    """ "als Verstoß gegen das Grenzabkommen von 2005": the year is the agreement's, not the accusation's."""
    doc = chronik.analyze(
        TABLE_LEAD + "Der Präsident bezeichnete den Einmarsch als Verstoß gegen das Grenzabkommen von 2005.",
        published="2026-11-10",
    )
    assert event_at(doc, "bezeichnete").date != "2005"
