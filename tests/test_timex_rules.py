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
    # 16 March is nearer to 5 April 2024 in the past; the future tense pushes it forward (a day
    # within two weeks of the paper stays the near one: see the test after the next)
    assert only("Er wird am 16. März abreisen.", date(2024, 4, 5)) == ("16. März", "DATE", "2025-03-16")
    assert only("Er ist am 16. März abgereist.", date(2024, 4, 5)) == ("16. März", "DATE", "2024-03-16")


def test_weekdays_resolve_in_the_right_direction() -> None:
    assert only("Am Freitag wurde gewählt.") == ("Freitag", "DATE", "2024-03-08")
    assert only("Am Freitag wird gewählt.") == ("Freitag", "DATE", "2024-03-15")
    assert only("Am kommenden Montag beginnt es.") == ("kommenden Montag", "DATE", "2024-03-18")


def test_without_dct_only_the_certain_part_is_kept() -> None:
    assert only("Am 28. Oktober war Sitzung.", None) == ("28. Oktober", "DATE", "XXXX-10-28")
    # a deictic day with no date to count from is kept as a day, which one unknown (as a weekday is; not a guess)
    assert only("Gestern war Sitzung.", None) == ("Gestern", "DATE", "XXXX-XX-XX")
    assert only("Heute Abend ist Sitzung.", None) == ("Heute Abend", "TIME", "XXXX-XX-XXTEV")


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
    # Easter 2014 was 20 April: a past-tense report of 1 April 2014 means Easter 2013
    assert only("Am Ostersonntag wurde er verhaftet.", date(2014, 4, 1)) == ("Ostersonntag", "DATE", "2013-03-31")
    assert only("Am Ostersonntag wird gefeiert.", date(2014, 4, 1)) == ("Ostersonntag", "DATE", "2014-04-20")
    assert only("Zu Pfingsten kamen viele.", date(2014, 4, 1))[2] == "2013-05-19"


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


def test_weak_verbs_in_the_simple_past_mark_the_past() -> None:
    # "meldete"/"stimmten" are not in the list of past forms: the -te/-ten ending marks them
    dct = date(2013, 11, 14)
    assert only("Im ersten Halbjahr meldete die Firma Verluste.", dct)[2] == "2013-H1"
    assert only("Am 20. Dezember stimmten die Abgeordneten zu.", dct)[2] == "2012-12-20"
    # an adjective with the same ending is no verb: "die ersten Ergebnisse", "konkrete Maßnahmen"
    assert only("Am 20. Dezember kommen die ersten Ergebnisse.", dct)[2] == "2013-12-20"
    assert only("Am 20. Dezember gibt es konkrete Maßnahmen.", dct)[2] == "2013-12-20"


def test_clock_times_written_as_words() -> None:
    assert only("Er kam gegen vier Uhr morgens an.") == ("gegen vier Uhr morgens", "TIME", "2024-03-14T04:00")
    assert only("Der Zug fuhr um halb acht ab.") == ("halb acht", "TIME", "2024-03-14T07:30")
    assert only("Um zehn Uhr nachts war es still.") == ("zehn Uhr nachts", "TIME", "2024-03-14T22:00")
    assert tag("Er kaufte eine Uhr.") == []


def test_clock_time_after_an_evening_is_in_the_evening() -> None:
    assert tag("Das Treffen ist heute Abend um acht Uhr.")[1] == ("acht Uhr", "TIME", "2024-03-14T20:00")
    assert tag("Am Nachmittag um 3 Uhr kam er.")[1] == ("3 Uhr", "TIME", "2024-03-14T15:00")
    assert tag("Morgen um 8 Uhr geht es los.")[1] == ("8 Uhr", "TIME", "2024-03-15T08:00")


def test_half_units_combine_whole_and_smaller_unit() -> None:
    assert only("Es dauerte eineinhalb Jahre.") == ("eineinhalb Jahre", "DURATION", "P1Y6M")
    assert only("Es dauerte anderthalb Jahre.") == ("anderthalb Jahre", "DURATION", "P1Y6M")
    assert only("Sie sprachen zweieinhalb Stunden.") == ("zweieinhalb Stunden", "DURATION", "PT2H30M")
    assert only("Es dauerte eine halbe Stunde.") == ("eine halbe Stunde", "DURATION", "PT30M")


