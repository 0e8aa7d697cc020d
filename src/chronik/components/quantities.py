"""Quantities: money, percentages, counts of things and measures, with German number formats.

Writes ``doc._.quantities``: a list of :class:`chronik.document.Quantity`.

* money: "120 Milliarden Euro" → 1.2e11 EUR, "3,5 Mio. Dollar", "€ 5", "20 Cent" → 0.2 EUR
* percent: "1,5 % des BIP" → 1.5 "%" counted "BIP"; "Prozentpunkte" → unit "pp"
* measure: "40 Kilometer" → 40 "km" (the value stays in the unit written; no conversion)
* count: "12.000 eingesetzten Soldaten" → 12000 counted "Soldat"; "Hunderte Demonstranten" → 100, approx

Spans: a count's span runs from the number to its noun; money, percent and measure spans end
at the unit, and a following noun ("Euro Schulden", "Prozent der Stimmen") is only ``counted``.
Extra fields: ``approx`` (bool) and ``bound`` (approx|gt|ge|lt|le) from words such as "rund",
"mehr als", "bis zu", which stay outside the span; ``elided: true`` on a bare count that takes its noun
from an earlier count in the sentence ("41 Personen getötet, 44 verletzt" → 44, counted "Person").

Not quantities: dates, years, clock times, ordinals ("14."), durations ("drei Jahre": the timex
component owns them, and a candidate overlapping ``doc._.timexes`` is dropped unless it carries its own
currency, percent or measure unit outside the timex: "1200 €" stays even if tagged a date), identifiers
("Nr. 5", "§ 3", "Artikel 5"), phone numbers, sports scores ("2:1"), and bare numbers with no
unit and no counted noun. Everything works on ``doc.text`` with regexes built from the data in
``lang/<code>/``; a trained tagger/lemmatizer, when loaded, only improves the counted noun.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronik.document import Quantity
from chronik.nouns import Context, base_noun, lexicon_base
from chronik.numbers import NumberWords, number_words, parse_digits, parse_number_word
from chronik.text import doc_text, lang_resource, lang_rows

LANG_DIR = Path(__file__).resolve().parents[1] / "lang"

_DIGITS = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?"
    r"|\d+(?:,\d+|,[-–](?!\w))?"  # "100,- €": a price without cents
)
# A digit number standing alone: not inside a word, a date ("3.12.2004"), a time ("14.30",
# "14:30"), a score ("2:1"), a phone number ("0621/12345", "+49") or an ordinal ("14.").
# A decimal or a grouped number may end a sentence ("eine Stärke von 6,8."): no ordinal or date looks so.
_SENTENCE_FINAL = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?=\.(?:\s|$))"
_DIGIT_CANDIDATE = rf"(?P<d>(?<![\w.,:/§+\-−])(?:[\-−](?=\d))?(?:(?:{_DIGITS})(?![\w]|[.:/]|,\d)|{_SENTENCE_FINAL}))"
_DIGITS_AT = re.compile(rf"(?:{_DIGITS})(?![\w]|[.:/]|,\d)")
_WORD_AT = re.compile(r"[^\W\d_]+(?![\w\-])")
_ADJECTIVE = re.compile(r"[a-zäöüß][\w\-]*(?:e|en|er|es|em)")
_SENTENCE_OPENERS = set('.!?:;"„“”»«(\n–-')
_MAX_ADJECTIVES = 3
_YEAR_RANGE = (1000, 2199)
_WINDOW = 40
_HS = r"[ \t\u00a0\u202f]"  # a number, its scale word and its unit stay on one line
_MIN_TIME_SUFFIX = 5


@dataclass(frozen=True)
class Unit:
    kind: str  # money | percent | measure | time
    unit: str
    factor: float = 1.0


@dataclass(frozen=True)
class Resources:
    candidate: re.Pattern[str]
    words: NumberWords
    suffix_unit: re.Pattern[str]
    compound_unit: re.Pattern[str]
    prefix_currency: re.Pattern[str]
    units: dict[str, Unit]
    scale: re.Pattern[str]
    markers: re.Pattern[str]
    bounds: dict[str, str]
    plurals: dict[str, float]
    negative: re.Pattern[str]
    below_zero: re.Pattern[str]
    prefix_unit: re.Pattern[str]
    labels: re.Pattern[str]
    range_join: re.Pattern[str]
    stopwords: frozenset[str]
    months: frozenset[str]
    time_suffixes: tuple[str, ...]


def _pattern(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"\s+")


def _alternation(forms: list[str]) -> str:
    # longest first, so "Pfund Sterling" beats "Pfund" and "Grad Celsius" beats "Grad"
    return "|".join(_pattern(f) for f in sorted(set(forms), key=len, reverse=True))


def _ends_word(form: str) -> str:
    # a form ending in a letter or digit must end a word ("m" is not the start of "mehr")
    return r"(?![\w\-])" if form[-1:].isalnum() else ""


@lru_cache(maxsize=4)
def resources(lang: str = "de") -> Resources:
    """All lookups for ``lang``, compiled on first use."""
    units: dict[str, Unit] = {}
    prefix_forms: list[str] = []
    for form, code, factor, position in lang_rows(lang, "currencies.tsv"):
        units[form] = Unit("money", code, float(factor))
        if position in ("prefix", "both"):
            prefix_forms.append(form)
    for form, kind, symbol, *factor in lang_rows(lang, "units.tsv"):
        units.setdefault(form, Unit(kind, symbol, float(factor[0]) if factor else 1.0))
    suffix = "|".join(f"(?:{_pattern(f)}){_ends_word(f)}" for f in sorted(units, key=len, reverse=True))
    markers, bounds, plurals = [], {}, {}
    for form, kind, detail in lang_rows(lang, "approximate.tsv"):
        if kind == "marker":
            markers.append(form)
            bounds[form.lower()] = detail
        else:
            plurals[form.lower()] = float(detail)
    words = number_words(lang)
    scales = sorted(words.scales, key=len, reverse=True)
    scale = "|".join(f"(?:{re.escape(s)}){_ends_word(s)}" for s in scales)
    labels = sorted(lang_resource(lang, "number_labels.txt"), key=len, reverse=True)
    # forms that may end a compound ("Arbeitsstunden", "Lebensjahren"); short ones only match whole
    time_forms = [f.lower() for f, u in units.items() if u.kind == "time" and len(f) >= _MIN_TIME_SUFFIX]
    joins = _alternation([c for c in words.range_connectors if c[:1].isalpha()])
    dashes = "".join(re.escape(c) for c in words.range_connectors if not c[:1].isalpha())
    # a number word starts with a number morpheme ("fünf|hundert…", "Tausende", "eine", "Hälfte")
    starts = [
        *words.units,
        *words.tens,
        words.hundred,
        words.thousand,
        *words.fractions,
        *words.article,
        *words.partitive_fractions,
        *plurals,
    ]
    word_candidate = rf"(?P<w>(?<![\w\-])(?i:{_alternation(starts)})[^\W\d_]*(?![\w\-]))"
    return Resources(
        candidate=re.compile(f"{_DIGIT_CANDIDATE}|{word_candidate}"),
        words=words,
        suffix_unit=re.compile(rf"{_HS}*(?P<u>{suffix})"),
        # "200-Seemeilen-Zone", "50-Meter-Becken": number and unit lead a hyphenated compound
        compound_unit=re.compile(rf"-(?P<u>{_alternation([f for f in units if ' ' not in f])})(?=-[A-ZÄÖÜ])"),
        prefix_currency=re.compile(rf"(?<![\w])(?P<u>{_alternation(prefix_forms)})[ \u00a0\u202f]?$"),
        units=units,
        scale=re.compile(
            rf"{_HS}+(?:(?P<half>{_alternation(sorted(words.half_adjective))}){_HS}+)?(?P<s>{scale})", re.IGNORECASE
        ),
        markers=re.compile(rf"(?<![\w\-])(?P<m>{_alternation(markers)})\s+$", re.IGNORECASE),
        bounds=bounds,
        plurals=plurals,
        below_zero=re.compile(rf"{_HS}+(?:{_alternation(list(words.below_zero))})(?![\w\-])", re.IGNORECASE),
        negative=re.compile(rf"(?<![\w\-])(?:{_alternation(sorted(words.negative))})\s+$", re.IGNORECASE),
        # "Stärke 4,4", "einer Stärke von 6,8"
        prefix_unit=re.compile(rf"(?<![\w\-])(?P<u>{_alternation(list(words.prefix_units))}){_HS}+(?:von{_HS}+)?$"),
        labels=re.compile(rf"(?:^|(?<=[\s(]))(?:{_alternation(labels)})\s*$"),
        range_join=re.compile(rf"{_HS}*[{dashes}]{_HS}*|{_HS}+(?:{joins}){_HS}+", re.IGNORECASE),
        stopwords=_stopwords(lang),
        months=frozenset(m.lower() for m in lang_resource(lang, "months.txt")),
        time_suffixes=tuple(time_forms),
    )


def _stopwords(lang: str) -> frozenset[str]:
    data = json.loads((LANG_DIR / "stopwords.json").read_text(encoding="utf-8"))
    return frozenset(data.get(lang, []))


# --- the number itself ------------------------------------------------------------------------


@dataclass
class Number:
    start: int
    end: int
    value: float
    scaled: bool = False  # a scale word followed ("Millionen"), or a vague plural ("Hunderte")
    factor: float = 1.0  # the scale word's multiplier
    vague: bool = False  # "Hunderte", "Tausende": an order of magnitude, not a number
    article: bool = False  # "ein(e)": one only before a scale or a unit
    year_like: bool = False


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\u00a0")
    return not before or before[-1] in _SENTENCE_OPENERS


def _scale(text: str, number: Number, res: Resources) -> Number:
    m = res.scale.match(text, number.end)
    if m is None:
        return number
    if m.group("half") and not number.article:
        return number  # "halbe" only in "eine halbe Million"
    value = 0.5 if m.group("half") else number.value
    factor = res.words.scales[m.group("s").lower()]
    return Number(number.start, m.end(), value * factor, scaled=True, factor=factor, vague=number.vague)


def _word_number(text: str, start: int, end: int, res: Resources) -> Number | None:
    word = text[start:end]
    lower = word.lower()
    if lower in res.plurals:  # "Tausende" or, in the newer spelling, "tausende"
        return Number(start, end, res.plurals[lower], scaled=True, vague=True)
    if lower in res.words.article:
        return Number(start, end, 1.0, article=True)
    value = parse_number_word(lower)
    if value is None:
        return None
    # "die Elf", "außer Acht": a capitalised number word inside a sentence is a noun
    noun_like = word[:1].isupper() and lower not in (res.words.hundred, res.words.thousand)
    if noun_like and not _at_sentence_start(text, start):
        return None
    return Number(start, end, value)


def _digit_number(text: str, start: int, end: int) -> Number | None:
    raw = text[start:end]
    sign = -1.0 if raw[:1] in "-−" else 1.0
    digits = raw.lstrip("-−")
    if len(digits) > 1 and digits[0] == "0" and digits[1] != ",":
        return None  # "0621": an area code or an identifier
    value = parse_digits(digits)
    if value is None or not math.isfinite(value):
        return None  # not a number, or a digit string too long to be an amount
    year_like = raw.isdigit() and len(raw) == 4 and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
    return Number(start, end, sign * value, year_like=year_like)


def number_at(text: str, start: int, res: Resources) -> Number | None:
    """The number phrase starting exactly at ``start`` (used for the second half of a range)."""
    m = _DIGITS_AT.match(text, start)
    number = _digit_number(text, start, m.end()) if m else None
    if number is None:
        w = _WORD_AT.match(text, start)
        number = _word_number(text, start, w.end(), res) if w else None
    return None if number is None else _scale(text, number, res)


# --- what follows the number ------------------------------------------------------------------


def _unit_after(text: str, pos: int, res: Resources) -> tuple[Unit, int] | None:
    m = res.suffix_unit.match(text, pos) or res.compound_unit.match(text, pos)
    if m is None:
        return None
    return res.units[re.sub(r"\s+", " ", m.group("u"))], m.end()


@dataclass
class _Tokens:
    """Token lookup by character offset. Whether a model annotated a token is read off the token
    itself (an empty ``pos_`` or ``lemma_`` means no tagger or lemmatizer ran), so nothing is
    computed per document up front."""

    doc: Doc

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        return cls(doc)

    def after(self, text: str, pos: int) -> Token | None:
        while pos < len(text) and text[pos] in " \t\u00a0\u202f":
            pos += 1
        if pos >= len(text):
            return None
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or len(span) == 0 or span[0].idx != pos:
            return None
        return span[0]


def _is_noun(tok: Token, tokens: _Tokens, res: Resources) -> bool:
    # German nouns are capitalised: a lowercase "weitere" or "junge" is never the counted noun,
    # whatever a tagger says
    if not (tok.text[:1].isupper() and tok.text[:1].isalpha()) or tok.text.lower() in res.months:
        return False
    # a capitalised word after a number is a noun unless the tagger puts it in a closed class
    # ("Die", "In"); rare nouns get odd tags from a small model ("User" as PRON), so only those count
    return tok.pos_ not in _CLOSED_CLASS if tok.pos_ else True


_CLOSED_CLASS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "SPACE"})
_NOT_ADJECTIVE_POS = frozenset({"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "NUM", "PUNCT"})


def _is_adjective(tok: Token, tokens: _Tokens, res: Resources) -> bool:
    lower = tok.text.lower()
    if lower in res.words.partitive_determiners or lower in res.words.count_adjectives:
        return True  # "zwei seiner Töchter", "zwei andere Mädchen": taggers call these DET or PRON
    if lower in res.stopwords or lower in res.words.determiners:
        return False  # "1.100 ihre Häuser": the number is not attached to the noun
    if tok.text[:1].isupper():
        return False  # capitalised after a number: the noun, whatever the tagger says ("Umleitungs-")
    if tok.pos_ == "ADJ":
        return True
    # an inflected lowercase word the tagger (if any) did not call an article, pronoun, adverb …
    plausible = tok.pos_ not in _NOT_ADJECTIVE_POS
    return plausible and _ADJECTIVE.fullmatch(tok.text) is not None


def _noun_after(
    text: str, pos: int, tokens: _Tokens, res: Resources, *, lead: frozenset[str] = frozenset(), adjectives: bool = True
) -> Token | None:
    """The noun a number counts: the next noun, over adjectives and one optional ``lead`` word."""
    tok = tokens.after(text, pos)
    if tok is not None and tok.text.lower() in lead:
        tok = tokens.after(text, tok.idx + len(tok.text))
    skipped = 0
    while tok is not None and adjectives and skipped < _MAX_ADJECTIVES and _is_adjective(tok, tokens, res):
        skipped += 1
        tok = tokens.after(text, tok.idx + len(tok.text))
    if tok is None or not _is_noun(tok, tokens, res):
        return None
    return _coordinated_head(text, tok, tokens, res)


def _coordinated_head(text: str, tok: Token, tokens: _Tokens, res: Resources) -> Token:
    """ "Umleitungs- und Verbotsschilder": a truncated compound takes the noun after "und"/"oder"."""
    end = tok.idx + len(tok.text)
    if not tok.text.endswith("-") and not text.startswith("-", end):
        return tok
    join = tokens.after(text, end + (0 if tok.text.endswith("-") else 1))
    if join is None or join.text.lower() not in ("und", "oder", "bzw."):
        return tok
    head = tokens.after(text, join.idx + len(join.text))
    return head if head is not None and _is_noun(head, tokens, res) else tok


def _lemma(tok: Token, tokens: _Tokens, context: Context) -> str:
    """Base form of the counted noun: chronik's lexicon, else the model's lemma, else the ending rules.

    The lexicon goes first so that nominalised adjectives read the same with or without a model
    ("Tote", not "Toter"); a model lemma equal to the word is a lookup miss, so the rules get a say.
    """
    word = tok.text.rstrip(".")  # "CO2." at a sentence end, when the tokenizer kept the period
    known = lexicon_base(word)
    if known is not None:
        return known
    lemma = tok.lemma_.rstrip(".")
    # a nominalised adjective: the model's "Sachverständiger" is chronik's "Sachverständige"
    adjectival = lemma.endswith("er") and word in (lemma[:-1], lemma[:-2] + "en")
    if lemma and lemma.lower() != word.lower() and not adjectival:
        return lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma
    return base_noun(word, context)


def _is_time_noun(word: str, res: Resources) -> bool:
    lower = word.lower()
    if res.units.get(word, Unit("", "")).kind == "time":
        return True
    # the part before the time word must be a word of its own: "Arbeits|tage", not "E|tagen"
    return any(lower.endswith(form) and len(lower) - len(form) >= 3 for form in res.time_suffixes)


# masculine/neuter genitive determiners, possessives included ("fünf Prozent ihres Bruttoinlandsprodukts")
_GENITIVE = frozenset({"des", "eines", "seines", "ihres", "unseres", "eures", "dieses", "jenes"})
_PERCENT_LEAD = _GENITIVE | frozenset({"der", "aller", "einer", "seiner", "ihrer", "unserer", "dieser"})


def _percent_counted(text: str, pos: int, tokens: _Tokens, res: Resources) -> str | None:
    det = tokens.after(text, pos)
    if det is None or det.text.lower() not in _PERCENT_LEAD:
        return None
    noun = _noun_after(text, det.idx + len(det.text), tokens, res)
    if noun is None:
        return None
    lead = det.text.lower()
    context: Context = "genitive" if lead in _GENITIVE else "plural" if lead == "aller" else "any"
    return _lemma(noun, tokens, context)


# --- one candidate ----------------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    kind: str  # money | percent | measure | count, or "time" for a duration to drop
    value: float
    unit: str | None = None
    counted: str | None = None
    factor: float = 1.0  # the unit's factor ("Cent" → 0.01), kept for ranges
    next_start: int | None = None  # a range "10-15 Prozent": where its second number starts
    elided: bool = False  # the counted noun was taken from an earlier count in the sentence


def _with_unit(text: str, number: Number, tokens: _Tokens, res: Resources) -> _Found | None:
    found = _unit_after(text, number.end, res)
    if found is None:
        return None
    unit, end = found
    if unit.kind == "time":
        return _Found(number.start, end, "time", number.value)
    if unit.unit in ("°", "°C") and number.value > 0 and (below := res.below_zero.match(text, end)):
        # "20 Grad unter null", "fünf Grad unter dem Gefrierpunkt": below zero
        return _Found(number.start, below.end(), unit.kind, -number.value * unit.factor, unit.unit, None, unit.factor)
    if unit.kind == "percent":
        counted = _percent_counted(text, end, tokens, res)
    else:
        noun = _noun_after(text, end, tokens, res, adjectives=False)
        counted = _lemma(noun, tokens, "any") if noun is not None and not _is_time_noun(noun.text, res) else None
    return _Found(number.start, end, unit.kind, number.value * unit.factor, unit.unit, counted, unit.factor)


def _as_range(text: str, number: Number, tokens: _Tokens, res: Resources) -> _Found | None:
    """The first number of "8,5 bis zehn Prozent", "von 120 auf 132 Euro": it takes the second's unit."""
    join = res.range_join.match(text, number.end)
    if join is None:
        return None
    second = number_at(text, join.end(), res)
    if second is None or second.article:
        return None
    other = _with_unit(text, second, tokens, res) or _with_noun(text, second, tokens, res)
    if other is None or (other.kind == "count" and other.counted is None):
        return None
    value = number.value
    if second.scaled and not number.scaled and not number.vague:
        if value >= 1000:
            return None  # "im Halbjahr 2005 auf 39 Milliarden Euro": not one range
        value *= second.factor  # "zwei bis drei Millionen Euro": the scale word is shared
    dash = not text[number.end : join.end()].strip().isalpha()
    return _Found(
        number.start,
        number.end,
        other.kind,
        value * other.factor,
        other.unit,
        other.counted,
        other.factor,
        join.end() if dash else None,
    )


