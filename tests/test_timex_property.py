"""Property: whatever the text, every timex span lies inside it and every value is TIMEX3 syntax."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.timex_rules import TIMEX3_VALUE, find_timexes

# Fragments that exercise the rules, mixed with arbitrary text so spans meet odd boundaries.
FRAGMENTS = [
    "am 14. März 2024", "14.03.2024", "im Oktober", "Anfang Mai", "Mitte der 90er Jahre", "2025", "gestern",
    "am Dienstag", "vergangene Woche", "nächstes Jahr", "im ersten Quartal", "Ende 2026", "seit 1990",
    "am Morgen des 14. März", "am selben Abend", "am Nachmittag", "um 14.30 Uhr", "in der Nacht zum Sonntag",
    "45 Minuten", "das einstündige Gespräch", "seit drei Jahren", "zwei Wochen lang", "jährlich", "jeden Montag",
    "zweimal pro Woche", "29. Februar", "31. April", "490 v. Chr.", "Weihnachten", "zwei Tage später",
    "vom 5. bis 7. Mai", "10-12 Uhr", "Mai/Juni 1940", "heute Abend", "Dienstagabend", "im Jahr 2000",
    "der 20. Jahrhunderts", "Frühjahr", "im Sommer 1999", "morgen", "Morgen", "0. Januar", "99.99.",
]  # fmt: skip

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), st.sampled_from([" ", ". ", ", ", "\n", "-"])),
    max_size=25,
).map("".join)
dcts = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=texts, dct=dcts)
def test_spans_inside_text_and_values_valid(text: str, dct: date | None) -> None:
    last_end = 0
    for hit in find_timexes(text, dct):
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.start >= last_end, "timexes must not overlap"
        last_end = hit.end
        assert hit.type in ("DATE", "TIME", "DURATION", "SET")
        assert TIMEX3_VALUE.match(hit.value), hit.value
        assert text[hit.start : hit.end].strip() == text[hit.start : hit.end]


@settings(max_examples=200, deadline=None)
@given(text=texts, dct=dcts)
def test_trigger_windows_find_what_a_full_scan_finds(text: str, dct: date | None) -> None:
    # the component only runs each rule around its trigger words; that must not change results
    assert find_timexes(text, dct) == find_timexes(text, dct, full_scan=True)
