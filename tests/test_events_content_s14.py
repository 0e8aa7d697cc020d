"""Events carried by content clauses (fourteenth session): court rulings whose dass or Konjunktiv clause finds a law,
measure or party in breach of the law, allegations told only in the content of a neutral speech verb, rejections in a
relative clause after the rejected offer, and two participles on one auxiliary that tell one act.

Invented sentences, one table: invented sentence → trigger, type, modality, source, target. ``None`` = not checked
(an actor the entity recogniser names otherwise, not part of the construction).
"""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import TABLE_LEAD, check_no_event, check_table_row, event_rows
from tests.event_docs import NonEventRow as Neg
from tests.event_docs import TableRow as Row

A, N, P, H = "asserted", "negated", "planned", "hypothetical"


# fmt: off
# A court that finds, in the content clause of its ruling verb, that a law, measure or party breaks the law accuses
# that party (ACCUSE/disapprove, the blind audits' first choice; REJECT stays for "für verfassungswidrig erklären",
# "kippen", "wies die Klage ab").
RULINGS = [
    Row("entschied_dass_verstoss", "entschied", "ACCUSE", A, None, None,
        "Das Bundesverfassungsgericht entschied am Dienstag, dass das Wahlrecht Thüringens gegen das Grundgesetz "
        "verstößt."),
    Row("urteilten_rechtswidrig", "urteilten", "ACCUSE", A, None, None,
        "Die Richterinnen und Richter in Leipzig urteilten, dass die Abschiebung des Syrers rechtswidrig gewesen sei."),
    Row("stellte_fest_eu_recht", "stellte", "ACCUSE", A, None, ["Polen"],
        "Der Europäische Gerichtshof stellte am Donnerstag fest, dass Polen mit seiner Justizreform gegen EU-Recht "
        "verstoßen hat."),
    Row("entschied_unzulaessig", "entschied", "ACCUSE", A, None, None,
        "Das Oberste Gericht Brasiliens entschied, dass die Sperrung der Plattform unzulässig war."),
    Row("urteilte_unrechtmaessig", "urteilte", "ACCUSE", A, None, None,
        "Der Verwaltungsgerichtshof in Wien urteilte am Montag, dass die Ausweisung der Journalistin unrechtmäßig "
        "gewesen sei."),
    Row("stellte_fest_pflichten_verletzt", "stellte", "ACCUSE", A, None, ["Serbien"],
        "Der Internationale Gerichtshof stellte fest, dass Serbien seine Pflichten aus der Konvention verletzt habe."),
    Row("entschieden_recht_verletzt", "entschieden", "ACCUSE", A, None, ["Russland"],
        "Die Richter in Straßburg haben entschieden, dass Russland das Recht auf ein faires Verfahren verletzt hat."),
    Row("urteilte_verfassungswidrig_dass", "urteilte", "ACCUSE", A, None, None,
        "Das Landesverfassungsgericht urteilte, dass das Versammlungsverbot der Stadtverwaltung "
        "verfassungswidrig war."),
    Row("entschied_zu_unrecht", "entschied", "ACCUSE", A, None, ["Italien"],
        "Der Gerichtshof der Europäischen Union entschied am Mittwoch, dass Italien die Beihilfen für seine Fluglinie "
        "zu Unrecht gezahlt hat."),
    Row("stellte_fest_unwirksam", "stellte", "ACCUSE", A, None, None,
        "Das Bundesarbeitsgericht stellte fest, dass die Kündigung des Betriebsrats unwirksam ist."),
    Row("befand_nicht_rechtens", "befand", "ACCUSE", A, None, None,
        "Das Verfassungsgericht Rumäniens befand, dass die Annullierung der Abstimmung nicht rechtens war."),
    Row("urteilten_konjunktiv", "urteilten", "ACCUSE", A, None, None,
        "Die Richter am Oberlandesgericht urteilten, die Durchsuchung der Redaktion sei rechtswidrig gewesen."),
    Row("entschied_nachgestellt", "entschied", "ACCUSE", A, None, None,
        "Die Ausweisung des Reporters sei rechtswidrig gewesen, entschied das Verwaltungsgericht in Köln."),
    Row("menschenrechte_tuerkei", "urteilte", "ACCUSE", A, None, ["Türkei"],
        "Der Europäische Gerichtshof für Menschenrechte urteilte, dass die Türkei die Meinungsfreiheit eines "
        "Kolumnisten verletzt habe."),
    Row("stellte_fest_sprachgesetz", "stellte", "ACCUSE", A, None, None,
        "Das Verfassungsgericht in Kiew stellte fest, dass das Sprachengesetz teilweise gegen die Verfassung "
        "verstößt."),
    Row("bgh_klauseln_unwirksam", "urteilte", "ACCUSE", A, None, None,
        "Der Bundesgerichtshof urteilte am Donnerstag, dass die Klauseln der Sparkasse unwirksam sind."),
    Row("landesadjektiv_ziel", "entschied", "ACCUSE", A, None, ["Polen"],
        "Die Regierung Polens kündigte eine Stellungnahme an. Der Europäische Gerichtshof entschied am Donnerstag, "
        "dass die polnische Justizreform gegen EU-Recht verstößt."),
    Row("ortsadjektiv_ziel", "entschied", "ACCUSE", A, None, ["Salzburg"],
        "Salzburgs Landesregierung reagierte gelassen. Das Verwaltungsgericht entschied, dass die Salzburger "
        "Bettelverbote gegen die Grundrechte verstoßen."),
    # the court rulings the guide codes REJECT stay as they are
    Row("fuer_verfassungswidrig_erklaert", "erklärte", "REJECT", A, None, None,
        "Das Verfassungsgericht gab der Opposition recht und erklärte das Wahlgesetz für verfassungswidrig."),
    Row("klage_abgewiesen", "wies", "REJECT", A, None, None,
        "Das Oberlandesgericht wies die Klage der Stadt Bremen gegen den Bund ab."),
    Row("verbot_gekippt", "kippte", "REJECT", A, None, None,
        "Der Verfassungsgerichtshof kippte am Dienstag das Demonstrationsverbot der Landesregierung."),
]

