"""Event targets written as an object pronoun or a country noun (twelfth session, second round, 2026-12-05):
"Sie warf ihr vor, …" after a feminine organisation is that organisation; "drohte dem Land mit …" is the country
named in the sentences before. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_feminine_object_pronoun_is_the_organisation_named_before():
    rows = rows_by_trigger(
        "WARSCHAU (dpa) – Der polnische Agrarminister Tomasz Wolski hat die Welthandelsorganisation heftig "
        "kritisiert. Er warf ihr vor, die Bauern im Stich zu lassen."
    )
    assert rows["warf"][2] == ["Tomasz Wolski"]
    assert rows["warf"][3] == ["Welthandelsorganisation"]


def test_neuter_object_pronoun_is_the_organisation_named_before():
    rows = rows_by_trigger(
        "MÜNCHEN (dpa) – Die Gewerkschaft Verdi hat das Klinikum Nordstadt scharf angegriffen. Sie warf ihm vor, "
        "Pflegekräfte schlecht zu bezahlen."
    )
    assert rows["warf"][3] == ["Klinikum Nordstadt"]


def test_definite_country_noun_as_object_is_the_country_named_before():
    rows = rows_by_trigger(
        "ATHEN (dpa) – Der griechische Regierungschef Nikos Andreou hat Albanien scharf kritisiert. Der Politiker "
        "drohte dem Land mit dem Abbruch der Beitrittsgespräche."
    )
    assert rows["drohte"][2] == ["Nikos Andreou"]
    assert rows["drohte"][3] == ["Albanien"]


def test_country_noun_as_subject_is_no_target():
    rows = rows_by_trigger(
        "ATHEN (dpa) – Griechenland hat Albanien scharf kritisiert. Am Montag drohte das Land mit dem Abbruch "
        "der Gespräche."
    )
    assert "Albanien" not in rows["drohte"][3]


def test_unnamed_spokesperson_speaks_for_the_organisation_the_sentence_before_was_about():
    rows = rows_by_trigger(
        "FRANKFURT (dpa) – Die Bundesnetzagentur hat die Preispläne des Stromkonzerns Voltana beanstandet. "
        "Ein Sprecher drohte dem Unternehmen mit einem Bußgeld."
    )
    assert rows["drohte"][2] == ["Bundesnetzagentur"]


def test_spokesperson_of_an_organisation_noun_speaks_for_it():
    rows = rows_by_trigger(
        "HANNOVER (dpa) – Der Verkehrsminister Jens Albers hat den Autobauer Brenwerk kritisiert. Eine Sprecherin "
        "des Konzerns drohte dem Minister mit einer Klage."
    )
    assert rows["drohte"][2] == ["Brenwerk"]
    assert rows["drohte"][3] == ["Jens Albers"]


def test_the_state_an_extradited_person_goes_to_is_no_target():
    rows = rows_by_trigger(
        "LISSABON (dpa) – Die portugiesische Polizei hat den mutmaßlichen Betrüger Paulo Costa festgenommen. Der "
        "51-Jährige wurde am Montag an Frankreich ausgeliefert."
    )
    assert rows["ausgeliefert"][3] == ["Paulo Costa"]


def test_a_shelled_town_is_the_place_and_its_named_country_the_target():
    rows = rows_by_trigger(
        "KIEW (dpa) – Russland hat seine Angriffe auf die Ukraine verstärkt. Russische Truppen haben in der Nacht "
        "die Stadt Sumy mit Raketen beschossen."
    )
    assert rows["beschossen"][3] == ["Ukraine"]
    assert rows["beschossen"][4] == "Sumy"


def test_the_owner_in_the_objects_genitive_is_the_target_not_the_source():
    rows = rows_by_trigger(
        "ADEN (dpa) – Der britische Zerstörer „Dauntless“, der im Roten Meer patrouilliert, hat am Sonntag drei "
        "Raketen der Huthi-Miliz abgeschossen."
    )
    assert "Huthi-Miliz" not in rows["abgeschossen"][2]
    assert rows["abgeschossen"][3] == ["Huthi-Miliz"]
