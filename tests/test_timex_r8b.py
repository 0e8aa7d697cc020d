"""Eighth session, audit 2026-12-05f (timex): a part of a total is a count, not a year ("700 der
rund 4000 Arbeitsplätze"); an original plan's month is the nearest ("sollte eigentlich im Juni
…"); "lehnte … ab" is a past clause, so a bare "am Abend" after a coming day in focus is the
story's day. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

TUE = date(2026, 5, 12)  # a Tuesday


def tag(text: str, dct: date | None = TUE) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def test_a_part_of_a_rounded_total_is_no_year() -> None:
    assert tag("Die Bank will 1500 der rund 6000 Arbeitsplätze abbauen.") == []
    assert tag("Es sollen 1200 von den insgesamt 5000 Filialen schließen.") == []


def test_a_year_before_an_article_stays_a_year() -> None:
    # (a guard: a year after "seit" before a genitive noun)
    assert tag("Seit 2015 der Partei treu, trat er nun aus.")[0][2] == "2015"


def test_an_original_plans_month_is_the_coming_one() -> None:
    text = "Das Gesetz sollte eigentlich im Juni beschlossen werden."
    assert tag(text) == [("Juni", "DATE", "2026-06")]


def test_a_past_plans_month_without_original_stays_past() -> None:
    # (guards: no "ursprünglich/eigentlich", or a perfect infinitive: a past plan)
    assert tag("Der Bericht sollte im Juni erscheinen.") == [("Juni", "DATE", "2025-06")]
    assert tag("Das Gesetz soll ursprünglich im Juni beschlossen worden sein.")[0][2] == "2025-06"


def test_an_afternoon_rejection_after_a_coming_day_is_the_papers_day() -> None:
    text = (
        "Der Stadtrat soll am Freitag über den Antrag entscheiden. "
        "Der Bürgermeister lehnte den Vorschlag am Nachmittag ab."
    )
    assert ("Nachmittag", "TIME", "2026-05-12TAF") in tag(text)


def test_an_afternoon_after_a_coming_day_is_the_last_day_of_the_story() -> None:
    # the lead's day is Monday, the latest day told before the coming Friday is Tuesday
    text = (
        "Die Schulleiterin hat am Montagabend ihr Amt niedergelegt, bestätigte das Ministerium am Dienstag. "
        "Der Schulausschuss soll am Freitag beraten. Der Elternbeirat wies die Vorwürfe am Nachmittag zurück."
    )
    assert ("Nachmittag", "TIME", "2026-05-12TAF") in tag(text)
