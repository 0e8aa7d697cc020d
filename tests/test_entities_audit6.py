"""Entity rules from the fifth session, round 3 (2026-12-05): datelines in capitals, countries of leaders and of
international officials, continents, goods and place pairs. Run on a blank pipeline with hand-set NER spans and
tagger tags, so the tests do not depend on a model. Own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronik.pipeline import build
from tests.entity_docs import link
from tests.entity_docs import tagged as analyse


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def entities(doc: Doc) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.country) for e in doc._.entities}


def test_dateline_in_capitals_is_the_city_not_an_actor(nlp):
    doc = analyse(
        nlp,
        "BRÜSSEL (dpa) – Die Minister haben am Mittwoch weitere Hilfen beschlossen.",
        [("BRÜSSEL", "ORG", 0), ("dpa", "ORG", 0)],
    )
    assert entities(doc).get("BRÜSSEL") == ("LOC", "BEL")


def test_double_dateline_in_capitals_is_two_places(nlp):
    doc = analyse(
        nlp,
        "ASUNCIÓN/BRÜSSEL (Reuters) – Die beiden Staatengruppen haben den Vertrag unterzeichnet.",
        [("ASUNCIÓN", "ORG", 0), ("BRÜSSEL", "ORG", 0), ("Reuters", "ORG", 0)],
    )
    found = entities(doc)
    assert found.get("ASUNCIÓN") == ("LOC", "PRY") and found.get("BRÜSSEL") == ("LOC", "BEL")


def test_capitals_inside_a_sentence_are_no_dateline(nlp):
    doc = analyse(nlp, "Die Firma KASSEL (Holding) meldete Verluste.", [("KASSEL", "ORG", 0)])
    assert entities(doc).get("KASSEL", ("",))[0] == "ORG"


def test_leader_takes_no_country_from_the_paragraph_before(nlp):
    doc = analyse(
        nlp,
        "Die Kommission in Brüssel will den Fonds prüfen.\n\nMinisterpräsident Kostas Andreou brach seinen Urlaub ab.",
        [("Brüssel", "LOC", 0), ("Kostas Andreou", "PER", 0)],
    )
    assert entities(doc).get("Kostas Andreou") == ("PER", None)


def test_official_of_an_international_body_takes_no_dominant_country(nlp):
    doc = analyse(
        nlp,
        "In Athen und auf Kreta brennen die Wälder. Griechenland bittet um Hilfe. "
        "EU-Kommissarin Maria Lindqvist sagte Athen weitere Flugzeuge zu.",
        [
            ("Athen", "LOC", 0),
            ("Kreta", "LOC", 0),
            ("Griechenland", "LOC", 0),
            ("Maria Lindqvist", "PER", 0),
            ("Athen", "LOC", 1),
        ],
    )
    assert entities(doc).get("Maria Lindqvist") == ("PER", None)


def test_continent_has_no_country(nlp):
    doc = analyse(nlp, "Die Bauern fürchten Einfuhren aus Südamerika.", [("Südamerika", "LOC", 0)])
    assert entities(doc).get("Südamerika") == ("LOC", None)


def test_goods_after_a_bare_adjective_are_no_place(nlp):
    doc = analyse(
        nlp,
        "Die Bauern fürchten billiges Rindfleisch und Geflügel aus Brasilien. Auch Rindfleisch wird geschützt.",
        [("Geflügel", "LOC", 0), ("Rindfleisch", "LOC", 1), ("Brasilien", "LOC", 0)],
        {"billiges": ("ADJA", "ADJ"), "Rindfleisch": ("NN", "NOUN"), "Geflügel": ("NN", "NOUN")},
    )
    found = entities(doc)
    assert "Geflügel" not in found and "Rindfleisch" not in found and found.get("Brasilien") == ("LOC", "BRA")


def test_umlaut_plural_common_noun_is_no_place(nlp):
    doc = nlp("Die Firmen sparen jährlich Milliarden an Zöllen.")
    doc._.title = None
    tok = next(t for t in doc if t.text == "Zöllen")
    tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", "Zoll"
    tok.set_morph("Case=Dat|Number=Plur")
    link(doc, [("Zöllen", "LOC", 0)])
    assert "Zöllen" not in entities(doc)


def test_name_joined_to_a_place_after_a_preposition_is_a_place(nlp):
    doc = analyse(
        nlp,
        "Geräumt wurden auch Teile von Varnavas und Kato Souli.",
        [("Varnavas", "LOC", 0), ("Kato Souli", "PER", 0)],
    )
    assert entities(doc).get("Kato Souli", ("",))[0] == "LOC"


def test_dateline_and_the_place_in_the_text_are_one_place_named_as_in_the_text(nlp):
    doc = analyse(
        nlp,
        "KASSEL (dpa) – Nach einem Angriff ermittelt die Polizei in Kassel.",
        [("KASSEL", "ORG", 0), ("dpa", "ORG", 0), ("Kassel", "LOC", 0)],
    )
    found = entities(doc)
    assert found.get("Kassel") == ("LOC", "DEU") and "KASSEL" not in found


def test_name_after_a_type_noun_is_a_product(nlp):
    doc = analyse(
        nlp,
        "Spanien schickte zwei Löschflugzeuge vom Typ Petrel nach Athen.",
        [("Spanien", "LOC", 0), ("Petrel", "PER", 0), ("Athen", "LOC", 0)],
    )
    assert entities(doc).get("Petrel", ("MISC",))[0] == "MISC"


def test_member_of_an_international_parliament_keeps_the_dominant_country(nlp):
    doc = analyse(
        nlp,
        "In Athen und auf Kreta brennen die Wälder. Griechenland bittet um Hilfe. "
        "EU-Abgeordneter Nikos Petrou sagte Athen weitere Flugzeuge zu.",
        [
            ("Athen", "LOC", 0),
            ("Kreta", "LOC", 0),
            ("Griechenland", "LOC", 0),
            ("Nikos Petrou", "PER", 0),
            ("Athen", "LOC", 1),
        ],
    )
    assert entities(doc).get("Nikos Petrou") == ("PER", "GRC")


# --- sixth session (2026-12-05): regions, media and polling institutes, militia compounds, names after titles ---


def test_foreign_region_without_a_preposition_is_a_place(nlp):
    doc = analyse(nlp, "Gewarnt wird in mehreren Regionen, darunter Thessalien und der Peloponnes.")
    found = entities(doc)
    assert found.get("Thessalien") == ("LOC", "GRC") and found.get("Peloponnes") == ("LOC", "GRC")


def test_broadcaster_and_polling_institute_missed_by_the_ner_are_organisations(nlp):
    doc = analyse(nlp, "Wie der WDR berichtete, sieht eine Umfrage von Forsa die Partei vorn.")
    found = entities(doc)
    assert found.get("WDR") == ("ORG", "DEU") and found.get("Forsa") == ("ORG", "DEU")


def test_acronym_militia_compound_is_an_organisation(nlp):
    doc = analyse(nlp, "Die Armee warf der ABC-Miliz Angriffe auf Dörfer vor.", tags={"ABC-Miliz": ("NN", "NOUN")})
    assert entities(doc).get("ABC-Miliz", ("",))[0] == "ORG"


def test_election_at_a_place_is_no_organisation(nlp):
    doc = analyse(
        nlp,
        "Vor der Kommunalwahl in Niedersachsen wirbt die Partei um Stimmen.",
        [("Kommunalwahl in Niedersachsen", "ORG", 0)],
        {"Kommunalwahl": ("NN", "NOUN")},
    )
    # the place stays out too: "vor der Wahl in X" qualifies the election and is no scene for the events
    assert not any("wahl" in name or label == "ORG" for name, (label, _) in entities(doc).items())


def test_party_after_a_title_in_the_genitive_is_no_person(nlp):
    doc = analyse(
        nlp,
        "Der Landeschef der Grünen, Max Muster, wurde angegriffen.",
        [("Landeschef der Grünen", "ORG", 0), ("Max Muster", "PER", 0)],
    )
    found = entities(doc)
    assert found.get("Bündnis 90/Die Grünen", ("",))[0] == "ORG" and "Grünen" not in found


def test_type_noun_inside_the_span_makes_a_product(nlp):
    doc = analyse(
        nlp,
        "Raketen des Typs Falke lehnte die Regierung ab.",
        [("Typs Falke", "ORG", 0)],
        {"Typs": ("NN", "NOUN"), "Falke": ("NE", "PROPN")},
    )
    found = entities(doc)
    assert "Typs Falke" not in found and found.get("Falke", ("MISC",))[0] == "MISC"


def test_name_after_a_title_is_whole_even_with_a_noun_like_surname(nlp):
    doc = analyse(
        nlp,
        "„Es brennt“, sagte Polizeisprecher Dimitrios Papanis im Fernsehen.",
        [("Dimitrios Papanis", "PER", 0)],
        {"Dimitrios": ("NE", "PROPN"), "Papanis": ("NN", "NOUN")},
    )
    assert entities(doc).get("Dimitrios Papanis", ("",))[0] == "PER"


def test_abstract_noun_after_von_ends_a_person_name(nlp):
    doc = analyse(
        nlp,
        "Am Abend sprach Regierungssprecher Karl Muster von Brandstiftung.",
        [("Karl Muster von Brandstiftung", "PER", 0)],
        {"Brandstiftung": ("NN", "NOUN")},
    )
    found = entities(doc)
    assert found.get("Karl Muster", ("",))[0] == "PER" and "Karl Muster von Brandstiftung" not in found


def test_group_named_after_a_country_takes_no_country_but_a_country_code_prefix_does(nlp):
    doc = analyse(
        nlp,
        "Die Minister der Ukraine-Kontaktgruppe trafen sich. Die US-Regierung sagte Hilfe zu.",
        [("Ukraine-Kontaktgruppe", "ORG", 0), ("US-Regierung", "ORG", 0)],
    )
    found = entities(doc)
    assert found.get("Ukraine-Kontaktgruppe") == ("ORG", None) and found.get("US-Regierung") == ("ORG", "USA")


def test_unknown_town_after_nahe_tagged_as_a_person_is_a_place(nlp):
    doc = analyse(nlp, "Ein Feuer brach nahe Ano Pefki aus.", [("Ano Pefki", "PER", 0)])
    assert entities(doc).get("Ano Pefki", ("",))[0] == "LOC"


def test_person_after_in_stays_a_person_when_named_elsewhere(nlp):
    doc = analyse(
        nlp,
        "Viele sehen in Muster einen Partner. Karla Muster schwieg.",
        [("Muster", "PER", 0), ("Karla Muster", "PER", 0)],
    )
    assert entities(doc).get("Karla Muster", ("",))[0] == "PER" and "Muster" not in entities(doc)


def test_agency_in_brackets_after_a_dateline_place_is_cut_off(nlp):
    doc = analyse(
        nlp,
        "Drohnen über Polen\n\nKrakau (Reuters) – Polen hat Drohnen abgeschossen.",
        [("Krakau (Reuters)", "LOC", 0)],
    )
    found = entities(doc)
    assert found.get("Krakau") == ("LOC", "POL") and "Krakau (Reuters)" not in found


def test_two_dateline_places_tagged_as_one_organisation_are_two_places(nlp):
    doc = analyse(
        nlp,
        "Gespräche über Handel\n\nAnkara/Athen (Reuters) – Die Regierungen verhandeln.",
        [("Ankara/Athen", "ORG", 0)],
    )
    found = entities(doc)
    assert found.get("Ankara") == ("LOC", "TUR") and found.get("Athen") == ("LOC", "GRC")
    assert "Ankara/Athen" not in found


def test_dateline_place_with_a_slash_tagged_as_an_organisation_is_a_place(nlp):
    doc = analyse(
        nlp,
        "Gespräche über Handel\n\nAnkara/Berlin (dpa) – Die Regierungen verhandeln.",
        [("Ankara/", "ORG", 0), ("Berlin", "LOC", 0)],
    )
    found = entities(doc)
    assert found.get("Ankara") == ("LOC", "TUR") and "Ankara/" not in found