def test_heurig_is_this_year_and_zurzeit_is_now() -> None:
    dct = date(2013, 11, 14)
    assert only("Im heurigen Sommer regnete es viel.", dct) == ("heurigen Sommer", "DATE", "2013-SU")
    assert only("Zurzeit ist er krank.", dct) == ("Zurzeit", "DATE", "PRESENT_REF")


def test_regional_and_hyphenated_holidays() -> None:
    dct = date(2013, 11, 14)
    assert only("Am Josefitag ist schulfrei.", dct) == ("Josefitag", "DATE", "2014-03-19")
    # Easter 2014 is 20 April: Herz-Jesu-Sonntag is ten weeks later
    assert only("Am Herz-Jesu-Sonntag brennen die Feuer.", date(2014, 5, 1)) == (
        "Herz-Jesu-Sonntag",
        "DATE",
        "2014-06-29",
    )
    assert only("Am Ersten Weihnachtstag 1776 kam er.", dct) == ("Ersten Weihnachtstag 1776", "DATE", "1776-12-25")


def test_compound_decades() -> None:
    assert only("In den Siebzigerjahren war es so.") == ("den Siebzigerjahren", "DATE", "197")


def test_deictic_adjective_before_a_part_of_day_counts_from_the_paper() -> None:
    text = "Am 3. Mai 2012 kam er an. Am gestrigen Abend ging er."
    assert tag(text)[1] == ("gestrigen Abend", "TIME", "2024-03-13TEV")
    assert only("Am morgigen Nachmittag wird gewählt.") == ("morgigen Nachmittag", "TIME", "2024-03-15TAF")


def test_a_written_weekday_picks_the_year_of_a_year_less_date() -> None:
    # 6 February 2021 was a Saturday; the years of the obituary must not pull the date back
    text = (
        "Er starb am Samstag, den 6. Februar im Alter von 100 Jahren. Der Politiker war 1969 Minister, "
        "1974 trat er zurück, 1982 kam er wieder, 1985 ging er, 1986 auch, 1987, 1988, 1989, 1990, 1991, 1992."
    )
    assert tag(text, date(2021, 2, 9))[0] == ("Samstag, den 6. Februar", "DATE", "2021-02-06")


def test_a_news_lead_that_counts_from_the_paper_is_not_a_narrative() -> None:
    years = " ".join(f"Im Jahr {y} wurde gebaut." for y in range(1950, 1965))
    text = f"Am Dienstag wurde die Brücke eröffnet. {years}\n\nAm 3. März wurde gefeiert."
    assert tag(text)[-1] == ("3. März", "DATE", "2024-03-03")
    narrative = f"Die Brücke wurde eröffnet. {years}\n\nAm 3. März wurde gefeiert."
    assert tag(narrative)[-1] == ("3. März", "DATE", "1964-03-03")


def test_a_few_background_years_do_not_make_a_narrative() -> None:
    text = "Die Partei hatte 1998, 2002 und 2005 gewonnen.\n\nAm 3. März wurde gewählt."
    assert tag(text)[-1] == ("3. März", "DATE", "2024-03-03")


def test_a_singular_verb_before_a_year_and_a_noun_makes_it_a_year() -> None:
    assert only("Der Politiker war 1969 Minister.") == ("1969", "DATE", "1969")
    assert tag("Er hatte 1999 Mitarbeiter.") == []


def test_demonstrative_does_not_take_a_relative_pronoun_into_the_extent() -> None:
    assert only("John Edwards, der dieses Jahr kandidierte, verlor.") == ("dieses Jahr", "DATE", "2024")


def test_ages_before_person_nouns_are_not_durations() -> None:
    assert tag("Das FBI suchte den 39-jährigen Top-Terroristen.") == []
    assert tag("Der 45-jährige Polizist wurde verletzt.") == []
    assert only("Die 42-jährige Herrschaft endete.") == ("42-jährige", "DURATION", "P42Y")


def test_ages_in_a_list_after_alter_are_not_durations() -> None:
    assert tag("Er hat vier Kinder im Alter von zehn, acht und drei Jahren.") == []
    assert tag("Jugendliche im Alter zwischen 15 und 17 Jahren waren dabei.") == []
    assert only("Er lebt seit 17 Jahren hier.") == ("17 Jahren", "DURATION", "P17Y")