def _with_noun(text: str, number: Number, tokens: _Tokens, res: Resources) -> _Found | None:
    if number.article:
        return None
    lead = frozenset({"von"}) if number.scaled else frozenset()
    # "2018 hochgiftiges Kerosin" is a year before an adjective; "rund 1400 geplante Starts", "1100 von 1400
    # geplanten Starts" are counts: a four-digit number reaches over adjectives only after a count cue
    count_cue = _bound(text, number.start, number, res) is not None or _TOTAL_BEFORE.search(text, 0, number.start)
    noun = _noun_after(text, number.end, tokens, res, lead=lead, adjectives=not number.year_like or bool(count_cue))
    total = _OUT_OF.match(text, number.end) if noun is None else None
    if total is not None:  # "12 von 30 Demonstranten": the part counts the total's noun; the total is its own count
        noun = _noun_after(text, total.end(), tokens, res)
    if noun is not None and "\n" in text[number.end : noun.idx]:
        noun = None  # a table cell or a heading, not a phrase
    if noun is not None:
        end = number.end if total is not None else noun.idx + len(noun.text)
        between = text[number.end : noun.idx].lower()
        # "sieben monatigen Verhandlungen", "drei Jahre": a duration, which the timex component owns
        if _is_time_noun(noun.text, res) or any(stem in between for stem in res.words.duration_adjectives):
            return _Found(number.start, end, "time", number.value)
        context: Context = "plural" if number.value > 1 else "any"
        return _Found(number.start, end, "count", number.value, None, _lemma(noun, tokens, context))
    if number.scaled:  # "zehn Millionen in Ungarn": the scale word makes it a count
        return _Found(number.start, number.end, "count", number.value)
    return _partitive_count(text, number, tokens, res) or _change_count(text, number, res)


