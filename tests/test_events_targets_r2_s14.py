"""Event targets, fourteenth session (round 2): the origin PP of a recall that names a capital, the author of a
definite claim or statement object ("wies den Anspruch zurück", "nannte die Erklärung …"), an object pronoun for
the person named in the first conjunct, the implied addressee of a demand in a second conjunct, capitals after
"die Regierungen in", envoys of "der drei Länder", a dative organisation, "den Staat", the party of a threatened
act before the actor of its condition; no target from a speaker of a passive report, the source's own government,
or a mediator in an attributive participle (invented mini-articles, one per row)."""

from __future__ import annotations

import pytest

from tests.event_docs import TableRow, check_table_row

R = TableRow

# A: "zog seinen Botschafter aus <Hauptstadt> ab": the capital stands for its state, the one sanctioned
ORIGIN_CAPITAL = [
    R(
        "A1",
        "zurückgerufen",
        "SANCTION",
        None,
        None,
        ["Minsk"],
        "Estland hat seinen Botschafter aus Minsk zurückgerufen.",
    ),
    R(
        "A2",
        "rief",
        "SANCTION",
        None,
        ["Dänemark"],
        ["Teheran"],
        "Nach der Festnahme eines Reporters rief Dänemark seine Botschafterin aus Teheran zurück.",
    ),
    R(
        "A3",
        "abgezogen",
        "SANCTION",
        None,
        None,
        ["Caracas"],
        "Peru und Chile haben nach der umstrittenen Abstimmung ihre Botschafter aus Caracas abgezogen.",
    ),
    R(
        "A4",
        "zogen",
        "SANCTION",
        None,
        None,
        ["Venezuela"],
        "Venezuela hat die Wahl erneut verschoben. Daraufhin zogen Peru und Chile ihre Botschafter aus Caracas ab.",
    ),
    R(
        "A5",
        "zurückgerufen",
        "SANCTION",
        None,
        ["Ghana"],
        ["Abuja"],
        "Ghana hat am Dienstag seinen Botschafter aus Abuja zurückgerufen.",
    ),
    R(
        "A6",
        "zurückgerufen",
        "SANCTION",
        None,
        None,
        ["Niger"],
        "Niger hat Soldaten an die Grenze verlegt. Benin und Togo haben ihre Diplomaten aus Niamey zurückgerufen.",
    ),
    R(
        "A7",
        "zurückgerufen",
        "SANCTION",
        None,
        ["Litauen"],
        ["Peking"],
        "Litauen hat seine Botschafterin aus Peking zurückgerufen.",
    ),
    R(
        "A8",
        "abgezogen",
        "SANCTION",
        None,
        ["Marokko"],
        ["Algier"],
        "Marokko hat nach dem Streit um die Grenze seinen Botschafter aus Algier abgezogen.",
    ),
    R(
        "A9",
        "zurückgerufen",
        "SANCTION",
        None,
        ["Schweden"],
        ["Ankara"],
        "Schweden hat seinen Botschafter am Freitag zu Konsultationen aus Ankara zurückgerufen.",
    ),
]

