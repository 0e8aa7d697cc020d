"""Seventh session: weekdays of a story told without a publication date move forward from the day
in focus in the simple past; "an diesem Abend", "in jener Nacht" are the part of the day talked
about; "ein Jahr zuvor" with nothing named yet counts back from the publication date. Sentences
invented for these tests."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

THU = date(2026, 3, 19)  # a Thursday


def tag(text: str, dct: date | None = THU) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def value_of(text: str, words: str, dct: date | None = THU) -> str:
    return next(v for t, _, v in tag(text, dct) if t == words)


# --- no publication date: a story in the simple past moves forward from the day in focus ----------


def test_no_dct_monday_after_a_sunday_evening_is_the_next_day() -> None:
    text = (
        "Graz, 9. März 2026 – Die Delegation ist am Sonntagabend in Graz eingetroffen. "
        "Am Montagmorgen besuchte sie das Rathaus. Am Nachmittag fuhr sie weiter."
    )
    assert value_of(text, "Sonntagabend", None) == "2026-03-08TEV"
    assert value_of(text, "Montagmorgen", None) == "2026-03-09TMO"
    assert value_of(text, "Nachmittag", None) == "2026-03-09TAF"


def test_no_dct_weekday_after_a_dated_day_moves_on() -> None:
    text = "Am Freitag, dem 6. März 2026, begann die Messe. Am Sonntag schlossen die Stände."
    assert value_of(text, "Sonntag", None) == "2026-03-08"


def test_no_dct_same_weekday_as_the_focus_is_that_day() -> None:
    text = "Der Landtag tagte am Montag, 9. März 2026. Am Montagmorgen protestierten Bauern vor dem Haus."
    assert value_of(text, "Montagmorgen", None) == "2026-03-09TMO"


def test_no_dct_pluperfect_still_looks_back() -> None:
    text = "Am Freitag, dem 6. März 2026, begann die Messe. Am Donnerstag hatte der Veranstalter gewarnt."
    assert value_of(text, "Donnerstag", None) == "2026-03-05"


def test_no_dct_perfect_still_looks_back() -> None:
    text = "Am Freitag, dem 6. März 2026, begann die Messe. Der Minister ist am Mittwoch angereist."
    assert value_of(text, "Mittwoch", None) == "2026-03-04"


def test_with_dct_simple_past_weekday_is_unchanged() -> None:
    text = "Am Dienstag tagte der Rat. Am Montag protestierten Bauern."
    assert value_of(text, "Montag") == "2026-03-16"


# --- "an diesem Abend", "in jener Nacht" ----------------------------------------------------------


def test_this_evening_after_a_weekday_is_that_days() -> None:
    text = "Am Montag demonstrierten Tausende in Linz. An diesem Abend blieb es ruhig."
    assert ("diesem Abend", "TIME", "2026-03-16TEV") in tag(text)


def test_that_night_after_a_weekday_is_that_days() -> None:
    text = "Am Dienstag brannte eine Lagerhalle. In jener Nacht waren 80 Feuerwehrleute im Einsatz."
    assert ("jener Nacht", "TIME", "2026-03-17TNI") in tag(text)


def test_this_morning_without_a_day_is_the_papers_not_tomorrow() -> None:
    text = "An diesem Morgen öffnet die Börse später."
    assert tag(text) == [("diesem Morgen", "TIME", "2026-03-19TMO")]


def test_bare_in_before_a_part_of_day_is_no_timex() -> None:
    assert tag("Die Täter verschwanden in Nacht und Nebel.") == []


# --- "ein Jahr zuvor" with nothing in focus ---------------------------------------------------------


def test_a_year_before_without_focus_counts_from_the_dct() -> None:
    assert tag("Ein Jahr zuvor waren es noch 300 Anträge.") == [("Ein Jahr zuvor", "DATE", "2025")]


def test_two_months_before_without_focus_counts_from_the_dct() -> None:
    assert tag("Zwei Monate zuvor lag die Quote bei vier Prozent.") == [("Zwei Monate zuvor", "DATE", "2026-01")]


def test_years_later_without_focus_stay_a_duration() -> None:
    text = "Auch drei Jahre später ist von der versprochenen Brücke nichts zu sehen."
    assert tag(text) == [("drei Jahre", "DURATION", "P3Y")]


# --- a part of the day after a vague point lies on a day the text does not give ------------------


def test_morning_after_a_few_days_ago_has_no_day() -> None:
    text = "Vor einigen Tagen kontrollierten Polizisten in den frühen Morgenstunden einen Lieferwagen."
    assert ("den frühen Morgenstunden", "TIME", "2026-03-XXTMO") in tag(text)


def test_night_after_recently_has_no_day() -> None:
    assert ("Nacht", "TIME", "2026-03-XXTNI") in tag("Kürzlich wurde in der Nacht ein Bagger gestohlen.")


def test_evening_after_a_named_day_keeps_it() -> None:
    text = "Vor einigen Tagen, am Montagabend, wurde eingebrochen. Am Abend kam die Polizei."
    assert ("Abend", "TIME", "2026-03-16TEV") in tag(text)


# --- a holiday after a church noun is a name ----------------------------------------------------


def test_holiday_in_a_parish_name_has_no_date() -> None:
    text = "Der Basar der Pfarre Mariä Himmelfahrt beginnt heute."
    assert ("Mariä Himmelfahrt", "DATE", "XXXX-XX-XX") in tag(text)


def test_holiday_after_zu_keeps_its_date() -> None:
    assert tag("Zu Mariä Himmelfahrt kamen viele Pilger.")[0][2] == "2025-08-15"


# --- TimeML modifiers inside a duration's extent (not "rund", "knapp", "gut": KRAUTS) ---------------


def test_more_than_is_inside_the_duration() -> None:
    assert tag("Die Verhandlungen dauerten mehr als drei Tage.") == [("mehr als drei Tage", "DURATION", "P3D")]


def test_almost_is_inside_the_duration() -> None:
    assert tag("Der Umbau dauerte fast zwei Jahre.") == [("fast zwei Jahre", "DURATION", "P2Y")]


def test_up_to_is_inside_the_duration() -> None:
    assert tag("Dem Angeklagten drohen bis zu 15 Jahre Haft.") == [("bis zu 15 Jahre", "DURATION", "P15Y")]


def test_about_stays_outside_the_duration() -> None:
    assert tag("Die Sperre dauerte rund drei Wochen.") == [("drei Wochen", "DURATION", "P3W")]


# --- sets ------------------------------------------------------------------------------------------


def test_every_thirty_minutes_is_a_set() -> None:
    assert tag("Der Bus fährt alle 30 Minuten.") == [("alle 30 Minuten", "SET", "PT30M")]


def test_first_saturday_of_the_month_is_a_set() -> None:
    text = "Der Flohmarkt findet am ersten Samstag im Monat statt."
    assert tag(text) == [("ersten Samstag im Monat", "SET", "P1M")]


def test_last_friday_without_month_stays_a_date() -> None:
    assert tag("Der Markt fand am letzten Freitag statt.")[0][1] == "DATE"


def test_almost_is_inside_a_duration_adjective() -> None:
    text = "Nach einer fast einmonatigen Sperre ist die Brücke wieder offen."
    assert tag(text) == [("fast einmonatigen", "DURATION", "P1M")]


def test_about_stays_outside_a_duration_adjective() -> None:
    text = "Nach einem rund zweistündigen Gespräch trat sie vor die Presse."
    assert tag(text) == [("zweistündigen", "DURATION", "PT2H")]


def test_around_is_inside_a_clock_time() -> None:
    assert tag("Der Unfall geschah am Dienstag gegen 17 Uhr.")[-1] == ("gegen 17 Uhr", "TIME", "2026-03-17T17:00")


def test_um_stays_outside_a_clock_time() -> None:
    assert tag("Der Unfall geschah am Dienstag um 17 Uhr.")[-1] == ("17 Uhr", "TIME", "2026-03-17T17:00")


def test_last_saturday_in_a_saturday_paper_is_a_week_ago() -> None:
    sat = date(2026, 3, 21)
    assert tag("Am vergangenen Samstag wurde gewählt.", sat) == [("vergangenen Samstag", "DATE", "2026-03-14")]
    assert tag("Am Samstag wurde gewählt.", sat) == [("Samstag", "DATE", "2026-03-21")]


def test_holiday_after_school_keeps_its_date() -> None:
    assert tag("Die Kinder wollen in der Schule Weihnachten feiern.")[0][2] == "2026-12-25"


# --- a holiday or season inside a quoted title is a topic ----------------------------------------


def test_holiday_as_the_topic_of_a_title_is_no_timex() -> None:
    assert tag('Die Schüler kochten ein Menü zum Thema "Ostern", dazu gab es Saft.') == []


def test_season_in_a_motto_is_no_timex() -> None:
    assert tag("Das Dorffest steht unter dem Motto „Sommer am See“.") == []


def test_year_in_a_quoted_name_stays() -> None:
    assert tag("Der „Preis der Stadt 2025“ geht an einen Chor.") == [("2025", "DATE", "2025")]


def test_holiday_in_a_quote_without_title_noun_stays() -> None:
    assert tag("Sie sagte: „Ostern feiern wir zu Hause.“")[0][0] == "Ostern"


# --- "diesjährig", "heurig", "letztjährig": this/last year's --------------------------------------


def test_this_years_adjective_is_the_papers_year() -> None:
    assert tag("Die diesjährige Saison endet im Oktober.")[0] == ("diesjährige", "DATE", "2026")
    assert tag("Beim heurigen Dorffest kamen 500 Gäste.") == [("heurigen", "DATE", "2026")]


def test_last_years_adjective_is_the_year_before() -> None:
    assert tag("Der letztjährige Sieger trat nicht an.") == [("letztjährige", "DATE", "2025")]


def test_the_wine_tavern_is_no_year() -> None:
    assert tag("Am Abend ging die Gruppe zum Heurigen.")[-1][0] != "Heurigen"


def test_lunchtime_is_a_part_of_the_day() -> None:
    text = "Die Einbrecher kamen am Dienstag zur Mittagszeit."
    assert tag(text)[-1] == ("Mittagszeit", "TIME", "2026-03-17TMI")


def test_late_autumn_keeps_its_adjective() -> None:
    assert tag("Im späten Herbst soll die Brücke fertig sein.") == [("späten Herbst", "DATE", "2026-FA")]
