"""Small helpers shared by components: looking up entities and sentences by character offset."""

from __future__ import annotations

from spacy.tokens import Doc

from chronik.document import Entity


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The document entity with a mention overlapping ``[start, end)`` (longest overlap wins)."""
    best: Entity | None = None
    best_overlap = 0
    for entity in doc._.entities or []:
        for m_start, m_end in entity.mentions:
            if m_start >= end or m_end <= start:
                continue  # no overlap (the common case: one comparison pair instead of min and max)
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    return best


def sentence_index(doc: Doc, char: int) -> int:
    """Index of the sentence (as in ``Document.sentences``) that holds character ``char``."""
    index = -1
    for sent in doc.sents:
        if all(t.is_space for t in sent):
            continue
        index += 1
        if sent.start_char <= char < sent.end_char:
            return index
    return max(index, 0)
