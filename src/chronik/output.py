"""Render a :class:`Document` as json, jsonl, one-line-per-fact text, or TimeML."""

from __future__ import annotations

import json
import re

from chronik.document import DescribedActor, Document

# [start, end] pairs on one line: indent=2 would spread every offset pair over four lines.
# The pattern requires raw newlines, which never occur inside a JSON string, so text is untouched.
_PAIR = re.compile(r"\[\n\s*(-?\d+),\n\s*(-?\d+)\n\s*\]")


def render(document: Document, fmt: str, *, source_path: str | None = None) -> str:
    if fmt == "json":
        return _PAIR.sub(r"[\1, \2]", json.dumps(document.to_dict(), ensure_ascii=False, indent=2)) + "\n"
    if fmt == "jsonl":
        return document.to_json() + "\n"
    if fmt == "text":
        return render_text(document)
    if fmt == "timeml":
        from chronik.timeml import render_timeml

        return render_timeml(document, source_path)
    raise ValueError(f"unknown format {fmt!r}")


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return "„" + (text if len(text) <= limit else text[: limit - 1] + "…") + "“"


def _described(groups: list[DescribedActor]) -> str:
    """Described actors as one label in parentheses ("(Polizisten + Soldaten)"), or "" for none."""
    return f"({' + '.join(' '.join(g.text.split()) for g in groups)})" if groups else ""


def render_text(document: Document) -> str:
    """Human-readable chronicle: one line per event, then quotes."""
    names = {e.id: e.name for e in document.entities}
    lines = [f"# {document.title or document.id}  ({document.published or 'no date'})"]
    for event in document.events:
        in_range = event.sentence < len(document.sentences)
        start, end = document.sentences[event.sentence] if in_range else event.trigger
        # an unnamed actor the text describes stands in parentheses where a role has no entity: "(Demonstranten)"
        actors = " + ".join(names.get(a, a) for a in event.source) or _described(event.source_groups) or "?"
        targets = " + ".join(names.get(a, a) for a in event.target) or _described(event.target_groups)
        who = f"{actors} → {targets}" if targets else actors
        place = f"  @ {names.get(event.place, event.place)}" if event.place else ""
        kind = f"{event.type}/{event.mode}" if event.mode else event.type
        sentence = _quote(document.text[start:end])
        lines.append(f"{event.date or '----------'}  {kind}  {who}{place}  [{event.modality}]  {sentence}")
    for quote in document.quotes:
        speaker = names.get(quote.speaker or "", quote.speaker_text or "?")
        lines.append(f"{quote.kind:<9} {speaker}: {_quote(quote.text)}")
    return "\n".join(lines) + "\n"
