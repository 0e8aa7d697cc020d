"""Shared helpers for the timex tests: the timexes the rules find in a text, as (text, type, value)."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes


def tag(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    """Each timex found in ``text`` against publication date ``dct``: its span text, TIMEX3 type and value."""
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def expression_problems(dct: date, text: str, expected: list[tuple[str, str, str]]) -> list[str]:
    """What differs between the timexes found in ``text`` and ``expected`` (phrase, type, value), phrases in text
    order: each must be overlapped by exactly one timex of that type and value."""
    hits = find_timexes(text, dct)
    problems = []
    pos = 0
    for phrase, type_, value in expected:
        start = text.index(phrase, pos) if phrase in text[pos:] else text.index(phrase)
        end = start + len(phrase)
        pos = end
        over = [h for h in hits if h.start < end and h.end > start]
        if len(over) != 1:
            problems.append(f"{phrase!r}: {len(over)} timexes overlap")
        elif (over[0].type, over[0].value) != (type_, value):
            problems.append(f"{phrase!r}: {over[0].type} {over[0].value}, expected {type_} {value}")
    return problems