# "von 2.000 auf 15.000", "ist um 140.000 gestiegen": a bare number as the size of a change
_FROM_TO_AFTER = re.compile(r"\s+auf\s+(?:[a-zäöü]+\s+){0,2}\d")
_FROM_TO_BEFORE = re.compile(r"\bvon\s+\d[\d.]*(?:,\d+)?\s+auf\s+(?:[a-zäöü]+\s+){0,2}$")
_BY_BEFORE = re.compile(r"\bum\s+(?:[a-zäöü]+\s+){0,2}$")


def _change_count(text: str, number: Number, res: Resources) -> _Found | None:
    if number.year_like or number.vague or not text[number.start : number.start + 1].isdigit():
        return None
    if number.value != int(number.value):
        return None  # "von 2,5 auf 3,1": rates and scores, not counts
    lead = text[max(0, number.start - _WINDOW) : number.start]
    change = False
    if re.search(r"\bvon\s+$", lead):
        change = _FROM_TO_AFTER.match(text, number.end) is not None
    elif _FROM_TO_BEFORE.search(lead):
        change = True
    elif _BY_BEFORE.search(lead):
        nxt = re.match(r"\s+([a-zäöüß]+)", text[number.end : number.end + 40])
        change = nxt is not None and nxt.group(1) in res.words.change_verbs
    return _Found(number.start, number.end, "count", number.value) if change else None