NOT_RULINGS = [
    Neg("schiedsrichter_regeln", "entschied",
        "Der Schiedsrichter entschied, dass der Stürmer gegen die Regeln verstoßen hatte."),
    Neg("sportgericht_statuten", "urteilte",
        "Das Sportgericht des Fußballverbands urteilte, dass der Verein gegen die Statuten verstoßen hat."),
    Neg("jury_wettbewerb", "entschied",
        "Die Jury entschied, dass der Roman gegen die Regeln des Wettbewerbs verstieß."),
    Neg("gericht_termin", "entschied",
        "Das Gericht entschied, dass der Prozess im Januar fortgesetzt wird."),
    Neg("richter_tatzeit", "stellten",
        "Die Richter stellten fest, dass der Angeklagte zur Tatzeit in Hamburg war."),
    Neg("regierung_schulen", "entschied",
        "Die Regierung entschied am Montag, dass die Schulen geöffnet bleiben."),
    Neg("kommission_wasser", "stellte",
        "Die Kommission stellte fest, dass die Wasserqualität an allen Badestellen gut ist."),
    Neg("gericht_ob_offen", "entscheiden",
        "Das Gericht will am Freitag entscheiden, ob das Verbot rechtswidrig ist."),
    Neg("gericht_kein_verstoss", "entschied",
        "Das Verfassungsgericht entschied, dass das Mediengesetz nicht gegen die Verfassung verstößt."),
    Neg("richter_ob_auflagen", "entscheiden",
        "Die Richter müssen nun entscheiden, ob die Auflagen für die Kundgebung rechtswidrig sind."),
]