def test_haette_is_a_subjunctive_not_a_past_tense() -> None:
    # "hätte … im November Einnahmen" is hypothetical: the November of the election year ahead
    text = "Das Geld hätte der Kampagne bis zu den Wahlen im November 84 Millionen Dollar beschert."
    assert only(text, date(2008, 6, 21)) == ("November", "DATE", "2008-11")


def test_quarters_and_halves_counted_from_the_paper() -> None:
    dct = date(2014, 1, 14)
    assert only("Im vergangenen Quartal sank der Umsatz.", dct) == ("vergangenen Quartal", "DATE", "2013-Q4")
    assert only("Im laufenden Quartal steigt er.", dct) == ("laufenden Quartal", "DATE", "2014-Q1")
    assert only("Im kommenden Halbjahr steigt er.", dct) == ("kommenden Halbjahr", "DATE", "2014-H2")
    assert only("Im letzten Quartal 2004 sank er.", dct) == ("letzten Quartal 2004", "DATE", "2004-Q4")


def test_weekday_fused_with_frueh_and_zu_mittag() -> None:
    assert only("Ein Mädchen ist Montagfrüh verunglückt.") == ("Montagfrüh", "TIME", "2024-03-11TMO")
    assert only("Zu Mittag stießen sie an.") == ("Mittag", "TIME", "2024-03-14T12:00")
    assert tag("Es ist noch zu früh.") == []


def test_weekend_ahead_in_a_saturday_paper_is_this_weekend() -> None:
    assert only("Am Wochenende findet das Fest statt.", date(2014, 1, 18)) == ("Wochenende", "DATE", "2014-W03-WE")
    assert only("Am Wochenende findet das Fest statt.", date(2014, 1, 16)) == ("Wochenende", "DATE", "2014-W03-WE")


def test_bare_plural_units_after_vor_and_nach_are_vague_durations() -> None:
    assert only("Er kam vor Jahren hierher.") == ("Jahren", "DURATION", "PXY")
    assert only("Nach Wochen der Verhandlung kam die Einigung.") == ("Wochen", "DURATION", "PXW")


def test_following_weekday_counts_from_the_day_in_focus() -> None:
    text = "Am Freitag wurde gestreikt. Am darauffolgenden Samstag waren Sonderschichten angesagt."
    assert tag(text, date(2005, 2, 27)) == [
        ("Freitag", "DATE", "2005-02-25"),
        ("darauffolgenden Samstag", "DATE", "2005-02-26"),
    ]


def test_vorherig_is_the_previous_one() -> None:
    assert only("Die Post teilte am vorherigen Wochenende mit, dass sie streikt.", date(2005, 2, 27))[2] == (
        "2005-W07-WE"
    )


def test_lower_case_frueh_alone_is_no_part_of_day() -> None:
    assert tag("Barrett war die frühe Inspiration der Band.") == []
    assert only("In der Früh kam er.") == ("Früh", "TIME", "2024-03-14TMO")


def test_a_month_that_has_begun_counts_as_past() -> None:
    # a past report of 9 March: "Anfang März" is this March, not last year's
    assert only("Die Partei erzielte Anfang März einen Erfolg.", date(2010, 3, 9)) == ("Anfang März", "DATE", "2010-03")
    assert only("Im ersten Quartal meldete die Firma Verluste.", date(2013, 2, 14))[2] == "2013-Q1"
    assert only("Im Mai wurde gewählt.", date(2013, 11, 14))[2] == "2013-05"
    assert only("Im Mai wird gewählt.", date(2013, 11, 14))[2] == "2014-05"


def test_desselben_jahres_is_the_year_talked_about() -> None:
    text = "Er trat im März 1974 zurück, wegen der Affäre, die im August desselben Jahres zum Rücktritt führte."
    assert tag(text, date(2021, 2, 9))[1] == ("August desselben Jahres", "DATE", "1974-08")
    text = "1990 kam er. Im Sommer des folgenden Jahres ging er."
    assert tag(text, date(2021, 2, 9))[1] == ("Sommer des folgenden Jahres", "DATE", "1991-SU")
    assert only("Im Juli dieses Jahres kam er.", date(2021, 2, 9))[2] == "2021-07"


def test_seit_puts_a_year_less_date_in_the_past() -> None:
    dct = date(2013, 11, 14)
    assert only("Seit Jänner ist er im Amt.", dct) == ("Jänner", "DATE", "2013-01")
    assert only("Seit Anfang Dezember wird gebaut.", dct) == ("Anfang Dezember", "DATE", "2012-12")
    assert only("Ab Jänner ist er im Amt.", dct) == ("Jänner", "DATE", "2014-01")


