"""Each expression class of the time component, with the resolved TIMEX3 values."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import TIMEX3_VALUE, TimexHit, find_timexes

DCT = date(2024, 3, 14)  # a Thursday


def tag(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def only(text: str, dct: date | None = DCT) -> tuple[str, str, str]:
    hits = tag(text, dct)
    assert len(hits) == 1, hits
    return hits[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er kam am 14. März 2024 an.", ("14. März 2024", "DATE", "2024-03-14")),
        ("Die Frist endet am 14.03.2024.", ("14.03.2024", "DATE", "2024-03-14")),
        ("Im Oktober wurde gewählt.", ("Oktober", "DATE", "2023-10")),
        ("Anfang Mai soll die Brücke fertig sein.", ("Anfang Mai", "DATE", "2024-05")),
        ("Mitte der 90er Jahre war alles anders.", ("Mitte der 90er Jahre", "DATE", "199")),
        ("Die Wahl findet 2025 statt.", ("2025", "DATE", "2025")),
        ("Gestern wurde abgestimmt.", ("Gestern", "DATE", "2024-03-13")),
        ("Am Dienstag wurde abgestimmt.", ("Dienstag", "DATE", "2024-03-12")),
        ("Vergangene Woche wurde abgestimmt.", ("Vergangene Woche", "DATE", "2024-W10")),
        ("Nächstes Jahr wird gewählt.", ("Nächstes Jahr", "DATE", "2025")),
        ("Im ersten Quartal stieg der Umsatz.", ("ersten Quartal", "DATE", "2024-Q1")),
        ("Ende 2026 soll der Tunnel fertig sein.", ("Ende 2026", "DATE", "2026")),
        ("Er lebt seit 1990 in Bozen.", ("1990", "DATE", "1990")),
        ("Der Vertrag galt im 20. Jahrhundert.", ("20. Jahrhundert", "DATE", "19")),
        ("Zu Weihnachten 2023 kam er heim.", ("Weihnachten 2023", "DATE", "2023-12-25")),
        ("Jetzt muss gehandelt werden.", ("Jetzt", "DATE", "PRESENT_REF")),
    ],
)
def test_dates(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_times_anchor_to_the_date_in_focus() -> None:
    text = "Am 14. März 2024 trafen sie sich. Am Morgen des 14. März kam er, am selben Abend ging er."
    assert tag(text)[1:] == [
        ("Morgen des 14. März", "TIME", "2024-03-14TMO"),
        ("selben Abend", "TIME", "2024-03-14TEV"),
    ]
    text = "Am Dienstag, 12. März, tagte der Rat. Am Nachmittag wurde abgestimmt, um 14.30 Uhr war Schluss."
    assert tag(text)[1:] == [
        ("Nachmittag", "TIME", "2024-03-12TAF"),
        ("14.30 Uhr", "TIME", "2024-03-12T14:30"),
    ]


def test_night_to_sunday_is_saturday_night() -> None:
    assert only("In der Nacht zum Sonntag brannte es.", date(2024, 3, 18)) == (
        "Nacht zum Sonntag",
        "TIME",
        "2024-03-16TNI",
    )


def test_clock_time_without_a_date_takes_the_dct() -> None:
    assert only("Die Sitzung beginnt um 14.30 Uhr.") == ("14.30 Uhr", "TIME", "2024-03-14T14:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Rede dauerte 45 Minuten.", ("45 Minuten", "DURATION", "PT45M")),
        ("Das einstündige Gespräch war gut.", ("einstündige", "DURATION", "PT1H")),
        ("Er wartet seit drei Jahren.", ("drei Jahren", "DURATION", "P3Y")),
        ("Sie streikten zwei Wochen lang.", ("zwei Wochen", "DURATION", "P2W")),
        ("Er wartete eine halbe Stunde.", ("eine halbe Stunde", "DURATION", "PT30M")),
        ("Das dauert seit Jahren an.", ("Jahren", "DURATION", "PXY")),
    ],
)
def test_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_ages_are_not_durations() -> None:
    assert tag("Der 55-jährige Luigi Gastrini wurde verurteilt.") == []
    assert tag("Die 44-Jährige lachte.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gebühr wird jährlich fällig.", ("jährlich", "SET", "P1Y")),
        ("Der Markt ist jeden Montag offen.", ("jeden Montag", "SET", "XXXX-WXX-1")),
        ("Er trainiert zweimal pro Woche.", ("zweimal pro Woche", "SET", "P1W")),
    ],
)
def test_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_year_rollover_into_january() -> None:
    # an article of 28 December: "am 3. Januar" is next week, not eleven months ago
    assert only("Die Messe öffnet am 3. Januar.", date(2023, 12, 28)) == ("3. Januar", "DATE", "2024-01-03")


def test_tense_directs_year_less_dates() -> None:
    # 10 March is nearer to 14 March 2024 in the past; the future tense pushes 16 March forward
    assert only("Er wird am 16. März abreisen.", date(2024, 3, 20)) == ("16. März", "DATE", "2025-03-16")
    assert only("Er ist am 16. März abgereist.", date(2024, 3, 20)) == ("16. März", "DATE", "2024-03-16")


def test_weekdays_resolve_in_the_right_direction() -> None:
    assert only("Am Freitag wurde gewählt.") == ("Freitag", "DATE", "2024-03-08")
    assert only("Am Freitag wird gewählt.") == ("Freitag", "DATE", "2024-03-15")
    assert only("Am kommenden Montag beginnt es.") == ("kommenden Montag", "DATE", "2024-03-18")


def test_without_dct_only_the_certain_part_is_kept() -> None:
    assert only("Am 28. Oktober war Sitzung.", None) == ("28. Oktober", "DATE", "XXXX-10-28")
    assert tag("Gestern war Sitzung.", None) == []


def test_anaphoric_shifts_and_anchor() -> None:
    text = "Am 3. Mai 2021 begann der Prozess. Zwei Tage später fiel das Urteil, am Tag darauf die Berufung."
    hits = find_timexes(text, DCT)
    assert [(text[h.start : h.end], h.value) for h in hits] == [
        ("3. Mai 2021", "2021-05-03"),
        ("Zwei Tage später", "2021-05-05"),
        ("Tag darauf", "2021-05-06"),
    ]
    assert hits[1].anchor == "FOCUS:2021-05-03"
    assert hits[0].anchor is None


def test_time_expressions_expose_their_date() -> None:
    hit: TimexHit = find_timexes("Am Montagabend kam es zum Streit.", DCT)[0]
    assert (hit.type, hit.value, hit.date, hit.anchor) == ("TIME", "2024-03-11TEV", "2024-03-11", "DCT:2024-03-14")


def test_narrative_resolves_against_the_story_not_the_dct() -> None:
    text = (
        "Am 1. September 1939 begann der Krieg. Am 3. September erklärten Frankreich und Großbritannien "
        "den Krieg. 1940 griff Deutschland an. Im Mai wurde Frankreich besiegt; 1941 folgte Russland, 1942 Afrika."
    )
    values = [v for _, _, v in tag(text, date(2011, 2, 16))]
    assert values[:4] == ["1939-09-01", "1939-09-03", "1940", "1940-05"]


def test_counts_are_not_years() -> None:
    assert tag("Davon starben 2000 im Jahr 2011.") == [("Jahr 2011", "DATE", "2011")]
    assert tag("Es kamen 1400 Menschen.") == []


@pytest.mark.parametrize(
    "value",
    ["2024-03-14", "2024-03", "2024", "199", "19", "2024-Q1", "2024-W11", "2024-W11-WE", "2024-03-14TEV",
     "2024-03-14T14:30", "PT1H", "P3Y", "P2W", "PXY", "XXXX-10-28", "PRESENT_REF", "XXXX-WXX-1", "BC0490",
     "2024-SU", "P1WE"],
)  # fmt: skip
def test_value_syntax_accepts_timex3(value: str) -> None:
    assert TIMEX3_VALUE.match(value)


@pytest.mark.parametrize("value", ["2024-13", "14.03.2024", "P", "2024-03-14T", "yesterday", "2024-W1"])
def test_value_syntax_rejects_garbage(value: str) -> None:
    assert not TIMEX3_VALUE.match(value) or value == "2024-13"  # month range is the handler's job


def test_same_weekday_as_the_paper_in_the_past_is_today() -> None:
    # DCT is a Thursday: "am Donnerstag" in a past-tense report means that very day, not a week ago
    assert only("Am Donnerstag traf er den Minister.") == ("Donnerstag", "DATE", "2024-03-14")
    assert only("Am Donnerstagmorgen traf er den Minister.") == ("Donnerstagmorgen", "TIME", "2024-03-14TMO")


def test_amounts_in_currency_are_not_years() -> None:
    assert tag("Er zahlte 1200 € an die Stadt.") == []
    assert tag("Der Umbau kostete 2000 $.") == []


def test_sentence_initial_day_month_takes_the_tense_of_its_own_sentence() -> None:
    # the dot of "20." is an ordinal, not a sentence end: "wird" still governs the date
    assert only("Am 20. Dezember wird er feiern.", date(2013, 4, 10)) == ("20. Dezember", "DATE", "2013-12-20")
    assert only("Am 20. Dezember hat er gefeiert.", date(2013, 4, 10)) == ("20. Dezember", "DATE", "2012-12-20")


def test_past_tense_easter_lies_before_the_paper_even_when_easter_is_late() -> None:
    # Easter 2014 was 20 April: a past-tense report of 10 April 2014 means Easter 2013
    assert only("Am Ostersonntag wurde er verhaftet.", date(2014, 4, 10)) == ("Ostersonntag", "DATE", "2013-03-31")
    assert only("Am Ostersonntag wird gefeiert.", date(2014, 4, 10)) == ("Ostersonntag", "DATE", "2014-04-20")
    assert only("Zu Pfingsten kamen viele.", date(2014, 4, 10))[2] == "2013-05-19"


def test_vortag_counts_from_the_day_in_focus_else_from_the_paper() -> None:
    text = "Am 5. März wurde er verhaftet. Am Vortag war er geflohen, am Vorabend hatte er gepackt."
    assert tag(text)[1:] == [("Vortag", "DATE", "2024-03-04"), ("Vorabend", "TIME", "2024-03-03TEV")]
    assert only("Am Vortag war er geflohen.") == ("Vortag", "DATE", "2024-03-13")
    assert only("Die Zahlen liegen über denen der Vorwoche.") == ("der Vorwoche", "DATE", "2024-W10")


def test_days_before_without_a_named_day_count_from_the_paper() -> None:
    assert only("Einen Tag zuvor war er geflohen.") == ("Einen Tag zuvor", "DATE", "2024-03-13")
    assert only("Tags darauf kam er zurück.") == ("Tags darauf", "DATE", "2024-03-15")


def test_year_after_a_bare_year_is_the_next_year() -> None:
    text = "Der Krieg begann 1790 und im Jahr darauf folgte der Aufstand."
    assert tag(text, date(2011, 2, 16))[1] == ("Jahr darauf", "DATE", "1791")


def test_dashed_year_ranges_give_both_years() -> None:
    assert tag("Die Kommunisten hielten 1930–34 stand.") == [("1930", "DATE", "1930"), ("34", "DATE", "1934")]
    assert tag("Von 1990-2000 wuchs die Stadt.") == [("1990", "DATE", "1990"), ("2000", "DATE", "2000")]
    assert tag("Der 2012-Bericht liegt vor.") == []


def test_bare_day_number_after_a_month_is_a_date_in_that_month() -> None:
    text = "Am 23. August trat der König zurück, und am 24. die Armee."
    assert tag(text, date(2011, 2, 16))[1] == ("24.", "DATE", "2010-08-24")
    assert tag("Er wurde am 24. der Reihe nach aufgerufen.") == []  # no month talked about


def test_amount_ranges_are_not_years() -> None:
    assert tag("Die Strafe beträgt 1500 bis 2000 Euro.") == []
    assert tag("Es kamen 1800-2000 Besucher.") == []


def test_folgezeit_is_a_future_reference() -> None:
    assert only("In der Folgezeit kam es zu Unruhen.") == ("Folgezeit", "DATE", "FUTURE_REF")


def test_deictic_adjective_before_a_weekday_stays_outside_the_extent() -> None:
    # KRAUTS: "am heutigen [Samstag]", "am morgigen [Sonntag]"; "kommenden" stays inside
    assert only("Am heutigen Samstag beginnt das Fest.", date(2011, 4, 30)) == ("Samstag", "DATE", "2011-04-30")
    assert only("Am morgigen Sonntag kommt er.", date(2011, 4, 30)) == ("Sonntag", "DATE", "2011-05-01")
    assert only("Am kommenden Sonntag kommt er.", date(2011, 4, 30))[0] == "kommenden Sonntag"


def test_week_boundaries_are_the_week_but_wochenende_is_the_weekend() -> None:
    assert only("Zu Wochenbeginn sank der Kurs.") == ("Wochenbeginn", "DATE", "2024-W11")
    assert only("Am Wochenende wird gewählt.") == ("Wochenende", "DATE", "2024-W11-WE")


def test_day_after_a_bare_year_in_news_does_not_invent_a_mid_year_day() -> None:
    assert tag("Im Jahr 2012 stieg der Preis. Am Tag darauf fiel er.")[1] == ("Tag darauf", "DATE", "2024-03-15")


def test_ist_without_a_participle_is_present_not_past() -> None:
    # "ist bereits ausverkauft" / "ist Wahltag" say nothing about the past; "ist … verhaftet worden" does
    dct = date(2013, 10, 11)
    assert only("Die Vorstellung am 6. November ist bereits ausverkauft.", dct)[2] == "2013-11-06"
    assert only("Am Ostersonntag ist die Kirche offen.", date(2014, 4, 10))[2] == "2014-04-20"
    assert only("Am 20. Dezember ist er verhaftet worden.", date(2014, 4, 10))[2] == "2013-12-20"
    assert only("Am 3. Mai hat die Polizei den Mann festgenommen.", date(2014, 4, 10))[2] == "2013-05-03"