# An allegation told only in the content of a neutral speech verb ("erklärte, die Regierung habe die Wahl
# manipuliert") is the speaker's accusation of the content's subject: ACCUSE/allege on the verb of wrongdoing.
ALLEGATIONS = [
    Row("manipuliert_sagte", "manipuliert", "ACCUSE", A, ["Maria Kowalska"], None,
        "Die Regierung habe die Wahl manipuliert, sagte die Oppositionsführerin Maria Kowalska am Sonntag."),
    Row("gefaelscht_erklaerte", "gefälscht", "ACCUSE", A, ["Lukas Brandt"], None,
        "Der Oppositionsführer Lukas Brandt erklärte, die Wahlkommission habe Stimmzettel gefälscht."),
    Row("getaeuscht_verdi", "getäuscht", "ACCUSE", A, ["Verdi"], None,
        "Die Gewerkschaft Verdi teilte mit, der Konzern habe die Beschäftigten getäuscht."),
    Row("gefaelscht_georgien", "gefälscht", "ACCUSE", A, None, ["Russland"],
        "Das Außenministerium Georgiens erklärte, Russland habe die Ergebnisse der Abstimmung in Abchasien gefälscht."),
    Row("belogen_fraktionschef", "belogen", "ACCUSE", A, ["Tom Miller"], None,
        "Der Präsident habe die Öffentlichkeit belogen, sagte der Fraktionschef der Demokraten, Tom Miller."),
    Row("vertuscht_amnesty", "vertuscht", "ACCUSE", A, ["Amnesty International"], None,
        "Die Behörden hätten die wahren Opferzahlen vertuscht, erklärte Amnesty International."),
    Row("veruntreut_ti", "veruntreut", "ACCUSE", A, ["Transparency International"], None,
        "Transparency International erklärte, der Minister habe Steuergelder veruntreut."),
    Row("manipuliert_dass", "manipuliert", "ACCUSE", A, None, None,
        "Die Opposition in Georgien sagte am Montag, dass die Wahlbehörde die Auszählung manipuliert habe."),
    Row("bestochen_behauptete", "bestochen", "ACCUSE", A, ["Peter Novak"], None,
        "Der Abgeordnete Peter Novak behauptete, die Regierungspartei habe Wähler auf dem Land bestochen."),
    Row("unterschlagen_betonte", "unterschlagen", "ACCUSE", A, ["Anna Berger"], None,
        "Der frühere Schatzmeister habe Spenden in Millionenhöhe unterschlagen, betonte Parteichefin Anna Berger."),
    Row("verschleiert_kiew", "verschleiert", "ACCUSE", A, None, ["Russland"],
        "Die Regierung der Ukraine erklärte, Russland habe die Herkunft der Raketen verschleiert."),
    Row("gefaelscht_direkt", "gefälscht", "ACCUSE", A, ["Ivan Petrov"], None,
        "„Die Regierung hat die Wahl gefälscht“, sagte der Oppositionsführer Ivan Petrov."),
]

NOT_ALLEGATIONS = [
    Neg("nicht_manipuliert", "manipuliert",
        "Die Regierung habe die Wahl nicht manipuliert, sagte der Innenminister von Serbien."),
    Neg("nicht_vertuscht", "vertuscht",
        "Der Minister sagte, die Behörden hätten den Vorfall nicht vertuscht."),
    Neg("eingestanden_wir", "verschleiert",
        "„Wir haben die Kosten des Projekts lange verschleiert“, räumte der Verkehrsminister von Polen ein."),
    Neg("sich_getaeuscht", "getäuscht",
        "Die Regierung habe sich in der Frage der Zölle getäuscht, sagte der Parteichef der Liberalen, Jan Novak."),
    Neg("bestochene_attribut", "bestochener",
        "Die Ermittler sagten, die Bande habe mit Hilfe bestochener Zöllner Waffen über die Grenze gebracht."),
    Neg("gefaelschte_paesse", "gefälschte",
        "Die Polizei fand bei dem Mann gefälschte Pässe, sagte ein Sprecher."),
    Neg("erzaehlt_2019", "manipuliert",
        "Im Jahr 2019 hatten Beamte in Moldau die Wahlergebnisse manipuliert."),
    Neg("gewonnen_info", "gewonnen",
        "Die Regierungspartei habe die Wahl klar gewonnen, sagte der Präsident von Serbien."),
    Neg("manipuliert_vorwurf", "manipuliert",
        "Die Regierung wies den Vorwurf zurück, sie habe die Wahl manipuliert."),
]

