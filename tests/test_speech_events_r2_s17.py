"""Speech acts whose content is the event, from the real-news audits 27/28 (seventeenth session, round 2), tested with
invented sentences: force announced in what is said (THREATEN on the speech verb), an assurance of a step to come
(AGREE), a judgment that denounces an act (ACCUSE), a refusal to take part (REJECT), a demand with no addressee
("es müsse … geben"), pointing to failings, and acts told under an attribution ("X zufolge", "nach Angaben")."""

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

EVENT_ROWS = [
    # force announced in the content of a speech verb is a threat by the speaker
    TableRow(
        "threat-stuermen",
        "kündigte",
        "THREATEN",
        "asserted",
        ["Hamas"],
        None,
        "Ein Sprecher der Hamas kündigte an, die Kämpfer würden weitere Stützpunkte stürmen.",
    ),
    TableRow(
        "threat-toeten",
        "erklärt",
        "THREATEN",
        "asserted",
        ["Ahmed Sultan"],
        None,
        "Der Rebellenführer Ahmed Sultan hatte erklärt, die Milizen würden in Mali französische Soldaten töten.",
    ),
    TableRow(
        "threat-apposition",
        "erklärt",
        "THREATEN",
        None,
        ["Ahmed Sultan"],
        None,
        "Vor einer Woche hatte ein Kommandeur der Miliz, Ahmed Sultan, erklärt, seine Kämpfer würden die Kaserne "
        "angreifen.",
    ),
    TableRow(
        "threat-plane-operationen",
        "erklärte",
        "THREATEN",
        None,
        ["Michel Barnier"],
        ["Mali"],
        "Der französische Premierminister Michel Barnier erklärte, sein Land plane militärische Operationen gegen "
        "Mali.",
    ),
    TableRow(
        "threat-plane-luftangriffe",
        "sagte",
        "THREATEN",
        None,
        None,
        ["Syrien"],
        "Der belgische Premierminister Alexander De Croo sagte, sein Land plane Luftangriffe gegen Syrien.",
    ),
    TableRow(
        "threat-crackdown",
        "kündigte",
        "THREATEN",
        None,
        ["Marek Nowak"],
        None,
        "Der polnische Innenminister Marek Nowak kündigte an, man werde hart gegen die Schmugglerbanden durchgreifen.",
    ),
    TableRow(
        "threat-zu-infinitive",
        "angekündigt",
        "THREATEN",
        "asserted",
        None,
        None,
        "Nationalistische Gruppen in Serbien hatten angekündigt, den Marsch gewaltsam anzugreifen, falls er "
        "stattfinde.",
    ),
    TableRow(
        "threat-zurueckerobern",
        "kündigte",
        "THREATEN",
        None,
        None,
        None,
        "Die Regierung in Caracas kündigte an, sie werde die Provinz militärisch zurückerobern.",
    ),
    # an assurance of a step still to come is a pledge
    TableRow(
        "pledge-versichern",
        "versicherte",
        "AGREE",
        None,
        ["William Ruto"],
        None,
        "Der kenianische Präsident William Ruto versicherte, die Pilger würden geschützt.",
    ),
    TableRow(
        "pledge-garantieren",
        "garantierte",
        "AGREE",
        None,
        None,
        None,
        "Die Regierung Perus garantierte, dass die Wahl frei und fair sein werde.",
    ),
    # a content clause that denounces an act or its doer
    TableRow(
        "judgment-schande",
        "sagte",
        "ACCUSE",
        None,
        ["Amy Klobuchar"],
        None,
        "Die Senatorin Amy Klobuchar sagte, die Entscheidung des Gouverneurs sei „eine Schande“.",
    ),
    TableRow(
        "judgment-wuerde",
        "schrieb",
        "ACCUSE",
        None,
        None,
        ["Polen"],
        "Der Außenminister Sergej Lawrow schrieb, der Schritt Polens sei unter der Würde eines EU-Staates.",
    ),
    TableRow(
        "judgment-keine-rechtfertigung",
        "erwiderte",
        "ACCUSE",
        None,
        ["Rafael Correa"],
        None,
        "Der Präsident Rafael Correa erwiderte: „Es gibt keine Rechtfertigung für den Überfall auf unsere "
        "Grenzposten.“",
    ),
    TableRow(
        "judgment-nicht-hinnehmbar",
        "erklärte",
        "ACCUSE",
        None,
        None,
        ["Russland"],
        "Der Kanzler Olaf Scholz erklärte, das Vorgehen Russlands sei nicht hinnehmbar.",
    ),
    TableRow(
        "judgment-conditional",
        "schrieb",
        "ACCUSE",
        None,
        ["Amy Klobuchar"],
        ["Ungarn"],
        "Die Senatorin Amy Klobuchar schrieb auf Twitter, wenn Ungarn die Einreise der Abgeordneten verbiete, wäre das "
        "„ein beschämender Schritt“.",
    ),
    TableRow(
        "judgment-zeichen-schwaeche",
        "getwittert",
        "ACCUSE",
        None,
        ["Jair Bolsonaro"],
        None,
        "Der Präsident Jair Bolsonaro hatte getwittert, es sei „ein Zeichen von Schwäche“, die Flüchtlinge ins Land zu "
        "lassen.",
    ),
    TableRow(
        "judgment-schwerer-fehler",
        "sagte",
        "ACCUSE",
        None,
        ["Karl Berger"],
        None,
        "Der Minister Karl Berger sagte, das sei ein schwerer Fehler gewesen.",
    ),
    TableRow(
        "judgment-victim-no-target",
        "erklärte",
        "ACCUSE",
        None,
        None,
        [],
        "Das Urteil gegen Nawalny sei „ein Skandal“, erklärte die Bundesregierung.",
    ),
    TableRow(
        "judgment-verhoehnung",
        "nannte",
        "ACCUSE",
        None,
        None,
        None,
        "Die Opposition nannte das Urteil eine „Verhöhnung der Opfer“.",
    ),
    # refusing to take part, in what is said
    TableRow(
        "refusal-direct",
        "erklärte",
        "REJECT",
        None,
        ["Frank Meier"],
        None,
        "Der Außenminister Frank Meier erklärte: „Wir werden uns nicht an dieser Mission in Mali beteiligen.“",
    ),
    TableRow(
        "refusal-indirect",
        "sagte",
        "REJECT",
        None,
        ["Mette Frederiksen"],
        None,
        "Die Ministerpräsidentin Mette Frederiksen sagte, man werde bei der Militärmission im Sahel nicht mitmachen.",
    ),
    # a demand with no addressee
    TableRow(
        "demand-es-muesse-geben",
        "erklärte",
        "REQUEST",
        None,
        ["Keir Starmer"],
        None,
        "Der Oppositionsführer Keir Starmer erklärte, es müsse jetzt Neuwahlen geben.",
    ),
    TableRow(
        "demand-nun-muesse-es",
        "sagte",
        "REQUEST",
        None,
        None,
        None,
        "Die Grünen-Chefin Ricarda Lang sagte, nun müsse es eine unabhängige Untersuchung geben.",
    ),
    # a comma between a noun's adjectives opens no clause ("für" stays with "ausgesprochen")
    TableRow(
        "adjective-comma",
        "ausgesprochen",
        "SUPPORT",
        None,
        ["Meg Whitman"],
        None,
        "Die Botschafterin der Vereinigten Staaten in Kenia, Meg Whitman, hat sich für eine rasche, friedliche Lösung "
        "des Konflikts ausgesprochen.",
    ),
    # pointing to failings blames whoever is answerable
    TableRow(
        "hinweisen-versaeumnisse",
        "wies",
        "ACCUSE",
        None,
        ["Jan Kowalski"],
        None,
        "Der Oppositionsführer Jan Kowalski wies auf Versäumnisse der Regierung hin.",
    ),
    # acts told under an attribution are events of their own
    TableRow(
        "zufolge-verb",
        "griffen",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Augenzeugen zufolge griffen Soldaten das Dorf an.",
    ),
    TableRow(
        "zufolge-gefangen",
        "nahmen",
        "COERCE",
        None,
        None,
        None,
        "Der Polizei zufolge nahmen Grenzschützer drei Schmuggler gefangen.",
    ),
    TableRow(
        "angaben-gefangen-genommen",
        "genommen",
        "COERCE",
        "asserted",
        None,
        None,
        "Nach Angaben des Polizeichefs von Herat wurden zwölf entflohene Gefangene gefangen genommen.",
    ),
    TableRow(
        "angaben-in-die-luft",
        "geschossen",
        "COERCE",
        "asserted",
        None,
        None,
        "Nach Angaben von Anwohnern haben Polizisten in die Luft geschossen, um die Menge zu vertreiben.",
    ),
]

