"""Docs with hand-set NER spans for the entity tests, so they do not depend on a trained model."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from chronik.components.entities import EntityLinker
from chronik.components.geo import GeoResolver


def link(doc: Doc, ents: Iterable[tuple[str, str, int]]) -> Doc:
    """Set ``ents`` — (surface, label, occurrence) as an NER model would tag them — and run entity linking
    and geocoding on ``doc``."""
    spans = []
    for surface, label, k in ents:
        start = -1
        for _ in range(k + 1):
            start = doc.text.index(surface, start + 1)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    EntityLinker()(doc)
    GeoResolver()(doc)
    return doc


def tagged(nlp, text: str, ents=(), tags: dict[str, tuple[str, str]] | None = None) -> Doc:
    """``text`` through ``nlp`` (a blank pipeline) with ``tags`` — word → (STTS tag, UPOS) as a tagger would give
    them — set on every token of that text, then :func:`link` with ``ents``."""
    doc = nlp(text)
    doc._.title = None
    for tok in doc:
        if tags and tok.text in tags:
            tok.tag_, tok.pos_ = tags[tok.text]
    return link(doc, ents)
