"""Events of a text as plain tuples, for the event tests that analyse invented sentences end to end."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

import pytest

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


def short_news(text: str) -> Document:
    """``text`` read as a short article of November 2026: a title line ("Meldung"), then the text."""
    return chronik.analyze("Meldung\n" + text, published="2026-11-20")


def short_news_events(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, sources, targets) of every event of :func:`short_news`, actors by entity name."""
    doc = short_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in doc.events]


def rows_by_trigger(text: str, published: str = "2026-05-04") -> dict[str, EventRow]:
    """:func:`event_rows` by trigger word (of two events on the same word, the later one)."""
    return {row[0]: row for row in event_rows(text, published=published)}


def event_at(doc: Document, trigger: str) -> Event:
    """The event of ``doc`` whose trigger is the text ``trigger`` (the first such)."""
    return next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == trigger)


def group_texts(doc: Document, trigger: str) -> tuple[list[str], list[str]]:
    """The described (unnamed) source and target phrases of the event on ``trigger``, each checked to be the text at
    its own offsets."""
    ev = event_at(doc, trigger)
    for g in ev.source_groups + ev.target_groups:
        assert doc.text[g.start : g.end] == g.text  # offsets into the text
    return [g.text for g in ev.source_groups], [g.text for g in ev.target_groups]


# The class tables (support verbs, speech-act verbs, material-act verbs): one invented news item per row, read after a
# title and a dateline as an article would be.
TABLE_LEAD = "Meldung\nBERLIN (dpa) – "


class TableRow(NamedTuple):
    """An item that must give an event: its trigger ("a|b" accepts either word), type, and — where not ``None`` —
    modality, source and target names."""

    id: str
    trigger: str
    type: str
    modality: str | None
    sources: list[str] | None
    targets: list[str] | None
    text: str


class NonEventRow(NamedTuple):
    """An item in which ``trigger`` must give no event."""

    id: str
    trigger: str
    text: str


def check_table_row(row: TableRow) -> None:
    """Assert the row's event: type on the trigger, then modality, sources and targets where the row gives them."""
    rows = event_rows(TABLE_LEAD + row.text, published="2026-11-10")
    triggers = row.trigger.split("|")
    found = [r for r in rows if r[0] in triggers and r[1] == row.type]
    assert found, f"{row.id}: no {row.type} on {row.trigger!r}: {rows}"
    _, _, sources, targets, _, modality = found[0]
    if row.modality is not None:
        assert modality == row.modality, f"{row.id}: {found[0]}"
    if row.sources is not None:
        assert sorted(sources) == sorted(row.sources), f"{row.id}: {found[0]}"
    if row.targets is not None:
        assert sorted(targets) == sorted(row.targets), f"{row.id}: {found[0]}"


def check_no_event(row: NonEventRow) -> None:
    """Assert that the row's trigger word gives no event."""
    rows = event_rows(TABLE_LEAD + row.text, published="2026-11-10")
    assert all(r[0] != row.trigger for r in rows), f"{row.id}: {rows}"


class CountRow(NamedTuple):
    """A text in which the events of ``type`` must number ``count``."""

    id: str
    type: str
    count: int
    text: str


def check_count(row: CountRow) -> None:
    rows = event_rows(TABLE_LEAD + row.text, published="2026-11-10")
    found = [r for r in rows if r[1] == row.type]
    assert len(found) == row.count, f"{row.id}: {rows}"


def check_date_row(row: Any, published: str) -> None:
    """A date-table row (fields ``id``, ``trigger``, ``date``, ``text``, ``lead``): the first event on the trigger
    ("a|b" names either) has the date ``date`` — "a|b" accepts either, "None" among them also no date, ``None``
    means no date, "!X" any date but X (also none)."""
    doc = chronik.analyze(row.lead + row.text, published=published)
    triggers = row.trigger.split("|")
    found = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] in triggers]
    assert found, f"{row.id}: no event on {row.trigger!r}"
    got = found[0].date
    if row.date is None:
        assert got is None, f"{row.id}: {got}"
    elif row.date.startswith("!"):
        assert got not in row.date[1:].split("|"), f"{row.id}: {got}"
    elif not (got is None and "None" in row.date.split("|")):
        assert got in row.date.split("|"), f"{row.id}: {got}"


class PlaceRow(NamedTuple):
    """A place-table row: the trigger ("a|b" accepts either word), the expected place ("a|b" accepts either name;
    ``None`` = no place; "!X|Y" = any place but X and Y, also none) and the text, read after ``lead``."""

    id: str
    trigger: str
    place: str | None
    text: str
    lead: str = TABLE_LEAD


def check_place_row(row: PlaceRow) -> None:
    """Assert the place of the first event on the row's trigger, by its entity's text (case-blind)."""
    rows = event_rows(row.lead + row.text, published="2026-11-10")
    triggers = row.trigger.split("|")
    found = [r for r in rows if r[0] in triggers]
    assert found, f"{row.id}: no event on {row.trigger!r}: {rows}"
    # (a dateline's town is named as written: "BUDAPEST")
    place = found[0][4].casefold() if found[0][4] else None
    names = row.place.lstrip("!").casefold().split("|") if row.place else []
    if row.place is None:
        assert place is None, f"{row.id}: {found[0]}"
    elif row.place.startswith("!"):
        assert place not in names, f"{row.id}: {found[0]}"
    else:
        assert place in names, f"{row.id}: {found[0]}"


def table_params(rows: Sequence[Any], gaps: Mapping[str, str] | Collection[str]) -> list[Any]:
    """The table's rows as test parameters named by their ids; a row whose id is a known gap is a strict xfail (with
    its reason where ``gaps`` maps ids to reasons), so a fix shows as an unexpected pass."""
    reasons = gaps if isinstance(gaps, Mapping) else dict.fromkeys(gaps, "known gap")
    return [
        pytest.param(r, id=r.id, marks=pytest.mark.xfail(strict=True, reason=reasons[r.id]))
        if r.id in reasons
        else pytest.param(r, id=r.id)
        for r in rows
    ]