_TOTAL_BEFORE = re.compile(r"\d\s+(?:von|aus)\s+$")
_OUT_OF = re.compile(r"\s+(?:von|aus)\s+\d[\d.]*(?:,\d+)?(?=\s)")
_PARTITIVE_LEAD = frozenset({"der"})
_PARTITIVE_SKIP = 4


def _partitive_count(text: str, number: Number, tokens: _Tokens, res: Resources) -> _Found | None:
    """ "130 der noch übrigen 500 Mitarbeiter", "zwei der drei Manager": a count out of a group.

    The span is the number alone (the group may be a quantity of its own). Only after a lowercase
    word or at a sentence start: after a noun the number is a name ("Phase 2 der Reform").
    """
    if number.year_like or (number.start > 0 and not text[number.start - 1].isspace()):
        return None  # "737-300 der Fluggesellschaft": part of a name
    before = text[max(0, number.start - _WINDOW) : number.start].rstrip()
    words = before.split()
    if before and not (before[-1] in '.!?:;(„“",' or words[-1].islower()):  # not after "iPhone", "Phase"
        return None
    lead = tokens.after(text, number.end)
    if lead is None or lead.text not in _PARTITIVE_LEAD:
        return None
    tok = tokens.after(text, lead.idx + len(lead.text))
    for _ in range(_PARTITIVE_SKIP):
        if tok is None or tok.is_punct or "\n" in text[number.end : tok.idx]:
            return None
        if _is_noun(tok, tokens, res):
            if _is_time_noun(tok.text, res) or not _plural_looking(tok, tokens):
                return None  # "780 der deutschen Bundeswehr": not a group of countable things
            return _Found(number.start, number.end, "count", number.value, None, _lemma(tok, tokens, "plural"))
        # between "der" and the group: numbers ("der 500"), adverbs and adjectives ("noch übrigen")
        lower = tok.text.lower()
        if not (
            tok.text[:1].isdigit()
            or parse_number_word(lower) is not None
            or lower in res.words.group_adverbs
            or (tok.text[:1].islower() and lower not in res.stopwords)
        ):
            return None
        tok = tokens.after(text, tok.idx + len(tok.text))
    return None


