"""Sources, targets and quote speakers from role nouns and context (fifteenth session, second round): invented news
items whose point is WHO an anaphoric role noun or a reaction refers to.

The table was written before it was run. The classes: a class noun that refers back to the organisation named before
("lobte die Gewerkschaft", "die Klage des Vereins", "hatte die Partei verboten") as target; a role noun that refers
back to a named person or organisation as source or quote speaker ("drohte die norwegische Diplomatin", "teilte die
Mission mit", "sagte der Grünen-Politiker"); the target of a reaction to a decision, ruling or accusation (the author
named before, never the speaker's own office); a call to the own members (no organisation of another phrase as
target); "appellierte an beide Seiten" (the two parties named); symmetric acts of parties named only as a group or in
coordinated genitives; a name in apposition to an actor noun (one actor, no target); the envoy summoned (his country
is the target); a crossing opened and a curfew imposed over a city (no target). ``None`` = not checked; a trigger
"a|b" accepts either word.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.event_docs import TableRow as Row
from tests.event_docs import check_table_row, table_params
from tests.quote_docs import analyzed, speaker_name

# fmt: off
# A. A class noun that refers back to a named organisation, as the TARGET.
ANAPHOR_TARGETS = [
    Row("gewerkschaft_lobte", "lobte", "SUPPORT", None, ["Ralf Oberdiek"], ["Verdi"],
        "Die Gewerkschaft Verdi und die kommunalen Arbeitgeber haben sich auf einen Tarifvertrag geeinigt. "
        "Der Verhandlungsführer der Arbeitgeber, Ralf Oberdiek, lobte die Gewerkschaft für ihre Geduld."),
    Row("gewerkschaft_kritisierte", "kritisierte", "ACCUSE", None, ["Helga Brunnmeier"],
        ["IG Bergbau, Chemie, Energie"],
        "Die IG BCE hat zu Warnstreiks in der Chemieindustrie aufgerufen. "
        "Arbeitgeberpräsidentin Helga Brunnmeier kritisierte die Gewerkschaft am Montag scharf."),
    Row("verein_klage_abgewiesen", "wiesen|ab", "REJECT", None, None, ["Nordlicht Kameradschaft"],
        "Das Oberverwaltungsgericht hat das Verbot der Vereinigung „Nordlicht Kameradschaft“ bestätigt. "
        "Die Richter wiesen am Donnerstag die Klage des Vereins ab."),
    Row("verein_verboten_plusquam", "verboten", "COERCE", None, ["Landesinnenministerium"],
        ["Nordlicht Kameradschaft"],
        "Die Vereinigung „Nordlicht Kameradschaft“ ist mit ihrer Klage gescheitert. "
        "Das Landesinnenministerium hatte den Verein im Januar verboten."),
    Row("verein_verboten_vereinigung", "verboten", "COERCE", None, ["Landesinnenministerium"],
        ["Weiße Bruderschaft"],
        "Der Verein „Weiße Bruderschaft“ ist mit seiner Klage gescheitert. "
        "Das Landesinnenministerium hatte die Vereinigung im Januar verboten."),
    Row("partei_verboten", "verboten", "COERCE", None, ["Verfassungsgericht"], ["HDP"],
        "Die Kurdenpartei HDP war die drittgrößte Fraktion im Parlament. "
        "Das Verfassungsgericht hatte die Partei im Sommer verboten."),
    Row("miliz_angegriffen", "griff|an", "ASSAULT", None, ["Armee"], ["Al-Nur-Miliz"],
        "Die Al-Nur-Miliz kontrolliert seit Monaten den Norden der Provinz. "
        "Die Armee griff die Miliz am Sonntag mit Kampfhubschraubern an."),
    Row("konzern_verklagt", "verklagt", "ACCUSE", None, ["Deutsche Umwelthilfe"], ["Borgward"],
        "Der Autobauer Borgward steht wegen manipulierter Abgaswerte unter Druck. "
        "Die Deutsche Umwelthilfe hat den Konzern am Mittwoch verklagt."),
    Row("verband_vorgeworfen", "warf|vor", "ACCUSE", None, ["Jens Kallweit"], ["Deutscher Bauernverband"],
        "Der Bauernverband hat für Montag zu Traktorkorsos aufgerufen. "
        "Umweltminister Jens Kallweit warf dem Verband vor, Stimmung gegen Naturschützer zu machen."),
    Row("organisation_ausgewiesen", "ausgewiesen", "SANCTION|COERCE", None, None, ["Amnesty International"],
        "Amnesty International hatte über Folter in den Gefängnissen berichtet. "
        "Die Regierung hat die Organisation daraufhin des Landes verwiesen und ihre Mitarbeiter ausgewiesen."),
    Row("gewerkschaft_gedroht", "drohte", "THREATEN", None, None, ["Verdi"],
        "Die Gewerkschaft Verdi will die Tarifrunde verlängern. Der Arbeitgeberverband Gesamtmetall drohte der "
        "Gewerkschaft am Montag mit einer Klage."),
    Row("partei_gelobt", "lobte", "SUPPORT", None, ["Anna Kessler"], ["Bündnis 90/Die Grünen"],
        "Die Grünen haben ihr Wahlprogramm vorgestellt. Umweltaktivistin Anna Kessler lobte die Partei "
        "für ihre Klimaziele."),
]

# B. A role noun that refers back to a named person or organisation, as the SOURCE.
ANAPHOR_SOURCES = [
    Row("diplomatin_drohte", "drohte", "THREATEN", None, ["Ingrid Solberg"], None,
        "Die norwegische Vermittlerin Ingrid Solberg rief beide Lager zur Mäßigung auf. "
        "Sollte erneut geschossen werden, werde sie den Sicherheitsrat informieren, drohte die norwegische "
        "Diplomatin."),
    Row("diplomat_drohte", "drohte", "THREATEN", None, ["Pieter van Dalen"], None,
        "Der niederländische Gesandte Pieter van Dalen traf am Montag beide Delegationen. "
        "Ohne Einigung bis Freitag werde er die Gespräche abbrechen, drohte der Diplomat."),
    Row("mission_mitteilte_event", "verurteilte", "ACCUSE", None, ["UNMISS"], None,
        "Die UN-Mission im Südsudan (UNMISS) hat neue Kämpfe in Jonglei gemeldet. "
        "Die Mission verurteilte die Angriffe auf Zivilisten scharf."),
    Row("politiker_partei_kritisierte", "kritisierte", "ACCUSE", None, ["Malte Ferber"], None,
        "Landwirtschaftsminister Malte Ferber war am Dienstag in Kiel. "
        "Der FDP-Politiker kritisierte dort die Pläne der EU-Kommission."),
    Row("sekretariat_lud_ein", "Gesprächen|lud", "CONSULT", None, ["ASEAN"], None,
        "Der Verband Südostasiatischer Nationen (ASEAN) zeigte sich besorgt über die Lage. "
        "Das Sekretariat in Jakarta lud beide Seiten zu Gesprächen ein."),
    Row("ministerin_bereitete_vor", "verurteilte", "ACCUSE", None, ["Sofia Lindgren"], None,
        "Die schwedische Außenministerin Sofia Lindgren reiste am Montag nach Kiew. "
        "Die Ministerin verurteilte dort die russischen Angriffe auf die Stromversorgung."),
    Row("politiker_unbekannte_partei_event", "kritisierte", "ACCUSE", None, ["Lorenzo Bassani"], None,
        "Verkehrsminister Lorenzo Bassani war am Montag in Mailand. "
        "Der Forza-Politiker kritisierte dort die Richter des Verfassungsgerichts."),
    Row("vertreterin_organisation_event", "forderte", "REQUEST", None, ["Welternährungsprogramm"], None,
        "Das Welternährungsprogramm (WFP) hat seine Lieferungen in den Jemen gekürzt. "
        "Die Organisation forderte mehr Geld von den Geberländern."),
]

# C. The target of a reaction to a decision, ruling or accusation: its author named before.
REACTIONS = [
    Row("entscheidung_begruesst_gericht", "begrüßte", "SUPPORT", None, ["Anke Rehberg"], ["Bundesgerichtshof|"],
        "Der Bundesgerichtshof hat das Urteil gegen den Bauunternehmer bestätigt. "
        "Bundesjustizministerin Anke Rehberg begrüßte die Entscheidung am Freitag."),
    Row("urteil_kritisiert_anwalt", "kritisierte", "ACCUSE", None, ["Lutz Hembach"], None,
        "Das Landgericht Kiel hat den Aktivisten zu einer Geldstrafe verurteilt. "
        "Sein Verteidiger Lutz Hembach kritisierte das Urteil und kündigte Berufung an."),
    Row("vorwuerfe_zurueck_ankläger", "wies|zurück", "REJECT", None, ["Karel Hruby"], ["Pavel Novotny"],
        "Oppositionsführer Pavel Novotny warf der Regierung Wahlbetrug vor. "
        "Regierungssprecher Karel Hruby wies die Vorwürfe am Montag zurück."),
    Row("vorwuerfe_zurueck_org", "wies|zurück", "REJECT", None, ["Borgward"], ["Greenpeace"],
        "Greenpeace warf dem Autobauer Borgward vor, Abgaswerte geschönt zu haben. "
        "Borgward wies die Vorwürfe am Dienstag zurück."),
    Row("beschluss_kritisiert_kommission", "kritisierte", "ACCUSE", None, ["Ungarn"], None,
        "Die EU-Kommission hat die Auszahlung von Fördergeldern gestoppt. "
        "Ungarn kritisierte den Beschluss am Donnerstag als politisch motiviert."),
    Row("urteil_begruesst_not_own_ministry", "begrüßte", "SUPPORT", None, ["Jana Wiechert"], ["Landgericht Kiel|"],
        "Das Landgericht Kiel hat die Klage des Umweltministeriums gegen den Reeder abgewiesen. "
        "Die Anwältin des Reeders, Jana Wiechert, begrüßte das Urteil."),
    Row("vorwuerfe_zurueck_gegen_eigene_seite", "wies|zurück", "REJECT", None, ["Luc Martin"], ["CGT"],
        "Der Gewerkschaftsbund CGT warf der Regierung vor, die Rentenreform mit Tricks durchzusetzen. Die "
        "Staatsanwaltschaft in Lyon hatte am Vortag Anklage gegen zwei Manager erhoben. "
        "Regierungssprecher Luc Martin wies die Vorwürfe zurück."),
    Row("vorwuerfe_zurueck_gegen_eigenes_land", "wies|zurück", "REJECT", None, None, ["Amnesty International"],
        "Amnesty International warf Ägypten vor, Oppositionelle ohne Prozess festzuhalten. Die Polizei in Kairo "
        "hatte zuvor einem Journalisten Spionage vorgeworfen. Das ägyptische Außenministerium wies die Vorwürfe "
        "zurück."),
    Row("vorwuerfe_zurueck_nach_absatz", "wies|zurück", "REJECT", None, ["Luc Martin"], ["CGT"],
        "Der Gewerkschaftsbund CGT warf der Regierung vor, die Rentenreform mit Tricks durchzusetzen. In Lyon und "
        "Marseille gingen Tausende auf die Straße. Die Polizei meldete keine Zwischenfälle. Die Staatsanwaltschaft "
        "in Lyon hatte am Vortag Anklage gegen zwei Manager erhoben. Regierungssprecher Luc Martin wies die "
        "Vorwürfe zurück."),
    Row("anschuldigungen_zurueck_person", "wies|zurück", "REJECT", None, ["Omar Haddad"], ["Leila Mansour"],
        "Die Abgeordnete Leila Mansour beschuldigte Minister Omar Haddad der Bestechlichkeit. "
        "Haddad wies die Anschuldigungen am Abend zurück."),
    Row("kritik_zurueck_org", "wies|zurück", "REJECT", None, ["Bundeswehr"], ["Human Rights Watch"],
        "Human Rights Watch hat der Bundeswehr vorgeworfen, Zivilisten gefährdet zu haben. "
        "Die Bundeswehr wies die Kritik zurück."),
    Row("entscheidung_kritisiert_regierung_nicht_eigenes_amt", "kritisierte", "ACCUSE", None, ["Dirk Wallenborn"],
        ["Bundesverfassungsgericht|"],
        "Das Bundesverfassungsgericht hat das Wahlgesetz des Bundesinnenministeriums gekippt. "
        "Bundesinnenminister Dirk Wallenborn kritisierte die Entscheidung."),
]

# D. A call to the own members: no organisation named in another phrase becomes the target.
OWN_MEMBERS = [
    Row("mitglieder_nach_gespraechen", "aufgerufen", "REQUEST", None, ["Verdi"], [],
        "Die Gewerkschaft Verdi hat ihre Mitglieder nach gescheiterten Verhandlungen mit dem Finanzministerium "
        "zu einem Warnstreik aufgerufen."),
    Row("mitglieder_rief_auf", "rief|auf", "REQUEST", None, ["Deutscher Bauernverband"], [],
        "Der Bauernverband rief seine Mitglieder nach einem Treffen mit der Landesregierung zu Protesten auf."),
    Row("anhaenger_aufgefordert", "forderte|auf", "REQUEST", None, None, [],
        "Nach dem Streit mit dem Innenministerium forderte die Partei Neue Mitte ihre Anhänger auf, "
        "friedlich zu demonstrieren."),
    Row("beschaeftigte_aufgerufen", "aufgerufen", "REQUEST", None, ["IG Metall"], [],
        "Die IG Metall hat ihre Mitglieder bei den Zulieferern nach dem Treffen mit dem Arbeitgeberverband "
        "zu Warnstreiks aufgerufen."),
]

# E. "appellierte an beide Seiten": the two parties named before, nobody else.
BOTH_SIDES = [
    Row("beide_seiten_streik", "appellierten", "REQUEST", None, None, ["Marburger Bund", "Gesundheitsministerium|"],
        "Im Tarifstreit zwischen dem Marburger Bund und dem Gesundheitsministerium ist kein Ende in Sicht. "
        "Das ZDF berichtete über lange Wartezeiten in den Kliniken. "
        "Patientenschützer appellierten an beide Seiten, die Gespräche wieder aufzunehmen."),
    Row("beide_seiten_krieg", "appellierte", "REQUEST", None, None, ["Armenien", "Aserbaidschan"],
        "Armenien und Aserbaidschan liefern sich seit Tagen Gefechte an der Grenze. Die BBC zeigte Bilder "
        "zerstörter Dörfer. Papst Leo appellierte an beide Seiten, die Waffen niederzulegen."),
    Row("beide_seiten_aufgefordert", "forderte|auf", "REQUEST", None, ["Frankreich"], ["Serbien", "Kosovo"],
        "Zwischen Serbien und dem Kosovo ist der Streit um Autokennzeichen wieder aufgeflammt. "
        "Frankreich forderte beide Seiten zur Zurückhaltung auf."),
]

# F. Symmetric acts whose parties are named as a group or in coordinated genitives.
SYMMETRIC = [
    Row("konfliktparteien_einigung_danach", "geeinigt", "AGREE", None, ["Armee", "RSF"], None,
        "Im Sudan haben sich die Konfliktparteien auf eine dreitägige Feuerpause geeinigt. "
        "Die Gefechte zwischen der Armee und der Miliz RSF hatten seit April Tausende Tote gefordert."),
    Row("genitive_koordiniert", "Gespräche|aufgenommen", "CONSULT", None, ["Kolumbien", "ELN"], None,
        "Vertreter der Regierung Kolumbiens und der Guerilla ELN haben in Havanna Gespräche aufgenommen."),
    Row("genitive_koordiniert_verhandeln", "verhandeln", "CONSULT", None, ["Ukraine", "Russland"], None,
        "In Istanbul verhandeln seit Montag Delegationen der Ukraine und Russlands über einen Gefangenenaustausch."),
    Row("konfliktparteien_einigung_davor", "geeinigt", "AGREE", None, ["M23", "Kongo-Kinshasa"], None,
        "Im Osten Kongos kämpfen die Armee Kongos und die Miliz M23 seit Monaten um Goma. "
        "Nun haben sich die Konfliktparteien auf eine Waffenruhe geeinigt."),
]

# G. A name in apposition to an actor noun: one actor, never its own target.
APPOSITION = [
    Row("bundespolizei_kuerzel", "festgenommen", "COERCE", None, None, ["Ole Brandt"],
        "Die australische Bundespolizei AFP hat am Montag den Geschäftsmann Ole Brandt festgenommen."),
    Row("kriminalbehoerde_kuerzel", "festgenommen", "COERCE", None, None, [],
        "Die britische Kriminalbehörde NCA hat am Dienstag vier Männer wegen Menschenhandels festgenommen."),
    Row("geheimdienst_kuerzel", "durchsucht", "COERCE", None, None, [],
        "Der türkische Geheimdienst MIT hat am Mittwoch mehrere Wohnungen in Ankara durchsucht."),
    Row("zwei_namen_keine_apposition", "zusage|zusagte", "AID|AGREE", None, ["Polen"], ["Estland"],
        "Der Ministerpräsident erklärte, dass Polen Estland Hilfe bei der Luftverteidigung zusagte."),
    Row("finanzpolizei_kuerzel", "festgenommen", "COERCE", None, None, [],
        "Die italienische Finanzpolizei GdF hat am Samstag fünf Schmuggler festgenommen."),
]

# H. The envoy summoned: his country is the target.
SUMMONED = [
    Row("botschafter_einbestellt", "einbestellt", "ACCUSE", None, ["Auswärtiges Amt"], ["Russland"],
        "Russland hat zwei deutsche Journalisten ausgewiesen. Das Auswärtige Amt hat am Montag den russischen "
        "Botschafter einbestellt."),
    Row("geschaeftstraeger_einbestellt", "bestellte|ein", "ACCUSE", None, ["Litauen"], ["Belarus"],
        "Belarus hat erneut Migranten an die Grenze gebracht. Litauen bestellte am Freitag den belarussischen "
        "Geschäftsträger ein."),
    Row("hochkommissar_einbestellt_plusquam", "einbestellt", "ACCUSE", None, ["Australien"], ["Neuseeland"],
        "Neuseeland hat einen australischen Diplomaten ausgewiesen. Zuvor hatte Australien den neuseeländischen "
        "Hochkommissar einbestellt."),
]

# I./J. A crossing opened for aid and a curfew imposed over a city: no target.
NO_PLACE_TARGET = [
    Row("grenzuebergang_geoeffnet", "öffnete", "CONCEDE|AID", None, ["Jordanien"], [],
        "Jordanien öffnete am Montag den Grenzübergang Tabaqat für Hilfskonvois."),
    Row("grenzuebergang_geoeffnet_2", "öffnete", "CONCEDE|AID", None, ["Türkei"], [],
        "Die Türkei öffnete nach dem Beben den Grenzübergang Bab al-Hawa für Hilfslieferungen."),
    Row("ausgangssperre_ueber_stadt", "Ausgangssperre|verhängt", "COERCE", None, None, [],
        "Nach schweren Unruhen hat die Regierung von Kenia über die Hafenstadt Mombasa eine Ausgangssperre verhängt."),
    Row("ausgangssperre_ueber_region", "Ausgangssperre|verhängte", "COERCE", None, None, [],
        "Die Regierung von Peru verhängte am Sonntag über die Region Puno eine nächtliche Ausgangssperre."),
]
# fmt: on

ALL_ROWS = (
    ANAPHOR_TARGETS
    + ANAPHOR_SOURCES
    + REACTIONS
    + OWN_MEMBERS
    + BOTH_SIDES
    + SYMMETRIC
    + APPOSITION
    + SUMMONED
    + NO_PLACE_TARGET
)

GAPS: dict[str, str] = {
    "organisation_ausgewiesen": "the organisation's staff ('ihre Mitarbeiter') expelled: no target yet",
    "genitive_koordiniert_verhandeln": "'Delegationen' becomes an actor of its own; its coordinated genitive is lost",
}


def _check(row: Row) -> None:
    """Like :func:`check_table_row`, with "A|B" types and "X|" targets (X or none) accepted."""
    types = row.type.split("|")
    for kind in types:
        try:
            check_table_row(row._replace(type=kind, targets=_targets(row, kind)))
            return
        except AssertionError:
            if kind == types[-1]:
                raise


def _targets(row: Row, kind: str) -> list[str] | None:
    """The row's targets; a target "X|" (X or none) is checked by :func:`_check_optional`, so it is left out here."""
    if row.targets is None or not any(t.endswith("|") for t in row.targets):
        return row.targets
    return None


