"""Sixth session, audit 2026-12-05d (cause 5): the story's day for a bare "am Morgen", "am Abend"
in news when the focus cannot give it, ages and age limits that are no DURATION ("das
Rentenalter von 63 auf 66 Jahre", "mit 67 Jahren in Rente"), and counted unit compounds
("nach 25 Dienstjahren"). Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes

WED = date(2026, 3, 18)  # a Wednesday


def tag(text: str, dct: date | None = WED) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def times(text: str, dct: date | None = WED) -> list[tuple[str, str]]:
    return [(t, v) for t, typ, v in tag(text, dct) if typ == "TIME"]


# --- a bare "am Morgen" / "am Abend" in news: the story's day -----------------------------------


def test_morning_after_a_background_year_is_the_story_day() -> None:
    text = (
        "In Kassel hat am Montag der Prozess gegen einen früheren Bürgermeister begonnen. "
        "Die Stadt hatte ihn im Sommer 2022 beurlaubt.\n\n"
        "Vor dem Rathaus demonstrierten am Morgen rund 50 Menschen."
    )
    assert times(text) == [("Morgen", "2026-03-16TMO")]


def test_evening_after_a_planned_later_date_is_not_that_date() -> None:
    text = (
        "Der Landtag hat am Mittwoch das Schulgesetz beschlossen. "
        "Der Bildungsausschuss soll sich am 2. April erneut damit befassen. "
        "Eine Sprecherin des Ministeriums sagte am Abend, die Reform gelte ab August."
    )
    assert times(text) == [("Abend", "2026-03-18TEV")]


def test_evening_after_a_planned_date_without_a_lead_day_is_the_papers() -> None:
    text = "Die Kommission soll am 2. April tagen. Ein Sprecher sagte am Abend, man sei vorbereitet."
    assert times(text) == [("Abend", "2026-03-18TEV")]


def test_evening_of_a_planned_day_stays_with_a_future_verb() -> None:
    text = "Die Kommission soll am 2. April tagen. Am Abend ist ein Empfang im Rathaus geplant."
    assert times(text) == [("Abend", "2026-04-02TEV")]


def test_evening_of_the_day_just_named_is_unchanged() -> None:
    text = "Am Montag traf der Minister in Rom ein. Am Abend sprach er mit dem Präsidenten."
    assert times(text) == [("Abend", "2026-03-16TEV")]


def test_evening_ahead_after_a_background_month_stays_on_the_papers_day() -> None:
    text = (
        "Die Polizei hatte am Montag zwei Männer festgenommen. Im Januar waren sie bereits aufgefallen. "
        "Am Abend soll eine Kundgebung stattfinden."
    )
    assert times(text) == [("Abend", "2026-03-18TEV")]


def test_old_first_day_is_no_story_day() -> None:
    text = (
        "Das Werk war am 3. Mai 2019 eröffnet worden. Im Januar kamen neue Aufträge hinzu. "
        "Vor dem Tor protestierten am Morgen Beschäftigte."
    )
    assert times(text) == [("Morgen", "2026-03-18TMO")]


# --- ages and age limits are no DURATION ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung will das Rentenalter für Bergleute von 63 auf 66 Jahre anheben.",
        "Das Mindestalter für den Führerschein liegt in dem Land bei 17 Jahren.",
        "Sie will mit 67 Jahren in Rente gehen.",
        "Der Dirigent starb mit 88 Jahren.",
        "Mit 16 Jahren verließ sie ihr Dorf.",
        "Sie war mit 29 Jahren die jüngste Abgeordnete im Parlament.",
    ],
)
def test_ages_are_no_duration(text: str) -> None:
    assert [t for t in tag(text) if t[1] == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er wurde mit drei Jahren Haft bestraft.", ("drei Jahren", "DURATION", "P3Y")),
        ("Der Zug kam mit zwei Jahren Verspätung in Betrieb.", ("zwei Jahren", "DURATION", "P2Y")),
        ("Sein alter Vertrag wurde auf vier Jahre verlängert.", ("vier Jahre", "DURATION", "P4Y")),
        (
            "Das Rentenalter soll in den nächsten zwölf Jahren steigen.",
            ("den nächsten zwölf Jahren", "DURATION", "P12Y"),
        ),
    ],
)
def test_durations_near_ages_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tag(text)


# --- counted unit compounds -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Das habe ich in 25 Dienstjahren nicht gesehen“, sagte der Beamte.", ("25 Dienstjahren", "DURATION", "P25Y")),
        ("Nach 40 Verhandlungstagen fiel das Urteil.", ("40 Verhandlungstagen", "DURATION", "P40D")),
        ("Die Firma muss binnen zehn Werktagen antworten.", ("zehn Werktagen", "DURATION", "P10D")),
        ("Nach zwölf Amtsjahren tritt der Bürgermeister ab.", ("zwölf Amtsjahren", "DURATION", "P12Y")),
    ],
)
def test_counted_unit_compounds_are_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tag(text)


def test_uncounted_compounds_and_weekdays_are_untouched() -> None:
    assert tag("In den ersten Amtsjahren regierte er vorsichtig.") == []
    assert tag("Am Dienstag kamen 20 Dienstwagen an.") == [("Dienstag", "DATE", "2026-03-17")]


def test_evening_of_a_named_event_is_not_the_story_day() -> None:
    text = "Am Montag begann der Prozess. Die Zeugin sagte, sie sei am Abend der Tat spät heimgekommen."
    assert times(text) == [("Abend", "2026-03-16TEV")]


def test_counted_work_hours_are_no_duration() -> None:
    assert tag("Die Renovierung kostete die Helfer 450 Arbeitsstunden.") == []


def test_plain_quote_mark_after_a_word_opens_no_quote() -> None:
    # „…" closed by a plain '"': the text up to the next „…" is no quote whose frame dates it
    text = (
        'Die Rufe „Nieder mit ihm", die am Sonntagabend von den Dächern kamen, erinnerten an „Freiheit", '
        "die am Freitag erklangen."
    )
    assert ("Sonntagabend", "TIME", "2026-03-15TEV") in tag(text)