# B: a definite noun for a claim, statement or threat just reported: its author is the target
CLAIM_AUTHOR = [
    R(
        "B1",
        "wies",
        "REJECT",
        None,
        None,
        ["Carlos Mendes"],
        "Oppositionsführer Carlos Mendes hatte sich am Sonntag zum Sieger erklärt. „Wir haben gewonnen“, sagte "
        "Mendes vor Anhängern. Die Regierung wies den Anspruch zurück.",
    ),
    R(
        "B2",
        "wies",
        "REJECT",
        None,
        ["Olga Petrowa"],
        ["Jan Novak"],
        "Bürgermeister Jan Novak drohte am Montag mit der Schließung des Flughafens. Verkehrsministerin Olga "
        "Petrowa wies die Drohung zurück.",
    ),
    R(
        "B3",
        "nannte",
        "ACCUSE",
        None,
        None,
        ["Alberto Ruiz"],
        "Präsident Alberto Ruiz erklärte die Abstimmung am Sonntag für ungültig. Oppositionschefin Lucía Gómez "
        "nannte die Erklärung „verfassungswidrig“.",
    ),
    R(
        "B4",
        "wies",
        "REJECT",
        None,
        ["Kiew"],
        ["Moskau"],
        "Moskau behauptete am Montag, ukrainische Drohnen hätten ein Öldepot angegriffen. Kiew wies die "
        "Darstellung zurück.",
    ),
    R(
        "B5",
        "wiesen",
        "REJECT",
        None,
        None,
        ["Armee"],
        "Die Soldaten hätten nur auf Angreifer geschossen, teilte die Armee mit. Die Rebellen wiesen die "
        "Darstellung zurück.",
    ),
    R(
        "B6",
        "kritisierte",
        "ACCUSE",
        None,
        ["EU-Kommission"],
        ["Ungarn"],
        "Ungarn hatte am Montag erklärt, keine Flüchtlinge aufzunehmen. Die Europäische Kommission kritisierte die "
        "Äußerung scharf.",
    ),
    R(
        "B7",
        "wies",
        "REJECT",
        None,
        None,
        ["Polizei"],
        "Die Polizei hatte von Angriffen auf Beamte gesprochen. Der Verband wies die Darstellung der Polizei zurück.",
    ),
    R(
        "B8",
        "lehnte",
        "REJECT",
        None,
        ["Lufthansa"],
        ["Verdi"],
        "Die Gewerkschaft Verdi drohte am Montag mit einem unbefristeten Streik. Die Lufthansa lehnte das "
        "Ultimatum ab.",
    ),
    R(
        "B9",
        "wies",
        "REJECT",
        None,
        ["Serbien"],
        ["Kosovo"],
        "Kosovo hatte am Montag erklärt, serbische Polizisten hätten die Grenze überschritten. Serbien wies die "
        "Darstellung am Dienstag zurück.",
    ),
    R(
        "B10",
        "bestritt",
        "REJECT",
        None,
        ["Armee"],
        ["Human Rights Watch"],
        "Human Rights Watch erklärte, Soldaten hätten Zivilisten erschossen. Die Armee bestritt die Angaben.",
    ),
    R(
        "B11",
        "wies",
        "REJECT",
        None,
        ["Kreml"],
        ["Wolodymyr Selenskyj"],
        "Wolodymyr Selenskyj hatte Russland am Sonntag mit einem Gegenangriff gedroht. Der Kreml wies die Drohung "
        "zurück.",
    ),
    R(
        "B12",
        "nannte",
        "ACCUSE",
        None,
        ["Olaf Scholz"],
        ["Viktor Orbán"],
        "Viktor Orbán hatte die Sanktionen für gescheitert erklärt. Olaf Scholz nannte die Äußerung "
        "„unverantwortlich“.",
    ),
]

CLAIM_AUTHOR.append(
    R(
        "B13",
        "nannte",
        "ACCUSE",
        None,
        ["Sergio Pinto"],
        ["Rafael Duarte"],
        "Rafael Duarte rief sich am Abend zum Präsidenten aus. „Das Land gehört uns“, sagte Duarte. Die Regierung "
        "wies den Anspruch zurück. Justizminister Sergio Pinto nannte die Erklärung „absurd“.",
    )
)

# C: "…, und forderte sie auf": the person the first conjunct named
OBJECT_PRONOUN = [
    R(
        "C1",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Peter Lindner"],
        "Das Außenministerium erklärte den Diplomaten Peter Lindner zur unerwünschten Person und forderte ihn auf, "
        "das Land binnen 48 Stunden zu verlassen.",
    ),
    R(
        "C2",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Helga Brandt"],
        "Die Regierung in Minsk erklärte die Botschafterin Helga Brandt zur unerwünschten Person und forderte sie "
        "auf, Belarus zu verlassen.",
    ),
    R(
        "C3",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Tomas Kairys"],
        "Die Regierung in Minsk wies den Konsul Tomas Kairys aus. Sie forderte ihn auf, Belarus bis Freitag zu "
        "verlassen.",
    ),
    R(
        "C4",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Maria Novak"],
        "Die Polizei hielt die Aktivistin Maria Novak am Hafen fest und forderte sie auf, das Gelände zu verlassen.",
    ),
    R(
        "C5",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Ali Rahimi"],
        "Das Außenministerium bestellte den Gesandten Ali Rahimi ein und forderte ihn auf, die Vorwürfe zu erklären.",
    ),
]

