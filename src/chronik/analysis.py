"""Text → spaCy ``Doc`` → :class:`chronik.document.Document`."""

from __future__ import annotations

import gc
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from chronik import chunks
from chronik import text as text_basics
from chronik.document import Document, text_id
from chronik.pipeline import DOC_FIELDS, load

# Texts longer than this are analysed in chunks (cut at paragraph/sentence ends) and merged.
# Nearly all news articles are shorter (30,000 characters ≈ 4,500 words); the parser's memory grows with
# the length of one Doc (a 100,000-character chunk peaked at 820 MB, 30,000 at 440 MB).
MAX_CHUNK_CHARS = 30_000


@dataclass
class Article:
    """One input article: its text and what is known about it."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    id: str | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _sanitize(article: Article, lang: str = "de") -> Article:
    """Lone surrogates (not encodable, so nothing downstream can store them) become U+FFFD:
    one code point for one, so no offset moves. An article without a publication date takes the
    date of its dateline ("Warschau, 12. Mai 2025 – …"), if it opens with one."""
    if _SURROGATE.search(article.text):
        article = replace(article, text=_SURROGATE.sub("\ufffd", article.text))
    if article.published is None and (dated := text_basics.dateline_date(article.text, lang)) is not None:
        article = replace(article, published=dated)
    return article


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc.user_data["chronik_text"] = article.text  # = doc.text (the tokenizer is lossless); see text.doc_text
    doc._.published = article.published
    doc._.title = article.title
    lang = text_basics.detect_language(article.text)
    doc._.warnings = []
    if lang is not None and lang != nlp.lang:
        doc._.warnings.append(f"text looks like language {lang!r}, not {nlp.lang!r}; results will be poor")
    doc.user_data["detected_lang"] = lang
    return doc


def to_document(doc: Doc, article: Article) -> Document:
    ext = doc._  # one Underscore object, not one per field
    fields = {name: getattr(ext, name) or [] for name in DOC_FIELDS}
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


class DocumentRefused(ValueError):
    """An article that is not analysed (over the size limit or the time budget); says why."""


@dataclass
class Limits:
    """Per-document limits. ``time_budget_s`` is checked between components and between chunks,
    so one pathological document costs at most about budget + one component step."""

    max_chars: int = int(os.environ.get("CHRONIK_MAX_CHARS", 25_000_000))
    time_budget_s: float = float(os.environ.get("CHRONIK_TIME_BUDGET", 600))


def _chronik_pipes(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name.startswith("chronik_") and name != "chronik_sentences"]


_frozen = False


def _freeze_loaded() -> None:
    """Once per process, after the first document: everything alive then (the model, the lexicons the components
    load on first use, ~180,000 objects) moves to the garbage collector's permanent generation. The cyclic collector
    otherwise walks them on every full collection; one such pass took ~0.19 s of the ~9 s that 300 Wikinews
    articles take (2 %). Reference counting still frees them; only cycles among them are never collected, and they
    live as long as the process anyway. ``CHRONIK_GC_FREEZE=0`` turns it off."""
    global _frozen
    if not _frozen:
        _frozen = True
        if os.environ.get("CHRONIK_GC_FREEZE", "1") != "0":
            gc.freeze()


def _run_components(nlp: Language, doc: Doc, names: list[str], deadline: float) -> Doc:
    """Run chronik's own components one by one. A component that fails leaves its fields empty
    and a warning on the document instead of losing the document (bugs show up in the tests,
    which assert there are no such warnings, rather than as lost data in a night's ingest)."""
    for name in names:
        if time.monotonic() > deadline:
            raise DocumentRefused(f"time budget exceeded before {name}")
        ext = doc._  # one Underscore object, not one per field
        before = {field: getattr(ext, field) for field in DOC_FIELDS}
        try:
            doc = nlp.get_pipe(name)(doc)
        except Exception as exc:  # one component's bug must not cost the document
            for field, value in before.items():
                setattr(doc._, field, value)
            doc._.warnings.append(f"component {name} failed: {type(exc).__name__}: {exc}")
    _freeze_loaded()
    return doc


def analyze_articles(
    articles: Iterable[Article],
    *,
    lang: str = "de",
    batch_size: int = 16,
    nlp: Language | None = None,
    limits: Limits | None = None,
    on_error: Callable[[Article, Exception], None] | None = None,
    long_as_parts: bool = False,
) -> Iterator[Document | chunks.Parts]:
    """Analyse many articles; yields documents in input order.

    The trained model's pipes run batched through ``nlp.pipe``; chronik's components then run
    per document. (Batches of 32 were 1–3 % faster on one core than 16, with the same output, but
    raised the peak RSS by ~50 MB: the parser precomputes 8 × 384 floats per token of the whole batch.)
    An article refused by ``limits`` raises :class:`DocumentRefused`, or, when ``on_error`` is
    given, is reported to it and skipped while the others go on. With ``long_as_parts``, an
    article analysed in chunks comes as :class:`chunks.Parts` (for
    :meth:`chronik.store.Store.add_parts`), not as one document.
    """
    nlp = nlp or load(lang)
    limits = limits or Limits()
    own = _chronik_pipes(nlp)
    pending: list[Article] = []

    def refused(article: Article) -> DocumentRefused | None:
        if len(article.text) > limits.max_chars:
            return DocumentRefused(f"text of {len(article.text)} characters is over the limit of {limits.max_chars}")
        return None

    def docs() -> Iterator[Doc]:
        for article in (_sanitize(a, lang) for a in articles):
            pending.append(article)
            if len(article.text) <= MAX_CHUNK_CHARS:
                yield make_doc(nlp, article)

    def finish(article: Article, doc: Doc | None) -> Document | chunks.Parts | None:
        try:
            error = refused(article)
            if error is not None:
                raise error
            if doc is None:
                return analyze_long(nlp, article, limits, own, as_parts=long_as_parts)
            doc = _run_components(nlp, doc, own, doc.user_data["deadline"])
            return to_document(doc, article)
        except DocumentRefused as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            return None

    # Long articles are queued in `pending` but not piped; they are analysed in chunks when
    # they reach the head of the queue, so output order always follows input order.
    stream = nlp.pipe(_with_deadlines(docs(), limits), batch_size=batch_size, disable=own)
    while True:
        doc = next(stream, None)
        if doc is None:
            break
        while pending and len(pending[0].text) > MAX_CHUNK_CHARS:
            if (result := finish(pending.pop(0), None)) is not None:
                yield result
        if (result := finish(pending.pop(0), doc)) is not None:
            yield result
    while pending:
        if (result := finish(pending.pop(0), None)) is not None:
            yield result


def _with_deadlines(docs: Iterable[Doc], limits: Limits) -> Iterator[Doc]:
    for doc in docs:
        doc.user_data["deadline"] = time.monotonic() + limits.time_budget_s
        yield doc


def analyze_long(
    nlp: Language, article: Article, limits: Limits, own: list[str], *, as_parts: bool = False
) -> Document | chunks.Parts:
    """A text over ``MAX_CHUNK_CHARS``: chunks analysed one by one, merged with offsets shifted.
    With ``as_parts``, the shifted chunk results are kept compressed as :class:`chunks.Parts`
    instead of one :class:`Document` (memory for a 20 MB text: see docs/reliability.md)."""
    deadline = time.monotonic() + limits.time_budget_s
    head = Document(
        id=article.id or text_id(article.text),
        lang=text_basics.detect_language(article.text) or nlp.lang,
        title=article.title,
        published=article.published,
        source=article.source,
        text=article.text,
    )
    merger = chunks.Merger(head)
    parts = chunks.Parts(head) if as_parts else None
    for start, end in chunks.split_points(article.text, MAX_CHUNK_CHARS):
        if time.monotonic() > deadline:
            raise DocumentRefused(f"time budget of {limits.time_budget_s:g} s exceeded at character {start}")
        piece = Article(text=article.text[start:end], title=article.title, published=article.published)
        doc = nlp(make_doc(nlp, piece), disable=own)
        doc.user_data["chunk_of"] = (article.text, start)  # timex resolution reads the whole text
        # each chunk's result is merged (or packed) at once: memory holds one chunk's Doc at a time
        result = to_document(_run_components(nlp, doc, own, deadline), piece)
        del doc
        if parts is not None:
            parts.append(merger.shift(start, result))
        else:
            merger.add(start, result)
    return parts if parts is not None else merger.result()


def analyze(
    text: str | Article,
    *,
    lang: str = "de",
    published: date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    id: str | None = None,
) -> Document:
    """Analyse one article. ``published`` anchors relative dates ("gestern", "am Dienstag").

    ``text`` may also be an :class:`Article` (then the keyword fields must be left out), as
    :func:`analyze_articles` takes them.
    """
    if isinstance(text, Article):
        if any(v is not None for v in (published, title, source, id)):
            raise TypeError("analyze(Article) takes the publication date, title, source and id from the Article")
        return next(analyze_articles([text], lang=lang))
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs the article text as str or an Article, not {type(text).__name__}")
    article = Article(text=text, title=title, published=_as_date(published), source=source, id=id)
    return next(analyze_articles([article], lang=lang))
