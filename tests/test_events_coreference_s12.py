"""Event actors, twelfth session: how agency German refers back to actors ("die beiden", "die Nachbarn", "sie",
"die Miliz", "die Franzosen", "ihr Ministerium", "Bund und Länder") and links them to events (invented sentences)."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_bare_die_beiden_before_the_verb_are_the_two_people() -> None:
    # the verb right after "beiden" ends in -en like an adjective: it is no noun of the phrase
    text = (
        "Schwerin (dpa) – Die Landräte Jens Möller und Uwe Brandt haben sich am Montag getroffen. Die beiden "
        "vereinbarten einen gemeinsamen Rettungsdienst."
    )
    row = rows_by_trigger(text)["vereinbarten"]
    assert row[1] == "AGREE"
    assert sorted(row[2]) == ["Jens Möller", "Uwe Brandt"]


def test_die_nachbarn_as_subject_are_the_two_states_named_before() -> None:
    text = (
        "Santiago (AFP) – Chile und Bolivien streiten seit Jahrzehnten um einen Zugang zum Meer. Am Freitag haben "
        "die Nachbarn einen Vertrag unterzeichnet."
    )
    row = rows_by_trigger(text)["unterzeichnet"]
    assert row[1] == "AGREE"
    assert sorted(row[2]) == ["Bolivien", "Chile"]


def test_singular_sie_after_a_man_named_as_object_is_the_organisation() -> None:
    # "sie" cannot be the ambassador: the government, subject of the sentence before, protests
    text = (
        "Rom (dpa) – Die italienische Regierung hat den ägyptischen Botschafter Karim Nasser einbestellt. Sie "
        "protestierte gegen die Festnahme eines italienischen Studenten."
    )
    row = rows_by_trigger(text)["protestierte"]
    assert row[1] == "PROTEST"
    assert row[2] == ["italienische Regierung"] or row[2] == ["Italien"]


def test_feminine_noun_before_an_unknown_first_name_makes_sie_her() -> None:
    # "Aktivistin" tells that Nasrin Tavakoli is a woman, so the passive "sie" is the woman released
    text = (
        "Teheran (AFP) – Die Aktivistin Nasrin Tavakoli war im März festgenommen worden. Im September wurde sie "
        "freigelassen."
    )
    row = rows_by_trigger(text)["freigelassen"]
    assert row[3] == ["Nasrin Tavakoli"]


def test_inhabitant_plural_noun_is_its_country() -> None:
    text = (
        "Madrid (dpa) – Spanien und Venezuela streiten seit Wochen über die Auslieferung eines Oppositionellen. "
        "Nun haben die Spanier Sanktionen gegen Venezuela verhängt."
    )
    row = rows_by_trigger(text)["Sanktionen"]
    assert row[1] == "SANCTION"
    assert row[2:4] == (["Spanien"], ["Venezuela"])


def test_one_woman_of_a_people_is_not_her_country() -> None:
    # "die Spanierin" is one woman, not Spain
    text = "Madrid (dpa) – Spanien hat Venezuela kritisiert. Die Spanierin kritisierte zudem Kuba."
    assert "Spanien" not in rows_by_trigger(text)["kritisierte"][2]


def test_possessive_ministry_is_its_minister() -> None:
    text = (
        "Berlin (dpa) – Die Verbraucherschutzministerin Sabine Krüger will Lebensmittelwerbung einschränken. "
        "Ihr Ministerium verbot zugleich der Firma Limofix eine Werbekampagne."
    )
    row = rows_by_trigger(text)["verbot"]
    assert row[2] == ["Sabine Krüger"]
    assert row[3] == ["Limofix"]


def test_possessive_government_is_the_subject_of_the_sentence_before() -> None:
    # Litauen, the object in between, does not own "seine Regierung"
    text = (
        "Riga (dpa) – Der lettische Präsident Andris Kalniņš hat Russland scharf kritisiert. Seine Regierung wies "
        "am Dienstag zwei russische Diplomaten aus."
    )
    assert rows_by_trigger(text)["wies"][2] == ["Andris Kalniņš"]


def test_federation_coordinated_with_its_states_is_a_party() -> None:
    text = (
        "Berlin (dpa) – Im Streit um die Finanzierung der Schulen haben sich Bund und Länder am Donnerstag auf "
        "einen Kompromiss verständigt."
    )
    row = rows_by_trigger(text)["verständigt"]
    assert row[1] == "AGREE"
    assert sorted(row[2]) == ["Bund", "Bundesländer"]


def test_die_miliz_in_a_genitive_is_the_armed_group_named_before() -> None:
    text = (
        "Gaza (dpa) – Die Hamas hat am Montag Raketen auf Aschkelon abgefeuert. Israel bombardierte daraufhin "
        "Stellungen der Miliz im Norden des Gazastreifens."
    )
    row = rows_by_trigger(text)["bombardierte"]
    assert row[2] == ["Israel"]
    assert row[3] == ["Hamas"]


def test_sie_after_a_dateline_is_the_organisation_the_parser_attached_to_the_town() -> None:
    # after "Straßburg (AFP) –" the parser may hang the subject on the dateline; its nominative case still tells
    text = (
        "Straßburg (AFP) – Die Europäische Zentralbank hat den Leitzins gesenkt. Sie warf zugleich Italien vor, "
        "zu viele Schulden zu machen."
    )
    assert rows_by_trigger(text)["warf"][2] == ["Europäische Zentralbank"]


def test_sie_is_a_government_the_tagger_read_as_masculine() -> None:
    # "Regierung" is feminine whatever the tagger guessed after a genitive country name
    text = (
        "Vilnius (dpa) – Litauens Regierung hat die Grenze zu Belarus geschlossen. Sie warf Minsk vor, Migranten "
        "an die Grenze zu bringen."
    )
    assert rows_by_trigger(text)["warf"][2] != []


def test_es_is_the_ministry_that_was_the_subject_before() -> None:
    text = (
        "Bonn (dpa) – Das Bundesjustizministerium hat den Onlinehändler Datenfix abgemahnt. Es wirft ihm vor, "
        "Kundendaten verkauft zu haben."
    )
    assert rows_by_trigger(text)["wirft"][2] == ["Bundesjustizministerium"]


def test_es_is_the_country_that_was_the_subject_before() -> None:
    text = (
        "Peking (dpa) – China hat am Montag Manöver vor Taiwan begonnen. Zugleich warf es den USA vor, die Insel "
        "aufzurüsten."
    )
    assert rows_by_trigger(text)["warf"][2] == ["China"]


def test_empty_es_of_es_gab_is_no_country() -> None:
    text = "Warschau (dpa) – Polen hat die Grenze zu Belarus geschlossen. Es gab Proteste von Lastwagenfahrern."
    assert "Polen" not in rows_by_trigger(text)["Proteste"][2]