# D: "bestellte den Botschafter ein und verlangte eine Entschädigung": the demand goes to whom the first act did
CONJUNCT_DEMAND = [
    R(
        "D1",
        "verlangte",
        "REQUEST",
        None,
        None,
        ["Russland"],
        "Eine Drohne aus Russland stürzte am Montag bei Riga ab. Lettlands Außenminister Andris Ozols bestellte den "
        "russischen Botschafter ein und verlangte eine Entschädigung für die Schäden.",
    ),
    R(
        "D2",
        "forderte",
        "REQUEST",
        None,
        ["Ukraine"],
        ["Ungarn"],
        "Die Ukraine kritisierte Ungarn am Dienstag scharf und forderte eine Entschuldigung.",
    ),
    R(
        "D3",
        "verlangte",
        "REQUEST",
        None,
        ["Polen"],
        ["Belarus"],
        "Polen warf Belarus die Schleusung von Migranten vor und verlangte ein Ende der Flüge.",
    ),
    R(
        "D4",
        "forderte",
        "REQUEST",
        None,
        ["Frankreich"],
        ["Europäische Union"],
        "Frankreich kritisierte den Iran und forderte die Europäische Union auf, neue Sanktionen zu verhängen.",
    ),
    R(
        "D5",
        "verlangte",
        "REQUEST",
        None,
        None,
        ["China"],
        "Die Küstenwache Chinas hat ein japanisches Fischerboot festgesetzt. Japans Regierungssprecher Kenji Mori "
        "bestellte den chinesischen Botschafter ein und verlangte die Freigabe des Schiffes.",
    ),
    R(
        "D6",
        "forderten",
        "REQUEST",
        None,
        None,
        [],
        "Tausende Bauern blockierten am Montag die Autobahn und forderten höhere Preise.",
    ),
    R(
        "D7",
        "forderte",
        "REQUEST",
        None,
        ["Rumänien"],
        ["Republik Moldau"],
        "Rumänien verurteilte Moldau wegen der Festnahmen und forderte eine Erklärung.",
    ),
]

CONJUNCT_DEMAND.append(
    R(
        "D8",
        "rief",
        "REQUEST",
        None,
        None,
        [],
        "Die Gewerkschaft Verdi lehnte das Angebot der Lufthansa ab und rief für Freitag zu einem Warnstreik auf.",
    )
)

# E: "die Regierungen in X und Y": both capitals stand for their states
GOVERNMENTS_IN = [
    R(
        "E1",
        "riefen",
        "REQUEST",
        None,
        None,
        ["Kiew", "Moskau"],
        "Die Vereinten Nationen riefen die Regierungen in Kiew und Moskau auf, die Gespräche fortzusetzen.",
    ),
    R(
        "E2",
        "rief",
        "REQUEST",
        None,
        None,
        ["Jerewan", "Baku"],
        "Papst Leo rief die Regierungen in Jerewan und Baku zum Dialog auf.",
    ),
    R(
        "E3",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Belgrad"],
        "Die Europäische Union forderte die Regierung in Belgrad auf, die Proteste nicht zu behindern.",
    ),
    R(
        "E4",
        "warf",
        "ACCUSE",
        None,
        None,
        ["Khartum", "Juba"],
        "Die Afrikanische Union warf den Regierungen in Khartum und Juba vor, die Waffenruhe gebrochen zu haben.",
    ),
    R(
        "E5",
        "forderte",
        "REQUEST",
        None,
        None,
        ["Addis Abeba", "Asmara"],
        "Die Afrikanische Union forderte die Regierungen in Addis Abeba und Asmara auf, die Truppen abzuziehen.",
    ),
    R(
        "E6",
        "warf",
        "ACCUSE",
        None,
        None,
        ["Teheran"],
        "Die Europäische Union warf der Führung in Teheran vor, Drohnen an Russland geliefert zu haben.",
    ),
]