def test_strong_verbs_in_the_past_and_inseparable_prefixes() -> None:
    dct = date(2010, 11, 18)  # a Thursday
    assert only("Zum Auftakt empfing Dortmund am Freitag den HSV.", dct)[2] == "2010-11-12"
    assert only("Am Freitag erhielt er den Preis.", dct)[2] == "2010-11-12"
    # a capitalised noun that looks like a past form is no tense marker
    assert only("Am Freitag steht das Schloss offen.", dct)[2] == "2010-11-19"


def test_fuer_and_ab_before_a_weekday_look_ahead() -> None:
    assert only("Die größte Demonstration ist für Montag geplant.", date(2006, 3, 26))[2] == "2006-03-27"
    # a plan told in the past tense may lie in the past: "der ursprünglich für Sonntag geplante Start wurde …"
    assert only("Der für Sonntag geplante Start wurde verschoben.", date(2010, 2, 8))[2] == "2010-02-07"
    assert only("Ab Montag gilt die Regel.", date(2010, 11, 18))[2] == "2010-11-22"


def test_newspaper_titles_with_a_weekday_are_no_dates() -> None:
    assert tag("In der Bild am Sonntag schreibt er.") == []
    assert tag("Die Welt am Sonntag berichtet.") == []


def test_a_weekday_after_a_first_name_is_a_surname() -> None:
    # "Jerzy Montag (Grüne)": a Bundestag member, not a Monday
    assert tag("Auf der Liste fanden sich Namen wie Jerzy Montag (Grüne) und Hans-Peter Uhl (CSU).") == []
    assert tag("Die Anwältin Maria Freitag vertritt die Familie.") == []
    # a weekday after any other word stays a day
    assert only("Merkel traf Montag den Präsidenten.", date(2010, 11, 18))[2] == "2010-11-15"
    assert only("Am Freitag reiste Maria ab.", date(2010, 11, 18))[2] == "2010-11-12"


def test_participles_that_look_like_past_plurals_are_no_past_tense() -> None:
    text = "Alle Regierungseinrichtungen bleiben bis zum 1. Juli geschlossen."
    assert only(text, date(2012, 6, 24))[2] == "2012-07-01"
    assert only("Am 3. April bleibt das Parken verboten.", date(2012, 3, 24))[2] == "2012-04-03"


def test_passive_in_the_present_is_not_a_future_and_stops_the_search() -> None:
    # "gewählt wird" is a present passive: the nearest 1 September, not one forced into the past
    text = "Beide sind Mitglieder des Landtags, der am 1. September neu gewählt wird."
    assert only(text, date(2016, 6, 17))[2] == "2016-09-01"
    text = "Er hatte Druck gemacht, damit der Zeitplan am 15. August eingehalten werden könne."
    assert only(text, date(2005, 7, 31))[2] == "2005-08-15"


def test_soll_with_a_perfect_infinitive_reports_the_past() -> None:
    assert only("Der Absturz soll sich am Samstag ereignet haben.", date(2006, 1, 9))[2] == "2006-01-07"
    assert only("Am Samstag soll die Brücke eröffnet werden.", date(2006, 1, 9))[2] == "2006-01-14"


def test_target_dates_after_fuer_and_bis_are_not_forced_into_the_past() -> None:
    assert only("Roth kündigte für den 18. September eine Demonstration an.", date(2010, 9, 7))[2] == "2010-09-18"
    assert only("Der Rat hatte die Mission bis zum 20. Juni verlängert.", date(2006, 5, 27))[2] == "2006-06-20"
    assert only("Die EU hat für Dienstag zu einer Sondersitzung eingeladen.", date(2005, 8, 6))[2] == "2005-08-09"
    assert only("Der für Dienstag in Berlin geplante Parteitag fiel aus.", date(2011, 1, 12))[2] == "2011-01-11"


def test_a_date_in_apposition_to_a_named_day_takes_its_year() -> None:
    text = "Der Entwurf soll im Herbst vorgestellt werden und wurde gestern, am 12. Juli, beschlossen."
    assert tag(text, date(2006, 7, 13))[-1] == ("12. Juli", "DATE", "2006-07-12")


