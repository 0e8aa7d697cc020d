"""Event sources and quote speakers as a class (fourteenth session, second round): invented news items.

The rows were written before the code was run. The constructions: the subject shared by a second verb after "und"
(also when the second verb takes a zu-infinitive: "… und kündigte an, … zu verlegen"); a dative object or the accused
party of "entziehen"/"vorwerfen" behind a fronted subject, which is never the source; a country-adjective title as
subject ("Der kenianische Präsident"); a group named only inside a compound ("Hamas-Kämpfer"); the announcer of his
own supporters' protest ("kündigte an, seine Anhänger würden …"); the subject of "rief beide Seiten … auf" kept out
of the targets. Quote speakers: a party epithet ("sagte der SPD-Politiker") agrees in gender with the person it
refers to; "ein Sprecher" (indefinite) is a new speaker; "hieß es in einer Erklärung" never takes a person who was
only an object of the sentence before.
"""

from __future__ import annotations

import pytest

from tests.event_docs import TableRow as Row
from tests.event_docs import check_table_row, table_params
from tests.quote_docs import analyzed, speaker_name

# fmt: off
SECOND_VERB = [
    Row("lobte_und_kuendigte_verlegen", "verlegen", "MOBILIZE", None, ["Litauen"], None,
        "Litauen lobte die Entscheidung der Nato und kündigte an, weitere 800 Soldaten an die Grenze zu verlegen."),
    Row("einbestellen_und_sperren", "sperrte", "SANCTION|COERCE", None, ["Polen"], None,
        "Polen bestellte den Botschafter von Belarus ein und sperrte den Grenzübergang Terespol für Lastwagen."),
    Row("aufrufen_und_anbieten_vermitteln", "vermitteln", "MEDIATE|CONSULT", None, ["Pieter Claes"], None,
        "Der Bürgermeister von Brügge, Pieter Claes, rief die Streikenden zur Ruhe auf und bot an, zwischen der "
        "Gewerkschaft und der Hafenverwaltung zu vermitteln."),
    Row("kritisieren_und_drohen", "drohte", "THREATEN", None, ["Serbien"], None,
        "Die Regierung Serbiens kritisierte den Beschluss scharf und drohte mit dem Abbruch der Gespräche."),
    Row("zurueckweisen_und_vorwerfen", "warf", "ACCUSE", None, ["Marokko"], ["Algerien"],
        "Marokko wies die Vorwürfe zurück und warf Algerien vor, die Separatisten mit Waffen zu versorgen."),
    Row("fronted_adverb_verurteilen_und_abziehen", "zog", "SANCTION|RETREAT", None, ["Chile"], None,
        "Am Montag verurteilte Chile den Putschversuch und zog seinen Botschafter aus La Paz ab."),
    Row("begruessen_und_ankuendigen_unterstuetzen", "unterstützen", "AID|SUPPORT", None, ["Schweden"], None,
        "Schweden begrüßte den Waffenstillstand und kündigte an, den Wiederaufbau der Schulen finanziell zu "
        "unterstützen."),
    Row("person_dankte_und_kuendigte_entsenden", "entsenden", "MOBILIZE|AID", None, ["Elena Varga"], None,
        "Verteidigungsministerin Elena Varga dankte den Helfern und kündigte an, 300 Soldaten in das "
        "Hochwassergebiet zu entsenden."),
    Row("org_zeigte_besorgt_und_forderte", "forderte", "REQUEST", None, ["Amnesty International"], None,
        "Amnesty International zeigte sich besorgt und forderte die Freilassung der inhaftierten Journalisten."),
    Row("ministry_named_city_second_verb", "verlegen", "MOBILIZE", None, None, None,
        "Das Verteidigungsministerium in Manila lobte die Küstenwache und kündigte an, zwei Fregatten in das "
        "Südchinesische Meer zu verlegen."),
    Row("verurteilen_und_einbestellen", "bestellte", "ACCUSE", None, ["Rumänien"], None,
        "Rumänien verurteilte die Verletzung seines Luftraums und bestellte den russischen Botschafter ein."),
    Row("person_empfing_und_unterzeichnete", "unterzeichnete", "AGREE", None, ["Petra Lorenz"], None,
        "Bundeskanzlerin Petra Lorenz empfing am Dienstag ihren Amtskollegen aus Chile und unterzeichnete "
        "mit ihm ein Abkommen über Rohstoffe."),
    Row("union_lehnte_ab_und_drohte", "drohte", "THREATEN", None, ["Verdi"], None,
        "Die Gewerkschaft Verdi lehnte das Angebot der Arbeitgeber ab und drohte mit unbefristeten Streiks."),
    Row("perfect_second_participle", "verurteilt", "ACCUSE", None, ["Kanada"], None,
        "Kanada hat den Botschafter Irans einbestellt und die Hinrichtungen in Teheran scharf verurteilt."),
    Row("third_verb_in_chain", "kündigte", "THREATEN|SANCTION", None, ["Tschechien"], None,
        "Tschechien protestierte, bestellte den Gesandten Chinas ein und kündigte Gegenmaßnahmen an."),
]