NON_EVENT_ROWS = [
    # the force announced is the threat's content
    NonEventRow(
        "threat-content-stuermen",
        "stürmen",
        "Ein Sprecher der Hamas kündigte an, die Kämpfer würden weitere Stützpunkte stürmen.",
    ),
    NonEventRow(
        "threat-content-toeten",
        "töten",
        "Der Rebellenführer Ahmed Sultan hatte erklärt, die Milizen würden in Mali französische Soldaten töten.",
    ),
    # an assured fact, a plain statement, a concern, a judgment denied: no event
    NonEventRow(
        "assured-fact",
        "versicherte",
        "Der kenianische Präsident William Ruto versicherte, die Lage in Nairobi sei ruhig.",
    ),
    NonEventRow(
        "plain-statement",
        "sagte",
        "Der Bürgermeister Hans Maier sagte, das Treffen mit Frankreich sei gut verlaufen.",
    ),
    NonEventRow(
        "concern",
        "sagte",
        "Der Minister Karl Berger sagte, die Lage in Syrien sei besorgniserregend.",
    ),
    NonEventRow(
        "judgment-denied",
        "sagte",
        "Der Minister Karl Berger sagte, die Entscheidung des Senats sei keine Schande.",
    ),
    NonEventRow(
        "condition-no-judgment",
        "schrieb",
        "Die Senatorin Amy Klobuchar schrieb, wenn es regne, werde das Fest in der Halle gefeiert.",
    ),
    NonEventRow(
        "wait-and-see",
        "sagte",
        "Der Minister Karl Berger sagte, es müsse abgewartet werden.",
    ),
    NonEventRow(
        "taking-part",
        "erklärte",
        "Der Außenminister Frank Meier erklärte, man werde sich an der Mission in Mali beteiligen.",
    ),
    NonEventRow(
        "hinweisen-gefahr",
        "wies",
        "Der Wetterdienst wies auf die Gefahr von Glatteis hin.",
    ),
    NonEventRow(
        "nehmen-mit",
        "nahmen",
        "Die Gefangenen nahmen ihre Sachen mit.",
    ),
    NonEventRow(
        "feuerwerk",
        "schossen",
        "Bei der Hochzeit in Herat schossen die Gäste Feuerwerk in die Luft.",
    ),
]

