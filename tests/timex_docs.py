"""Shared helper for the timex tests: the timexes the rules find in a text, as (text, type, value)."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes


def tag(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    """Each timex found in ``text`` against publication date ``dct``: its span text, TIMEX3 type and value."""
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]
