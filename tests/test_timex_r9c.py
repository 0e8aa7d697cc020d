"""Ninth session, third actor round (timex): a perfect whose participle has the prefix "emp-" or "miss-" and
so looks like an infinitive ("hat am Montag … empfangen") is past, not future. Sentences invented for these
tests, 2026-12-05."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

FRI = date(2026, 5, 8)  # a Friday


def tag(text: str, dct: date | None = FRI) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def test_perfect_with_emp_participle_is_last_monday() -> None:
    assert ("Montag", "DATE", "2026-05-04") in tag("Der Präsident hat am Montag den Premier aus Kenia empfangen.")
    assert ("Montag", "DATE", "2026-05-04") in tag("Die Kommission hat am Montag eine Senkung der Zölle empfohlen.")


def test_future_with_infinitive_stays_next_monday() -> None:
    assert ("Montag", "DATE", "2026-05-11") in tag("Die Kanzlerin wird am Montag den Premier aus Kenia empfangen.")
