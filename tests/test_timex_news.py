"""News phrasings added in the third time follow-up: coordinated weekdays, number ranges sharing a
unit, state passives that are no past tense, holidays of a night or of Advent, abbreviated weekdays
in event listings, quarter hours in words, genitive weekdays."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.timex_rules import TIMEX3_VALUE, find_timexes

DCT = date(2013, 10, 16)  # a Wednesday


def tag(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


# --- a weekday joined to the one before it follows it --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Christkindlmarkt ist am Samstag und Sonntag offen.",
            [("Samstag", "DATE", "2013-10-19"), ("Sonntag", "DATE", "2013-10-20")],
        ),
        (
            "Die Sperre gilt von Montag bis Freitag.",
            [("Montag", "DATE", "2013-10-14"), ("Freitag", "DATE", "2013-10-18")],
        ),
        (
            "Gestreikt wurde am Montag und am Dienstag.",
            [("Montag", "DATE", "2013-10-14"), ("Dienstag", "DATE", "2013-10-15")],
        ),
        (  # a part of the day keeps its type
            "Gesucht wurde von Sonntagnachmittag bis Montagfrüh.",
            [("Sonntagnachmittag", "TIME", "2013-10-13TAF"), ("Montagfrüh", "TIME", "2013-10-14TMO")],
        ),
    ],
)
def test_coordinated_weekdays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tag(text) == expected


def test_uncoordinated_weekdays_resolve_on_their_own() -> None:
    # two sentences: the second weekday is not joined to the first
    assert tag("Am Samstag wird gewählt. Am Montag wurde der Termin bekannt.") == [
        ("Samstag", "DATE", "2013-10-19"),
        ("Montag", "DATE", "2013-10-14"),
    ]


# --- "zwei bis drei Wochen": the first number shares the unit ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Reparatur dauert zwei bis drei Wochen.", [("zwei", "P2W"), ("drei Wochen", "P3W")]),
        ("Man rechnet mit zehn oder zwölf Monaten.", [("zehn", "P10M"), ("zwölf Monaten", "P12M")]),
        ("Das Verfahren zieht sich 4 bis 6 Jahre hin.", [("4", "P4Y"), ("6 Jahre", "P6Y")]),
        ("Lieber 40 statt 25 Jahre Laufzeit.", [("40", "P40Y"), ("25 Jahre", "P25Y")]),
        ("Ein Durchgang dauert 10-15 Minuten.", [("10", "PT10M"), ("15 Minuten", "PT15M")]),
    ],
)
def test_number_range_with_one_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, typ, v in tag(text) if typ == "DURATION"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder sind zwischen sechs und zehn Jahre alt.",  # ages
        "Gesucht werden Lehrlinge ab 15 bis 18 Jahren.",
        "Im Alter von 12 bis 14 Jahren beginnen viele.",
        "Die Preise stiegen um 3,5 bis 4 Jahre.",  # "3,5" is one number
        "Er lief fünfundzwanzig Minuten und acht Sekunden.",  # "fünf" inside a number word
    ],
)
def test_no_range_lead(text: str) -> None:
    assert not any(t in ("sechs", "15", "12", "5", "fünf") for t, _, _ in tag(text))


# --- "ist/sind" + participle: a perfect only with verbs of motion or change -----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am 8. Dezember ist das Geschäft geschlossen.", "2013-12-08"),  # a state, not the past
        ("Am 3. November sind alle Bürger herzlich eingeladen.", "2013-11-03"),
        ("Die Straße ist am 20. Dezember gesperrt.", "2013-12-20"),
        ("Er ist am 20. Dezember gestorben.", "2012-12-20"),  # "sterben" takes "sein": past
        ("Der Bus ist am 3. November verunglückt.", "2012-11-03"),
        ("Der Landtag hat am 3. November gewählt.", "2012-11-03"),  # "haben": always a perfect
    ],
)
def test_state_passive_is_no_past(text: str, value: str) -> None:
    assert [v for _, _, v in tag(text)] == [value]


def test_weak_preterite_in_cht() -> None:
    # "erreichten", "besuchten" are past verbs although "-chten" often ends adjectives
    assert tag("Die Bullen erreichten am Samstag ein Unentschieden.") == [("Samstag", "DATE", "2013-10-12")]
    assert tag("Die Schüler besuchten am Samstag das Museum.") == [("Samstag", "DATE", "2013-10-12")]


# --- holidays: nights, Advent, more names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In der Silvesternacht brannte ein Stadel.", ("Silvesternacht", "TIME", "2012-12-31TNI")),
        ("Am Silvesterabend wird gefeiert.", ("Silvesterabend", "TIME", "2013-12-31TEV")),
        ("Die Christnacht wird gefeiert.", ("Christnacht", "DATE", "2013-12-24")),
        ("Am ersten Adventsonntag wird der Markt eröffnet.", ("ersten Adventsonntag", "DATE", "2013-12-01")),
        ("Am 3. Advent wird gesungen.", ("3. Advent", "DATE", "2013-12-15")),
        ("Am vierten Adventssonntag 2011 wurde gesungen.", ("vierten Adventssonntag 2011", "DATE", "2011-12-18")),
        ("Am zweiten Adventwochenende ist Markt.", ("zweiten Adventwochenende", "DATE", "2013-W49-WE")),
        ("Am Unsinnigen Donnerstag ziehen die Narren.", ("Unsinnigen Donnerstag", "DATE", "2014-02-27")),
        ("Zu den Heiligen Drei Königen kommen die Sternsinger.", ("Heiligen Drei Königen", "DATE", "2014-01-06")),
        ("Am 2. Weihnachtsfeiertag ist geschlossen.", ("2. Weihnachtsfeiertag", "DATE", "2013-12-26")),
    ],
)
def test_holidays(text: str, expected: tuple[str, str, str]) -> None:
    assert tag(text) == [expected]


@pytest.mark.parametrize(
    ("year", "first"),
    [(2013, "12-01"), (2016, "11-27"), (2017, "12-03"), (2022, "11-27"), (2023, "12-03")],
)
def test_first_advent_per_year(year: int, first: str) -> None:
    assert tag(f"Am ersten Advent {year} war Markt.") == [(f"ersten Advent {year}", "DATE", f"{year}-{first}")]


def test_advent_year_rollover() -> None:
    # in January the Advent spoken of in the past tense is last year's
    assert tag("Am ersten Advent wurde der Markt eröffnet.", date(2014, 1, 10)) == [
        ("ersten Advent", "DATE", "2013-12-01")
    ]
    assert tag("Am ersten Advent wird der Markt eröffnet.", date(2014, 1, 10)) == [
        ("ersten Advent", "DATE", "2014-11-30")
    ]


# --- event listings: abbreviated weekdays, quarter hours ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fr. 29.11., 20 Uhr: Konzert im Kulturhaus.", [("Fr. 29.11.", "DATE", "2013-11-29")]),
        ("Sa., 30. November: Adventmarkt.", [("Sa., 30. November", "DATE", "2013-11-30")]),
        ("Mo., 25. 11.: Vortrag.", [("Mo., 25. 11.", "DATE", "2013-11-25")]),
    ],
)
def test_abbreviated_weekday_with_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tag(text)[: len(expected)] == expected


def test_abbreviated_weekday_alone_is_no_date() -> None:
    assert tag("So. kann es nicht weitergehen.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Treffpunkt ist um Viertel nach acht.", "2013-10-16T08:15"),
        ("Treffpunkt ist um Viertel vor neun.", "2013-10-16T08:45"),
        ("Treffpunkt ist um dreiviertel acht.", "2013-10-16T07:45"),
        ("Treffpunkt ist gegen halb zehn Uhr.", "2013-10-16T09:30"),
        ("Das Konzert beginnt um 20 Uhr 30.", "2013-10-16T20:30"),
    ],
)
def test_clock_in_words(text: str, value: str) -> None:
    assert [v for _, typ, v in tag(text) if typ == "TIME"] == [value]


# --- weekdays with a part of the day, genitive weekdays --------------------------------------


def test_early_late_belong_to_the_extent() -> None:
    assert tag("Der Unfall passierte am späten Samstagabend.") == [("späten Samstagabend", "TIME", "2013-10-12TEV")]
    assert tag("Am frühen Sonntagmorgen brannte es.") == [("frühen Sonntagmorgen", "TIME", "2013-10-13TMO")]


def test_genitive_weekday_is_one_day() -> None:
    assert tag("Im Laufe des Montags beruhigte sich die Lage.") == [("Montags", "DATE", "2013-10-14")]
    assert tag("In den Morgenstunden des Sonntags brannte es.") == [
        ("den Morgenstunden des Sonntags", "TIME", "2013-10-13TMO")
    ]
    assert tag("Der Markt ist montags geöffnet.") == [("montags", "SET", "XXXX-WXX-1")]


def test_season_with_article() -> None:
    assert tag("Die Eröffnung ist für das Frühjahr geplant.") == [("Frühjahr", "DATE", "2014-SP")]


# --- property: spans inside the text, valid values -------------------------------------------

FRAGMENTS = [
    "am Samstag und Sonntag", "von Montag bis Freitag", "zwei bis drei Wochen", "50 statt 30 Jahre",
    "in der Silvesternacht", "am ersten Adventsonntag", "am 4. Advent", "zweiten Adventwochenende",
    "Fr. 29.11.", "Sa., 30. November", "um Viertel nach acht", "um dreiviertel zwölf", "um 20 Uhr 15",
    "am späten Samstagabend", "des Montags", "ist geschlossen", "ist gestorben", "Heiligen Drei Könige",
    "1. Weihnachtstag", "für das Frühjahr", "Montagfrüh", "10-15 Minuten", "zwischen 2 und 5 Jahren",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=10), st.sampled_from([" ", ". ", ", ", "\n", " und "])),
    max_size=20,
).map("".join)
dcts = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=texts, dct=dcts)
def test_news_spans_inside_text_and_values_valid(text: str, dct: date | None) -> None:
    last_end = 0
    for hit in find_timexes(text, dct):
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.start >= last_end
        last_end = hit.end
        assert hit.type in ("DATE", "TIME", "DURATION", "SET")
        assert TIMEX3_VALUE.match(hit.value), hit.value
        assert text[hit.start : hit.end].strip() == text[hit.start : hit.end]


@settings(max_examples=150, deadline=None)
@given(text=texts, dct=dcts)
def test_news_trigger_windows_equal_full_scan(text: str, dct: date | None) -> None:
    assert find_timexes(text, dct) == find_timexes(text, dct, full_scan=True)


# --- turn of the year, abbreviations inside a sentence, reporting verbs ---------------------


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Zum Jahreswechsel steigen die Preise.", DCT, "2014-01-01"),
        ("Zum Jahreswechsel stiegen die Preise.", DCT, "2013-01-01"),
        ("Zum Jahreswechsel stiegen die Preise.", date(2014, 1, 8), "2014-01-01"),  # rollover
        ("Rund um die Jahreswende wird es ruhig.", date(2013, 12, 20), "2014-01-01"),
    ],
)
def test_turn_of_the_year(text: str, dct: date, value: str) -> None:
    assert [v for _, _, v in tag(text, dct)] == [value]


def test_abbreviation_does_not_end_the_clause() -> None:
    # the tense of "wird … auslaufen" reaches "am Montag" across "St."
    text = "Das Schiff wird derzeit vor der Insel St. Martin beladen und soll am Montag auslaufen."
    assert ("Montag", "DATE", "2013-10-21") in tag(text)
    assert tag("Er kam bzw. ging am Montag nach Wien und blieb dort.") == [("Montag", "DATE", "2013-10-14")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a reporting verb before the date dates the report
        ("Das sagte der Sprecher des Ministers, Hans Huber, am Freitag.", "2013-10-11"),
        # after it, it is the frame of a statement about another day
        ("Ab Freitag seien Böen möglich, teilte der Wetterdienst mit.", "2013-10-18"),
        # announcing looks ahead
        ("Das Amt kündigte an, eine neue Analyse im Dezember vorzulegen.", "2013-12"),
    ],
)
def test_reporting_verbs(text: str, value: str) -> None:
    assert [v for _, _, v in tag(text)] == [value]


# --- "heuer im Juli", "der Beschluss vom 2. September", a clause with a verb of its own ------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Fest findet heuer im Juli statt.", "2013-07"),  # not next July: "heuer" is this year
        ("Heuer im Sommer wird gebaut.", "2013-SU"),
        ("Dieses Jahr zu Ostern wird gefastet.", "2013-03-31"),
    ],
)
def test_heuer_fixes_the_year(text: str, value: str) -> None:
    assert value in [v for _, _, v in tag(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Laut Beschluss vom 2. November wird gebaut.", "2012-11-02"),  # a decision already taken
        ("Das Schreiben vom 20. Dezember liegt vor.", "2012-12-20"),
        ("Die Ausstellung ist vom 2. November bis 3. Dezember offen.", "2013-11-02"),  # a range
        ("In der Woche vom 4. November wird verhandelt.", "2013-11-04"),  # a period, not a document
    ],
)
def test_noun_with_vom_date(text: str, value: str) -> None:
    assert tag(text)[0][2] == value


def test_clause_with_its_own_present_verb() -> None:
    text = "Am 20. September 2013 wurde gewählt, am 27. Oktober folgt die Stichwahl."
    assert tag(text)[1] == ("27. Oktober", "DATE", "2013-10-27")
    # a simple past right after the date keeps the past (a day within two weeks is the near one)
    assert tag("Gewählt wurde schon, am 5. November stimmten die Bürger ab.")[0][2] == "2012-11-05"


def test_each_of_two_days_takes_the_first() -> None:
    assert tag("Markt am Bahnhof, heute und morgen, jeweils 7-17 Uhr.")[2:] == [
        ("7", "TIME", "2013-10-16T07:00"),
        ("17 Uhr", "TIME", "2013-10-16T17:00"),
    ]
    assert tag("Am Samstag und Sonntag ist jeweils ab 10 Uhr geöffnet.")[2] == ("10 Uhr", "TIME", "2013-10-19T10:00")
    # without "jeweils" the time belongs to the day named last
    assert tag("Heute ist Ruhetag, morgen ab 10 Uhr geöffnet.")[2] == ("10 Uhr", "TIME", "2013-10-17T10:00")
