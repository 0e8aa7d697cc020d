"""Deictic words inside a direct quote count from the day the quote was said, when the frame
clause of the same sentence names that day (fifth session); durations that are no durations
("ein Tag der Freude") and bare accusative plurals ("über Monate")."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.components.timex import timexes_for
from chronik.timex_rules import find_timexes

DCT = date(2024, 9, 30)  # a Monday


def tag(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def value(text: str, word: str, dct: date | None = DCT) -> str:
    return next(v for t, _, v in tag(text, dct) if t == word)


# --- a quote's "heute" is the day it was said ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # frame after the quote
        (
            "„Heute haben die Wähler uns den Auftrag gegeben“, rief die Kandidatin am Sonntagabend.",
            "Heute",
            "2024-09-29",
        ),
        ("„Gestern war ein schwarzer Tag für uns“, sagte der Trainer am Samstag.", "Gestern", "2024-09-27"),
        ("„Morgen beginnen die Gespräche“, kündigte er am Freitag an.", "Morgen", "2024-09-28"),
        ("„Wir treffen uns heute Abend noch einmal“, sagte sie am Samstag.", "heute Abend", "2024-09-28TEV"),
        ("„Diese Woche wird entscheidend“, erklärte der Minister am Freitag.", "Diese Woche", "2024-W39"),
        # frame before the quote, with a colon
        ("Der Bürgermeister sagte am Sonntag: „Heute ist ein guter Tag für die Stadt.“", "Heute", "2024-09-29"),
        ("Sie erklärte am Samstagabend: „Morgen fahren wir nach Wien.“", "Morgen", "2024-09-29"),
        # a written date in the frame
        ("„Heute ist Schluss“, sagte der Sprecher am 12. September.", "Heute", "2024-09-12"),
        # other quotation marks
        ("»Heute feiern wir«, sagte er am Sonntag.", "Heute", "2024-09-29"),
    ],
)
def test_quote_counts_from_the_day_it_was_said(text: str, word: str, expected: str) -> None:
    assert value(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # no day in the frame: the publication date, as before
        ("„Heute ist ein guter Tag“, sagte der Bürgermeister.", "Heute", "2024-09-30"),
        # said today
        ("„Heute ist ein guter Tag“, sagte der Bürgermeister heute.", "Heute", "2024-09-30"),
        # not a quote: the narrator's "heute"
        ("Heute tagt der Rat, am Sonntag hatte er gewählt.", "Heute", "2024-09-30"),
        # the quote ends its sentence: the next sentence is no frame
        ("„Heute ist ein guter Tag.“ Am Sonntag hatte die Partei gewonnen.", "Heute", "2024-09-30"),
        # a day ahead in the frame is no day of speaking
        ("„Heute beginnt die Arbeit“, soll er am Mittwoch sagen.", "Heute", "2024-09-30"),
    ],
)
def test_quote_without_day_of_speaking_keeps_the_publication_date(text: str, word: str, expected: str) -> None:
    assert value(text, word) == expected


def test_anchor_names_the_day_of_speaking() -> None:
    text = "„Heute haben die Wähler entschieden“, sagte sie am Sonntag."
    heute = next(t for t in timexes_for(text, DCT) if t.text == "Heute")
    assert heute.anchor == "SPEECH:2024-09-29"
    assert heute.date == "2024-09-29"
    sonntag = next(t for t in timexes_for(text, DCT) if t.text == "Sonntag")
    assert sonntag.anchor == "DCT:2024-09-30"


def test_day_before_in_a_quote_and_after_its_frame() -> None:
    # "am Vortag" inside the quote with no day talked about: the day before the day of speaking
    assert value("„Am Vortag war alles ruhig“, sagte der Sprecher am Sonntag.", "Vortag") == "2024-09-28"
    # after the frame, "tags zuvor" counts from the day the frame named
    text = "„Morgen wird gewählt“, sagte er am Samstag. Tags zuvor hatte er den Kanzler getroffen."
    assert value(text, "Morgen") == "2024-09-29"
    assert value(text, "Tags zuvor") == "2024-09-27"


def test_text_after_the_quote_keeps_its_reference() -> None:
    text = "„Heute feiern wir“, sagte er am Sonntag. Morgen will er nach Wien reisen."
    assert value(text, "Heute") == "2024-09-29"
    assert value(text, "Morgen") == "2024-10-01"


# --- durations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist ein Tag der großen Freude für die Familie“, sagte sie.",
        "Es war ein Jahr des Umbruchs.",
    ],
)
def test_a_day_of_something_is_no_duration(text: str) -> None:
    assert not [t for t in tag(text) if t[1] == "DURATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gespräche waren über Monate vorbereitet worden.", ("Monate", "DURATION", "PXM")),
        ("Der Streit zog sich über Jahre hinweg.", ("Jahre", "DURATION", "PXY")),
        ("Das Verfahren dauerte ein Jahr.", ("ein Jahr", "DURATION", "P1Y")),
    ],
)
def test_bare_plural_after_ueber_is_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tag(text)
