"""Dates carried from the wrong sentence (twenty-third session, round 2, blind audits 43/44's date errors): an act told
a vague span after the day in focus ("Wenige Tage später …") gets no finer date than the span keeps it in, and an event
noun with a bare year of its own ("die Anschläge von 2015") is dated by that year, not by the day in focus."""

from __future__ import annotations

import pytest

import chronik
from chronik.components.events import _vague_later_date
from tests.event_docs import event_at

THURSDAY = "Die Polizei nahm am Donnerstag in Hamburg drei Männer fest. "


@pytest.mark.parametrize(
    ("text", "trigger", "published", "date"),
    [
        # a few days after Thursday 2021-01-14, before the report of 2021-01-20: still January
        (THURSDAY + "Wenige Tage später kam es in der Stadt zu neuen Protesten.", "Protesten", "2021-01-20", "2021-01"),
        # weeks after 3 December, reported in January: the year is not certain either
        (
            "Die Polizei nahm am 3. Dezember in Hamburg drei Männer fest. In den folgenden Wochen kam es in der Stadt "
            "zu neuen Protesten.",
            "Protesten",
            "2021-01-10",
            None,
        ),
        # months after a day of March, reported in December: that year
        (
            "Die Polizei nahm am 3. März in Hamburg drei Männer fest. Einige Monate später kam es in der Stadt zu "
            "neuen Protesten.",
            "Protesten",
            "2021-12-10",
            "2021",
        ),
        # years later: bounded by the report's day only
        (
            "Die Polizei nahm am 3. März 2015 in Hamburg drei Männer fest. Jahre später wurden die Männer verurteilt.",
            "verurteilt",
            "2021-01-20",
            None,
        ),
    ],
)
def test_a_vague_later_time_coarsens_the_date(text: str, trigger: str, published: str, date: str | None) -> None:
    doc = chronik.analyze(text, published=published)
    assert event_at(doc, trigger).date == date


def test_a_vague_later_time_holds_for_its_paragraph() -> None:
    doc = chronik.analyze(
        THURSDAY + "Wenige Tage später kam es in der Stadt zu neuen Protesten. Die Polizei nahm zwei Frauen fest.",
        published="2021-01-20",
    )
    assert event_at(doc, "Protesten").date == "2021-01"
    assert [e.date for e in doc.events][-1] == "2021-01"


@pytest.mark.parametrize(
    "text",
    [
        # (no vague span: the day in focus)
        THURSDAY + "In der Stadt kam es zu neuen Protesten.",
        # ("später" alone is as often later that day: not coarsened)
        THURSDAY + "Später kam es in der Stadt zu neuen Protesten.",
        # (a span within the day keeps it)
        THURSDAY + "Zwei Stunden später kam es in der Stadt zu neuen Protesten.",
        # ("kurz darauf" is the day of the act just told: ``sequel_phrases``)
        THURSDAY + "Kurz darauf kam es in der Stadt zu neuen Protesten.",
    ],
)
def test_no_vague_later_time_keeps_the_day(text: str) -> None:
    doc = chronik.analyze(text, published="2021-01-20")
    assert doc.events[-1].date == "2021-01-14"


def test_a_vague_later_date_with_its_own_day_keeps_it() -> None:
    doc = chronik.analyze(THURSDAY + "Zwei Tage später, am Samstag, kam es zu Protesten.", published="2021-01-20")
    assert event_at(doc, "Protesten").date == "2021-01-16"


@pytest.mark.parametrize(
    ("focus", "span", "published", "date"),
    [
        ("2021-01-07", 14, "2021-03-01", "2021-01"),
        ("2021-01-25", 14, "2021-03-01", "2021"),
        ("2021-01-25", 14, "2021-01-27", "2021-01"),  # (cut at the report's day)
        ("2021-12-25", 14, "2022-03-01", None),
        ("2021-12-25", 0, "2021-12-28", "2021-12"),
        (None, 14, "2021-12-28", None),
    ],
)
def test_vague_later_date(focus: str | None, span: int, published: str, date: str | None) -> None:
    assert _vague_later_date(focus, span, published) == date


def test_an_event_nouns_own_year_dates_it() -> None:
    doc = chronik.analyze(
        "Die Polizei nahm am Dienstag in Berlin einen Mann fest. Er soll an den Anschlägen von 2015 in Paris beteiligt "
        "gewesen sein.",
        published="2021-01-10",
    )
    assert event_at(doc, "nahm").date == "2021-01-05"
    assert event_at(doc, "Anschlägen").date == "2015"


def test_a_number_after_von_is_no_year() -> None:
    doc = chronik.analyze(
        "Die Regierung kündigte am Dienstag die Entsendung von 1500 zusätzlichen Soldaten an.", published="2021-01-10"
    )
    assert event_at(doc, "Entsendung").date != "1500"


def test_an_event_noun_without_a_year_keeps_the_day_in_focus() -> None:
    doc = chronik.analyze(
        "Die Polizei nahm am Dienstag in Berlin einen Mann fest. Er soll an den Anschlägen in Paris beteiligt gewesen "
        "sein.",
        published="2021-01-10",
    )
    assert event_at(doc, "Anschlägen").date == "2021-01-05"
