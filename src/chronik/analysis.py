"""Text → spaCy ``Doc`` → :class:`chronik.document.Document`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from chronik import text as text_basics
from chronik.document import Document, text_id
from chronik.pipeline import DOC_FIELDS, load


@dataclass
class Article:
    """One input article: its text and what is known about it."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    id: str | None = None


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.title = article.title
    lang = text_basics.detect_language(article.text)
    doc._.warnings = []
    if lang is not None and lang != nlp.lang:
        doc._.warnings.append(f"text looks like language {lang!r}, not {nlp.lang!r}; results will be poor")
    doc.user_data["detected_lang"] = lang
    return doc


def to_document(doc: Doc, article: Article) -> Document:
    fields = {name: getattr(doc._, name) or [] for name in DOC_FIELDS}
    detected = doc.user_data.get("detected_lang")
    return Document(
        id=article.id or text_id(article.text),
        lang=detected or doc.lang_,
        title=article.title,
        published=article.published,
        source=article.source,
        text=article.text,
        sentences=text_basics.sentence_spans(doc),
        warnings=list(doc._.warnings or []),
        **fields,
    )


def analyze_articles(
    articles: Iterable[Article], *, lang: str = "de", batch_size: int = 16, nlp: Language | None = None
) -> Iterator[Document]:
    """Analyse many articles with ``nlp.pipe``; yields documents in input order."""
    nlp = nlp or load(lang)
    pending: list[Article] = []

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield to_document(doc, pending.pop(0))


def analyze(
    text: str,
    *,
    lang: str = "de",
    published: date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    id: str | None = None,
) -> Document:
    """Analyse one article. ``published`` anchors relative dates ("gestern", "am Dienstag")."""
    article = Article(text=text, title=title, published=_as_date(published), source=source, id=id)
    return next(analyze_articles([article], lang=lang))