def test_a_weekday_in_parentheses_after_a_date_agrees_with_it() -> None:
    text = "Er hat gute Chancen, am 24. März (Samstag) die Vorwahl zu gewinnen."
    assert tag(text, date(2012, 3, 23)) == [("24. März", "DATE", "2012-03-24"), ("Samstag", "DATE", "2012-03-24")]


def test_an_attributive_participle_after_hat_makes_no_perfect() -> None:
    text = "Die Aktion hat das Ziel, gegen den geplanten Aufmarsch am 11. Juni zu mobilisieren."
    assert only(text, date(2005, 6, 6))[2] == "2005-06-11"


def test_an_attributive_past_participle_after_a_date_dates_a_finished_event() -> None:
    text = "Es gab Proteste nach der am Dienstag erfolgten Veröffentlichung, die Folgen haben wird."
    assert only(text, date(2012, 9, 21))[2] == "2012-09-18"
    text = "Die am 3. Oktober veröffentlichte Studie wird diskutiert werden."
    assert only(text, date(2013, 9, 20))[2] == "2012-10-03"
    # a plan says nothing about the past
    assert only("Die für den 3. Oktober geplante Demo wird stattfinden.", date(2013, 9, 20))[2] == "2013-10-03"


def test_night_from_one_weekday_to_the_next_is_one_time() -> None:
    dct = date(2013, 11, 14)
    assert only("In der Nacht von Samstag auf Sonntag brannte es.", dct) == (
        "Nacht von Samstag auf Sonntag",
        "TIME",
        "2013-11-09TNI",
    )


def test_quarters_without_tense_in_news_are_of_the_papers_year() -> None:
    assert only("In der ersten Jahreshälfte lag der Umsatz bei 3 Millionen.", date(2013, 11, 14))[2] == "2013-H1"


def test_early_hours_after_a_named_night_fall_on_the_next_day() -> None:
    text = "Das Paar hat in der Nacht von Freitag auf Samstag kurz vor zwei Uhr einen Sohn bekommen."
    assert tag(text, date(2005, 10, 15))[1] == ("zwei Uhr", "TIME", "2005-10-15T02:00")
    text = "In der Nacht auf Samstag um 23 Uhr brannte es."
    assert tag(text, date(2005, 10, 15))[1] == ("23 Uhr", "TIME", "2005-10-14T23:00")


def test_adjectives_shaped_like_participles_do_not_date_the_event() -> None:
    text = "Sie verlangten, bis zum 4. Oktober bestimmte Dokumente vorzulegen."
    assert only(text, date(2019, 9, 28))[2] == "2019-10-04"


def test_reported_speech_subjunctive_marks_the_future() -> None:
    text = "Der Sprecher sagte, die Sitzung beginne am Montag."
    assert only(text, date(2013, 11, 14))[2] == "2013-11-18"


def test_same_evening_takes_the_day_in_focus_however_far_back():
    from chronik import analyze

    text = (
        "Der Gast ist am Montagabend in Warschau eingetroffen. Am Flughafen wurde er empfangen. "
        "Noch am selben Abend traf er den Präsidenten. Am nächsten Morgen sprach er im Parlament."
    )
    values = [t.value for t in analyze(text, published="2025-05-21").timexes]
    assert values == ["2025-05-19TEV", "2025-05-19TEV", "2025-05-20TMO"]


def test_plain_am_nachmittag_takes_the_day_in_focus():
    from chronik import analyze

    text = "Am Montag traf er in Rom ein. Dort sprach er mit dem Papst. Danach aß er. Am Nachmittag reiste er ab."
    values = [t.value for t in analyze(text, published="2025-03-12").timexes]
    assert values == ["2025-03-10", "2025-03-10TAF"]


def test_night_to_a_weekday_without_contraction_is_the_night_before():
    # "Nacht zu Freitag" (not only "zum") is Thursday night; 2024-03-14 is a Thursday
    assert only("In der Nacht zu Freitag tobte ein Sturm.", date(2024, 3, 15))[2] == "2024-03-14TNI"
    hits = tag("In der Nacht zu Freitag gegen 2.30 Uhr brannte ein Stall.", date(2024, 3, 15))
    assert [v for _, _, v in hits] == ["2024-03-14TNI", "2024-03-15T02:30"]


