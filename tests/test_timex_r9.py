"""Ninth session (timex): a clock time followed by the day it is on ("um 14 Uhr am Montag", "gegen 3 Uhr
in der Nacht auf Montag"), "in zwei Wochen" as a point ahead of the paper's day. Sentences invented for
these tests, 2026-12-05."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

WED = date(2025, 5, 21)  # a Wednesday


def tag(text: str, dct: date | None = WED) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def dates(text: str, dct: date | None = WED) -> dict[str, str | None]:
    return {text[h.start : h.end]: h.date for h in find_timexes(text, dct)}


def test_a_clock_time_before_a_weekday_is_on_that_weekday() -> None:
    got = tag("Die Versammlung begann um 14 Uhr am Montag im Rathaus.")
    assert ("14 Uhr", "TIME", "2025-05-19T14:00") in got


def test_a_small_hour_before_a_named_night_is_on_the_morning_after() -> None:
    got = tag("Gegen 3 Uhr in der Nacht auf Montag brach in einer Scheune Feuer aus.")
    assert ("Gegen 3 Uhr", "TIME", "2025-05-19T03:00") in got


def test_a_late_hour_before_a_named_night_is_on_its_evening() -> None:
    got = tag("Gegen 23 Uhr in der Nacht zum Montag hörten Nachbarn einen Knall.")
    assert ("Gegen 23 Uhr", "TIME", "2025-05-18T23:00") in got


def test_a_small_hour_before_an_evening_is_in_the_evening() -> None:
    got = tag("Um 8 Uhr am Sonntagabend begann das Konzert im Kurhaus.")
    assert ("8 Uhr", "TIME", "2025-05-18T20:00") in got


def test_a_clock_time_ending_a_sentence_keeps_its_day() -> None:
    # (a guard: the day opens the next sentence)
    got = tag("Der Zug fuhr um 14 Uhr ab. Am Montag war die Strecke noch gesperrt.")
    assert ("14 Uhr", "TIME", "2025-05-21T14:00") in got


def test_in_two_weeks_lies_ahead_of_the_paper() -> None:
    got = dates("Die Abstimmung im Landtag findet in zwei Wochen statt.")
    assert got["zwei Wochen"] == "2025-W23"
    assert ("zwei Wochen", "DURATION", "P2W") in tag("Die Abstimmung im Landtag findet in zwei Wochen statt.")


def test_in_three_days_in_a_past_clause_is_a_stretch() -> None:
    # (a guard: "legten … zurück" is past)
    assert dates("In drei Tagen legten die Pilger 120 Kilometer zurück.")["drei Tagen"] is None


def test_in_one_year_in_a_present_clause_is_a_rate() -> None:
    # (a guard: no future marker)
    assert dates("Die Strecke, die ein Radfahrer in einem Jahr zurücklegt, ist lang.")["einem Jahr"] is None


def test_in_two_days_in_a_heading_is_a_stretch() -> None:
    # (a guard: no verb)
    assert dates("Drei Unfälle in zwei Tagen\n\nDie Polizei meldete weitere Einsätze.")["zwei Tagen"] is None


def test_the_whitsun_weekend_is_the_weekend_of_whit_sunday() -> None:
    # Whit Sunday 2025 is 8 June (ISO week 23); plain "Wochenende" would be this week's
    assert ("Pfingstwochenende", "DATE", "2025-W23-WE") in tag("Am Pfingstwochenende rechnet die Polizei mit Staus.")


def test_a_past_easter_weekend_is_the_last_one() -> None:
    # Easter Sunday 2025 is 20 April (ISO week 16)
    got = tag("Über das Osterwochenende kam es auf der Brennerautobahn zu vielen Unfällen.")
    assert ("das Osterwochenende", "DATE", "2025-W16-WE") in got


def test_a_year_after_noch_before_a_verb_is_a_year() -> None:
    assert ("2026", "DATE", "2026") in tag("Der Bau der Umfahrung soll noch 2026 beginnen.")


def test_noch_with_a_number_before_a_noun_is_a_count() -> None:
    # (a guard: "noch 1950 freie Plätze")
    assert tag("Für das Konzert gibt es noch 1950 freie Plätze.") == []


def test_a_frequency_before_a_set_adverb_is_part_of_it() -> None:
    # as in "dreimal pro Woche" (TimeML "twice a week")
    assert ("dreimal wöchentlich", "SET", "P1W") in tag("Der Bürgerbus fährt dreimal wöchentlich nach Meran.")


def test_mothers_day_is_the_second_sunday_in_may() -> None:
    got = tag("Am Muttertag bleibt das Café geöffnet.", date(2026, 4, 28))
    assert ("Muttertag", "DATE", "2026-05-10") in got


def test_sundays_counted_from_advent() -> None:
    # first Sunday of Advent 2025: 30 November
    got = tag("Am Totensonntag und am Volkstrauertag gedenken die Gemeinden der Toten.", date(2025, 11, 10))
    assert ("Totensonntag", "DATE", "2025-11-23") in got
    assert ("Volkstrauertag", "DATE", "2025-11-16") in got


def test_the_day_in_a_hyphenated_compound_is_kept() -> None:
    got = tag("Die Erster-Mai-Kundgebung in Bozen verlief friedlich.", date(2025, 5, 2))
    assert ("Erster-Mai", "DATE", "2025-05-01") in got
    assert ("1.-Mai", "DATE", "2025-05-01") in tag("Zur 1.-Mai-Feier kamen 300 Menschen.", date(2025, 5, 2))


def test_a_clock_range_before_a_weekday_is_on_that_weekday() -> None:
    got = tag("Der Flohmarkt ist von 8 bis 12 Uhr am Samstag geöffnet.")
    assert ("8", "TIME", "2025-05-24T08:00") in got
    assert ("12 Uhr", "TIME", "2025-05-24T12:00") in got


def test_two_clock_times_joined_by_und_keep_their_own_days() -> None:
    # (a guard: "und" joins a range only after "zwischen")
    got = tag("Die Züge fahren am Freitag um 9 Uhr und um 14 Uhr am Montag.")
    assert ("9 Uhr", "TIME", "2025-05-23T09:00") in got


def test_the_sunday_after_next_is_two_weeks_ahead() -> None:
    assert ("übernächsten Sonntag", "DATE", "2025-06-01") in tag("Am übernächsten Sonntag wird in Meran gewählt.")
    assert ("vorletzten Sonntag", "DATE", "2025-05-11") in tag("Am vorletzten Sonntag wurde in Meran gewählt.")


def test_a_quarter_of_an_hour_is_a_duration() -> None:
    assert ("einer knappen Viertelstunde", "DURATION", "PT15M") in tag(
        "Nach einer knappen Viertelstunde hatte die Feuerwehr den Brand gelöscht."
    )
    assert ("eine Dreiviertelstunde", "DURATION", "PT45M") in tag("Die Sitzung dauerte eine Dreiviertelstunde.")


def test_a_decade_word_without_jahre_after_an_article() -> None:
    assert ("Ende der Achtziger", "DATE", "198") in tag("Ende der Achtziger wurde das Hallenbad gebaut.")
    assert ("den Neunzigern", "DATE", "199") in tag("In den Neunzigern zog die Familie nach Brixen.")


def test_a_person_in_the_eighties_is_an_age() -> None:
    # (a guard)
    assert tag("Eine Frau in den Achtzigern wurde leicht verletzt.") == []


def test_verlauf_is_like_laufe() -> None:
    assert ("Jahresverlauf", "DATE", "2025") in tag("Im Jahresverlauf stiegen die Preise in Südtirol.")
    assert ("Verlauf der Woche", "DATE", "2025-W21") in tag("Im Verlauf der Woche wird es wärmer.")
    assert ("Tagesverlauf", "DATE", "2025-05-21") in tag("Im Tagesverlauf ziehen Gewitter auf.")


def test_im_laufe_des_gestrigen_tages_is_yesterday() -> None:
    got = tag("Im Laufe des gestrigen Tages kam es zu keiner Einigung.")
    assert ("Laufe des gestrigen Tages", "DATE", "2025-05-20") in got
