"""Tenth session (timex): "Vorjahresmonat/-quartal/-zeitraum", "Vormonat" and "Vorquartal" count
from the month, quarter or half-year just named (not the paper's); "am Mittag des Folgetages" is
that part of the day after. Sentences invented for these tests, 2026-12-05."""

from __future__ import annotations

from datetime import date

from tests.timex_docs import tag as tagged

THU = date(2026, 3, 12)  # a Thursday


def tag(text: str, dct: date | None = THU) -> list[tuple[str, str, str]]:
    return tagged(text, dct)


def test_same_month_a_year_back() -> None:
    got = tag("Im Januar verkauften die Händler acht Prozent mehr Fahrräder als im Vorjahresmonat.")
    assert ("Vorjahresmonat", "DATE", "2025-01") in got
    got = tag("Der Absatz lag im Februar unter dem Niveau des Vorjahresmonats.")
    assert ("des Vorjahresmonats", "DATE", "2025-02") in got


def test_same_quarter_a_year_back() -> None:
    got = tag("Im vierten Quartal 2025 fiel der Gewinn der Brauerei unter den des Vorjahresquartals.")
    assert ("des Vorjahresquartals", "DATE", "2024-Q4") in got


def test_same_period_a_year_back() -> None:
    got = tag("Im ersten Halbjahr zählte der Flughafen weniger Fluggäste als im Vorjahreszeitraum.")
    assert ("Vorjahreszeitraum", "DATE", "2025-H1") in got
    got = tag("Im Dezember wurden 400 Wohnungen genehmigt, ein Fünftel mehr als im Vorjahreszeitraum.")
    assert ("Vorjahreszeitraum", "DATE", "2024-12") in got


def test_previous_month_and_quarter_of_the_named_one() -> None:
    got = tag("Die Zahl der Insolvenzen stieg im Januar um drei Prozent gegenüber dem Vormonat.")
    assert ("dem Vormonat", "DATE", "2025-12") in got
    got = tag("Im dritten Quartal 2025 wuchs die Wirtschaft um 0,2 Prozent im Vergleich zum Vorquartal.")
    assert ("Vorquartal", "DATE", "2025-Q2") in got


def test_previous_month_without_a_named_month_is_the_papers() -> None:
    # (guard: no month named, the month before the paper's)
    assert ("dem Vormonat", "DATE", "2026-02") in tag("Die Zahl der Insolvenzen stieg gegenüber dem Vormonat.")


def test_a_year_back_without_a_period_in_focus_is_left_out() -> None:
    # (guard: no month or quarter named nearby, no guessed value)
    got = tag("Die Zahl der Passagiere lag deutlich über dem Vorjahresquartal.")
    assert not any("Vorjahres" in t for t, _, _ in got)


def test_part_of_the_following_or_previous_day() -> None:
    got = tag("Am 3. März wurde der Pfarrer entführt. Am Mittag des Folgetages ließen ihn die Täter frei.")
    assert ("Mittag des Folgetages", "TIME", "2026-03-04TMI") in got
    got = tag("Am Dienstag brach im Sägewerk ein Feuer aus. Am Morgen des Folgetags war es gelöscht.")
    assert ("Morgen des Folgetags", "TIME", "2026-03-11TMO") in got
    got = tag("Am Dienstag stürzte die Brücke ein. Am Abend des Vortages hatten Anrainer Risse gemeldet.")
    assert ("Abend des Vortages", "TIME", "2026-03-09TEV") in got
    got = tag("Am 3. März wurde der Pfarrer entführt. In der Nacht zum Folgetag ließen ihn die Täter frei.")
    assert ("Nacht zum Folgetag", "TIME", "2026-03-04TNI") in got


def test_bare_night_of_a_past_clause_is_the_night_before() -> None:
    # the TIMEX3 of a night is its evening's day ("in der Nacht zum Donnerstag" is "…-11TNI")
    got = tag("In der Nacht brannte in Lana eine Scheune bis auf die Grundmauern nieder.")
    assert ("Nacht", "TIME", "2026-03-11TNI") in got
    got = tag("Am Dienstag wurde der Bürgermeister gewählt. In der Nacht hatten Unbekannte Plakate beschmiert.")
    assert ("Nacht", "TIME", "2026-03-09TNI") in got


def test_bare_night_after_a_named_night_is_the_same_night() -> None:
    text = (
        "In der Nacht zum Mittwoch brannte in Meran ein Stall. Am Mittwoch ermittelte die Polizei. "
        "Die Feuerwehr war in der Nacht mit 80 Kräften im Einsatz."
    )
    assert [v for t, _, v in tag(text) if t == "Nacht"] == ["2026-03-10TNI"]


def test_bare_night_after_an_evening_is_that_evenings_night() -> None:
    text = "Am Dienstagabend stürzte das Dach ein. Der Bürgermeister rief noch in der Nacht den Krisenstab zusammen."
    assert ("Nacht", "TIME", "2026-03-10TNI") in tag(text)


def test_bare_night_keeps_the_story_on_the_day_after() -> None:
    got = tag("In der Nacht brannte gegen 2 Uhr ein Stadel. Am Morgen kam die Spurensicherung.")
    assert ("gegen 2 Uhr", "TIME", "2026-03-12T02:00") in got
    assert ("Morgen", "TIME", "2026-03-12TMO") in got


def test_bare_night_ahead_stays_the_papers_day() -> None:
    # (guard: a future clause keeps the coming night)
    assert ("Nacht", "TIME", "2026-03-12TNI") in tag("In der Nacht soll es im Vinschgau bis zu zehn Grad frieren.")


def test_night_to_this_weekday() -> None:
    got = tag("In der Nacht zum heutigen Donnerstag wurde in Brixen ein Geldautomat gesprengt.")
    assert ("Nacht zum heutigen Donnerstag", "TIME", "2026-03-11TNI") in got


def test_night_to_yesterday_or_today() -> None:
    got = tag("In der Nacht auf gestern wurde in Sterzing in eine Bar eingebrochen.")
    assert ("Nacht auf gestern", "TIME", "2026-03-10TNI") in got
    assert ("Nacht zu heute", "TIME", "2026-03-11TNI") in tag("In der Nacht zu heute fiel in Toblach Schnee.")


def test_previous_week_of_the_named_week() -> None:
    text = "In der vergangenen Woche meldeten die Kliniken ein Fünftel mehr Fälle als in der Vorwoche."
    assert ("der Vorwoche", "DATE", "2026-W09") in tag(text)
    # (guard: without a named week, the week before the paper's)
    assert ("der Vorwoche", "DATE", "2026-W10") in tag("In der Vorwoche waren die Kurse gestiegen.")
