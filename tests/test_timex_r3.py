"""Seventh session, round 3 (blind audit 2026-12-05e, cause 9): "im Vorjahr" counts from the year
just talked about, a past modal ("sollte … starten") puts a weekday behind the paper, and an age
("im Alter von 47 und 52 Jahren") does not hide a duration after it. Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes

THU = date(2026, 12, 3)  # a Thursday


def tag(text: str, dct: date | None = THU) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


# --- "im Vorjahr" after a year in focus -------------------------------------------------------


def test_previous_year_after_last_year() -> None:
    text = "Im vergangenen Jahr wurden 800 Anträge gestellt, 25 Prozent mehr als im Vorjahr."
    assert tag(text) == [("vergangenen Jahr", "DATE", "2025"), ("Vorjahr", "DATE", "2024")]


def test_previous_year_after_a_written_year_in_the_sentence_before() -> None:
    text = "Im Jahr 2021 verkaufte die Brauerei zwei Millionen Liter. Das war ein Drittel mehr als im Vorjahr."
    assert ("Vorjahr", "DATE", "2020") in tag(text)


def test_repeated_previous_year_stays_the_same_year() -> None:
    text = "Im Jahr 2021 stieg der Absatz. Im Vorjahr war er gefallen, und im Vorjahr fehlten Rohstoffe."
    assert [v for s, _, v in tag(text) if s == "Vorjahr"] == ["2020", "2020"]


def test_previous_year_without_a_year_in_focus_is_the_papers() -> None:
    text = "Der Verein zählt 300 Mitglieder. Das sind 20 mehr als im Vorjahr."
    assert tag(text) == [("Vorjahr", "DATE", "2025")]


# --- a past modal puts the weekday behind ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Der Sonderzug sollte am Dienstagmorgen abfahren, doch die Strecke blieb gesperrt.",
            "Dienstagmorgen",
            "2026-12-01TMO",
        ),
        ("Die Fähre sollte am Montagabend ablegen.", "Montagabend", "2026-11-30TEV"),
        ("Die Versammlung sollte am Dienstag starten.", "Dienstag", "2026-12-01"),
        ("Die Firma wollte am Montag beginnen.", "Montag", "2026-11-30"),
    ],
)
def test_past_modal_weekday_is_behind(text: str, span: str, value: str) -> None:
    assert (span, "DATE" if "T" not in value else "TIME", value) in tag(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sollte der Stadtrat am Montag zustimmen, beginnt der Umbau.",
        "Die Halle soll am Montag öffnen.",
    ],
)
def test_condition_and_present_modal_stay_ahead(text: str) -> None:
    assert ("Montag", "DATE", "2026-12-07") in tag(text)


# --- an age before a duration ------------------------------------------------------------------


def test_duration_after_an_age() -> None:
    text = "Die zwei Beamten im Alter von 39 und 58 Jahren sollen über mehrere Jahre Gelder veruntreut haben."
    assert tag(text) == [("über mehrere Jahre", "DURATION", "PXY")]


def test_age_pair_is_still_no_duration() -> None:
    assert tag("Die Kinder im Alter von acht und zehn Jahren wurden gerettet.") == []