_PLURAL_ENDING = re.compile(r"(?:e|en|er|ern|n|s)$")


def _plural_looking(tok: Token, tokens: _Tokens) -> bool:
    number = tok.morph.get("Number")
    if number:
        return "Plur" in number
    return _PLURAL_ENDING.search(tok.text) is not None


def _prefixed(text: str, number: Number, res: Resources) -> _Found | None:
    """A currency written before the number: "€ 5", "US-$ 3 Mio.", "CHF 20"."""
    m = res.prefix_currency.search(text, max(0, number.start - 8), number.start)
    if m is None:
        return None
    unit = res.units[re.sub(r"\s+", " ", m.group("u"))]
    return _Found(m.start(), number.end, "money", number.value * unit.factor, unit.unit)


def _prefix_unit(text: str, number: Number, res: Resources) -> _Found | None:
    """A scale named before the number: "Stärke 4,4" (magnitude), "Windstärke 8" (Beaufort)."""
    m = res.prefix_unit.search(text, max(0, number.start - _WINDOW), number.start)
    if m is None or number.article:
        return None
    return _Found(m.start(), number.end, "measure", number.value, res.words.prefix_units[m.group("u")])


def quantity_of(text: str, number: Number, tokens: _Tokens, res: Resources) -> _Found | None:
    """What ``number`` measures, or None when it is a bare number."""
    return (
        _with_unit(text, number, tokens, res)
        or _prefixed(text, number, res)
        or _prefix_unit(text, number, res)
        or _as_range(text, number, tokens, res)
        or _with_noun(text, number, tokens, res)
    )


