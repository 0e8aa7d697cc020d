"""Eighth session: general classes of expressions that the KRAUTS guidelines mark (or leave out)
and the tagger got wrong. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import TIMEX3_VALUE, find_timexes

THU = date(2026, 3, 19)  # a Thursday


def tag(text: str, dct: date | None = THU) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def value_of(text: str, words: str, dct: date | None = THU) -> str:
    return next(v for t, _, v in tag(text, dct) if t == words)


# --- a day range in a past clause: the "bis" inside it is no deadline ---------------------------


def test_day_range_in_a_past_clause_is_in_the_past() -> None:
    text = "Vom 3. bis 6. Mai tagte der Ausschuss in Trient."
    assert value_of(text, "3.") == "2025-05-03"
    assert value_of(text, "6. Mai") == "2025-05-06"


def test_date_in_a_called_for_infinitive_clause_lies_ahead() -> None:
    text = "Die Gewerkschaft hat dazu aufgerufen, am 5. März die Arbeit niederzulegen."
    assert value_of(text, "5. März", date(2026, 1, 10)) == "2026-03-05"
    text = "Die Gewerkschaft hat dazu aufgerufen, am 5. März das Werk zu bestreiken."
    assert value_of(text, "5. März", date(2026, 1, 10)) == "2026-03-05"


# --- clock times of a recurring schedule are on no one day ---------------------------------------


def test_clock_times_with_a_set_have_no_date() -> None:
    text = "Das Museum ist täglich von 10 bis 18 Uhr geöffnet."
    assert value_of(text, "10") == "T10:00"
    assert value_of(text, "18 Uhr") == "T18:00"
    assert TIMEX3_VALUE.match("T18:00")
    hit = next(h for h in find_timexes(text, THU) if h.type == "TIME")
    assert hit.date is None


def test_clock_time_without_a_set_keeps_its_day() -> None:
    assert value_of("Die Sitzung beginnt heute um 10 Uhr.", "10 Uhr") == "2026-03-19T10:00"


def test_every_second_day_counts_two() -> None:
    assert value_of("Der Bus fährt jeden zweiten Tag nach Sulden.", "jeden zweiten Tag") == "P2D"
    assert value_of("Das Fest findet jedes dritte Jahr statt.", "jedes dritte Jahr") == "P3Y"


# --- written decimals stay decimals -------------------------------------------------------------


def test_written_decimal_duration_keeps_the_decimal() -> None:
    assert value_of("Die Fahrt dauerte 2,5 Minuten.", "2,5 Minuten") == "PT2.5M"
    assert value_of("Sie lief die Strecke in 11,4 Sekunden.", "11,4 Sekunden") == "PT11.4S"


# --- ages and age ranges are no durations -------------------------------------------------------


def test_age_range_after_a_person_noun_is_no_duration() -> None:
    assert tag("Eingeladen sind Kinder zwischen 8 und 12 Jahren.") == []
    assert tag("Teilnehmen dürfen Jugendliche von vierzehn bis siebzehn Jahren.") == []
    assert value_of("Die Haftstrafe liegt zwischen 2 und 5 Jahren.", "5 Jahren") == "P5Y"


def test_large_number_before_metres_is_no_year() -> None:
    assert tag("Die Alm liegt auf einer Seehöhe von 1900 Metern.") == []


# --- parts of the year before ----------------------------------------------------------------------


def test_boundary_of_the_year_before_is_one_expression() -> None:
    assert tag("Ende des Vorjahres stiegen die Preise.") == [("Ende des Vorjahres", "DATE", "2025")]
    assert tag("Mitte der Vorwoche stiegen die Preise.") == [("Mitte der Vorwoche", "DATE", "2026-W11")]


def test_season_of_the_year_before() -> None:
    assert tag("Im Herbst des Vorjahres wurde gewählt.") == [("Herbst des Vorjahres", "DATE", "2025-FA")]


def test_half_of_the_year() -> None:
    assert value_of("In der ersten Hälfte des Jahres sank die Zahl.", "der ersten Hälfte des Jahres") == "2026-H1"
    assert tag("In der ersten Hälfte des Spiels fiel kein Tor.") == []


def test_in_the_course_of_the_week_written_lauf() -> None:
    assert value_of("Im Lauf der Woche soll entschieden werden.", "Lauf der Woche") == "2026-W12"


def test_day_month_with_closing_dot_after_bis_is_a_date() -> None:
    assert tag("Bis 16.11. können sich Vereine melden.") == [("16.11.", "DATE", "2026-11-16")]


# --- non-specific and generic references --------------------------------------------------------


def test_weekday_with_indefinite_article_is_some_such_day() -> None:
    assert tag("Das Unglück geschah an einem Sonntag.") == [("Sonntag", "DATE", "XXXX-WXX-7")]


def test_title_of_the_year_is_no_year() -> None:
    assert tag("Sie wurde zur Sportlerin des Jahres gewählt.") == [("des Jahres", "DATE", "XXXX-XX-XX")]
    assert tag("Die erste Offensive des Jahres scheiterte.") == []


def test_bis_heute_is_the_present() -> None:
    assert tag("Die Ursache ist bis heute ungeklärt.") == [("heute", "DATE", "PRESENT_REF")]
    assert value_of("Anmeldungen sind bis heute um 18 Uhr möglich.", "heute") == "2026-03-19"


def test_heute_before_a_place_name_is_the_present() -> None:
    assert tag("Er stammte aus Sterzing (heute Vipiteno).") == [("heute", "DATE", "PRESENT_REF")]


def test_bislang_is_not_marked() -> None:
    # KRAUTS leaves "bisher"/"bislang" (so far) out
    assert tag("Bislang hat sich niemand gemeldet.") == []


# --- vague and whole durations --------------------------------------------------------------------


def test_bare_plural_unit_with_lang_is_a_vague_duration() -> None:
    assert tag("Die Familie wartete Monate lang auf eine Antwort.") == [("Monate lang", "DURATION", "PXM")]


def test_whole_unit_is_one_unit_long() -> None:
    assert tag("Die Helfer suchten die ganze Nacht nach dem Hund.") == [("die ganze Nacht", "DURATION", "PT1NI")]
    assert tag("Es schneite den ganzen Tag.") == [("den ganzen Tag", "DURATION", "P1D")]
    assert TIMEX3_VALUE.match("PT1EV")
    assert tag("Die ganze Stadt feierte.") == []


def test_average_age_after_mit_is_no_duration() -> None:
    assert tag("Frauen bekommen ihr erstes Kind mit durchschnittlich 31,2 Jahren.") == []
    assert tag("Männer heiraten erst mit durchschnittlich 34 Jahren.") == []


# --- seasons ------------------------------------------------------------------------------------


def test_season_compounds_are_seasons() -> None:
    assert tag("In der Wintersaison waren die Hotels voll.") == [("Wintersaison", "DATE", "2026-WI")]
    assert value_of("In den Sommermonaten fahren mehr Busse.", "den Sommermonaten") == "2026-SU"


def test_season_after_bis_in_a_present_clause_lies_ahead() -> None:
    autumn = date(2026, 10, 20)
    assert value_of("Die Hütte bleibt bis zum Sommer geschlossen.", "Sommer", autumn) == "2027-SU"


def test_zur_zeit_written_apart_is_now_but_not_the_time_of() -> None:
    assert tag("Die Straße ist zur Zeit gesperrt.") == [("zur Zeit", "DATE", "PRESENT_REF")]
    assert tag("Zur Zeit der Römer führte hier eine Straße vorbei.") == []


def test_a_rate_per_day_is_a_set() -> None:
    assert tag("Die Häftlinge bekommen nur eine Mahlzeit am Tag.") == [("am Tag", "SET", "P1D")]
    assert tag("Er kam am Tag der Abstimmung.") == []
    assert tag("An jedem Tag kommen neue Gäste.") == [("jedem Tag", "SET", "P1D")]
