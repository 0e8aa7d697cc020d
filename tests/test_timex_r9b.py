"""Ninth session, second round (timex): past states after "ab/bis" + month, school holidays and
"Karwoche", "am 15. dieses Monats", "im Laufe des nächsten Tages", time zones inside a clock
time's extent, spoken 12-hour times of events held by day. Sentences invented for these tests,
2026-12-05."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

WED = date(2025, 5, 21)  # a Wednesday


def tag(text: str, dct: date | None = WED) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def test_from_july_with_a_past_state_verb_is_last_july() -> None:
    assert ("Juli", "DATE", "2024-07") in tag("Ab Juli galt die neue Gebührenordnung für alle Vereine.")
    assert ("Juli", "DATE", "2024-07") in tag("Bis Juli blieb die Bundesstraße für Lastwagen gesperrt.")


def test_from_july_in_the_present_or_announced_is_the_coming_july() -> None:
    # (guards: a present state and an announcement look ahead)
    assert ("Juli", "DATE", "2025-07") in tag("Ab Juli gilt die neue Gebührenordnung für alle Vereine.")
    assert ("Juli", "DATE", "2025-07") in tag("Die Stadt kündigte an, ab Juli die Gebühren zu senken.")


def test_school_holidays_are_their_season() -> None:
    assert ("den Sommerferien", "DATE", "2025-SU") in tag("In den Sommerferien wird die Turnhalle saniert.")
    assert ("den Herbstferien", "DATE", "2025-FA") in tag("In den Herbstferien bleibt das Hallenbad zu.")


def test_holy_week_is_the_week_of_easter_sunday() -> None:
    # Easter Sunday 2025 is 20 April, in ISO week 16
    assert ("der Karwoche", "DATE", "2025-W16") in tag("In der Karwoche fielen im Dorf mehrere Proben aus.")


def test_a_day_of_this_or_the_next_month() -> None:
    assert ("15. dieses Monats", "DATE", "2025-05-15") in tag("Die Frist endet am 15. dieses Monats.")
    assert ("3. des kommenden Monats", "DATE", "2025-06-03") in tag("Die Anhörung ist am 3. des kommenden Monats.")


def test_the_first_of_the_month_alone_is_any_month() -> None:
    assert ("1. des Monats", "DATE", "XXXX-XX-01") in tag("Die Pacht ist jeweils am 1. des Monats fällig.")


def test_in_the_course_of_the_next_day() -> None:
    got = tag("Im Laufe des nächsten Tages soll der Gutachter sein Ergebnis vorlegen.")
    assert ("Laufe des nächsten Tages", "DATE", "2025-05-22") in got


def test_a_time_zone_is_inside_the_clock_time() -> None:
    assert ("14 Uhr MEZ", "TIME", "2025-05-21T14:00") in tag("Die Auktion beginnt um 14 Uhr MEZ.")
    got = tag("Die Fähre soll um 9.30 Uhr Ortszeit anlegen.")
    assert ("9.30 Uhr Ortszeit", "TIME", "2025-05-21T09:30") in got


def test_half_past_two_of_a_press_conference_is_in_the_afternoon() -> None:
    assert ("halb drei", "TIME", "2025-05-21T14:30") in tag("Die Pressekonferenz im Rathaus beginnt um halb drei.")
    assert ("drei Uhr", "TIME", "2025-05-21T15:00") in tag("Die Gemeinderatssitzung beginnt um drei Uhr.")


def test_half_past_two_without_a_day_event_stays_literal() -> None:
    # (guards: a break-in at night, and digits with "Uhr" are 24-hour)
    assert ("halb drei", "TIME", "2025-05-21T02:30") in tag("Um halb drei schlugen die Täter ein Fenster ein.")
    assert ("3 Uhr", "TIME", "2025-05-21T03:00") in tag("Die Sitzung beginnt um 3 Uhr.")
    got = tag("Das Treffen der Schmuggler fand um halb drei in der Nacht statt.")
    assert ("halb drei", "TIME", "2025-05-21T02:30") in got or ("halb drei", "TIME", "2025-05-22T02:30") in got


def test_a_future_clause_about_december_in_january_is_the_coming_december() -> None:
    got = tag("Im Dezember wird die Regierung die Grundsteuer erhöhen.", date(2025, 1, 10))
    assert ("Dezember", "DATE", "2025-12") in got


def test_a_reported_plan_about_a_month_just_gone_keeps_it() -> None:
    # (a guard: the subjunctive reports what was said before)
    got = tag("Er werde im Dezember zurücktreten, hatte der Bürgermeister gesagt.", date(2025, 1, 10))
    assert ("Dezember", "DATE", "2024-12") in got


def test_a_present_clause_with_a_future_adverb_looks_ahead() -> None:
    assert ("März", "DATE", "2026-03") in tag("Das Gesetz tritt voraussichtlich im März in Kraft.")
    assert ("April", "DATE", "2026-04") in tag("Die Umgehungsstraße öffnet frühestens im April.")


def test_a_past_clause_with_a_month_gone_stays_past() -> None:
    # (guards: simple past, perfect, pluperfect)
    assert ("März", "DATE", "2025-03") in tag("Im März trat das Gesetz in Kraft.")
    assert ("März", "DATE", "2025-03") in tag("Im März ist das Gesetz in Kraft getreten.")
    assert ("Juni", "DATE", "2024-06") in tag("Der Bundestag hatte im Juni zugestimmt.")


def test_midnight_in_a_past_report_is_the_night_before_the_paper() -> None:
    assert ("Mitternacht", "TIME", "2025-05-20T24:00") in tag("Kurz nach Mitternacht wurde die Brücke gesperrt.")
    # (a guard: a deadline ahead is tonight's)
    assert ("Mitternacht", "TIME", "2025-05-21T24:00") in tag("Um Mitternacht läuft die Frist ab.")


def test_half_past_after_von_starts_a_range() -> None:
    got = tag("Die Sitzung des Ausschusses dauerte von halb drei bis fünf Uhr.")
    assert ("halb drei", "TIME", "2025-05-21T14:30") in got
    assert ("fünf Uhr", "TIME", "2025-05-21T17:00") in got
    # (a guard: half of an amount)
    assert tag("Der Umbau kostet die Gemeinde von halb zwei Millionen Euro an aufwärts.") == []


def test_the_night_after_a_day_is_that_days_night() -> None:
    got = tag("Am Montag brannte eine Lagerhalle. In der darauffolgenden Nacht brannte es erneut.")
    assert ("darauffolgenden Nacht", "TIME", "2025-05-19TNI") in got
    # (a guard: the night after a night is the next one)
    got = tag("In der Nacht zum Montag brannte eine Lagerhalle. In der folgenden Nacht brannte es erneut.")
    assert ("folgenden Nacht", "TIME", "2025-05-19TNI") in got


def test_until_the_end_of_the_current_month_stays_in_it() -> None:
    # (a guard: a present "bis" about a month just gone keeps it, as before)
    got = tag("Bis Ende Juni gilt eine Übergangsregelung für die Kassen.", date(2011, 7, 11))
    assert ("Ende Juni", "DATE", "2011-06") in got


def test_a_weekday_a_week_ago() -> None:
    got = tag("Am Mittwoch vor einer Woche wählte der Gemeinderat einen neuen Vorsitzenden.")
    assert ("Mittwoch vor einer Woche", "DATE", "2025-05-14") in got
    got = tag("Am Montag vor zwei Wochen stürzte ein Kran auf die Fahrbahn.")
    assert ("Montag vor zwei Wochen", "DATE", "2025-05-05") in got


def test_a_small_hour_of_last_night_in_a_past_report_is_on_the_papers_day() -> None:
    got = tag("In der Nacht brannte gegen 2 Uhr ein Carport in der Lindenstraße.")
    assert ("gegen 2 Uhr", "TIME", "2025-05-21T02:00") in got
    got = tag("Der Einbruch in die Apotheke geschah um 3 Uhr in der Nacht.")
    assert ("3 Uhr", "TIME", "2025-05-21T03:00") in got
    # (a guard: tonight's forecast is the morning ahead)
    got = tag("In der Nacht soll es gegen 2 Uhr Bodenfrost geben.")
    assert ("gegen 2 Uhr", "TIME", "2025-05-22T02:00") in got


def test_a_term_of_a_year_is_a_duration() -> None:
    got = tag("Die Zahl der Mitglieder hat sich binnen Jahresfrist verdoppelt.")
    assert ("Jahresfrist", "DURATION", "P1Y") in got
    hits = find_timexes("Vor Jahresfrist lag die Quote noch bei drei Prozent.", WED)
    assert [(h.value, h.date) for h in hits] == [("P1Y", "2024")]