def _is_identifier(text: str, start: int, res: Resources) -> bool:
    return res.labels.search(text, max(0, start - _WINDOW), start) is not None


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[\w.]+", text[max(0, start - _WINDOW) : start])
    return words[-1].lower() if words else ""


def _bound(text: str, start: int, number: Number, res: Resources) -> str | None:
    m = res.markers.search(text, max(0, start - _WINDOW), start)
    if m is not None:
        return res.bounds[re.sub(r"\s+", " ", m.group("m")).lower()]
    return "approx" if number.vague else None


def _number_from(m: re.Match[str], text: str, res: Resources) -> Number | None:
    start, end = m.span()
    number = _digit_number(text, start, end) if m.group("d") else _word_number(text, start, end, res)
    if number is None:
        return None
    # "minus 5 Grad", "minus zehn Grad"; not before an article or a vague plural ("minus ein paar")
    signed = m.group("d") or not (number.article or number.vague)
    minus = res.negative.search(text, max(0, start - _WINDOW), start) if signed else None
    if minus is not None and number.value > 0:  # "minus 5 Grad": the word belongs to the number
        number.start, number.value = minus.start(), -number.value
    return _scale(text, number, res)


def _partitive(m: re.Match[str], text: str, tokens: _Tokens, res: Resources) -> _Found | None:
    """ "die Hälfte der Befragten" → 50 %: a fraction noun with an article and a genitive after it."""
    word = m.group("w")
    if word is None or word.lower() not in res.words.partitive_fractions:
        return None
    if _previous_word(text, m.start()) not in res.words.partitive_articles:
        return None  # "in der zweiten Hälfte", "zur Hälfte"
    counted = _percent_counted(text, m.end(), tokens, res)
    if counted is None:
        return None
    return _Found(m.start(), m.end(), "percent", res.words.partitive_fractions[word.lower()], "%", counted)