# announcements that are no threat by the speaker
COUNT_ROWS = [
    CountRow(
        "warning-of-another", "THREATEN", 0, "Der US-Präsident Joe Biden sagte, Russland werde die Ukraine angreifen."
    ),
    CountRow("no-attack", "THREATEN", 0, "Der Minister Karl Berger kündigte an, die Armee werde nicht angreifen."),
    CountRow(
        "no-force",
        "THREATEN",
        0,
        "Der Minister Karl Berger kündigte an, die Regierung werde die Grenzkontrollen verstärken.",
    ),
    CountRow(
        "past-attack", "THREATEN", 0, "Die Ministerin Anna Kovac sagte, die Soldaten hätten das Dorf angegriffen."
    ),
    CountRow(
        "confiscation",
        "THREATEN",
        0,
        "Der Minister Karl Berger kündigte an, man werde das Vermögen der Oligarchen beschlagnahmen.",
    ),
    CountRow(
        "past-zu-infinitive",
        "THREATEN",
        0,
        "Die Regierung Serbiens erklärte, die Gruppen angegriffen zu haben, sei eine Lüge.",
    ),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_speech_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_speech_non_event(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize("row", table_params(COUNT_ROWS, {}))
def test_speech_no_threat(row: CountRow) -> None:
    check_count(row)