DATIVE_NOT_SOURCE = [
    Row("entziehen_capital_dative_org", "entzogen", "COERCE|SANCTION", None, ["Minsk"], None,
        "Bereits im Frühjahr hatte Minsk der Deutschen Welle die Akkreditierung entzogen."),
    Row("entziehen_country_dative_ngo", "entzogen", "COERCE|SANCTION", None, ["Ägypten"], None,
        "Im Juli hatte Ägypten der Organisation Save the Children die Zulassung entzogen."),
    Row("vorwerfen_dative_army_adj", "wirft", "ACCUSE", None, ["Venezuela"], None,
        "Venezuela wirft der kolumbianischen Armee vor, Paramilitärs im Grenzgebiet zu unterstützen."),
    Row("bestreiten_und_vorwerfen_dative", "wirft", "ACCUSE", None, ["Äthiopien"], None,
        "Äthiopien bestreitet die Angriffe und wirft der eritreischen Armee seinerseits vor, Dörfer in Tigray "
        "geplündert zu haben."),
    Row("vorwerfen_dative_named_org", "warf", "ACCUSE", None, ["Greenpeace"], ["Shell"],
        "Greenpeace warf dem Ölkonzern Shell vor, Lecks in Nigeria zu verschweigen."),
    Row("verweigern_dative_ship", "verweigerte", "COERCE|REJECT", None, ["Italien"], None,
        "Italien verweigerte dem Rettungsschiff der Organisation Sea-Watch die Einfahrt in den Hafen von Lampedusa."),
    Row("drohen_dative_country_fronted_subject", "drohte", "THREATEN", None, ["Russland"], ["Republik Moldau"],
        "Russland drohte der Republik Moldau mit einem Stopp der Gaslieferungen."),
    Row("vorwerfen_perfect_dative", "vorgeworfen", "ACCUSE", None, ["Kuba"], None,
        "Zuvor hatte Kuba der amerikanischen Botschaft vorgeworfen, Oppositionelle zu bezahlen."),
    Row("entziehen_capital_after_adverb", "entzogen", "COERCE|SANCTION", None, ["Moskau"], None,
        "Im vergangenen Jahr hatte Moskau der Organisation Memorial die Zulassung entzogen."),
    Row("vorwerfen_dative_person_named", "warf", "ACCUSE", None, ["Aleksandar Vučić"], ["Albin Kurti"],
        "Serbiens Präsident Aleksandar Vučić warf dem kosovarischen Regierungschef Albin Kurti vor, die "
        "Spannungen zu schüren."),
    Row("entziehen_verb_final_clause", "entzogen", "COERCE|SANCTION", None, ["Nicaragua"], None,
        "Nicaragua hat zwei Jahre zuvor dem Roten Kreuz die Genehmigung entzogen."),
    Row("entziehen_capital_dative_newspaper", "entzogen", "COERCE|SANCTION", None, ["Peking"], None,
        "Zuvor hatte Peking der Zeitung Apple Daily die Lizenz entzogen."),
    Row("und_vorwerfen_after_zu_infinitive", "wirft", "ACCUSE", None, ["Äthiopien"], ["Somalia"],
        "Äthiopien bestreitet, Soldaten in Somalia stationiert zu haben, und wirft der somalischen Armee "
        "seinerseits vor, mit Milizen zusammenzuarbeiten."),
]