def test_duration_after_vor_keeps_krauts_shape_but_carries_the_date():
    hits = find_timexes("Er hatte das Amt vor fünf Jahren angetreten.", date(2024, 3, 14))
    assert [(h.type, h.value, h.date) for h in hits] == [("DURATION", "P5Y", "2019")]
    hits = find_timexes("Vor zwei Wochen kam er an.", date(2024, 3, 14))
    assert [(h.type, h.value, h.date) for h in hits] == [("DURATION", "P2W", "2024-W09")]
    hits = find_timexes("Er wohnt seit zwei Wochen hier.", date(2024, 3, 14))
    assert [(h.type, h.value, h.date) for h in hits] == [("DURATION", "P2W", None)]


def test_weekend_after_ab_or_bis_lies_ahead_on_a_monday():
    monday = date(2026, 1, 26)
    assert only("Eine Besserung ist erst ab dem Wochenende in Sicht.", monday)[2] == "2026-W05-WE"
    assert only("Bis zum Wochenende bleibt es kalt.", monday)[2] == "2026-W05-WE"
    assert only("Am Wochenende gab es viele Unfälle.", monday)[2] == "2026-W04-WE"


def test_same_weekday_in_the_future_tense_is_today():
    tuesday = date(2026, 1, 27)
    assert only("Am Dienstagvormittag will er den Präsidenten treffen.", tuesday)[2] == "2026-01-27TMO"
    assert only("Am kommenden Dienstag will er den Präsidenten treffen.", tuesday)[2] == "2026-02-03"


def test_season_under_way_is_the_current_one_even_when_ahead():
    # late January: "des Winters" is this winter, not next year's
    assert only("Uns steht die kälteste Nacht des Winters bevor.", date(2026, 1, 26))[2] == "2026-WI"
    assert only("Im Sommer wird gebaut.", date(2025, 7, 20))[2] == "2025-SU"
    assert only("Im Herbst wird gebaut.", date(2026, 1, 26))[2] == "2026-FA"


def test_per_hour_after_a_distance_is_a_speed_not_a_set():
    assert tag("Der Wagen fuhr mit 180 Kilometern pro Stunde.") == []
    assert tag("Er verdient 14 Euro pro Stunde.") == [("pro Stunde", "SET", "PT1H")]


def test_morning_after_a_named_night_is_the_next_day():
    text = "In der Nacht zu Mittwoch brannte eine Halle. Die Feuerwehr meldete am Morgen Entwarnung."
    assert [v for _, _, v in tag(text, date(2025, 5, 14))] == ["2025-05-13TNI", "2025-05-14TMO"]


def test_calendar_weeks():
    assert only("Ab der 12. Kalenderwoche wird kurzgearbeitet.") == ("12. Kalenderwoche", "DATE", "2024-W12")
    assert only("Die Ware kommt in KW 14 2026.") == ("KW 14 2026", "DATE", "2026-W14")
    assert tag("Der Motor leistet 100 kW.") == []


def test_seit_and_bis_direct_a_weekday():
    # 2024-03-14 is a Thursday
    assert only("Seit Montag wird gestreikt.")[2] == "2024-03-11"
    assert only("Seit Freitag wird gestreikt.")[2] == "2024-03-08"
    assert only("Bis Dienstag bleibt es kalt.")[2] == "2024-03-19"
    assert only("Bis Dienstag hatte es geregnet.")[2] == "2024-03-12"


def test_week_after_next_and_last_night():
    assert only("Übernächste Woche ist Urlaub.") == ("Übernächste Woche", "DATE", "2024-W13")
    assert only("Das Feuer brach in der vergangenen Nacht aus.") == ("vergangenen Nacht", "TIME", "2024-03-13TNI")


def test_weekday_in_reported_clause_ignores_the_frames_past_tense():
    wednesday = date(2025, 11, 12)
    assert only("Ab Donnerstag seien Böen möglich, teilte der Dienst mit.", wednesday)[2] == "2025-11-13"
    assert only("Die Firma kündigte an, den Betrieb ab Freitagmorgen einzustellen.", wednesday)[2] == "2025-11-14TMO"
    assert only("Er sagte am Montag, es werde regnen.", wednesday)[2] == "2025-11-10"


