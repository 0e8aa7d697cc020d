"""German text basics: tokens and sentence boundaries that are right for news."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.analysis import analyze
from chronik.pipeline import build
from chronik.text import dateline_date, detect_language, lang_json, sentence_spans


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def sentences(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [text[s:e] for s, e in sentence_spans(doc)]


def tokens(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text) if not t.is_space]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Müller kam z. B. am 14. März. Dann ging er.", ["Dr. Müller kam z. B. am 14. März.", "Dann ging er."]),
        ("„Wir kommen.“ Dann ging er.", ["„Wir kommen.“", "Dann ging er."]),
        ("„Wir kommen“, sagte er. Sie nickte.", ["„Wir kommen“, sagte er.", "Sie nickte."]),
        ("»Kommt ihr?«, fragte sie. Er schwieg.", ["»Kommt ihr?«, fragte sie.", "Er schwieg."]),
        ("Er sagte: „Nein.“ Sie lachte.", ["Er sagte: „Nein.“", "Sie lachte."]),
        ("Die Sitzung (siehe Nr. 5) endete. Alle gingen.", ["Die Sitzung (siehe Nr. 5) endete.", "Alle gingen."]),
        ("Erste Zeile ohne Punkt\n\nZweiter Absatz.", ["Erste Zeile ohne Punkt", "Zweiter Absatz."]),
        ("Das geschah im Jahr 2005. Danach kam die Wende.", ["Das geschah im Jahr 2005.", "Danach kam die Wende."]),
        ("Er kam am 3. Oktober nach St. Gallen bzw. Bern.", ["Er kam am 3. Oktober nach St. Gallen bzw. Bern."]),
    ],
)
def test_sentence_boundaries(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die EU-Kommission im Rhein-Main-Gebiet", ["Die", "EU-Kommission", "im", "Rhein-Main-Gebiet"]),
        ("12.000 Soldaten, 3,5 Mio. Euro, 1,5 %", ["12.000", "Soldaten", ",", "3,5", "Mio.", "Euro", ",", "1,5", "%"]),
        ("am 14. März z. B. bzw. Dr. Meier", ["am", "14.", "März", "z.", "B.", "bzw.", "Dr.", "Meier"]),
        ("„Ja“, sagte er.", ["„", "Ja", "“", ",", "sagte", "er", "."]),
        ("‚Nein‘ »doch«", ["‚", "Nein", "‘", "»", "doch", "«"]),
    ],
)
def test_tokens(nlp, text, expected):
    assert tokens(nlp, text) == expected


def test_offsets_survive_odd_whitespace(nlp):
    text = "Er kam.\r\n\r\n  Sie ging.\t Ende"
    doc = nlp(text)
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden.", "de"),
        ("The government decided on Monday that taxes will not be raised.", "en"),
        ("Le gouvernement a décidé lundi que les impôts ne seront pas augmentés.", "fr"),
        ("Правительство в понедельник решило не повышать налоги.", "ru"),
        ("政府星期一决定不提高税收。", "zh"),
        ("12345 67890", None),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warschau, 12. Mai 2025 – Der Ministerpräsident ist eingetroffen.", date(2025, 5, 12)),
        ("Berlin/Paris (dpa), 3.4.2024: Die Minister trafen sich.", date(2024, 4, 3)),
        ("Montag, 12. Mai 2025\nDer Gipfel begann.", date(2025, 5, 12)),
        ("12.05.2025, Wien – Die Regierung trat zurück.", date(2025, 5, 12)),
        ("Rom, den 5. Jänner 2023 - Der Papst sprach.", date(2023, 1, 5)),
        # a date inside the first sentence is no dateline
        ("Am 12. Mai 2025 – so begann es – trafen sie sich.", None),
        ("Die Kanzlerin sagte am 12. Mai 2025, dass sie bleibe.", None),
        ("Wien, 31. Februar 2024 – kein Tag.", None),
        ("", None),
    ],
)
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


def test_dateline_anchors_an_undated_article_but_never_overrides_a_given_date():
    text = "Warschau, 12. Mai 2025 – Der Minister traf gestern seinen Amtskollegen."
    undated = analyze(text)
    assert undated.published == date(2025, 5, 12)
    assert [t.value for t in undated.timexes if t.text == "gestern"] == ["2025-05-11"]
    dated = analyze(text, published="2025-05-14")
    assert dated.published == date(2025, 5, 14)


def test_json_resources_are_read_once_and_a_missing_one_is_empty():
    anaphors = lang_json("de", "institution_anaphors.json")
    assert "nouns" in anaphors
    assert lang_json("de", "institution_anaphors.json") is anaphors  # cached: components call it per document
    assert lang_json("xx", "institution_anaphors.json") == {}  # a language without the resource
