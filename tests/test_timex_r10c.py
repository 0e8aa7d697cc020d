"""Tenth session, round 3 (timex): a day named in an attribution clause ("…, wie die Armee am Donnerstag
mitteilte") dates the report, not the story, so a following "Tags darauf" counts from the story's day.
Sentences invented for these tests, 2026-12-05."""

from __future__ import annotations

from datetime import date

from tests.timex_docs import tag


def test_day_of_an_attribution_clause_does_not_move_the_story_day() -> None:
    text = (
        "Rebellen hatten das Dorf am Montag besetzt, wie die Armee am Donnerstag mitteilte. "
        "Tags darauf rückten Soldaten vor."
    )
    got = tag(text, date(2026, 11, 20))  # a Friday
    assert ("Donnerstag", "DATE", "2026-11-19") in got
    assert ("Tags darauf", "DATE", "2026-11-17") in got


def test_day_inside_a_direct_quote_does_not_move_the_story_day() -> None:
    text = (
        "Am Mittwoch unterzeichneten die Minister den Vertrag. „Heute endet ein langer Streit“, sagte der Minister "
        "bei der Zeremonie. In der Hauptstadt demonstrierten am Abend mehrere Tausend Menschen."
    )
    got = tag(text, date(2026, 11, 12))  # a Thursday
    assert ("Abend", "TIME", "2026-11-11TEV") in got
