"""Sixth session: anchors of news expressions — events the text dates ("Drei Tage vor der
Bürgermeisterwahl", "bis zum Wahltag"), the day a named night leads into ("in der Nacht zu
Mittwoch … noch am selben Abend"), deadlines that do not become the day in focus ("bis
Donnerstag … Am Abend"), and a state in the present ("sind am Sonntag zur Wahl aufgerufen")."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes

TUE = date(2026, 4, 14)  # a Tuesday


def tag(text: str, dct: date | None = TUE) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


# --- an event the text dates anchors "N Tage vor/nach" and its own day words ------------------


def test_days_before_a_dated_election_are_a_date() -> None:
    text = (
        "Drei Tage vor der Bürgermeisterwahl ist das Rathaus mit Farbe beschmiert worden. "
        "Rund 40.000 Menschen sind am Freitag zur Wahl aufgerufen."
    )
    assert tag(text) == [
        ("Drei Tage vor der Bürgermeisterwahl", "DATE", "2026-04-14"),
        ("Freitag", "DATE", "2026-04-17"),
    ]


def test_weeks_after_a_dated_attack() -> None:
    text = "Der Anschlag vom 2. April erschütterte das Land. Eine Woche nach dem Anschlag ist die Grenze offen."
    assert ("Eine Woche nach dem Anschlag", "DATE", "2026-04-09") in tag(text)


def test_election_day_words_take_the_election_day() -> None:
    text = (
        "Die Stichwahl findet am 26. April statt. Die Polizei will bis zum Wahltag mehr Streifen "
        "fahren. Am Wahlabend feiert die Partei in der Stadthalle."
    )
    assert tag(text) == [
        ("26. April", "DATE", "2026-04-26"),
        ("Wahltag", "DATE", "2026-04-26"),
        ("Wahlabend", "TIME", "2026-04-26TEV"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the event is not dated: TimeML's DURATION stays
        "Drei Tage vor der Bürgermeisterwahl ist das Rathaus mit Farbe beschmiert worden.",
        # "am Samstag" dates the claim, not the election
        "Die Partei beanspruchte am Samstag den Sieg bei der Wahl. Neun Tage nach der Wahl gibt es kein Ergebnis.",
        # "nach dem Anschlag" is no event of Monday
        "Die Polizei nahm am Montag nach dem Anschlag drei Männer fest. Zwei Tage nach dem Anschlag herrscht Trauer.",
    ],
)
def test_undated_event_keeps_the_duration(text: str) -> None:
    assert all(typ != "DATE" or "Tage" not in span for span, typ, _ in tag(text))
    assert any(typ == "DURATION" for _, typ, _ in tag(text))


def test_another_election_does_not_date_this_one() -> None:
    text = "Bei der Kommunalwahl am Sonntag siegte die CDU. Zwei Wochen vor der Bundestagswahl ist das ein Signal."
    assert ("Zwei Wochen", "DURATION", "P2W") in tag(text)


def test_election_dated_twice_is_left_alone() -> None:
    text = "Die Wahl am 12. April war ungültig, die Wahl am 26. April wird wiederholt. Am Wahltag regnete es."
    assert [span for span, _, _ in tag(text)] == ["12. April", "26. April"]


# --- a named night: what follows it lies on the day it leads into ----------------------------


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Moskau reagierte noch am selben Abend.", ("selben Abend", "TIME", "2026-04-15TEV")),
        ("Am Abend reagierte die Regierung.", ("Abend", "TIME", "2026-04-15TEV")),
        ("Die Regierung reagierte noch am selben Tag.", ("selben Tag", "DATE", "2026-04-15")),
    ],
)
def test_after_a_night_the_day_it_leads_into(second: str, expected: tuple[str, str, str]) -> None:
    text = "In der Nacht zu Mittwoch wurden mehrere Drohnen abgeschossen. " + second
    hits = tag(text, date(2026, 4, 15))
    assert hits[0] == ("Nacht zu Mittwoch", "TIME", "2026-04-14TNI")
    assert hits[1] == expected


# --- deadlines ---------------------------------------------------------------------------------


def test_weekday_deadline_is_not_the_focus() -> None:
    text = (
        "Bis Donnerstag sollen 200 Helfer aus dem Ausland eintreffen. Am Abend besuchte der Minister das Lagezentrum."
    )
    assert tag(text) == [("Donnerstag", "DATE", "2026-04-16"), ("Abend", "TIME", "2026-04-14TEV")]


def test_tomorrow_as_deadline_is_not_the_focus() -> None:
    text = "Das Feuer brach am Montag aus. Die Regierung muss bis morgen entscheiden. Um 15 Uhr tagte der Krisenstab."
    assert tag(text)[-1] == ("15 Uhr", "TIME", "2026-04-13T15:00")


def test_time_of_a_deadline_is_on_its_day() -> None:
    # (also: "haben …, zu verlassen" is no perfect, so the deadline lies ahead)
    text = "Bis Mittwoch um Mitternacht haben die Bewohner Zeit, ihre Häuser zu verlassen."
    assert tag(text) == [("Mittwoch", "DATE", "2026-04-15"), ("Mitternacht", "TIME", "2026-04-15T24:00")]


# --- "ist/sind" + participle of a verb taking "haben": a state in the present --------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rund 1,3 Millionen Menschen sind am Sonntag zur Wahl aufgerufen.", "2026-04-19"),
        ("Das Hallenbad ist am Samstag wegen einer Feier geschlossen.", "2026-04-18"),
    ],
)
def test_state_passive_looks_ahead(text: str, value: str) -> None:
    assert [v for _, _, v in tag(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Der Güterzug ist am Sonntag bei Fulda entgleist.",
        "Der gesuchte Mann ist am Sonntag in Berlin aufgetaucht.",
        "Der Täter ist am Sonntag festgenommen worden.",
    ],
)
def test_perfect_with_sein_stays_behind(text: str) -> None:
    assert [v for _, _, v in tag(text)] == ["2026-04-12"]


# --- idioms ------------------------------------------------------------------------------------


def test_every_hour_counts_is_no_set() -> None:
    assert tag("„Jede Stunde zählt“, sagte der Einsatzleiter.") == []
    assert tag("Der Shuttlebus fährt jede Stunde.") == [("jede Stunde", "SET", "PT1H")]


# --- a relative expression with its day in apposition ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Vertrag wurde am 3. März 2020 unterzeichnet. Drei Monate später, am 18. Juni, trat er in Kraft.",
            ("Drei Monate später", "DATE", "2020-06-18"),
        ),
        (
            "Am 3. März 2020 begann der Streik. Einen Monat später (4. April) war er vorbei.",
            ("Einen Monat später", "DATE", "2020-04-04"),
        ),
        (
            "Am 3. März 2020 begann der Streik. Kurze Zeit später, am 5. März, lenkte die Firma ein.",
            ("Kurze Zeit später", "DATE", "2020-03-05"),
        ),
    ],
)
def test_relative_expression_takes_the_day_in_apposition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tag(text)


def test_apposition_that_disagrees_is_left_alone() -> None:
    text = "Am 3. März 2020 begann der Streik. Drei Monate später, am 18. Juli, trat er in Kraft."
    assert ("Drei Monate später", "DATE", "2020-06") in tag(text)


def test_event_dated_right_after_its_noun() -> None:
    text = "Zwei Wochen vor der Bundestagswahl am 23. Februar haben Hunderttausende demonstriert."
    assert tag(text, date(2025, 2, 9)) == [
        ("Zwei Wochen vor der Bundestagswahl", "DATE", "2025-02-09"),
        ("23. Februar", "DATE", "2025-02-23"),
    ]


# --- speculative modals look ahead, unless with a perfect infinitive ------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bei der Wahl am Sonntag könnten die Grünen aus dem Landtag fliegen.", "2026-04-19"),
        ("Der Verband dürfte am 20. März über den Nachfolger entscheiden.", "2027-03-20"),
        ("Der Täter könnte am Sonntag in Berlin gewesen sein.", "2026-04-12"),
    ],
)
def test_speculative_modal(text: str, value: str) -> None:
    assert [v for _, _, v in tag(text)] == [value]


def test_night_to_the_papers_day_ahead_is_the_night_just_gone() -> None:
    # a report written the day before: the night into the paper's own day, not one a week later
    text = "Der Sturm soll erst in der Nacht zum Dienstag die Küste erreichen."
    assert tag(text) == [("Nacht zum Dienstag", "TIME", "2026-04-13TNI")]


def test_eve_of_a_dated_election() -> None:
    text = "Am Montag griffen Unbekannte einen Politiker an. Am Vorabend der Landtagswahl am Sonntag feiert die Partei."
    assert tag(text) == [
        ("Montag", "DATE", "2026-04-13"),
        ("Vorabend", "TIME", "2026-04-18TEV"),
        ("Sonntag", "DATE", "2026-04-19"),
    ]


def test_eve_without_an_event_keeps_the_focus() -> None:
    text = "Am Montag griffen Unbekannte einen Politiker an. Am Vorabend hatte er eine Rede gehalten."
    assert tag(text)[1] == ("Vorabend", "TIME", "2026-04-12TEV")


def test_result_of_the_election_does_not_date_it() -> None:
    # "das Ergebnis der Wahl wird am 8. Juni bekannt gegeben" dates the result, not the election
    text = (
        "Bei der Parlamentswahl vom Sonntag zeichnet sich ein Sieg ab. Das offizielle Ergebnis der Wahl "
        "wird am 8. Juni bekannt gegeben. Die Opposition sprach am Wahlabend von Betrug."
    )
    assert tag(text, date(2026, 6, 2))[-1] == ("Wahlabend", "TIME", "2026-05-31TEV")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zum Wochenstart gab es an mehreren Flughäfen Streiks.", ("Wochenstart", "DATE", "2026-W16")),
        ("Zum Jahresstart stiegen die Preise für Strom.", ("Jahresstart", "DATE", "2026")),
    ],
)
def test_start_compounds(text: str, expected: tuple[str, str, str]) -> None:
    assert tag(text) == [expected]
