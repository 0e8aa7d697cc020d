"""Entity rules from the eighth session's second entity round (2026-12-05, after blind audit 9): state bodies named
by a common noun ("der Landtag", "die Staatskanzlei"), "die Linke", English company suffixes, a company's short
name, regional associations, exercise names, capitals tagged MISC, place nouns before a place, cross-border regions
and common nouns tagged as names. Own invented sentences, run through the whole pipeline (skipped without a
trained model)."""

from __future__ import annotations

from tests.quote_docs import entity_mentions as entities


def test_state_bodies_named_by_a_common_noun_are_organisations():
    found = entities(
        "In Erfurt streiten CDU und SPD über den Haushalt. Der Koalitionsausschuss soll am Montag tagen. "
        "Ein Sprecher der Staatskanzlei sagte, der Landtag werde im Mai abstimmen. "
        "Nach Angaben des Finanzministeriums fehlen 300 Millionen Euro."
    )
    for name in ("Koalitionsausschuss", "Staatskanzlei", "Landtag", "Finanzministerium"):
        assert found.get(name, ("", []))[0] == "ORG", name


def test_the_works_council_is_an_organisation():
    found = entities("Der Maschinenbauer will in Augsburg Stellen streichen. Der Betriebsrat kündigte Widerstand an.")
    assert found.get("Betriebsrat", ("", []))[0] == "ORG"


def test_die_linke_is_the_party_but_not_an_adjective_before_a_noun():
    found = entities("In Schwerin forderte die Linke einen Untersuchungsausschuss.")
    assert found.get("Die Linke", ("", []))[0] == "ORG"
    found = entities("Linke Gruppen demonstrierten am Samstag in Leipzig gegen die Mieten.")
    assert "Die Linke" not in found


def test_english_company_suffixes_make_an_organisation_and_its_short_name_follows():
    found = entities(
        "Der britische Spediteur Harwell Logistics übernimmt den Zulieferer Brenner Automotive. "
        "Brenner teilte am Montag in Ulm mit, die Kartellbehörden müssten noch zustimmen."
    )
    assert found.get("Harwell Logistics", ("", []))[0] == "ORG"
    assert "Spediteur Harwell Logistics" not in found
    brenner = [name for name, (label, mentions) in found.items() if "Brenner" in mentions]
    assert brenner and all(found[name][0] == "ORG" for name in brenner)


def test_an_association_named_with_its_region_is_an_organisation():
    found = entities("Zu der Kundgebung in Kiel hatte das Landvolk Schleswig-Holstein aufgerufen.")
    assert found.get("Landvolk Schleswig-Holstein", ("", []))[0] == "ORG"


def test_the_name_of_an_exercise_is_no_organisation():
    found = entities("Die Übung mit dem Namen „Northern Anchor“ endet am Freitag vor der Küste Norwegens.")
    assert found.get("Northern Anchor", ("MISC", []))[0] == "MISC"


def test_a_capital_standing_for_its_government_is_one_place():
    found = entities(
        "Lettland protestierte gegen den Überflug. Moskau bestritt den Vorwurf und sprach von einer Übung."
    )
    assert found["Moskau"][0] == "LOC"


def test_a_place_noun_before_a_place_is_not_part_of_an_organisation():
    found = entities("Russland verlegte Raketen in die Exklave Kaliningrad an der Ostsee.")
    assert "Exklave Kaliningrad" not in found
    assert found.get("Kaliningrad", ("", []))[0] == "LOC"


def test_a_cross_border_region_is_a_place():
    found = entities("Die Bundeswehr verstärkt ihre Präsenz im Baltikum.")
    assert found.get("Baltikum", ("", []))[0] == "LOC"


def test_common_nouns_are_no_places():
    found = entities("Die Stadt spart bei Kitas und Schwimmbädern. Das Großmanöver beginnt im Juni in Polen.")
    assert "Kitas" not in found and "Großmanöver" not in found


def test_a_country_adjective_and_a_noun_tagged_as_a_person_is_no_person():
    found = entities("Japanischer Konzern übernimmt Maschinenbauer\n\nKassel (dpa) - Der Verkauf ist perfekt.")
    assert "Japanischer Konzern" not in found


def test_a_business_association_in_the_genitive_is_known():
    found = entities("Nach Angaben des Verbands der Automobilindustrie sank der Absatz im Oktober deutlich.")
    assert found.get("Verband der Automobilindustrie", ("", []))[0] == "ORG"


def test_a_company_short_name_that_is_also_a_small_town_is_the_company():
    found = entities(
        "Der Zulieferer Tsubame Robotics baut ein Werk in Sachsen. Dafür will Tsubame rund 300 Millionen Euro "
        "investieren, teilte das Unternehmen in Dresden mit."
    )
    assert "Tsubame" in found.get("Tsubame Robotics", ("", []))[1]