@pytest.mark.parametrize("row", table_params(ALL_ROWS, GAPS))
def test_role_row(row: Row) -> None:
    _check(row)
    if row.targets is not None and any(t.endswith("|") for t in row.targets):
        _check_optional(row)


def _check_optional(row: Row) -> None:
    """A target set with optional members ("X|"): every target found is one of the allowed names."""
    from tests.event_docs import TABLE_LEAD, event_rows

    allowed = {t.rstrip("|") for t in row.targets or []}
    triggers = row.trigger.split("|")
    found = [r for r in event_rows(TABLE_LEAD + row.text, published="2026-11-10") if r[0] in triggers]
    assert found, row.id
    assert set(found[0][3]) <= allowed, f"{row.id}: {found[0]}"


class SpeakerRow(NamedTuple):
    """A quote whose text contains ``words`` must be attributed to the entity named ``speaker``."""

    id: str
    words: str
    speaker: str
    text: str


# fmt: off
SPEAKERS = [
    SpeakerRow("diplomatin_quote", "Sicherheitsrat informieren", "Ingrid Solberg",
               "Die norwegische Vermittlerin Ingrid Solberg rief beide Lager zur Mäßigung auf. Sollte erneut "
               "geschossen werden, werde sie den Sicherheitsrat informieren, drohte die norwegische Diplomatin."),
    SpeakerRow("mission_quote", "Dörfer", "UNMISS",
               "Die UN-Mission im Südsudan (UNMISS) hat ihre Patrouillen in Jonglei verstärkt. "
               "Bewaffnete hätten mehrere Dörfer niedergebrannt, teilte die Mission mit."),
    SpeakerRow("sekretariat_quote", "Gipfel", "ASEAN",
               "Der Verband Südostasiatischer Nationen (ASEAN) zeigte sich besorgt über die Lage. "
               "Ein Gipfel solle im Dezember stattfinden, teilte das Sekretariat in Jakarta mit."),
    SpeakerRow("politiker_quote_unbekannte_partei", "Richter mischten", "Lorenzo Bassani",
               "Verkehrsminister Lorenzo Bassani reagierte gereizt. Die Richter mischten sich in Fragen ein, die ihnen "
               "nicht zustünden, sagte der Forza-Politiker in Mailand."),
    SpeakerRow("politiker_quote_pronomen_im_satz", "Gericht greife", "Lorenzo Bassani",
               "Verkehrsminister Lorenzo Bassani reagierte gereizt. Das Gericht greife in Dinge ein, die ihm nicht "
               "zustünden, sagte der Forza-Politiker in Mailand."),
    SpeakerRow("politikerin_quote", "Haushalt", "Maren Tiedke",
               "Finanzministerin Maren Tiedke stellte am Dienstag ihre Pläne vor. Der Haushalt sei solide, "
               "sagte die Grünen-Politikerin in Berlin."),
    SpeakerRow("gesandter_quote", "Gespräche abbrechen", "Pieter van Dalen",
               "Der niederländische Gesandte Pieter van Dalen traf am Montag beide Delegationen. "
               "Ohne Einigung bis Freitag werde er die Gespräche abbrechen, sagte der Diplomat."),
    SpeakerRow("behoerde_quote", "Schadstoffe", "Umweltbundesamt",
               "Das Umweltbundesamt hat neue Messwerte veröffentlicht. Die Schadstoffe im Rhein hätten deutlich "
               "abgenommen, teilte die Behörde mit."),
    SpeakerRow("kommission_quote", "Einfuhren", "EU-Kommission",
               "Die EU-Kommission prüft Strafzölle auf Stahl. Die Einfuhren seien stark gestiegen, "
               "erklärte die Brüsseler Behörde am Montag."),
    SpeakerRow("botschafterin_quote", "Visa", "Helen Marsh",
               "Die britische Botschafterin Helen Marsh traf am Dienstag den Außenminister. Die Visa würden "
               "schneller vergeben, sagte die Diplomatin nach dem Treffen."),
    SpeakerRow("miliz_quote", "Stadt kontrolliert", "Al-Nur-Miliz",
               "Die Al-Nur-Miliz hat nach eigenen Angaben den Flughafen erobert. Man habe die Stadt kontrolliert, "
               "erklärte die Miliz am Abend."),
]
# fmt: on