# A rejection in a relative clause after the offer or proposal it rejects ("ein Angebot, das die Gewerkschaft
# verworfen habe").
RELATIVE_REJECTIONS = [
    Row("kompromiss_verworfen", "verworfen", "REJECT", A, None, None,
        "Die Regierung habe der Opposition einen Kompromiss angeboten, den diese jedoch verworfen habe, sagte der "
        "Sprecher."),
    Row("angebot_verworfen_ig_metall", "verworfen", "REJECT", A, ["IG Metall"], None,
        "Der Konzern verwies auf ein Angebot, das die IG Metall am Freitag verworfen hatte."),
    Row("offerte_ausgeschlagen", "ausschlug", "REJECT", A, ["Russland"], None,
        "Die Ukraine unterbreitete eine Offerte, die Russland umgehend ausschlug."),
    Row("entwurf_verworfen", "verworfen", "REJECT", A, None, None,
        "Es war bereits der dritte Entwurf, den das Parlament Litauens verworfen hat."),
    Row("einladung_ausgeschlagen", "ausgeschlagen", "REJECT", A, ["Nordkorea"], None,
        "Seoul erneuerte die Einladung, die Nordkorea im Frühjahr ausgeschlagen hatte."),
]

NOT_RELATIVE_REJECTIONS = [
    Neg("theorie_verworfen", "verworfen",
        "Die Forscher stützen sich auf eine Theorie, die andere längst verworfen haben."),
    Neg("angebot_geprueft", "geprüft",
        "Der Konzern verwies auf ein Angebot, das die Gewerkschaft sorgfältig geprüft hatte."),
]
# fmt: on


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in RULINGS + ALLEGATIONS + RELATIVE_REJECTIONS])
def test_content_event(row: Row) -> None:
    check_table_row(row)


@pytest.mark.parametrize(
    "row", [pytest.param(r, id=r.id) for r in NOT_RULINGS + NOT_ALLEGATIONS + NOT_RELATIVE_REJECTIONS]
)
def test_not_a_content_event(row: Neg) -> None:
    check_no_event(row)