TITLE_ADJECTIVE = [
    Row("adj_president_receives_both_delegations", "empfangen", "CONSULT", None, ["Angola"],
        ["Marie Ilunga", "Jean Mugenzi"],
        "Angola vermittelt zwischen Kongo und Ruanda. Die Außenministerin Kongos, Marie Ilunga, und ihr ruandischer "
        "Amtskollege Jean Mugenzi unterzeichneten das Abkommen. Der angolanische Präsident hatte die beiden "
        "Delegationen seit Donnerstag empfangen."),
    Row("adj_president_receives", "empfangen", "CONSULT", None, ["Kenia|Daniel Mwangi"], None,
        "Kenias Präsident Daniel Mwangi vermittelt seit Wochen zwischen Äthiopien und Somalia. Der kenianische "
        "Präsident hatte die beiden Delegationen am Donnerstag in Nairobi empfangen."),
    Row("adj_premier_criticises", "kritisierte", "ACCUSE", None, ["Ungarn|Ferenc Tóth"], None,
        "Ungarns Ministerpräsident Ferenc Tóth reiste am Montag nach Brüssel. Der ungarische Regierungschef "
        "kritisierte dort die Kommission scharf."),
    Row("adj_foreign_minister_unnamed", "verurteilte", "ACCUSE", None, ["Norwegen"], None,
        "Norwegen stockt seine Hilfe auf. Der norwegische Außenminister verurteilte den Angriff auf das "
        "Flüchtlingslager."),
    Row("adj_president_only", "empfing", "CONSULT", None, ["Ghana"], None,
        "Ghana vermittelt im Streit um die Wahl in Togo. Der ghanaische Präsident empfing am Mittwoch den "
        "Oppositionsführer Togos."),
]

COMPOUND_GROUP = [
    Row("hamas_kaempfer", "griffen", "ASSAULT", None, ["Hamas"], None,
        "Am Sonntag griffen Hamas-Kämpfer einen Militärposten bei Kerem Schalom an."),
    Row("hisbollah_kaempfer_named_before", "beschossen", "ASSAULT", None, ["Hisbollah"], None,
        "Die Hisbollah drohte mit Vergeltung. In der Nacht beschossen Hisbollah-Kämpfer Stellungen der Armee "
        "im Norden Israels."),
    Row("taliban_vertreter_trafen", "trafen", "CONSULT", None, ["Taliban"], None,
        "Taliban-Vertreter trafen sich am Dienstag in Doha mit Diplomaten aus Usbekistan."),
    Row("pkk_kaempfer_named_before", "griffen", "ASSAULT", None, ["PKK"], None,
        "Die verbotene PKK hat den Waffenstillstand aufgekündigt. Am Freitag griffen PKK-Kämpfer einen "
        "Armeeposten in der Provinz Hakkari an."),
    Row("greenpeace_aktivisten", "besetzten", "PROTEST", None, ["Greenpeace"], None,
        "Am Morgen besetzten Greenpeace-Aktivisten das Dach des Kohlekraftwerks Jänschwalde."),
    Row("group_named_before_compound_rebels", "beschossen", "ASSAULT", None, ["FDLR"], None,
        "Die Miliz FDLR ist seit Jahren im Osten Kongos aktiv. Noch am Montag beschossen FDLR-Kämpfer nach "
        "Armeeangaben ein Dorf bei Rutshuru."),
    Row("verdi_mitglieder_streikten", "streikten", "STRIKE|PROTEST", None, ["Verdi"], None,
        "Am Dienstag streikten Verdi-Mitglieder an sechs Flughäfen."),
    Row("compound_after_verb_fronted_time", "entführten", "COERCE|ASSAULT", None, ["Boko Haram"], None,
        "Im Norden Nigerias entführten Boko-Haram-Kämpfer am Freitag zwölf Fischer."),
    Row("huthi_milizionaere", "griffen", "ASSAULT", None, ["Huthi"], None,
        "Im Roten Meer griffen Huthi-Milizionäre einen Frachter mit Drohnen an."),
    Row("eln_kaempfer_named_before", "überfielen", "ASSAULT", None, ["ELN"], None,
        "Die Guerilla ELN lehnt Gespräche ab. Am Mittwoch überfielen ELN-Kämpfer einen Polizeiposten in Arauca."),
    Row("taliban_vertreter_named_before", "trafen", "CONSULT", None, ["Taliban"], None,
        "Die Taliban regieren Afghanistan seit 2021. Ranghohe Taliban-Vertreter trafen am Montag in Kabul den "
        "Außenminister Pakistans."),
]

