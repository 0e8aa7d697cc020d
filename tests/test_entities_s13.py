"""Entity rules of the thirteenth session (blind audits 17 and 18: parties and unions in lists, role nouns tagged
as places, towns near which something happens, German names of foreign bodies, named cables), each on invented
sentences."""

from __future__ import annotations

from tests.quote_docs import analyzed, entities_of


def test_party_named_by_a_dictionary_word_in_a_list_of_parties() -> None:
    names = entities_of(
        "Votum\nLISSABON (dpa) – Im Parlament stimmten am Montag die sozialdemokratische Partei Livre, die "
        "rechtspopulistische Vox und die Kommunisten gegen das Budget."
    )
    assert names.get("Vox", ("",))[0] == "ORG"


def test_dictionary_word_after_orientation_adjective_alone_stays_no_party() -> None:
    names = entities_of("Wahl\nLISSABON (dpa) – Die rechtspopulistische Vox wurde im Wahlkampf laut.")
    assert "Vox" not in names  # no list of parties: the word may be a common noun ("die populistische Wut")


def test_party_tagged_as_person_after_orientation_adjective() -> None:
    names = entities_of(
        "Votum\nLISSABON (dpa) – Gegen das Budget stimmten die konservative PSD, die rechtsextreme Chega und die "
        "Grünen."
    )
    assert names.get("Chega", ("",))[0] == "ORG"


def test_unions_listed_after_their_plural_kind_noun() -> None:
    names = entities_of(
        "Streik\nATHEN (dpa) – Die Gewerkschaften PAME und ADEDY riefen am Dienstag zum Generalstreik auf. "
        "Die Gewerkschaften CSC und FGTB kündigten Proteste an."
    )
    assert names.get("PAME", ("",))[0] == "ORG"
    assert names.get("FGTB", ("",))[0] == "ORG"


def test_ship_captain_is_no_place() -> None:
    doc = analyzed(
        "Frachter\nKIEL (dpa) – Gegen den Kapitän und zwei Matrosen des Frachters wird wegen Schmuggels ermittelt.",
        published="2026-11-10",
    )
    assert not any(e.label == "LOC" and e.name == "Kapitän" for e in doc.entities)


def test_country_adjective_and_noun_opening_a_headline_is_no_place() -> None:
    names = entities_of(
        "Norwegischer Lachszüchter pleite\nOSLO (dpa) – Ein Lachszüchter aus Bergen hat Insolvenz angemeldet."
    )
    assert "Norwegischer Lachszüchter" not in names


def test_town_off_which_a_ship_lies_in_a_country_the_text_names() -> None:
    names = entities_of(
        "Tanker\nLISSABON (dpa) – Die portugiesischen Behörden haben einen Tanker gestoppt. Das Schiff liegt vor Sines "
        "vor Anker."
    )
    assert names.get("Sines") == ("LOC", "PRT")


def test_vor_ort_stays_a_phrase() -> None:
    names = entities_of("Hilfe\nLISSABON (dpa) – Portugiesische Helfer sind vor Ort im Einsatz.")
    assert "Ort" not in names


def test_unknown_town_closing_a_list_after_in() -> None:
    names = entities_of("Lager\nTIRANA (dpa) – Die Regierung schloss die Zentren in Kukës und Bajzëtë am Freitag.")
    assert names.get("Bajzëtë", ("",))[0] == "LOC"


def test_german_party_short_form_in_a_foreign_report_is_a_local_party() -> None:
    names = entities_of(
        "Misstrauensvotum\nMADRID (AFP) – Die spanischen Sozialisten wollen den Antrag der Linken im Parlament "
        "unterstützen, sagte ein Sprecher in Madrid."
    )
    assert "Die Linke" not in names
    assert names.get("Linke") == ("ORG", "ESP")


def test_german_party_short_form_in_a_german_report_stays_the_party() -> None:
    names = entities_of(
        "Haushalt\nBERLIN (dpa) – Die Linke kritisierte den Haushaltsentwurf der Bundesregierung in Berlin scharf."
    )
    assert names.get("Die Linke") == ("ORG", "DEU")


def test_reichstag_under_a_swedish_dateline_is_sweden_s_parliament() -> None:
    names = entities_of(
        "Debatte\nSTOCKHOLM (dpa) – Die Opposition forderte eine Debatte im Reichstag über die Energiepreise in "
        "Schweden."
    )
    assert names.get("Reichstag") == ("ORG", "SWE")


def test_reichstag_in_berlin_stays_the_building() -> None:
    names = entities_of("Besuch\nBERLIN (dpa) – Die Delegation besichtigte am Montag den Reichstag in Berlin.")
    assert names.get("Reichstag") == ("LOC", "DEU")


def test_asean_in_dpa_spelling() -> None:
    names = entities_of("Gipfel\nHANOI (dpa) – Die Asean verurteilte die Gewalt in Laos am Dienstag.")
    assert names.get("ASEAN", ("",))[0] == "ORG"


def test_named_cable_after_its_kind_noun() -> None:
    names = entities_of(
        "Kabel\nRIGA (dpa) – Das Datenkabel Balticlink 3 zwischen Lettland und Schweden ist seit Montag gestört."
    )
    assert names.get("Balticlink 3", ("",))[0] == "MISC"


def test_lower_case_word_of_a_foreign_name_spelt_by_its_acronym() -> None:
    names = entities_of(
        "Wahl\nPARIS (AFP) – Die Partei Europe citoyenne (EC) und das Bündnis Place publique gewannen Sitze. "
        "Die EC will nun mitregieren."
    )
    assert "Europe citoyenne" in names
    assert "Europe" not in names


def test_und_and_a_word_before_the_acronym_close_the_name() -> None:
    names = entities_of(
        "Verbände\nBERLIN (dpa) – Der Bundesverband Spedition Lagerei und Entsorgung (BSL) kritisierte die Regierung. "
        "Der Bundesverband Möbelspedition Umzug und Logistik (BMU) schloss sich an."
    )
    assert names.get("Bundesverband Spedition Lagerei und Entsorgung", ("",))[0] == "ORG"
    assert names.get("Bundesverband Möbelspedition Umzug und Logistik", ("",))[0] == "ORG"
