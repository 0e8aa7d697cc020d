"""Whether an event's own date lies after publication is decided on the calendar, not on the TIMEX string
(eighth session): "2026-W23-WE" sorts after "2026-06-10" as a string although that weekend came first.
Invented sentences, 2026-12-05."""

from __future__ import annotations

from chronik.components.events import _coming
from tests.quote_docs import analyzed


def _events(text: str, published: str) -> list[tuple[str, str, str | None]]:
    doc = analyzed(text, published=published)
    return [(e.type, e.modality, e.date) for e in doc.events]


def test_a_past_weekend_dates_a_past_event_and_keeps_it_asserted():
    text = "Am Wochenende haben tausende Menschen in Leipzig gegen die Reform demonstriert."
    assert _events(text, "2026-06-10") == [("PROTEST", "asserted", "2026-W23-WE")]


def test_a_past_weekend_in_the_preterite_keeps_its_date():
    text = "Am Wochenende griffen Unbekannte eine Polizeiwache in Marseille an."
    (event,) = _events(text, "2026-06-10")
    assert event[1:] == ("asserted", "2026-W23-WE")


def test_a_coming_weekend_in_the_present_is_planned():
    text = "Die Außenminister treffen sich am kommenden Wochenende in Paris."
    (event,) = _events(text, "2026-06-10")
    assert event[1] == "planned"


def test_periods_are_compared_as_calendar_time():
    assert not _coming("2026-W23-WE", "2026-06-10", ends=True)
    assert _coming("2026-W24", "2026-06-10", ends=True)  # the current week runs until Sunday
    assert not _coming("2026-SU", "2026-06-10", ends=True)  # summer has begun
    assert _coming("2026-FA", "2026-06-10", ends=True)
    assert _coming("2026-Q3", "2026-06-10", ends=True)
    assert not _coming("2026-Q2", "2026-06-10", ends=True)
    assert _coming("2027", "2026-06-10", ends=True)
    assert not _coming("2026-06-10TEV", "2026-06-10", ends=True)