SUPPORTERS = [
    Row("seine_anhaenger_demonstrieren", "demonstrieren", "PROTEST", None, ["Samuel Okonjo"], None,
        "Der Oppositionsführer Samuel Okonjo erkannte das Ergebnis nicht an. Okonjo kündigte an, seine "
        "Anhänger würden bis zur Neuauszählung demonstrieren."),
    Row("ihre_anhaenger_protestieren", "protestieren", "PROTEST", None, ["Marta Kovač"], None,
        "Die unterlegene Kandidatin Marta Kovač sprach von Betrug. Sie kündigte an, ihre Anhänger würden vor "
        "der Wahlkommission protestieren."),
]

SUBJECT_NOT_TARGET = [
    Row("au_rief_beide_seiten_auf", "rief", "REQUEST", None, ["Afrikanische Union"], None,
        "Zwischen Sudan und Südsudan kam es zu Gefechten. Die Afrikanische Union zeigte sich besorgt und rief "
        "beide Seiten zum Dialog auf."),
    Row("eu_rief_beide_seiten", "rief", "REQUEST", None, ["Europäische Union"], None,
        "Armenien und Aserbaidschan lieferten sich erneut Gefechte. Die Europäische Union rief beide Seiten zur "
        "Zurückhaltung auf."),
    Row("arab_league_rief_alle_seiten", "rief", "REQUEST", None, ["Arabische Liga"], None,
        "Die Arabische Liga rief alle Seiten zur Zurückhaltung auf."),
    Row("un_riefen_konfliktparteien", "riefen", "REQUEST", None, ["Vereinte Nationen"], None,
        "Die Vereinten Nationen riefen die Konfliktparteien im Jemen zu einer Feuerpause auf."),
    Row("nato_rief_beide_staaten", "rief", "REQUEST", None, ["NATO"], None,
        "Die Nato rief Griechenland und die Türkei zur Mäßigung auf."),
    Row("osze_zeigte_und_rief", "rief", "REQUEST", None, ["OSZE"], None,
        "Die OSZE zeigte sich beunruhigt über die Kämpfe und rief alle Seiten zur Waffenruhe auf."),
]
# fmt: on

ROWS = SECOND_VERB + DATIVE_NOT_SOURCE + TITLE_ADJECTIVE + COMPOUND_GROUP + SUPPORTERS + SUBJECT_NOT_TARGET

# Rows this round does not fix, each with why (strict: a row that starts passing must leave this list).
UNNAMED_GROUP = (
    "the group is named only inside the compound; the entities make no actor of it, so there is none to take"
)
KNOWN_GAPS: dict[str, str] = {
    "hamas_kaempfer": UNNAMED_GROUP,
    "taliban_vertreter_trafen": UNNAMED_GROUP,
    "greenpeace_aktivisten": UNNAMED_GROUP + " (and 'besetzten' gives no PROTEST)",
    "verdi_mitglieder_streikten": UNNAMED_GROUP,
    "compound_after_verb_fronted_time": UNNAMED_GROUP,
    "huthi_milizionaere": UNNAMED_GROUP,
    "adj_president_receives_both_delegations": "'die beiden Delegationen' is resolved only for a clause with no "
    "source; letting it run with a known source changed targets in four history-audit articles, so it was not kept",
}


def check_row(row: Row) -> None:
    """:func:`check_table_row` with "A|B" in the type column accepting either type and "X|Y" in a source accepting
    either name (the country of a title or the person holding it)."""
    errors: list[AssertionError] = []
    options = [row.sources]
    if row.sources is not None and any("|" in s for s in row.sources):
        options = [[s.split("|")[i] if "|" in s else s for s in row.sources] for i in range(2)]
    for kind in row.type.split("|"):
        for sources in options:
            try:
                check_table_row(row._replace(type=kind, sources=sources))
                return
            except AssertionError as err:
                errors.append(err)
    raise errors[-1]


@pytest.mark.parametrize("row", table_params(ROWS, KNOWN_GAPS))
def test_source_row(row: Row) -> None:
    check_row(row)


