"""Turn a :class:`~chronik.document.Document` into highlighted, safely escaped HTML.

Every annotation (sentence, quote, entity mention, timex, quantity, event trigger) becomes a
:class:`Mark` over ``[start, end)`` of the text. Marks may nest or cross each other; the
renderer emits properly nested elements by closing and re-opening the marks above one that
ends while others are still open (the usual stack algorithm for overlapping markup). Only the
tags built here are markup; every piece of article text and every attribute value goes through
:func:`markupsafe.escape`, so a document containing ``<script>`` renders as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from chronik.document import Document

# Outer marks first when several start at the same offset with the same end: a sentence
# contains a quote, a quote contains an entity, an entity may contain a trigger.
RANK = {"sent": 0, "quote": 1, "ent": 2, "timex": 3, "qty": 4, "cue": 5, "trigger": 6}


@dataclass(frozen=True)
class Mark:
    """One highlighted span. ``attrs`` values are plain strings and are escaped on output."""

    start: int
    end: int
    kind: str
    classes: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()
    # Attributes only the first piece of a split mark gets (an ``id`` must be unique).
    first_attrs: tuple[tuple[str, str], ...] = ()
    # Plain text shown as a badge just before the mark's first piece (a quote's speaker).
    badge: str | None = None
    tag: str = "span"


@dataclass
class _Open:
    mark: Mark
    pieces: int = field(default=0)


def _open_tag(item: _Open) -> str:
    mark = item.mark
    classes = " ".join((mark.kind, *mark.classes, *(("cont",) if item.pieces else ())))
    attrs = list(mark.attrs) + (list(mark.first_attrs) if item.pieces == 0 else [])
    parts = [f'<{mark.tag} class="{escape(classes)}"']
    parts += [f' {name}="{escape(value)}"' for name, value in attrs]
    parts.append(">")
    badge = ""
    if mark.badge and item.pieces == 0:
        badge = f'<span class="badge badge-{escape(mark.kind)}">{escape(mark.badge)}</span>'
    item.pieces += 1
    return badge + "".join(parts)


def _valid(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Drop empty or out-of-range spans; a broken offset must not break the page."""
    return [m for m in marks if 0 <= m.start < m.end <= length]


def render_marks(text: str, marks: Iterable[Mark]) -> Markup:
    """HTML for ``text`` with ``marks`` as (possibly split) nested elements."""
    ordered = sorted(_valid(marks, len(text)), key=lambda m: (m.start, -m.end, RANK.get(m.kind, 9)))
    bounds = sorted({0, len(text)} | {m.start for m in ordered} | {m.end for m in ordered})
    out: list[str] = []
    stack: list[_Open] = []
    nxt = 0
    for i, pos in enumerate(bounds):
        # Close what ends here: pop down to it, then re-open the ones above that continue.
        ending = [item for item in stack if item.mark.end == pos]
        if ending:
            lowest = min(stack.index(item) for item in ending)
            above = stack[lowest:]
            del stack[lowest:]
            out.extend(f"</{item.mark.tag}>" for item in reversed(above))
            for item in above:
                if item.mark.end != pos:
                    out.append(_open_tag(item))
                    stack.append(item)
        while nxt < len(ordered) and ordered[nxt].start == pos:
            item = _Open(ordered[nxt])
            out.append(_open_tag(item))
            stack.append(item)
            nxt += 1
        if i + 1 < len(bounds):
            out.append(str(escape(text[pos : bounds[i + 1]])))
    out.extend(f"</{item.mark.tag}>" for item in reversed(stack))
    return Markup("".join(out))


def number(value: float | None) -> str:
    """A quantity's value for people: 500,000,000 rather than 5e+08."""
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


def _names(document: Document) -> dict[str, str]:
    return {e.id: e.name for e in document.entities}


