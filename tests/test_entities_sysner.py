"""chronik's final name mentions against the NER's: rules must not lose names the NER got right."""

from __future__ import annotations

import pytest

from chronik.eval.ner import system_spans
from chronik.pipeline import build
from tests.entity_docs import tagged


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def _names(doc):
    return {(doc.text[s:e], label) for s, e, label in system_spans(doc)}


def test_attached_title_is_a_role_not_part_of_the_name(nlp):
    text = "Gestern sagte Landrat Jörg Wendelmann in Kassel, die Brücke bleibe gesperrt."
    doc = tagged(nlp, text, [("Jörg Wendelmann", "PER", 0), ("Kassel", "LOC", 0)])
    (person,) = [e for e in doc._.entities if e.label == "PER"]
    # the mention keeps its title (events and quotes read it), the name is the name alone
    assert [text[s:e] for s, e in person.mentions] == ["Landrat Jörg Wendelmann"]
    assert ("Jörg Wendelmann", "PER") in _names(doc)
    assert ("Landrat Jörg Wendelmann", "PER") not in _names(doc)


def test_lower_case_names_stay(nlp):
    text = "Die Meldung verbreitete die dpa am Abend, auch n-tv berichtete über die deutschen Pläne."
    ents = [("dpa", "ORG", 0), ("n-tv", "ORG", 0), ("deutschen", "MISC", 0)]
    doc = tagged(nlp, text, ents, tags={"dpa": ("NE", "PROPN"), "n-tv": ("NN", "NOUN"), "deutschen": ("ADJA", "ADJ")})
    names = _names(doc)
    assert ("dpa", "ORG") in names
    assert ("n-tv", "ORG") in names
    assert not any(name == "deutschen" for name, _ in names)  # a lower-case adjective stays no name


def test_small_town_name_opening_a_person_name_is_no_place(nlp):
    # "Heath" is a small US town, "Miller" a surname the tagger may call a noun
    text = "Heath Miller fing den Ball und lief zum Punkterfolg."
    doc = tagged(nlp, text, [("Heath Miller", "PER", 0)], tags={"Miller": ("NN", "NOUN")})
    assert ("Heath Miller", "PER") in _names(doc)
    assert ("Heath", "LOC") not in _names(doc)


def test_hyphenated_place_names_tagged_place_stay(nlp):
    text = "Der Stau reicht von Hannover-Kleefeld bis zur Anna-Seghers-Straße, sagte die Polizei nach dem EU-Gipfel."
    ents = [("Hannover-Kleefeld", "LOC", 0), ("Anna-Seghers-Straße", "LOC", 0), ("EU-Gipfel", "LOC", 0)]
    tags = {w: ("NN", "NOUN") for w in ("Hannover-Kleefeld", "Anna-Seghers-Straße", "EU-Gipfel")}
    names = _names(tagged(nlp, text, ents, tags=tags))
    assert ("Hannover-Kleefeld", "LOC") in names  # a city's quarter
    assert ("Anna-Seghers-Straße", "LOC") in names  # a street
    assert not any(name == "EU-Gipfel" for name, _ in names)  # a common noun about the EU stays out


def test_first_name_before_an_organisation_head_stays_an_organisation(nlp):
    text = "Die Peter Wendrich Unternehmensgruppe übernimmt die Thomas Blake School in Leeds."
    ents = [("Peter Wendrich Unternehmensgruppe", "ORG", 0), ("Thomas Blake School", "ORG", 0), ("Leeds", "LOC", 0)]
    names = _names(tagged(nlp, text, ents))
    assert ("Peter Wendrich Unternehmensgruppe", "ORG") in names
    assert ("Thomas Blake School", "ORG") in names


def test_place_that_looks_like_an_inflected_title_stays_a_place(nlp):
    # "Oberhausen" ends like "Oberhaus" + "-en", but a city tagged LOC is no title
    text = "Der Zug aus Dortmund fährt heute nur bis Oberhausen."
    doc = tagged(nlp, text, [("Dortmund", "LOC", 0), ("Oberhausen", "LOC", 0)], tags={"Oberhausen": ("NE", "PROPN")})
    assert ("Oberhausen", "LOC") in _names(doc)