_YEAR_COUNT_ENDING = re.compile(r"(?:en|e|n|s)$")


def _year_count_noun(text: str, found: _Found) -> bool:
    """ "1500 Menschen" is a count, "1993 Bundesminister" a year: after a bare four-digit number only
    a clearly plural noun counts ("-er" nouns are singular as often as plural)."""
    noun = text[found.start : found.end].split()[-1]
    total = _OUT_OF.match(text, found.end)
    if total is not None:  # "1100 von 1400 geplanten Starts": the noun after the total
        after = re.search(r"[A-ZÄÖÜ]\w*", text[total.end() : total.end() + 60])
        noun = after.group() if after else noun
    return _YEAR_COUNT_ENDING.search(noun) is not None


def _keep(text: str, number: Number, found: _Found, res: Resources, blocked: list[tuple[int, int]]) -> bool:
    if found.kind == "time" or _is_identifier(text, found.start, res):
        return False
    # a year ("im Jahr 2005 Wahlen") counts only with a unit, or a noun right after it and no date cue
    year_cue = _previous_word(text, number.start) in res.words.year_cues and not _TOTAL_BEFORE.search(
        text, 0, number.start
    )  # "von 1990" is a date cue, "1100 von 1400" the total of a count
    if number.year_like and found.kind == "count" and (year_cue or not _year_count_noun(text, found)):
        return False
    # A timex wins, except over a number with its own currency, percent or measure unit when the
    # timex does not cover that unit ("1200 €" is no date; "210 km pro Stunde" no frequency).
    own_unit = found.kind != "count" and found.unit is not None
    return not any(
        start < found.end and found.start < end and (not own_unit or (start <= found.start and end >= found.end))
        for start, end in blocked
    )


def _quantity(text: str, found: _Found, bound: str | None) -> Quantity:
    extra: dict[str, object] = {"approx": bound is not None}
    if bound not in (None, "approx"):
        extra["bound"] = bound
    if found.elided:
        extra["elided"] = True
    return Quantity(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        kind=found.kind,
        value=found.value,
        unit=found.unit,
        counted=found.counted,
        **extra,  # type: ignore[arg-type]
    )


_SENTENCE_END = re.compile(r"[.!?][\"“”»)]?\s+[A-ZÄÖÜ„\"»(]")