# F: "bestellte die Botschafter der drei Länder ein": the group of states named before
ENVOYS_OF_GROUP = [
    R(
        "F1",
        "bestellte",
        "ACCUSE",
        None,
        ["Russland"],
        ["Estland", "Lettland", "Litauen"],
        "Estland, Lettland und Litauen haben ihre Grenzen zu Belarus geschlossen. Russland bestellte am Freitag "
        "die Botschafter der drei Länder ein.",
    ),
    R(
        "F2",
        "bestellte",
        "ACCUSE",
        None,
        ["Marokko"],
        ["Spanien", "Portugal"],
        "Spanien und Portugal haben die Fischereirechte vor der Küste gekündigt. Marokko bestellte die "
        "Geschäftsträger der beiden Länder ein.",
    ),
    R(
        "F3",
        "bestellte",
        "ACCUSE",
        None,
        ["Kongo-Kinshasa"],
        ["Ruanda", "Uganda", "Burundi"],
        "Ruanda, Uganda und Burundi haben Truppen an die Grenze verlegt. Kongo bestellte die Vertreter der drei "
        "Staaten ein.",
    ),
    R(
        "F4",
        "bestellte",
        "ACCUSE",
        None,
        ["Iran"],
        ["Frankreich", "Vereinigtes Königreich", "Deutschland"],
        "Frankreich, Großbritannien und Deutschland haben neue Sanktionen verhängt. Der Iran bestellte die "
        "Botschafter der drei Länder ein.",
    ),
]

# G: a dative organisation of "ein Ultimatum stellen" after a subject with a title
DATIVE_ORG = [
    R(
        "G1",
        "Ultimatum|gestellt",
        "THREATEN",
        None,
        None,
        ["Deutsche Bahn"],
        "Der Landrat hat der Deutschen Bahn ein Ultimatum gestellt.",
    ),
    R(
        "G2",
        "Ultimatum|gestellt",
        "THREATEN",
        None,
        None,
        ["Bundesregierung"],
        "Wegen der überfüllten Unterkünfte hat der zuständige Oberbürgermeister der Bundesregierung ein Ultimatum "
        "gestellt.",
    ),
    R(
        "G3",
        "Ultimatum|gestellt",
        "THREATEN",
        None,
        None,
        ["EU-Kommission"],
        "Der polnische Agrarminister hat der Europäischen Kommission ein Ultimatum gestellt.",
    ),
]

# H: "den Staat" = the country the story is about
THE_STATE = [
    R(
        "H1",
        "verklagt",
        "ACCUSE",
        None,
        ["Greenpeace"],
        ["Polen"],
        "Polen hat die Förderung von Kohle erneut erhöht. Die Umweltorganisation Greenpeace hat den Staat deswegen "
        "verklagt.",
    ),
    R(
        "H2",
        "verklagt",
        "ACCUSE",
        None,
        None,
        ["Italien"],
        "Italien hat Hunderte Migranten auf See zurückgewiesen. Eine Hilfsorganisation hat den Staat deswegen "
        "verklagt.",
    ),
]

# I: a threat to withhold something from X unless Y acts: X is the target, not Y
THREAT_CONDITION = [
    R(
        "I1",
        "drohte",
        "THREATEN",
        None,
        None,
        ["Deutsche Bahn"],
        "Landrat Jörg Kaiser drohte damit, Zahlungen an die Deutsche Bahn zurückzuhalten, falls der Bund nicht "
        "einspringe.",
    ),
    R(
        "I2",
        "drohte",
        "THREATEN",
        None,
        ["Ungarn"],
        ["EU-Kommission"],
        "Ungarn drohte mit einem Veto, falls die Europäische Kommission die Gelder nicht freigebe.",
    ),
    R(
        "I3",
        "drohte",
        "THREATEN",
        None,
        ["Türkei"],
        ["Schweden"],
        "Die Türkei drohte, Schweden den Beitritt zu verweigern, falls die Europäische Union nicht einlenke.",
    ),
]

