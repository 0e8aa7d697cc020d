"""Armed conflict and security, fifteenth session (practice audit tests/data/practice/2026-12-06-conflict):
constructions chronik missed there, each tested with invented sentences of other words. An armed group named in a
hyphen compound whose front is a name of several words ("die Boko-Haram-Miliz"); a country's ministry after the
country's Saxon genitive ("Ägyptens Außenministerium verurteilte …"); an attack noun in the "mit" PP of a verb of
dealing with a matter ("will sich mit dem Angriff befassen"); a state or its capital reacting with an act ("Moskau
reagierte mit Drohungen"); weapons handed over with "überlassen"/"übergeben"; aid convoys and flights suspended; and a
bare military or transitional government after such a body was named with its country, in a text filed from a third
country."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, event_at, event_rows

P = "planned"
A = "asserted"

ROWS: list[TableRow] = [
    # --- an armed group in a hyphen compound whose front is a several-word name: the group acts
    TableRow(
        "grp1",
        "Angriff",
        "ASSAULT",
        A,
        ["Boko Haram"],
        None,
        "Bei einem Angriff der Boko-Haram-Miliz auf eine Schule nahe Maiduguri starben drei Lehrer.",
    ),
    TableRow(
        "grp2",
        "griff",
        "ASSAULT",
        A,
        ["Al-Shabaab"],
        None,
        "Die Al-Schabaab-Miliz griff am Montag einen Stützpunkt der Armee bei Baidoa an.",
    ),
    TableRow(
        "grp3",
        "Überfall",
        "ASSAULT",
        A,
        ["Boko Haram"],
        None,
        "Nach einem Überfall der islamistischen Boko-Haram-Gruppe auf einen Markt wurden zwölf Tote geborgen.",
    ),
    # --- a ministry after its country's Saxon genitive: the country acts, the ministry is no target
    TableRow(
        "min1",
        "verurteilte",
        "ACCUSE",
        A,
        ["Ägypten"],
        [],
        "Ägyptens Außenministerium verurteilte den Beschuss scharf.",
    ),
    TableRow(
        "min2",
        "forderte",
        "REQUEST",
        A,
        ["Brasilien"],
        [],
        "Brasiliens Außenministerium forderte eine unabhängige Untersuchung.",
    ),
    TableRow(
        "min3",
        "kritisierte",
        "ACCUSE",
        A,
        ["Japan"],
        None,
        "Japans Verteidigungsministerium kritisierte den jüngsten Raketentest scharf.",
    ),
    # --- a state or its capital reacting "mit" an act: the state does that act
    TableRow(
        "rea1",
        "Drohungen",
        "THREATEN",
        A,
        ["Teheran"],
        None,
        "Teheran reagierte mit Drohungen auf die neuen Sanktionen.",
    ),
    TableRow(
        "rea2",
        "Luftangriffen",
        "ASSAULT",
        A,
        ["Pakistan"],
        None,
        "Pakistan reagierte in der Nacht mit Luftangriffen auf Stellungen in der Grenzregion.",
    ),
    TableRow(
        "rea3",
        "Kritik",
        "ACCUSE",
        A,
        ["Venezuela"],
        None,
        "Venezuela reagierte mit scharfer Kritik auf die Entscheidung.",
    ),
    # --- weapons handed over: military aid
    TableRow(
        "arm1",
        "überlassen",
        "AID",
        P,
        ["Polen"],
        ["Ukraine"],
        "Polen will der Ukraine zwölf Kampfpanzer überlassen.",
    ),
    TableRow(
        "arm2",
        "übergaben",
        "AID",
        A,
        ["Niederlande"],
        None,
        "Die Niederlande übergaben der ukrainischen Armee am Montag 18 Haubitzen.",
    ),
    TableRow(
        "arm3",
        "überlässt",
        "AID",
        None,
        ["Kanada"],
        None,
        "Kanada überlässt der Ukraine zwei Flugabwehrsysteme vom Typ Nasams.",
    ),
    # --- aid convoys and flights suspended: discontinued aid
    TableRow(
        "sus1",
        "setzte",
        "SANCTION",
        A,
        ["Welternährungsprogramm"],
        None,
        "Das Welternährungsprogramm setzte seine Hilfskonvois in den Norden Malis vorerst aus.",
    ),
    TableRow(
        "sus2",
        "stellten",
        "SANCTION",
        A,
        ["Vereinte Nationen"],
        None,
        "Die Vereinten Nationen stellten die Hilfsflüge in die umkämpfte Provinz am Dienstag ein.",
    ),
]

NON_EVENTS: list[NonEventRow] = [
    # the matter a body deals with is an event told before, not a new one
    NonEventRow("deal1", "Raketenangriff", "Der Sicherheitsrat will sich morgen mit dem Raketenangriff befassen."),
    NonEventRow("deal2", "Geiselnahme", "Das Parlament beschäftigte sich am Dienstag mit der Geiselnahme."),
    NonEventRow("deal3", "Anschlägen", "Ein Ausschuss soll sich mit den Anschlägen auf Polizeiwachen befassen."),
    # handing over things that are no weapons is no aid
    NonEventRow("arm-no1", "überließ", "Die Regierung überließ die Entscheidung dem Parlament."),
    NonEventRow("arm-no2", "übergab", "Der Bürgermeister übergab den Schlüssel der Stadt an den Gast."),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_conflict_event_rows(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", NON_EVENTS, ids=[r.id for r in NON_EVENTS])
def test_conflict_non_events(row: NonEventRow) -> None:
    check_no_event(row)


def test_dealing_with_an_attack_stays_a_meeting() -> None:
    rows = event_rows("Der UN-Sicherheitsrat will sich am Freitag in einer Sondersitzung mit dem Anschlag befassen.")
    assert [r[1] for r in rows] == ["CONSULT"]


def _source_countries(text: str, trigger: str, published: str = "2026-11-10") -> list[str | None]:
    doc = chronik.analyze(text, published=published)
    ents = {e.id: e for e in doc.entities}
    return [ents[x].country for x in event_at(doc, trigger).source]


def test_bare_military_government_keeps_the_country_named_before_not_the_datelines() -> None:
    # talks abroad: the dateline is the venue, the military government is the one named with its country before
    text = (
        "Gespräche in Doha\nDOHA (dpa) – Sudans Militärregierung und die RSF-Miliz haben in Doha eine Feuerpause "
        "vereinbart. Beide Seiten wollen Gefangene austauschen. Die Militärregierung wies Berichte über Angriffe auf "
        "Flüchtlingslager zurück."
    )
    assert _source_countries(text, "wies") == ["SDN"]


def test_bare_junta_after_a_transitional_government_named_with_its_country() -> None:
    text = (
        "Treffen in Algier\nALGIER (AFP) – Malis Übergangsregierung und Vertreter der Tuareg-Rebellen trafen sich am "
        "Montag in Algier. Das algerische Außenministerium hatte zu dem Treffen eingeladen. Die Junta lehnte einen "
        "Abzug ihrer Truppen aus Kidal dennoch ab."
    )
    assert _source_countries(text, "lehnte") == ["MLI"]


def test_bare_police_without_a_ruling_body_before_stays_with_the_dateline() -> None:
    text = "Festnahmen\nATHEN (dpa) – Die Polizei nahm am Montag drei mutmaßliche Schleuser fest."
    assert _source_countries(text, "nahm") == ["GRC"]