def test_word_classes_come_from_the_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns are built from ``lang/de/timex.json``: a word added there is recognised."""
    import copy

    from chronik import timex_rules

    text = "Der Zug fährt um 9 Uhr spätabends ab, Mitte nächsten Monats wieder."
    assert tag(text)[0] == ("9 Uhr", "TIME", "2024-03-14T09:00")
    data = copy.deepcopy(timex_rules.lexicon().data)
    data["pod_adverbs"]["spätabends"] = "EV"
    data["period_parts"].remove("mitte")
    g = timex_rules.Grammar(timex_rules.Lexicon(data))
    monkeypatch.setattr(timex_rules, "grammar", lambda lang="de": g)
    hits = tag(text)
    assert hits[0] == ("9 Uhr spätabends", "TIME", "2024-03-14T21:00")
    assert not any(h[0].startswith("Mitte") for h in hits)


def test_a_history_looking_back_a_year_keeps_its_year():
    text = (
        "Im März 1943 griffen die Truppen an. Im letzten Jahr war die Front erstarrt. Im Oktober fiel die Stadt. "
        "Im folgenden Jahr kam der Frieden, im Mai kehrten alle heim."
    )
    values = [v for _, _, v in tag(text, None)]
    assert values == ["1943-03", "1942", "1943-10", "1944", "1944-05"]


def test_a_day_just_ahead_in_a_past_clause_is_the_coming_one():
    # 2024-03-14: the clause tells of the announcement, the day itself is days away
    assert only("Der Präsident hat seinen Besuch am 20. März abgesagt.")[2] == "2024-03-20"
    assert only("Sie hat ihren Rücktritt zum 25. März bekanntgegeben.")[2] == "2024-03-25"
    # a month ahead is too far: a past clause still means last year's day
    assert only("Am 20. April wurde die Brücke eröffnet.")[2] == "2023-04-20"


def test_a_range_start_takes_the_year_of_its_end():
    text = "Die Belagerung dauerte vom 29. Dezember bis 12. Mai 1780, die Bombenwelle vom Februar bis zum April 1988."
    assert [v for _, _, v in tag(text)] == ["1779-12-29", "1780-05-12", "1988-02", "1988-04"]


def test_a_history_comparing_with_years_before_keeps_its_year():
    text = "Im März 1943 griffen die Truppen an, wie schon zwei Jahre zuvor. Im Oktober fiel die Stadt."
    assert [v for _, _, v in tag(text, None)] == ["1943-03", "1941", "1943-10"]


def test_a_chapter_over_a_span_of_years_begins_in_its_first_year():
    text = "Der Krieg\n\nDie Belagerung, Juni 1775 bis März 1776\n\nAm 17. Juni stürmten die Truppen den Hügel."
    assert tag(text, None)[-1] == ("17. Juni", "DATE", "1775-06-17")


def test_a_history_turns_to_the_next_year():
    text = "Im Oktober 1918 zog die Armee nach Süden. Zum Jahreswechsel erhoben sich die Bauern, im Februar flohen sie."
    assert [v for _, _, v in tag(text, None)] == ["1918-10", "1919-01-01", "1919-02"]


def test_each_paragraph_of_a_one_year_chapter_starts_in_its_year():
    text = (
        "Der Krieg\n\n1915\n\nIm Januar griffen die Truppen an, was erst im April 1917 zum Kriegseintritt führte.\n\n"
        "Am 7. Mai versenkte ein U-Boot ein Schiff.\n\nIm Juni 1916 begann die Offensive.\n\nAm 3. Juli fiel sie."
    )
    values = [v for _, _, v in tag(text, None)]
    # the look ahead to 1917 ends with its paragraph; a paragraph opening on 1916 moves the story on
    assert values == ["1915", "1915-01", "1917-04", "1915-05-07", "1916-06", "1916-07-03"]


def test_a_bare_quarter_is_found_without_a_year_next_to_it():
    text = "Im Q3 stieg der Umsatz."
    assert find_timexes(text, DCT) == find_timexes(text, DCT, full_scan=True)
    assert tag(text)[0][:2] == ("Q3", "DATE")


def test_a_past_report_keeps_its_day_for_clock_times():
    text = "Am vergangenen Freitag wurde der Mann verurteilt.\n\nDer Richter eröffnete gegen 10:30 Uhr die Sitzung."
    assert tag(text)[-1] == ("gegen 10:30 Uhr", "TIME", "2024-03-08T10:30")
    # the present tense speaks of the paper's day; a day long gone is an aside
    text = "Am vergangenen Freitag wurde der Mann verurteilt.\n\nDie nächste Sitzung beginnt um 10:30 Uhr."
    assert tag(text)[-1] == ("10:30 Uhr", "TIME", "2024-03-14T10:30")
    text = "Die Saison hatte am 15. Januar begonnen.\n\nDie Feuerwehr wurde um 0:39 Uhr alarmiert."
    assert tag(text)[-1] == ("0:39 Uhr", "TIME", "2024-03-14T00:39")


def test_an_diesem_tag_is_the_day_just_named():
    text = "Die Feier ist am 22. März geplant. An diesem Tag sind die Geschäfte geöffnet."
    assert [v for _, _, v in tag(text)] == ["2024-03-22", "2024-03-22"]
    assert tag("An diesem Tag ist alles anders.")[0][2] == "2024-03-14"  # no day named: the paper's


def test_a_capitalised_past_form_inside_a_sentence_is_a_noun():
    # "Stand" is a noun here, no simple past: the deadline lies ahead
    assert only("Die Frist endet nach derzeitigem Stand am 31. Oktober.", date(2024, 7, 24))[2] == "2024-10-31"


def test_ueber_nacht_is_a_part_of_the_day():
    assert only("Über Nacht sind die Pegel gestiegen.") == ("Nacht", "TIME", "2024-03-14TNI")


def test_year_words_in_a_history_count_from_its_year():
    text = "Im Jahr 206 v. Chr. siegte Scipio. Im Folgejahr gab Mago auf. Auch in diesem Jahr gab es keinen Frieden."
    assert [v for _, _, v in tag(text, None)] == ["BC0206", "BC0205", "BC0205"]
    text = "Im Jahr 1920 siegte er. Im Folgejahr gab sein Gegner auf, im März floh er."
    assert [v for _, _, v in tag(text, None)] == ["1920", "1921", "1921-03"]


def test_folgejahren_is_a_vague_duration():
    assert only("In den Folgejahren wuchs die Stadt.") == ("Folgejahren", "DURATION", "PXY")


def test_month_and_season_des_jahres():
    text = "Im Herbst des Jahres 1972 verhandelte er, im April des Jahres hatte er gezögert."
    assert tag(text, None) == [("Herbst des Jahres 1972", "DATE", "1972-FA"), ("April des Jahres", "DATE", "1972-04")]
    assert only("Die Wahl vom 2. Februar des Jahres fiel aus.")[:2] == ("2. Februar des Jahres", "DATE")


def test_a_later_year_just_written_does_not_date_a_past_clause():
    text = "Die nächste Sitzung beginnt am 3. Januar 2026. In einem Brief steht, dass er im Februar gelogen hat."
    assert tag(text)[-1] == ("Februar", "DATE", "2024-02")


def test_frueher_als_is_a_comparison_not_a_shift():
    assert only("Er wurde zwei Monate früher als geplant entlassen.") == ("zwei Monate", "DURATION", "P2M")


def test_auf_before_a_date_is_a_target():
    # "vertagt auf": the day ahead, not last year's although the clause is past
    assert only("Der Prozess wurde auf den 28. April vertagt.")[2] == "2024-04-28"


def test_a_present_clause_is_not_dated_by_the_past_of_the_next_one():
    text = "Bei der Wahl kommt es im Oktober zu einer Stichwahl, da keiner eine Mehrheit erreichen konnte."
    assert only(text)[2] == "2024-10"
    # but an auxiliary whose participle follows the comma still makes a perfect
    assert only("Am Sonntag ist ein Hubschrauber, der Soldaten an Bord hatte, abgestürzt.")[2] == "2024-03-10"


def test_what_is_still_to_come_after_the_date_lies_ahead():
    assert only("Der Regierungschef gab die im November anstehenden Wahlen bekannt.")[2] == "2024-11"
    assert only("Die im November geplanten Wahlen wurden bekannt gegeben.")[2] == "2024-11"
    assert only("Er verhandelte, um die Lieferung im Februar zu erhalten.")[2] == "2025-02"
    assert only("Die am Sonntag stattfindende Wahl wurde vorbereitet.")[2] == "2024-03-17"
    # an adjective in "-end" is no participle of something to come
    assert only("Die im Februar ausreichende Menge wurde geliefert.")[2] == "2024-02"


def test_a_future_clause_about_a_month_just_gone_means_that_month():
    assert only("Die Notenbank werde bereits im Juli mit den Käufen aufhören.", date(2024, 8, 1))[2] == "2024-07"
    # a past clause about the month about to begin still means last year's
    assert only("Im Januar hatten die Parteien verhandelt.", date(2024, 12, 30))[2] == "2024-01"