SPEAKER_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", table_params(SPEAKERS, SPEAKER_GAPS))
def test_speaker_row(row: SpeakerRow) -> None:
    doc = analyzed("Meldung\nBERLIN (dpa) – " + row.text, published="2026-11-10")
    hits = [q for q in doc.quotes if row.words in q.text]
    assert hits, f"{row.id}: {[q.text for q in doc.quotes]}"
    assert speaker_name(doc, hits[0]) == row.speaker, f"{row.id}: {[(q.text, q.speaker) for q in doc.quotes]}"


def test_decision_reaction_after_title_noun() -> None:
    """A title that sums the story up in a noun of another act ("bestätigt Verbot") does not make the ministry that
    issued the ban the author of the court's decision that a minister welcomes."""
    from tests.event_docs import event_rows

    text = (
        "Gericht bestätigt Verbot von „Schwarze Front“\nMÜNSTER (dpa) – Das Oberverwaltungsgericht hat das Verbot "
        "der Gruppe „Schwarze Front“ bestätigt. Die Richter des 5. Senats wiesen am Montag die Klage der Gruppe ab. "
        "Das Landesinnenministerium hatte die Gruppe im Mai verboten. Landesinnenminister Jörg Hallwig begrüßte "
        "die Entscheidung."
    )
    rows = [r for r in event_rows(text, published="2026-11-10") if r[0] == "begrüßte"]
    assert rows, event_rows(text, published="2026-11-10")
    assert "Landesinnenministerium" not in rows[0][3], rows


def test_indefinite_title_is_someone_new() -> None:
    """ "sagte ein Diplomat in Brüssel": an anonymous new person, never the minister named before."""
    doc = analyzed(
        "Meldung\nBERLIN (dpa) – Außenminister Pieter van Dalen traf am Montag beide Delegationen. Eine Einigung "
        "sei nicht in Sicht, sagte ein Diplomat in Brüssel.",
        published="2026-11-10",
    )
    hits = [q for q in doc.quotes if "Einigung" in q.text]
    assert hits, doc.quotes
    assert speaker_name(doc, hits[0]) != "Pieter van Dalen"
