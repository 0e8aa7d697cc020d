"""Eighteenth session (timex, issue 4): constructions of real German news that the timex rules missed or resolved
wrong, each with invented sentences, and rows that must stay as they are.

* "vor" + an approximator the rules leave outside the extent ("vor nicht ganz zwei Wochen", "vor genau einem Jahr",
  "vor kaum drei Tagen") or one inside it ("vor zirka/ca. vier Wochen", like "circa"): still a point counted back
  (its ``date``), and the events date an act by it;
* "vor" + a half-step amount ("vor einem halben Jahr", "vor eineinhalb Jahren", "vor zweieinhalb Monaten");
* a date written as an apposition after the weekday of a night ("in der Nacht zum Mittwoch, dem 26. Mai"): its own
  timex, and it says which night;
* an agreement, decision, threat or intent before a zu-infinitive ("einigten sich, am 30. Juni abzustimmen"): the
  date lies ahead, as after a call ("rief dazu auf, …").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes
from tests.event_docs import event_at
from tests.timex_docs import tag

TH = date(2013, 11, 14)  # a Thursday, ISO week 46
SU = date(2010, 5, 30)  # a Sunday, ISO week 21
SA = date(2010, 6, 5)  # a Saturday


def dated(text: str, dct: date) -> list[tuple[str, str, str, str | None]]:
    """Each timex as (text, type, value, date)."""
    return [(text[h.start : h.end], h.type, h.value, h.date) for h in find_timexes(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Verband hatte vor nicht ganz zwei Wochen gewarnt.", ("zwei Wochen", "DURATION", "P2W", "2013-W44")),
        ("Die Firma hatte vor genau einem Jahr geschlossen.", ("einem Jahr", "DURATION", "P1Y", "2012")),
        ("Das Lager war vor kaum drei Tagen geräumt worden.", ("drei Tagen", "DURATION", "P3D", "2013-11-11")),
        (
            "Der Bürgermeister war vor zirka vier Wochen gewählt worden.",
            ("zirka vier Wochen", "DURATION", "P4W", "2013-W42"),
        ),
        ("Der Vertrag lief vor ca. vier Wochen aus.", ("ca. vier Wochen", "DURATION", "P4W", "2013-W42")),
        # the approximators already known stay as they were
        ("Der Verband hatte vor knapp zwei Wochen gewarnt.", ("zwei Wochen", "DURATION", "P2W", "2013-W44")),
        ("Der Verband hatte vor etwa drei Monaten gewarnt.", ("etwa drei Monaten", "DURATION", "P3M", "2013-08")),
    ],
)
def test_a_hedged_span_after_vor_is_still_counted_back(text: str, expected: tuple[str, str, str, str]) -> None:
    assert dated(text, TH) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Schule war vor einem halben Jahr renoviert worden.", ("einem halben Jahr", "DURATION", "P6M", "2013-05")),
        ("Vor eineinhalb Jahren trat der Rat zurück.", ("eineinhalb Jahren", "DURATION", "P1Y6M", "2012-05")),
        (
            "Der Pächter hatte vor zweieinhalb Monaten gekündigt.",
            ("zweieinhalb Monaten", "DURATION", "P75D", "2013-08"),
        ),
        ("Die Straße wurde vor anderthalb Wochen gesperrt.", ("anderthalb Wochen", "DURATION", "P10D", "2013-W45")),
        # a half hour is no day to date by, as before
        ("Der Zug war vor einer halben Stunde abgefahren.", ("einer halben Stunde", "DURATION", "PT30M", None)),
    ],
)
def test_a_half_step_after_vor_is_counted_back(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert dated(text, TH) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kaum ein Tag vergeht ohne neuen Streit.", [("ein Tag", "DURATION", "P1D", None)]),
        ("Genau zwei Jahre war sie im Amt.", [("zwei Jahre", "DURATION", "P2Y", None)]),
        ("Die Sanierung dauert ca. drei Stunden.", [("ca. drei Stunden", "DURATION", "PT3H", None)]),
        ("Die Reparatur dauerte annähernd zwei Jahre.", [("annähernd zwei Jahre", "DURATION", "P2Y", None)]),
        # no "vor": a stretch of time, no date
        ("Er war nicht ganz drei Monate im Amt.", [("drei Monate", "DURATION", "P3M", None)]),
        ("Die Firma besteht seit genau einem Jahr.", [("einem Jahr", "DURATION", "P1Y", None)]),
    ],
)
def test_approximator_extents(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dated(text, TH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In der Nacht zum Mittwoch, dem 26. Mai, brachen Unbekannte in die Schule ein.",
            [("Nacht zum Mittwoch", "TIME", "2010-05-25TNI"), ("26. Mai", "DATE", "2010-05-26")],
        ),
        (
            "In der Nacht zu Samstag, 29. Mai, brannte eine Scheune.",
            [("Nacht zu Samstag", "TIME", "2010-05-28TNI"), ("29. Mai", "DATE", "2010-05-29")],
        ),
        (
            "In der Nacht auf Mittwoch, den 12. Mai 2010, wurde ein Kiosk überfallen.",
            [("Nacht auf Mittwoch", "TIME", "2010-05-11TNI"), ("12. Mai 2010", "DATE", "2010-05-12")],
        ),
        (
            # the date follows the second weekday of the night
            "In der Nacht von Samstag auf Sonntag, dem 30. Mai, randalierten Jugendliche.",
            [("Nacht von Samstag auf Sonntag", "TIME", "2010-05-29TNI"), ("30. Mai", "DATE", "2010-05-30")],
        ),
        # unchanged: a bracketed date, an evening with its date, a night without one, a clause after the comma
        (
            "In der Nacht auf Samstag (29. Mai) brannte eine Scheune.",
            [("Nacht auf Samstag", "TIME", "2010-05-28TNI"), ("29. Mai", "DATE", "2010-05-29")],
        ),
        (
            "Am Samstagabend, dem 29. Mai, brannte eine Scheune.",
            [("Samstagabend", "TIME", "2010-05-29TEV"), ("29. Mai", "DATE", "2010-05-29")],
        ),
        ("In der Nacht zum Samstag brannte eine Scheune.", [("Nacht zum Samstag", "TIME", "2010-05-28TNI")]),
        (
            "In der Nacht zum Samstag, als alle schliefen, brannte eine Scheune.",
            [("Nacht zum Samstag", "TIME", "2010-05-28TNI")],
        ),
    ],
)
def test_a_date_written_after_the_weekday_of_a_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tag(text, SU) == expected


def test_the_written_date_says_which_night() -> None:
    # without the date the past tense would take last week's Wednesday night; the written date is a week earlier
    text = "In der Nacht zum Mittwoch, dem 19. Mai, brachen Unbekannte in die Schule ein."
    assert tag(text, SU) == [("Nacht zum Mittwoch", "TIME", "2010-05-18TNI"), ("19. Mai", "DATE", "2010-05-19")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Parteien einigten sich, am 30. Juni abzustimmen.", "2010-06-30"),
        ("Die Koalition hat sich darauf verständigt, am 30. Juni den Kandidaten zu wählen.", "2010-06-30"),
        ("Die Gewerkschaft drohte, am 30. Juni zu streiken.", "2010-06-30"),
        ("Der Vorstand entschied, am 30. Juni die Filiale zu schließen.", "2010-06-30"),
        ("Der Minister plante, am 30. Juni zurückzutreten.", "2010-06-30"),
        # seven words between the date and the infinitive
        (
            "Die Koalition hat sich darauf verständigt, am 30. Juni den bisherigen Landesrat Anton Huber (SVP) "
            "vorzuschlagen.",
            "2010-06-30",
        ),
        # the act itself dated: past, as before
        ("Die Parteien einigten sich am 3. Juni auf einen Kompromiss.", "2010-06-03"),
        ("Die Gewerkschaft drohte am 3. Juni mit einem Streik.", "2010-06-03"),
        ("Die Parteien hatten sich am 3. Juni geeinigt, die Steuern zu senken.", "2010-06-03"),
    ],
)
def test_an_agreement_or_threat_before_a_zu_infinitive_looks_ahead(text: str, value: str) -> None:
    assert [v for _, _, v in tag(text, SA)] == [value]


def test_an_act_after_vor_and_an_approximator_is_dated_back() -> None:
    import chronik

    text = "Razzia in Köln\nDie Polizei hatte vor knapp zwei Wochen die Wohnung des Verdächtigen durchsucht."
    doc = chronik.analyze(text, published="2013-11-14")
    assert event_at(doc, "durchsucht").date == "2013-W44"


MR = date(2016, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a capitalised noun: the role or title held that year
        ("Mit Italien wurde sie 2011 Weltmeisterin und 2013 Europameisterin.", [("2011", "2011"), ("2013", "2013")]),
        ("Er war bis zu seiner Abwahl 1994 Landesrat für Umwelt.", [("1994", "1994")]),
        ("Seit Huber 2007 Obmann des Vereins wurde, wächst er.", [("2007", "2007")]),
        ("Das Stadion, das 2006 Austragungsort der Spiele war, verfällt.", [("2006", "2006")]),
        # the year compared with, nothing counted after it
        ("Das sind drei Prozentpunkte weniger als 2013.", [("2013", "2013")]),
        ("Es wurden mehr Unfälle gezählt als 2012, aber weniger als 2010.", [("2012", "2012"), ("2010", "2010")]),
        # counts stay counts: round numbers, a noun after the compared number, names with digits, older numbers
        ("Im Werk fielen 2000 Stellen weg, 1500 Beschäftigte bangen.", []),
        ("Die Zahl der Helfer stieg auf mehr als 2000.", []),
        ("Es kamen mehr als 2014 Menschen.", []),
        ("Der Asteroid 2014 MU69 ist klein.", []),
        ("Die Polizei zählte 1850 Teilnehmer.", []),
        ("Die Firma beschäftigte 1999 Mitarbeiter.", []),
        ("Der Streik begann. 1997 Beschäftigte verloren ihre Stelle.", []),
        # a list item
        (
            "Die Chronik:\n* 1986 Gründung des Vereins\n* 1991 Bau des Vereinsheims",
            [("1986", "1986"), ("1991", "1991")],
        ),
    ],
)
def test_year_before_a_capitalised_noun_or_after_a_comparison(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(phrase, value) for phrase, _, value in tag(text, MR)] == expected
