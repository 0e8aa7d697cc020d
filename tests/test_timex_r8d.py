"""Eighth session, round 4 (timex, audit 2026-12-05g): a deadline weekday after a plan modal ("sollten bis
Freitag dauern"), a month after "für" ("für Mai geplant"), an evening clock time of a night named before a
reporting day. Sentences invented for these tests, 2026-12-05."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

THU = date(2026, 3, 12)  # a Thursday


def tag(text: str, dct: date | None = THU) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def test_a_deadline_after_a_plan_modal_is_the_coming_weekday() -> None:
    got = tag("Die Sprecherin sagte, die Beratungen sollten bis Freitag andauern.")
    assert ("Freitag", "DATE", "2026-03-13") in got


def test_a_past_must_with_bis_stays_behind() -> None:
    # (a guard: "musste" is no plan modal)
    got = tag("Der Händler musste bis Montag auf die Ware warten.")
    assert ("Montag", "DATE", "2026-03-09") in got


def test_a_month_after_fuer_is_a_date() -> None:
    got = tag("Ein zweites Treffen ist für Mai vorgesehen.")
    assert ("Mai", "DATE", "2026-05") in got


def test_fuer_before_a_first_name_is_no_month() -> None:
    got = tag("Der Preis für August Meinhold wurde verliehen.")
    assert not any(t[0].startswith("August") for t in got)


def test_an_evening_hour_belongs_to_the_night_named_before_a_reporting_day() -> None:
    text = (
        "Ein Brand hat in der Nacht zum Sonntag eine Lagerhalle zerstört. Das meldete die Feuerwehr am Sonntag. "
        "Das Feuer war gegen 22 Uhr im Dachstuhl entstanden."
    )
    got = tag(text, date(2026, 8, 10))
    assert ("gegen 22 Uhr", "TIME", "2026-08-08T22:00") in got


def test_an_evening_hour_right_after_the_day_is_that_days() -> None:
    text = (
        "Ein Brand hat in der Nacht zum Sonntag eine Lagerhalle zerstört. Am Sonntag um 20 Uhr trat der Rat zusammen."
    )
    got = tag(text, date(2026, 8, 10))
    assert ("20 Uhr", "TIME", "2026-08-09T20:00") in got
