"""Sentence-boundary rules added for numbers, quotes and abbreviations inside compounds."""

from __future__ import annotations

import pytest

from chronik.pipeline import build
from chronik.text import sentence_spans


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with a period before an article/pronoun ends the sentence; before a noun it is an ordinal
        ("Das Team wurde 3. Die Fans jubelten.", ["Das Team wurde 3.", "Die Fans jubelten."]),
        ("Am 3. Mai kam er. Er blieb.", ["Am 3. Mai kam er.", "Er blieb."]),
        ("Sie spielen in der 3. Liga.", ["Sie spielen in der 3. Liga."]),
        # a list number opening a sentence stays with its item
        ("Drittens das. 4. Die Auffassung ist falsch.", ["Drittens das.", "4. Die Auffassung ist falsch."]),
        # closing quote, space, opening quote: two quotations
        ('"Die Lage bleibt ernst" "Die Regierung tagt"', ['"Die Lage bleibt ernst"', '"Die Regierung tagt"']),
        # a bracketed aside between two sentences stands alone; one inside a sentence does not
        (
            "Das ist gut. (Siehe auch Seite 2) Die Lage bleibt ernst.",
            ["Das ist gut.", "(Siehe auch Seite 2)", "Die Lage bleibt ernst."],
        ),
        ("Er sagte (leise) Dinge. Dann ging er.", ["Er sagte (leise) Dinge.", "Dann ging er."]),
        # an abbreviation closing a hyphenated compound keeps its period
        (
            "Er wohnt in der Goethe-Str. 9 in Berlin. Dann ging er.",
            ["Er wohnt in der Goethe-Str. 9 in Berlin.", "Dann ging er."],
        ),
        # a lone capital with a period ends the sentence before a function word or a title + name
        ("Er wohnt in Block C. Dort ist es laut.", ["Er wohnt in Block C.", "Dort ist es laut."]),
        (
            "Sie schrieb auf der Plattform X. Bundeskanzler Scholz schwieg.",
            ["Sie schrieb auf der Plattform X.", "Bundeskanzler Scholz schwieg."],
        ),
        # a score with the period glued on ends the sentence
        ("Die Gäste verloren 1:4. Der Trainer trat zurück.", ["Die Gäste verloren 1:4.", "Der Trainer trat zurück."]),
        # a noun abbreviation before an article ends it; a street abbreviation before a house number does not
        (
            "Die Kirche stammt aus dem 12. Jh. Die Orgel ist neuer.",
            ["Die Kirche stammt aus dem 12. Jh.", "Die Orgel ist neuer."],
        ),
        (
            "Das Büro liegt in der Lindenstr. 12 in Kassel. Es ist klein.",
            ["Das Büro liegt in der Lindenstr. 12 in Kassel.", "Es ist klein."],
        ),
        # ... but a middle initial after a first name stays an initial
        ("Das sagte Hans G. Richter am Montag.", ["Das sagte Hans G. Richter am Montag."]),
    ],
)
def test_sentence_rules(nlp, text, expected):
    assert [text[s:e] for s, e in sentence_spans(nlp(text))] == expected
