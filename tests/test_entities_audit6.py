"""Entity rules from the fifth session, round 3 (2026-12-05): datelines in capitals, countries of leaders and of
international officials, continents, goods and place pairs. Run on a blank pipeline with hand-set NER spans and
tagger tags, so the tests do not depend on a model. Own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronik.pipeline import build
from tests.entity_docs import link


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def analyse(nlp, text: str, ents=(), tags: dict[str, tuple[str, str]] | None = None) -> Doc:
    doc = nlp(text)
    doc._.title = None
    for tok in doc:
        if tags and tok.text in tags:
            tok.tag_, tok.pos_ = tags[tok.text]
    return link(doc, ents)


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
