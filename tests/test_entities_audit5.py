"""Entity rules from the fifth session (2026-12-05): continents in the genitive, sites named by a compound site
noun and a place. Run on a blank pipeline with hand-set NER spans and tagger tags, so the tests do not depend on a
model. Own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronik import gazetteer as gz
from chronik.pipeline import build
from tests.entity_docs import link
from tests.entity_docs import tagged as analyse


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def entities(doc: Doc) -> dict[str, tuple[str, str | None, int]]:
    return {e.name: (e.label, e.country, len(e.mentions)) for e in doc._.entities}


def test_continent_in_the_genitive_after_an_organisation_head_is_a_place(nlp):
    doc = analyse(
        nlp,
        "Die Truppe soll die größte Armee Asiens werden. Asien rüstet auf.",
        [("Asiens", "LOC", 0), ("Asien", "LOC", 1)],
        {"Armee": ("NN", "NOUN"), "Asiens": ("NE", "PROPN")},
    )
    assert entities(doc).get("Asien") == ("LOC", None, 2)


def test_continent_tagged_org_is_a_place_named_in_the_nominative(nlp):
    doc = analyse(
        nlp, "Die Wirtschaft Afrikas wächst schneller.", [("Afrikas", "ORG", 0)], {"Afrikas": ("NE", "PROPN")}
    )
    assert entities(doc).get("Afrika", ("",))[0] == "LOC"


def test_compound_site_noun_and_place_tagged_org_is_a_site(nlp):
    doc = analyse(
        nlp,
        "Am Morgen besichtigte die Ministerin den Luftwaffenstützpunkt Nörvenich.",
        [("Luftwaffenstützpunkt Nörvenich", "ORG", 0)],
        {"Luftwaffenstützpunkt": ("NN", "NOUN"), "Nörvenich": ("NE", "PROPN")},
    )
    found = {e.name: e for e in doc._.entities}
    site = found["Luftwaffenstützpunkt Nörvenich"]
    assert site.label == "LOC" and site.country == "DEU" and site.geo is not None


def test_site_compounds_in_the_gazetteer():
    assert gz.place_candidates("Militärflughafen Tempelhof")[0].kind == "site"
    assert gz.place_candidates("Ludwigshafen Mitte") == []  # a city itself, no "…hafen" site


def test_institution_with_a_place_stays_an_organisation(nlp):
    doc = analyse(
        nlp,
        "Gestern teilte die Universität Potsdam mit, dass sie forscht.",
        [("Universität Potsdam", "ORG", 0)],
        {"Universität": ("NN", "NOUN"), "Potsdam": ("NE", "PROPN")},
    )
    assert entities(doc).get("Universität Potsdam", ("",))[0] == "ORG"


def test_monarch_takes_the_dominant_foreign_country(nlp):
    text = (
        "Nach dem Unglück in Jordanien hat Deutschland Hilfe zugesagt. "
        "Die Helfer flogen von Berlin über München nach Amman. "
        "In Amman und in Jordanien wird getrauert.\n\nViele Häuser stürzten ein. König Abdullah ordnete Trauer an."
    )
    doc = nlp(text)
    doc._.title = None
    for k, tok in enumerate(doc):
        tok.is_sent_start = k == 0 or doc[k - 1].text == "."
    ents = [("Jordanien", "LOC", 0), ("Deutschland", "LOC", 0), ("Berlin", "LOC", 0), ("München", "LOC", 0)]
    ents += [("Amman", "LOC", 0)]
    ents += [("Amman", "LOC", 1), ("Jordanien", "LOC", 1), ("Abdullah", "PER", 0)]
    link(doc, ents)
    king = next(e for e in doc._.entities if e.name == "Abdullah")
    assert king.country == "JOR"


def test_weak_adjective_after_der_das_gets_the_strong_nominative_in_the_name(nlp):
    doc = analyse(
        nlp,
        "Gestern tagte der Zweite Senat in Leipzig. Das kenianische Verkehrsministerium schwieg.",
        [("Zweite Senat", "ORG", 0), ("kenianische Verkehrsministerium", "ORG", 0), ("Leipzig", "LOC", 0)],
        {
            "Zweite": ("ADJA", "ADJ"),
            "Senat": ("NN", "NOUN"),
            "kenianische": ("ADJA", "ADJ"),
            "Verkehrsministerium": ("NN", "NOUN"),
        },
    )
    names = entities(doc)
    assert "Zweiter Senat" in names
    assert "kenianisches Verkehrsministerium" in names


def test_feminine_noun_after_der_is_no_adjective(nlp):
    doc = analyse(
        nlp,
        "Er sprach in der Kirche Sankt Georg über den Vertrag.",
        [("Kirche Sankt Georg", "LOC", 0)],
        {"Kirche": ("NN", "NOUN"), "Sankt": ("NE", "PROPN"), "Georg": ("NE", "PROPN")},
    )
    assert "Kirche Sankt Georg" in entities(doc)


def test_genitive_name_after_des_is_named_in_the_nominative(nlp):
    doc = analyse(
        nlp,
        "Ein Sprecher des Landgerichts Kassel widersprach.",
        [("Landgerichts Kassel", "ORG", 0)],
        {"Landgerichts": ("NN", "NOUN"), "Kassel": ("NE", "PROPN")},
    )
    assert "Landgericht Kassel" in entities(doc)


def test_genitive_of_a_word_in_s_is_kept(nlp):
    doc = analyse(
        nlp,
        "Die Artisten des Zirkus Krone traten auf.",
        [("Zirkus Krone", "ORG", 0)],
        {"Zirkus": ("NN", "NOUN"), "Krone": ("NE", "PROPN")},
    )
    assert "Zirkus Krone" in entities(doc)


def test_big_city_tagged_person_is_a_place(nlp):
    doc = analyse(
        nlp,
        "Die Regierung erhob Vorwürfe. Peking wies die Vorwürfe zurück.",
        [("Peking", "PER", 0)],
        {"Peking": ("NE", "PROPN")},
    )
    assert entities(doc).get("Peking", ("",))[0] == "LOC"


def test_known_organisation_tagged_place_with_only_a_town_reading_is_an_organisation(nlp):
    doc = analyse(
        nlp,
        "Ein Sprecher der Hamas bestätigte die Gespräche.",
        [("Hamas", "LOC", 0)],
        {"Hamas": ("NE", "PROPN")},
    )
    assert entities(doc).get("Hamas", ("",))[0] == "ORG"


AUSTRIA_2 = ("Österreich", "LOC", 1)


def test_federal_title_in_an_article_on_austria_is_austrian(nlp):
    doc = analyse(
        nlp,
        "In Österreich wird gewählt. In Wien und Graz sprach Bundeskanzler Anton Huber. Österreich wartet.",
        [("Österreich", "LOC", 0), ("Wien", "LOC", 0), ("Graz", "LOC", 0), ("Anton Huber", "PER", 0), AUSTRIA_2],
        {"Anton": ("NE", "PROPN"), "Huber": ("NE", "PROPN")},
    )
    assert entities(doc)["Anton Huber"][1] == "AUT"


def test_federal_title_in_an_article_on_germany_stays_german(nlp):
    doc = analyse(
        nlp,
        "In Berlin sprach Bundeskanzler Anton Huber über Österreich.",
        [("Berlin", "LOC", 0), ("Anton Huber", "PER", 0), ("Österreich", "LOC", 0)],
        {"Anton": ("NE", "PROPN"), "Huber": ("NE", "PROPN")},
    )
    assert entities(doc)["Anton Huber"][1] == "DEU"


def test_person_span_ending_on_a_name_particle_runs_on_to_the_family_name(nlp):
    doc = analyse(
        nlp,
        "Gestern sprach Trainer Rafael Van der Kamp mit der Presse.",
        [("Rafael Van", "PER", 0)],
        {"Rafael": ("NE", "PROPN"), "Van": ("NN", "NOUN"), "Kamp": ("NN", "NOUN")},
    )
    assert "Rafael Van der Kamp" in entities(doc)


def test_bare_title_prefers_its_own_holder_over_a_synonymous_office(nlp):
    doc = analyse(
        nlp,
        "Bundeskanzler Otto Lange besuchte mit Ministerpräsident Karl Brenner die Stadt. Der Kanzler sagte Hilfe zu.",
        [("Otto Lange", "PER", 0), ("Karl Brenner", "PER", 0)],
        {"Otto": ("NE", "PROPN"), "Lange": ("NE", "PROPN"), "Karl": ("NE", "PROPN"), "Brenner": ("NE", "PROPN")},
    )
    people = {e.name: list(e.roles) for e in doc._.entities}
    assert "Kanzler" in people["Otto Lange"]
    assert "Kanzler" not in people["Karl Brenner"]
