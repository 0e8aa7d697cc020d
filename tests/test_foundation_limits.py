"""Per-document limits and component failures: a bad document is refused or flagged, never lost
silently, and never takes the other documents down with it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronik.analysis import Article, DocumentRefused, Limits, analyze_articles
from chronik.pipeline import build


@Language.component("chronik_test_boom")
def _boom(doc: Doc) -> Doc:
    doc._.events = ["half-written"]
    if "Bombe" in doc.text:
        raise RuntimeError("kaputt")
    doc._.events = []
    return doc


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def test_oversized_article_is_reported_and_the_rest_go_on(nlp):
    errors: list[tuple[str, str]] = []
    articles = [Article(text="Erster Text."), Article(text="x" * 500), Article(text="Dritter Text.")]
    docs = list(
        analyze_articles(
            articles, nlp=nlp, limits=Limits(max_chars=100), on_error=lambda a, e: errors.append((a.text[:3], str(e)))
        )
    )
    assert [d.text for d in docs] == ["Erster Text.", "Dritter Text."]
    assert errors == [("xxx", "text of 500 characters is over the limit of 100")]


def test_oversized_article_raises_without_a_handler(nlp):
    with pytest.raises(DocumentRefused, match="over the limit"):
        list(analyze_articles([Article(text="x" * 500)], nlp=nlp, limits=Limits(max_chars=100)))


def test_time_budget_refuses_long_and_short_documents(nlp, monkeypatch):
    import chronik.analysis as analysis

    monkeypatch.setattr(analysis, "MAX_CHUNK_CHARS", 50)
    nlp_with_own = build("de", with_model=False, components=[])
    nlp_with_own.add_pipe("chronik_test_boom")
    errors: list[str] = []
    articles = [Article(text="Satz eins. " * 20), Article(text="Kurz.")]
    docs = list(
        analyze_articles(
            articles, nlp=nlp_with_own, limits=Limits(time_budget_s=-1), on_error=lambda a, e: errors.append(str(e))
        )
    )
    assert docs == []
    assert len(errors) == 2 and all("time budget" in e for e in errors)


def test_a_failing_component_flags_the_document_and_leaves_its_fields_clean():
    nlp = build("de", with_model=False, components=[])
    nlp.add_pipe("chronik_test_boom")
    docs = list(analyze_articles([Article(text="Eine Bombe."), Article(text="Alles gut.")], nlp=nlp))
    assert [d.text for d in docs] == ["Eine Bombe.", "Alles gut."]
    assert docs[0].events == [] and any("chronik_test_boom failed: RuntimeError: kaputt" in w for w in docs[0].warnings)
    assert docs[1].warnings == []
