"""The quantities component inside the full pipeline, and its score on the hand-checked sample."""

from __future__ import annotations

import pytest

from chronik.eval.quantities import GOLD_DIR, score_file
from chronik.pipeline import build


def test_analyze_fills_quantities():
    from chronik import analyze

    text = (
        "Bei den Protesten am 3. März 2024 wurden rund 12.000 Soldaten eingesetzt. "
        "Die Regierung stellte 120 Milliarden Euro bereit, das sind 1,5 % des BIP."
    )
    doc = analyze(text, published="2024-03-04")
    found = {(q.text, q.kind, q.unit, q.counted) for q in doc.quantities}
    assert ("12.000 Soldaten", "count", None, "Soldat") in found
    assert ("120 Milliarden Euro", "money", "EUR", None) in found
    assert ("1,5 %", "percent", "%", "BIP") in found
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text
        assert "2024" not in q.text


@pytest.mark.parametrize(
    ("name", "min_p", "min_r"),
    [
        ("wikinews_sample", 0.95, 0.9),
        ("wikinews_heldout", 0.9, 0.85),
        ("wikinews_heldout2", 0.9, 0.85),
        ("wikinews_heldout3", 0.9, 0.85),
    ],
)
def test_sample_scores(name, min_p, min_r):
    nlp = build("de", with_model=False, components=["quantities"])
    tp, fp, fn, _, _ = score_file(GOLD_DIR / f"{name}.jsonl", nlp)
    assert tp / (tp + fp) >= min_p
    assert tp / (tp + fn) >= min_r


def test_model_tags_and_lemmas_are_used():
    """With a tagger and lemmatizer, the counted noun is the next NOUN (over ADJ) and its lemma."""
    from spacy.tokens import Doc

    from chronik.components.quantities import extract

    nlp = build("de", with_model=False, components=[])

    def tagged(words, pos, lemmas):
        return Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], pos=pos, lemmas=lemmas)

    doc = tagged(
        ["Er", "erzielte", "24", "wichtige", "Punkten", "."],
        ["PRON", "VERB", "NUM", "ADJ", "NOUN", "PUNCT"],
        ["er", "erzielen", "24", "wichtig", "Punkt", "."],
    )
    assert [(q.text, q.counted) for q in extract(doc)] == [("24 wichtige Punkten", "Punkt")]
    # an adverb is not skipped like an adjective: "3" counts nothing here
    doc = tagged(
        ["Er", "traf", "3", "schnell", "Tore", "."],
        ["PRON", "VERB", "NUM", "ADV", "NOUN", "PUNCT"],
        ["er", "treffen", "3", "schnell", "Tor", "."],
    )
    assert extract(doc) == []


def test_elided_noun_comes_from_the_same_sentence():
    nlp = build("de", with_model=False, components=["quantities"])
    doc = nlp("In Zentralvietnam wurden 41 Personen getötet, 44 entfallen auf den Norden. 12 kamen später.")
    found = [(q.text, q.counted, q.model_extra.get("elided", False)) for q in doc._.quantities]
    assert found == [("41 Personen", "Person", False), ("44", "Person", True)]


def test_part_of_a_total_counts_the_totals_noun_and_neither_is_a_year():
    from chronik import analyze

    text = "Laut Fraport fielen rund 1100 von 1400 geplanten Starts aus. Die Polizei nahm 12 von 30 Demonstranten fest."
    doc = analyze(text, published="2023-03-16")
    found = {(q.text, q.value, q.counted) for q in doc.quantities}
    assert {("1100", 1100.0, "Start"), ("1400 geplanten Starts", 1400.0, "Start")} <= found
    assert {("12", 12.0, "Demonstrant"), ("30 Demonstranten", 30.0, "Demonstrant")} <= found
    assert not doc.timexes  # 1100 and 1400 are no years here
    # a year before an adjective stays a year
    doc = analyze("Dort lagerte 2018 hochgiftiges Kerosin.", published="2023-03-16")
    assert not any(q.value == 2018 for q in doc.quantities)