def test_ruling_dated_by_its_own_clause() -> None:
    """The ruling takes the day of the clause that tells it, not a date of its content."""
    text = (
        TABLE_LEAD + "Das Verwaltungsgericht Köln entschied am Montag, dass die Ausweisung des Reporters im Juli "
        "rechtswidrig war."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    ruling = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "entschied"]
    assert ruling and ruling[0].date == "2026-11-09", [
        (doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events
    ]


def test_allegation_dated_by_its_speech_verb() -> None:
    """An accusation in the content of a speech verb is made on the day the speaker speaks, not on the alleged act's."""
    text = (
        TABLE_LEAD
        + "Die Wahlkommission habe schon im Sommer Stimmzettel gefälscht, sagte Oppositionschef Jan Kovac am "
        "Sonntag."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    accusation = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "gefälscht"]
    assert accusation and accusation[0].date == "2026-11-08", [
        (doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events
    ]


def test_ruling_told_again_with_its_reasons_is_one_event() -> None:
    """The lead codes the ruling; the next sentence's ruling verb with the reasons tells the same act again."""
    text = (
        TABLE_LEAD + "Der Europäische Gerichtshof für Menschenrechte hat Georgien wegen der Haft eines Bloggers "
        "verurteilt. Die Haft habe gegen das Recht auf ein faires Verfahren verstoßen, urteilten die Richter am "
        "Donnerstag."
    )
    rows = [r for r in event_rows(text, published="2026-11-10") if r[1] == "ACCUSE"]
    assert [r[0] for r in rows] == ["verurteilt"], rows


ACCUSED_ONCE = [
    ("vorwerfen_konjunktiv", "Die Opposition warf der Regierung vor, sie habe die Wahl manipuliert."),
    ("kritisieren_dass", "Die Grünen kritisierten, dass der Konzern die Risiken der Anlage verschleiert habe."),
    (
        "vorwurf_dann_zitat",
        "Die Grünen-Politikerin Lena Hofer warf dem Bürgermeister vor, er habe die Stadt in die Pleite getrieben. "
        "„Dieser Mann hat die Bürger jahrelang getäuscht“, sagte Lena Hofer im Stadtrat.",
    ),
    ("vorwurf_noun", "Die Gewerkschaft erhob den Vorwurf, die Geschäftsführung habe die Belegschaft getäuscht."),
]


@pytest.mark.parametrize(("name", "text"), ACCUSED_ONCE, ids=[r[0] for r in ACCUSED_ONCE])
def test_accusation_verb_codes_its_allegation_once(name: str, text: str) -> None:
    """An accusing verb or noun already codes the accusation; the wrongdoing in its content is no second one."""
    rows = [r for r in event_rows(TABLE_LEAD + text, published="2026-11-10") if r[1] == "ACCUSE"]
    assert len(rows) == 1, f"{name}: {rows}"


# Two participles on one auxiliary that tell one act of the same kind and mode give one event; two kinds of act keep
# two.
ONE_ACT = [
    (
        "kabel_feuer",
        ("durchtrennt", "gelegt"),
        "Unbekannte hätten in der Nacht Stromkabel an einem Bahnhof durchtrennt und Feuer gelegt, teilte die "
        "Polizei mit.",
    ),
    (
        "leitung_brandsatz",
        ("durchtrennt", "gelegt"),
        "Saboteure haben an einem Funkmast Leitungen durchtrennt und Brandsätze gelegt.",
    ),
]

TWO_ACTS = [
    (
        "festgenommen_durchsucht",
        ("festgenommen", "durchsucht"),
        "Die Polizei hat am Morgen drei Männer festgenommen und mehrere Wohnungen durchsucht.",
    ),
    (
        "ausgewiesen_sanktionen",
        ("ausgewiesen", "Sanktionen"),
        "Die Regierung Litauens hat den Botschafter Russlands ausgewiesen und Sanktionen verhängt.",
    ),
    (
        "brandsatz_dann_feuer",
        ("gelegt", "angezündet"),
        "Die Täter hätten zuerst einen Sprengsatz gelegt und danach zwei Fahrzeuge der Polizei angezündet.",
    ),
]


@pytest.mark.parametrize(("name", "triggers", "text"), ONE_ACT, ids=[r[0] for r in ONE_ACT])
def test_one_act_on_two_participles(name: str, triggers: tuple[str, str], text: str) -> None:
    rows = [r for r in event_rows(TABLE_LEAD + text, published="2026-11-10") if r[0] in triggers]
    assert len(rows) == 1, f"{name}: {rows}"


@pytest.mark.parametrize(("name", "triggers", "text"), TWO_ACTS, ids=[r[0] for r in TWO_ACTS])
def test_two_acts_on_two_participles(name: str, triggers: tuple[str, str], text: str) -> None:
    rows = [r for r in event_rows(TABLE_LEAD + text, published="2026-11-10") if r[0] in triggers]
    assert sorted(r[0] for r in rows) == sorted(triggers), f"{name}: {rows}"