def document_marks(document: Document) -> list[Mark]:
    """All highlight marks of a document (sentences are marks too, for ``#s<n>`` anchors)."""
    names = _names(document)
    marks: list[Mark] = []
    for i, (start, end) in enumerate(document.sentences):
        marks.append(Mark(start, end, "sent", attrs=(("data-sentence", str(i)),), first_attrs=(("id", f"s{i}"),)))
    for qi, q in enumerate(document.quotes):
        speaker = names.get(q.speaker or "") or q.speaker_text or "?"
        marks.append(
            Mark(
                q.start,
                q.end,
                "quote",
                classes=(f"quote-{q.kind}",),
                attrs=(("data-speaker", speaker), ("title", f"{q.kind} quote — {speaker}")),
                first_attrs=(("id", f"q{qi}"),),
                badge=speaker,
            )
        )
        if q.cue:
            marks.append(Mark(q.cue[0], q.cue[1], "cue", attrs=(("title", f"quote cue — {speaker}"),)))
    for ent in document.entities:
        title = (
            ent.name
            + (f" ({ent.country})" if ent.country else "")
            + (f" — {', '.join(ent.roles)}" if ent.roles else "")
        )
        for start, end in ent.mentions:
            marks.append(
                Mark(
                    start,
                    end,
                    "ent",
                    classes=(f"ent-{ent.label}",),
                    attrs=(("data-entity", ent.id), ("title", f"{ent.label}: {title}")),
                )
            )
    for t in document.timexes:
        marks.append(
            Mark(t.start, t.end, "timex", classes=(f"timex-{t.type}",), attrs=(("title", f"{t.type} {t.value}"),))
        )
    for qn in document.quantities:
        value = "" if qn.value is None else f" = {number(qn.value)}{' ' + qn.unit if qn.unit else ''}"
        marks.append(
            Mark(qn.start, qn.end, "qty", classes=(f"qty-{qn.kind}",), attrs=(("title", f"{qn.kind}{value}"),))
        )
    anchored: list[tuple[int, int]] = []
    for ev in document.events:
        start, end = ev.trigger[0], ev.trigger[1]
        # A link inside a link is invalid HTML (the browser would tear them apart): a trigger
        # overlapping an earlier one is a plain element, opened by the page script alone.
        nested = any(start < b and a < end for a, b in anchored)
        attrs: tuple[tuple[str, str], ...] = (("data-event", ev.id), ("title", f"{ev.type} ({ev.modality})"))
        if nested:
            attrs += (("role", "link"), ("tabindex", "0"))
        else:
            attrs += (("href", f"#event-{ev.id}"),)
            anchored.append((start, end))
        marks.append(
            Mark(
                start,
                end,
                "trigger",
                classes=(f"modality-{ev.modality}",),
                attrs=attrs,
                first_attrs=(("id", f"t-{ev.id}"),),
                tag="span" if nested else "a",
            )
        )
    return marks


def render_document(document: Document) -> Markup:
    """The article text with every annotation highlighted, as safe HTML."""
    return render_marks(document.text, document_marks(document))


def sentence_text(document: Document, index: int) -> str:
    if 0 <= index < len(document.sentences):
        start, end = document.sentences[index]
        return document.text[start:end]
    return ""


def event_records(document: Document) -> list[dict[str, object]]:
    """Each event with names resolved, for the record shown when its trigger is clicked."""
    names = _names(document)
    geo = {e.id: e.geo for e in document.entities}
    records = []
    for ev in document.events:
        place_geo = geo.get(ev.place or "")
        records.append(
            {
                "id": ev.id,
                "type": ev.type,
                "mode": ev.mode,
                "trigger": document.text[ev.trigger[0] : ev.trigger[1]],
                "source": [names.get(a, a) for a in ev.source],
                "target": [names.get(a, a) for a in ev.target],
                "place": names.get(ev.place, ev.place) if ev.place else None,
                "geo": place_geo.model_dump() if place_geo else None,
                "date": ev.date,
                "modality": ev.modality,
                "sentence": ev.sentence,
                "sentence_text": sentence_text(document, ev.sentence),
                "quantities": [document.quantities[i].text for i in ev.quantities if 0 <= i < len(document.quantities)],
            }
        )
    return records


def quote_records(document: Document) -> list[dict[str, object]]:
    names = _names(document)
    return [
        {
            "text": q.text,
            "kind": q.kind,
            "speaker": names.get(q.speaker or "") or q.speaker_text,
            "speaker_id": q.speaker,
            "start": q.start,
        }
        for q in document.quotes
    ]
