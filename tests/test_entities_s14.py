"""Entity rules of the fourteenth session (names ending in a number before the full stop, foreign towns near the
dateline's country, foreign parties in their own language, first names and Arabic name words the NER left out,
places grounded by the one foreign country a text is about), each on invented sentences."""

from __future__ import annotations

from tests.quote_docs import entities_of


def test_line_number_closing_the_sentence_stays_in_the_name() -> None:
    names = entities_of(
        "Leck\nKOPENHAGEN (dpa) – Taucher untersuchen seit Montag die Gasleitung Baltic Pipe 2. Die Marine sperrte "
        "das Gebiet."
    )
    assert "Baltic Pipe 2" in names


def test_club_number_closing_the_sentence_stays_in_the_name() -> None:
    names = entities_of("Wechsel\nHANNOVER (dpa) – Der Stürmer verlässt Hannover 96. Das bestätigte sein Berater.")
    assert "Hannover 96" in names
    assert "Hannover 96." not in names


def test_ordinal_before_a_month_is_no_name_number() -> None:
    names = entities_of("Termin\nKÖLN (dpa) – Die Stadt Köln lädt am 3. Oktober zum Fest. Der Eintritt ist frei.")
    assert not any(n.endswith(" 3") for n in names)


def test_town_off_which_a_ship_lies_in_the_datelines_country() -> None:
    names = entities_of("Suche\nATHEN (dpa) – Die Küstenwache sucht vor Chalkida nach einem vermissten Taucher.")
    assert names.get("Chalkida") == ("LOC", "GRC")


def test_big_town_after_bei_tagged_as_person_in_the_datelines_country() -> None:
    names = entities_of("Flut\nMADRID (dpa) – Bei Albacete stehen seit Dienstag Felder unter Wasser.")
    assert names.get("Albacete") == ("LOC", "ESP")


def test_surname_like_a_town_stays_a_person_after_bei() -> None:
    names = entities_of(
        "Termin\nMADRID (dpa) – Ministerin Ana Albacete lud am Montag ein. Bei Albacete saßen auch zwei Bürgermeister."
    )
    assert names.get("Ana Albacete", ("",))[0] == "PER"
    assert "Albacete" not in names


def test_town_after_bei_tagged_as_organisation_in_the_datelines_country() -> None:
    names = entities_of("Waldbrand\nMADRID (dpa) – Bei Cáceres verbrannten am Wochenende mehrere Hektar Kiefernwald.")
    assert names.get("Cáceres") == ("LOC", "ESP")


def test_first_name_left_out_by_the_ner_after_von() -> None:
    names = entities_of(
        "Urteil\nMADRID (dpa) – Nach Angaben von Rodrigo Salinas wurde der Bürgermeister am Montag freigesprochen."
    )
    assert names.get("Rodrigo Salinas", ("",))[0] == "PER"
    assert "Salinas" not in names


def test_arabic_name_word_between_two_person_spans() -> None:
    names = entities_of("Besuch\nRIAD (dpa) – Kronprinz Mohammed bin Salman empfing am Dienstag den Außenminister.")
    assert names.get("Mohammed bin Salman", ("",))[0] == "PER"


def test_foreign_party_in_its_own_language_after_an_article() -> None:
    names = entities_of("Koalition\nBRÜSSEL (dpa) – Der Vlaams Belang fordert nach der Wahl ein Ende der Koalition.")
    assert names.get("Vlaams Belang") == ("ORG", "BEL")


def test_foreign_party_in_a_pair_with_an_acronym() -> None:
    names = entities_of(
        "Gespräche\nBRÜSSEL (dpa) – Unterhändler von Vlaams Belang und N-VA sprachen am Montag über das Budget."
    )
    assert names.get("Vlaams Belang", ("",))[0] == "ORG"
    assert names.get("N-VA", ("",))[0] == "ORG"


def test_foreign_party_named_by_two_capitalised_words() -> None:
    names = entities_of("Umfrage\nROM (dpa) – Forza Italia verliert in der jüngsten Umfrage zwei Punkte.")
    assert names.get("Forza Italia") == ("ORG", "ITA")


def test_small_town_abroad_is_read_as_a_town_of_the_country_in_focus() -> None:
    names = entities_of(
        "Abstimmung\nMONTEVIDEO (dpa) – In Flores stimmte am Sonntag eine Mehrheit für den Kandidaten der "
        "Opposition. Uruguay wählt im Herbst ein neues Parlament."
    )
    assert names.get("Flores") == ("LOC", "URY")


def test_big_city_abroad_keeps_its_own_country() -> None:
    names = entities_of(
        "Reise\nBRÜSSEL (dpa) – Belgiens Regierungschef reist nach Cambridge. Belgien will mehr Geld für Forschung."
    )
    assert names.get("Cambridge") == ("LOC", "GBR")


def test_foreign_party_with_a_lower_case_word_after_its_kind_noun() -> None:
    names = entities_of(
        "Neuwahl\nPARIS (AFP) – Die Oppositionspartei La France insoumise verlangte am Dienstag Neuwahlen."
    )
    assert names.get("La France insoumise") == ("ORG", "FRA")


def test_kind_noun_cut_from_a_foreign_party_is_no_german_party() -> None:
    names = entities_of("Neuwahl\nPARIS (AFP) – Am Dienstag verlangte die Linkspartei La France insoumise Neuwahlen.")
    assert names.get("La France insoumise") == ("ORG", "FRA")
    assert "Die Linke" not in names


def test_compound_naming_the_partys_role_is_cut_from_its_name() -> None:
    names = entities_of("Umfrage\nBUDAPEST (dpa) – Die Oppositionspartei Tisza liegt in einer neuen Umfrage vorn.")
    assert names.get("Tisza", ("",))[0] == "ORG"
    assert "Oppositionspartei Tisza" not in names


def test_compound_party_noun_inside_a_name_stays() -> None:
    names = entities_of("Waffen\nANKARA (dpa) – Die Arbeiterpartei Kurdistans hat am Montag weitere Waffen abgegeben.")
    assert "Arbeiterpartei Kurdistans" in names
