"""The shipped German model: loads through chronik, has the promised pipes and labels, respects sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.pipeline import build, model_path

MODEL = model_path("de")
pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained model in models/de")

PIPES = ["tok2vec", "tagger", "morphologizer", "parser", "ner", "chronik_lemmatizer"]


@pytest.fixture(scope="module")
def nlp():
    return build("de", components=[])


def test_pipes_in_order(nlp):
    assert nlp.pipe_names[0] == "chronik_sentences"
    assert [p for p in nlp.pipe_names if p in PIPES] == PIPES


def test_ner_labels(nlp):
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_tagsets(nlp):
    tags = set(nlp.get_pipe("tagger").labels)
    assert {"NN", "NE", "VVFIN", "ART", "APPRART", "$."} <= tags  # STTS
    parser_labels = set(nlp.get_pipe("parser").labels)
    assert {"nsubj", "obj", "det", "case", "punct"} <= parser_labels


def test_size_on_disk():
    models = Path(MODEL).parent
    total = sum(p.stat().st_size for p in models.rglob("*") if p.is_file())
    assert total <= 40 * 1024 * 1024


def test_analysis_of_a_news_sentence(nlp):
    doc = nlp("Bundeskanzler Olaf Scholz hat am Montag in Berlin mit Vertretern der Europäischen Union gesprochen.")
    by_text = {t.text: t for t in doc}
    assert by_text["hat"].pos_ == "AUX"
    assert by_text["Berlin"].pos_ == "PROPN"
    assert by_text["gesprochen"].lemma_ == "sprechen"
    assert by_text["Vertretern"].morph.get("Case") == ["Dat"]
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Berlin", "LOC") in ents
    assert any(label == "PER" and "Scholz" in text for text, label in ents)


def test_parser_keeps_rule_sentences(nlp):
    text = 'Die Polizei sperrte die Straße. "Wir wissen noch nichts", sagte ein Sprecher. Dann kam der Regen.'
    doc = nlp(text)
    sents = [s.text for s in doc.sents]
    assert sents == [
        "Die Polizei sperrte die Straße.",
        '"Wir wissen noch nichts", sagte ein Sprecher.',
        "Dann kam der Regen.",
    ]
    for sent in doc.sents:
        assert sum(1 for t in sent if t.dep_ == "ROOT") == 1
        assert all(sent.start <= t.head.i < sent.end for t in sent)


def test_empty_and_whitespace(nlp):
    assert len(nlp("")) == 0
    doc = nlp("  \n\n ")
    assert not doc.ents
