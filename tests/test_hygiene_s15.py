"""Session 15 code hygiene: places that did one thing in two ways now share one reading (2026-12-06)."""

from __future__ import annotations

from datetime import date

from tests.timex_docs import tag

DCT = date(2026, 11, 12)


def test_a_quoted_title_closed_by_the_english_mark_is_no_time() -> None:
    # the quoted-title check pairs quotes as the rest of the code does (chronik.quote_marks): „…” closes as „…“ does
    assert tag("Das Kino zeigt „Ein Fischer im Morgengrauen” in seinem großen Saal.", DCT) == []
    assert tag("Das Kino zeigt „Ein Fischer im Morgengrauen“ in seinem großen Saal.", DCT) == []
    # a quoted fragment of speech keeps its time
    assert tag("Die Nachbarin hörte Lärm „im Morgengrauen”.", DCT) == [("Morgengrauen", "TIME", "2026-11-12TMO")]
