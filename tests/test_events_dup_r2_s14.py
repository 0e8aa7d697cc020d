"""Fourteenth session (duplicates, spurious content, dates): one act told by a lead noun and then by a verb of the same
or the next sentence gives one event; the act a speaker denies and the penalty a law provides are no events, an
attack only prepared is planned (the alleged act done, a mood with no object and a vote count stay open, xfail); a
month in a threat lies ahead, a weekday of a past-tense speech verb lies back, and "tags darauf" counts from the day
in focus. All sentences are invented; the rows were written before chronik was run on them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_docs import (
    TABLE_LEAD,
    CountRow,
    NonEventRow,
    TableRow,
    check_count,
    check_no_event,
    check_table_row,
    event_rows,
)
from tests.timex_docs import tag

# (1) one act told twice: a lead noun, then a verb of the same sentence or the next one
DUPLICATES = [
    CountRow(
        "du01",
        "PROTEST",
        1,
        "Bei Kundgebungen gegen die Rentenreform ist es am Samstag in Lyon zu heftigen Krawallen gekommen.",
    ),
    CountRow(
        "du03",
        "AGREE",
        1,
        "Unter Vermittlung Katars haben sich Israel und die Hamas auf eine Feuerpause geeinigt. Unterhändler beider "
        "Seiten unterzeichneten am Sonntag in Doha ein entsprechendes Dokument.",
    ),
    CountRow(
        "du04",
        "SANCTION",
        1,
        "Großbritannien hat neue Sanktionen gegen den Iran verhängt. Das Außenministerium in London verhängte am "
        "Montag Reiseverbote gegen sieben Kommandeure.",
    ),
    CountRow(
        "du09",
        "PROTEST",
        1,
        "Bei Demonstrationen gegen die Wahlfälschung ist es in Tiflis zu schweren Tumulten gekommen.",
    ),
    CountRow(
        "du13",
        "PROTEST",
        1,
        "Bei Protesten gegen die Schließung einer Zeche ist es in Kattowitz zu Krawallen gekommen.",
    ),
    CountRow(
        "du15",
        "SANCTION",
        1,
        "Japan hat Sanktionen gegen Nordkorea verhängt. Das Kabinett in Tokio beschloss am Freitag Kontosperren "
        "gegen vier Banken.",
    ),
    # (sixteenth session, round 2: this row asserted two events before; the lead's perfect and the measures the next
    # sentence's past names are one act, as blind audits 18 o2, 22 s3 and 26 w3 count them — `retold_types`)
    CountRow(
        "du11",
        "SANCTION",
        1,
        "Kanada hat Sanktionen gegen Belarus verhängt. Die Regierung in Ottawa beschloss am Montag Einreisesperren "
        "gegen zwölf Richter.",
    ),
]

# a lead noun and the verb of the next sentence are two mentions: issue 7 and the guide ask for one record per
# event mention, and the held-out gold counts both (merging them lost a test-split gold event)
TWO_MENTIONS = [
    CountRow(
        "du12",
        "ASSAULT",
        2,
        "Knapp eine Woche nach der Entführung eines Journalisten in Haiti ist der Mann wieder frei.\n\nEine Bande "
        "hatte den Reporter am Montag in Port-au-Prince verschleppt.",
    ),
    CountRow(
        "du08",
        "ASSAULT",
        2,
        "Nach dem Abschuss eines Kampfjets hat die Türkei den syrischen Botschafter einbestellt.\n\nDie syrische "
        "Luftabwehr hatte das Flugzeug am Freitag über der Provinz Idlib abgeschossen.",
    ),
    CountRow(
        "du02",
        "ACCUSE",
        2,
        "Scharfe Kritik kam von den Grünen. Die Fraktionschefin Lena Brandt warf dem Innenminister vor, die Polizei "
        "kaputtzusparen.",
    ),
    CountRow(
        "du05",
        "PROTEST",
        2,
        "Ein Streik der Fluglotsen hat am Montag den Flugverkehr in Frankreich lahmgelegt. Die Lotsen legten ab sechs "
        "Uhr die Arbeit nieder.",
    ),
    CountRow(
        "du06",
        "AGREE",
        2,
        "Nach wochenlangem Streit gibt es eine Einigung im Tarifkonflikt der Piloten. Die Lufthansa und die "
        "Vereinigung Cockpit einigten sich am Freitag auf höhere Gehälter.",
    ),
    CountRow(
        "du10",
        "ACCUSE",
        2,
        "Heftige Kritik kam aus der Wirtschaft. Der Industrieverband BDI warf der Bundesregierung vor, die "
        "Energiepreise nicht zu senken.",
    ),
    CountRow(
        "du14",
        "ACCUSE",
        2,
        "Kritik kam auch vom Bauernverband. Dessen Präsident Georg Huber warf der Ministerin vor, die Landwirte im "
        "Stich zu lassen.",
    ),
]

# two acts: other actors, another party or another kind of act
DISTINCT = [
    CountRow(
        "dk01",
        "SANCTION",
        2,
        "Die EU hat neue Sanktionen gegen Russland verhängt. Die USA verhängten am selben Tag Strafmaßnahmen gegen "
        "den Iran.",
    ),
    CountRow(
        "dk02",
        "ACCUSE",
        2,
        "Die Grünen übten scharfe Kritik an dem Gesetz. Die FDP warf der Regierung zudem Wortbruch vor.",
    ),
    CountRow(
        "dk03",
        "AGREE",
        2,
        "Deutschland und Frankreich haben eine Vereinbarung über Rüstungsexporte geschlossen. Am Mittwoch "
        "unterzeichneten Spanien und Italien ein Abkommen über die Fischerei.",
    ),
    CountRow(
        "dk04",
        "PROTEST",
        2,
        "Tausende demonstrierten am Samstag in Madrid gegen die Regierung. In Barcelona streikten zugleich die "
        "Hafenarbeiter.",
    ),
]

# (2) the alleged act inside an accusation is not asserted
ACCUSED_CONTENT = [
    NonEventRow(
        "ac01",
        "Brandanschläge",
        "Die Staatsanwaltschaft wirft den drei Männern vor, Brandanschläge auf Funkmasten geplant zu haben.",
    ),
    NonEventRow(
        "ac02",
        "attackiert",
        "Die Gewerkschaft warf der Polizei vor, streikende Arbeiter mit Pfefferspray attackiert zu haben.",
    ),
    NonEventRow(
        "ac03",
        "erschossen",
        "Die Anklage beschuldigt den Soldaten, einen Grenzbeamten in Narva erschossen zu haben.",
    ),
    NonEventRow(
        "ac04",
        "Sprengstoffanschläge",
        "Die Ermittler werfen der Gruppe vor, Sprengstoffanschläge auf Bahnanlagen vorbereitet zu haben.",
    ),
    NonEventRow(
        "ac05",
        "geschlagen",
        "Die Anwälte warfen den Beamten vor, ihren Mandanten bei der Festnahme geschlagen zu haben.",
    ),
    NonEventRow(
        "ac06",
        "angegriffen",
        "Die Bürgerinitiative warf den Ordnern vor, Journalisten vor der Halle angegriffen zu haben.",
    ),
]

ACCUSED_CONTROLS = [
    TableRow(
        "acc1",
        "wirft",
        "ACCUSE",
        None,
        None,
        None,
        "Die Staatsanwaltschaft wirft den drei Männern vor, Brandanschläge auf Funkmasten geplant zu haben.",
    ),
    TableRow(
        "acc2",
        "festgenommen",
        "COERCE",
        None,
        None,
        None,
        "Die Polizei hat am Montag in Hamburg drei Männer festgenommen. Die Staatsanwaltschaft wirft ihnen vor, "
        "Anschläge auf Bahnanlagen geplant zu haben.",
    ),
]

# the act a speaker denies is no asserted event
DENIED = [
    ("dn01", "verlegt", "Moskau bestreitet, Soldaten in die Grenzregion verlegt zu haben."),
    ("dn02", "beschossen", "Die Armee bestritt am Dienstag, Wohnviertel in der Stadt beschossen zu haben."),
    ("dn03", "verhaftet", "Die Regierung in Minsk bestreitet, Journalisten willkürlich verhaftet zu haben."),
    ("dn04", "angegriffen", "Die Miliz leugnet, das Dorf im Norden angegriffen zu haben."),
    ("dn05", "entführt", "Die Rebellen dementierten, die Touristen entführt zu haben."),
    ("dn06", "bombardiert", "Die Luftwaffe bestreitet, ein Krankenhaus in der Region bombardiert zu haben."),
    ("dn07", "abgeschoben", "Das Innenministerium bestritt, Flüchtlinge in die Wüste abgeschoben zu haben."),
]

DENIED_CONTROLS = [
    TableRow(
        "dnc1",
        "bestreitet",
        "REJECT",
        None,
        None,
        None,
        "Moskau bestreitet, Soldaten in die Grenzregion verlegt zu haben.",
    ),
]

# what a law provides is no act
LAW_CONTENT = [
    NonEventRow(
        "lw01",
        "verbietet",
        "Der Bundestag hat am Freitag ein Gesetz beschlossen, das Demonstrationen vor Kliniken verbietet.",
    ),
    NonEventRow(
        "lw02",
        "stellt",
        "Das Parlament in Tiflis verabschiedete ein Gesetz, das ausländische Stiftungen unter Kontrolle des "
        "Justizministeriums stellt.",
    ),
    NonEventRow("lw03", "drohen", "Bei Verstößen drohen den Betreibern Bußgelder von bis zu 5000 Euro."),
    NonEventRow("lw04", "Schließung", "Bei Verstößen gegen die Auflagen droht den Clubs die Schließung."),
    NonEventRow(
        "lw05",
        "untersagt",
        "Die Verordnung, die Versammlungen von mehr als zehn Personen untersagt, tritt am Montag in Kraft.",
    ),
    NonEventRow("lw06", "Haftstrafen", "Bei Zuwiderhandlung drohen Haftstrafen von bis zu zwei Jahren."),
    NonEventRow(
        "lw08",
        "enteignet",
        "Die Kammer billigte ein Gesetz, das Wohnungskonzerne mit mehr als 3000 Wohnungen enteignet.",
    ),
    NonEventRow(
        "lw07",
        "Verbot",
        "Vereine müssen künftig ihre Spender offenlegen; bei Verstößen drohen Geldbußen oder ein Verbot.",
    ),
]

LAW_CONTROLS = [
    TableRow(
        "lwc1", "verbot", "COERCE", None, None, None, "Die Regierung verbot am Montag alle Versammlungen in Minsk."
    ),
    TableRow(
        "lwc2",
        "drohte",
        "THREATEN",
        None,
        None,
        None,
        "Die EU-Kommission drohte Polen am Montag mit Geldstrafen.",
    ),
]

# a mood shown with no object, and a vote count, are no acts between actors
MOOD_AND_VOTES = [
    NonEventRow("mv01", "zeigte", "Der Bürgermeister von Kassel zeigte sich verärgert."),
    NonEventRow("mv02", "zeigte", "Die Kanzlerin zeigte sich am Abend sichtlich enttäuscht."),
    NonEventRow("mv03", "stimmten", "Für den Antrag stimmten 412 Abgeordnete, 180 stimmten dagegen."),
    NonEventRow("mv04", "stimmten", "Für den Haushalt stimmten am Dienstag 58 Senatoren."),
    NonEventRow("mv05", "votierten", "Gegen das Gesetz votierten 87 Parlamentarier."),
]

MOOD_CONTROLS = [
    TableRow(
        "mvc1",
        "zeigte",
        "ACCUSE",
        None,
        None,
        None,
        "Die Ministerin zeigte sich empört über die Entscheidung des Gerichts.",
    ),
]


@pytest.mark.parametrize("row", DUPLICATES + TWO_MENTIONS + DISTINCT, ids=lambda r: r.id)
def test_one_act_one_event(row: CountRow) -> None:
    check_count(row)


# A violent act done, in an accusation's zu-infinitive, stays an ASSAULT by the tenth session's convention
# (``alleged_fact_types``: "warf ihm vor, den Polizisten geschlagen zu haben", test_triggers_r10.py), which the events
# test split also follows; audit 21 counts such an act as not asserted (r6 "angegriffen zu haben"). Left to the lead.
CONVENTION = pytest.mark.xfail(reason="alleged_fact_types: an alleged violent act stays ASSAULT (tenth session)")
DONE_ASSAULTS = {"ac02", "ac03", "ac05", "ac06"}
# an attack only planned or prepared in an accusation: kept as an ASSAULT but planned, not asserted (see the tests
# below); the rows assert no event and so stay open
PREPARED = {"ac01", "ac04"}
OPEN = pytest.mark.xfail(reason="not done this session: a mood with no object, a vote count")
NOT_DONE = {"mv01", "mv02", "mv03", "mv04", "mv05"}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=CONVENTION) if r.id in DONE_ASSAULTS else r for r in ACCUSED_CONTENT if r.id not in PREPARED]
    + LAW_CONTENT
    + [pytest.param(r, marks=OPEN) if r.id in NOT_DONE else r for r in MOOD_AND_VOTES],
    ids=lambda r: r.id,
)
def test_no_event(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize("row", ACCUSED_CONTROLS + DENIED_CONTROLS + LAW_CONTROLS + MOOD_CONTROLS, ids=lambda r: r.id)
def test_control_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", [r for r in ACCUSED_CONTENT if r.id in PREPARED], ids=lambda r: r.id)
def test_prepared_attack_is_planned(row: NonEventRow) -> None:
    rows = event_rows(TABLE_LEAD + row.text, published="2026-11-10")
    assert all(r[0] != row.trigger or r[5] == "planned" for r in rows), f"{row.id}: {rows}"


@pytest.mark.parametrize("row", DENIED, ids=lambda r: r[0])
def test_denied_act_not_asserted(row: tuple[str, str, str]) -> None:
    rid, trigger, text = row
    rows = event_rows(TABLE_LEAD + text, published="2026-11-10")
    assert all(r[0] != trigger or r[5] != "asserted" for r in rows), f"{rid}: {rows}"


# (3) dates: (publication date, text, phrase, value)
TU = date(2026, 11, 3)  # a Tuesday
TH = date(2026, 11, 12)  # a Thursday
TU2 = date(2026, 11, 17)  # a Tuesday
MO = date(2026, 11, 23)  # a Monday
DATES = [
    ("dt01", TU, "Die Gewerkschaft drohte mit neuen Arbeitsniederlegungen im Dezember.", "Dezember", "2026-12"),
    ("dt02", TH, "Die Piloten drohten am Mittwoch mit einem Ausstand im Januar.", "Januar", "2027-01"),
    ("dt03", TH, "Der Bauernverband kündigte Proteste im Februar an.", "Februar", "2027-02"),
    ("dt04", TH, "Die Proteste im Oktober waren friedlich verlaufen.", "Oktober", "2026-10"),
    (
        "dt05",
        TU2,
        "Werde die Regierung bis Freitag nicht handeln, werde man klagen, kündigte der Verband am Montag an.",
        "Montag",
        "2026-11-16",
    ),
    (
        "dt06",
        TH,
        "Falls bis Freitag keine Einigung gelingt, wird gestreikt, drohte die Gewerkschaft am Mittwoch.",
        "Mittwoch",
        "2026-11-11",
    ),
    (
        "dt07",
        TH,
        "Sollte der Konzern bis Sonntag nicht einlenken, werde man die Werke besetzen, kündigte der Betriebsrat am "
        "Dienstag an.",
        "Dienstag",
        "2026-11-10",
    ),
    (
        "dt09",
        TU2,
        "Sollte die Stadt bis Sonntag nicht zahlen, werde man die Müllabfuhr einstellen, kündigte Karl Berger, Chef "
        "der Stadtwerke Bonn, am Montag an.",
        "Montag",
        "2026-11-16",
    ),
    (
        "dt08",
        MO,
        "Die Küstenwache hatte am Freitag mitgeteilt, der Frachter sei in der Nacht zuvor in die Hoheitsgewässer "
        "eingedrungen. Die Reederei bestreitet das.\n\nDie Regierung protestierte tags darauf bei der Botschaft.",
        "tags darauf",
        "2026-11-21",
    ),
]


@pytest.mark.parametrize("row", DATES, ids=lambda r: r[0])
def test_dates(row: tuple[str, date, str, str, str]) -> None:
    rid, dct, text, phrase, value = row
    found = [(t, v) for t, _, v in tag(text, dct) if phrase in t]
    assert found and found[0][1] == value, f"{rid}: {tag(text, dct)}"