def _same_sentence(text: str, tokens: _Tokens, start: int, pos: int) -> bool:
    token = tokens.after(text, pos)
    if token is None:
        return False
    try:
        return token.sent.start_char <= start
    except ValueError:  # no sentence boundaries set: look for a sentence end in between
        return _SENTENCE_END.search(text, start, pos) is None


_NOT_BEFORE_ELIDED = frozenset({"bis", "-", "–", "jahr", "jahre", "jahres", "nr.", "nummer"})


def _elided(text: str, number: Number, tokens: _Tokens, res: Resources, earlier: list[Quantity]) -> _Found | None:
    """A count whose noun is left out because the sentence just named it: "Von den 101 Fahrerinnen
    kamen nur 54 ins Ziel", "41 Personen getötet, 44 verletzt". It takes that count's noun.

    Only a digit number, not a year, standing before a lowercase word (a verb or preposition), and
    not an age ("zwischen 18 und 25 alt", "im Alter von 12"). Before "weitere", "andere" with no noun
    after it, a number word counts too, with no noun when the sentence named none ("sechs weitere
    erlitten Verletzungen").
    """
    if number.year_like or number.scaled or number.article or number.vague:
        return None
    if number.value != int(number.value):
        return None  # "4,7 ist sein Durchschnitt": a count is whole
    after = tokens.after(text, number.end)
    # "sechs weitere erlitten Verletzungen": a count adjective with no noun marks a count, digits or words
    more = (
        after is not None
        and after.text.lower() in res.words.count_adjectives
        and not _noun_after(text, after.idx + len(after.text), tokens, res, adjectives=False)
    )
    if not (more or text[number.start : number.start + 1].isdigit()):
        return None
    antecedent = next((q for q in reversed(earlier) if q.kind == "count" and q.counted), None)
    if antecedent is None or not _same_sentence(text, tokens, antecedent.start, number.start):
        if more and _previous_word(text, number.start) not in _NOT_BEFORE_ELIDED:
            return _Found(number.start, number.end, "count", number.value)
        return None  # no noun named in this sentence to take
    if after is None or not after.text[:1].islower() or after.text.lower() in res.words.age_words:
        return None
    if res.range_join.match(text, number.end):
        return None  # "zwischen 18 und 25 alt": a bare range is too often ages, years or scores
    if _is_adjective(after, tokens, res) and after.text.lower() not in res.words.count_adjectives:
        following = tokens.after(text, after.idx + len(after.text))
        if following is not None and (following.text[:1].isupper() or following.text in ("und", "oder", ",")):
            return None  # "170 kaufmännische und handwerkliche Lehrlinge": the noun comes later
    before = re.findall(r"[\w.\-–]+", text[max(0, number.start - _WINDOW) : number.start])
    previous = before[-1] if before else ""
    if previous[:1].isupper() or previous.lower() in _NOT_BEFORE_ELIDED or previous.lower() in res.months:
        return None  # "Phase 2", "ICE 78", "Stärke 1,5 bis 3,0", "im Jahr 413"
    if any(word.lower() in res.words.age_words for word in before):
        return None  # "im Alter von 12"
    return _Found(number.start, number.end, "count", number.value, None, antecedent.counted, elided=True)


def extract(doc: Doc) -> list[Quantity]:
    """All quantities in ``doc``, in text order."""
    text = doc_text(doc)
    res = resources(doc.lang_)
    tokens = _Tokens.of(doc)
    blocked = [(t.start, t.end) for t in (doc._.timexes or [])]
    out: list[Quantity] = []
    last_end = 0
    for m in res.candidate.finditer(text):
        if m.start() < last_end:
            continue
        number = _number_from(m, text, res)
        if number is None and (half := _partitive(m, text, tokens, res)) is not None:
            if _keep(text, Number(half.start, half.end, half.value), half, res, blocked):
                article_start = text[: half.start].rstrip().rfind(" ") + 1  # "mehr als | die Hälfte"
                out.append(_quantity(text, half, _bound(text, article_start, Number(0, 0, 0.0), res)))
            continue
        while number is not None:
            found = quantity_of(text, number, tokens, res) or _elided(text, number, tokens, res, out)
            if found is None:
                break
            last_end = max(last_end, found.end)
            if _keep(text, number, found, res, blocked):
                out.append(_quantity(text, found, _bound(text, found.start, number, res)))
            # the second number of a dashed range is hidden from the candidate pattern
            number = number_at(text, found.next_start, res) if found.next_start is not None else None
    return out


class QuantityRecognizer:
    """spaCy component: sets ``doc._.quantities``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = extract(doc)
        return doc


@Language.factory("chronik_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer()
