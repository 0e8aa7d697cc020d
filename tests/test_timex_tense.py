"""Fourth time follow-up: a present-tense clause without any tense marker speaks of what lies
ahead (news tell what is done in the past tense), verb-final perfects, "vom Sonntag", weekdays
of a named week, a weekday with its date in brackets, centuries with "Mitte"."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes

WED = date(2025, 3, 12)  # a Wednesday


def tag(text: str, dct: date | None = WED) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def only(text: str, dct: date | None = WED) -> tuple[str, str, str]:
    hits = tag(text, dct)
    assert len(hits) == 1, hits
    return hits[0]


# --- present tense, no tense marker: the coming weekday ------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am Sonntag wählen die Österreicher einen neuen Nationalrat.", "2025-03-16"),
        ("Der Papst besucht am Sonntag Bozen.", "2025-03-16"),
        ("Am Freitag treffen sich die Außenminister in Brüssel.", "2025-03-14"),
        ("Die Demonstranten marschieren am Samstag durch die Innenstadt.", "2025-03-15"),
        ("Zu einer Krisensitzung kommen die Minister am Montag zusammen.", "2025-03-17"),
        ("Die Polizei rechnet mit Staus, weil am Sonntag die Pässe gesperrt sind.", "2025-03-16"),
        ("Der Landtag berät über das Gesetz, das am Montag in Kraft tritt.", "2025-03-17"),
    ],
)
def test_present_clause_weekday_lies_ahead(text: str, value: str) -> None:
    assert only(text)[2] == value


def test_second_clause_of_its_own_in_the_present_lies_ahead() -> None:
    assert tag("Am Samstag findet das Konzert statt, am Sonntag folgt ein Gottesdienst.") == [
        ("Samstag", "DATE", "2025-03-15"),
        ("Sonntag", "DATE", "2025-03-16"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am Dienstag stimmte der Landtag dem Haushalt zu.", "2025-03-11"),  # simple past
        ("So fassten die Grünen am Sonntag einen Beschluss.", "2025-03-09"),  # past not in the lists
        ("Nun muss der Präsident nach der Wahl am Sonntag ohne Mehrheit regieren.", "2025-03-09"),  # a noun's date
        ("Es gab 7213 Neuinfektionen am Sonntag.", "2025-03-09"),
        (
            "Wie die Polizei mitteilte, wurde er in seiner Wohnung, in der er lebte, am Sonntag tot aufgefunden.",
            "2025-03-09",
        ),
        ("Die Unterlagen, die der Zeitung am Sonntag vorlagen, zeigen das.", "2025-03-09"),  # separable past
        ("Zeitpunkt des Geschehens: Sonntag, 14.45 Uhr.", "2025-03-09"),  # no verb: the nearest
        ("Der Minister sei am Sonntag abgereist, hieß es.", "2025-03-09"),  # reported speech
    ],
)
def test_past_or_verbless_clause_keeps_the_nearest_day(text: str, value: str) -> None:
    assert tag(text)[0][2] == value


def test_present_clause_of_the_day_before_the_paper_is_that_day() -> None:
    # written the day before it appeared, in that day's present
    assert only("Das Kabinett trifft sich am Dienstag.")[2] == "2025-03-11"


def test_vom_weekday_is_what_that_day_brought() -> None:
    thursday = date(2016, 5, 12)
    assert only("Laut einem Bericht vom Freitag steigt die Zahl.", thursday)[2] == "2016-05-06"
    assert only("Nach den Razzien vom Dienstag sitzen drei Männer in Haft.", thursday)[2] == "2016-05-10"
    assert only("Der Fahrplan gilt vom Montag an.", thursday)[2] == "2016-05-16"


def test_verb_final_perfect_is_past_but_not_after_wenn() -> None:
    friday = date(2008, 2, 29)
    text = "Die Gendarmerie untersucht einen Einbruch, der sich am Dienstagmorgen in der Fabrik ereignet hat."
    assert only(text, friday) == ("Dienstagmorgen", "TIME", "2008-02-26TMO")
    assert (
        only("Die Firma wird verkauft, weil der Gründer am 3. Mai gestorben ist.", date(2014, 4, 10))[2] == "2013-05-03"
    )
    text = "Wenn der Bus seine letzte Station Ende Juli erreicht hat, soll die Reise weitergehen."
    assert only(text, date(2016, 5, 11))[2] == "2016-07"


# --- present tense with a month: the coming one unless it has just passed ------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Minister reist im Oktober nach Rom.", "2025-10"),
        ("Die Arbeiten dauern bis Mitte Oktober.", "2025-10"),
        ("Die Schule eröffnet im Dezember das Ausstellungsjahr.", "2025-12"),
        ("Die Arbeitslosenquote liegt im Februar bei fünf Prozent.", "2025-02"),  # just passed
        ("Der Einbruch der Märkte im Oktober ist kein Grund zur Sorge.", "2024-10"),  # a noun's date
        ("Die Daten stammen noch vom Oktober.", "2024-10"),
        ("Im Zentrum steht der im Oktober festgenommene mutmaßliche Anführer.", "2024-10"),
    ],
)
def test_present_clause_month(text: str, value: str) -> None:
    assert only(text)[2] == value


def test_ab_january_in_february_is_the_january_just_begun() -> None:
    assert only("Der Eintritt kostet ab Januar vier Euro.", date(2005, 2, 2))[2] == "2005-01"


# --- expressions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Donnerstag kommender Woche tagt der Ausschuss.", ("Donnerstag kommender Woche", "DATE", "2025-03-20")),
        ("Am Montag vergangener Woche wurde er verhaftet.", ("Montag vergangener Woche", "DATE", "2025-03-03")),
        ("Am Mittwoch dieser Woche wurde gewählt.", ("Mittwoch dieser Woche", "DATE", "2025-03-12")),
        ("Mitte des 19. Jahrhunderts wanderten viele aus.", ("Mitte des 19. Jahrhunderts", "DATE", "18")),
        ("Anfang des 20. Jahrhunderts entstand das Hotel.", ("Anfang des 20. Jahrhunderts", "DATE", "19")),
        ("Innerhalb eines Jahres stieg der Preis um zehn Prozent.", ("eines Jahres", "DURATION", "P1Y")),
    ],
)
def test_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_weekday_with_its_date_in_brackets_is_that_date() -> None:
    text = "Die Band tritt am Dienstag (16. Februar) in Paris auf."
    assert tag(text, date(2016, 5, 11)) == [
        ("Dienstag", "DATE", "2016-02-16"),
        ("16. Februar", "DATE", "2016-02-16"),
    ]


def test_following_weekday_after_a_weekday_of_a_named_week() -> None:
    text = "Am Mittwoch vergangener Woche fiel die Entscheidung. China protestierte am darauffolgenden Donnerstag."
    assert [v for _, _, v in tag(text, date(2012, 10, 18))] == ["2012-10-10", "2012-10-11"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anfang/Mitte Oktober kommt der Bericht.", ("Anfang/Mitte Oktober", "DATE", "2025-10")),
        ("Mitte bis Ende Mai wird gebaut.", ("Mitte bis Ende Mai", "DATE", "2025-05")),
        ("Im Laufe des Vormittags wurde die Straße geräumt.", ("Vormittags", "TIME", "2025-03-12TMO")),
        ("Nach einer knappen Stunde war alles vorbei.", ("einer knappen Stunde", "DURATION", "PT1H")),
        ("Er blieb eine gute Woche.", ("eine gute Woche", "DURATION", "P1W")),
        ("Der Unsinnige Donnerstag wurde gefeiert.", ("Unsinnige Donnerstag", "DATE", "2025-02-27")),
        ("Das führte binnen kurzem zum Streit.", ("binnen kurzem", "DATE", "FUTURE_REF")),
    ],
)
def test_more_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_genitive_part_of_day_only_in_im_laufe_des() -> None:
    assert tag("Die Tore des Abends schoss Olic.") == []


def test_sollen_with_a_state_passive_lies_ahead() -> None:
    # "sollen … abgeschlossen sein" is a state ahead; "soll … gestorben sein" a reported past
    assert only("Die Bauarbeiten sollen im Herbst abgeschlossen sein.", date(2014, 3, 6))[2] == "2014-FA"
    assert only("Er soll im Herbst gestorben sein.", date(2014, 3, 6))[2] == "2013-FA"


def test_present_clause_night_and_weekend_lie_ahead() -> None:
    monday, tuesday = date(2025, 3, 10), date(2025, 3, 11)
    assert only("In der Nacht zum Samstag gilt ein Fahrverbot.", monday)[2] == "2025-03-14TNI"
    assert only("In der Nacht zum Samstag brannte es.", monday)[2] == "2025-03-07TNI"
    assert only("Am Wochenende spielt die Band in Bozen.", tuesday)[2] == "2025-W11-WE"
    assert only("Am Wochenende kam es zu Unfällen.", tuesday)[2] == "2025-W10-WE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im April und Mai wurden 918 Interviews geführt.", [("April", "2024-04"), ("Mai", "2024-05")]),
        ("Im vergangenen Jahrhundert wurde kaum Rücksicht genommen.", [("vergangenen Jahrhundert", "19")]),
        ("Die Mur war noch in den 1980ern schmutzig.", [("den 1980ern", "198")]),
        ("Es wurden zwischen 2004 und 2006 Telefonate abgehört.", [("2004", "2004"), ("2006", "2006")]),
        ("Der Satz soll ab 2017 von 4,5 auf 3,5 Prozent sinken.", [("2017", "2017")]),
        ("Bis Sommer soll ein Team stehen.", [("Sommer", "2025-SU")]),
    ],
)
def test_coordinated_months_centuries_decades_and_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in tag(text)] == expected


def test_auxiliary_with_a_participle_is_no_present_plan() -> None:
    # "gerast" is not in the list of verbs taking "sein": a perfect or a state, so the nearest night
    text = "Ein Autofahrer ist in der Nacht auf Dienstag mit 100 km/h durch den Ort gerast."
    assert only(text, date(2016, 5, 11))[2] == "2016-05-09TNI"


NOV = date(2013, 11, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im zweiten Quartal des Vorjahres war er höher.", [("zweiten Quartal des Vorjahres", "2012-Q2")]),
        ("Im März des Vorjahres kam er.", [("März des Vorjahres", "2012-03")]),
        # one expression in news since session 7b (KRAUTS: "1925/ 26" → the decade "192")
        ("Im Geschäftsjahr 2012/13 stieg der Umsatz.", [("2012/13", "201")]),
        ("Für die Saison 2006/2007 gibt es Karten.", [("2006", "2006"), ("2007", "2007")]),
        ("Damit sind in diesem November weniger arbeitslos.", [("diesem November", "2013-11")]),
        ("Im vergangenen Dezember kam er.", [("vergangenen Dezember", "2012-12")]),
        ("Im vergangenen Oktober kam er.", [("vergangenen Oktober", "2013-10")]),
        ("Im kommenden März wird gewählt.", [("kommenden März", "2014-03")]),
        ("Im abgelaufenen Jahr kamen mehr Touristen.", [("abgelaufenen Jahr", "2012")]),
        ("Zu Dreikönig kommen die Sternsinger.", [("Dreikönig", "2014-01-06")]),
        ("Am letzten Mai-Wochenende wird gefeiert.", []),
    ],
)
def test_months_and_years_counted_from_the_paper(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in tag(text, NOV)] == expected


def test_plan_participle_with_an_auxiliary_lies_ahead() -> None:
    text = "Am Montag ist als erster Höhepunkt eine Messe in Guayaquil vorgesehen."
    assert only(text, date(2016, 5, 11))[2] == "2016-05-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Konzert der Musikkapelle, 30.11., 20 Uhr, Vereinshaus.",
            [("30.11.", "2013-11-30"), ("20 Uhr", "2013-11-30T20:00")],
        ),
        ("Termine: 30.11. 20 Uhr Konzert", [("30.11.", "2013-11-30"), ("20 Uhr", "2013-11-30T20:00")]),
        ("Version 2.1. ist da.", []),
    ],
)
def test_listing_dates_without_a_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in tag(text, date(2013, 11, 28))] == expected


def test_a_deadline_does_not_become_the_day_in_focus() -> None:
    thu = date(2025, 11, 20)
    text = (
        "Der Landtag muss bis zum 31. Dezember 2026 ein neues Gesetz beschließen. "
        "Das sagte die Ministerin am Nachmittag."
    )
    assert tag(text, thu)[-1] == ("Nachmittag", "TIME", "2025-11-20TAF")
    text = (
        "Am 3. März trafen sich die Minister. Spätestens am 10. März soll ein Entwurf vorliegen. "
        "Am Abend gab es ein Essen."
    )
    assert tag(text, date(2025, 3, 5))[-1] == ("Abend", "TIME", "2025-03-03TEV")


def test_the_end_of_a_range_is_no_deadline() -> None:
    text = "Die Messe ist vom 3. bis zum 5. März geöffnet. Am Abend spielt eine Band."
    assert tag(text, date(2025, 2, 20))[-1] == ("Abend", "TIME", "2025-03-05TEV")
