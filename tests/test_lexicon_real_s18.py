"""Eighteenth session, trigger lexicon across the 80 real Wikinews articles of the review sets and audits 27/28:
families of German news vocabulary whose gold events had no output or the wrong type. Proceedings started by
"einleiten" (also the loanword "Impeachmentverfahren"), "in Gang setzen/bringen", "eröffnen" or told by the noun
("die Einleitung eines Verfahrens", "die Strafanzeige des X") are ACCUSE; "Übergriff", "Attacke", "Bluttat",
"Tötungsdelikt" and "Kommandoaktion" are attacks and "Polizeiaktion" a police operation; staying away from a ceremony
or a vote ("fernbleiben") is a boycott; police cordoning off streets ("absperren") is COERCE like "abriegeln"; a
sentence "zum Tod" is COERCE; excluding a party "von der Wahl" is a sanction, not a coalition ruled out; offering
"den Abschluss eines Abkommens" is an offer to agree; a court's ruling announced with a colon ("hat entschieden: …")
whose content denies a party an act ("… können X nicht belangen") finds against it. Negative rows keep the figurative
and private readings (a verbal attack, an overreach of powers, a "Vergewaltigung" of norms, a road closed after an
accident, staying away when ill). All sentences are invented."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    table_params,
)

EVENTS = [
    # proceedings started: the loanword, "in Gang setzen/bringen", "eröffnen", and the nominal "Einleitung"
    TableRow(
        "pr01",
        "eingeleitet",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Abgeordneten der Opposition haben ein Impeachmentverfahren gegen Präsident Ivo Marek eingeleitet.",
    ),
    TableRow(
        "pr02",
        "setzen",
        "ACCUSE",
        "planned",
        None,
        None,
        "Die Senatoren wollen am Dienstag ein Amtsenthebungsverfahren gegen die Gouverneurin in Gang setzen.",
    ),
    TableRow(
        "pr03",
        "brachte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Der Landtag brachte im Frühjahr ein Disziplinarverfahren gegen den Polizeipräsidenten in Gang.",
    ),
    TableRow(
        "pr04",
        "eröffnete",
        "ACCUSE",
        "asserted",
        ["Staatsanwaltschaft"],
        None,
        "Die Staatsanwaltschaft eröffnete am Montag ein Verfahren gegen den früheren Landrat.",
    ),
    TableRow(
        "pr05",
        "Einleitung",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die abgehörten Telefonate führten zur Einleitung eines Verfahrens durch die Bundesanwaltschaft.",
    ),
    # the nominal next to an investigation of another body in the same clause: two acts
    TableRow(
        "pr07",
        "Einleitung",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Funde führten zur Einleitung eines Verfahrens durch die Bundesanwaltschaft sowie zu Ermittlungen "
        "durch die Kölner Polizei.",
    ),
    TableRow(
        "pr06",
        "Strafanzeige",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Strafanzeige des Tierschutzvereins richtet sich gegen den Betreiber des Schlachthofs.",
    ),
    # attacks told by nouns
    TableRow(
        "as01",
        "Übergriff",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Vor der Synagoge hat es am Sonntag einen Übergriff auf zwei Besucher gegeben.",
    ),
    TableRow(
        "as02",
        "Polizeiübergriff",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Ein Passant filmte am Rande der Kundgebung einen Polizeiübergriff auf einen Fotografen.",
    ),
    TableRow(
        "as03",
        "Attacke",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Bei einer Attacke auf ein Flüchtlingsheim in Sachsen wurden zwei Bewohner verletzt.",
    ),
    TableRow(
        "as04",
        "Bluttat",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Die Bluttat in dem Dorf bei Graz hat das ganze Land erschüttert.",
    ),
    TableRow(
        "as05",
        "Tötungsdelikt",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Die Mordkommission geht bei dem Toten im Stadtpark von einem Tötungsdelikt aus.",
    ),
    TableRow(
        "as06",
        "Kommandoaktion",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Bei einer Kommandoaktion der Rebellen auf einen Stützpunkt der Armee starben drei Wachleute.",
    ),
    # a police operation told by its noun
    TableRow(
        "co01",
        "Polizeiaktion",
        "COERCE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei führte am Donnerstag eine großangelegte Polizeiaktion gegen die Schleuserbanden durch.",
    ),
    # a cordon by police
    TableRow(
        "co02",
        "sperrte",
        "COERCE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei sperrte vor dem Gipfel alle Straßen rund um das Regierungsviertel ab.",
    ),
    TableRow(
        "co03",
        "abgesperrt",
        "COERCE",
        "asserted",
        None,
        None,
        "Am Abend wurden die Zufahrten zum Parlament von Sicherheitskräften abgesperrt.",
    ),
    # a death sentence
    TableRow(
        "co04",
        "verurteilt",
        "COERCE",
        "asserted",
        None,
        None,
        "Die drei Oppositionellen waren im Frühjahr zum Tod durch Erhängen verurteilt worden.",
    ),
    # condemning a death is no death sentence: ACCUSE stays
    TableRow(
        "co05",
        "verurteilte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Der Präsident verurteilte den Tod des Journalisten als feigen Mord.",
    ),
    # excluded from an election: a sanction, not a coalition ruled out (the compound "-bündnis" is the party)
    TableRow(
        "sa01",
        "auszuschließen",
        "SANCTION",
        None,
        None,
        None,
        "Die Wahlkommission entschied, das Wahlbündnis der Opposition von der Parlamentswahl auszuschließen.",
    ),
    # staying away as a boycott
    TableRow(
        "bo01",
        "fernbleiben",
        "PROTEST",
        "planned",
        None,
        None,
        "Die Opposition will der Vereidigung des neuen Präsidenten am Freitag fernbleiben.",
    ),
    TableRow(
        "bo02",
        "blieben",
        "PROTEST",
        "asserted",
        None,
        None,
        "Die Abgeordneten der Grünen blieben der Abstimmung über das Haushaltsgesetz fern.",
    ),
    # an offer to conclude an agreement
    TableRow(
        "ag01",
        "angeboten",
        "AGREE",
        "asserted",
        None,
        None,
        "Die Regierung hatte den Rebellen im Herbst den Abschluss eines Friedensvertrags angeboten.",
    ),
    # a ruling announced with a colon whose content denies a party an act
    TableRow(
        "ru01",
        "entschieden",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Das Oberlandesgericht hat entschieden: Der Vermieter kann die Mieter nicht zur Räumung zwingen.",
    ),
]

NON_EVENTS = [
    # a verbal attack in a debate
    NonEventRow("ne01", "Attacken", "Der Fraktionschef ritt in seiner Rede scharfe Attacken gegen die Ministerin."),
    # an overreach of powers
    NonEventRow("ne02", "Übergriff", "Die Länder verurteilten den Übergriff des Bundes auf ihre Zuständigkeiten."),
    # a figure of speech for breaking norms
    NonEventRow("ne03", "Vergewaltigung", "Der Verband nannte das neue Gesetz eine Vergewaltigung der Verfassung."),
    # a road closed after an accident, or by the fire brigade
    NonEventRow("ne04", "sperrte", "Nach dem Unfall sperrte die Polizei die Autobahn für drei Stunden ab."),
    NonEventRow("ne05", "sperrte", "Die Feuerwehr sperrte das Gelände um die brennende Scheune ab."),
    # staying away when ill
    NonEventRow("ne06", "blieb", "Der Minister blieb der Kabinettssitzung wegen einer Erkrankung fern."),
    # a conviction for a killing names the charge, no new attack
    NonEventRow("ne07", "Tötungsdelikts", "Der Mann wurde wegen eines Tötungsdelikts zu zwölf Jahren Haft verurteilt."),
    # setting a debate in motion starts no proceedings
    NonEventRow("ne08", "setzte", "Der Bericht setzte eine Debatte über die Reform der Pflege in Gang."),
    # "Einleitung" of waste water or of a book
    NonEventRow("ne09", "Einleitung", "Die Einleitung von Abwässern in den Fluss ist seit Jahren verboten."),
    # a board deciding that a firm cannot do something is no court's ruling; a passive "kann nicht" names no party
    NonEventRow("ne10", "entschieden", "Der Vorstand hat entschieden: Die Firma kann die Löhne nicht erhöhen."),
    NonEventRow("ne11", "entschied", "Das Verwaltungsgericht entschied, dass die Wahl nicht wiederholt werden kann."),
]


@pytest.mark.parametrize("row", table_params(EVENTS, ()))
def test_events(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENTS, ()))
def test_non_events(row: NonEventRow) -> None:
    check_no_event(row)