# J: no target from the speaker, the source's own government or a mediator
WRONG_CONTEXT = [
    R(
        "J1",
        "abgeschossen",
        "ASSAULT",
        None,
        None,
        [],
        "Das türkische Verteidigungsministerium erklärte am Montag, ein Kampfjet sei über der Grenze abgeschossen "
        "worden.",
    ),
    R(
        "J2",
        "bestreitet",
        "REJECT",
        None,
        ["Nicaragua"],
        ["Costa Rica"],
        "Die Regierung in Managua warf Costa Rica vor, Soldaten über die Grenze geschickt zu haben. Costa Rica "
        "erklärte, die Soldaten seien auf eigenem Gebiet geblieben. Nicaragua bestreitet das.",
    ),
    R(
        "J3",
        "aufgekündigt",
        "REJECT",
        None,
        ["Kolumbien"],
        [],
        "Kolumbien hatte 2019 ein von Kuba vermitteltes Abkommen mit den Rebellen aufgekündigt.",
    ),
    R(
        "J4",
        "aufgekündigt",
        "REJECT",
        None,
        None,
        [],
        "Die Regierung hatte im Frühjahr das von Norwegen vermittelte Friedensabkommen aufgekündigt.",
    ),
    R(
        "J5",
        "abgeschossen",
        "ASSAULT",
        None,
        None,
        [],
        "Das russische Militär teilte am Sonntag mit, drei Drohnen seien über der Krim abgeschossen worden.",
    ),
    R(
        "J6",
        "bestreitet",
        "REJECT",
        None,
        ["Ruanda"],
        ["Kongo-Kinshasa"],
        "Die Regierung in Kigali hatte Kongo Angriffe vorgeworfen. Kongo erklärte, seine Truppen hätten die Grenze "
        "nicht überschritten. Ruanda bestreitet das.",
    ),
    R(
        "J7",
        "kündigte",
        "REJECT",
        None,
        ["Mali"],
        [],
        "Mali kündigte ein von Algerien vermitteltes Abkommen mit Tuareg-Gruppen auf.",
    ),
]

WRONG_CONTEXT.append(
    R(
        "J8",
        "abgeschossen",
        "ASSAULT",
        None,
        None,
        [],
        "Das türkische Verteidigungsministerium hatte am Freitag erklärt, der Kampfjet sei nahe der Grenzstadt Kilis "
        "in den türkischen Luftraum eingedrungen und daraufhin abgeschossen worden.",
    )
)

ROWS = (
    ORIGIN_CAPITAL
    + CLAIM_AUTHOR
    + OBJECT_PRONOUN
    + CONJUNCT_DEMAND
    + GOVERNMENTS_IN
    + ENVOYS_OF_GROUP
    + DATIVE_ORG
    + THE_STATE
    + THREAT_CONDITION
    + WRONG_CONTEXT
)

# rows this round does not fix, each with the reason (strict: a row that starts passing must leave this list)
XFAIL: dict[str, str] = {
    "E3": "a singular 'die Regierung in Belgrad' keeps the generic 'Regierung' entity beside its capital (older rule)",
    "H2": "'den Staat' is resolved only for a named subject; an unnamed 'Eine Hilfsorganisation' leaves no source",
    "J8": "the subjectless passive tail after a reported clause opened by an article is joined to the speech clause "
    "(_main_clause reads the article as a relative pronoun); telling them apart by the tag broke relative clauses",
}


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in ROWS])
def test_target_row(row: TableRow, request: pytest.FixtureRequest) -> None:
    if row.id in XFAIL:
        request.applymarker(pytest.mark.xfail(reason=XFAIL[row.id], strict=True))
    check_table_row(row)