# Quote speakers: (id, text, words of the quotation, expected speaker or None, speakers that are wrong).
QUOTE_ROWS = [
    (
        "party_epithet_masc_not_recent_woman",
        "Bundesinnenminister Jakob Hollmann zeigte sich verärgert. Er habe Polizeipräsidentin Sabine Kranz für "
        "Freitag zu einem Gespräch gebeten, sagte der SPD-Politiker. „Die Bürger erwarten Aufklärung.“",
        "Bürger erwarten",
        "Jakob Hollmann",
        ["Sabine Kranz"],
    ),
    (
        "party_epithet_fem_not_recent_man",
        "Landwirtschaftsministerin Anke Förster reagierte empört. Sie habe Bauernpräsident Georg Stadler zu "
        "einem Treffen eingeladen, sagte die Grünen-Politikerin. „Wir brauchen jetzt Lösungen.“",
        "brauchen jetzt",
        "Anke Förster",
        ["Georg Stadler"],
    ),
    (
        "party_epithet_masc_in_same_sentence",
        "Finanzminister Lars Eckhoff wies die Kritik zurück. Er habe Bundesbankpräsidentin Heike Wendel um eine "
        "Stellungnahme gebeten, sagte der FDP-Politiker.",
        "Stellungnahme",
        "Lars Eckhoff",
        ["Heike Wendel"],
    ),
    (
        "indefinite_spokesman_new_speaker",
        "Der Sprecher der Rebellen, Paul Mugisha, erklärte, man halte sich an die Waffenruhe. Das britische "
        "Außenministerium begrüßte die Einigung. „Nun müssen die Waffen schweigen“, sagte ein Sprecher in London.",
        "Waffen schweigen",
        None,
        ["Paul Mugisha"],
    ),
    (
        "indefinite_spokeswoman_new_speaker",
        "Die Sprecherin der Bahn, Carla Nowak, sagte, die Strecke sei ab Montag wieder frei. „Wir prüfen alle "
        "Möglichkeiten“, sagte eine Sprecherin des Verkehrsministeriums.",
        "prüfen alle",
        None,
        ["Carla Nowak"],
    ),
    (
        "hiess_es_not_expelled_object",
        "Das Außenministerium in Caracas erklärte den Botschafter Spaniens, Luis Ortega, zur unerwünschten Person. "
        "Die Strafzölle seien „ein Angriff auf unsere Wirtschaft“, hieß es in einer Erklärung.",
        "Angriff auf unsere",
        None,
        ["Luis Ortega"],
    ),
    (
        "hiess_es_not_accusative_person",
        "Die Regierung in Minsk ließ den Journalisten Andrej Sokol festnehmen. Die Proteste seien „vom Ausland "
        "gesteuert“, hieß es in einer Mitteilung.",
        "Ausland",
        None,
        ["Andrej Sokol"],
    ),
    (
        "hiess_es_not_dative_person",
        "Das Innenministerium entzog der Reporterin Nina Hartl die Akkreditierung. Man habe „Sicherheitsbedenken“, "
        "hieß es in einer Stellungnahme.",
        "Sicherheitsbedenken",
        None,
        ["Nina Hartl"],
    ),
    (
        "party_epithet_masc_after_two_sentences",
        "Verkehrsminister Tobias Reiner zeigte sich enttäuscht. Die Bahn habe ihre Zusagen gebrochen. Er habe die "
        "Bahnchefin Ines Hauser einbestellt, sagte der CDU-Politiker.",
        "einbestellt",
        "Tobias Reiner",
        ["Ines Hauser"],
    ),
    (
        "indefinite_spokesman_after_named_spokesman_same_org",
        "Ein Sprecher der Regierung, Kofi Mensah, kündigte Gespräche an. „Die Lage ist ernst“, sagte ein Sprecher "
        "der Armee.",
        "Lage ist ernst",
        None,
        ["Kofi Mensah"],
    ),
    (
        "party_epithet_plain_subject",
        "Innensenator Max Gerber verteidigte den Einsatz. „Die Polizei hat richtig gehandelt“, sagte der "
        "SPD-Politiker.",
        "richtig gehandelt",
        "Max Gerber",
        [],
    ),
]


@pytest.mark.parametrize("row", QUOTE_ROWS, ids=[r[0] for r in QUOTE_ROWS])
def test_quote_speaker(row: tuple[str, str, str, str | None, list[str]]) -> None:
    _id, text, words, expected, wrong = row
    doc = analyzed("Meldung\nBERLIN (dpa) – " + text)
    hits = [q for q in doc.quotes if words in q.text and q.kind != "partial"]
    assert hits, doc.quotes
    quote = hits[0]
    name = speaker_name(doc, quote)
    assert name not in wrong, (name, doc.quotes)
    if expected is not None:
        assert name == expected, (name, doc.quotes)
