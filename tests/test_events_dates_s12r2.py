"""Event dates, twelfth session, second round: a planned act is dated by its "bis" deadline, and an undated past
perfect with "bereits"/"schon" gets no date rather than the story's day. Invented sentences, 2026-12-05."""

from __future__ import annotations

import chronik
from chronik.components.events import _ends_before
from tests.event_docs import event_at


def _date(text: str, trigger: str, published: str = "2026-11-10") -> str | None:
    return event_at(chronik.analyze(text, published=published), trigger).date


def test_a_planned_arrival_is_dated_by_its_bis_day():
    text = (
        "PASSAU (dpa) – Nach tagelangem Regen hat die Donau in Passau die Altstadt überflutet. Aus Sachsen und "
        "Thüringen sollen bis Donnerstag zusammen rund 300 Helfer des Technischen Hilfswerks eintreffen."
    )
    assert _date(text, "eintreffen") == "2026-11-12"  # Tuesday 2026-11-10 → Thursday


def test_a_planned_withdrawal_is_dated_by_its_bis_year():
    text = (
        "BAMAKO (dpa) – Die Bundeswehr beendet ihren Einsatz in Mali. Bis Ende 2028 sollen alle rund 1.200 "
        "Soldaten das Land verlassen haben."
    )
    assert _date(text, "verlassen") == "2028"


def test_a_future_trip_is_dated_by_its_bis_day():
    text = "BAMAKO (dpa) – Der Außenminister wird bis Mittwoch nach Niamey reisen."
    assert _date(text, "reisen") == "2026-11-11"


def test_a_continued_activity_is_not_dated_by_its_bis_day():
    # "fortsetzen" runs until Friday; Friday is not the day of the talks
    text = "BAMAKO (dpa) – Die Regierung in Bamako will die Gespräche mit Berlin bis Freitag fortsetzen."
    assert _date(text, "Gespräche") != "2026-11-13"


def test_a_past_bis_day_under_soll_is_no_deadline():
    # a reportive "soll … haben" with a past "bis" day reports a past, not a plan
    assert _ends_before("2026-11-08", "2026-11-10")
    assert not _ends_before("2028", "2026-11-10")
    assert not _ends_before("2026-W46", "2026-11-10")
    assert _ends_before("2026-W44", "2026-11-10")


def test_an_undated_past_perfect_with_bereits_gets_no_date():
    text = (
        "OSLO (dpa) – Ein Gericht in Oslo hat am Dienstag zwei Männer wegen Spionage für Russland verurteilt. "
        "Das norwegische Außenministerium hatte bereits nach der Festnahme der Männer den russischen "
        "Botschafter einbestellt."
    )
    assert _date(text, "verurteilt") == "2026-11-10"
    assert _date(text, "einbestellt") is None


def test_a_later_night_told_without_an_event_dates_what_follows():
    text = (
        "ROTTERDAM (dpa) – Ein Streik der Lotsen hat den Hafen von Rotterdam am Montag weitgehend lahmgelegt. "
        "In der Nacht zu Dienstag blieb es an den Terminals unruhig. Die Polizei nahm acht Demonstranten fest."
    )
    assert _date(text, "Streik") == "2026-11-09"
    assert _date(text, "nahm") == "2026-11-10"
