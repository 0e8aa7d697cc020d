"""Events of a text as plain tuples, for the event tests that analyse invented sentences end to end."""

from __future__ import annotations

import chronik
from chronik.document import Document, Event

EventRow = tuple[str, str, list[str], list[str], str | None, str]


def event_rows(text: str, published: str = "2024-03-26") -> list[EventRow]:
    """(trigger, type, sources, targets, place, modality) of every event, actors and place by entity name."""
    doc = chronik.analyze(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return [
        (
            doc.text[e.trigger[0] : e.trigger[1]],
            e.type,
            [names[x] for x in e.source],
            [names[x] for x in e.target],
            names.get(e.place or ""),
            e.modality,
        )
        for e in doc.events
    ]


def rows_by_trigger(text: str, published: str = "2026-05-04") -> dict[str, EventRow]:
    """:func:`event_rows` by trigger word (of two events on the same word, the later one)."""
    return {row[0]: row for row in event_rows(text, published=published)}


def event_at(doc: Document, trigger: str) -> Event:
    """The event of ``doc`` whose trigger is the text ``trigger`` (the first such)."""
    return next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == trigger)
