"""Blind audit 17 causes (twelfth session): "für" + weekday names the day something is set for, ahead of the report."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex_docs import tag

TH = date(2026, 11, 19)  # a Thursday: the Tuesday ahead is 2026-11-24, the one behind 2026-11-17


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past verb with "für" + weekday and an adjective in the following phrase: the day lies ahead
        ("Die Bauernverbände riefen für Dienstag zu bundesweiten Traktorkundgebungen auf.", "2026-11-24"),
        ("Der Betriebsrat hat für Dienstag einen unbefristeten Ausstand angekündigt.", "2026-11-24"),
        ("Die Abstimmung im Stadtrat ist für Dienstag geplant.", "2026-11-24"),
        ("Die Opposition beantragte für Dienstag eine außerordentliche Sitzung des Landtags.", "2026-11-24"),
    ],
)
def test_fuer_weekday_is_the_day_ahead(text: str, value: str) -> None:
    assert [v for t, _, v in tag(text, TH) if t == "Dienstag"] == [value]


def test_attributive_fuer_weekday_after_a_determiner_may_lie_behind() -> None:
    # "die für Dienstag angesetzte Sitzung wurde abgesagt": told in the past, the day may be behind (kept)
    found = tag("Die für Dienstag angesetzte Anhörung des Ministers war kurzfristig abgesagt worden.", TH)
    assert [v for t, _, v in found if t == "Dienstag"] == ["2026-11-17"]
