"""The quote finder on its own, for the quote tests: a pipeline and the quotations it finds in a text."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import chronik
from chronik.document import Document, Entity, Event, Quote
from chronik.pipeline import build


def quote_pipeline(with_model: bool) -> Language:
    """Tokenizer, chronik's sentence rules and the quote finder; with ``with_model`` the trained pipes too
    (the test is skipped when no trained model is installed)."""
    if not with_model:
        return build("de", with_model=False, components=["quotes"])
    try:
        return build("de", with_model=True, components=["quotes"])
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no trained model: {exc}")


def quotes(nlp: Language, text: str) -> list[Quote]:
    """The quotations of ``text``; each one's ``text`` must be its span of the input."""
    found = nlp(text)._.quotes
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def analyzed(text: str, published: str = "2025-03-12") -> Document:
    """The whole pipeline on ``text``. Only loading the model may skip the test; an error of the analysis fails it."""
    try:
        chronik.load("de")
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no trained model: {exc}")
    return chronik.analyze(text, published=published)


def speaker_name(doc: Document, q: Quote) -> str | None:
    """The name of the entity a quotation is attributed to, or None."""
    ent = next((e for e in doc.entities if e.id == q.speaker), None)
    return ent.name if ent is not None else None


def the_quote(doc: Document, words: str) -> Quote:
    """The one quotation whose text contains ``words``."""
    hits = [q for q in doc.quotes if words in q.text]
    assert len(hits) == 1, doc.quotes
    return hits[0]


def entity_mentions(text: str) -> dict[str, tuple[str, list[str]]]:
    """Every entity of the analysed ``text`` by name: its label and the texts of its mentions."""
    doc = analyzed(text)
    return {e.name: (e.label, [doc.text[a:b] for a, b in e.mentions]) for e in doc.entities}


def entity_labels(text: str) -> dict[str, str]:
    """Every entity of the analysed ``text`` by name: its label."""
    return {name: label for name, (label, _) in entity_mentions(text).items()}


def entities_of(text: str, published: str = "2026-11-10") -> dict[str, tuple[str, str | None]]:
    """Every entity of the analysed ``text`` by name: its label and its country."""
    return {e.name: (e.label, e.country) for e in analyzed(text, published=published).entities}


def parsed_doc(text: str) -> Doc:
    """The trained pipeline's spaCy Doc of ``text`` (tags and parse), for rules tested on a chosen NER output."""
    try:
        nlp = chronik.load("de")
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no trained model: {exc}")
    return nlp(text)


def entity_named(doc: Document, name: str) -> Entity | None:
    """The entity of ``doc`` whose name is ``name``, else None."""
    return next((e for e in doc.entities if e.name == name), None)


def names(doc: Document, ids: list[str]) -> list[str]:
    """The names of the entities ``ids`` (an event's source or target)."""
    by_id = {e.id: e for e in doc.entities}
    return [by_id[i].name for i in ids if i in by_id]


def event_of(doc: Document, word: str) -> Event:
    """The first event whose trigger contains ``word``."""
    hits = [ev for ev in doc.events if word in doc.text[ev.trigger[0] : ev.trigger[1]]]
    assert hits, [(ev.type, doc.text[ev.trigger[0] : ev.trigger[1]]) for ev in doc.events]
    return hits[0]
