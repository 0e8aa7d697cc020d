"""German numbers: digit formats, number words and scale words, as plain functions.

``parse_german_number`` reads "12.000", "3,5", "1.234.567,89", "drei", "fünfhundertfünfzig",
"zweieinhalb", "zwei Dutzend", "120 Milliarden", "3,5 Mio.", "eine halbe Million". The word
lists live in ``lang/de/number_words.json`` and are read on first use.

text2num's ``alpha2digit`` is not used: it turns "120 Milliarden" into "120 1000000000", and it
cannot tell an article ("ein Soldat") from the number one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent / "lang"

# German digit formats: "12.000" (thousand dots), "3,5" (decimal comma), "12 000" with a
# no-break or thin space. A bare "1.5" is not read: German would write "1,5", and "3.12" is a date.
_THOUSANDS = re.compile(r"\d{1,3}(?:(?:\.\d{3})+|(?:[\u00a0\u202f\u2009]\d{3})+)(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    tens: dict[str, int]
    hundred: str
    thousand: str
    half_suffix: str
    fractions: dict[str, float]
    article: frozenset[str]
    half_adjective: frozenset[str]
    scales: dict[str, float]
    year_cues: frozenset[str]
    range_connectors: tuple[str, ...]
    negative: frozenset[str]
    below_zero: tuple[str, ...]
    age_words: frozenset[str]
    prefix_units: dict[str, str]
    count_adjectives: frozenset[str]
    group_adverbs: frozenset[str]
    duration_adjectives: tuple[str, ...]
    determiners: frozenset[str]
    partitive_determiners: frozenset[str]
    partitive_fractions: dict[str, float]
    partitive_articles: frozenset[str]
    change_verbs: frozenset[str]


@lru_cache(maxsize=4)
def number_words(lang: str = "de") -> NumberWords:
    data = json.loads((LANG_DIR / lang / "number_words.json").read_text(encoding="utf-8"))
    return NumberWords(
        units=data["units"],
        tens=data["tens"],
        hundred=data["hundred"],
        thousand=data["thousand"],
        half_suffix=data["half_suffix"],
        fractions=data["fractions"],
        article=frozenset(data["article"]),
        half_adjective=frozenset(data["half_adjective"]),
        scales={k: float(v) for k, v in data["scales"].items()},
        year_cues=frozenset(data["year_cues"]),
        range_connectors=tuple(data["range_connectors"]),
        negative=frozenset(data["negative"]),
        below_zero=tuple(data.get("below_zero", [])),
        age_words=frozenset(data["age_words"]),
        prefix_units=dict(data["prefix_units"]),
        count_adjectives=frozenset(data["count_adjectives"]),
        group_adverbs=frozenset(data["group_adverbs"]),
        duration_adjectives=tuple(data["duration_adjectives"]),
        determiners=frozenset(data["determiners"]),
        partitive_determiners=frozenset(data["partitive_determiners"]),
        partitive_fractions={k: float(v) for k, v in data["partitive_fractions"].items()},
        partitive_articles=frozenset(data["partitive_articles"]),
        change_verbs=frozenset(data.get("change_verbs", [])),
    )


def parse_digits(text: str) -> float | None:
    """A German digit string: "12.000" → 12000.0, "3,5" → 3.5; None if it is not one."""
    text = text.strip().removesuffix(",-").removesuffix(",–")
    if _THOUSANDS.fullmatch(text) or _PLAIN.fullmatch(text):
        cleaned = re.sub(r"[.\u00a0\u202f\u2009]", "", text).replace(",", ".")
        return float(cleaned)
    return None


def _below_hundred(word: str, nw: NumberWords) -> int | None:
    if word in nw.units:
        return nw.units[word]
    if word in nw.tens:
        return nw.tens[word]
    # "einundzwanzig": unit + "und" + ten
    head, sep, tail = word.partition("und")
    if sep and tail in nw.tens and head in nw.units and 1 <= nw.units[head] <= 9:
        return nw.units[head] + nw.tens[tail]
    return None


def _below_thousand(word: str, nw: NumberWords) -> int | None:
    head, sep, tail = word.partition(nw.hundred)
    if not sep:
        return _below_hundred(word, nw)
    factor = 1 if head == "" else _below_hundred(head, nw)
    rest = 0 if tail == "" else _below_hundred(tail, nw)
    if factor is None or rest is None or not 1 <= factor <= 9:
        return None
    return factor * 100 + rest


@lru_cache(maxsize=4096)
def parse_number_word(word: str, lang: str = "de") -> float | None:
    """One German cardinal word, compounds included: "fünfhundertfünfzig" → 550.0.

    Also "zweieinhalb" (2.5), "anderthalb" (1.5), "Tausend" (1000). Article forms ("ein",
    "eine") are not numbers on their own; see :func:`parse_german_number`.
    """
    nw = number_words(lang)
    word = word.lower()
    if word in nw.fractions:
        return nw.fractions[word]
    if word.endswith(nw.half_suffix) and len(word) > len(nw.half_suffix):
        whole = parse_number_word(word[: -len(nw.half_suffix)], lang)
        return None if whole is None else whole + 0.5
    head, sep, tail = word.partition(nw.thousand)
    if sep:
        factor = 1 if head == "" else _below_thousand(head, nw)
        rest = 0 if tail == "" else _below_thousand(tail, nw)
        if factor is None or rest is None or factor < 1:
            return None
        return float(factor * 1000 + rest)
    value = _below_thousand(word, nw)
    return None if value is None else float(value)


def scale_of(word: str, lang: str = "de") -> float | None:
    """Multiplier of a scale word: "Milliarden" → 1e9, "Mio." → 1e6, "Dutzend" → 12."""
    return number_words(lang).scales.get(word.lower())


def parse_german_number(text: str, lang: str = "de") -> float | None:
    """A German number phrase → its value, or None.

    "12.000" → 12000, "3,5 Mio." → 3.5e6, "120 Milliarden" → 1.2e11, "zwei Dutzend" → 24,
    "eine halbe Million" → 5e5, "fünfhundertfünfzig" → 550.
    """
    nw = number_words(lang)
    parts = text.split()
    if not parts:
        return None
    first = parts[0]
    value = parse_digits(first)
    if value is None and first.lower() not in nw.article:
        value = parse_number_word(first, lang)
    rest = parts[1:]
    if value is None and first.lower() in nw.article and rest:
        value = 1.0  # "eine Million", "ein Dutzend": the article counts only before a scale
        if rest[0].lower() in nw.half_adjective:
            value, rest = 0.5, rest[1:]
        if not rest or scale_of(rest[0], lang) is None:
            return None
    if value is None:
        return None
    for word in rest:
        scale = scale_of(word, lang)
        if scale is None:
            return None
        value *= scale
    return value
