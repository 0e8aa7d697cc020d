"""German number parsing and noun base forms: the plain functions behind the quantities component."""

from __future__ import annotations

import pytest

from chronik.nouns import base_noun
from chronik.numbers import parse_digits, parse_german_number, parse_number_word


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.000", 12000.0),
        ("3,5", 3.5),
        ("1.234.567,89", 1234567.89),
        ("12\u00a0000", 12000.0),
        ("0,5", 0.5),
        ("100,-", 100.0),
        ("2358", 2358.0),
    ],
)
def test_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["3.12", "1.5", "12.00", "abc", "1,2,3"])
def test_not_german_digits(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("drei", 3),
        ("zwölf", 12),
        ("siebzehn", 17),
        ("einundzwanzig", 21),
        ("neunundneunzig", 99),
        ("hundert", 100),
        ("einhundert", 100),
        ("fünfhundertfünfzig", 550),
        ("zweihundertdreiundvierzig", 243),
        ("tausend", 1000),
        ("zweitausendvierhundertelf", 2411),
        ("zehntausend", 10000),
        ("hunderttausend", 100000),
        ("Zwölf", 12),
        ("zweieinhalb", 2.5),
        ("eineinhalb", 1.5),
        ("anderthalb", 1.5),
    ],
)
def test_number_words(word, value):
    assert parse_number_word(word) == pytest.approx(value)


@pytest.mark.parametrize("word", ["und", "eine", "hundertzwanzigtausendund", "Zehnter", "dreißigste", "Bund"])
def test_not_number_words(word):
    assert parse_number_word(word) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("120 Milliarden", 1.2e11),  # text2num's alpha2digit gives "120 1000000000" here
        ("3,5 Mio.", 3.5e6),
        ("1,2 Billionen", 1.2e12),
        ("zwei Dutzend", 24),
        ("eine Million", 1e6),
        ("eine halbe Million", 5e5),
        ("drei Milliarden", 3e9),
        ("2 Mrd.", 2e9),
        ("fünfhundertfünfzig", 550),
        ("ein Dutzend", 12),
        ("35 Tsd.", 35000),
    ],
)
def test_number_phrases(text, value):
    assert parse_german_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["ein", "eine Frau", "zwei Frauen", "", "Milliarden"])
def test_not_number_phrases(text):
    assert parse_german_number(text) is None


@pytest.mark.parametrize(
    ("word", "context", "base"),
    [
        ("Soldaten", "plural", "Soldat"),
        ("Demonstranten", "plural", "Demonstrant"),
        ("Menschen", "plural", "Mensch"),
        ("Länder", "plural", "Land"),
        ("Bundesländern", "plural", "Bundesland"),
        ("EU-Länder", "plural", "EU-Land"),
        ("Ausländern", "plural", "Ausländer"),
        ("Polizistinnen", "plural", "Polizistin"),
        ("Zeitungen", "plural", "Zeitung"),
        ("Punkte", "plural", "Punkt"),
        ("Stellen", "plural", "Stelle"),
        ("Frauen", "plural", "Frau"),
        ("Parteien", "plural", "Partei"),
        ("Babys", "plural", "Baby"),
        ("Schwerverletzte", "plural", "Schwerverletzte"),
        ("Toten", "plural", "Tote"),
        ("Delegierte", "plural", "Delegierte"),
        ("Einwohnern", "plural", "Einwohner"),
        ("Personen", "plural", "Person"),
        ("Bruttoinlandsproduktes", "genitive", "Bruttoinlandsprodukt"),
        ("Bundesgebiets", "genitive", "Bundesgebiet"),
        ("BIP", "genitive", "BIP"),
        ("Kaltmiete", "any", "Kaltmiete"),
        ("Bevölkerung", "any", "Bevölkerung"),
    ],
)
def test_base_noun(word, context, base):
    assert base_noun(word, context) == base
