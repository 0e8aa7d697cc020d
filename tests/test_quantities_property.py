"""Any text: quantity spans are exact slices of the text, values finite, nothing raises."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.components.quantities import extract
from chronik.pipeline import build

_NLP = build("de", with_model=False, components=[])

_PIECES = st.sampled_from([
    "12.000", "3,5", "1.234,5", "0621/123", "2:1", "14.30", "3.", "1999", "-", "–", "×", "€", "$", "%", " ", "\n",
    "Mio.", "Milliarden", "Euro", "US-Dollar", "Prozent", "Kilometer", "Jahre", "Uhr", "rund", "mehr als", "bis",
    "und", "zwei", "Dutzend", "Hunderte", "eine", "halbe", "Million", "Soldaten", "der", "des", "BIP", "Hälfte",
    "minus", "Nr.", "§", "Umleitungs-", "„", "“", "(", ")", ".", ",", "Die", "eingesetzten", "1"*40,
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.lists(st.sampled_from(["", " "]), min_size=25, max_size=25))
def test_spans_are_exact_and_values_finite(pieces, gaps):
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    doc = _NLP(text)
    for q in extract(doc):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.value is not None and math.isfinite(q.value)
        assert q.kind in ("money", "percent", "count", "measure")
