"""Precision rules for NER spans that are no names (common nouns, time zones, currencies, quote marks), run on a
blank pipeline with hand-set NER spans and tagger tags so the tests do not depend on a model. Own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronik.components.entities import EntityLinker, Mention, _trim_mention_edges
from chronik.pipeline import build
from tests.entity_docs import link


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def analyse(nlp, text: str, ents=(), tags: dict[str, tuple[str, str]] | None = None, plural=()) -> Doc:
    """``ents``: (surface, label, occurrence); ``tags``: word → (STTS tag, UPOS) as a tagger would give them."""
    doc = nlp(text)
    doc._.title = None
    for tok in doc:
        if tags and tok.text in tags:
            tok.tag_, tok.pos_ = tags[tok.text]
        if tok.text in plural:
            tok.set_morph("Number=Plur")
    return link(doc, ents)


def found(doc: Doc) -> list[tuple[str, str]]:
    return [(e.label, doc.text[s:t]) for e in doc._.entities for s, t in e.mentions]


def test_compound_with_common_noun_head_is_no_name(nlp):
    doc = analyse(
        nlp,
        "Die Exportindustrie im Grenzgebiet bei Görlitz klagt über Zollfragen.",
        [("Exportindustrie", "ORG", 0), ("Grenzgebiet", "LOC", 0), ("Görlitz", "LOC", 0), ("Zollfragen", "PER", 0)],
    )
    assert found(doc) == [("LOC", "Görlitz")]


def test_place_ending_like_a_head_stays(nlp):
    # "Lausitz" ends in "sitz", but with too short a part before it and a gazetteer entry it is a place
    doc = analyse(nlp, "In der Lausitz regnete es am Morgen.", [("Lausitz", "LOC", 0)], {"Lausitz": ("NN", "NOUN")})
    assert found(doc) == [("LOC", "Lausitz")]


def test_named_agreement_is_misc_not_a_place(nlp):
    doc = analyse(nlp, "Das Camp-David-Abkommen hielt jahrzehntelang.", [("Camp-David-Abkommen", "LOC", 0)])
    (entity,) = doc._.entities
    assert entity.label == "MISC" and entity.geo is None


def test_time_zone_is_no_organisation(nlp):
    doc = analyse(nlp, "Die Wahllokale schließen um 18 Uhr (MESZ) in Köln.", [("MESZ", "ORG", 0), ("Köln", "LOC", 0)])
    assert found(doc) == [("LOC", "Köln")]


def test_currency_in_an_amount_is_no_name(nlp):
    doc = analyse(nlp, "Der Umbau des Bahnhofs kostet 12 Millionen Euro.", [("Euro", "MISC", 0)])
    assert found(doc) == []
    # outside an amount the word is left alone
    doc = analyse(nlp, "Der Euro wurde als Bargeld eingeführt.", [("Euro", "MISC", 0)])
    assert found(doc) == [("MISC", "Euro")]


def test_common_noun_after_indefinite_article(nlp):
    tags = {"Schlüsselbund": ("NN", "NOUN"), "verbeulten": ("ADJA", "ADJ")}
    doc = analyse(nlp, "Sie fand einen verbeulten Schlüsselbund am Ufer.", [("Schlüsselbund", "LOC", 0)], tags)
    assert found(doc) == []
    # without the tagger's NN the word may be a name
    doc = analyse(nlp, "Sie fand einen verbeulten Schlüsselbund am Ufer.", [("Schlüsselbund", "LOC", 0)])
    assert found(doc) == [("LOC", "Schlüsselbund")]


def test_acronym_after_possessive_stays(nlp):
    doc = analyse(nlp, "Ihm bleibt nur seine KDP als Stütze.", [("KDP", "ORG", 0)], {"KDP": ("NN", "NOUN")})
    assert found(doc) == [("ORG", "KDP")]


def test_word_used_as_name_elsewhere_stays(nlp):
    text = "Die Band Nordlicht spielte zuerst. Danach stand eine Nordlicht auf der Bühne."
    doc = analyse(nlp, text, [("Nordlicht", "ORG", 0), ("Nordlicht", "ORG", 1)], None)
    doc_tags = analyse(nlp, text, [("Nordlicht", "ORG", 1)], {"Nordlicht": ("NN", "NOUN")})
    assert found(doc_tags) == []  # alone, after "eine", the NN word is a thing
    for tok in doc:
        if tok.text == "Nordlicht":
            tok.tag_, tok.pos_ = ("NE", "PROPN") if tok.i < 5 else ("NN", "NOUN")
    EntityLinker()(doc)
    assert [m for label, m in found(doc)] == ["Nordlicht", "Nordlicht"]


def test_unit_after_number_when_plural(nlp):
    tags = {"Seemeilen": ("NN", "NOUN"), "zwanzig": ("CARD", "NUM")}
    doc = analyse(
        nlp, "Das Schiff lag zwanzig Seemeilen vor der Küste.", [("Seemeilen", "LOC", 0)], tags, ["Seemeilen"]
    )
    assert found(doc) == []


def test_year_before_name_is_no_number_cue(nlp):
    tags = {"Brenner": ("NN", "NOUN"), "1931": ("CARD", "NUM")}
    text = "Im Winter 1931 Brenner verließ die Stadt."
    doc = analyse(nlp, text, [("Brenner", "PER", 0)], tags, ["Brenner"])
    assert found(doc) == [("PER", "Brenner")]


def test_abstract_noun_is_no_place(nlp):
    tags = {"Gerechtigkeit": ("NN", "NOUN")}
    doc = analyse(nlp, "Die Debatte drehte sich um Gerechtigkeit.", [("Gerechtigkeit", "LOC", 0)], tags)
    assert found(doc) == []


def test_lowercase_adjective_and_common_noun_is_no_name(nlp):
    tags = {"katholische": ("ADJA", "ADJ"), "Pfarrei": ("NN", "NOUN"), "schwedische": ("ADJA", "ADJ")}
    tags["Regierung"] = ("NN", "NOUN")
    doc = analyse(nlp, "Die katholische Pfarrei lud zum Fest.", [("katholische Pfarrei", "ORG", 0)], tags)
    assert found(doc) == []
    # a country adjective before an organisation noun is a country group, not junk
    doc = analyse(nlp, "Die schwedische Regierung lud zum Fest.", [("schwedische Regierung", "ORG", 0)], tags)
    assert any("Regierung" in m for _, m in found(doc))
    # more than adjectives and one noun: left alone
    tags.update({"oberste": ("ADJA", "ADJ"), "Berufungsinstanz": ("NN", "NOUN"), "Staates": ("NN", "NOUN")})
    text = "Die oberste Berufungsinstanz des Staates lud zum Fest."
    doc = analyse(nlp, text, [("oberste Berufungsinstanz des Staates", "ORG", 0)], tags)
    assert found(doc) == [("ORG", "oberste Berufungsinstanz des Staates")]


def test_institution_word_alone_is_completed_to_the_name(nlp):
    text = "Er besuchte das damals teure Kilburn College in Sussex."
    tags = {"Kilburn": ("NN", "NOUN"), "College": ("NN", "NOUN")}
    doc = analyse(nlp, text, [("College", "PER", 0)], tags)
    assert ("ORG", "Kilburn College") in found(doc)
    assert ("PER", "College") not in found(doc)
    doc = analyse(nlp, text, [("Kilburn College", "PER", 0)], tags)
    assert ("ORG", "Kilburn College") in found(doc)


def test_quote_marks_and_brackets_are_trimmed(nlp):
    doc = analyse(nlp, "Die Liste „Grüne Welle“ trat an.", [("Grüne Welle“", "ORG", 0)])
    assert found(doc) == [("ORG", "Grüne Welle")]
    doc = analyse(nlp, "Er floh nach Bolivien (damals arm).", [("Bolivien (", "LOC", 0)])
    assert found(doc) == [("LOC", "Bolivien")]
    text = "Sie wählten die „Union der Mitte“ und Frankfurt (Oder)."
    ms = [Mention(16, 33, "ORG", "name", text[16:33]), Mention(38, 54, "LOC", "name", text[38:54])]
    assert [m.text for m in _trim_mention_edges(ms, text)] == ["Union der Mitte", "Frankfurt (Oder)"]


def test_repeated_common_noun_tagged_ne_is_still_no_name(nlp):
    # the tagger's NE on every occurrence is no evidence of a name: only a use inside a longer name would be
    text = "Der Amtssitz brannte. Später wurde der Amtssitz neu gebaut."
    tags = {"Amtssitz": ("NE", "PROPN")}
    doc = analyse(nlp, text, [("Amtssitz", "LOC", 0), ("Amtssitz", "LOC", 1)], tags)
    assert found(doc) == []
