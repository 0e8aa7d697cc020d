"""An NER span that swallowed what stands before a person's name: a party's name, an inhabitant noun, an adjective
before a title. The person keeps only the name, the party stays an organisation. NER spans are set by hand; the
sentences are made up for the tests."""

from __future__ import annotations

import pytest

from chronik.pipeline import build
from tests.entity_docs import tagged


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def names(doc) -> dict[str, str]:
    return {e.name: e.label for e in doc._.entities}


def test_a_party_before_a_given_name_in_one_org_span_is_the_party_and_a_person(nlp):
    text = "Die Vorsitzende der Linken Gesine Lötzsch hat die Kritik zurückgewiesen."
    found = names(tagged(nlp, text, [("Linken Gesine Lötzsch", "ORG", 0)]))
    assert found.get("Gesine Lötzsch") == "PER"
    assert "ORG" in found.values() and not any("Gesine" in n for n, label in found.items() if label == "ORG")


def test_an_inhabitant_noun_before_a_given_name_is_no_part_of_the_name(nlp):
    text = "Die Deutsche Maria Riesch gewann die Abfahrt."
    assert names(tagged(nlp, text, [("Deutsche Maria Riesch", "ORG", 0)])) == {"Maria Riesch": "PER"}


def test_an_adjective_before_a_title_before_a_name_is_no_part_of_the_name(nlp):
    text = "Niederösterreichischer Landeshauptmann Erwin Pröll kritisierte die Regierung."
    doc = tagged(
        nlp,
        text,
        [("Niederösterreichischer Landeshauptmann Erwin Pröll", "ORG", 0)],
        tags={"Niederösterreichischer": ("ADJA", "ADJ")},
    )
    assert names(doc).get("Erwin Pröll") == "PER"
    assert not any("Landeshauptmann" in n for n in names(doc))


def test_a_name_whose_first_word_is_a_company_word_keeps_its_words(nlp):
    # no party, inhabitant noun or title before the given name: the span is left as the NER tagged it
    text = "Der FC Carl Zeiss Jena gewann am Samstag."
    assert names(tagged(nlp, text, [("FC Carl Zeiss Jena", "ORG", 0)])) == {"FC Carl Zeiss Jena": "ORG"}


def test_a_dictionary_noun_before_a_given_name_is_no_part_of_the_name(nlp):
    # "Nationalspieler" opening a sentence is often tagged as a name; a noun the dictionary knows before a given name
    # is the person's description
    text = "Nationalspieler Philipp Lahm verletzte sich am Knie."
    assert names(tagged(nlp, text, [("Nationalspieler Philipp Lahm", "PER", 0)])) == {"Philipp Lahm": "PER"}
    text = "Der Milliardär Friedrich Karl Flick ist gestorben."
    assert names(tagged(nlp, text, [("Milliardär Friedrich Karl Flick", "PER", 0)])) == {"Friedrich Karl Flick": "PER"}


def test_a_name_that_opens_with_a_given_name_keeps_its_words(nlp):
    text = "Franz Josef Strauß sprach in München."
    assert names(tagged(nlp, text, [("Franz Josef Strauß", "PER", 0)])).get("Franz Josef Strauß") == "PER"


def test_a_place_and_a_person_after_in_in_one_span_are_split(nlp):
    # "wurde in Heilbronn Michael Müller erschossen" tagged as one LOC: a known place, then a first and a family name
    text = "Am Montag wurde in Heilbronn Michael Müller erschossen."
    found = names(tagged(nlp, text, [("Heilbronn Michael Müller", "LOC", 0)]))
    assert found.get("Heilbronn") == "LOC"
    assert found.get("Michael Müller") == "PER"


def test_a_place_name_holding_a_first_name_is_not_split(nlp):
    # "Sankt Peter-Ording": the words before the first name are no place of their own
    text = "Die Urlauber kamen in Sankt Peter Ording an."
    found = names(tagged(nlp, text, [("Sankt Peter Ording", "LOC", 0)]))
    assert "Peter Ording" not in found
