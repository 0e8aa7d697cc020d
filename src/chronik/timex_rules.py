"""German temporal expressions: find them with compiled regexes and normalise them to TIMEX3.

Pure functions over a string plus an optional publication date (no spaCy), so the rules are fast
and testable on their own. The word lists live in ``lang/de/timex.json``; this module holds the
grammar that combines them and the resolution logic a careful reader applies:

* explicit dates set the *focus* (day / month / year currently talked about);
* anaphoric expressions ("am selben Abend", "zwei Tage später", "um 20 Uhr") take the focus;
* deictic expressions ("gestern", "am Dienstag", "nächstes Jahr") take the publication date in
  news, but the focus in narratives (a text whose explicit years are mostly far from the DCT);
* year-less dates take the year that puts them nearest to their reference point, pushed into the
  past or the future when the clause's tense says so ("wird am 16. März abreisen").

Without a publication date only what is certain is kept (``XXXX-10-28``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronik.gazetteer import given_names
from chronik.numbers import number_words
from chronik.quote_marks import GERMAN_PAIRS, closed_quotes

LANG_DIR = Path(__file__).parent / "lang"

# Valid TIMEX3 ``value`` syntax (TimeML 1.2 / ISO-TimeML, incl. underspecified X digits).
_D = r"[\dX]"
TIMEX3_VALUE = re.compile(
    rf"""(?x)^(?:
      (?:PRESENT|PAST|FUTURE)_REF
    | P(?:{_D}+(?:\.\d+)?[YMWD]|{_D}+(?:DE|CE|ML|WE|QT|H))+(?:T(?:{_D}+(?:\.\d+)?[HMS])+)?
    | PT(?:{_D}+(?:\.\d+)?[HMS])+
    | PT{_D}+(?:MO|MI|AF|EV|NI|DT)                                   # "den ganzen Abend": PT1EV
    | (?:BC)?{_D}{{2,4}}                                             # millennium/century/decade/year
    | {_D}{{4}}-(?:SP|SU|FA|WI|Q[1-4X]|H[12X])
    | {_D}{{4}}-W(?:{_D}{{2}})(?:-(?:WE|[1-7X]))?
    | {_D}{{4}}-(?:WXX-[1-7])
    | {_D}{{4}}-{_D}{{2}}(?:-{_D}{{2}})?(?:T(?:MO|MI|AF|EV|NI|DT|{_D}{{2}}(?::{_D}{{2}}(?::{_D}{{2}})?)?))?
    | T\d{{2}}:\d{{2}}                                                 # a clock time on no one day
    )$"""
)

SHIFT_UNITS = {"D", "W", "M", "Y", "DE", "CE"}


# a year-less day within two weeks of the DCT is the near one, whatever the clause's tense says
NEAR_DAY_MAX_DAYS = 14
TITLE_MAX_CHARS = 200  # a title line (as chronik.components.events.TITLE_MAX_CHARS)
OCCASION_AHEAD_DAYS = 120  # an occasion a call is about ("zum Boykott der Wahl am 22. November") lies this near ahead
# a news story's own day (``Context.lead_day``) lies at most this many days before the paper's date
LEAD_DAY_MAX_AGE = 7


@dataclass(frozen=True, slots=True)
class TimexHit:
    """One normalised expression: ``text[start:end]`` has TIMEX3 ``type`` and ``value``.

    ``anchor`` is what a relative value was resolved against (``DCT:2024-03-14`` or
    ``FOCUS:2024-03-12``); ``date`` is the calendar date (or coarser DATE value) the expression
    lies on, for TIME and DATE expressions — events use it to date themselves.
    """

    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None
    date: str | None = None


# --------------------------------------------------------------------------------------------
# Lexicon


@dataclass(eq=False)  # hashed by identity: one instance per language, cached
class Lexicon:
    data: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def alt(self, *keys: str, extra: tuple[str, ...] = ()) -> str:
        """Regex alternation of the entries of one or more lexicon tables, longest first."""
        words: set[str] = set(extra)
        for key in keys:
            table = self.data[key]
            words.update(table.keys() if isinstance(table, dict) else table)
        return "|".join(_word_re(w) for w in sorted(words, key=len, reverse=True))


def _word_re(word: str) -> str:
    return r"\s+".join(re.escape(part) for part in word.split())


def _both_cases(alternation: str) -> str:
    """An alternation of ``Lexicon.alt`` for a case-sensitive pattern whose words may also open a
    sentence: each entry with its first letter as a class of both cases ("[Ff]ür")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in alternation.split("|"))


def _capitalised(alternation: str) -> str:
    """An alternation of ``Lexicon.alt`` with each entry capitalised only (a sentence's first word)."""
    return "|".join(w[0].upper() + w[1:] for w in alternation.split("|"))


@lru_cache(maxsize=4)
def lexicon(lang: str = "de") -> Lexicon:
    data = json.loads((LANG_DIR / lang / "timex.json").read_text(encoding="utf-8"))
    joiner = data.get("number_compound_joiner")
    if joiner and (LANG_DIR / lang / "number_words.json").exists():
        # counted compounds "einundzwanzig" … "neunundneunzig" ("zweiundsiebzig Stunden"), built from the
        # number words' units and tens (the quantities' own table) rather than listed one by one
        nw = number_words(lang)
        # one is "ein" (the article form), not "eins": "einundzwanzig"
        ones = {w: v for w, v in nw.units.items() if 2 <= v <= 9 or (v == 1 and w in nw.article)}
        data["numbers"] = {
            **{f"{o}{joiner}{t}": ov + tv for o, ov in ones.items() for t, tv in nw.tens.items()},
            **data["numbers"],
        }
    return Lexicon(data)


@lru_cache(maxsize=128)
def _word_class(lex: Lexicon, key: str) -> tuple[str, ...]:
    """A closed word class of ``timex.json`` as a tuple (``str.endswith`` takes it), built once
    per language and key: the rules test these per word."""
    return tuple(lex[key])


@lru_cache(maxsize=16)
def _longest_first(lex: Lexicon, key: str) -> tuple[str, ...]:
    """A list of endings, longest first: stripping "en" before "e" ("vergangenen" → "vergangen")."""
    return tuple(sorted(lex[key], key=len, reverse=True))


# --------------------------------------------------------------------------------------------
# Calendar helpers


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 April) or is outside 1..9999 (BC years)."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _shift_period(period: str, unit: str, shift: int) -> str | None:
    """A month, quarter, half-year or week value (``2026-02``, ``2025-Q3``, ``2026-H1``, ``2026-W10``)
    moved by a ``day_words`` unit: W weeks, M months, Q quarters, YM/YQ/YP years (YM only a month, YQ
    only a quarter, YP no week)."""
    year, part = int(period[:4]), period[5:]
    if unit == "W" and part.startswith("W"):
        return week_value(date.fromisocalendar(year, int(part[1:]), 1) + timedelta(weeks=shift))
    if unit in ("YM", "YQ", "YP"):
        if (unit == "YM" and not part.isdigit()) or (unit == "YQ" and not part.startswith("Q")) or part[0] == "W":
            return None
        return f"{year + shift:04d}-{part}"
    if unit == "M" and part.isdigit():
        d = add_months(date(year, int(part), 1), shift)
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q" and part.startswith("Q"):
        q = year * 4 + int(part[1]) - 1 + shift
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    return None


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    for day in (d.day, 30, 29, 28):
        result = safe_date(year, month + 1, day)
        if result is not None:
            return result
    raise ValueError("unreachable")


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def fmt_year(year: int) -> str:
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def closest_year(
    month: int,
    day: int,
    ref: date,
    direction: int,
    on: Callable[[int], date | None] | None = None,
    span: int = 0,
) -> int:
    """Year for a year-less ``day.month.`` seen from ``ref``: the nearest occurrence, or the
    nearest one not after (``direction`` -1) / not before (+1) ``ref``. ``on`` gives the date in
    a given year for movable days (Easter moves by five weeks, so a fixed probe misplaces it).
    ``span`` > 0 makes the date a period of that many more days (a month): it is "not after"
    ``ref`` when it has begun ("im März" in a past report of 9 March), nearness counts from its middle."""
    best_year, best_dist = ref.year, None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        fixed_day = min(day, 28) if month == 2 and day == 29 else day
        cand = on(year) if on is not None else safe_date(year, month, fixed_day)
        if cand is None:
            continue
        first = (cand - ref).days
        if (direction < 0 and first > 0) or (direction > 0 and first + span < 0):
            continue
        delta = first + span // 2
        if best_dist is None or abs(delta) < best_dist:
            best_year, best_dist = year, abs(delta)
    return best_year


def _advent_based(offset: int) -> Callable[[int], date | None]:
    """The date ``offset`` days after the first Sunday of Advent (four Sundays before Christmas), per year."""

    def on(year: int) -> date | None:
        if not 1 <= year <= 9998:
            return None
        christmas_eve = date(year, 12, 24)
        fourth = christmas_eve - timedelta(days=christmas_eve.isoweekday() % 7)
        return fourth - timedelta(days=21 - offset)

    return on


def _easter_based(offset: int) -> Callable[[int], date | None]:
    """The date of a holiday ``offset`` days after Easter Sunday, per year (for ``closest_year``)."""

    def on(year: int) -> date | None:
        return easter(year) + timedelta(days=offset) if 1583 <= year <= 9998 else None

    return on


def _nth_weekday_based(month: int, n: int, weekday: int) -> Callable[[int], date | None]:
    """The ``n``-th ``weekday`` (Mon=1 … Sun=7) of ``month``, per year ("Muttertag": 2nd Sunday in May)."""

    def on(year: int) -> date | None:
        if not 1 <= year <= 9999:
            return None
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))

    return on


def _holiday_on(spec: str) -> Callable[[int], date | None] | None:
    """The per-year date of a movable holiday of the lexicon: ``E+49`` (after Easter Sunday), ``A-7``
    (after the first Sunday of Advent), ``05/2/7`` (2nd Sunday in May); None for a fixed ``MM-DD``."""
    if spec[0] == "E":
        return _easter_based(int(spec[1:]))
    if spec[0] == "A":
        return _advent_based(int(spec[1:]))
    if "/" in spec:
        month, n, weekday = (int(x) for x in spec.split("/"))
        return _nth_weekday_based(month, n, weekday)
    return None


# --------------------------------------------------------------------------------------------
# Resolution context


@dataclass
class Context:
    """Reading state while walking the expressions of one text in order."""

    text: str
    dct: date | None
    narrative: bool = False
    day: date | None = None  # focus day
    month: tuple[int, int] | None = None  # focus (year, month)
    year: int | None = None  # focus year
    year_pos: int = -(10**9)  # where the last explicit year was written
    day_pos: int = -(10**9)  # where the focus day was set
    pos: int = 0  # where the expression being resolved starts
    end: int = 0  # where the match being resolved ends
    asides: frozenset[int] = frozenset()  # starts of explicit dates that are asides (see _asides)
    quoted: tuple[tuple[int, int], ...] = ()  # direct quotes (start, end): a day named in one is the speaker's
    night_of: date | None = None  # the day whose night was named last ("in der Nacht auf Samstag")
    night_pos: int = -1  # where that night was named
    flashback: tuple[int, date] | None = None  # news: (where a pluperfect "tags zuvor" set the focus, story's day)
    prev_end: int = -1  # where the expression resolved last ends
    prev_day: date | None = None  # the calendar day it lies on, if it is one
    pair_first: date | None = None  # the first of two days just joined ("heute und morgen")
    deadline_day: date | None = None  # a deadline's day, which is not the focus ("bis Dienstag")
    deadline_end: int = -1  # where that deadline ends
    lead_day: date | None = None  # news: the first day named 0-7 days before the DCT (the story's day)
    recent_day: date | None = None  # news: the latest day named 0-7 days before the DCT
    named_year: tuple[int, int] | None = None  # the last year a DATE gave ("2022", "im vergangenen Jahr") and its end
    period: tuple[str, int] | None = None  # the last month, quarter, half-year or week a DATE gave, and its end
    lex: Lexicon = field(default_factory=lexicon)

    # focus updates -----------------------------------------------------------------------
    def set_day(self, d: date) -> None:
        if self.pos in self.asides:
            return
        if not self.narrative and self.deadline():
            self.deadline_day, self.deadline_end = d, self.end  # only for a time right after it
            return
        if (
            not self.narrative
            and self.day is not None
            and not any(qs < self.day_pos < qe for qs, qe in self.quoted)  # "„Morgen …“, sagte er am Samstag."
            and _attribution_day(self.text, self.pos, self.end, self.lex)
        ):
            # "…, wie die Mission am Donnerstag mitteilte": the report's day, not the story's; it still is the
            # latest day of the story so far for a later bare "am Nachmittag" of a past clause (`_story_day`)
            self._note_recent(d)
            return
        if not self.narrative and self.day is not None and any(qs < self.pos < qe for qs, qe in self.quoted):
            return  # "„Heute endet ein Krieg“, sagte er": the speaker's day; "am Abend" after it is still the story's
        self.day, self.month, self.year = d, (d.year, d.month), d.year
        self.day_pos = self.pos
        recent = self.dct is not None and timedelta(0) <= self.dct - d <= timedelta(days=LEAD_DAY_MAX_AGE)
        if self.lead_day is None and not self.narrative and recent:
            self.lead_day = d
        if not self.narrative and recent and (self.recent_day is None or d > self.recent_day):
            self.recent_day = d

    def _note_recent(self, d: date) -> None:
        """Keep ``d`` as the latest day named 0-7 days before the DCT, without making it the focus."""
        recent = self.dct is not None and timedelta(0) <= self.dct - d <= timedelta(days=LEAD_DAY_MAX_AGE)
        if recent and (self.recent_day is None or d > self.recent_day):
            self.recent_day = d

    def deadline(self) -> bool:
        """The expression at ``pos`` is a deadline ("muss bis zum 31. Dezember 2026 …", "spätestens am
        Freitag"): in news it says by when, not when the story happens, so it does not become the day
        in focus ("… sagte sie am Nachmittag" stays on the story's day). A range end ("vom 3. bis zum
        5. März") is no deadline."""
        written = self.text[self.pos : self.pos + 1].isdigit()
        if not written and not _deadline_words(self.lex).match(self.text, self.pos):
            # only a written date or a weekday ("sollen bis Mittwoch eintreffen"): "bis heute um
            # 13 Uhr" still tells the story's day
            return False
        before = self.text[max(0, self.pos - 40) : self.pos]
        if written and _EFFECTIVE_BEFORE.search(before):
            return True  # "die Renten zum 1. Januar auszahlen": a date things are due by, not the story's day
        m = _DEADLINE_BEFORE.search(before)
        return m is not None and not _context_res(self.lex).range_start_before.search(before, 0, m.start())

    def recent(self, since: int, pos: int) -> bool:
        """Whether ``since`` lies in the sentence of ``pos`` or the one before (same paragraph)."""
        if since < 0 or since > pos:
            return since >= 0
        between = self.text[since:pos]
        return "\n" not in between and len(_SENT_BREAK.findall(between)) <= 1

    def set_month(self, year: int, month: int) -> None:
        if self.pos in self.asides:
            return
        if self.month != (year, month):
            self.day = None
        self.month, self.year = (year, month), year

    def set_year(self, year: int) -> None:
        if self.pos in self.asides:
            return
        # a bare year re-establishes the focus at year level, even when it repeats the year
        self.day, self.month = None, None
        self.year = year

    # reference points --------------------------------------------------------------------
    def deictic(self) -> tuple[date | None, str]:
        """Reference for "gestern", "am Dienstag", "nächstes Jahr": DCT in news, focus in narratives."""
        if self.narrative or self.dct is None:
            focus = self.focus_date()
            if focus is not None:
                return focus, "FOCUS"
            if self.dct is None:
                return None, ""
        return self.dct, "DCT"

    def anaphoric_day(self, explicit: bool = False) -> tuple[date | None, str]:
        """Reference for "am selben Abend", "um 20 Uhr": the day in focus, else the DCT.

        In news the focus fades: a day named two sentences or a paragraph ago no longer
        anchors a bare clock time (event listings name "heute" once, then only times).
        ``explicit``: the words themselves point back ("am selben Abend", "am nächsten Morgen"),
        so the day in focus holds however many sentences ago it was named."""
        if self.deadline_day is not None and _TIME_OF_DEADLINE.fullmatch(self.text, self.deadline_end, self.pos):
            return self.deadline_day, "FOCUS"  # "bis Dienstag um Mitternacht": the deadline's own time
        recent = explicit or self.recent(self.day_pos, self.pos)
        if self.day is not None and (self.narrative or self.dct is None or recent):
            return self.day, "FOCUS"
        if self.dct is not None and not self.narrative:
            return self.dct, "DCT"
        return None, ""

    def partial_day(self) -> str:
        """The focus as a day value with unknown parts: ``1916-XX-XX``, ``1916-05-XX``, ``XXXX-XX-XX``."""
        if self.year is None or not (self.narrative or self.dct is None):
            return "XXXX-XX-XX"
        if self.month and self.month[0] == self.year:
            return f"{fmt_year(self.year)}-{self.month[1]:02d}-XX"
        return f"{fmt_year(self.year)}-XX-XX"

    def focus_date(self) -> date | None:
        """The focus as a date: the day, the middle of the month, or the middle of the year."""
        if self.day is not None:
            return self.day
        if self.year is None:
            return None
        if self.month and self.month[0] == self.year:
            return safe_date(self.year, self.month[1], 15) if self.year > 0 else None
        return safe_date(self.year, 7, 1) if self.year > 0 else None

    def anaphoric_year(self) -> tuple[int | None, str]:
        if self.year is not None and (self.narrative or self.dct is None):
            return self.year, "FOCUS"
        if self.dct is not None:
            return self.dct.year, "DCT"
        return self.year, "FOCUS" if self.year is not None else ""

    def _soon_ahead(self, month: int, day: int, on: Callable[[int], date | None] | None) -> bool:
        """The next occurrence of the year-less date after the paper's date comes within ``OCCASION_AHEAD_DAYS``."""
        if self.dct is None or self.narrative:
            return False
        for year in (self.dct.year, self.dct.year + 1):
            cand = on(year) if on is not None else safe_date(year, month, min(day, 28) if month == 2 else day)
            if cand is not None and cand >= self.dct:
                return (cand - self.dct).days <= OCCASION_AHEAD_DAYS
        return False

    def year_for(
        self, month: int, day: int, pos: int, on: Callable[[int], date | None] | None = None, span: int = 0
    ) -> tuple[int | None, str]:
        """Year of a year-less date at ``pos``: nearest to the reference point, tense-directed;
        "seit" before it ("seit Jänner", "seit Anfang Juli") puts it in the past."""
        end = self.end if pos == self.pos else None
        if (
            self.dct is not None
            and not self.narrative
            and _context_res(self.lex).this_year_before.search(self.text, max(0, pos - 24), pos)
        ):
            return self.dct.year, f"DCT:{day_value(self.dct)}"  # "heuer im Juli", "dieses Jahr zu Ostern"
        since = _context_res(self.lex).since_before.search(self.text, max(0, pos - 30), pos)
        tense = -1 if since else clause_tense(self.text, pos, self.lex, end)
        unmarked = tense == 0  # no tense marker at all (a present clause, or no verb)
        target = _context_res(self.lex).target_before.search(self.text, max(0, pos - 30), pos)
        if tense < 0 and target and not _past_state_clause(self.text, pos, self.lex):
            tense = 0  # "kündigte für den 18. September … an", "bis zum 20. Juni verlängert": a target date
        elif tense == 0 and target and not self.narrative and _UNTIL_WORD.match(target.group()):
            tense = 1  # "die Hütte bleibt bis zum Sommer zu": in a present clause "bis" looks ahead
        future_verb = tense > 0  # a future marker of the clause itself, not a present "bis"
        future_verb = future_verb and not (target and _UNTIL_WORD.match(target.group()))
        from_clause = not since  # the direction comes from the clause's verb alone
        if past_participle_after(self.text, self.end, self.lex):
            tense, from_clause = -1, False  # "die am 3. Mai veröffentlichte Studie": done by then
        elif end is not None and (
            present_participle_after(self.text, end, self.lex)
            or plan_participle_after(self.text, end, self.lex)
            or _purpose_around(self.text, pos, end)
        ):
            # "die im November anstehenden Wahlen", "ein im April auszusprechender Vorschlag", "um
            # die Impfdosen im März zu erhalten": still to come, whatever the main clause's tense
            tense, from_clause = 1, False
        elif (
            end is not None and tense < 0 and (_call_around(self.text, pos, end) or _demanded_date(self.text, pos, end))
        ):
            tense, from_clause = 0, False  # nearest to the paper's date, before or after it
        elif end is not None and tense < 0 and _original_plan(self.text, pos, self.lex):
            tense, from_clause = 0, False  # "sollte ursprünglich im Mai …": the plan's day, ahead or gone
        elif end is not None and tense < 0 and from_clause and _final_plan_modal(self.text, pos, self.lex):
            # "ein Heim, in das im Dezember 200 Menschen einziehen sollten": in a verb-final clause the preterite of a
            # modal of plan describes what a thing is meant for, the month or day is the nearest one, mostly ahead
            # (a main clause, "Der Bericht sollte im Juni erscheinen", tells a past plan; 2026-12-06, sixteenth
            # session)
            tense, from_clause = 0, False
        elif (
            end is not None
            and tense < 0
            and self._soon_ahead(month, day, on)
            and _called_occasion(self.text, pos, self.lex)
        ):
            # "hat zum Boykott der Präsidentenwahl am 22. November aufgerufen": the date of an occasion the call or
            # demand is about is that occasion's, when it comes within ``OCCASION_AHEAD_DAYS``, not the past call's
            # ("forderte eine Untersuchung der Wahl am 3. Mai" half a year later stays past; 2026-12-06, sixteenth
            # session)
            tense, from_clause = 0, False
        noun = _DATED_NOUN_BEFORE.search(self.text, max(0, pos - 30), pos) if end is not None else None
        if (
            noun
            and end is not None
            and noun.group(1).lower() not in self.lex["tense"]["period_nouns"]
            and not _RANGE_AFTER.match(self.text, end)
        ):
            tense, from_clause = -1, False  # "der Beschluss vom 2. September": a document or event of that day, done
        near_focus = (
            self.year is not None
            and tense < 0
            and self.recent(self.year_pos, pos)
            and pos - self.year_pos < 300
            and (self.dct is None or self.year <= self.dct.year)  # a past clause is no later year's
            # "„… im Vertrag von 1911 zugesprochen …“ Nach einem Manöver am 8. März …": a year a speaker names in
            # his own words is what he talks about, not the year the report goes on in
            and not any(qs < self.year_pos <= qe and not qs < pos < qe for qs, qe in self.quoted)
        )
        if (self.narrative or self.dct is None or near_focus) and self.year is not None:
            ref = self.focus_date()
            if ref is None:  # a BC focus: only the year is known
                return self.year, f"FOCUS:{fmt_year(self.year)}"
            if not (self.narrative or self.dct is None) and self.dct is not None and ref.year == self.dct.year:
                ref = self.dct
            elif self.narrative or self.dct is None:
                # narratives: the focus year. (Rolling "Dezember … im Januar" into the next year was
                # tried and measured: WikiWarsDE sections jump back as often as they move forward.)
                year = ref.year
                return year, f"FOCUS:{fmt_year(ref.year)}"
            else:
                return closest_year(month, day, ref, 0, on, span), f"FOCUS:{fmt_year(ref.year)}"
        if self.dct is None:
            return None, ""
        if unmarked and tense == 0 and end is not None and _future_adverb_clause(self.text, pos, self.lex):
            tense = 1  # "Das Gesetz tritt voraussichtlich im März in Kraft": ahead
        if (
            unmarked
            and tense == 0
            and end is not None
            and not _context_res(self.lex).noun_or_of_before.search(self.text, max(0, pos - 40), pos)
            and present_clause(self.text, pos, end, self.lex)
        ):
            # "Der Minister reist im Oktober nach Rom", "bis Mitte Oktober dauern die Arbeiten" in
            # March: the coming October; but a month just gone stays ("Die Quote liegt im Februar
            # bei 5 Prozent", "kostet ab Januar" in February)
            year = closest_year(month, day, self.dct, 0, on, span)
            cand = on(year) if on is not None else safe_date(year, month, min(day, 28))
            if cand is not None and (self.dct - cand).days - span > 60:
                tense = 1
        year = closest_year(month, day, self.dct, tense, on, span)
        if tense != 0 and from_clause:
            # a past clause about a day just ahead ("hat seinen Besuch am 2. September abgesagt") or
            # a future one about a day just gone tells of the announcement: the day is the near one;
            # a month only when it ended that recently ("werde im Juli …" on 1 August; "im Januar
            # hatten …" on 30 December is last January)
            near = closest_year(month, day, self.dct, 0, on, span)
            cand = on(near) if on is not None else safe_date(near, month, min(day, 28) if month == 2 else day)
            if (
                future_verb
                and tense > 0
                and span
                and cand is not None
                and cand + timedelta(days=span) < self.dct
                and not _reported_future(self.text, pos, self.lex)
            ):
                cand = None  # "Im Dezember wird die Regierung … erhöhen" on 10 January: the coming one
            if near != year and cand is not None:
                ahead, gone = (cand - self.dct).days, (self.dct - cand).days - span
                if max(ahead, gone) <= NEAR_DAY_MAX_DAYS and (span == 0 or ahead < 0):
                    year = near
        return year, f"DCT:{day_value(self.dct)}"


# --------------------------------------------------------------------------------------------
# Tense of the clause around a position


# A dot after a one- or two-digit number is an ordinal ("Am 20. Dezember wird …"), not the end of
# a sentence; a dot after a year ("im Jahr 2012. Dann") still ends one.
# Abbreviations ("bzw.", "St. Ulrich", "Dr. Huber") do not end one either.
_NOT_AFTER = "".join(rf"(?<!\b{a})" for a in lexicon()["non_final_abbreviations"])
_DOT = rf"(?:(?<!\d){_NOT_AFTER}\.|(?<=\d{{3}})\.)"
_SENT_END = re.compile(rf"(?:(?:{_DOT}|[!?;:])[“”\"»«)]?|\n)\s")
# a colon before a capital opens a new statement too ("Bozen: Tagung …" in event listings)
_SENT_BREAK = re.compile(rf"(?:{_DOT}|[!?:])\s+[A-ZÄÖÜ\d„\"]")
_CLAUSE_END = re.compile(rf"(?:[,!?;:\n–]|{_DOT})\s")


def _clause_bounds(text: str, pos: int) -> tuple[int, int, int, int]:
    """(sentence left, sentence right, clause left, clause right) around ``pos``; the lefts are
    the index of the character before the first word (-1 at the text's start)."""
    window_start = max(0, pos - 400)
    left = window_start - 1
    for b in _SENT_END.finditer(text, window_start, pos):
        left = b.end() - 2
    m = _SENT_END.search(text, pos)
    right = m.start() if m else len(text)
    title = _title_break(text)
    if 0 < title < pos and left < title:
        left = title  # "… löst Parlament auf – Neuwahl im Januar\nLISSABON (dpa) – … hat … aufgelöst": not the title's
    elif pos < title < right:
        right = title
    c_left = max(left, text.rfind(", ", 0, pos), text.rfind("– ", 0, pos))
    c = _CLAUSE_END.search(text, pos)
    c_right = min(right, c.start()) if c else right
    return left, right, c_left, c_right


def _title_break(text: str) -> int:
    """The line break after the text's title line, -1 when it opens with none: a first line of at most
    ``TITLE_MAX_CHARS`` that does not end like a sentence, with the body on the next line. A single line break
    right before the dateline ("… – Neuwahl im Januar\nLISSABON (dpa) – …") ends no sentence for `_SENT_END`,
    so the title's verbless clause took the body's first tense. Only the first line's break matters here (a kicker
    or subtitle above the body ends in a break of its own that is no sentence end either, a case left open), and a
    line ending in "!", "?", ":" or ";" already ends a sentence for `_SENT_END`; the other title detectors,
    ``chronik.components.events.headline_end`` and ``entities._headline_end``, answer other questions (see the
    latter's docstring, session 18 review)."""
    nl = text.find("\n", 0, TITLE_MAX_CHARS + 1)
    if nl <= 0 or not text[:nl].strip() or text[:nl].rstrip().rstrip('“”"»«)').endswith((".", "!", "?", ":", ";")):
        return -1
    return nl


def clause_tense(text: str, pos: int, lex: Lexicon, end: int | None = None) -> int:
    """-1 past, +1 future, 0 unknown: the tense marker nearest to ``pos`` in its clause
    (between commas), else in its sentence. ``end`` (where the expression ends) lets a clause
    that starts with the expression speak for itself: the word after it is the finite verb
    ("…, am 27. Oktober folgt die Stichwahl" is not past because another clause is)."""
    left, right, c_left, c_right = _clause_bounds(text, pos)
    if end is not None and _CLAUSE_LEAD.fullmatch(text, c_left + 1, pos) and _fronted_preterite(text, end, lex):
        return -1  # "Am 12. Februar durchsuchten Ermittler …": the finite verb right after the fronted date
    tense, found = _nearest_tense(text, pos, c_left, c_right, lex)
    if found:
        return tense
    if end is not None and _CLAUSE_LEAD.fullmatch(text, c_left + 1, pos) and not _continues(text, c_left, c_right):
        verb = _NEXT_WORD.match(text, end)
        word = verb.group(1) if verb else ""
        if _present_verb(word, lex):
            return 0  # a verb of its own in the present ("folgt", "gilt"): no other clause's tense
    if (
        end is not None
        and c_right < right
        and not any(
            w.group().lower() in _tense_words(lex, "perfect_aux") for w in _WORD.finditer(text, c_left + 1, c_right)
        )
        and present_clause(text, pos, end, lex)
    ):
        # a present verb of its own (no auxiliary whose participle may follow the comma): "Bei der
        # Wahl kommt es im Februar zu einer Stichwahl, da … erreichen konnte"
        return 0
    if end is not None and _BRACKET_CLOSE.fullmatch(text, end, right) and c_right == right:
        # "…, kündigte Jaap Hoekstra, Bürgermeister der Gemeinde, am Montag an.": the separable particle closing the
        # sentence closes the frame verb's bracket around the date, which dates the (past) announcement itself
        # (fourteenth session)
        frame = _tense_words(lex, "speech_past")
        if any(w.group().lower() in frame for w in _WORD.finditer(text, left + 1, pos)):
            return -1
    # the sentence's tense, but not that of a reporting frame after it in another clause: "Ab
    # Freitag seien Böen möglich, teilte der DWD mit" speaks of the coming Friday (but "sagte der
    # Sprecher, Dmitri Peskow, am Freitag" dates the saying)
    return _nearest_tense(text, pos, left, right, lex, _tense_words(lex, "speech_past"))[0]


# a separable particle and nothing else between a date and its sentence's end ("am Montag an.")
_BRACKET_CLOSE = re.compile(r"\s+(?:an|mit|bekannt|zu|auf)\s*[.!?]?\s*")


def _words_between(text: str, start: int, end: int) -> set[str]:
    return {w.group().lower() for w in _WORD.finditer(text, start, end)}


def _reported_speech(text: str, pos: int, lex: Lexicon) -> bool:
    """The sentence around ``pos`` has a reporting frame ("sagte ein Sprecher", "berichteten
    Augenzeugen", "laut Polizei"): a subjunctive in it reports what was said. An announcement
    ("hat angekündigt") is no such frame: what it introduces lies ahead."""
    left, right, _, _ = _clause_bounds(text, pos)
    frame = _tense_words(lex, "speech_past") | _tense_words(lex, "attribution_verbs")
    frame = (frame | _tense_words(lex, "report_frame_words")) - _tense_words(lex, "speech_forward")
    return bool(_words_between(text, left + 1, right) & frame)


def _fronted_preterite(text: str, end: int, lex: Lexicon) -> bool:
    """The word right after an expression that opens its clause is a weak simple past: the finite
    verb in second place ("Am 12. Februar stürmten Polizisten …", "Mitte März kauften Investoren …"),
    where before a capital the word would otherwise pass for an adjective. A participle used as an
    adjective there ("Am Freitag verletzte Polizisten …") is done by then too; a plan is not ("Am
    Freitag geplante Proteste")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.start(1) - end > 1:
        return False
    word = after.group(1)
    low = word.lower()
    if not word[0].islower() or not low.endswith(("te", "ten")) or len(low) < 5:
        return False
    stop = _preterite_stops(lex)
    if low in stop["not_verbs"] or low.endswith(tuple(stop["not_verb_endings"])):
        return False
    return not low.startswith(tuple(lex["tense"]["plan_participles"]))


def _clause_words(text: str, pos: int) -> set[str]:
    _, _, c_left, c_right = _clause_bounds(text, pos)
    return {w.group().lower() for w in _WORD.finditer(text, c_left + 1, c_right)}


def _future_adverb_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause around ``pos`` has an adverb that looks ahead ("voraussichtlich", "frühestens")."""
    return bool(_clause_words(text, pos) & _tense_words(lex, "future_adverbs"))


def _reported_future(text: str, pos: int, lex: Lexicon) -> bool:
    """The sentence around ``pos`` reports a plan in the subjunctive ("er werde im Juli …"): said
    before, so a month just gone may be meant."""
    left, right, _, _ = _clause_bounds(text, pos)
    words = {w.group().lower() for w in _WORD.finditer(text, left + 1, right)}
    return bool(words & _tense_words(lex, "subjunctive_future"))


def _past_state_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause around ``pos`` tells a past state or change in the simple past ("Ab Juli galt
    …", "Bis Juli blieb …"): done, no target ahead (a pluperfect "hatte für Juli angekündigt" may
    still name one)."""
    _, _, c_left, c_right = _clause_bounds(text, pos)
    words = {w.group().lower() for w in _WORD.finditer(text, c_left + 1, c_right)}
    return bool(words & _tense_words(lex, "past_state_verbs"))


def _perfect_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the clause around ``pos`` is in the perfect or pluperfect ("ist … eingetroffen", "hatte
    … gesagt"): it looks back from the time of writing or the day in focus, where a simple past
    ("kam", "reisten ab") tells a story forward."""
    _, _, c_left, c_right = _clause_bounds(text, pos)
    aux = _tense_words(lex, "pluperfect_aux") | _tense_words(lex, "perfect_aux")
    return any(
        w.group().lower() in aux and _PARTICIPLE.search(text, w.end(), c_right)
        for w in _WORD.finditer(text, c_left + 1, c_right)
    )


def _compound_tense_clause(text: str, pos: int, aux: frozenset[str]) -> bool:
    """Whether the clause around ``pos`` has an auxiliary of ``aux`` followed by a past participle, or right after
    one at the end of a subordinate clause ("nachdem er ihnen am Sonntag zugesichert hatte")."""
    _, _, c_left, c_right = _clause_bounds(text, pos)
    for w in _WORD.finditer(text, c_left + 1, c_right):
        if w.group().lower() not in aux:
            continue
        if _PARTICIPLE.search(text, w.end(), c_right):
            return True
        before = _LAST_WORD.search(text, max(c_left + 1, w.start() - 40), w.start())
        if before is not None and _PARTICIPLE.fullmatch(before.group(1)):
            return True
    return False


def _pluperfect_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the clause around ``pos`` is in the pluperfect ("hatte … bombardiert", "war … zurückgetreten"):
    in news it tells background from before the story's day."""
    return _compound_tense_clause(text, pos, _tense_words(lex, "pluperfect_aux"))


def _background_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the clause around ``pos`` looks back from the story's day: the pluperfect ("hatte am Montag
    gewarnt") or the reported perfect ("man habe am Montag ein Angebot vorgelegt", "sei … eingetroffen"), whose
    auxiliaries are the subjunctive forms of "haben" and "sein" (``present_verbs.subjunctives``)."""
    return _pluperfect_clause(text, pos, lex) or _compound_tense_clause(text, pos, _present_tables(lex)["subjunctives"])


def _continues(text: str, c_left: int, c_right: int) -> bool:
    """A clause after a comma that ends with a bare past participle continues the clause before
    it ("wurde er …, am Freitag tot aufgefunden"): it has no finite verb of its own."""
    if c_left < 0 or text[c_left] != ",":
        return False
    last = _LAST_WORD.search(text, max(0, c_right - 40), c_right)
    return bool(last) and bool(_PARTICIPLE.fullmatch(last.group(1)))


_LAST_WORD = re.compile(r"(\w+)\W*$")


def present_clause(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the finite verb of the clause around ``text[start:end]`` is in the present tense
    ("Am Freitag treffen sich die Minister", "Der Papst besucht am Sonntag Bozen", "…, die am
    Samstag stattfindet"). Called where no tense marker was found: news speak of what is done in
    the past tense, so a weekday in a present clause is the coming one. False when no verb is
    found (a heading, a listing), when the expression qualifies a noun ("die Wahl am Sonntag"),
    or when the clause starts with "als"/"nachdem"."""
    left, right, c_left, c_right = _clause_bounds(text, start)
    words = [w for w in _WORD.finditer(text, c_left + 1, c_right) if not start <= w.start() < end]
    if not words or _NOUN_BEFORE.search(text, max(0, start - 40), start) or _continues(text, c_left, c_right):
        return False
    pv = _present_tables(lex)
    if any(w.group().lower() in pv["subjunctives"] for w in _WORD.finditer(text, left + 1, right)):
        return False  # "Hätte die Polizei gewusst, dass zu Silvester …": reported or counterfactual
    first = words[0].group().lower()
    if first in pv["past_subordinators"]:
        return False
    relative = (
        first in pv["relatives"]
        and c_left >= 0
        and text[c_left] == ","
        and len(words) > 1
        and not words[1].group()[0].isupper()
    )
    if first in pv["subordinators"] or relative:
        return _present_form(words[-1].group(), lex)  # verb-final: "…, dass sie am Freitag abreisen"
    prev = ""
    for w in words:
        word = w.group()
        low = word.lower()
        if not word[0].islower() or not word.isalpha() or low in pv["non_verbs"]:
            prev = low
            continue
        after = _NEXT_WORD.match(text, w.end())
        attributive = (
            low.endswith(_word_class(lex, "adjective_endings"))
            and after is not None
            and after.group(1)[0].isupper()
            and (prev in pv["non_verbs"] or prev.isdigit())
        )
        if attributive:  # "mit neuen Plänen", "die neuen Preise"
            prev = low
            continue
        if low in _tense_words(lex, "perfect_aux") and (p := _PARTICIPLE.search(text, w.end(), c_right)):
            # "hat … gewählt", "ist … gestorben": a perfect; but "ist … vorgesehen" is a plan, and
            # "ist/sind" with the participle of a verb that takes "haben" is a state in the present
            # ("sind am Sonntag zur Wahl aufgerufen", "ist am Samstag geschlossen")
            part = p.group().lower()
            if part.endswith(tuple(lex["tense"]["plan_participles"])):
                return True
            return low in _SEIN and not part.endswith(_sein_participles(lex))
        return _present_form(word, lex)
    return False


def _present_form(word: str, lex: Lexicon) -> bool:
    """A lower-case finite verb form in the present tense: "-t" (3rd singular), "-en/-ern/-eln"
    (plural), or an irregular one ("ist", "kann"); not a simple past, not a subjunctive."""
    low = word.lower()
    pv = _present_tables(lex)
    if not word.isalpha() or not word[0].islower() or low in pv["subjunctives"] or low in lex["numbers"]:
        return False
    if low in pv["present_forms"]:
        return True
    if low in _tense_tables(lex) or low.endswith(_word_class(lex, "weak_past_endings")) or low in pv["non_verbs"]:
        return False
    strong = _strong_past(lex)
    if low in strong or _prefixed(low, strong, lex):
        return False
    for particle in pv["separable_particles"]:
        if low.startswith(particle) and len(low) > len(particle) + 2:
            rest = low[len(particle) :]
            if rest in strong or rest in _tense_tables(lex) or rest.endswith("te"):
                return False  # "vorlagen", "stattfand", "abstimmten": a past of a separable verb
            if rest.startswith("ge") and rest.endswith(_word_class(lex, "participle_endings")):
                return False  # "eingebürgert", "angekündigt": a participle, no finite verb
    if low.startswith("ge") and low.endswith("t") and low not in pv["present_ge"]:
        return False  # "gesagt", "gemeldet"; but "gehört", "gewinnt" are present forms
    return len(low) >= 3 and low.endswith(_word_class(lex, "present_verb_endings"))


@lru_cache(maxsize=4)
def _present_tables(lex: Lexicon) -> dict[str, frozenset[str]]:
    pv = {k: frozenset(v) for k, v in lex["tense"]["present_verbs"].items() if not k.startswith("_")}
    stops = _preterite_stops(lex)["before_adjective"] | _tense_words(lex, "clause_adverbs")
    pv["non_verbs"] = pv["non_verbs"] | stops
    return pv


# a noun of a prepositional phrase or a count right before the expression: "nach der Wahl am
# Samstag", "7213 Neuinfektionen am Dienstag" qualify the noun, whatever the tense of the verb
_NOUN_BEFORE = re.compile(
    rf"(?:\b(?:{lexicon().alt('noun_phrase_prepositions')})\s+"
    rf"(?:(?:{lexicon().alt('definite_articles', 'indefinite_articles')})\s+)?(?:[a-zäöüß]+\s+)?|\d[\d.,]*\s+)"
    rf"[A-ZÄÖÜ][\w-]*\s+(?:{lexicon().alt('noun_day_links')})\s+$"
)


def _present_verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word``, the word right after an expression that opens its clause (the place of
    the finite verb), is a present-tense verb: lower-case, not a tense marker, not a participle,
    not shaped like a simple past or an infinitive, not a preposition, article or adverb."""
    if not (word.isalpha() and word[0].islower()) or word.endswith(_word_class(lex, "non_present_verb_endings")):
        return False
    if _PARTICIPLE.fullmatch(word) or word in _tense_tables(lex):
        return False
    return word not in _preterite_stops(lex)["before_adjective"] and word not in _tense_words(lex, "clause_adverbs")


_CLAUSE_FIRST = re.compile(r"(?:^|[.!?:;,]\s*|\n\s*)$")


_SUBORDINATOR_WEIGHT = 10**6  # added to a conjunction's distance: below the 10**9 that means "none found"


def _nearest_tense(
    text: str, pos: int, left: int, right: int, lex: Lexicon, skip: frozenset[str] = frozenset()
) -> tuple[int, bool]:
    """(tense of the marker nearest to ``pos``, whether there was one); a passive in the present
    ("gewählt wird", "erreicht werden kann") is a marker of tense 0."""
    tables = _tense_tables(lex)
    subjunctive = _tense_words(lex, "subjunctive_perfect_aux")
    aux = frozenset(lex["tense"]["perfect_aux"]) | subjunctive
    best, best_dist = 0, 10**9
    strong = _strong_past(lex)
    modals = _tense_words(lex, "past_modals")
    modal_at = next((w.start() for w in _WORD.finditer(text, left + 1, right) if w.group() in modals), None)
    for w in _WORD.finditer(text, left + 1, right):
        word = w.group().lower()
        if modal_at is not None and w.start() > modal_at and word.endswith("en") and tables.get(word, 0) > 0:
            continue  # "sollte am Dienstag starten": the past modal's infinitive
        if word in skip and (w.start() > pos or word in _tense_words(lex, "speech_forward")):
            continue
        tense = tables.get(word)
        if (
            tense is not None
            and w.group()[0].isupper()
            and not _SENTENCE_START.search(text, max(0, w.start() - 4), w.start())
        ):
            continue  # a capital inside a sentence is a noun: "nach derzeitigem Stand", "die Waren", "im Laden"
        if tense is None:
            # lower-case only: "Schloss", "Stand", "Bestand" are nouns
            strong_past = w.group()[0].islower() and (word in strong or _prefixed(word, strong, lex))
            if not strong_past and not _weak_preterite(text, w, lex):
                continue
            tense = -1
        if word in aux and not _participle_after(text, w.end(), right, lex if word in _SEIN else None):
            same_clause = "," not in text[min(pos, w.start()) : max(pos, w.start())]
            if not (same_clause and _verb_final_perfect(text, left, w, lex if word in _SEIN else None, lex)):
                continue  # "am Sonntag ist Wahltag": present, not a perfect ("ist … gewählt worden")
        if word in subjunctive and (
            _words_between(text, w.end(), right) & _tense_words(lex, "subjunctive_perfect_not")
            or not _reported_speech(text, pos, lex)
        ):
            # "Am Freitag wäre er 90 Jahre alt geworden": an anniversary; without a report around it a
            # counterfactual may reach ahead ("hätte der Kampagne bis zu den Wahlen im November … beschert")
            continue
        if (
            tense > 0
            and word in _word_class(lex, "present_passive_aux")
            and _PARTICIPLE_BEFORE.search(text, left + 1, w.start())
        ):
            tense = 0  # "gewählt wird", "erzielt werden kann": a passive in the present, not the future
        if tense > 0 and word in _tense_words(lex, "reporting_modals") and _reported_perfect(text, w.end(), right, lex):
            tense = -1  # "soll … belästigt haben": reported past
        if word in _tense_words(lex, "conditional_modals") and _CLAUSE_FIRST.search(
            text, max(0, w.start() - 3), w.start()
        ):
            tense = 1  # "Sollte der Rat am Montag zustimmen, …": a condition ahead
        dist = abs(w.start() - pos)
        if word in _present_tables(lex)["subordinators"]:
            # "…, bevor am Donnerstag die Demonstranten eintrafen": a conjunction that marks a tense
            # yields to the finite verb at the end of the clause it opens
            dist += _SUBORDINATOR_WEIGHT
        if dist < best_dist:
            best, best_dist = tense, dist
    return best, best_dist < 10**9


# an attributive present participle or gerundive right after the date: "im November anstehenden
# Wahlen", "am Sonntag stattfindende", "im April auszusprechenden" (not "ausreichende", "-ende" nouns)
_PRESENT_PARTICIPLE_AFTER = re.compile(r"\s+([a-zäöüß]{3,}end)(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")
_UM_BEFORE = re.compile(r"\bum\s+(?:[^\s,.;:!?]+\s+){0,6}$")
# "hat dazu aufgerufen, am 5. Mai zu streiken": a call or plan whose infinitive clause lies ahead
# (the particle of a split call verb only before a comma: "rief dazu auf, am Samstag zu streiken")
_CALL_BEFORE = re.compile(  # the call verb, its object before a comma ("bat die Bürger, …"), the clause's start
    rf"\b(?:(?:{lexicon().alt('call_verbs')})(?:\s+[^\s,.;:!?]+){{0,3}},?|(?:{lexicon().alt('call_particles')}),)"
    rf"\s+(?:[^\s,.;:!?]+\s+){{0,6}}$"
)
_ZU_INFINITIVE_AFTER = re.compile(  # infinitives end in -en, -ern or -eln ("zu verlängern", "zu sammeln")
    # up to seven words between: "…, am 30. Juni den bisherigen Ministerpräsidenten Christian Wulff (CDU) vorzuschlagen"
    r"(?:\s+[^\s,.;:!?]+){0,7}?\s+(?:zu\s+[a-zäöüß]+(?:en|rn|ln)|(?:ab|an|auf|aus|ein|mit|nieder|vor|zurück)zu[a-zäöüß]+(?:en|rn|ln))\b"
)


_DEMAND_BEFORE = re.compile(
    rf"\b(?:{lexicon().alt('demand_verbs')})\s+(?:[^\s,.;:!?]+\s+){{0,6}}"
    rf"[A-ZÄÖÜ][\w-]*[a-zäöüß](?:\s+(?:{lexicon().alt('demand_date_preps')})"
    rf"(?:\s+(?:{lexicon().alt('demand_date_articles')}))?)?\s+$"
)
_DEMAND_END_AFTER = re.compile(rf"(?:\s+(?:{lexicon().alt('demand_particles')}))?\s*(?:[.,;:!?]|$)")
# the verb-final form: "hat zu einem Streik ab Montag aufgerufen", "hatte Neuwahlen im Mai gefordert"
_DEMANDED_NOUN_BEFORE = re.compile(
    rf"[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+(?:{lexicon().alt('demand_date_preps')})"
    rf"(?:\s+(?:{lexicon().alt('demand_date_articles')}))?\s+$"
)
_DEMAND_VERB_END_AFTER = re.compile(
    rf"\s+(?:{lexicon().alt('demand_verbs', 'call_verbs')})(?:\s+(?:{lexicon().alt('demand_final_auxiliaries')}))?"
    r"\s*(?:[.,;:!?]|$)"
)


def _demanded_date(text: str, pos: int, end: int) -> bool:
    """The date ends the object noun of a past demand or announcement ("forderten Neuwahlen im
    Frühjahr", "kündigte Reformen im Herbst an", "rief zu einem Streik ab Donnerstag auf", "hat zu
    einem Streik ab Montag aufgerufen"): it dates the demanded thing, not the demand."""
    left = _clause_bounds(text, pos)[2]
    if _DEMAND_BEFORE.search(text, max(0, left + 1), pos) and _DEMAND_END_AFTER.match(text, end):
        return True
    return bool(_DEMANDED_NOUN_BEFORE.search(text, max(0, pos - 60), pos)) and bool(
        _DEMAND_VERB_END_AFTER.match(text, end)
    )


def present_participle_after(text: str, end: int, lex: Lexicon) -> bool:
    m = _PRESENT_PARTICIPLE_AFTER.match(text, end)
    return m is not None and m.group(1).lower() not in lex["tense"]["not_present_participles"]


def plan_participle_after(text: str, end: int, lex: Lexicon) -> bool:
    """An attributive plan right after the date: "die im November geplanten Wahlen"."""
    m = _ATTRIBUTIVE_PARTICIPLE.match(text, end)
    return m is not None and m.group(1).lower().startswith(tuple(lex["tense"]["plan_participles"]))


def _purpose_around(text: str, pos: int, end: int) -> bool:
    """The date stands in an "um … zu" purpose clause: what is to be reached lies ahead."""
    return bool(_UM_BEFORE.search(text, max(0, pos - 60), pos)) and bool(_ZU_INFINITIVE_AFTER.match(text, end))


def _call_around(text: str, pos: int, end: int) -> bool:
    """The date stands in the infinitive clause of a call, plan or agreement ("hat dazu aufgerufen,
    am 5. März die Arbeit niederzulegen"): the main clause's past tense says nothing about it."""
    return _call_at(text, pos, end) >= 0


def _call_at(text: str, pos: int, end: int, comma: bool = False) -> int:
    """Where the call verb of `_call_around` starts, or -1. ``comma``: a comma must open the infinitive clause
    before the date (for a weekday: in "versprach am Montag Hilfe zu leisten" the day is the promise's)."""
    call = _CALL_BEFORE.search(text, max(0, pos - 60), pos)
    if call is None or (comma and "," not in call.group()) or not _ZU_INFINITIVE_AFTER.match(text, end):
        return -1
    return call.start()


_OCCASION_DAY_BEFORE = re.compile(r"\b([A-ZÄÖÜ][\w-]*[a-zäöüß])\s+(?:am|vom)\s+$")


def _called_occasion(text: str, pos: int, lex: Lexicon) -> bool:
    """The date follows an occasion noun ("der Präsidentenwahl am 22. November", "des Gipfels am 3. Mai",
    ``event_anchors``) in a sentence with a call or demand verb (``call_verbs``, ``demand_verbs``): the occasion
    is what is called for or against."""
    noun = _OCCASION_DAY_BEFORE.search(text, max(0, pos - 40), pos)
    if noun is None:
        return False
    word = noun.group(1).lower()
    anchors = tuple(lex["event_anchors"])
    if not word.endswith(anchors) or word.endswith(tuple(lex["event_anchor_exceptions"])):
        return False
    left, right, _, _ = _clause_bounds(text, pos)
    words = {w.group().lower() for w in _WORD.finditer(text, left + 1, right)}
    return not words.isdisjoint(set(lex["call_verbs"]) | set(lex["demand_verbs"]))


def _original_plan(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause around ``pos`` tells an original plan: a past modal of plan and "ursprünglich",
    "eigentlich" ("Die Wahl sollte eigentlich im Mai stattfinden"), no perfect infinitive after it."""
    _, _, c_left, c_right = _clause_bounds(text, pos)
    words = {w.group().lower() for w in _WORD.finditer(text, c_left + 1, c_right)}
    plan = words & _tense_words(lex, "plan_modals") and words & _tense_words(lex, "original_plan_adverbs")
    return bool(plan) and words.isdisjoint(_word_class(lex, "perfect_infinitive_aux"))


def _final_plan_modal(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause around ``pos`` ends with a modal of plan ("…, in das im Dezember 200 Menschen einziehen
    sollten"): a verb-final (relative or subordinate) clause, with no perfect infinitive."""
    _, _, c_left, c_right = _clause_bounds(text, pos)
    words = [w.group().lower() for w in _WORD.finditer(text, c_left + 1, c_right)]
    return (
        bool(words)
        and words[-1] in _tense_words(lex, "plan_modals")
        and set(words).isdisjoint(_word_class(lex, "perfect_infinitive_aux"))
    )


def _plan_modal_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause around ``pos`` has a modal of plan ("sollte", "wollten") and no perfect
    infinitive after it ("sollte … gesagt haben" reports a past)."""
    _, _, c_left, c_right = _clause_bounds(text, pos)
    words = {w.group().lower() for w in _WORD.finditer(text, c_left + 1, c_right)}
    return bool(words & _tense_words(lex, "plan_modals")) and words.isdisjoint(
        _word_class(lex, "perfect_infinitive_aux")
    )


def past_participle_after(text: str, end: int, lex: Lexicon) -> bool:
    """An attributive past participle right after a date ("am Dienstag erfolgten Anschlag", "die
    am 3. Mai veröffentlichte Studie") dates a finished event; plans ("geplante") say nothing."""
    m = _ATTRIBUTIVE_PARTICIPLE.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    if word.startswith(_word_class(lex, "ambiguous_verb_prefixes")) and word.endswith(
        tuple(_preterite_stops(lex)["not_verb_endings"])
    ):
        return False  # "Am Freitag überarbeiten Juristen …": the present of a verb whose stem ends in -t
    return not any(
        word.startswith(p) for p in (*lex["tense"]["plan_participles"], *lex["tense"]["participle_adjectives"])
    )


_ATTRIBUTIVE_PARTICIPLE = re.compile(
    r"\s+((?:[a-zäöü]*ge[a-zäöüß]{2,}|(?:ver|er|be|ent|zer|über|unter|durch)[a-zäöüß]{2,}|[a-zäöüß]{3,}iert)"
    r"(?:te|ten|tes|ene|enen|enes))"
    r"(?:\s+[a-zäöüß]{3,}(?:e|en|er|es|em))?\s+[A-ZÄÖÜ]"  # "der im Dezember festgenommene römische Mafiaboss"
)


# "sei … zurückgetreten": the reported perfect; "wäre … geflohen": the subjunctive one
_SEIN = frozenset(lexicon()["sein_finite_forms"])
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n„“\"(])[\s„“\"(]*$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)“”\"]|$)")


def _verb_final_perfect(text: str, left: int, aux: re.Match[str], sein: Lexicon | None, lex: Lexicon) -> bool:
    """An auxiliary that ends its clause after a past participle: "…, der sich am Dienstag
    ereignet hat", "…, weil er am Montag gestorben ist" (with "ist" only a verb taking "sein")."""
    if not _CLAUSE_END_AFTER.match(text, aux.end()):
        return False
    lead = _WORD.search(text, max(left + 1, text.rfind(",", 0, aux.start()) + 1), aux.start())
    if lead is not None and lead.group().lower() in _tense_words(lex, "future_perfect_leads"):
        return False  # "wenn der Bus Ende Juli Zypern erreicht hat, …": done by then, still ahead
    p = _PARTICIPLE_BEFORE.search(text, left + 1, aux.start())
    if p is None:
        return False
    return sein is None or p.group().strip().lower().endswith(_sein_participles(sein))


def _participle_after(text: str, start: int, end: int, sein: Lexicon | None = None) -> bool:
    """A past participle after an auxiliary, not an attributive one before its noun
    ("hat … gewählt", but not "hat das Ziel, gegen den geplanten Aufmarsch …"). After "ist/sind"
    (``sein`` given) only a verb that forms its perfect with "sein" makes a perfect ("ist …
    gestorben"); others make a state ("ist am Sonntag geschlossen", "sind herzlich eingeladen")."""
    for p in _PARTICIPLE.finditer(text, start, end):
        if _NOUN_NEXT.match(text, p.end()) or text.endswith(" zu ", 0, p.start()):
            continue  # an attributive participle, or a zu-infinitive ("haben Zeit, … zu verlassen")
        if sein is None or p.group().lower().endswith(_sein_participles(sein)):
            return True
    return False


@lru_cache(maxsize=4)
def _sein_participles(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex["tense"]["sein_participles"])


_WORD = re.compile(r"\w+")
# what may stand before an expression at the start of a clause: "…, am", "Seit dem"
_CLAUSE_LEAD = re.compile(
    rf"[\s„“\"(]*(?:(?:{lexicon().alt('clause_lead_prepositions')})\s+)?(?:(?:{lexicon().alt('definite_articles')})\s+)?",
    re.I,
)
_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
# participles of "über-, unter-, durch-, um-, hinter-, wider-, voll-" (no ge-): see _PARTICIPLE
_INSEPARABLE_PARTICIPLE = (
    r"\b(?:über|unter|durch|hinter|wider|voll|um)(?!haupt|dessen|fang|kommen\b)[a-zäöüß]{3,}"
    r"(?:t|(?<!lich)(?<!isch)(?<!ig)(?<!end)en)\b"
)
_VERB_BRACKET_END = (
    r"(?=\s*(?:[,.;:!?“”\"»«)–]|$)|\s+(?:und|oder|worden|haben|hat|hatte|hatten|ist|sind|war|waren|sei|seien"
    r"|habe|hätte|hätten|wäre|wären|sein|werden|wird|wurde|wurden)\b)"
)
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:\b(?:[a-zäöü]*ge|ver|er|be|ent|zer)[a-zäöüß]{{2,}}(?:t|en)|\b[a-zäöüß]{{3,}}iert|{_INSEPARABLE_PARTICIPLE})\s+$"
)
_PERFECT_INFINITIVE = re.compile(
    r"\b(?P<p>[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)|(?:ver|er|be|ent|zer)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert"
    rf"|{_INSEPARABLE_PARTICIPLE})"
    rf"\s+(?P<aux>{lexicon().alt('perfect_infinitive_forms')})\b"
)


def _reported_perfect(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "soll … belästigt haben", "soll … gestorben sein": a reported past; but "sollen …
    abgeschlossen sein" is a state ahead (a participle with "sein" only counts when its verb
    forms the perfect with "sein")."""
    m = _PERFECT_INFINITIVE.search(text, start, end)
    if m is None:
        return False
    return m.group("aux") != "sein" or m.group("p").lower().endswith(_sein_participles(lex))


_WEEKDAY_APPOSITION = re.compile(rf"\s*[(,–-]?\s*(?:(?:{lexicon().alt('weekday_apposition_links')})\s+)?")
_MOVED_TO_BEFORE = re.compile(
    rf"\b(?:{lexicon().alt('moved_to_prepositions')})\s+(?:(?:{lexicon().alt('moved_to_articles')})\s+)?$"
)
_AHEAD_BEFORE = re.compile(
    rf"\b({_both_cases(lexicon().alt('ahead_prepositions'))})\s+(?:(?:{lexicon().alt('day_articles')})\s+)?"
    rf"(?:(?:{lexicon().alt('ahead_adjectives')})\s+)?$"
)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}[a-zäöüß]+(?:te|ten|ene|enen)\s+[A-ZÄÖÜ]")
# "die für Montag geplante Demo", "seine ursprünglich für Montag angesetzte Rede": an attributive "für"-phrase
# stands right after a determiner (an adverb between at most); not after a verb or a noun ("riefen für Dienstag
# zu landesweiten Protesten auf", "hat die Gewerkschaft für Dienstag einen landesweiten Streik angekündigt")
_DETERMINER_BEFORE = re.compile(rf"\b(?:{_both_cases(lexicon().alt('attributive_determiners'))})\s+(?:[a-zäöüß]+\s+)?$")
_GENITIVE_BEFORE = re.compile(rf"\b(?:{lexicon().alt('genitive_determiners')})\s+$", re.IGNORECASE)
# what joins two dates of one span or list: "Samstag und Sonntag", "Montag bis Freitag"
_COORDINATED = re.compile(
    rf"\s*,?\s*(?:{lexicon().alt('date_coordinators')})\s*(?:(?:{lexicon().alt('date_coordinator_links')})\s+)?"
)
_EACH_BEFORE = re.compile(
    rf"\b(?:{lexicon().alt('each_words')})\s+(?:(?:{lexicon().alt('each_prepositions')})\s+)?$", re.I
)
_DATED_NOUN_BEFORE = re.compile(rf"\b([A-ZÄÖÜ][a-zäöüß]{{2,}})\s+(?:{lexicon().alt('dated_noun_prepositions')})\s+$")
_RANGE_AFTER = re.compile(r"\s*(?:bis\b|-|–|an\b|auf\b)")
_SPAN_AFTER = re.compile(r"\s*(?:bis\b|-|–)")
_OF_DAY_BEFORE = re.compile(rf"\b(?:{lexicon().alt('of_day_prepositions')})\s+$")


@lru_cache(maxsize=4)
def _name_nouns_before(lex: Lexicon) -> re.Pattern[str]:
    """A noun that makes the holiday after it a name: "der Pfarre Maria Himmelfahrt", "Pfarrkirche
    St. Stephan" (a church, not the day)."""
    return re.compile(rf"\b(?:{lex.alt('holiday_name_nouns')})\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _vague_day_before(lex: Lexicon) -> re.Pattern[str]:
    """A vague point earlier in the sentence ("Vor einigen Tagen …", "Kürzlich …"): a part of the
    day after it lies on a day the text does not give."""
    return re.compile(rf"\b(?:{lex.alt('vague_day_cues')})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _deadline_words(lex: Lexicon) -> re.Pattern[str]:
    """Day words that, after "bis"/"spätestens", name a deadline rather than the story's day."""
    return re.compile(rf"(?:{lex.alt('weekdays', 'deadline_day_words')})\b", re.IGNORECASE)


_TIME_OF_DEADLINE = re.compile(rf"\s*,?\s*(?:(?:{lexicon().alt('deadline_clock_prepositions')})\s+)?")
_ATTRIBUTION_BEFORE = re.compile(rf",\s*(?:{lexicon().alt('attribution_conjunctions')})\s+[^,.;:!?„“\"]{{1,60}}$")
_ATTRIBUTION_AFTER = re.compile(r"[^,.;:!?„“\"]{0,30}?(\w+)\s*(?:[,.;:!?]|$)")
# ", wie … am Donnerstag bekannt wurde/mitgeteilt wurde": the passive of a report
_ATTRIBUTION_PASSIVE_AFTER = re.compile(
    rf"[^,.;:!?„“\"]{{0,30}}?(\w+)\s+(?:{lexicon().alt('attribution_passive_aux')})\s*(?:[,.;:!?]|$)"
)
# an inverted reporting clause: "…, teilte die Armee am Donnerstag mit." / "…, sagte ein Sprecher am Freitag."
_REPORT_CLAUSE_BEFORE = re.compile(r",\s*(\w+)\s+[^,.;:!?]{1,70}$")
# a sentence that only reports: "Das teilte die Polizei am Freitag mit." / "Ein Sprecher bestätigte dies am Freitag."
_REPORT_SENTENCE_BEFORE = re.compile(
    rf"(?:^|(?:[.!?][“”\"»«]?|\n)\s+)(?:(?:{_capitalised(lexicon().alt('report_pronouns'))})\s+(\w+)"
    rf"|[A-ZÄÖÜ][^,.;:!?„“\"]{{0,50}}?\s(\w+)\s+(?:{lexicon().alt('report_pronouns')})(?!\s+[A-ZÄÖÜ]))"
    r"\s+[^,.;:!?„“\"]{0,50}$"
)
# after the day the reporting clause ends with its sentence: "mit.", "aus Armeekreisen.", "im Fernsehen."
_REPORT_CLAUSE_AFTER = re.compile(r"[^,.;:!?„“\"]{0,40}?[.!?]")


def _attribution_day(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """The date sits in an attribution clause: it dates the report, so a later "Tags darauf" or "am Abend" still
    counts from the day the story is about. Three shapes: ", wie die Mission am Donnerstag mitteilte/bekannt
    wurde"; an inverted clause that ends the sentence (", teilte die Armee am Donnerstag mit.", ", hieß es am
    Freitag aus Kreisen der Regierung."); a sentence that only reports the one before ("Das teilte die Polizei am
    Freitag mit.", "Ein Sprecher bestätigte dies am Freitag.")."""
    verbs = _tense_words(lex, "speech_past") | _tense_words(lex, "attribution_verbs")
    if _ATTRIBUTION_BEFORE.search(text, max(0, pos - 60), pos):
        m = _ATTRIBUTION_AFTER.match(text, end)
        if m is not None and m.group(1) in verbs:
            return True
        m = _ATTRIBUTION_PASSIVE_AFTER.match(text, end)
        return m is not None and (m.group(1) in verbs or m.group(1) == "bekannt")
    if not _REPORT_CLAUSE_AFTER.match(text, end):
        return False
    m = _REPORT_CLAUSE_BEFORE.search(text, max(0, pos - 80), pos)
    if m is not None and m.group(1) in verbs:
        return True
    m = _REPORT_SENTENCE_BEFORE.search(text, max(0, pos - 120), pos)
    return m is not None and (m.group(1) or m.group(2)) in verbs


# "zum 1. Januar" (a written date after a bare "zum"): when something is due or takes effect; "in der Nacht
# zum 1. Mai" is a night, "vom 3. zum 5. März" a range
_EFFECTIVE_BEFORE = re.compile(
    "".join(rf"(?<!{re.escape(w)} )" for w in lexicon()["effective_not_after_nouns"])
    + "".join(rf"(?<!\b{re.escape(w)} )" for w in lexicon()["effective_not_after_words"])
    + rf"(?<![0-9]\. )\b(?:{_both_cases(lexicon().alt('effective_prepositions'))})\s+$"
)
_DEADLINE_BEFORE = re.compile(
    rf"\b(?:{_both_cases(lexicon().alt('deadline_words'))}|{lexicon().alt('deadline_nouns')})"
    rf"\s+(?:(?:{lexicon().alt('deadline_links')})\s+)*$"
)


@dataclass(frozen=True, slots=True)
class _ContextPatterns:
    """Context patterns built from one language's word lists (see :func:`_context_res`)."""

    weekday_before: re.Pattern[str]  # "am Dienstag (16. Februar)"
    weekday_after: re.Pattern[str]  # "am 24. März (Samstag)"
    target_before: re.Pattern[str]  # "bis spätestens Ende"
    this_year_before: re.Pattern[str]  # "heuer im"
    # a year-less date that qualifies a noun ("Der Einbruch der Aktienmärkte im Jänner ist …") or
    # names what a day brought ("die Daten vom Februar") is no plan of the present clause
    noun_or_of_before: re.Pattern[str]
    # what ends right before the "bis" of a range: a number, a clock time, a weekday or a month
    range_start_before: re.Pattern[str]
    since_before: re.Pattern[str]  # "seit Anfang"
    late_pod: re.Pattern[str]  # "abend", "nacht" inside a word ("Samstagabend")


def _cap_alt(lex: Lexicon, *keys: str) -> str:
    """Like ``Lexicon.alt`` for case-sensitive patterns: each entry with a capital first letter."""
    return "|".join(w[0].upper() + w[1:] for w in lex.alt(*keys).split("|"))


@lru_cache(maxsize=4)
def _context_res(lex: Lexicon) -> _ContextPatterns:
    wd = _cap_alt(lex, "weekdays")
    parts = _cap_alt(lex, "period_parts")
    parts_start = _cap_alt(lex, "period_parts", "period_start")
    # weekdays not ending in "tag" (those are covered by "\w+tag") and full month names
    other_wd = "|".join(w for w in wd.split("|") if not w.endswith("tag"))
    months = "|".join(w[0].upper() + w[1:] for w in lex["months"] if not w.endswith((".", "s")) or w == "märz")
    return _ContextPatterns(
        weekday_before=re.compile(rf"\b({wd})\s*\(\s*$"),
        weekday_after=re.compile(rf"\s*\(({wd})\)"),
        # "für/bis/ab …", "auf den 7. Dezember verschoben", "auf Oktober vertagt": a target
        target_before=re.compile(
            rf"\b(?:{_both_cases(lex.alt('target_prepositions'))}|{lex.alt('target_lower_prepositions')})"
            rf"\s+(?:(?:{lex.alt('target_links', 'day_articles')}|{parts})\s+)*$"
        ),
        this_year_before=re.compile(
            rf"\b(?:{lex.alt('this_year_words')})\s+(?:(?:im|am|ab|bis|zu|zum|{lex.alt('period_parts')})\s+)?$", re.I
        ),
        noun_or_of_before=re.compile(
            rf"(?:(?<![.!?:]\s)(?<![.!?:]\s[„\"])\b[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+(?:{lex.alt('noun_date_prepositions')})"
            rf"|\b(?:{lex.alt('of_date_prepositions')}))\s+(?:(?:{parts_start})\s+)?(?:(?:{lex.alt('day_articles')})\s+)?$"
        ),
        range_start_before=re.compile(
            rf"(?:\d\.?|{_cap_alt(lex, 'clock_words')}|\w+tag|{other_wd}|{months}|{lex.alt('relative_days')})\s*$"
        ),
        since_before=re.compile(
            rf"\b(?:{_both_cases(lex.alt('since_words'))})\s+(?:(?:{parts_start})\s+)?(?:(?:{lex.alt('day_articles')})\s+)?$"
        ),
        late_pod=re.compile(rf"(?:{lex.alt('late_pods')})(?=s?\b)", re.IGNORECASE),
    )


# a past participle after a perfect auxiliary: "ge-" forms ("gewählt", "festgenommen"), the
# unprefixed inseparable ones ("verhaftet", "entschieden") and "-iert" ("kritisiert"); those of
# "über-, unter-, durch-, um-, hinter-, wider-, voll-" ("überfallen", "unterzeichnet", "durchsucht")
# only where a participle stands, at the end of their clause, and not adverbs or adjectives of that
# shape ("überhaupt", "unterdessen", "umfassenden", "vollständigen")
_PARTICIPLE = re.compile(
    r"\b(?:[a-zäöü]*ge|ver|er|be|emp|ent|miss|zer)[a-zäöüß]{2,}(?:t|en)\b|\b[a-zäöüß]{3,}iert\b"
    rf"|{_INSEPARABLE_PARTICIPLE}{_VERB_BRACKET_END}"
)


def _weak_preterite(text: str, w: re.Match[str], lex: Lexicon) -> bool:
    """A weak verb in the simple past ("meldete", "stimmten … zu"), told from the adjectives and
    subjunctives that share its ending: lower-case, not after an article or preposition (an
    attributive adjective is) and not before a capitalised noun (an attributive adjective is)."""
    word = w.group()
    if not word.endswith(_word_class(lex, "weak_past_endings")) or len(word) < 5 or not word[0].islower():
        return False
    low = word.lower()
    stop = _preterite_stops(lex)
    if low in _tense_words(lex, "adjective_preterites"):
        # "bekannten sich zu dem Anschlag", "…, zu dem sich die Miliz bekannte.": no adjective is followed
        # by a pronoun or an article, nor inflected before the end of its clause
        after = _NEXT_WORD.match(text, w.end())
        if not (_CLAUSE_END_AFTER.match(text, w.end()) or (after and after.group(1) in _verb_signals(lex))):
            return False
    elif low in stop["not_verbs"] or low.endswith(tuple(stop["not_verb_endings"])):
        return False
    before = _WORD_BEFORE.search(text, max(0, w.start() - 30), w.start())
    if before and before.group(1).lower() in stop["before_adjective"]:
        return False
    after = _NEXT_WORD.match(text, w.end())
    if after and after.group(1)[0].isupper() and after.group(1).lower() not in stop["after_verb"]:
        # before a capital it is an adjective ("verletzte Polizisten") unless it is the finite verb after a
        # fronted phrase that is complete ("Am Wochenende demonstrierten Tausende", "Die Polizei meldete
        # Erfolge"): no adjective follows its noun
        return _after_fronted_phrase(text, w.start(), stop)
    return True


# a sentence's first phrase: article or preposition, at most one lower-case word, a capitalised noun
# (and a name after the noun: "Auf der Stadtautobahn A100 stoppten …", "In der Stadt Köln demonstrierten …")
_FRONTED_PHRASE = re.compile(r"([A-ZÄÖÜ]\w*)\s+(?:([a-zäöü]\w*)\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ0-9][\w-]*)?\s+$")


def _after_fronted_phrase(text: str, pos: int, stop: dict[str, frozenset[str]]) -> bool:
    m = _FRONTED_PHRASE.search(text, max(0, pos - 60), pos)
    if m is None or not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
        return False
    lead, middle = m.group(1).lower(), m.group(2)
    # "Die dem Minister unterstellten Behörden": an article inside the phrase opens an attribute (after a preposition
    # it is the phrase's own: "Auf der Stadtautobahn stoppten Einsatzkräfte …")
    inner = middle is not None and middle in stop["before_adjective"] and lead not in stop["phrase_prepositions"]
    return lead in stop["before_adjective"] and not inner


def _verb_signals(lex: Lexicon) -> frozenset[str]:
    return _tense_words(lex, "verb_signals_after")


@lru_cache(maxsize=4)
def _strong_past(lex: Lexicon) -> frozenset[str]:
    """Simple-past forms of strong and irregular verbs, singular and plural ("empfing", "empfingen")."""
    forms = set(lex["tense"]["strong_past"])
    forms |= {f + ("n" if f.endswith("e") else "en") for f in forms}
    return frozenset(forms)


@lru_cache(maxsize=32)
def _tense_words(lex: Lexicon, name: str) -> frozenset[str]:
    """One word list of ``timex.json`` → ``tense`` ("speech_past", "clause_adverbs", …) as a set."""
    return frozenset(lex["tense"][name])


def _prefixed(word: str, strong: frozenset[str], lex: Lexicon) -> bool:
    """A prefix before a strong past form: inseparable ("erhielt", "überfielen", "unterschrieb") or a
    separable particle joined to it at the end of a subordinate clause ("als ein Feuer ausbrach")."""
    # participles and adjectives of the same shape: "verboten", "bekannte"
    if word in _tense_words(lex, "not_strong_past"):
        return False
    return any(word.startswith(p) and word[len(p) :] in strong for p in _verb_prefixes(lex))


@lru_cache(maxsize=4)
def _verb_prefixes(lex: Lexicon) -> tuple[str, ...]:
    return (*lex["tense"]["inseparable_prefixes"], *lex["tense"]["present_verbs"]["separable_particles"])


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@lru_cache(maxsize=4)
def _preterite_stops(lex: Lexicon) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in lex["tense"]["weak_preterite"].items()}


@lru_cache(maxsize=4)
def _tense_tables(lex: Lexicon) -> dict[str, int]:
    table = {w: 1 for w in lex["tense"]["future"]}
    table.update({w: -1 for w in lex["tense"]["past"]})
    # Perfect auxiliaries mark the past too ("hat ... gefordert"); present-tense "ist" is rare
    # next to a dated expression in news, and when it is, the date is usually past as well.
    table.update({w: -1 for w in lex["tense"]["perfect_aux"]})
    # "hätten … überfallen", "wären … geflohen": only with a participle after them (see _nearest_tense)
    table.update({w: -1 for w in lex["tense"]["subjunctive_perfect_aux"]})
    return table


# --------------------------------------------------------------------------------------------
# Grammar


# news: the months that "Anfang des Jahres" / "Jahresbeginn" covers; after them a future start of "the year" is
# the next one's (and in the last as many months of a year a present one too), before the last as many months a
# past end of "the year" is the last one's (see Grammar._year_boundary_turn)
YEAR_START_MONTHS = 2

# news: how many days from the paper's date a date without a year stays in the year it resolved to, even when a
# weekday written with it does not fit (a typo), rather than moving to a year where the weekday fits
WEEKDAY_TYPO_DAYS = 60

Result = tuple[int, int, str, str, str | None, str | None]  # start, end, type, value, anchor, date
Handler = Callable[[re.Match[str], Context], list[Result]]


@dataclass
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    priority: int
    check: Callable[[re.Match[str], str], bool] | None = None
    triggers: frozenset[str] = frozenset()


# Which trigger classes (see Grammar._build_triggers) a rule needs: a rule only runs around
# places where one of them occurs, which keeps the component fast on long texts.
RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "numeric": ("digit",), "year_pair": ("digit",), "day_month": ("month",), "day_range": ("month",),
    "month": ("month",), "month_range": ("month",), "month_part": ("month",), "year": ("digit",), "year_bc": ("digit",),
    "decade": ("decade",), "century": ("unit",), "season": ("season",), "quarter": ("unit",),
    "quarter_q": ("digit",), "holiday": ("holiday",), "holiday_relative": ("holiday",),
    "advent": ("holiday",), "relday": ("relday", "pod"),
    "weekday": ("weekday",), "day_of_month": ("unit",),
    "rel_unit": ("unit",), "unit_after": ("after",), "tags": ("after",), "bare_unit_after": ("after",),
    "ordinal_unit": ("unit",), "rel_night": ("pod",), "set_weekends": ("unit",),
    "year_word": ("yearword",),
    "year_adj": ("yearword",),
    "day_word": ("dayword",), "day_only": ("digit",), "day_only_lead": ("digit",),
    "boundary": ("unit", "yearword", "dayword"), "boundary_word": ("unit",), "weekend": ("unit",), "pod": ("pod",),
    "pod_of_date_nodet": ("pod",), "clock": ("uhr",), "clock_range": ("uhr",), "clock_range_lead": ("uhr",),
    "clock_bare": ("digit",), "clock_word": ("uhr",), "clock_half": ("uhr",),
    "midnight": ("pod",), "duration": ("unit",), "duration_vague": ("unit",), "duration_bare": ("unit",),
    "duration_bare_lead": ("unit",), "duration_clock": ("unit",), "duration_bare_last": ("unit",),
    "duration_adj": ("unit",), "duration_lead": ("unit",), "duration_whole": ("unit", "pod"),
    "duration_term": ("unit",),
    "duration_bare_lang": ("unit",),
    "duration_lang": ("unit",), "set_word": ("set",), "set_weekday": ("weekday",),
    "set_every": ("every",), "set_month_weekday": ("weekday",), "set_times": ("unit",), "set_per": ("unit",),
    "set_a_day": ("unit",),
    "reference": ("reference",),
    "title_year": ("unit",),
    "calendar_week": ("digit",),
}  # fmt: skip
WINDOW_BEFORE, WINDOW_AFTER = 90, 120
_UNIT_ONLY = frozenset({"unit", "set"})  # longest rule context around a trigger, in characters
_WORD_CLASSES_MAX = 1 << 16  # words whose trigger classes a grammar keeps (cleared when full)


def _span(m: re.Match[str], group: str = "t") -> tuple[int, int]:
    if group in m.re.groupindex and m.start(group) >= 0:
        return m.start(group), m.end(group)
    return m.start(), m.end()


def _lower(s: str | None) -> str:
    return (s or "").lower()


class Grammar:
    """All rules for one language, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        L = lex
        self.months = {k: v for k, v in L["months"].items()}
        self.weekdays = L["weekdays"]
        self.pods = L["parts_of_day"]
        self.seasons = L["seasons"]
        self.numbers = L["numbers"]
        self.units = L["units"]
        self.shifts = L["shifts"]
        self.vague = set(L["vague_quantities"])
        self.ordinals = L["ordinals"]
        self.ambiguous_months = set(L["ambiguous_months"])
        # shift words that refer back to the focus ("im folgenden Jahr") rather than to the DCT
        self.anaphoric_shifts = frozenset(L["anaphoric_shifts"])
        self.pointing_adjectives = tuple(L["pointing_adjectives"])
        b, e = r"(?<![\w.])", r"(?!\w)"
        MON = rf"(?:{L.alt('months')})"
        WD = rf"(?:{L.alt('weekdays')})"
        # "Fr. 29.11.", "Sa., 30. November": abbreviated weekdays, only before a date
        WDD = rf"(?:{L.alt('weekdays', 'weekday_abbreviations')})"
        self.weekdays_any = {**L["weekdays"], **L["weekday_abbreviations"]}
        POD = rf"(?:{L.alt('parts_of_day')})"
        UHR = rf"(?:{L.alt('clock_words')})"  # "20 Uhr"
        # "1.600 Jahre": a dotted thousands number is a count, never a year
        NUM = rf"(?:\d{{1,3}}(?:\.\d{{3}})+(?![.,]?\d)|\d+(?:,\d+)?|{L.alt('numbers', extra=tuple(self.vague))})"
        UNIT = rf"(?:{L.alt('units')})"
        SEASON = rf"(?:{L.alt('seasons')})"
        SHIFT = rf"(?:(?:{L.alt('shifts')})(?:e|en|er|es|em)?)"
        ORD = rf"(?:(?:{L.alt('ordinals')})(?:e|en|er|es|em)?|[1-4]\.)"
        YEAR = r"(?:1\d{3}|20\d{2})"
        DAY = r"(?:[12]\d|3[01]|0?[1-9])"
        DET = r"(?:de[nmrs]|die|das)"
        JAHRES = rf"(?:{L.alt('year_genitives')})"  # "des Jahres"
        VORJAHRES = rf"(?:{L.alt('prior_year_genitives')})"  # "des Vorjahres"
        MONATS = rf"(?:{L.alt('month_genitives')})"  # "am 15. dieses Monats"
        NACHT = rf"(?:{L.alt('night_words')})"  # "in der Nacht vom 3. auf den 4. Mai"
        # "vergangenen Jahres", "des Vorjahres" after a month or quarter
        YREL = rf"(?:(?:des\s+)?(?P<yrel>(?:{SHIFT})(?=\s+{JAHRES}\b)|(?<=des\s){VORJAHRES})(?:\s+{JAHRES})?)"
        PART = rf"(?:{L.alt('period_parts')})"  # "Anfang", "Mitte", "Ende"
        PART_B = rf"(?:{L.alt('period_parts', 'period_start')})"  # … and "Beginn"
        POD_ADV = rf"(?:{L.alt('pod_adverbs')})"  # "abends"
        YEAR_NOUN = rf"(?:(?:{L.alt('year_noun_prefixes')})?(?:{L.alt('year_nouns')}))"  # "Wahljahr"
        BOUND = L.alt("period_parts", "period_start", "period_course")  # "Ende", "im Laufe"
        BOUND_SUFFIX = L.alt(
            "period_parts", "period_start", "period_turns", "period_course_compound", "period_halves"
        )  # "Jahres|wende", "Wochen|hälfte"
        self.pod_adverbs = L["pod_adverbs"]
        self.late_pods = L["late_pods"]
        self.rules: list[Rule] = []
        self._months_alt = L.alt("months")
        # what may stand right before a year followed by a capitalised word ("im Sommer 1939 Polen …")
        yearish = L.alt("year_cue_words", "season_names", "period_parts")
        months = "|".join(w for w in L["months"] if not w.endswith((".", "s")) or w == "märz")
        self._yearish_before = re.compile(rf"(?:\b(?i:{yearish}|{months})|[(/–-])\s*$")
        # "1800 der rund 9000 Stellen": a part of a (rounded) total is a count, not a year
        fillers = L.alt("duration_approx", "part_of_total_fillers")
        self._part_of_total = re.compile(
            rf"\s+(?:{L.alt('part_of_total_links')})\s+(?:(?:{fillers})\s+){{0,2}}\d[\d.]*(?:,\d+)?\s+(?!bis\b)"
        )
        # the end of a range that carries the year: "29. März [bis 12. Mai 1780]", "vom Februar [bis zum April 1988]"
        self._range_end = re.compile(
            rf"\s*(?:bis(?:\s+(?:zum|zur|in\s+den|{PART}))?|-|–)\s*(?:(?:den|dem)\s+)?"
            rf"(?:(?P<d>{DAY})\.\s*)?(?P<mon>{MON})\s*,?\s*(?P<y>{YEAR})(?![\d.,]\d)",
            re.IGNORECASE,
        )
        self._parts_cap = _cap_alt(L, "period_parts")
        # "Winter und Sommer": the seasons proper (not "Spätsommer") before a conjunction
        self._seasons_cap = _cap_alt(L, "season_names")

        def add(name: str, pattern: str, handler: Handler, check: Any = None) -> None:
            regex = re.compile(pattern, re.IGNORECASE)
            triggers = frozenset(RULE_TRIGGERS[name])
            self.rules.append(Rule(name, regex, handler, len(self.rules), check, triggers))

        # --- absolute dates --------------------------------------------------------------
        add("iso", rf"{b}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>{DAY}){e}", self.h_numeric)
        # "am 15. dieses Monats", "zum 1. des kommenden Monats", "am 1. des Monats"
        add(
            "day_of_month",
            rf"{b}(?P<d>{DAY})\.\s+(?:(?:des|dieses)\s+(?:(?P<shift>{SHIFT})\s+)?|(?P<bare>{SHIFT})\s+){MONATS}{e}",
            self.h_day_of_month,
        )
        add(
            "numeric",
            rf"{b}(?:(?P<wd>{WDD}),?\s+(?:(?:den|dem)\s+)?)?(?P<d>{DAY})\.\s?(?P<m>0?[1-9]|1[0-2])\.(?:\s?(?P<y>{YEAR}|\d{{2}})(?![\d.,:]\d|\s*{UHR}))?",
            self.h_numeric,
            check=_numeric_check,
        )
        night_to = re.compile(
            rf"(?:{_cap_alt(L, 'night_words')})\s+(?:zum|zu|auf|von|vom)\s+"
            rf"(?:(?:{L.alt('night_weekday_adjectives')})\s+)?$"
        )
        # "die Straße des 17. Juni": the text before a date (or before its month) that names a street or square
        self._day_named_place = re.compile(
            rf"(?:{L.alt('day_named_places')})\s+des\s+(?:\d{{1,2}}\.\s*)?$", re.IGNORECASE
        )
        add(
            "day_month",
            rf"{b}(?:(?P<mod>{PART})\s+)?(?:(?P<wd>{WDD}),?\s+(?:(?:den|dem)\s+)?)?"
            # "am dritten März": an ordinal word as the day, after a preposition or article (see the check)
            # "die Erster-Mai-Demonstration", "am 1.-Mai-Feiertag": the day of a hyphenated compound
            rf"(?:(?P<d>{DAY})(?:\.?\s*|\.-(?=\w+-))|(?P<dw>(?:{L.alt('ordinals')})en)\s+|(?P<dwc>(?:{L.alt('ordinals')})er)-(?=\w+-))(?P<mon>{MON})"
            rf"(?:\s*,?\s*(?P<y>{YEAR})(?![\d.,]\d)|\s+(?P<bc>\d{{1,4}})?\s*v\.\s*Chr\.|\s+{YREL}"
            rf"|\s+(?P<ythis>des\s+{JAHRES})(?!\s*\d))?{e}",
            self.h_day_month,
            check=lambda m, text: (
                (
                    not m.group("dw")
                    or bool(
                        re.search(
                            r"\b(?:[Aa]m|[Vv]om|[Zz]um|[Dd]e[nm]|bis)\s+$", text[max(0, m.start() - 5) : m.start()]
                        )
                    )
                )
                # "in der Nacht auf Mittwoch, den 12. Mai 2010": the night's weekday (the night rule tags the date)
                and not (m.group("wd") and night_to.search(text, max(0, m.start() - 30), m.start()))
                # "die Straße des 17. Juni", "am Platz des 4. Juli": a date that names a street or square
                and not self._day_named_place.search(text, max(0, m.start() - 30), m.start())
            ),
        )
        night_from = re.compile(rf"(?:{_cap_alt(L, 'night_words')})\s+vom\s+$")  # "in der Nacht vom 3. bis 4. Mai"
        add(
            "day_range",
            rf"{b}(?P<d1>{DAY})\.\s*(?P<conj>bis(?:\s+zum)?|und(?:\s+de[nm])?|oder|-|–|/|auf\s+den|zum)\s*(?P<t>(?P<d>{DAY})\.?\s*(?P<mon>{MON})(?:\s*,?\s*(?P<y>{YEAR}))?){e}",
            self.h_day_range,
            check=lambda m, text: not night_from.search(text[max(0, m.start() - 12) : m.start()]),
        )
        add(
            "month",
            rf"{b}(?:(?P<mod>{PART_B}(?:\s*(?:{L.alt('period_range_joiners')})\s*{PART})?)\s+(?:des\s+)?)?"
            rf"(?:(?P<mshift>{L.alt('month_shifts')})\s+)?(?P<mon>{MON})"
            rf"(?:\s*,?\s*(?P<y>{YEAR})(?![\d.,]\d)|\s+(?:des\s+{JAHRES}\s+)?(?P<y2>{YEAR})|\s+{YREL}"
            rf"|\s+(?P<ythis>des\s+{JAHRES})(?!\s*\d))?{e}",
            self.h_month,
            check=self._month_check,
        )
        add(  # "in der zweiten Januarhälfte", "in der ersten Dezemberwoche": a half or week of a month
            "month_part",
            rf"{b}(?:(?P<det>die|de[mnrs])\s+)?(?P<ord>erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|letzte[nrs]?)\s+"
            rf"(?P<mon>{MON})(?P<part>{L.alt('month_parts')})(?:\s+(?P<y>{YEAR})(?![\d.,]\d))?{e}",
            self.h_month_part,
        )
        add(
            "month_range",
            rf"{b}(?P<mon1>{MON})\s*(?:/|-|–|bis|und|oder)\s*(?P<t>(?P<mon>{MON})\s+(?P<y>{YEAR})){e}",
            self.h_month_range,
        )
        add(
            "year",
            rf"{b}(?:(?P<mod>{L.alt('period_parts', 'year_seasons')})\s+|{YEAR_NOUN}\s+)?"
            rf"(?:(?P<bc_pre>\d{{1,4}})\s*v\.\s*Chr\.|(?P<y>{YEAR})(?:\s*n\.\s*Chr\.)?(?![\d.,]\d))(?!\w|-(?!\d)|/\d\d(?!\d))",
            self.h_year,
            check=lambda m, text: _year_check(m, text, self._yearish_before, self._part_of_total),
        )
        add(
            "year_pair",
            rf"{b}(?P<y>{YEAR})(?P<sep>/\s?|\s?[-–]\s?)(?P<t>\d{{2}})(?![\d.,]?\d)",
            self.h_year_pair,
            check=lambda m, text: not _YEAR_BAD_BEFORE.search(text[max(0, m.start() - 14) : m.start()]),
        )
        add(  # "am 23. August … und am 24. die Armee": a bare day number in the month talked about
            "day_only",
            rf"(?<=\b[Aa]m\s)(?P<d>{DAY})\.(?=\s+(?:de[rnm]|die|das|ein\w*|sein\w*|ihr\w*)\s)",
            self.h_day_only,
        )
        day_only_not_before = frozenset(L["day_only_not_before"])
        add(  # "Im Dezember beginnt die Sanierung, ab dem 15. ist die Halle gesperrt": the day of the month in focus
            "day_only_lead",
            "(?:{})".format(
                "|".join(rf"(?<=\b{re.escape(w).replace(chr(92) + ' ', chr(92) + 's')}\s)" for w in L["day_only_leads"])
            )
            + rf"(?P<d>{DAY})\.(?=[ \t]+\w)",
            self.h_day_only_lead,
            # a lower-case word that goes on with the clause ("am 31. griff die Armee ein"), not a noun
            # ("am 3. Spieltag"), a second day ("am 14. und 15. Februar") or a month's genitive ("am 5. des Monats")
            check=lambda m, text: bool(
                (nxt := re.match(r"[ \t]+(\w+)", text[m.end() : m.end() + 30]))
                and nxt.group(1).islower()
                and nxt.group(1) not in day_only_not_before
            ),
        )
        self._month_named = re.compile(rf"{b}(?:{MON}){e}|{b}{DAY}\.\s?(?:0?[1-9]|1[0-2])\.", re.IGNORECASE)
        add("year_bc", rf"{b}(?:(?:{L.alt('year_bc_nouns')})\s+)?(?P<y>\d{{1,4}})\s*v\.\s*Chr\.", self.h_year_bc)
        add(
            "decade",
            rf"{b}(?:(?P<mod>{PART})\s+)?(?:(?P<det>de[rn]|die)\s+)?(?:(?P<c>1\d|20)?(?P<d>\d)0-?er|(?P<w>{L.alt('decade_words')}))"
            rf"(?:(?:\s+|-)?(?:{L.alt('decade_nouns')})|(?P<yrs>)(?:(?<=\d0er)|(?<=\d0-er)|(?<=iger))n?){e}",
            self.h_decade,
            check=_decade_check,
        )
        add(
            "century",
            rf"{b}(?:(?P<mod>{PART_B})\s+(?=des\s))?(?:(?P<det>de[snm])\s+)?"
            rf"(?:(?P<n>\d{{1,2}})\.\s*|(?P<nw>(?:{L.alt('ordinals')})en)\s+)(?:{L.alt('century_nouns')})(?P<bc>\s+v\.\s*Chr\.)?{e}",
            self.h_century,
        )
        add(
            "season",
            rf"{b}(?:(?P<mod>{PART})\s+(?:des\s+)?)?(?:(?P<det>de[mns])\s+)?(?:(?P<shift>{SHIFT})\s+)?"
            rf"(?:(?:{L.alt('season_adjectives')})(?:e|en|er|es|em)\s+)?(?P<s>{SEASON})"  # "im späten Herbst"
            rf"(?:\s+(?:des\s+{JAHRES}\s+)?(?P<y>{YEAR})(?![\d.,]\d)|\s+(?:des\s+)?(?P<yshift>(?:{SHIFT})(?=\s+{JAHRES}\b)"
            rf"|(?<=des\s){VORJAHRES})(?:\s+{JAHRES})?)?{e}",  # "im Herbst des Vorjahres"
            self.h_season,
            check=self._season_check,
        )
        add(
            "quarter",
            # "Ende des ersten Quartals 2005": the part belongs to the expression, like "Ende Dezember"
            rf"{b}(?:(?P<part>{PART_B})\s+(?=de[rs]\s))?(?:(?P<det>de[mnrs])\s+)?(?P<ord>{ORD}|letzten|{SHIFT})\s+(?P<u>{L.alt('quarter_units')})"
            rf"(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yshift>(?:{SHIFT})(?=\s+{JAHRES}\b)|(?<=des\s){VORJAHRES})(?:\s+{JAHRES})?"
            rf"|\s+(?P<ythis>des\s+{JAHRES}))?{e}",
            self.h_quarter,
            # "die erste Hälfte" alone is of anything ("des Spiels"); of a year only with the year
            check=lambda m, text: m.group("u").lower() != "hälfte" or any(m.group(k) for k in ("y", "yshift", "ythis")),
        )
        kw_word, kw_abbr = L.alt("calendar_week_words"), L.alt("calendar_week_abbreviations")
        add(  # "in der 12. Kalenderwoche", "KW 12 2025", "in Kalenderwoche 12"
            "calendar_week",
            rf"{b}(?:(?P<n>\d{{1,2}})\.\s*(?:{kw_word})|(?:(?-i:{kw_abbr})\s?|(?:{kw_word})\s+)(?P<n2>\d{{1,2}})(?![\d.,]\d))"
            rf"(?:\s+(?P<y>{YEAR})(?![\d.,]\d))?{e}",
            self.h_calendar_week,
        )
        add("quarter_q", rf"{b}(?P<q>Q[1-4])(?:[/ ](?P<y>{YEAR}))?{e}", self.h_quarter, check=None)
        holidays = L.alt("holidays")
        add("holiday", rf"{b}(?P<h>{holidays})(?:\s+(?P<y>{YEAR}))?{e}", self.h_holiday)
        add(  # "am Tag nach Weihnachten", "am Freitag vor Ostern", "am Wochenende nach Pfingsten": from the holiday
            "holiday_relative",
            rf"{b}(?P<u>{L.alt('holiday_relative_units')}|{WD})\s+(?P<rel>{L.alt('holiday_relative_links')})\s+"
            rf"(?P<h>{holidays})(?:\s+(?P<y>{YEAR}))?{e}",
            self.h_holiday_relative,
        )
        add(
            "advent",
            rf"{b}(?P<ord>{ORD})\s+(?P<u>{L.alt('advent_words')})(?:\s+(?P<y>{YEAR}))?{e}",
            self.h_advent,
        )

        # --- relative dates --------------------------------------------------------------
        reldays = L.alt("relative_days")
        add(
            "relday",
            rf"{b}(?P<r>{reldays})(?:\s+(?P<pod>{POD}|früh))?{e}",
            self.h_relday,
            check=_relday_check,
        )
        add(
            "weekday",
            rf"{b}(?:(?P<shift>{SHIFT})\s+)?(?:(?P<early>{L.alt('early_late')})(?:e|en|er|es|em)\s+(?=\w+(?:{L.alt('early_late_pod_heads')})\b))?"
            rf"(?P<wd>{WD})(?:(?P<pod>{L.alt('weekday_pod_suffixes')})|(?P<gen>s)(?=[\s,.;]))?"
            rf"(?:\s+(?P<pod2>{L.alt('pod_after_weekday')})(?!\w))?"
            rf"(?:\s+(?P<wshift>{SHIFT})\s+(?:{L.alt('week_noun')})"
            rf"|\s+vor\s+(?P<wago>{L.alt('weeks_ago_numbers')}|[1-4])\s+(?:{L.alt('week_nouns')}))?{e}",
            self.h_weekday,
            check=_weekday_check,
        )
        add(
            "rel_unit",
            rf"{b}(?:(?P<det>{DET})\s+)?(?P<shift>{SHIFT})\s+(?P<u>{L.alt('rel_units')})"
            rf"(?:\s+(?P<pod>{POD}))?{e}",
            self.h_rel_unit,
        )
        add(  # "in der letzten Nacht", "letzte Nacht": the night before the paper's day
            "rel_night",
            rf"{b}(?:(?P<det>{DET})\s+)?(?P<shift>(?:{L.alt('night_shifts')})(?:e|en|er)?)\s+(?P<u>{NACHT})"
            rf"(?!\s+(?:vor|nach|zu[mr]?|auf|de[sr]|von|vom|in|im|ohne|mit)\b){e}",
            self.h_rel_night,
        )
        add(  # "in der dritten Woche", "am zweiten Tag": counted from the day talked about
            "ordinal_unit",
            rf"{b}(?P<det>der|am)\s+(?P<ord>(?:{L.alt('ordinals')})en)\s+(?P<u>{L.alt('ordinal_units')})"
            # not "des Prozesses", "nach der Wahl", "in Folge" (a count of days running, not a date)
            rf"(?!\s+(?:de[sr]|im|nach|vor|seit|von|vom|ab|ihre[rs]?|seine[rs]?|{L.alt('running_count_words')})\b){e}",
            self.h_ordinal_unit,
        )
        add(
            "unit_after",
            rf"{b}(?:(?P<det>{DET})\s+)?(?P<u>{L.alt('unit_after_units')}|{POD})\s+(?P<after>{L.alt('unit_after_words')})\b",
            self.h_unit_after,
        )
        add("tags", rf"{b}(?P<u>tags)\s+(?P<after>{L.alt('unit_after_words')}){e}", self.h_unit_after)
        add(  # "Monate später", "Stunden zuvor": vaguely after / before the focus, like "wenige Monate später"
            "bare_unit_after",
            rf"{b}(?P<u>{L.alt('bare_after_units')})\s+(?P<after>{L.alt('shift_after')})(?!\s+als\b){e}",
            self.h_bare_unit_after,
            check=lambda m, text: (
                not re.search(r"\b(?:\d+|[Dd]ie|[Dd]er|[Dd]en)\s+$", text[max(0, m.start() - 6) : m.start()])
            ),
        )
        add(  # "am Mittag des Folgetages", "in der Nacht zum Folgetag": that part of the day after
            "day_word",
            rf"{b}(?:(?P<pod>{POD})\s+(?:des|zum)\s+|(?P<det>de[rsm])\s+)?(?P<w>{L.alt('day_words')}){e}",
            self.h_day_word,
        )
        add("year_word", rf"{b}(?:(?P<det>de[sm]|das)\s+)?(?P<w>{L.alt('year_words')}){e}", self.h_year_word)
        # "die diesjährige Saison", "beim heurigen Fest": this year's (TimeML tags such adjectives as dates)
        add(  # (lower case: "zum Heurigen" is a wine tavern)
            "year_adj",
            rf"{b}(?P<w>{L.alt('year_adjectives')})(?:e|en|er|es|em)?{e}",
            self.h_year_word,
            check=lambda m, text: m.group("w")[0].islower(),
        )
        add(
            "boundary",
            rf"{b}(?P<mod>{BOUND})\s+(?:(?P<det>de[sr])\s+)?(?:(?P<shift>{SHIFT})\s+)?"
            rf"(?P<u>{L.alt('boundary_units')})(?:\s+(?P<y>{YEAR}))?{e}",
            self.h_boundary,
        )
        add(
            "boundary_word",
            rf"{b}(?:(?P<det>de[rsm]|die|das)\s+)?(?P<u>{L.alt('boundary_compound_units')})(?P<mod>{BOUND_SUFFIX})(?:\s+(?P<y>{YEAR}))?{e}",
            self.h_boundary,
            # "Wochenbeginn", "Wochenmitte"; "Wochenende" is the weekend (its own rule)
            check=lambda m, text: (
                not (
                    m.group("u").lower() == "wochen"
                    and m.group("mod").lower() in _word_class(self.lex, "week_boundary_exceptions")
                )
                # "in der ersten Jahreshälfte" is a half-year (H1), the quarter rule's
                and not (m.group("u").lower() == "jahres" and m.group("mod").lower() in self.lex["period_halves"])
            ),
        )
        add(
            "weekend",
            rf"{b}(?:(?P<det>{DET})\s+)?(?:(?P<shift>{SHIFT})\s+)?(?P<u>{L.alt('weekend_words', 'holiday_weeks')}){e}",
            self.h_weekend,
            check=lambda m, text: text[m.start() - 1 : m.start()] != "-",  # "das letzte Mai-Wochenende"
        )
        add(
            "pod",
            rf"(?:(?P<prep>\b(?:{L.alt('pod_prepositions')})\s+)|(?P<det>\b(?:den|der|des|dem|die)\s+))"
            rf"(?P<t>(?:(?P<adj>{L.alt('pod_adjectives')})(?:er)?(?:e|en|er|es|em)?\s+)?(?P<pod>{POD})"  # "späteren"
            rf"(?P<gen>s)?"  # "im Laufe des Vormittags", "des Abends"
            rf"(?:\s+(?P<of>des|vom|von|zum|auf\s+den|zu|auf)\s+(?:(?:{L.alt('night_weekday_adjectives')})\s+)?(?:(?P<rd>{L.alt('relative_days')})|(?P<wd>{WD})s?(?:\s+(?:auf|zum|zu)\s+(?:den\s+)?{WD})?"
            rf"|(?P<d>{DAY})\.\s*(?:(?P<mon>{MON})(?:\s+(?P<y>{YEAR}))?)?)"
            rf"|\s+(?P<after>{L.alt('pod_after_words')})|\s+(?P<same>{L.alt('same_day_phrases')}))?){e}",
            self.h_pod,
        )
        add(
            "pod_of_date_nodet",
            rf"{b}(?P<pod>{NACHT})\s+(?P<of>vom|zum|zu|auf\s+den)\s+(?:(?P<wd>{WD})|(?P<d>{DAY})\.(?:\s*(?P<mon>{MON})(?:\s+(?P<y>{YEAR}))?)?){e}",
            self.h_pod,
        )

        # --- times -----------------------------------------------------------------------
        TZ = rf"(?:\s+(?:{L.alt('time_zones')}))?"  # "14 Uhr MEZ", "9 Uhr Ortszeit": inside the extent
        add(
            "clock",  # a TimeML modifier is inside: "gegen 17 Uhr", "etwa 9 Uhr"
            rf"{b}(?:(?P<ap>{L.alt('clock_approx')})\s+)?(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?\s*{UHR}(?:\s+(?P<mi2>[0-5]\d)(?![\d,]|\.\d))?"
            rf"(?:\s+(?P<pod>{POD_ADV}))?{TZ}{e}",
            self.h_clock,
        )
        add(
            "clock_range",
            rf"{b}(?:(?P<prep>von|zwischen|ab)\s+)?(?P<h1>[01]?\d|2[0-4])(?:[.:](?P<m1>[0-5]\d))?\s*(?:bis|-|–|und)\s*"
            rf"(?P<t>(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?\s*{UHR}){e}",
            self.h_clock_range,
        )
        add(  # "8.30-12 und 14.30-16.30 Uhr": the first range borrows the "Uhr" of the second
            "clock_range_lead",
            rf"{b}(?P<h1>[01]?\d|2[0-4])(?:[.:](?P<m1>[0-5]\d))?\s*(?:bis|-|–)\s*(?P<t>(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?)"
            rf"(?=\s*(?:,|und)\s*(?:von\s+)?\d{{1,2}}(?:[.:]\d\d)?\s*(?:bis|-|–)\s*\d{{1,2}}(?:[.:]\d\d)?\s*{UHR})",
            self.h_clock_range,
        )
        add(
            "clock_bare",
            r"\b(?:um|ab|gegen|bis|Um|Ab|Gegen)\s+(?P<t>(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d))"
            rf"(?!\d|[.,]\d|\.\s*[a-zäöüß,]|\s*(?:{UHR}|%|m\b|{L.alt('clock_not_before_units')}))",
            self.h_clock,
        )
        # "gegen vier Uhr morgens", "um halb acht": hours written as words
        self.clock_hours = {w: n for w, n in L["clock_hours"].items()}
        HOURW = L.alt("clock_hours")
        CLOCK_POD = rf"(?:\s+(?P<pod>{POD_ADV}))?{TZ}"
        add(
            "clock_word",
            rf"{b}(?:(?P<ap>{L.alt('clock_approx')})\s+)?(?P<hw>{HOURW})\s+{UHR}{CLOCK_POD}{e}",
            self.h_clock_word,
        )
        add(
            "clock_half",
            rf"\b(?:um|gegen|ab|bis|von|zwischen)\s+(?P<t>(?P<half>{L.alt('clock_fractions')})\s+"
            rf"(?P<hw>{HOURW}|1[0-2]|[1-9])(?:\s+{UHR})?{CLOCK_POD}){e}"
            rf"(?!\s+(?:{L.alt('clock_not_before_amounts')}))",
            self.h_clock_word,
        )
        add("midnight", rf"{b}(?P<w>{L.alt('midday_words')}){e}", self.h_midnight, check=_midnight_check)

        # --- durations -------------------------------------------------------------------
        add(
            "duration",
            rf"{b}(?:(?P<det>{DET})\s+)?(?:(?P<shift>{SHIFT}|{L.alt('duration_ordinal_leads', 'duration_approx')})\s+)?"
            rf"(?:(?P<n>{NUM})(?:\s*(?P<half>{L.alt('half_suffixes')}))?|(?P<half0>{L.alt('half_amounts')}))"
            rf"(?:\s+(?:{L.alt('duration_fillers')}))?(?:\s+|-)(?:(?P<cpre>{L.alt('unit_compound_prefixes')}))?(?P<u>{UNIT})"
            rf"(?:\s+(?P<after>{L.alt('shift_after')})(?!\s+als\b))?{e}",  # not "zwei Monate früher als geplant"
            self.h_duration,
            check=_duration_check,
        )
        clock_units = tuple(w for w, u in L["units"].items() if u in ("H", "MIN"))
        add(  # "in 2:03:12 Stunden", "1:45 Stunden", "3:12,5 Minuten": a span written like a clock
            "duration_clock",
            rf"(?<![\w.:,])(?P<a>\d{{1,2}}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?:,(?P<f>\d+))?\s+"
            rf"(?P<u>{'|'.join(sorted(clock_units, key=len, reverse=True))}){e}",
            self.h_duration_clock,
        )
        NUMW = L.alt("numbers")
        outside = set(L["duration_approx_outside"])
        APPROX_IN = "|".join(_word_re(w) for w in sorted(set(L["duration_approx"]) - outside, key=len, reverse=True))
        add(  # "zwei bis drei Wochen", "50 statt 30 Jahre": the first number shares the unit of the second
            "duration_lead",
            rf"{b}(?P<t>(?P<n>\d+(?![.,:]\d)|{NUMW}))(?!\w)(?=\s*(?:bis|oder|statt|und|-|–)\s*(?:zu\s+)?"
            rf"(?:\d+(?![.,:]\d)|{NUMW})(?:\s+|-)(?P<u>{UNIT}){e})",
            self.h_duration_lead,
            check=_duration_lead_check,
        )
        add(
            "duration_vague",
            rf"{b}(?:(?P<det>de[nmr]|die)\s+)?(?P<shift>{SHIFT}|{L.alt('vague_duration_leads')})\s+(?P<u>{L.alt('vague_units')}){e}",
            self.h_duration_vague,
            check=_plural_check,
        )
        add(
            "duration_bare",
            "(?:{})".format("|".join(rf"(?<=\b{re.escape(w)}\s)" for w in L["bare_unit_prepositions"]))
            + rf"(?P<u>{L.alt('bare_units')})(?!\w)",
            self.h_duration_vague,
        )
        add(  # "erst Stunden nach der Tat", "nur Tage vor dem Besuch": a vague amount of the unit
            "duration_bare_lead",
            r"(?:(?<=\berst\s)|(?<=\bnur\s)|(?<=\bbereits\s)|(?<=\bschon\s)|(?<=\bknapp\s))"
            rf"(?P<u>{L.alt('bare_units')})(?=\s+(?:nach|vor)\s+de[mnrs]\b)",
            self.h_duration_vague,
        )
        counted_before = re.compile(
            rf"(?:\d|\b(?:{L.alt('numbers', extra=tuple(self.vague))}|die|der|den))\s+$", re.IGNORECASE
        )
        add(  # "Das Verfahren kann Monate dauern", "bereits Wochen andauernde Proteste": how long, not how many
            "duration_bare_last",
            rf"{b}(?P<u>{L.alt('bare_units')})(?=\s+(?:{L.alt('duration_verbs_after')})\b)",
            self.h_duration_vague,
            check=lambda m, text: not counted_before.search(text, max(0, m.start() - 20), m.start()),
        )
        add(  # "Jahre lang", "Wochen lang": written apart like "jahrelang"
            "duration_bare_lang",
            rf"{b}(?P<u>{L.alt('bare_units')})\s+lang(?!\w)",
            self.h_duration_vague,
            check=lambda m, text: not counted_before.search(text, max(0, m.start() - 20), m.start()),
        )
        add(  # "binnen Jahresfrist", "vor Jahresfrist": one unit as a DURATION
            "duration_term",
            rf"\b(?P<p>binnen|innerhalb|vor|nach|seit)\s+(?P<u>{L.alt('term_units')}){e}",
            self.h_duration_term,
        )
        add(  # "den ganzen Abend", "die ganze Nacht", "das ganze Jahr": one whole unit
            "duration_whole",
            rf"{b}(?P<det>den|die|das|einen|eine|ein)\s+(?:ganz|gesamt)(?:e|en|es)\s+(?P<u>{L.alt('whole_units')})(?!\w)",
            self.h_duration_whole,
        )
        add(
            "duration_adj",  # a TimeML modifier is inside: "eine fast einmonatige Belagerung"
            rf"{b}(?:(?P<ap>{APPROX_IN})\s+)?(?:(?P<n>\d+)-?|(?P<nw>{L.alt('adjective_numbers')})"
            rf")(?P<u>{L.alt('unit_adjectives')})(?:e|en|er|es|em)?{e}",
            self.h_duration_adj,
        )
        add("duration_lang", rf"{b}(?P<u>{L.alt('unit_lang')})(?:e|en|er|es|em)?{e}", self.h_duration_lang)

        # --- sets ------------------------------------------------------------------------
        add(  # "dreimal wöchentlich": the frequency is part of the SET, as in "dreimal pro Woche"
            "set_word",
            rf"{b}(?:(?:{L.alt('times_numbers')}|\d+){re.escape(L['times_suffix'])}\s+)?(?P<w>{L.alt('sets')}){e}",
            self.h_set_word,
        )
        add(  # "an (den) Wochenenden": every weekend (the singular "am Wochenende" is one weekend)
            "set_weekends",
            rf"\b[Aa]n\s+(?:den\s+)?(?P<t>{L.alt('weekend_plurals')}){e}",
            lambda m, ctx: [(m.start("t"), m.end("t"), "SET", "XXXX-WXX-WE", None, None)],
        )
        add(  # "sonntags" is every Sunday, "des Sonntags" one Sunday
            "set_weekday",
            rf"{b}(?P<w>{L.alt('weekday_adverbs')}){e}",
            self.h_set_word,
            check=lambda m, text: not _GENITIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()),
        )
        add(
            "set_every",
            rf"{b}(?P<q>{L.alt('every_words')})\s+(?:(?P<n>\d+|{L.alt('every_numbers')})\s+)?(?:(?P<ord>{L.alt('every_ordinals')})\s+)?"
            rf"(?:(?P<wd>{WD})|(?P<u>{L.alt('every_units')})|(?P<pod>{POD}))(?:\s+(?:{L.alt('every_in_month')}))?{e}",
            self.h_set_every,
        )
        add(  # "am ersten Samstag im Monat": the first Saturday of every month
            "set_month_weekday",
            rf"\b[Aa]m\s+(?P<t>(?P<ord>{L.alt('every_ordinals')})\s+(?P<wd>{WD})\s+(?:{L.alt('every_in_month')})){e}",
            self.h_set_month_weekday,
        )
        add(
            "set_times",
            rf"{b}(?P<n>{L.alt('times_numbers')}|\d+){re.escape(L['times_suffix'])}\s+(?:{L.alt('times_links')})\s+(?P<u>{L.alt('per_units')}){e}",
            self.h_set_every,
        )
        add(  # "24 Stunden am Tag", "zwei Liter am Tag": a rate per day
            "set_a_day",
            r"(?<=\s)(?P<t>am\s+Tag)(?!\s*(?:der|des|nach|vor|danach|darauf|zuvor|davor|X|\d|\())(?!\w)",
            self.h_set_a_day,
            check=lambda m, text: bool(_COUNTED_BEFORE.search(text, max(0, m.start() - 40), m.start())),
        )
        add(
            "set_per",
            rf"{b}(?:{L.alt('per_words')})\s+(?P<u>{L.alt('per_units')}){e}",
            self.h_set_every,
            check=self._set_per_check,
        )

        # --- references ------------------------------------------------------------------
        add(
            "reference",
            rf"{b}(?:(?P<det>der|die|in)\s+)?(?P<w>{L.alt('references')}){e}",
            self.h_reference,
            check=_reference_check,
        )
        # "Sportler des Jahres", "Blume des Jahres": a title given each year, no one year
        add(
            "title_year",
            rf"\b(?P<noun>\w+)\s+(?P<t>des\s+{JAHRES})(?!\s+(?:\d|v\.))\b",
            self.h_title_year,
            check=self._title_year_check,
        )

        self.title_year_heads = tuple(self.lex["title_year_heads"])
        self.trigger_classes, self.trigger_lengths = self._build_triggers()
        self._stem_heads = frozenset(w[:3] for w in self.trigger_classes if len(w) >= 3)
        self._adjective_stems = (*self.lex["unit_adjectives"], *self.lex["adjective_triggers"])
        # lower-cased word -> its trigger classes (None: no trigger); the same words recur in every text
        self._word_classes: dict[str, frozenset[str] | None] = {}

    def _build_triggers(self) -> tuple[dict[str, frozenset[str]], tuple[int, ...]]:
        """Literal stems mapped to the trigger classes in RULE_TRIGGERS. A word triggers when it
        is a stem or starts with one ("Dienstagabend", "Jahresende", "jähriges")."""
        L = self.lex
        classes: dict[str, set[str]] = {}

        def put(cls: str, words: Any) -> None:
            for w in words:  # a multi-word entry triggers on its longest (rarest) word
                key = max(re.split(r"[\s-]+", w.lower()), key=len).rstrip(".")
                classes.setdefault(key, set()).add(cls)

        put("month", L["months"])
        put("weekday", L["weekdays"])
        put("weekday", L["weekday_adverbs"])
        put("pod", L["parts_of_day"])
        put("pod", L["midday_words"])
        put("season", L["seasons"])
        put("unit", L["units"])
        put("unit", [p + u for p in L["unit_compound_prefixes"] for u in L["units"] if len(u) > 3])  # "Dienstjahren"
        put("unit", L["unit_adjectives"])
        put("unit", L["unit_lang"])
        put("unit", L["set_units"])
        put("unit", L["boundary_compound_units"])
        put("unit", L["quarter_units"])
        put("unit", L["holiday_weeks"])  # "Karwoche"
        put("unit", L["term_units"])  # "Jahresfrist"
        put("relday", L["relative_days"])
        put("holiday", L["holidays"])
        put("holiday", L["advent_words"])
        put("yearword", L["year_words"])
        put("yearword", L["year_adjectives"])
        put("dayword", L["day_words"])
        put("set", L["sets"])
        put("reference", L["references"])
        put("decade", L["decade_words"])
        put("after", L["shift_after"])
        put("after", ["tags"])
        put("uhr", [*L["clock_words"], *L["clock_fractions"]])
        put("every", L["every_words"])
        put("digit", ["q1", "q2", "q3", "q4"])  # "Q1" alone: the quarter rule waits for a digit
        frozen = {w: frozenset(c) for w, c in classes.items()}
        return frozen, tuple(sorted({len(w) for w in frozen if len(w) >= 3}, reverse=True))

    def triggers(self, text: str) -> dict[str, list[int]]:
        """Positions of each trigger class in ``text`` (one pass over its words)."""
        found: dict[str, list[int]] = {}
        classes, lengths = self.trigger_classes, self.trigger_lengths
        adjectives = self._adjective_stems
        word_classes = self._word_classes
        for m in _WORD.finditer(text):
            word = m.group()
            if word[0].isdigit():
                found.setdefault("digit", []).append(m.start())
                if "0er" in word or (word.endswith("0") and text.startswith("-er", m.end())):  # "1940-er"
                    found.setdefault("decade", []).append(m.start())
                if not word.isdigit() and any(stem in word.lower() for stem in adjectives):  # "65jährige"
                    found.setdefault("unit", []).append(m.start())
                continue
            low = word.lower()
            if low in word_classes:
                hit = word_classes[low]
            else:
                hit = classes.get(low)
                if hit is None and len(low) > 3:
                    if low[:3] in self._stem_heads:
                        for k in lengths:
                            if k < len(low) and (hit := classes.get(low[:k])) is not None:
                                break
                    # fused number + unit adjective: "einstündige", "zweitägigen", "alljährlich"
                    if ("ig" in low or "lich" in low or "ende" in low) and any(stem in low for stem in adjectives):
                        hit = _UNIT_ONLY if hit is None else hit | _UNIT_ONLY
                if len(word_classes) >= _WORD_CLASSES_MAX:
                    word_classes.clear()  # bounded: a long-running process sees ever new words
                word_classes[low] = hit
            if hit is not None:
                for cls in hit:
                    found.setdefault(cls, []).append(m.start())
        return found

    # ------------------------------------------------------------------ checks
    def _month_check(self, m: re.Match[str], text: str) -> bool:
        name = m.group("mon").lower()
        if not m.group("mon")[0].isupper():
            return False
        if self._day_named_place.search(text, max(0, m.start() - 30), m.start()):
            return False  # "die Straße des 17. Juni": a name (the day-month rule declines it as well)
        if name in self.ambiguous_months and not (m.group("y") or m.group("y2") or m.group("yrel") or m.group("mod")):
            before = text[max(0, m.start() - 12) : m.start()]
            after = text[m.end() : m.end() + 6]
            return (
                bool(
                    re.search(
                        rf"(?:\b(?:im|Im|seit|Seit|bis|Bis|ab|Ab|vom|zum|Monat|{self._parts_cap})|[/–-])\s*$", before
                    )
                )
                or bool(re.match(r"\s*(?:/|-|–|bis|und)\s", after))
                or bool(
                    re.search(
                        rf"\b(?:{self._months_alt})\s*(?:und|oder|bis|,)\s*$",
                        text[max(0, m.start() - 20) : m.start()],
                        re.I,
                    )
                )
            ) or (  # "ist für Mai geplant" (not "für August Bebel")
                bool(re.search(r"\b[Ff]ür\s+$", before)) and not re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", after)
            )  # "im April und Mai"
        return True

    def _set_per_check(self, m: re.Match[str], text: str) -> bool:
        """ "60 Kilometer pro Stunde" is a speed, not a frequency ("30 Kilometer pro Tag" stays a SET
        in WikiWarsDE's marches)."""
        if m.group("u") != "Stunde":
            return True
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30) : m.start()])
        return not (before and before.group(1).lower() in self.lex["rate_units"])

    def _season_check(self, m: re.Match[str], text: str) -> bool:
        if not m.group("s")[0].isupper():
            return False
        if m.group("y") or m.group("yshift") or m.group("shift") or m.group("mod") or m.group("det"):
            return True
        before = text[max(0, m.start() - 24) : m.start()]
        return bool(
            re.search(
                r"\b(?:im|Im|seit|bis|Bis|ab|Ab|zum|vom|Seit|der|Der|das|Das|für|Für|über|Über|diesen|jeden)\s+$",
                before,
            )
            or re.search(rf"\b(?:{self._seasons_cap})\s+(?:und|oder|bis)\s+$", before)
        )

    # ------------------------------------------------------------------ handlers: dates
    def _year_from_2digit(self, y: str, ctx: Context) -> int:
        if len(y) == 4:
            return int(y)
        n = int(y)
        base = ctx.dct.year if ctx.dct else 2000
        year = (base // 100) * 100 + n
        return year - 100 if year > base + 10 else year

    def _shifted_year(self, ctx: Context, word: str) -> tuple[int | None, str | None]:
        """The year of "des Jahres" with a shift word: "dieses/vergangenen Jahres" count from the
        paper's date, "desselben/des folgenden Jahres" from the year talked about."""
        stem = _stem(word)
        shift = -1 if stem.startswith("vorjahr") else self.shifts.get(stem, 0)
        if stem in self.anaphoric_shifts and ctx.year is not None:
            return ctx.year + shift, f"FOCUS:{fmt_year(ctx.year)}"
        ref, kind = ctx.deictic()
        if ref is None:
            return None, None
        return ref.year + shift, f"{kind}:{day_value(ref)}"

    def _dated(
        self, ctx: Context, pos: int, day: int, month: int, year: int | None, weekday: str | None = None
    ) -> tuple[str, str | None, date | None]:
        """Value of a day-month date, with the year resolved when it was not written. A weekday
        written with it ("Samstag, 6. Februar") picks, among the nearby years, one it falls on."""
        anchor = None
        just_named = ctx.day is not None and (ctx.day.month, ctx.day.day) == (month, day)
        if year is None and ctx.day is not None and just_named and 0 <= pos - ctx.day_pos < 40:
            year, anchor = ctx.day.year, f"FOCUS:{day_value(ctx.day)}"  # "gestern, am 12. Juli": the day just named
        if year is None:
            year, anchor = ctx.year_for(month, day, pos)
            wd = self.weekdays_any.get(weekday.lower()) if weekday else None
            near_dct = (
                year is not None
                and not ctx.narrative
                and ctx.dct is not None
                and (c := safe_date(year, month, day)) is not None
                and abs((c - ctx.dct).days) <= WEEKDAY_TYPO_DAYS
            )
            # news: a date a few weeks from the paper's whose weekday does not fit it is a slip in the day or
            # the weekday ("Freitag, 14. November" when the 14th is a Saturday), not a date a year away
            if year is not None and wd is not None and not near_dct:
                near = [year, year - 1, year + 1]
                if ctx.dct is not None:
                    near += [ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1]
                fits = [y for y in near if (c := safe_date(y, month, day)) is not None and c.isoweekday() == wd]
                if fits and fits[0] != year:
                    year = fits[0]
                    anchor = f"DCT:{day_value(ctx.dct)}" if ctx.dct is not None else anchor
        if year is None:
            return f"XXXX-{month:02d}-{day:02d}", None, None
        d = safe_date(year, month, day)
        if d is None:
            return "", None, None
        return day_value(d), anchor, d

    def h_numeric(self, m: re.Match[str], ctx: Context) -> list[Result]:
        day, month = int(m.group("d")), int(m.group("m"))
        ystr = m.group("y")
        year = self._year_from_2digit(ystr, ctx) if ystr else None
        value, anchor, d = self._dated(ctx, m.start(), day, month, year, m.groupdict().get("wd"))
        if not value:
            return []
        if d is not None:
            ctx.set_day(d)
            if ystr:
                ctx.year_pos = m.end()
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def h_day_month(self, m: re.Match[str], ctx: Context) -> list[Result]:
        day = int(m.group("d")) if m.group("d") else self.ordinals.get(_stem(m.group("dw") or m.group("dwc")), 0)
        month = self.months[_norm_month(m.group("mon"))]
        if day < 1:
            return []
        year: int | None = None
        anchor = None
        if m.group("y"):
            year = int(m.group("y"))
        elif m.group("bc") is not None or "chr" in m.group().lower():
            year = 1 - int(m.group("bc")) if m.group("bc") else None
        elif m.group("yrel"):
            year, anchor = self._shifted_year(ctx, m.group("yrel"))
        elif m.group("ythis"):  # "am 2. April des Jahres": the year talked about
            year, kind = ctx.anaphoric_year()
            anchor = f"{kind}:{fmt_year(year)}" if year is not None else None
        if year is not None and year <= 0:
            value = f"{fmt_year(year)}-{month:02d}-{day:02d}"
            return [(m.start(), m.end(), "DATE", value, None, value)]
        if year is None and anchor is None:
            year = self._range_end_year(ctx.text, m.end(), month, day)
        weekday = m.group("wd")
        if weekday is None and (after := _context_res(self.lex).weekday_after.match(ctx.text, m.end())):
            weekday = after.group(1)  # "am 24. März (Samstag)"
        elif weekday is None and (
            before := _context_res(self.lex).weekday_before.search(ctx.text, max(0, m.start() - 14), m.start())
        ):
            weekday = before.group(1)  # "am Dienstag (16. Februar)"
        value, anchor2, d = self._dated(ctx, m.start(), day, month, year, weekday)
        if not value:
            return []
        if d is not None:
            ctx.set_day(d)
            if m.group("y"):
                ctx.year_pos = m.end()
        return [(m.start(), m.end(), "DATE", value, anchor or anchor2, value)]

    def h_day_range(self, m: re.Match[str], ctx: Context) -> list[Result]:
        month = self.months[_norm_month(m.group("mon"))]
        year = int(m.group("y")) if m.group("y") else None
        d1, d2 = int(m.group("d1")), int(m.group("d"))
        # the range's start speaks for its tense: the "bis" inside "vom 5. bis 8. Mai" is no target; but the
        # "auf den" of a move ("vom 3. auf den 10. Dezember verschoben") makes the new day a target
        moved = self._moved_to(ctx.text, m.start("t"))
        v2, a2, date2 = self._dated(ctx, m.start("t") if moved else m.start(), d2, month, year)
        if not v2:
            return []
        y1 = date2.year if date2 else None
        m1 = month if d1 <= d2 else month - 1 or 12
        if y1 is not None and d1 > d2 and month == 1:
            y1 -= 1
        v1 = f"{y1:04d}-{m1:02d}-{d1:02d}" if y1 is not None else f"XXXX-{m1:02d}-{d1:02d}"
        out: list[Result] = []
        conj = m.group("conj").lower()
        first_end = m.start("d1") + len(m.group("d1")) + 1
        if y1 is None or safe_date(y1, m1, d1) is not None:
            night = "nacht" in ctx.text[max(0, m.start() - 12) : m.start()].lower() and conj.startswith(
                _word_class(self.lex, "night_date_links")
            )
            if not night:  # "in der Nacht vom 16. auf den 17." is the pod rule's job
                out.append((m.start("d1"), first_end, "DATE", v1, a2, v1))
        if date2 is not None:
            ctx.set_day(date2)
            if year:
                ctx.year_pos = m.end()
        out.append((m.start("t"), m.end("t"), "DATE", v2, a2, v2))
        return out

    def h_month(self, m: re.Match[str], ctx: Context) -> list[Result]:
        month = self.months[_norm_month(m.group("mon"))]
        ystr = m.group("y") or m.group("y2")
        anchor = None
        if ystr:
            year: int | None = int(ystr)
            ctx.year_pos = m.end()
        elif m.group("yrel"):
            year, anchor = self._shifted_year(ctx, m.group("yrel"))
        elif m.group("ythis"):  # "im April des Jahres": the year talked about
            year, kind = ctx.anaphoric_year()
            anchor = f"{kind}:{fmt_year(year)}" if year is not None else None
        elif m.group("mshift"):
            # "im vergangenen Oktober": the last one before the paper's month; "im kommenden März"
            # the next one after it; "in diesem November" the one of the paper's year
            ref, kind = ctx.deictic()
            if ref is None:
                year = None
            else:
                shift = self.shifts.get(_stem(m.group("mshift")), 0)
                year = ref.year
                if shift < 0 and month >= ref.month:
                    year -= 1
                elif shift > 0 and month <= ref.month:
                    year += 1
                anchor = f"{kind}:{day_value(ref)}"
        elif (end_year := self._range_end_year(ctx.text, m.end(), month, 1)) is not None:
            year = end_year
        else:
            year, anchor = ctx.year_for(month, 1, m.start(), span=29)
        if year is None:
            value = f"XXXX-{month:02d}"
        else:
            value = f"{fmt_year(year)}-{month:02d}"
            ctx.set_month(year, month)
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def _range_end_year(self, text: str, end: int, month: int, day: int) -> int | None:
        """The year of a year-less range start from the range's end ("29. März bis 12. Mai 1780"):
        that year, or the one before when the start lies later in the calendar."""
        m = self._range_end.match(text, end)
        if m is None:
            return None
        year, end_month = int(m.group("y")), self.months[_norm_month(m.group("mon"))]
        end_day = int(m.group("d")) if m.group("d") else 31
        return year if (month, day) <= (end_month, end_day) else year - 1

    def h_month_part(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """A half of a month is that month ("in der zweiten Januarhälfte" → 2027-01, its year found like that of
        "im Januar"); the n-th week of a month is the ISO week holding its day 4 + 7(n-1), the last one the
        week holding its fourth-last day (the week most of whose days lie in the month)."""
        month = self.months[_norm_month(m.group("mon"))]
        if m.group("y"):
            year: int | None = int(m.group("y"))
            anchor = None
        else:
            year, anchor = ctx.year_for(month, 1, m.start(), span=29)
        if year is None:
            return []
        ctx.set_month(year, month)
        value = f"{fmt_year(year)}-{month:02d}"
        if self.lex["month_parts"][m.group("part").lower()] == "week":
            ordw = m.group("ord").lower()
            if ordw.startswith("letzt"):
                day = add_months(date(year, month, 1), 1) - timedelta(days=4)
            else:
                n = next(k for k, w in enumerate(_word_class(self.lex, "week_ordinal_stems"), 1) if ordw.startswith(w))
                day = date(year, month, 4 + 7 * (n - 1))
            value = week_value(day)
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def h_month_range(self, m: re.Match[str], ctx: Context) -> list[Result]:
        year = int(m.group("y"))
        m1 = self.months[_norm_month(m.group("mon1"))]
        m2 = self.months[_norm_month(m.group("mon"))]
        y1 = year if m1 <= m2 else year - 1
        ctx.set_month(year, m2)
        ctx.year_pos = m.end()
        v1, v2 = f"{y1:04d}-{m1:02d}", f"{year:04d}-{m2:02d}"
        return [
            (m.start("mon1"), m.end("mon1"), "DATE", v1, None, v1),
            (m.start("t"), m.end("t"), "DATE", v2, None, v2),
        ]

    def h_year(self, m: re.Match[str], ctx: Context) -> list[Result]:
        year = 1 - int(m.group("bc_pre")) if m.group("bc_pre") else int(m.group("y"))
        mod = _lower(m.group("mod"))
        # "seit 1990", "bis 1915", "(1912/13)": a boundary or an aside, not what is talked about
        before = ctx.text[max(0, m.start() - 8) : m.start()]
        aside = (
            bool(re.search(r"(?:\b(?:seit|Seit|bis|Bis|ab|Ab|vor|Vor)\s+|\()$", before))
            or ctx.text[m.end() : m.end() + 1] == "/"
        )
        if not aside or ctx.year is None:
            ctx.set_year(year)
            ctx.year_pos = m.end()
        value = fmt_year(year)
        if mod in self.seasons:
            value = f"{value}-{self.seasons[mod]}"
        return [(m.start(), m.end(), "DATE", value, None, value)]

    def h_year_pair(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """ "1912/13", "Winter 1777/78": the second year is written with two digits."""
        first = int(m.group("y"))
        second = first // 100 * 100 + int(m.group("t"))
        # "/" joins two consecutive years (a season, a school year); a dash spans a range
        # ("1926–28"), which never runs backwards or longer than a couple of decades
        slash = m.group("sep").strip() == "/"
        if second != first + 1 and (slash or not 0 < second - first <= 20):
            return []
        ctx.set_year(second)
        ctx.year_pos = m.end()
        v1, v2 = fmt_year(first), fmt_year(second)
        if slash and not ctx.narrative:
            # news: "die Saison 2013/14", "1925/ 26" is one expression (KRAUTS: "1925/ 26" → the decade "192");
            # WikiWarsDE's histories tag the two years apart ("1912/13")
            value = v1[:3] if first // 10 == second // 10 else v1
            return [(m.start("y"), m.end("t"), "DATE", value, None, value)]
        return [(m.start("y"), m.end("y"), "DATE", v1, None, v1), (m.start("t"), m.end("t"), "DATE", v2, None, v2)]

    def h_calendar_week(self, m: re.Match[str], ctx: Context) -> list[Result]:
        week = int(m.group("n") or m.group("n2"))
        if not 1 <= week <= 53:
            return []
        if m.group("y"):
            year: int | None = int(m.group("y"))
            anchor = None
        elif ctx.narrative or ctx.dct is None:
            year, kind = ctx.anaphoric_year() if ctx.narrative else (None, "DCT")
            anchor = f"{kind}:{fmt_year(year)}" if year is not None else None
        else:  # news: the nearest such week, tense-directed like a year-less date ("ab KW 2" in November)

            def monday(y: int) -> date | None:
                try:
                    return date.fromisocalendar(y, week, 1)
                except ValueError:  # week 53 of a 52-week year
                    return None

            year, anchor = ctx.year_for(1, 1, m.start(), monday, span=6)
        value = f"{year:04d}-W{week:02d}" if year is not None and year > 0 else f"XXXX-W{week:02d}"
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def h_day_only(self, m: re.Match[str], ctx: Context) -> list[Result]:
        if ctx.month is None:  # only meaningful right after a month was named
            return []
        d = safe_date(ctx.month[0], ctx.month[1], int(m.group("d"))) if ctx.month[0] > 0 else None
        if d is None:
            return []
        anchor = f"FOCUS:{ctx.month[0]:04d}-{ctx.month[1]:02d}"
        ctx.set_day(d)
        return [(m.start(), m.end(), "DATE", day_value(d), anchor, day_value(d))]

    def h_day_only_lead(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """A day without its month after a preposition: only with a month named earlier in the
        paragraph ("Am 28. Oktober begannen die Proteste, am 31. griff die Armee ein")."""
        para = ctx.text.rfind("\n", 0, m.start()) + 1
        if not self._month_named.search(ctx.text, para, m.start()):
            return []
        return self.h_day_only(m, ctx)

    def h_year_bc(self, m: re.Match[str], ctx: Context) -> list[Result]:
        year = 1 - int(m.group("y"))
        ctx.set_year(year)
        ctx.year_pos = m.end()
        value = fmt_year(year)
        return [(m.start(), m.end(), "DATE", value, None, value)]

    def h_decade(self, m: re.Match[str], ctx: Context) -> list[Result]:
        if m.group("w"):
            digit, century = int(self.lex["decade_words"][m.group("w").lower()]), None
        else:
            digit, century = int(m.group("d")), m.group("c")
        if century is None:
            # "die 90er Jahre": the last such decade that has begun by the publication year
            ref = ctx.dct.year if ctx.dct else 2000
            century = "20" if digit <= 1 and 2000 + 10 * digit <= ref else "19"
        value = f"{century}{digit}"
        start = m.start("mod") if m.group("mod") else m.start()
        return [(start, m.end(), "DATE", value, None, value)]

    def h_century(self, m: re.Match[str], ctx: Context) -> list[Result]:
        n = int(m.group("n")) if m.group("n") else self.ordinals.get(_stem(m.group("nw")), 0)  # "im zwölften"
        if n < 1:
            return []
        value = f"BC{n - 1:02d}" if m.group("bc") else f"{n - 1:02d}"
        return [(m.start(), m.end(), "DATE", value, None, value)]

    def h_season(self, m: re.Match[str], ctx: Context) -> list[Result]:
        season = self.seasons[m.group("s").lower()]
        anchor = None
        if m.group("y"):
            year: int | None = int(m.group("y"))
            ctx.year_pos = m.end()
        elif m.group("yshift") and _stem(m.group("yshift")).startswith("vorjahr"):
            year, anchor = self._shifted_year(ctx, m.group("yshift"))
        else:
            shift_word = m.group("yshift") or m.group("shift")
            if shift_word and _stem(shift_word) in self.shifts:
                anaphoric = m.group("yshift") and _stem(shift_word) in self.anaphoric_shifts and ctx.year is not None
                ref, kind = (
                    ctx.deictic() if _stem(shift_word) not in _word_class(self.lex, "same_stems") else (None, "")
                )
                ref = None if anaphoric else ref  # "im Sommer des folgenden Jahres": after the year talked about
                base_year, kind2 = (
                    (ref.year, kind) if ref else (ctx.year, "FOCUS") if anaphoric else ctx.anaphoric_year()
                )
                shift = self.shifts[_stem(shift_word)]
                if m.group("shift") and not m.group("yshift") and base_year is not None:
                    # "im vergangenen Sommer": the most recent past one, not always last year's
                    mid = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[season]
                    ref_month = ref.month if ref else 7
                    if shift < 0:
                        shift = -1 if mid >= ref_month else 0
                    elif shift > 0:
                        shift = 1 if mid <= ref_month else 0
                year = base_year + shift if base_year is not None else None
                anchor = f"{kind2}:{fmt_year(base_year)}" if base_year is not None else None
            else:
                # the season as a stretch of days, so that one under way counts as both now and ahead
                # ("die kälteste Nacht des Winters steht bevor" in late January); winter by its January
                first, span = {"SP": ((3, 1), 91), "SU": ((6, 1), 91), "FA": ((9, 1), 90), "WI": ((1, 1), 58)}[season]
                year, anchor = ctx.year_for(first[0], first[1], m.start(), span=span)
        value = f"{fmt_year(year)}-{season}" if year is not None else f"XXXX-{season}"
        start = m.start("det") if m.group("det") and not m.group("mod") else m.start()
        return [(start, m.end(), "DATE", value, anchor, value)]

    def h_quarter(self, m: re.Match[str], ctx: Context) -> list[Result]:
        groups = m.groupdict()
        if groups.get("q"):
            n, unit = int(groups["q"][1]), "Q"
        else:
            ordw = groups["ord"].lower()
            unit = "Q" if ordw and m.group("u").lower().startswith("quartal") else "H"
            stem = _stem(ordw)
            if stem in self.shifts and not stem.startswith("letzt") and not groups.get("y"):
                # "im vergangenen Quartal", "im laufenden Halbjahr": counted from the paper's date
                ref, kind = ctx.deictic()
                if ref is None:
                    return []
                size = 3 if unit == "Q" else 6
                index = ref.year * (12 // size) + (ref.month - 1) // size + self.shifts[stem]
                year, n = divmod(index, 12 // size)
                value = f"{fmt_year(year)}-{unit}{n + 1}"
                return [(m.start(), m.end(), "DATE", value, f"{kind}:{day_value(ref)}", value)]
            if ordw.startswith("letzt"):
                n = 4 if unit == "Q" else 2
            elif ordw[0].isdigit():
                n = int(ordw[0])
            else:
                n = self.ordinals.get(_stem(ordw), 0)
            if n < 1 or (unit == "Q" and n > 4) or (unit == "H" and n > 2):
                return []
        anchor = None
        if groups.get("y"):
            year: int | None = int(groups["y"])
        elif groups.get("yshift"):
            year, anchor = self._shifted_year(ctx, groups["yshift"])
        elif not ctx.narrative and ctx.dct is not None and clause_tense(ctx.text, m.start(), self.lex) == 0:
            # news name the quarters of their own year: "im ersten Halbjahr stieg der Umsatz um …"
            year, anchor = ctx.dct.year, f"DCT:{day_value(ctx.dct)}"
        else:
            months = 3 if unit == "Q" else 6
            year, anchor = ctx.year_for((n - 1) * months + 1, 1, m.start(), span=30 * months - 1)
        value = f"{fmt_year(year) if year is not None else 'XXXX'}-{unit}{n}"
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def h_holiday(self, m: re.Match[str], ctx: Context) -> list[Result]:
        spec, _, pod = self.lex["holidays"][" ".join(m.group("h").lower().split())].partition("T")
        hits = self._holiday(m, ctx, spec)
        if pod:  # "in der Silvesternacht": a part of that day
            return [(s, e, "TIME", f"{v}T{pod}", a, d) for s, e, _, v, a, d in hits if d is not None]
        return hits

    def h_holiday_relative(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """ "am Tag nach Weihnachten" (the day after), "am Freitag vor Ostern" (the last Friday before it),
        "am Wochenende vor Ostern" (the weekend before the holiday's own weekend)."""
        spec = self.lex["holidays"][" ".join(m.group("h").lower().split())].partition("T")[0]
        hits = self._holiday(m, ctx, spec)
        d = date.fromisoformat(hits[0][5]) if hits and hits[0][5] else None
        if d is None:
            return []
        sign = self.lex["holiday_relative_links"][m.group("rel").lower()]
        unit = m.group("u").lower()
        anchor = f"FOCUS:{day_value(d)}"
        kind = self.lex["holiday_relative_units"].get(unit)
        if kind == "WE":
            # the weekend's Saturday after the holiday, or its Sunday before the holiday's own weekend
            own = d if d.isoweekday() < 6 else d - timedelta(days=d.isoweekday() - 6)
            day = (
                d + timedelta(days=(6 - d.isoweekday()) % 7 or 7)
                if sign > 0
                else own - timedelta(days=own.isoweekday())
            )
            value = f"{week_value(day)}-WE"
            return [(m.start(), m.end(), "DATE", value, anchor, None)]
        if kind == "D":
            day = d + timedelta(days=sign)
        else:  # a weekday: the nearest one strictly before / after the holiday
            wd = self.weekdays[unit]
            step = (wd - d.isoweekday()) % 7 or 7 if sign > 0 else -((d.isoweekday() - wd) % 7 or 7)
            day = d + timedelta(days=step)
        ctx.set_day(day)
        return [(m.start(), m.end(), "DATE", day_value(day), anchor, day_value(day))]

    def h_advent(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """ "am zweiten Adventsonntag", "am 1. Advent", "am dritten Adventwochenende"."""
        word = m.group("ord").lower()
        n = int(word[0]) if word[0].isdigit() else self.ordinals.get(_stem(word), self.ordinals.get(word, 0))
        if not 1 <= n <= 4:
            return []
        on = _advent_based(7 * (n - 1))
        if m.group("y"):
            year: int | None = int(m.group("y"))
            anchor = None
        else:
            year, anchor = ctx.year_for(12, 1, m.start(), on)
        d = on(year) if year is not None else None
        if d is None:
            return [(m.start(), m.end(), "DATE", "XXXX-XX-XX", None, None)]
        ctx.set_day(d)
        if "wochenende" in m.group("u").lower():
            return [(m.start(), m.end(), "DATE", f"{week_value(d)}-WE", anchor, None)]
        return [(m.start(), m.end(), "DATE", day_value(d), anchor, day_value(d))]

    def _holiday(self, m: re.Match[str], ctx: Context, spec: str) -> list[Result]:
        anchor = None
        if not m.group("y") and _name_nouns_before(self.lex).search(ctx.text, max(0, m.start() - 20), m.start()):
            # "der Pfarre Maria Himmelfahrt": a church's name; KRAUTS tags it with no date
            return [(m.start(), m.end(), "DATE", "XXXX-XX-XX", None, None)]
        on = _holiday_on(spec)
        if m.group("y"):
            year: int | None = int(m.group("y"))
        else:
            # the probe day only matters for a fixed day (a movable one is placed by ``on``)
            probe = (int(spec[:2]), int(spec[3:])) if on is None else (3, 31) if spec[0] == "E" else (12, 1)
            year, anchor = ctx.year_for(probe[0], probe[1], m.start(), on)
        d = None if year is None else on(year) if on is not None else date(year, int(spec[:2]), int(spec[3:]))
        if d is None:
            if on is not None:
                return [(m.start(), m.end(), "DATE", "XXXX-XX-XX", None, None)]
            return [(m.start(), m.end(), "DATE", f"XXXX-{spec}", None, None)]
        ctx.set_day(d)
        return [(m.start(), m.end(), "DATE", day_value(d), anchor, day_value(d))]

    # ------------------------------------------------------------------ handlers: relative
    def h_relday(self, m: re.Match[str], ctx: Context) -> list[Result]:
        word = m.group("r").lower()
        offset = self.lex["relative_days"][word]
        pod_word = _lower(m.group("pod"))
        if word == "heute" and not pod_word and _generic_heute(ctx.text, m.start(), m.end()):
            return [(m.start(), m.end(), "DATE", "PRESENT_REF", None, None)]
        if ctx.dct is None or (ctx.narrative and word == "heute"):
            if word == "heute" and not pod_word:
                return [(m.start(), m.end(), "DATE", "PRESENT_REF", None, None)]
            if ctx.dct is None:
                # "gestern", "morgen früh" with no publication date: a day that is certain to be one, which day
                # unknown — kept underspecified like a weekday ("XXXX-XX-XX"), not dropped (twenty-ninth session)
                if pod_word:
                    return [(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{self.pods.get(pod_word, 'MO')}", None, None)]
                return [(m.start(), m.end(), "DATE", "XXXX-XX-XX", None, None)]
        ref = ctx.dct if ctx.dct is not None else None
        if ref is None:
            return []
        d = ref + timedelta(days=offset)
        ctx.set_day(d)
        anchor = f"DCT:{day_value(ref)}"
        if pod_word:
            pod = self.pods.get(pod_word, "MO")
            return [(m.start(), m.end(), "TIME", f"{day_value(d)}T{pod}", anchor, day_value(d))]
        return [(m.start(), m.end(), "DATE", day_value(d), anchor, day_value(d))]

    def h_weekday(self, m: re.Match[str], ctx: Context) -> list[Result]:
        wd = self.weekdays[m.group("wd").lower()]
        shift_word = m.group("shift")
        ref, kind = ctx.deictic()
        if shift_word and _stem(shift_word) in self.anaphoric_shifts and ctx.day is not None:
            ref, kind = ctx.day, "FOCUS"  # "am darauffolgenden Samstag": after the day talked about
        elif (
            not shift_word
            and ctx.day is not None
            and ctx.day.isoweekday() == wd
            and 0 <= m.start() - ctx.day_pos < 30
            and _WEEKDAY_APPOSITION.fullmatch(ctx.text, ctx.prev_end, m.start())
        ):
            # "am 24. März (Samstag)", "am 24. März, einem Samstag": the date just named (not "am
            # Vorabend der Wahl am Sonntag", whose Sunday is no apposition)
            ref, kind = ctx.day, "FOCUS"
        elif (
            not shift_word
            and not (m.group("pod") or m.group("pod2"))
            and _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
        ):
            # "an einem Sonntag": some Sunday, not a day to count from the paper's date
            return [(m.start(), m.end(), "DATE", f"XXXX-WXX-{wd}", None, None)]
        if ref is None:
            return [(m.start(), m.end(), "DATE", "XXXX-XX-XX", None, None)]
        prev = ctx.prev_day
        week_word = m.group("wshift")
        ago = _lower(m.groupdict().get("wago"))
        if ago and not shift_word:
            # "am Mittwoch vor einer Woche": that weekday nearest to the day that many weeks before the paper's
            weeks = int(ago) if ago.isdigit() else int(self.numbers.get(ago, 1))
            back = ref - timedelta(weeks=weeks)
            d = back + timedelta(days=(wd - back.isoweekday() + 3) % 7 - 3)
        elif week_word:
            # "am Donnerstag kommender Woche": that weekday in the week named ("folgender Woche":
            # the week after the day talked about)
            stem = _stem(week_word)
            if stem in self.anaphoric_shifts and ctx.day is not None:
                ref, kind = ctx.day, "FOCUS"
            else:
                ref, kind = ctx.deictic()
            if ref is None:
                return [(m.start(), m.end(), "DATE", "XXXX-XX-XX", None, None)]
            week = ref + timedelta(weeks=self.shifts.get(stem, 0))
            d = week + timedelta(days=wd - week.isoweekday())
        elif not shift_word and (paren := self._paren_date(m, ctx, wd)) is not None:
            d = paren  # "am Dienstag (16. Februar)": the day of the date written with it
        elif (
            not shift_word
            and prev is not None
            and (wd - prev.isoweekday()) % 7 > 0
            and _COORDINATED.fullmatch(ctx.text, ctx.prev_end, m.start())
        ):
            # "am Samstag und Sonntag", "von Montag bis Freitag": the next such day after the one just named
            ref, kind = prev, "FOCUS"
            d = prev + timedelta(days=(wd - prev.isoweekday()) % 7)
        else:
            forward = kind == "FOCUS" and (ctx.dct is None or ctx.narrative) and ctx.day == ref
            d = self._weekday_date(m, ctx, ref, wd, shift_word, forward)
        ctx.set_day(d)
        anchor = f"{kind}:{day_value(ref)}"
        # KRAUTS leaves adjectives made from deictic adverbs out: "am heutigen [Samstag]"
        outside = shift_word and _stem(shift_word) in self.lex["shifts_outside_extent"]
        start = m.start("wd") if outside else m.start()
        pod_word = _lower(m.group("pod") or m.group("pod2")).rstrip("s")
        if pod_word:
            pod = self.pods.get(pod_word, self.pods.get(pod_word + "s", "MO"))
            return [(start, m.end(), "TIME", f"{day_value(d)}T{pod}", anchor, day_value(d))]
        return [(start, m.end(), "DATE", day_value(d), anchor, day_value(d))]

    def _paren_date(self, m: re.Match[str], ctx: Context, wd: int) -> date | None:
        """The date in brackets right after a weekday ("Mittwoch (23. März)"), if it falls on it."""
        after = re.match(rf"\s*\(\s*(\d{{1,2}})\.\s*({self._months_alt})[\s,)]", ctx.text[m.end() : m.end() + 40], re.I)
        if after is None:
            return None
        day, month = int(after.group(1)), self.months[_norm_month(after.group(2))]
        _, _, d = self._dated(ctx, m.end() + after.start(1), day, month, None, m.group("wd"))
        return d if d is not None and d.isoweekday() == wd else None

    def _weekday_date(
        self, m: re.Match[str], ctx: Context, ref: date, wd: int, shift_word: str | None, forward: bool = False
    ) -> date:
        """The date of a weekday seen from ``ref``: by its shift word, else the clause's tense.
        ``forward``: ``ref`` is the day in focus of a story told without a paper's date."""
        diff = wd - ref.isoweekday()
        if shift_word:
            shift = self.shifts.get(_stem(shift_word), 0)
        else:
            shift = clause_tense(ctx.text, m.start(), self.lex, m.end())
        from_clause = not shift_word  # the direction comes from the clause's verb alone
        call = -1
        if not shift_word and past_participle_after(ctx.text, m.end(), self.lex):
            shift, from_clause = -1, False  # "nach der am Dienstag erfolgten Veröffentlichung"
        elif not shift_word and present_participle_after(ctx.text, m.end(), self.lex):
            shift = 1  # "die am Sonntag stattfindende Wahl"
        elif (
            not shift_word
            and shift < 0
            and not ctx.narrative
            and (call := _call_at(ctx.text, m.start(), m.end(), comma=True)) >= 0
        ):
            # "rief dazu auf, am Samstag zu streiken", "bat die Bürger, am Sonntag zu Hause zu bleiben": the
            # called-for day lies ahead of the call; told as background ("hatte … aufgerufen") the nearest one
            shift, from_clause = (0 if _pluperfect_clause(ctx.text, call, self.lex) else 1), False
        elif not shift_word and shift < 0 and not ctx.narrative and _demanded_date(ctx.text, m.start(), m.end()):
            # "rief zu einem Generalstreik ab Donnerstag auf", "forderte Neuwahlen bis Freitag": the demanded
            # thing's day lies ahead of the demand; told as background ("hatte … gefordert") the nearest one
            shift, from_clause = (0 if _pluperfect_clause(ctx.text, m.start(), self.lex) else 1), False
        if not shift_word and _context_res(self.lex).since_before.search(ctx.text, max(0, m.start() - 20), m.start()):
            shift, from_clause = -1, False  # "seit Montag wird gestreikt": a day behind, whatever the tense
        elif (
            not shift_word
            and _OF_DAY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
            and not _RANGE_AFTER.match(ctx.text, m.end())
        ):
            # "die Wahl vom Sonntag", "laut einer Aussage von Freitag": what that day brought
            shift, from_clause = -1, False
        elif (
            shift == 0
            and not shift_word
            and not ctx.narrative
            and diff % 7 != 6  # the day before the paper: written that day, in its present
            and call < 0  # a called-for day told as background stays the nearest
            and not _SPAN_AFTER.match(ctx.text, m.end())  # "gilt von Montag bis Freitag": the nearest span
            and present_clause(ctx.text, m.start(), m.end(), self.lex)
        ):
            shift = 1  # "Am Freitag treffen sich die Minister": news tell what is done in the past tense
        ahead = not shift_word and _AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        if not shift_word and self._moved_to(ctx.text, m.start()):
            # "die Sitzung wurde auf Donnerstag verlegt": the new day lies ahead, whatever the tense — ahead of
            # the day the move was made on when the clause names it ("war am Montag auf Dienstag vertagt worden")
            c_left = _clause_bounds(ctx.text, m.start())[2]
            base = ctx.prev_day if ctx.prev_day is not None and ctx.prev_end > c_left else ref
            return base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        if ahead and (
            shift == 0
            or (
                ahead.group(1).lower() == "für"
                and not (
                    _ATTRIBUTIVE_AFTER.match(ctx.text, m.end())
                    and _DETERMINER_BEFORE.search(ctx.text, max(0, ahead.start(1) - 30), ahead.start(1))
                )
            )
        ):
            # "für Montag ist eine Sitzung angesetzt", "ab Montag gilt": the day ahead; but "die für
            # Montag geplante Demo wurde abgesagt" may lie behind
            shift = 1
        elif ahead and shift < 0 and from_clause and _plan_modal_clause(ctx.text, m.start(), self.lex):
            # "die Gespräche sollten bis Freitag dauern" (reported plan): the Konjunktiv of "sollen"
            # looks like a past, the day is the nearest one, mostly ahead
            shift = 0
        if shift < 0 and forward and from_clause and not _perfect_clause(ctx.text, m.start(), self.lex):
            # a story told in the simple past from the day in focus, without a paper's date: "Am
            # Sonntagabend traf er ein. Am Montagmorgen kam er mit … zusammen" moves on (but "Am
            # Freitag hatte er … gesagt", "ist am Sonntag eingetroffen" look back)
            delta = diff if diff >= 0 else diff + 7
        elif shift < 0:  # past: the latest such day, today included ("am Dienstag" in Tuesday's paper),
            # but "am vergangenen Samstag" in Saturday's paper is a week ago, as "kommenden" is a week ahead
            delta = diff if diff < 0 or (diff == 0 and not shift_word) else diff - 7
        elif shift > 0:
            # "am Dienstag will er …" in Tuesday's paper is today; next week's would be "kommenden"
            delta = diff if diff > 0 or (diff == 0 and not shift_word) else diff + 7
        else:  # no tense: the nearest such day, the past one when both are equally near
            back = diff if diff <= 0 else diff - 7
            fwd = diff if diff > 0 else diff + 7
            delta = fwd if fwd < -back else back
        if shift_word and abs(shift) == 2:  # "am übernächsten Sonntag", "am vorletzten Freitag": one more week
            delta += 7 if shift > 0 else -7
        return ref + timedelta(days=delta)

    def _moved_to(self, text: str, start: int) -> bool:
        """The day at ``start`` follows "auf (den)" or "bis (zum)" in a clause whose verb moves a date
        (`move_verbs`: "auf Donnerstag verlegt", "vertagte die Sitzung auf Montag", "vom 3. auf den 10. Dezember
        verschoben", "bis Freitag verlängert")."""
        if not _MOVED_TO_BEFORE.search(text, max(0, start - 9), start):
            return False
        _, _, c_left, c_right = _clause_bounds(text, start)
        words = {w.lower() for w in _WORD.findall(text, max(0, c_left), c_right)}
        return not words.isdisjoint(self.lex["move_verbs"])

    def h_rel_unit(self, m: re.Match[str], ctx: Context) -> list[Result]:
        stem = _stem(m.group("shift"))
        if stem not in self.shifts:
            return []
        shift = self.shifts[stem]
        unit = m.group("u").lower().rstrip("s")
        if stem == "heutig" and ctx.narrative:  # "bis zum heutigen Tag" in a history: the present
            start = m.start("det") if m.group("det") else m.start()
            return [(start, m.end(), "DATE", "PRESENT_REF", None, None)]
        if stem == "neu":  # "das neue Jahr" is next year in the autumn, this year otherwise
            ref_now, _ = ctx.deictic()
            shift = 1 if ref_now is not None and ref_now.month >= 10 else 0
        unit = {"jahre": "jahr", "tage": "tag", "monat": "monat", "wochenende": "wochenende"}.get(unit, unit)
        anaphoric = stem in self.anaphoric_shifts
        if unit == "tag" and stem in self.lex["anaphoric_day_shifts"] and ctx.day is not None:
            anaphoric = True  # "An diesem Tag war die Stadt zerstört": the day just named, not today
        bc_history = (ctx.narrative or ctx.dct is None) and ctx.year is not None and ctx.year < 1
        if anaphoric or (bc_history and unit.startswith("jahr")):
            ref, kind = (ctx.day, "FOCUS") if ctx.day else (None, "")
            if ref is None and ctx.year is not None:
                if ctx.year < 1 and unit.startswith("jahr"):  # BC narratives: years only
                    value, anchor = fmt_year(ctx.year + shift), f"FOCUS:{fmt_year(ctx.year)}"
                    if shift >= 0:  # a look back keeps the history's year (see below)
                        ctx.set_year(ctx.year + shift)
                    start = m.start("det") if m.group("det") else m.start()
                    return [(start, m.end(), "DATE", value, anchor, value)]
                ref, kind = ctx.focus_date(), "FOCUS"
            if ref is None:
                ref, kind = ctx.deictic()
        else:
            ref, kind = ctx.deictic()
        if ref is None:
            return []
        anchor = f"{kind}:{day_value(ref)}"
        # an article before a demonstrative belongs to something else: "John Edwards, der dieses Jahr …"
        start = m.start("det") if m.group("det") and stem != "dies" else m.start("shift")
        if unit == "tag":
            if anaphoric and shift == 0 and kind == "FOCUS" and ref == ctx.night_of:
                ref = ref + timedelta(days=1)  # "in der Nacht zu Mittwoch … am selben Tag": Wednesday
            d = ref + timedelta(days=shift)
            ctx.set_day(d)
            if m.group("pod"):
                return [
                    (
                        start,
                        m.end(),
                        "TIME",
                        f"{day_value(d)}T{self.pods[m.group('pod').lower()]}",
                        anchor,
                        day_value(d),
                    )
                ]
            return [(start, m.end(), "DATE", day_value(d), anchor, day_value(d))]
        if m.group("pod"):
            return []
        if unit == "woche":
            value = week_value(ref + timedelta(weeks=shift))
        elif unit == "wochenende":
            # seen from a weekday, "am kommenden/nächsten Wochenende" is the one ahead in the same ISO week
            # (as a bare "am Wochenende" with a plan, `h_weekend`); from a weekend day, the next week's
            weeks = shift - 1 if shift > 0 and ref.isoweekday() <= 5 else shift
            value = week_value(ref + timedelta(weeks=weeks)) + "-WE"
        elif unit == "monat":
            d = add_months(ref, shift)
            value = f"{d.year:04d}-{d.month:02d}"
        elif unit == "jahrzehnt":
            value = fmt_year(ref.year + 10 * shift)[:3]
        elif unit == "jahrhundert":  # "im vergangenen Jahrhundert"
            value = fmt_year(ref.year + 100 * shift)[:2]
        else:
            value = fmt_year(ref.year + shift)
            # a history looks back ("im letzten Jahr war ein Patt entstanden") and goes on in its
            # own year: only a step forward ("im folgenden Jahr") moves the narrative's focus
            if (anaphoric or kind == "FOCUS") and not (ctx.narrative and shift < 0):
                ctx.set_year(ref.year + shift)
        return [(start, m.end(), "DATE", value, anchor, value)]

    def h_bare_unit_after(self, m: re.Match[str], ctx: Context) -> list[Result]:
        value = "PAST_REF" if self.lex["shift_after"][m.group("after").lower()] < 0 else "FUTURE_REF"
        return [(m.start(), m.end(), "DATE", value, None, None)]

    def h_rel_night(self, m: re.Match[str], ctx: Context) -> list[Result]:
        ref, kind = ctx.deictic()
        if ref is None:
            return []
        d = ref + timedelta(days=self.lex["night_shifts"][_stem(m.group("shift"))])
        start = m.start("shift")  # like "der vergangenen Nacht" (pod_adjectives): the article stays outside
        return [(start, m.end(), "TIME", f"{day_value(d)}TNI", f"{kind}:{day_value(ref)}", day_value(d))]

    def h_ordinal_unit(self, m: re.Match[str], ctx: Context) -> list[Result]:
        # only after a named day ("Start war am 1. Juli … in der dritten Woche"); without one the
        # count runs from an unknown start ("in der ersten Woche des Prozesses")
        ref = ctx.day
        n = self.ordinals.get(_stem(m.group("ord")), 0)
        if ref is None or n < 1:
            return []
        anchor = f"FOCUS:{day_value(ref)}"
        if m.group("u").lower().startswith("woche"):
            value = week_value(ref + timedelta(weeks=n - 1))
        else:
            value = day_value(ref + timedelta(days=n - 1))
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def h_unit_after(self, m: re.Match[str], ctx: Context) -> list[Result]:
        after = m.group("after").lower()
        shift = self.lex["shift_after"].get(after, 0)
        unit = m.group("u").lower()
        start = m.start("det") if "det" in m.groupdict() and m.group("det") else m.start()
        if ctx.day is None and unit.startswith("jahr") and ctx.year is not None and ctx.year < 1:
            value = fmt_year(ctx.year + shift)  # "im Jahr darauf" after a BC year: years only
            return [(start, m.end(), "DATE", value, f"FOCUS:{fmt_year(ctx.year)}", value)]
        # the day talked about; "im Jahr darauf" after a bare year counts from that year; with no
        # focus at all, news count from the publication date ("Tags zuvor" in a one-event report)
        ref, kind = ctx.day, "FOCUS"
        # a year or month in focus is enough
        if ref is None and unit.startswith(_word_class(self.lex, "focus_year_month_stems")):
            ref = ctx.focus_date()
        if ref is None:
            ref, kind = ctx.deictic()
        if ref is None:
            return []
        if unit.startswith("tag") or unit in self.pods:
            ref, kind = self._after_background(m, ctx, ref, kind)  # a pluperfect "tags zuvor" after background
            ref = self._story_resumes(m, ctx, ref, kind, self.lex)
            if self.pods.get(unit) != "NI":
                ref = self._beside_night(ctx, ref, kind, shift)
        if shift < 0 and kind == "FOCUS":
            ref, kind = self._story_day(m, ctx, ref, kind)  # "will am Donnerstag … hatten sich tags zuvor …"
        elif (
            shift < 0 and kind == "DCT" and unit.startswith("tag") and _pluperfect_clause(ctx.text, m.start(), self.lex)
        ):
            # "streikten am Mittwoch. … waren im Juni 2024 zusammengestoßen. … hatte tags zuvor Anklage erhoben": a
            # month of background took the day out of focus; the pluperfect looks back from the story's day, not
            # from the paper's (2026-12-06, fifteenth session)
            ref, kind = self._story_day(m, ctx, ref, kind)
        anchor = f"{kind}:{day_value(ref)}"
        if unit in self.pods:
            d = ref + timedelta(days=shift)
            if self.pods[unit] == "NI" and shift < 0 and not ctx.narrative:
                # "hatte am Freitag erklärt, die Drohne sei in der Nacht zuvor eingedrungen": a night looked back
                # to is background; the story stays on the day it was counted from, and "tags darauf" counts
                # from that day (fourteenth session)
                return [(start, m.end(), "TIME", f"{day_value(d)}TNI", anchor, day_value(ref))]
            self._set_day_looking_back(m, ctx, d, shift)
            return [(start, m.end(), "TIME", f"{day_value(d)}T{self.pods[unit]}", anchor, day_value(d))]
        if unit.startswith("tag"):
            d = ref + timedelta(days=shift)
            self._set_day_looking_back(m, ctx, d, shift)
            return [(start, m.end(), "DATE", day_value(d), anchor, day_value(d))]
        if unit in self.lex["weekend_words"]:  # "am Wochenende davor": the weekend of the week before the day
            value = week_value(ref + timedelta(weeks=shift)) + "-WE"
        elif unit.startswith("woche"):
            value = week_value(ref + timedelta(weeks=shift))
        elif unit.startswith("monat"):
            d = add_months(ref, shift)
            value = f"{d.year:04d}-{d.month:02d}"
        else:
            value = fmt_year(ref.year + shift)
        return [(start, m.end(), "DATE", value, anchor, value)]

    def h_day_word(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """Words like "am Vortag", "der Vorabend", "in der Vorwoche": one unit before/after the day talked
        about — the focus day however long ago it was set (these words always point back to a
        named day), else the publication date (news about the day before it appeared)."""
        unit, shift, pod = self.lex["day_words"][m.group("w").lower()]
        if m.group("pod"):
            if unit != "D":
                return []
            pod = self.pods[m.group("pod").lower()]
        period = None
        recent = ctx.period is not None and ctx.recent(ctx.period[1], m.start())
        if ctx.period is not None and recent and (ctx.day is None or ctx.period[1] > ctx.day_pos):
            period = ctx.period[0]  # (not "Im Februar … am 3. März … Vormonat": the day came last)
        moved = _shift_period(period, unit, shift) if period is not None and unit != "D" else None
        if moved is not None:
            # "im Februar … gegenüber dem Vorjahresmonat", "im dritten Quartal … Vorquartal", "in der
            # vergangenen Woche … gegenüber der Vorwoche": the month, quarter or week just named
            return [(m.start(), m.end(), "DATE", moved, f"FOCUS:{period}", moved)]
        if unit in ("Q", "YM", "YQ", "YP"):
            return []
        ref, kind = (ctx.day, "FOCUS") if ctx.day is not None else ctx.deictic()
        if ref is None:
            return []
        ref, kind = self._after_background(m, ctx, ref, kind)
        if unit == "D":
            ref = self._beside_night(ctx, ref, kind, shift)
            ref = self._story_resumes(m, ctx, ref, kind, self.lex)
        if shift < 0 and kind == "FOCUS":
            # a day before a coming day in a past clause ("… vor Weihnachten liefern. Am Vorabend hatte
            # Moskau …"): the day before the story's day, not before the deadline or plan
            ref, kind = self._story_day(m, ctx, ref, kind)
        anchor = f"{kind}:{day_value(ref)}"
        start = m.start("det") if m.group("det") else m.start()
        if unit == "D":
            d = ref + timedelta(days=shift)
            self._set_day_looking_back(m, ctx, d, shift)
            if pod:
                return [(start, m.end(), "TIME", f"{day_value(d)}T{pod}", anchor, day_value(d))]
            return [(start, m.end(), "DATE", day_value(d), anchor, day_value(d))]
        if unit == "W":
            value = week_value(ref + timedelta(weeks=shift))
        else:
            d = add_months(ref, shift)
            value = f"{d.year:04d}-{d.month:02d}"
        return [(start, m.end(), "DATE", value, anchor, value)]

    def h_year_word(self, m: re.Match[str], ctx: Context) -> list[Result]:
        word = m.group("w").lower()
        shift = self.lex["year_words"][word] if word in self.lex["year_words"] else self.lex["year_adjectives"][word]
        if (ctx.narrative or ctx.dct is None) and ctx.year is not None:
            # a history counts from its year (BC years too): "im Folgejahr" moves the story on
            value, anchor = fmt_year(ctx.year + shift), f"FOCUS:{fmt_year(ctx.year)}"
            if shift > 0:
                ctx.set_year(ctx.year + shift)
            return [(m.start(), m.end(), "DATE", value, anchor, value)]
        named = ctx.named_year
        if word in self.lex["year_words"] and shift and named is not None and ctx.recent(named[1], m.start()):
            # "im vergangenen Jahr …, 40 Prozent mehr als im Vorjahr": the year before the one just
            # talked about (same or previous sentence), not the paper's
            value = fmt_year(named[0] + shift)
            return [(m.start(), m.end(), "DATE", value, f"FOCUS:{fmt_year(named[0])}", value)]
        ref, kind = ctx.deictic()
        if ref is None:
            return []
        value = fmt_year(ref.year + shift)
        return [(m.start(), m.end(), "DATE", value, f"{kind}:{day_value(ref)}", value)]

    def h_day_of_month(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """ "am 15. dieses Monats": that day of the paper's month (or the month a shift names); a
        bare "am 1. des Monats" is any month's first ("ist am 1. des Monats fällig")."""
        day = int(m.group("d"))
        shift_word = m.group("shift") or m.group("bare")  # "am 3. kommenden Monats" (the article left out)
        if not shift_word and m.group().split()[1].lower() == "des":
            value = f"XXXX-XX-{day:02d}"
            return [(m.start(), m.end(), "DATE", value, None, None)]
        shift = self.shifts.get(_stem(shift_word), 0) if shift_word else 0
        ref, kind = ctx.deictic()
        if ref is None:
            return []
        first = add_months(ref.replace(day=1), shift)
        d = safe_date(first.year, first.month, day)
        if d is None:
            return []
        value = day_value(d)
        return [(m.start(), m.end(), "DATE", value, f"{kind}:{day_value(ref)}", value)]

    def h_boundary(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """ "Ende 2026", "Anfang des Jahres", "Mitte nächsten Monats", "Jahresende": the unit's value."""
        unit = m.group("u").lower()
        anchor = None
        if unit in _word_class(self.lex, "boundary_long_units"):
            return self._long_boundary(m, ctx, unit)
        if m.group("y"):
            if not unit.startswith("jahr"):
                return []
            year = int(m.group("y"))
            ctx.set_year(year)
            ctx.year_pos = m.end()
            return [(m.start(), m.end(), "DATE", fmt_year(year), None, fmt_year(year))]
        shift_word = m.groupdict().get("shift")
        shift = self.shifts.get(_stem(shift_word), 0) if shift_word else 0
        previous = unit.startswith("vor")  # "Ende des Vorjahres", "Mitte der Vorwoche": one back from now
        if previous:
            if shift_word:
                return []
            unit, shift = unit[3:], -1
        if unit == "jahres" and _lower(m.group("mod")) in self.lex["period_turns"]:
            # "zum Jahreswechsel": the New Year nearest in the clause's direction; a history goes
            # on to the end of its year, unless it is in the first months of it
            turn, anchor = ctx.year_for(1, 1, m.start())
            if ctx.narrative and ctx.year is not None and (ctx.month is None or ctx.month[1] > 3):
                turn, anchor = ctx.year + 1, f"FOCUS:{fmt_year(ctx.year)}"
                ctx.set_year(turn)
            if turn is None:
                return []
            value = f"{fmt_year(turn)}-01-01"
            return [(m.start(), m.end(), "DATE", value, anchor, value)]
        if unit == "tages" and shift_word and _stem(shift_word) in self.lex["shifts_outside_extent"]:
            ref, kind = ctx.deictic()  # "im Laufe des gestrigen Tages": the day before the paper's
            if ref is None:
                return []
            value = day_value(ref + timedelta(days=shift))
            return [(m.start(), m.end(), "DATE", value, f"{kind}:{day_value(ref)}", value)]
        if unit == "tages":  # "im Laufe des Tages": the day in focus
            ref_day, kind = ctx.anaphoric_day()
            if ref_day is None or (shift_word and _stem(shift_word) not in self.lex["next_day_shifts"]):
                return []
            ref_day += timedelta(days=shift)  # "im Laufe des nächsten/folgenden Tages": the day after it
            value = day_value(ref_day)
            return [(m.start(), m.end(), "DATE", value, f"{kind}:{value}", value)]
        if previous or (shift_word and _stem(shift_word) not in self.anaphoric_shifts):
            ref, kind = ctx.deictic()
            if ref is None:
                return []
            year, month, anchor = ref.year, ref.month, f"{kind}:{day_value(ref)}"
            ref_date: date | None = ref
        else:
            year_, kind = ctx.anaphoric_year()
            if year_ is None:
                return []
            year = year_
            if ctx.month and ctx.month[0] == year:
                month = ctx.month[1]
            else:
                month = ctx.dct.month if ctx.dct and kind == "DCT" else 7
            anchor = f"{kind}:{fmt_year(year)}"
            ref_date = ctx.day if ctx.day is not None and ctx.day.year == year else None
            if ref_date is None and kind == "DCT" and ctx.dct is not None and ctx.dct.year == year:
                ref_date = ctx.dct
            if kind == "DCT" and unit.startswith("jahr"):
                year += self._year_boundary_turn(m, ctx)
        if unit.startswith("jahr"):
            value = fmt_year(year + shift)
        elif unit.startswith("monat"):
            total = year * 12 + month - 1 + shift
            value = f"{fmt_year(total // 12)}-{total % 12 + 1:02d}"
        else:
            if ref_date is None:
                return []
            value = week_value(ref_date + timedelta(weeks=shift))
        return [(m.start(), m.end(), "DATE", value, anchor, value)]

    def _year_boundary_turn(self, m: re.Match[str], ctx: Context) -> int:
        """News: the start of "the year" told in the future once it has passed is the next year's ("Anfang des
        Jahres soll das Gesetz in Kraft treten" in a December paper; in November or December the present
        tense too: "Zu Jahresbeginn steigen die Preise"), the end of it told in the past before it has come is
        the last year's ("Zum Jahresende waren 300 Menschen arbeitslos" in a January paper)."""
        if ctx.narrative or ctx.dct is None:
            return 0
        mod = _lower(m.group("mod"))
        if _context_res(self.lex).since_before.search(ctx.text, max(0, m.start() - 20), m.start()):
            return 0  # "seit Jahresbeginn": up to now
        tense = clause_tense(ctx.text, m.start(), self.lex, m.end())
        month = ctx.dct.month
        if mod in self.lex["year_start_parts"] and month > YEAR_START_MONTHS:
            late = (
                month > 12 - YEAR_START_MONTHS and tense == 0 and present_clause(ctx.text, m.start(), m.end(), self.lex)
            )
            return 1 if tense > 0 or late else 0
        if mod in self.lex["year_end_parts"] and month <= 12 - YEAR_START_MONTHS and tense < 0:
            # not a deadline or target ("nicht bis zum Jahresende verabschiede", "zum Jahresende angekündigt"),
            # which a past clause may still set ahead
            if _year_end_target_before(self.lex).search(ctx.text, max(0, m.start() - 25), m.start()):
                return 0
            sentence = ctx.text[max(0, m.start() - 150) : m.end() + 150]
            if _call_verb_words(self.lex).search(sentence):
                return 0
            return -1
        return 0

    def _long_boundary(self, m: re.Match[str], ctx: Context, unit: str) -> list[Result]:
        """ "bis Ende des Jahrzehnts", "Mitte des vergangenen Jahrhunderts": the decade ("202") or
        century ("20") of the year talked about, as KRAUTS writes decades ("Ende der 90er Jahre" 199)."""
        if m.group("y"):
            return []
        shift_word = m.groupdict().get("shift")
        shift = self.shifts.get(_stem(shift_word), 0) if shift_word else 0
        if shift_word and _stem(shift_word) not in self.anaphoric_shifts:
            ref, kind = ctx.deictic()
            year = ref.year if ref is not None else None
        else:
            year, kind = ctx.anaphoric_year()
        if year is None or year <= 0:
            return []
        size = 10 if unit.startswith(_word_class(self.lex, "decade_unit_stems")) else 100
        value = f"{(year // size + shift) * size // 10:03d}" if size == 10 else f"{year // 100 + shift:02d}"
        return [(m.start(), m.end(), "DATE", value, f"{kind}:{fmt_year(year)}", value)]

    def h_weekend(self, m: re.Match[str], ctx: Context) -> list[Result]:
        ref, kind = ctx.deictic()
        start = m.start("det") if m.group("det") else m.start()
        word = m.group("u").lower()
        holiday = self.lex["holiday_weekends"].get(word) or self.lex["holiday_weeks"].get(word)
        if holiday is not None:  # "am Pfingstwochenende": the weekend of Whit Sunday, not the next one
            on = _easter_based(int(self.lex["holidays"][holiday][1:]))
            year, anchor = ctx.year_for(3, 31, m.start(), on)
            sunday = on(year) if year is not None else None
            suffix = "" if word in self.lex["holiday_weeks"] else "-WE"  # "in der Karwoche": the week
            if sunday is None:
                return [(start, m.end(), "DATE", "XXXX-WXX" + suffix, None, None)]
            value = week_value(sunday) + suffix
            return [(start, m.end(), "DATE", value, anchor, value)]
        if ref is None:
            return []
        shift_word = m.group("shift")
        shift = self.shifts.get(_stem(shift_word), 0) if shift_word else clause_tense(ctx.text, m.start(), self.lex)
        if not shift_word and _context_res(self.lex).since_before.search(ctx.text, max(0, start - 20), start):
            shift = -1  # "seit dem Wochenende wird gestreikt": the weekend gone, whatever the tense (as a weekday)
        elif (
            shift == 0
            and not shift_word
            and _context_res(self.lex).target_before.search(ctx.text, max(0, start - 20), start)
        ):
            shift = 1  # "ab dem Wochenende", "bis zum Wochenende", "für das Wochenende": the one ahead
        elif (
            shift == 0
            and not shift_word
            and not ctx.narrative
            and ref.isoweekday() == 2
            and present_clause(ctx.text, m.start(), m.end(), self.lex)
        ):
            shift = 1  # "Am Wochenende spielt die Band" in a Tuesday paper (in Monday's it may be yesterday's)
        wd = ref.isoweekday()
        # d: a day of the weekend meant, seen from ref (Mon=1 … Sun=7)
        if shift < 0:
            d = ref - timedelta(days=wd) if wd < 6 else ref
        elif shift > 0:
            # a Saturday paper's "am Wochenende findet … statt" is this weekend (Sunday is tomorrow)
            d = ref + timedelta(days=6 - wd) if wd < 6 else ref if wd == 6 else ref + timedelta(days=7)
        else:
            d = ref if wd >= 6 else (ref - timedelta(days=wd) if wd <= 2 else ref + timedelta(days=6 - wd))
        value = week_value(d) + "-WE"
        return [(start, m.end(), "DATE", value, f"{kind}:{day_value(ref)}", value)]

    def h_pod(self, m: re.Match[str], ctx: Context) -> list[Result]:
        pod_word = m.group("pod").lower()
        if m.groupdict().get("gen") and not _genitive_pod_lead(self.lex).search(
            ctx.text, max(0, m.start("pod") - 30), m.start("pod")
        ):
            # a genitive "-s" only in "im Laufe/Verlauf des Vormittags" ("die Tore des Abends" name an event)
            return []
        if pod_word.startswith("früh") and m.group("pod")[0].islower():
            return []  # "die frühe Inspiration"; the noun is "in der Früh"
        pod = self.pods[pod_word]
        groups = m.groupdict()
        adj = _lower(groups.get("adj"))
        demonstrative = adj.startswith(tuple(self.lex["pod_demonstratives"]))
        if demonstrative != ((groups.get("prep") or "").strip().lower() in self.lex["pod_demonstrative_prepositions"]):
            return []  # "an diesem Abend", "in jener Nacht" (but not "in Nacht und Nebel", "am diesem")
        anchor_ref: date | None
        focus: date | None = None
        extra: list[Result] = []
        if groups.get("wd"):
            ref, kind = ctx.deictic()
            if ref is None:
                return []
            wd = self.weekdays[groups["wd"].lower()]
            diff = wd - ref.isoweekday()
            tense = clause_tense(ctx.text, m.start(), self.lex)
            if tense == 0 and not ctx.narrative and present_clause(ctx.text, m.start(), m.end(), self.lex):
                tense = 1  # "In der Nacht zum Samstag gilt ein Fahrverbot" in a Monday paper
            # ahead: "am Dienstagabend will er …" in Tuesday's paper is today's, as for a plain weekday
            delta = (diff if diff >= 0 else diff + 7) if tense > 0 else (diff if diff <= 0 else diff - 7)
            if tense == 0 and diff > 0 and diff <= 3:
                delta = diff
            d = ref + timedelta(days=delta)
            anchor_ref = ref
            # the weekday the apposition follows: the second one of "Nacht von Samstag auf Sonntag, dem 30. Mai"
            named = [self.weekdays[w.lower()] for w in _WORD.findall(m.group()) if w.lower() in self.weekdays]
            last = named[-1] if named else wd
            written = self._weekday_apposition(ctx, m.end(), last, ref)
            if written is not None:
                # "in der Nacht zum Mittwoch, dem 26. Mai, …": the date written after the weekday is its own
                # timex (as after "am Samstagabend, 29. Mai") and says which Wednesday (2026-12-06, eighteenth session)
                extra = [written[0]]
                if written[1].isoweekday() == last:
                    d = written[1] - timedelta(days=(last - wd) % 7)
        elif groups.get("rd"):  # "in der Nacht auf gestern": the night before yesterday
            ref, kind = ctx.deictic()
            if ref is None:
                return []
            d, anchor_ref = ref + timedelta(days=self.lex["relative_days"][groups["rd"].lower()]), ref
        elif groups.get("d"):
            day = int(groups["d"])
            if groups.get("mon"):
                month = self.months[_norm_month(groups["mon"])]
                year = int(groups["y"]) if groups.get("y") else None
            else:  # "Nacht vom 16. auf den 17. April": the month comes after
                after = re.match(
                    rf"\s*(?:auf\s+den|zum|bis|/|-|–)\s*\d{{1,2}}\.\s*({self._mon_alt()})(?:\s+(\d{{4}}))?",
                    ctx.text[m.end() :],
                    re.IGNORECASE,
                )
                if not after:
                    return []
                month = self.months[_norm_month(after.group(1))]
                year = int(after.group(2)) if after.group(2) else None
            _, _, dd = self._dated(ctx, m.start(), day, month, year)
            if dd is None:
                return []
            d, anchor_ref, kind = dd, None, ""
        else:
            # "am gestrigen Abend", "in der vergangenen Nacht": counted from the paper's date
            deictic = (
                self.shifts.get(adj, self.shifts.get(_stem(adj)))
                if adj.startswith(_word_class(self.lex, "deictic_adjective_stems"))
                else None
            )
            # "am gestrigen Abend" counts from the paper's date, "am selben Abend" from the focus
            adj_points = adj.startswith(self.pointing_adjectives)
            points_back = adj_points or demonstrative  # "an diesem Abend": the day talked about
            points_back = points_back or bool(groups.get("after") or groups.get("same"))
            # "am Nachmittag", "am Abend" with nothing else: that part of the day in focus; "am späten Abend",
            # "am frühen Morgen" only say which end of it, they point back as well
            plain = not adj or adj.startswith(tuple(self.lex["early_late"]))
            points_back = points_back or (plain and (groups.get("prep") or "").strip().lower() == "am")
            # "in den frühen Morgenstunden", "in den Abendstunden": the plural hours say what "am Morgen" says
            hours = pod_word.endswith(self.lex["pod_hours_ending"]) and _lower(groups.get("det")).strip() == "den"
            points_back = points_back or (plain and hours)
            # "Am Montagabend … [sentences later] Noch in der Nacht …": "noch" ties the night to the day told of
            still = pod == "NI" and bool(_STILL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()))
            points_back = points_back or (still and not ctx.narrative)
            ref_day, kind = ctx.deictic() if deictic is not None else ctx.anaphoric_day(explicit=points_back)
            if ref_day is None:
                return []
            if deictic is None:  # "Tags zuvor hatten sie gedroht. Am Abend flohen …": the story's evening
                ref_day = self._story_resumes(m, ctx, ref_day, kind, self.lex)
            if groups.get("after"):  # a pluperfect "am Abend danach" after a day of background
                ref_day, kind = self._after_background(m, ctx, ref_day, kind)
                if pod != "NI":  # "In der Nacht brannte … Am Morgen danach": the morning the night led into
                    ref_day = self._beside_night(ctx, ref_day, kind, 1)
            bare = plain and not groups.get("after") and not groups.get("same") and points_back
            bare_night = not adj and not groups.get("of") and (groups.get("prep") or "").strip().lower() == "in der"
            bare_night = bare_night and not self._night_of_after(ctx.text, m.end())  # not "Nacht vor dem Brand"
            if bare and not _GENITIVE_AFTER.match(ctx.text, m.end()):  # not "am Abend der Wahl"
                ref_day, kind = self._story_day(m, ctx, ref_day, kind)
                ref_day, kind = self._past_background(m, ctx, ref_day, kind)
            pointing = adj_points or demonstrative or bool(groups.get("after") or groups.get("same"))
            if deictic is None and not pointing and self._vague_day(m, ctx):
                # "Vor einigen Tagen hielten Beamte in den frühen Morgenstunden …": that day is not given
                start = m.start("det") if groups.get("det") else m.start("t")
                value = f"{ref_day.year:04d}-{ref_day.month:02d}-XXT{pod}"
                return [(start, m.end(), "TIME", value, f"{kind}:{day_value(ref_day)}", None)]
            anchor_ref = ref_day
            shift = 1 if adj.startswith(_word_class(self.lex, "following_stems")) or groups.get("after") else 0
            shift = -1 if adj.startswith("vorig") else shift
            shift = deictic if deictic is not None else shift
            if shift == 1 and deictic is None and pod == "NI" and ref_day != ctx.night_of:
                shift = 0  # "Am Montag … in der darauffolgenden Nacht": Monday night ("…-19TNI"), its evening's day
            d = ref_day + timedelta(days=shift)
            if pod == "NI" and bare_night and not pointing and deictic is None:
                d = self._bare_night(m, ctx, ref_day, kind)
                focus = ref_day  # the story stays on the day the night led into
            if shift == 0 and deictic is None and pod != "NI" and ref_day == ctx.night_of:
                # "in der Nacht zu Mittwoch … am Morgen / noch am selben Abend": Wednesday's, the day
                # the night leads into (the TIMEX3 of the night itself is Tuesday's, "…TNI")
                d = d + timedelta(days=1)
        if (
            groups.get("of")
            and groups["of"].lower().startswith(_word_class(self.lex, "night_of_links"))
            and pod == "NI"
        ):
            d = d - timedelta(days=1)  # "die Nacht zum/zu Sonntag" is Saturday night
        ctx.set_day(focus or d)
        ctx.night_of = d if pod == "NI" else None
        ctx.night_pos = ctx.pos
        start = m.start("t") if groups.get("t") is not None and m.start("t") >= 0 else m.start()
        if groups.get("det"):
            start = m.start("det")
        anchor = f"{kind}:{day_value(anchor_ref)}" if anchor_ref is not None else None
        return [(start, m.end(), "TIME", f"{day_value(d)}T{pod}", anchor, day_value(d)), *extra]

    def _weekday_apposition(self, ctx: Context, end: int, wd: int, ref: date) -> tuple[Result, date] | None:
        """The date written as an apposition after a weekday that a part of the day leads to or comes from ("Nacht
        zum Mittwoch, dem 26. Mai", "Nacht zu Samstag, 29. Mai 2010"), as a DATE result and its day; without a year,
        the year in which it falls on that weekday, nearest to ``ref``."""
        after = re.match(
            rf",\s*(?:(?:dem|den)\s+)?(?P<d>\d{{1,2}})\.\s*(?P<mon>{self._mon_alt()})\b(?:\s+(?P<y>\d{{4}})\b)?",
            ctx.text[end : end + 40],
            re.IGNORECASE,
        )
        if after is None:
            return None
        month, day = self.months[_norm_month(after.group("mon"))], int(after.group("d"))
        years = [int(after.group("y"))] if after.group("y") else [ref.year - 1, ref.year, ref.year + 1]
        days = [d for y in years if (d := safe_date(y, month, day)) is not None]
        if not days:
            return None
        days.sort(key=lambda d: (d.isoweekday() != wd, abs((d - ref).days)))
        written = days[0]
        return (
            end + after.start("d"),
            end + after.end(),
            "DATE",
            day_value(written),
            None,
            day_value(written),
        ), written

    def _night_of_after(self, text: str, end: int) -> bool:
        """A preposition after "Nacht" that names which night: before a day or a date within two words ("Nacht
        zu Sonntag", "auf den 3. Dezember", "zum heutigen Samstag"), and "vor/nach" before an article or a
        genitive ("Nacht vor dem Brand", "Nacht des Anschlags"). Otherwise it belongs to the verb and the night
        is a bare one: "kam es in der Nacht zu Krawallen", "wurde in der Nacht von Unbekannten beschädigt", "in
        der Nacht auf der Straße überfallen", "flüchteten in der Nacht nach Österreich"."""
        of = _NIGHT_OF_AFTER.match(text, end)
        if of is None:
            return False
        words = []
        pos = of.end()
        for _ in range(2):
            word = _NEXT_WORD.match(text, pos)
            if word is None:
                break
            words.append(word.group(1).lower())
            pos = word.end()
        days = self.lex["relative_days"]
        holidays = self.lex["holidays"]
        if any(w[:1].isdigit() or w in days or w in holidays or w.endswith(tuple(self.weekdays)) for w in words):
            return True
        prep = of.group(1)
        if prep in self.lex["night_genitive_links"]:
            return True  # "in der Nacht des Anschlags", "der Entscheidung": the event's night
        if prep in self.lex["night_event_links"]:
            return bool(words) and words[0] in self.lex["night_event_determiners"]
        return False

    def _bare_night(self, m: re.Match[str], ctx: Context, ref_day: date, kind: str) -> date:
        """The day whose night a bare "in der Nacht" of a past clause in news is (TIMEX3 "…TNI" of the
        evening's day): the night named just before ("in der Nacht zum Freitag … am Freitag … hatte in
        der Nacht"), the night after an evening of the day in focus ("Am Dienstagabend … noch in der
        Nacht"), else the night before the day in focus or the paper's date ("In der Nacht brannte …")."""
        if ctx.narrative or ctx.dct is None or clause_tense(ctx.text, m.start(), self.lex) >= 0:
            return ref_day
        if ctx.night_of is not None and ref_day in (ctx.night_of, ctx.night_of + timedelta(days=1)):
            return ctx.night_of
        if kind == "FOCUS":
            left = _clause_bounds(ctx.text, m.start())[0]
            before = ctx.text[max(0, left) : m.start()]
            evening = any(self.late_pods[w.lower()] == "EV" for w in _context_res(self.lex).late_pod.findall(before))
            if evening or _STILL_BEFORE.search(before):
                return ref_day  # "Am Dienstagabend … berief noch in der Nacht …": that evening's night
        return ref_day - timedelta(days=1)

    def _vague_day(self, m: re.Match[str], ctx: Context) -> bool:
        """Whether a vague point ("vor einigen Tagen", "kürzlich") comes earlier in the sentence of a part
        of the day, with no day named in between (news only)."""
        if ctx.narrative or ctx.dct is None:
            return False
        left = _clause_bounds(ctx.text, m.start())[0]
        cues = list(_vague_day_before(self.lex).finditer(ctx.text, left + 1, m.start()))
        return bool(cues) and ctx.day_pos < cues[-1].start()

    def _set_day_looking_back(self, m: re.Match[str], ctx: Context, d: date, shift: int) -> None:
        """Make ``d`` the day in focus; in news, a pluperfect "Tags zuvor hatten sie gedroht", "Am Vorabend hatte
        … gewarnt" looks back from the story's day, which is kept for the simple past after it (`_story_resumes`)."""
        ctx.set_day(d)
        flashback = shift < 0 and not ctx.narrative and ctx.dct is not None and ctx.day == d
        if flashback and _pluperfect_clause(ctx.text, m.start(), self.lex):
            ctx.flashback = (ctx.day_pos, d - timedelta(days=shift))  # the day it looked back from

    @staticmethod
    def _story_resumes(m: re.Match[str], ctx: Context, ref_day: date, kind: str, lex: Lexicon) -> date:
        """After a pluperfect flashback ("Am Dienstag stürmten … Tags zuvor hatten sie gedroht."), a clause
        not in the pluperfect ("Am Folgetag flohen …", "Am Abend …") goes on from the story's day again;
        a pluperfect one ("am Vorabend hatte er gepackt") goes on back from the flashback's day."""
        fb = ctx.flashback
        if fb is None or kind != "FOCUS" or ref_day != ctx.day or ctx.day_pos != fb[0]:
            return ref_day
        if _pluperfect_clause(ctx.text, m.start(), lex):
            return ref_day
        return fb[1]

    @staticmethod
    def _beside_night(ctx: Context, ref_day: date, kind: str, shift: int) -> date:
        """The day a "tags darauf", "am Vortag", "am Morgen danach" counts from when the day in focus was set by
        a night: the night lies between its evening's day and the day it leads into, so the day before it is
        the evening's ("In der Nacht zum Dienstag … Tags zuvor": Monday) and the day after it the one it
        leads into ("In der Nacht brannte … Tags darauf": the paper's day, not the day after it)."""
        if kind != "FOCUS" or ctx.night_of is None or ref_day != ctx.day or ctx.day_pos != ctx.night_pos:
            return ref_day
        return ctx.night_of + timedelta(days=1 if shift < 0 else 0)

    def _after_background(self, m: re.Match[str], ctx: Context, ref_day: date, kind: str) -> tuple[date, str]:
        """News: a pluperfect "hatten bereits am Vorabend …", "hatte tags zuvor …" at least a sentence after
        another day told in the pluperfect ("Kampfjets hatten am vergangenen Mittwoch … bombardiert") looks back
        from the story's day (the lead's), to which the report has returned. Right after that day, or in the
        simple past ("Die Polizei nahm tags darauf … fest" after "Der Damm war am Samstag gebrochen"), the
        words go on from the day just told."""
        if ctx.narrative or ctx.dct is None or kind != "FOCUS" or ref_day != ctx.day or ctx.lead_day is None:
            return ref_day, kind
        if ref_day == ctx.lead_day or len(_SENT_BREAK.findall(ctx.text, ctx.day_pos, m.start())) < 2:
            return ref_day, kind
        if not (
            _pluperfect_clause(ctx.text, m.start(), self.lex) and _pluperfect_clause(ctx.text, ctx.day_pos, self.lex)
        ):
            return ref_day, kind
        return ctx.lead_day, "FOCUS"

    def _past_background(self, m: re.Match[str], ctx: Context, ref_day: date, kind: str) -> tuple[date, str]:
        """News: a bare "am Nachmittag", "am Abend" in a sentence of its own after a day told as background
        ("Man habe der Gegenseite am Montag ein Angebot gemacht." / "Sie hatte am Montag gewarnt.") is not that
        day's when its own clause is not background too: the report has gone back to the story's day
        ("Noch am Nachmittag zog die Firma vor Gericht"), the latest day of the story before the paper's."""
        if ctx.narrative or ctx.dct is None or kind != "FOCUS" or ref_day != ctx.day:
            return ref_day, kind
        story = ctx.recent_day if ctx.recent_day is not None else ctx.lead_day
        if story is None or story <= ref_day or story > ctx.dct:
            return ref_day, kind
        if not _SENT_BREAK.search(ctx.text, ctx.day_pos, m.start()) and "\n" not in ctx.text[ctx.day_pos : m.start()]:
            return ref_day, kind  # "hatte am Montag gewarnt und am Abend …": the same sentence's day
        if not _background_clause(ctx.text, ctx.day_pos, self.lex):
            return ref_day, kind
        # its own clause background too: a pluperfect, or a reported perfect after a reported perfect ("… hieß es, der
        # Präsident habe Lecornu am späten Abend empfangen" after a pluperfect day reports the story's day)
        day_pluperfect = _pluperfect_clause(ctx.text, ctx.day_pos, self.lex)
        if _pluperfect_clause(ctx.text, m.start(), self.lex) or (
            _background_clause(ctx.text, m.start(), self.lex) and not day_pluperfect
        ):
            return ref_day, kind
        if clause_tense(ctx.text, m.start(), self.lex) >= 0:
            return ref_day, kind  # "Am Abend soll … beraten": ahead of the day in focus
        return story, "FOCUS"

    def _story_day(self, m: re.Match[str], ctx: Context, ref_day: date, kind: str) -> tuple[date, str]:
        """The day of a bare "am Morgen", "am Abend" in news when the focus cannot give it: with no day
        in focus (a month or year named since: "Im Herbst 2023 hatte … Vor dem Gericht protestierten am
        Morgen …") or with a day after the paper's date in focus while the clause is past ("Der Bundesrat
        soll am 19. Dezember … Ein Sprecher sagte am Abend …"), it is the story's day: the first day not
        after the paper's date that the text named (the lead's), else the paper's date."""
        if ctx.narrative or ctx.dct is None or not (kind == "DCT" or ref_day > ctx.dct):
            return ref_day, kind
        if clause_tense(ctx.text, m.start(), self.lex) >= 0:
            return ref_day, kind  # "Am Abend soll … stattfinden": ahead, as before
        if kind != "DCT" and ctx.recent_day is not None:
            # "… bestätigte sie am Mittwoch. … soll am Donnerstag zusammenkommen. … lehnte das am Nachmittag ab":
            # the latest day of the story before the coming one (not a day of background: "hatte am Montag …")
            return ctx.recent_day, "FOCUS"
        if ctx.lead_day is not None:
            return ctx.lead_day, "FOCUS"
        return ctx.dct, "DCT"

    def _mon_alt(self) -> str:
        return self._months_alt

    def h_clock(self, m: re.Match[str], ctx: Context) -> list[Result]:
        groups = m.groupdict()
        return self._clock(m, ctx, int(m.group("h")), int(groups.get("mi") or groups.get("mi2") or 0))

    def h_clock_word(self, m: re.Match[str], ctx: Context) -> list[Result]:
        hw = m.group("hw").lower()
        hour = int(hw) if hw.isdigit() else self.clock_hours[" ".join(hw.split())]
        half = " ".join(_lower(m.groupdict().get("half")).split())
        if half:  # "halb acht" is 7:30, "dreiviertel acht" 7:45, "viertel acht" 7:15 (Austrian)
            shift, minute = self.lex["clock_fractions"][half]
            hour = hour + shift if hour + shift >= 1 else 12
            return self._clock(m, ctx, hour, minute)
        return self._clock(m, ctx, hour, 0)

    def _clock(self, m: re.Match[str], ctx: Context, hour: int, minute: int) -> list[Result]:
        pod = self.pod_adverbs.get(_lower(m.groupdict().get("pod")), "")
        if not pod and 1 <= hour < 12:  # "heute Abend um acht Uhr": the evening named just before
            before = ctx.text[max(0, m.start() - 50) : m.start()]
            cut = max(before.rfind(". "), before.rfind("\n"))
            late = _context_res(self.lex).late_pod.findall(before[cut + 1 :])
            pod = "EV" if late and (self.late_pods[late[-1].lower()] != "NI" or hour >= 6) else ""
        if (pod in ("AF", "EV") and hour < 12) or (pod == "NI" and 6 <= hour < 12):
            hour += 12
        elif not pod and 1 <= hour <= 5 and m.groupdict().get("hw") and self._daytime_event(ctx.text, m.start()):
            hour += 12  # "Die Pressekonferenz beginnt um halb drei": a spoken 12-hour time of a day's event
        if hour > 24:
            return []
        ref, kind = self._clock_day(m, ctx)
        if (
            ref is not None
            and ref == ctx.night_of
            and hour < 6
            and not (ref == ctx.dct and clause_tense(ctx.text, m.start(), self.lex, m.end()) < 0)
        ):
            # "in der Nacht auf Samstag gegen zwei Uhr": Saturday, 2 a.m. (but "In der Nacht brannte
            # gegen 2 Uhr …" in the paper's past: its own early morning, not the one still to come)
            ref = ref + timedelta(days=1)
        elif (
            ref is not None
            and ctx.night_of is not None
            and ref == ctx.night_of + timedelta(days=1)
            and hour >= 20
            and not _TIME_OF_DEADLINE.fullmatch(ctx.text, ctx.prev_end, m.start())
        ):
            # "in der Nacht zum Sonntag … (teilte … am Sonntag mit) … brach gegen 23 Uhr aus": the
            # evening that night began on, not Sunday's (but "am Sonntag um 23 Uhr" is Sunday's)
            ref = ctx.night_of
        start, end = _span(m)
        clock = f"T{hour:02d}:{minute:02d}"
        if ref is None:
            return [(start, end, "TIME", f"{ctx.partial_day()}{clock}", None, None)]
        return [(start, end, "TIME", f"{day_value(ref)}{clock}", f"{kind}:{day_value(ref)}", day_value(ref))]

    def _daytime_event(self, text: str, pos: int) -> bool:
        """The sentence around ``pos`` names an event held by day ("Sitzung", "Pressekonferenz",
        "Anpfiff") and no night or early-morning word."""
        left, right, _, _ = _clause_bounds(text, pos)
        words = [w.group().lower() for w in _WORD.finditer(text, left + 1, right)]
        cues = self.lex["daytime_events"]
        if any(w.startswith(tuple(cues["night_words"])) for w in words):
            return False
        return any(w.endswith(tuple(cues["nouns"])) for w in words)

    def _clock_day(self, m: re.Match[str], ctx: Context) -> tuple[date | None, str]:
        """The day a clock time lies on: the day in focus; after two days joined ("heute und
        morgen, jeweils 10-17 Uhr") "jeweils" (each) points to the first of them."""
        if ctx.pair_first is not None and _EACH_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return ctx.pair_first, "FOCUS"
        ref, kind = ctx.anaphoric_day()
        if (
            kind == "DCT"
            and ctx.day is not None
            and 0 < (ref - ctx.day).days <= 7
            and clause_tense(ctx.text, m.start(), self.lex, m.end()) < 0
        ):
            # a report goes on about the day of its story: "eröffnete gegen 10:30 Uhr die Sitzung"
            # paragraphs after "am vergangenen Freitag" is that Friday, not the paper's day (a day
            # further back is an aside: "die Saison hatte am 15. März begonnen")
            return ctx.day, "FOCUS"
        return ref, kind

    def h_clock_range(self, m: re.Match[str], ctx: Context) -> list[Result]:
        h1, h2 = int(m.group("h1")), int(m.group("h"))
        if h1 > 24 or h2 > 24:
            return []
        ref, kind = self._clock_day(m, ctx)
        base = day_value(ref) if ref else ctx.partial_day()
        anchor = f"{kind}:{base}" if ref else None
        m1, m2 = int(m.group("m1") or 0), int(m.group("mi") or 0)
        first_end = m.end("m1") if m.group("m1") else m.end("h1")
        return [
            (m.start("h1"), first_end, "TIME", f"{base}T{h1:02d}:{m1:02d}", anchor, base if ref else None),
            (m.start("t"), m.end("t"), "TIME", f"{base}T{h2:02d}:{m2:02d}", anchor, base if ref else None),
        ]

    def h_midnight(self, m: re.Match[str], ctx: Context) -> list[Result]:
        ref, kind = ctx.anaphoric_day()
        clock = self.lex["midday_words"][m.group("w").lower()]
        if ref is None:
            return [(m.start(), m.end(), "TIME", f"{ctx.partial_day()}{clock}", None, None)]
        if (
            clock == "T24:00"
            and kind == "DCT"
            and ref == ctx.dct
            and clause_tense(ctx.text, m.start(), self.lex, m.end()) < 0
        ):
            ref -= timedelta(days=1)  # "Kurz nach Mitternacht wurde … gesperrt": the night before the paper's day
        return [(m.start(), m.end(), "TIME", f"{day_value(ref)}{clock}", f"{kind}:{day_value(ref)}", day_value(ref))]

    # ------------------------------------------------------------------ handlers: durations
    def _amount(self, m: re.Match[str]) -> float | None:
        groups = m.groupdict()
        if groups.get("half0"):
            return float(self.lex["half_amounts"][" ".join(groups["half0"].lower().split())])
        n = groups.get("n")
        if n is None:
            return None
        low = n.lower()
        if low in self.vague or low.startswith("paar") or low.endswith("paar"):
            return None
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", n):
            n = n.replace(".", "")
        amount = float(n.replace(",", ".")) if n[0].isdigit() else float(self.numbers.get(low, 0))
        half = _lower(groups.get("half"))
        if half:  # "zweieinhalb" adds a half, "zwei halbe" halves
            factor, add = self.lex["half_suffixes"][half]
            amount = amount * factor + add
        return amount

    def h_duration(self, m: re.Match[str], ctx: Context) -> list[Result]:
        unit = self.units[m.group("u").lower()]
        amount = self._amount(m)
        n = m.group("n")
        if amount is not None and amount <= 0:
            return []
        if n and n[0].isdigit() and unit in ("Y", "M") and amount and amount > 500 and "." not in n:
            return []
        start = m.start()
        shift_word = m.group("shift")
        approx = " ".join(shift_word.lower().split()) if shift_word else ""
        if approx in self.lex["duration_approx_outside"] or (not shift_word and m.group("det")):
            start = m.start("n") if m.group("n") else m.start("half0")
        elif approx in self.lex["duration_approx"]:
            start = m.start("shift")  # a TimeML modifier is inside: "mehr als drei Tage", "fast zwei Jahre"
        after = _lower(m.group("after"))
        if after and amount is None:  # "wenige Tage später": vaguely after / before the focus
            value = "PAST_REF" if self.lex["shift_after"].get(after, 1) < 0 else "FUTURE_REF"
            return [(start, m.end(), "DATE", value, None, None)]
        before = ctx.text[max(0, start - 5) : start]
        if (
            not after
            and not approx  # "nach mehr als drei Tagen" is no point in time
            and ctx.narrative
            and unit in ("D", "W")
            and re.search(r"\b[Nn]ach\s+$", before)
            and ctx.day is not None
        ):
            after, start = (
                "später",
                start - len(before) + before.lower().rfind("nach"),
            )  # "nach zwei Tagen" in a narrative
        if after and amount is not None and not float(amount).is_integer() and unit in ("Y", "M"):
            amount, unit = (amount * 12, "M") if unit == "Y" else (amount * 30, "D")
        year_only = unit == "Y" and ctx.day is None and ctx.year is not None
        if after and amount is not None and float(amount).is_integer() and year_only:
            # "ein Jahr später" with only a year in focus (also BC years, which have no date)
            k = int(amount) * self.lex["shift_after"].get(after, 1)
            value = fmt_year(ctx.year + k)
            anchor = f"FOCUS:{fmt_year(ctx.year)}"
            if not (ctx.narrative and k < 0):  # a history's look back ("zwei Jahre zuvor") keeps its year
                ctx.set_year(ctx.year + k)
            return [(start, m.end(), "DATE", value, anchor, value)]
        if after and amount is not None and float(amount).is_integer():
            sign = self.lex["shift_after"].get(after, 1)
            ref = ctx.day if unit in ("D", "W") else ctx.focus_date()
            if ref is None and not ctx.narrative and (unit in ("D", "W") or sign < 0):
                # "einen Tag zuvor", "ein Jahr zuvor" with nothing named yet: news count from the DCT
                # (not "drei Jahre später", which counts from an event the text leaves undated)
                ref = ctx.dct
            if ref is not None and unit in SHIFT_UNITS and unit not in ("DE", "CE"):
                k = int(amount) * sign
                anchor = f"FOCUS:{day_value(ref)}"
                if unit == "D":
                    d = ref + timedelta(days=k)
                    ctx.set_day(d)
                    value = day_value(d)
                elif unit == "W":
                    d = ref + timedelta(weeks=k)
                    ctx.set_day(d)
                    value = day_value(d)
                elif unit == "M":
                    d = add_months(ref, k)
                    value = f"{d.year:04d}-{d.month:02d}"
                    ctx.set_month(d.year, d.month)
                else:
                    value = fmt_year(ref.year + k)
                    if not (ctx.narrative and k < 0):  # a history's look back keeps its year
                        ctx.set_year(ref.year + k)
                return [(start, m.end(), "DATE", value, anchor, value)]
        ago = _AGO_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        if ago and not after and not m.group("det") and amount is not None and _ago_amount(amount, unit):
            # "vor zwei Wochen", "vor fünf Jahren": a point that far back, not a stretch of time
            ref, kind = ctx.deictic()
            if ref is not None and unit in ("D", "W", "M", "Y"):
                k = -int(amount)
                if not float(amount).is_integer():
                    # "vor einem halben Jahr", "vor eineinhalb Jahren", "vor zweieinhalb Monaten": counted back in
                    # the next smaller unit, told at the unit's own granularity (2026-12-06, eighteenth session)
                    days = round(amount * (7 if unit == "W" else 30))
                    back = add_months(ref, -round(amount * 12)) if unit == "Y" else ref - timedelta(days=days)
                    value = week_value(back) if unit == "W" else f"{back.year:04d}-{back.month:02d}"
                elif unit == "D":
                    value = day_value(ref + timedelta(days=k))
                elif unit == "W":
                    value = week_value(ref + timedelta(weeks=k))
                elif unit == "M":
                    d = add_months(ref, k)
                    value = f"{d.year:04d}-{d.month:02d}"
                else:
                    value = fmt_year(ref.year + k)
                # KRAUTS keeps the type DURATION and leaves "vor" out; the date goes to ``date``
                anchor = f"{kind}:{day_value(ref)}"
                return [(start, m.end("u"), "DURATION", duration_value(amount, unit), anchor, value)]
        ahead = _IN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        if (
            ahead
            and not after
            and not m.group("det")
            and not ctx.narrative
            and ctx.dct is not None
            and unit in ("D", "W", "M", "Y")
            and amount is not None
            and float(amount).is_integer()
            and (
                (tense := clause_tense(ctx.text, m.start(), self.lex, m.end())) > 0
                or (tense == 0 and amount != 1 and present_clause(ctx.text, m.start(), m.end(), self.lex))
            )
        ):
            # "Die Wahl findet in zwei Wochen statt": that far ahead of the paper's day (the type stays
            # DURATION, as KRAUTS tags "In einem Jahr"); "in drei Tagen legten sie … zurück" is a stretch,
            # "in einem Jahr" a rate unless a future marker says otherwise ("was … in einem Jahr zurücklegt"),
            # and a heading without a verb ("Drei Unfälle in zwei Tagen") a count
            k = int(amount)
            if unit == "D":
                value = day_value(ctx.dct + timedelta(days=k))
            elif unit == "W":
                value = week_value(ctx.dct + timedelta(weeks=k))
            elif unit == "M":
                d = add_months(ctx.dct, k)
                value = f"{d.year:04d}-{d.month:02d}"
            else:
                value = fmt_year(ctx.dct.year + k)
            anchor = f"DCT:{day_value(ctx.dct)}"
            return [(start, m.end("u"), "DURATION", duration_value(amount, unit), anchor, value)]
        end = m.end("u")
        if n and n[0].isdigit() and "," in n:  # "2,5 Minuten" is PT2.5M as written, not PT2M30S
            return [(start, end, "DURATION", decimal_duration(n.replace(",", "."), unit), None, None)]
        return [(start, end, "DURATION", duration_value(amount, unit), None, None)]

    def h_duration_clock(self, m: re.Match[str], ctx: Context) -> list[Result]:
        hours = self.units[m.group("u").lower()] == "H"
        if not hours and m.group("c"):
            return []  # "1:02:03 Minuten" is no way to write minutes
        parts = [int(m.group("a")), int(m.group("b"))] + ([int(m.group("c"))] if m.group("c") else [])
        names = ("H", "M", "S") if hours else ("M", "S")
        fields = [f"{n}{name}" for n, name in zip(parts, names, strict=False) if n]
        if m.group("f"):  # the decimals belong to the last written part: "3:12,5 Minuten" is 3 min 12.5 s
            last = f"{parts[-1]}.{m.group('f')}{names[len(parts) - 1]}"
            fields = [f for f in fields if not f.endswith(names[len(parts) - 1])] + [last]
        if not fields:
            return []
        return [(m.start(), m.end(), "DURATION", "PT" + "".join(fields), None, None)]

    def h_duration_lead(self, m: re.Match[str], ctx: Context) -> list[Result]:
        amount = self._amount(m)
        if not amount:
            return []
        unit = self.units[m.group("u").lower()]
        return [(m.start("t"), m.end("t"), "DURATION", duration_value(amount, unit), None, None)]

    def h_duration_vague(self, m: re.Match[str], ctx: Context) -> list[Result]:
        word = m.group("u").lower()
        unit = self.units.get(word) or self.units.get(word + "n") or self.units.get(word.rstrip("n"))
        if unit is None:
            return []
        groups = m.groupdict()
        start = m.start("det") if groups.get("det") else m.start()
        return [(start, m.end(), "DURATION", duration_value(None, unit), None, None)]

    def h_duration_term(self, m: re.Match[str], ctx: Context) -> list[Result]:
        """ "binnen Jahresfrist": a year; "vor Jahresfrist" a year back from the paper, dated like
        "vor einem Jahr" (the preposition stays outside the extent, as there)."""
        value = self.lex["term_units"][m.group("u").lower()]
        start = m.start("u")
        ref, kind = ctx.deictic()
        if m.group("p").lower() != "vor" or ref is None:
            return [(start, m.end(), "DURATION", value, None, None)]
        if value == "P1Y":
            when = fmt_year(ref.year - 1)
        elif value == "P1M":
            back = add_months(ref, -1)
            when = f"{back.year:04d}-{back.month:02d}"
        else:
            when = week_value(ref - timedelta(weeks=1))
        return [(start, m.end(), "DURATION", value, f"{kind}:{day_value(ref)}", when)]

    def h_duration_whole(self, m: re.Match[str], ctx: Context) -> list[Result]:
        value = self.lex["whole_units"][m.group("u").lower()]
        return [(m.start(), m.end(), "DURATION", value, None, None)]

    def h_duration_adj(self, m: re.Match[str], ctx: Context) -> list[Result]:
        unit = self.lex["unit_adjectives"][m.group("u").lower()]
        if unit == "Y" and self._is_age(m, ctx.text):
            return []
        if m.group("n"):
            amount: float | None = float(m.group("n"))
        else:
            number = self.lex["adjective_numbers"][m.group("nw").lower()]  # None: "mehrjährig"
            amount = None if number is None else float(number)
        if amount is not None and amount <= 0:
            return []
        return [(m.start(), m.end(), "DURATION", duration_value(amount, unit), None, None)]

    def _is_age(self, m: re.Match[str], text: str) -> bool:
        """ "der 55-jährige Luigi", "die 44-Jährige", "der 24-jährige Demare", "der 66-jährige hat": a
        person's age, not a temporal expression; "das 50-jährige Bestehen", "eine zehnjährige Haftstrafe",
        "ein 100-jähriges Problem" (a neuter noun is no person) stay durations."""
        if m.group("u")[0].isupper():
            return True
        # up to two adjectives before the noun: "ein 60-jähriger kanadischer Priester", "der 55-jährigen, pro-…"
        nxt = re.match(
            r"(?:,?\s+[a-zäöüß-]+(?:e|en|er|es|em)\b){0,2}\s+([A-ZÄÖÜ][\w-]+)(\s+[A-ZÄÖÜ]\w+)?",
            text[m.end() : m.end() + 80],
        )
        if not nxt:  # "Der 66-jährige hat …", "dem 38-jährigen übereinstimmten": the adjective is the noun
            return bool(m.group("n")) and not re.match(r"\s*[\w-]*(?:jährig|jahr)", text[m.end() : m.end() + 20])
        noun = nxt.group(1).lower().rsplit("-", 1)[-1]  # "Top-Terroristen": the head is the last part
        if noun.endswith(tuple(self.lex["duration_head_nouns"])):
            return False
        if nxt.group(2) or noun in self.lex["age_nouns"]:
            return True
        if noun.endswith(tuple(self.lex["age_suffixes"])):
            return True
        # any other noun after a counted "N-jährig" is a person named by it ("der 24-jährige Demare"), unless
        # the adjective is neuter ("ein 100-jähriges Problem"): persons are not neuter but for "Kind", "Mädchen"
        return bool(m.group("n")) and not m.group(0).lower().endswith("es")

    def h_duration_lang(self, m: re.Match[str], ctx: Context) -> list[Result]:
        unit = self.lex["unit_lang"][m.group("u").lower()]
        return [(m.start(), m.end(), "DURATION", duration_value(None, unit), None, None)]

    # ------------------------------------------------------------------ handlers: sets, refs
    def h_set_word(self, m: re.Match[str], ctx: Context) -> list[Result]:
        w = m.group("w").lower()
        if w in self.lex["sets"]:
            return [(m.start(), m.end(), "SET", self.lex["sets"][w], None, None)]
        wd = self.lex["weekday_adverbs"][w]
        return [(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}", None, None)]

    def h_set_every(self, m: re.Match[str], ctx: Context) -> list[Result]:
        groups = m.groupdict()
        if groups.get("wd"):
            if groups.get("ord"):
                return [(m.start(), m.end(), "SET", "P1M", None, None)]
            return [(m.start(), m.end(), "SET", f"XXXX-WXX-{self.weekdays[groups['wd'].lower()]}", None, None)]
        if groups.get("pod"):
            return [(m.start(), m.end(), "SET", f"XXXX-XX-XXT{self.pods[groups['pod'].lower()]}", None, None)]
        unit_word = groups["u"].lower()
        value = self.lex["every_units"].get(unit_word) or self.lex["set_units"].get(unit_word)
        if value is None:
            return []
        after = _NEXT_WORD.match(ctx.text, m.end())
        if after is not None and after.group(1).lower() in self.lex["every_idiom_verbs"]:
            return []  # "Jede Stunde zählt": an idiom (every hour matters), no recurrence
        if groups.get("q") and self.lex["every_words"].get(groups["q"].lower()) == "n" and groups.get("n"):
            n_word = groups["n"].lower()
            n = int(n_word) if n_word.isdigit() else int(self.numbers.get(n_word, 1))
            value = value.replace("1", str(n), 1)
        elif groups.get("ord") and value.startswith("P1"):  # "jeden zweiten Tag" is every two days
            n = self.lex["ordinals"].get(re.sub(r"(?:en|es|e)$", "", groups["ord"].lower()), 0)
            if n > 1:
                value = value.replace("1", str(n), 1)
        return [(m.start(), m.end(), "SET", value, None, None)]

    def h_set_a_day(self, m: re.Match[str], ctx: Context) -> list[Result]:
        return [(m.start(), m.end(), "SET", "P1D", None, None)]

    def h_set_month_weekday(self, m: re.Match[str], ctx: Context) -> list[Result]:
        return [(m.start("t"), m.end("t"), "SET", "P1M", None, None)]

    def _title_year_check(self, m: re.Match[str], text: str) -> bool:
        noun = m.group("noun")
        return noun[0].isupper() and noun.lower().endswith(self.title_year_heads)

    def h_title_year(self, m: re.Match[str], ctx: Context) -> list[Result]:
        return [(m.start("t"), m.end("t"), "DATE", "XXXX-XX-XX", None, None)]

    def h_reference(self, m: re.Match[str], ctx: Context) -> list[Result]:
        w = " ".join(m.group("w").lower().split())
        value = self.lex["references"][w]
        if ctx.narrative and (w == "ex" or w.startswith(_word_class(self.lex, "former_stems"))):
            return []  # "former" is past relative to the DCT only in news; in a history it is not
        start = (
            m.start("det") if m.group("det") and w in _word_class(self.lex, "time_reference_nouns") else m.start("w")
        )
        return [(start, m.end(), "DATE", value, None, None)]


# --------------------------------------------------------------------------------------------
# Static checks (no context needed)


_UNIT_AFTER = re.compile(rf"\s*(?:[%€$£¥]|(?:{lexicon().alt('year_not_before_units')})\b)")


def _numeric_check(m: re.Match[str], text: str) -> bool:
    day, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    after = text[m.end() : m.end() + 3]
    if after[:1].isdigit():
        return False
    if m.group("y"):
        return True
    # year-less "14.3." needs a date-ish context: a preposition or a weekday before it
    before = text[max(0, m.start() - 6) : m.start()]
    if bool(m.group("wd")) or bool(re.search(r"\b(?:am|vom|bis|zum|ab|den|Am|Vom|Bis|Ab)\s+$", before)):
        return True
    # a listing: "Konzert der Musikkapelle, 30.11., 20 Uhr" (set off by commas or brackets)
    return bool(re.search(r"(?:^|[,(:;]\s*)$", before)) and bool(_listing_after(lexicon()).match(text, m.end()))


@lru_cache(maxsize=4)
def _listing_after(lex: Lexicon) -> re.Pattern[str]:
    """What follows a date in a listing: a comma, a bracket, a line end or a clock time ("30.11., 20 Uhr")."""
    return re.compile(rf"\s*(?:[,);:]|\n|$|\d{{1,2}}(?:[.:]\d\d)?\s*(?:{_cap_alt(lex, 'clock_words')}))")


_YEAR_BAD_BEFORE = re.compile(
    rf"(?:{lexicon().alt('year_not_after_marks')}|\b(?:{lexicon().alt('year_not_after_quantifiers')})|"
    rf"(?<!\bbis\s)(?<!\bab\s)(?<!\bseit\s)(?<!\bvor\s)\b(?:{lexicon().alt('year_not_after_limits')}))\s*$"
)
_COMPARED_YEAR = re.compile(
    r"\b(?:mehr|weniger)\s+als\s+(?P<y>(?:19|20)(?!00)\d\d)(?=\s*[.,;:!?)]|\s+(?:und|oder|aber|sowie)\b)"
)
_STILL_YEAR = re.compile(
    r"\bnoch\s+(?:19|20)(?!00)\d\d(?:[.,;:!?)]|\s+(?![a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ])[a-zäöüß])"
)  # not before an adjective and its noun ("noch 1920 freie Plätze")
_YEAR_BAD_AFTER = re.compile(
    rf"\s+(?:{lexicon().alt('year_rate_links')})\s+(?:{lexicon().alt('year_not_before_rate_heads')})\b"
)


_COUNT_OF_BEFORE = re.compile(rf"\d\s+(?:{lexicon().alt('count_of_prepositions')})\s+$")
_COUNT_OF_AFTER = re.compile(rf"\s+(?:{lexicon().alt('count_of_prepositions')})\s+\d[\d.]*(?:,\d+)?\s+(?!bis\b)")
_RANGE_TAIL = re.compile(r"\s*(?:bis|-|–)\s*\d[\d.,]*")


def _year_check(
    m: re.Match[str], text: str, yearish_before: re.Pattern[str], part_of_total: re.Pattern[str] | None = None
) -> bool:
    if m.group("bc_pre") or m.group("mod") or (m.start("y") > m.start() if m.group("y") else False):
        return True
    before = text[max(0, m.start() - 14) : m.start()]
    if _YEAR_BAD_BEFORE.search(text, max(0, m.start() - 20), m.start()):  # room for "bis mindestens "
        if m.end() == m.end("y") and _YEAR_BEYOND_AFTER.match(text, m.end()):
            return True  # "über 2030 hinaus": a time preposition, not "über 2030 Menschen"
        # "noch 2025 fertig werden", "erfolgte noch 1920.": a year, not "noch 1920 Menschen"; "zwei Prozentpunkte
        # weniger als 2013.": the year compared with, where nothing is counted after it (eighteenth session)
        compared = _COMPARED_YEAR.search(text, max(0, m.start() - 12), m.end() + 12)
        still = _STILL_YEAR.match(text, max(0, m.start() - 5), m.end() + 40)
        return (still is not None or (compared is not None and compared.end("y") == m.end())) and m.end() == m.end("y")
    after = text[m.end() : m.end() + 24]
    if _UNIT_AFTER.match(after) or _YEAR_BAD_AFTER.match(after):
        return False
    # "1500 bis 2000 Euro": the unit after the range's second number counts both numbers
    rng = _RANGE_TAIL.match(text, m.end())
    if rng and _UNIT_AFTER.match(text[rng.end() : rng.end() + 24]):
        return False
    part = _COUNT_OF_AFTER.match(after) or (part_of_total is not None and part_of_total.match(text, m.end()))
    if (_COUNT_OF_BEFORE.search(before) or part) and not _TIME_PREP_BEFORE.search(before):
        return False  # "1100 von 1400 geplanten Starts": a part and the total of a count (not "ab 2017 von 4,5 auf …")
    if re.match(r"\s*(?:bis|und|-|–)\s*\d", after) and not re.match(
        r"\s*(?:bis|und|-|–)\s*(?:1\d{3}|20\d{2})\b", after
    ):
        return False
    if re.match(r"\s*[*×]\s*\d", after) or re.search(r"\d\s*[*×]\s*$", before):
        return False  # "1920*1080 Bildpunkte"
    nxt = re.match(r"[ \t]+(\w+)", after)
    if (
        nxt
        and nxt.group(1)[0].isupper()
        and not yearish_before.search(before)
        and not _singular_verb_before(before)
        and not _year_range_before(text, m.start(), int(m.group("y")))
    ):
        # "2000 Menschen" vs "1939 Polen überfallen": a capitalised word right after a year
        # without a year-ish lead-in is usually a counted noun
        return bool(_YEAR_VERB_AFTER.match(after)) or _exact_recent_year(int(m.group("y")), nxt.group(1), before)
    return True


def _exact_recent_year(year: int, word: str, before: str) -> bool:
    """ "wurde er 2010 Weltmeister", "bis zu seinem Rücktritt 1993 Bundesminister", "die 1998 Europameisterin": a
    number of the last and this century that is not a whole hundred, after a noun, a name, a function word or a
    list mark and before a capitalised word, is a year; counts that size are round ("2000 Menschen") or follow
    the verb that counts them ("Er hatte 1999 Mitarbeiter"). Names with digits or capitals ("2014 MU69") stay
    out (2026-12-06, eighteenth session)."""
    if not (1900 <= year <= 2039 and year % 100 != 0 and word.isalpha() and not word.isupper()):
        return False
    last = re.search(r"(\w+)\s+$", before)
    if last is None:  # a list item: "* 1920 Chili-Anhwei-Krieg" (not a sentence: "1999 Mitarbeiter verloren …")
        return bool(re.search(r"(?:\n[ \t]*[*•–-]?|[*•–-])[ \t]*$", before))
    lead = last.group(1)
    return lead[0].isupper() or lead.lower() in lexicon()["year_lead_function_words"]


_YEAR_BEYOND_AFTER = re.compile(rf"\s+(?:{lexicon().alt('year_beyond_words')})\b")
_YEAR_VERB_AFTER = re.compile(rf"\s+(?:{lexicon().alt('year_verbs_after')})\b")
_TIME_PREP_BEFORE = re.compile(rf"\b(?:{_both_cases(lexicon().alt('year_time_prepositions'))})\s+$")
_YEAR_JOINED_BEFORE = re.compile(r"\b(1\d{3}|20\d{2})\s*(?:und|bis|-|–)\s*$")


def _year_range_before(text: str, start: int, year: int) -> bool:
    """ "zwischen 2004 und 2006 Telefonate": a year joined to an earlier year a few years before it."""
    first = _YEAR_JOINED_BEFORE.search(text, max(0, start - 12), start)
    return bool(first) and 0 < year - int(first.group(1)) <= 30


def _singular_verb_before(before: str) -> bool:
    """ "war 1969 Minister": a verb in the singular cannot agree with a counted plural noun."""
    last = re.search(r"(\w+)\s+$", before)
    return bool(last) and last.group(1).lower() in lexicon()["year_verbs_before"]


def _decade_check(m: re.Match[str], text: str) -> bool:
    if m.group("w"):
        if "jahre" in m.group().lower():
            return True  # "die Siebziger Jahre", "Siebzigerjahre"
        # "Ende der Achtziger", "in den Neunzigern" (not "ein Achtziger", "in ihren Achtzigern": an age)
        return (
            bool(m.group("det"))
            and m.group("w")[0].isupper()
            and not _AGE_DECADE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not re.match(r"\s+[A-ZÄÖÜ]", text[m.end() : m.end() + 2])  # "der Achtziger Feuerwehr": a name
        )
    return bool(m.group("c")) or "jahr" in m.group().lower() or bool(m.group("det"))


# "eine Frau in den Achtzigern", "Männer in den Siebzigern": a person's age
_DURATION_GENITIVE_LEAD = re.compile(rf"\b(?:{lexicon().alt('duration_genitive_leads')})\s+$")
_AGE_DECADE_BEFORE = re.compile(rf"\b(?:{lexicon().alt('age_decade_nouns')})\s+in\s+$")
_UNTIL_WORD = re.compile(rf"(?:{_both_cases(lexicon().alt('until_words'))})\b")
_UNTIL_BEFORE = re.compile(rf"\b(?:{_both_cases(lexicon().alt('until_words'))})\s+$")
_NOW_NAME_BEFORE = re.compile(r"(?:\(|,)\s*$")
_CLOCK_OR_NAME_AFTER = re.compile(r"\s*,?\s*(?:\d|um\b|gegen\b|[Mm]itternacht)")
_NAME_AFTER = re.compile(r"\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?\s*[),]")


def _generic_heute(text: str, start: int, end: int) -> bool:
    """ "bis heute" (up to now, not "bis heute um 12 Uhr") and "(heute Slowenien)" (a place's name
    now) mean the present, not the paper's day."""
    if _UNTIL_BEFORE.search(text, max(0, start - 5), start):
        return not _CLOCK_OR_NAME_AFTER.match(text, end)
    return bool(_NOW_NAME_BEFORE.search(text, max(0, start - 3), start)) and bool(_NAME_AFTER.match(text, end))


def _relday_check(m: re.Match[str], text: str) -> bool:
    word = m.group("r")
    if word.lower() != "morgen":
        return True
    if word == "morgen":
        return True
    # "Morgen" capitalised: the noun (morning) after an article/preposition/adjective
    before = text[max(0, m.start() - 12) : m.start()]
    return not re.search(
        r"\b(?:am|Am|den|der|des|dem|am\s+frühen|frühen|jeden|heute|gestern|guten|Guten|diesen|einen|Der|Den)\s+$",
        before,
    )


def _weekday_check(m: re.Match[str], text: str) -> bool:
    word = m.group("wd")
    if not word[0].isupper():
        return False
    if m.group("gen") and not _GENITIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "montags" is every Monday; "im Laufe des Montags" one Monday
    after = text[m.end() : m.end() + 2]
    if after.startswith("-") or after.startswith("s "):
        return False
    # "Bild am Sonntag", "Welt am Sonntag": newspapers, not days
    before = re.search(r"(\w+)\s+am\s+$", text[max(0, m.start() - 20) : m.start()])
    if before and before.group(1).lower() in lexicon()["weekday_titles"]:
        return False
    # "Jerzy Montag", "Maria Freitag": a surname right after a first name is no day (no first name stands right
    # before a weekday anywhere in 1,360 German Wikinews articles except in such a name)
    name = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return not (name and name.group(1) in given_names())


_WORD_BEFORE = re.compile(r"(\w+) $")


def _midnight_check(m: re.Match[str], text: str) -> bool:
    if m.group("w").lower() == "mittag":
        before = text[max(0, m.start() - 8) : m.start()]
        return bool(re.search(r"\b(?:gegen|um|zu|Gegen|Um|Zu)\s+$", before))
    return True


_BARE_YEAR = re.compile(r"\d{4}")
_PERIOD_VALUE = re.compile(r"\d{4}-(?:\d{2}|Q[1-4]|H[12]|W\d{2})")  # a month, quarter, half-year or week
_AGO_BEFORE = re.compile(rf"\b({_both_cases(lexicon().alt('ago_words'))})\s+$")
_IN_BEFORE = re.compile(
    "".join(rf"(?<!{w} )" for w in _both_cases(lexicon().alt("until_words")).split("|"))
    + rf"\b(?:{_both_cases(lexicon().alt('ahead_in_words'))})\s+$"
)
# the age ends at its unit: "im Alter von 47 und 52 Jahren sollen über mehrere Jahre" keeps the duration
_AGE_BEFORE = re.compile(
    rf"\b(?:{lexicon().alt('age_opening_nouns')})\s+(?:{lexicon().alt('age_range_prepositions')})\s"
    rf"(?:(?!{lexicon().alt('age_end_units')})[^.;:()])*$"
)
_AGE_AFTER = re.compile(rf"\s+(?:{lexicon().alt('age_adjectives_after')})\b")
_AGE_AFTER_YEARS = re.compile(rf"\s+(?:{lexicon().alt('age_comparatives_after')})\b")
_INDEFINITE_BEFORE = re.compile(rf"\b(?:{_both_cases(lexicon().alt('some_day_articles'))})\s+$")
# "noch in der Nacht", "Noch in der Nacht" opening a sentence
_STILL_BEFORE = re.compile(rf"\b(?:{_both_cases(lexicon().alt('still_words'))})\s+$")
_NIGHT_OF_AFTER = re.compile(rf"\s+({lexicon().alt('night_of_prepositions')})\b")  # "Nacht zum heutigen Samstag"
_NEXT_WORD = re.compile(r"\s+(\w+)")
_GENITIVE_AFTER = re.compile(
    rf"\s+(?:{lexicon().alt('genitive_articles')})\s"
)  # "am Abend der Wahl": the genitive names the day
# "mit 92 Jahren." / "Mit 14 Jahren überquerte er" / "mit 67 Jahren in Rente": an age; a noun after
# it keeps the duration ("mit zwei Jahren Haft"), as does a second amount ("mit zwei Jahren und …")
_MIT_BEFORE = re.compile(
    rf"\b(?:{_both_cases(lexicon().alt('age_mit_words'))})\s+(?:(?:{lexicon().alt('age_mit_adverbs')})\s+)?$"
)
_AGE_AFTER_MIT = re.compile(rf"(?:\s*[.,;:!?)–]|\s+(?!(?:{lexicon().alt('amount_continuations')})\b)[a-zäöüß])")


@lru_cache(maxsize=1)
def _age_threshold_before() -> re.Pattern[str]:
    """An age limit earlier in the sentence and the preposition right before the number: "das
    Rentenalter für Hafenarbeiter von 60 auf 65 Jahre anheben", "Das Mindestalter liegt bei 16 Jahren"."""
    nouns = "|".join(n.capitalize() for n in lexicon()["age_threshold_nouns"])  # nouns: not "ein alter Vertrag"
    return re.compile(rf"\b(?:{nouns})\b[^.;:!?]*\b(?:{lexicon().alt('age_threshold_prepositions')})\s+$")


def _is_age_years(m: re.Match[str], text: str) -> bool:
    """Years counted in ``m`` that give an age or an age limit (see the two patterns above)."""
    if not m.group("u").lower().startswith("jahr") or m.groupdict().get("cpre"):
        return False
    if (
        m.group("u").lower() == "jahren"
        and _MIT_BEFORE.search(text, max(0, m.start() - 25), m.start())
        and _AGE_AFTER_MIT.match(text, m.end("u"))
    ):
        return True
    return bool(_age_threshold_before().search(text, max(0, m.start() - 120), m.start()))


@lru_cache(maxsize=1)
def _age_nouns() -> frozenset[str]:
    return frozenset(grammar("de").lex["age_nouns"])


# a count and what is counted right before "am Tag": "24 Stunden", "zwei Liter", "100 Euro"
_COUNTED_BEFORE = re.compile(rf"(?:\d|\b(?:{lexicon().alt('counted_number_words')}))\S*\s+\S+\s+$")
_PERSON_RANGE_BEFORE = re.compile(
    rf"\b(\w+)\s+(?:{lexicon().alt('age_range_prepositions')})\s+(?:\w+\s+(?:{lexicon().alt('age_range_links')})\s+)?$"
)


def _person_age_range(m: re.Match[str], text: str) -> bool:
    """ "Kinder zwischen 6 und 10 Jahren", "Jugendliche von 14 bis 18 Jahren": a range of years
    right after a noun for people gives their ages, no DURATION."""
    if not m.group("u").lower().startswith("jahr"):
        return False
    before = _PERSON_RANGE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    word = before.group(1).lower()
    nouns = _age_nouns()
    suffixes = lexicon()["person_noun_plural_suffixes"]
    return any(word.endswith(suffix) and word[: len(word) - len(suffix)] in nouns for suffix in suffixes)


def _ago_amount(amount: float, unit: str) -> bool:
    """An amount "vor" can count back: a whole one, or a half-step of years, months or weeks ("vor einem halben
    Jahr", "vor eineinhalb Jahren", "vor zweieinhalb Monaten"), which a smaller unit counts exactly."""
    return float(amount).is_integer() or (unit in ("Y", "M", "W") and float(amount * 2).is_integer())


def _duration_check(m: re.Match[str], text: str) -> bool:
    n = m.group("n")
    if n is None:
        return True
    if m.group("cpre") and not m.group("u").lower().startswith(_word_class(lexicon(), "calendar_unit_stems")):
        return False  # "450 Arbeitsstunden" measure work, not time
    # "28 Jahre alt", "das drei Wochen alte Kind", "eine 30 Jahre jüngere Frau": ages
    if _AGE_AFTER.match(text, m.end()):
        return False
    if m.group("u").lower().startswith("jahr") and _AGE_AFTER_YEARS.match(text, m.end()):
        return False
    low = n.lower()
    u = m.group("u").lower()
    if low in _word_class(lexicon(), "indefinite_articles") and not m.group("half"):
        # "eines Tages", "ein Tag der Freude": only with an article-free unit in singular
        if u not in _word_class(lexicon(), "singular_units") and low != "eines":
            return False
        if low == "ein" and u == "jahrhundert" and not re.match(r"\s+lang\b", text[m.end() : m.end() + 6]):
            return False  # "ein Jahrhundert lang" is a duration, "ein Jahrhundert-Ereignis" not
        if low in _word_class(lexicon(), "nominative_indefinite_articles") and re.match(
            r"\s+de[rs]\s", text[m.end() : m.end() + 5]
        ):
            return False  # "Das ist ein Tag der großen Erleichterung", "ein Jahr des Umbruchs": which day, not how long
        if low == "eines":  # "eines Tages" is vague; "innerhalb eines Jahres" is a duration
            lead = text[max(0, m.start() - 12) : m.start()]
            return u in _word_class(lexicon(), "duration_genitive_units") and bool(_DURATION_GENITIVE_LEAD.search(lead))
    # "im Alter von zehn, acht und drei Jahren", "im Alter zwischen 15 und 17 Jahren"
    if m.group("u").lower().startswith("jahr") and _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False
    if _is_age_years(m, text) or _person_age_range(m, text):
        return False
    if n[0].isdigit():
        before = text[max(0, m.start() - 3) : m.start()]
        if before.endswith((".", ",")) and before[:-1][-1:].isdigit():
            return False
        # "ab 16 Jahren", "Kinder unter 14 Jahren", "im Alter von 45 Jahren": ages
        if u.startswith("jahr") and re.search(
            r"\b(?:ab|unter|Alter\s+von|bis\s+zu)\s+$", text[max(0, m.start() - 14) : m.start()]
        ):
            return False
    return True


def _duration_lead_check(m: re.Match[str], text: str) -> bool:
    """The first number of "zwei bis drei Wochen", unless the pair gives ages ("zwischen 18 und 45
    Jahren" in "im Alter …", "18 bis 25 Jahre alt") or is part of a longer number ("3,5")."""
    end = m.end("u")
    if _AGE_AFTER.match(text, end):
        return False
    if m.group("u").lower().startswith("jahr") and (
        _AGE_AFTER_YEARS.match(text, end)
        or _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        or re.search(r"\b(?:ab|unter|Alter\s+von|bis\s+zu)\s+$", text[max(0, m.start() - 14) : m.start()])
        or _person_age_range(m, text)
    ):
        return False
    before = text[max(0, m.start() - 2) : m.start()]
    return not (before[-1:] in ".,:/" and before[:1].isdigit())


def _plural_check(m: re.Match[str], text: str) -> bool:
    return m.group("u").lower() in _word_class(lexicon(), "plural_units")


def _reference_check(m: re.Match[str], text: str) -> bool:
    w = m.group("w").lower()
    if w == "ex":  # "Ex-Landesrat": a former office holder (KRAUTS annotates the prefix)
        return m.group("w") == "Ex" and text[m.end() : m.end() + 1] == "-"
    if w in _word_class(lexicon(), "time_reference_nouns"):
        return bool(m.group("det")) and m.group("det").lower() in _word_class(lexicon(), "time_reference_determiners")
    if w in _word_class(lexicon(), "future_adjectives"):
        return not re.match(r"\w", text[m.end() : m.end() + 1])
    if w.startswith("zur"):  # "zur Zeit" (now), not "zur Zeit der Römer", "zur Zeit, als …"
        return not _TIME_OF_AFTER.match(text, m.end())
    return True


_TIME_OF_AFTER = re.compile(
    rf"\s*(?:,\s*(?:{lexicon().alt('time_of_relatives')})\b|\s(?:{lexicon().alt('time_of_attributes')}|[A-ZÄÖÜ]))"
)


# --------------------------------------------------------------------------------------------
# Small helpers


def _stem(word: str | None) -> str:
    """Strip German adjective endings: "vergangenen" → "vergangen"."""
    w = (word or "").lower()
    for suffix in _longest_first(lexicon(), "adjective_endings"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            return stem
    return w


def _norm_month(word: str) -> str:
    w = " ".join(word.lower().split())
    return w if w.endswith(".") or w in lexicon().data["months"] else w + "."


_HALF_COMBINED = {"Y": (6, "M"), "D": (12, "H"), "H": (30, "M"), "MIN": (30, "S")}


_QUARTER_HOURS = {"QH": 15, "TQH": 45}  # "eine Viertelstunde" PT15M, "eine Dreiviertelstunde" PT45M
_QUARTER_CENTURY_YEARS = 25  # unit "QCE": "vor einem Vierteljahrhundert" P25Y


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P3Y``, ``PT1H``, ``PXD``; halves become the next smaller unit."""
    if unit in _QUARTER_HOURS:
        return "PTXM" if amount is None else f"PT{round(amount * _QUARTER_HOURS[unit])}M"
    if unit == "QCE":
        return "PXY" if amount is None else f"P{round(amount * _QUARTER_CENTURY_YEARS)}Y"
    if amount is not None and amount > 1 and amount % 1 == 0.5 and unit in _HALF_COMBINED:
        # "eineinhalb Jahre" is P1Y6M, "zweieinhalb Stunden" PT2H30M
        whole, (half, small) = int(amount), _HALF_COMBINED[unit]
        big = "M" if unit == "MIN" else unit
        t = "T" if unit in ("H", "MIN") else ""
        return f"P{t}{whole}{big}{half}{small}" if unit != "D" else f"P{whole}DT12H"
    if amount is not None and not float(amount).is_integer():
        smaller = {
            "Y": (12, "M"),
            "M": (30, "D"),
            "W": (7, "D"),
            "D": (24, "H"),
            "H": (60, "MIN"),
            "MIN": (60, "S"),
            "DE": (10, "Y"),
            "CE": (100, "Y"),
        }
        if unit in smaller:
            factor, unit = smaller[unit]
            amount = amount * factor
    n = "X" if amount is None else str(int(amount))
    if unit in ("H", "S"):
        return f"PT{n}{unit}"
    if unit == "MIN":
        return f"PT{n}M"
    return f"P{n}{unit}"


def decimal_duration(number: str, unit: str) -> str:
    """TIMEX3 duration of a written decimal ("10.5", unit "S"): ``PT10.5S``, ``P1.5Y``."""
    if unit in ("H", "S", "MIN"):
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    if unit in ("DE", "CE"):
        return duration_value(float(number), unit)
    return f"P{number}{unit}"


# --------------------------------------------------------------------------------------------
# Driver


@lru_cache(maxsize=4)
def grammar(lang: str = "de") -> Grammar:
    return Grammar(lexicon(lang))


def _windows(positions: list[int], length: int) -> list[tuple[int, int]]:
    """Merged ``[p - WINDOW_BEFORE, p + WINDOW_AFTER)`` ranges around trigger positions."""
    out: list[tuple[int, int]] = []
    for p in sorted(positions):
        start, end = max(0, p - WINDOW_BEFORE), min(length, p + WINDOW_AFTER)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _rule_matches(rule: Rule, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The rule's matches inside the windows, as a full-text scan would find them there.

    ``endpos`` truncates the string for lookaheads, so a match ending near a window's end is
    re-matched on the full text from its start."""
    n = len(text)
    last_end = -1
    for start, end in windows:
        pos = max(start, last_end)
        for m in rule.regex.finditer(text, pos, end):
            if end < n and m.end() > end - 40:
                full = rule.regex.match(text, m.start())
                if full is not None:
                    m = full
            if m.start() < last_end:
                continue
            last_end = m.end()
            yield m


def _candidates(text: str, g: Grammar, full_scan: bool = False) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    found = []
    triggers = None if full_scan else g.triggers(text)
    whole = [(0, len(text))]
    # many rules share their trigger classes (a digit, a month name): their windows are merged once per text
    windows_of: dict[frozenset[str], list[tuple[int, int]]] = {}
    for rule in g.rules:
        if triggers is None:
            windows = whole
        else:
            known = windows_of.get(rule.triggers)
            if known is None:
                positions = [p for cls in rule.triggers for p in triggers.get(cls, ())]
                known = windows_of[rule.triggers] = _windows(positions, len(text)) if positions else []
            if not known:
                continue
            windows = known
        for m in _rule_matches(rule, text, windows):
            if m.end() == m.start():
                continue
            if rule.check is not None and not rule.check(m, text):
                continue
            found.append((m.start(), m.end(), rule.priority, rule, m))
    return found


def _select(found: list[tuple[int, int, int, Rule, re.Match[str]]]) -> list[tuple[Rule, re.Match[str]]]:
    """Longest match wins; among equal lengths the earlier rule; no overlaps."""
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    keep = []
    for start, end, _, rule, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        keep.append((start, rule, m))
    keep.sort(key=lambda c: c[0])
    return [(rule, m) for _, rule, m in keep]  # in text order


NEWS_LEAD_CHARS = 600
NARRATIVE_MIN_YEARS = 10


def _is_narrative(text: str, dct: date | None, selected: list[tuple[Rule, re.Match[str]]]) -> bool:
    """A text is a narrative when most explicitly written years are far from the DCT, unless its
    lead counts from the publication date ("heute", "am Dienstag", "in der Nacht auf Samstag")."""
    if dct is None:
        return True
    near = far = 0
    for rule, m in selected:
        groups = m.groupdict()
        with_weekday = rule.name.startswith("pod") or rule.name in ("day_month", "numeric")
        deictic = rule.name in ("relday", "weekday") or (with_weekday and groups.get("wd") and not groups.get("y"))
        if deictic and m.start() < NEWS_LEAD_CHARS:
            return False  # "heute", "am Dienstag" in the lead: a news report, however many years follow
        y = _explicit_year(rule, m)
        if y is not None:
            if abs(y - dct.year) <= 1:
                near += 1
            else:
                far += 1
    # a news report with a few years of background is not a narrative: it takes a run of them
    return far >= NARRATIVE_MIN_YEARS and far > 3 * near + 2


def _explicit_year(rule: Rule, m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    for key in ("y", "y2"):
        y = groups.get(key)
        if y and len(y) == 4 and y.isdigit():
            return int(y)
    for key in ("bc", "bc_pre"):
        y = groups.get(key)
        if y and y.strip().isdigit():
            return 1 - int(y)
    if rule.name == "year_bc":
        return 1 - int(m.group("y"))
    return None


def _asides(selected: list[tuple[Rule, re.Match[str]]]) -> frozenset[int]:
    """Explicit dates whose year breaks a run: 1914 … [8. Dezember 1912] … 1914.

    Narratives mention earlier or later events in passing; such a date keeps its own value
    but must not move the focus that year-less dates after it are resolved against."""
    years = [(m.start(), y) for rule, m in selected if (y := _explicit_year(rule, m)) is not None]
    out = set()
    for i in range(1, len(years) - 1):
        prev_y, (pos, y), next_y = years[i - 1][1], years[i], years[i + 1][1]
        if abs(prev_y - next_y) <= 1 and abs(y - prev_y) > 1 and abs(y - next_y) > 1:
            out.add(pos)
    return frozenset(out)


_HEADING = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*([^\n.!?;:„“\"]{1,80})(?=[ \t]*\n[ \t]*\n)")


def _headings(text: str, selected: list[tuple[Rule, re.Match[str]]]) -> list[tuple[int, int, int | None, bool]]:
    """(start, end, first year written in it or None, whether it names one year only) for each
    heading: a short line between blank lines. A chapter over a span ("Juni 1775 bis März 1776",
    "1944/1945") begins with its first year."""
    years = [(m.start(), y) for rule, m in selected if (y := _explicit_year(rule, m)) is not None]
    out: list[tuple[int, int, int | None, bool]] = []
    for h in _HEADING.finditer(text):
        start, end = h.start(1), h.end(1)
        inside = [y for pos, y in years if start <= pos < end]
        out.append((start, end, inside[0] if inside else None, len(set(inside)) == 1))
    return out


def _day_of(value: str | None) -> date | None:
    if value is None or len(value) != 10 or not value[:4].isdigit():
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def find_timexes(text: str, dct: date | None = None, lang: str = "de", *, full_scan: bool = False) -> list[TimexHit]:
    """All temporal expressions in ``text``, normalised against the publication date ``dct``.

    ``full_scan`` runs every rule over the whole text instead of only around trigger words
    (slower; the result is the same — it exists to test exactly that)."""
    g = grammar(lang)
    selected = _select(_candidates(text, g, full_scan))
    hits = _walk(text, dct, g, selected)
    if dct is not None and ("„" in text or '"' in text or "»" in text):
        speech = _speech_days(text, hits, dct)
        if speech:  # again, with the deictic words in those quotes anchored to the day they were said
            hits = _walk(text, dct, g, selected, speech)
    if dct is not None and _event_res(g.lex).anchored_or_day.search(text) and not _is_narrative(text, dct, selected):
        hits = _event_anchored(text, hits, g.lex)
    hits = [
        h
        for h in _clocks_before_day(text, hits, dct, g.lex)
        if not _in_title(text, h, g.lex) and not _in_quoted_title(text, h)
    ]
    hits = _day_distances(text, _compound_durations(text, _overnight_ranges(text, hits)), g.lex)
    return _recurring_clocks(text, _appositions(text, hits))


_ANY_CLOCK = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)T(\d{2}):(\d{2})")
_DAY_OR_PART = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(MO|MI|AF|EV|NI|DT))?")
_CLOCK_RANGE_LINK = re.compile(r"\s*(bis|und|-|–)\s*(?:(?:um|zum)\s+)?")
_BETWEEN_BEFORE = re.compile(rf"\b(?:{lexicon().alt('between_words')})\s+$")
_CLOCK_DAY_LINK = re.compile(r"\s+(?:am|in\s+der)\s+")  # "um 14 Uhr am Montag", "gegen 3 Uhr in der Nacht auf Montag"


def _clocks_before_day(
    text: str, hits: list[TimexHit], dct: date | None = None, lex: Lexicon | None = None
) -> list[TimexHit]:
    """A clock time followed by the day it is on ("um 14 Uhr am Montag", "gegen 3 Uhr in der Nacht
    auf Sonntag") lies on that day — in a night, before noon on the morning after the night's
    evening — not on the day in focus before it; "um 8 Uhr am Sonntagabend" is 20:00. A bare
    night of the paper's day in a past clause ("geschah um 3 Uhr in der Nacht") is the one just
    gone: the clock is on the paper's day."""
    out = list(hits)
    for i in range(len(out) - 1):
        clock, day = out[i], out[i + 1]
        cm = _ANY_CLOCK.fullmatch(clock.value) if clock.type == "TIME" else None
        dm = _DAY_OR_PART.fullmatch(day.value) if day.type in ("DATE", "TIME") else None
        if cm is None or dm is None or not _CLOCK_DAY_LINK.fullmatch(text, clock.end, day.start):
            continue
        named, part = date.fromisoformat(dm.group(1)), dm.group(2)
        k = i
        while True:  # the clock, and the start of a range it ends ("von 8 bis 12 Uhr am Samstag")
            hour, minute = int(cm.group(1)), int(cm.group(2))
            on = named + timedelta(days=1) if part == "NI" and hour < 12 else named
            if (
                on != named
                and named == dct
                and lex is not None
                and text[day.start : day.end] == "Nacht"
                and clause_tense(text, clock.start, lex, clock.end) < 0
            ):
                on = named
            if part in ("AF", "EV") and hour < 12:
                hour += 12
            value = f"{day_value(on)}T{hour:02d}:{minute:02d}"
            if value != out[k].value:
                h = out[k]
                out[k] = TimexHit(h.start, h.end, h.type, value, f"FOCUS:{day_value(on)}", day_value(on))
            k -= 1
            cm = _ANY_CLOCK.fullmatch(out[k].value) if k >= 0 and out[k].type == "TIME" else None
            link = _CLOCK_RANGE_LINK.fullmatch(text, out[k].end, out[k + 1].start) if cm is not None else None
            between = link is not None and _BETWEEN_BEFORE.search(text, max(0, out[k].start - 12), out[k].start)
            if link is None or (link.group(1) == "und" and not between):
                break  # "am Freitag um 9 Uhr und um 14 Uhr am Montag": two times (but "zwischen 22 und 5 Uhr")
    return out


_DAY_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")


def _overnight_ranges(text: str, hits: list[TimexHit]) -> list[TimexHit]:
    """A clock range that ends earlier than it starts runs past midnight: "von 20 Uhr bis 6 Uhr früh",
    "zwischen 22 und 5 Uhr" end on the next day (both ends were dated on the start's day)."""
    out = list(hits)
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        a = _DAY_CLOCK.fullmatch(first.value) if first.type == "TIME" else None
        z = _DAY_CLOCK.fullmatch(last.value) if last.type == "TIME" else None
        if a is None or z is None or a.group(1) != z.group(1) or (z.group(2), z.group(3)) >= (a.group(2), a.group(3)):
            continue
        link = _CLOCK_RANGE_LINK.fullmatch(text, first.end, last.start)
        between = _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)
        if link is None or (link.group(1) == "und" and not between) or z.group(2) == "24":
            continue
        day = day_value(date.fromisoformat(z.group(1)) + timedelta(days=1))
        out[i + 1] = TimexHit(last.start, last.end, "TIME", f"{day}T{z.group(2)}:{z.group(3)}", last.anchor, day)
    return out


_DATED_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})")
RECURRING_CLOCK_REACH = 80  # characters between a SET ("täglich", "jeden Sonntag") and its clock time


def _recurring_clocks(text: str, hits: list[TimexHit]) -> list[TimexHit]:
    """A clock time in the sentence of a recurring expression ("täglich von 9 bis 12 Uhr", "jeden
    Sonntag um 10 Uhr") is on no one day: its value is the bare clock ``T09:00`` and it dates nothing."""
    sets = [h for h in hits if h.type == "SET"]
    if not sets:
        return hits
    out = list(hits)
    for i, h in enumerate(out):
        m = _DATED_CLOCK.fullmatch(h.value) if h.type == "TIME" else None
        if m is None:
            continue
        for s in sets:
            lo, hi = (s.end, h.start) if s.end <= h.start else (h.end, s.start)
            if 0 <= hi - lo <= RECURRING_CLOCK_REACH and not _SENT_END.search(text, lo, hi):
                out[i] = TimexHit(h.start, h.end, h.type, m.group(1), None, None)
                break
    return out


@lru_cache(maxsize=4)
def _title_before(lex: Lexicon) -> re.Pattern[str]:
    """A title noun and an opening quote mark: 'zum Thema "', 'unter dem Motto „'."""
    return re.compile(rf"\b(?:{lex.alt('title_nouns')})\s*:?\s*[„\"»‚]$", re.IGNORECASE)


_OPENING_MARK = re.compile(r"[„\"»‚][^„\"»‚“”«‘\n]*$")


def _in_title(text: str, hit: TimexHit, lex: Lexicon) -> bool:
    """A holiday or season named inside a quoted title ('ein Menü zum Thema "Weihnachten"', 'unter dem
    Motto „Sommer im Park“'): a topic, not a time (KRAUTS leaves it untagged). Years and dates, which
    date a title ("Salon Culinaire 2013"), stay."""
    if hit.type != "DATE" or any(c.isdigit() for c in text[hit.start : hit.end]):
        return False
    mark = _OPENING_MARK.search(text, max(0, hit.start - 60), hit.start)
    return mark is not None and bool(_title_before(lex).search(text, max(0, mark.start() - 30), mark.start() + 1))


_COLON_AFTER = re.compile(r"\s*:")
# the values of a part of the day or a season, which titles name ("Ein Sommer am See", "Die Frau im Morgengrauen")
_WORD_TIME_VALUE = re.compile(r"T(?:MO|MI|AF|EV|NI)$|-(?:SP|SU|FA|WI)$")
# a quoted title ("das Stück „Die Frau im Morgengrauen“") has a few words; a quote with more is speech
QUOTED_TITLE_MAX_WORDS = 6


def _in_quoted_title(text: str, hit: TimexHit) -> bool:
    """A part of the day, season or other word time inside a short quoted title that opens with a
    capital and not with the time ('„Die Frau im Morgengrauen“: Schauspiel …'): a name, not a time
    (KRAUTS leaves it untagged). Not a quoted fragment of speech ('„im Morgengrauen“'), a quote that
    opens with the time ('„Am Abend …“') or a sentence ('„Sie kamen im Morgengrauen.“')."""
    if not _WORD_TIME_VALUE.search(hit.value) or any(c.isdigit() for c in text[hit.start : hit.end]):
        return False
    # (the quotes paired as everywhere else, chronik.quote_marks: „…“ also closed by ”, and ‚…‘)
    quote = next(
        ((qs, qe) for qs, qe in closed_quotes(text, (*_QUOTE_PAIRS, "‚‘")) if qs < hit.start and hit.end < qe), None
    )
    if quote is None or hit.start - quote[0] > 60 or quote[1] - hit.end > 60:
        return False
    qs, qe = quote
    content = text[qs + 1 : qe - 1]
    return (
        content[:1].isupper()
        and len(content.split()) <= QUOTED_TITLE_MAX_WORDS
        and not re.search(r"[.!?,;:]", content)
        # speech is framed: „…“, sagte sie / Sie sagte: „…“ (but a listing's title goes on "Ort: „…“: Schauspiel")
        and not _FRAME_AFTER.match(text, qe)
        and not (_FRAME_BEFORE.search(text, max(0, qs - 3), qs) and not _COLON_AFTER.match(text, qe))
    )


@lru_cache(maxsize=4)
def _year_end_target_before(lex: Lexicon) -> re.Pattern[str]:
    """A deadline or target preposition (and its links) right before an end of the year ("bis zum Jahresende",
    "zum Jahresende", "für Ende des Jahres")."""
    leads = _both_cases(lex.alt("deadline_words", "target_prepositions", "effective_prepositions"))
    links = lex.alt("deadline_links")
    return re.compile(rf"\b(?:{leads})(?:\s+(?:{links}))*\s+$")


@lru_cache(maxsize=4)
def _call_verb_words(lex: Lexicon) -> re.Pattern[str]:
    """A verb of announcing or calling for ("angekündigt", "forderte"), which sets what it names ahead."""
    return re.compile(rf"\b(?:{lex.alt('call_verbs')})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _genitive_pod_lead(lex: Lexicon) -> re.Pattern[str]:
    """The pod_prepositions that end in a genitive article ("im Laufe des", "im Verlauf des"), right before a part
    of the day."""
    leads = [w for w in lex["pod_prepositions"] if w.endswith(" des")]
    return re.compile(rf"\b(?:{'|'.join(_word_re(w) for w in leads)})\s+$", re.IGNORECASE)


_DURATION_PART = re.compile(r"P(T?)(\d+)(Y|M|W|D|H|S)")
_DURATION_UNITS = ("Y", "M", "W", "D", "H", "MIN", "S")  # largest first
_DURATION_JOIN = re.compile(rf"\s+(?:{lexicon().alt('duration_joiners')})\s+")


def _duration_parts(value: str) -> dict[str, int] | None:
    m = _DURATION_PART.fullmatch(value)
    if not m:
        return None
    unit = "MIN" if m.group(1) and m.group(3) == "M" else m.group(3)
    return {unit: int(m.group(2))}


def _compound_durations(text: str, hits: list[TimexHit]) -> list[TimexHit]:
    """ "zwei Jahren und fünf Monaten", "zwei Stunden und 15 Minuten": one DURATION (``P2Y5M``,
    ``PT2H15M``) when the units get smaller, as TimeML and WikiWarsDE ("sechs Wochen und drei Tage")
    annotate them."""
    out: list[TimexHit] = []
    parts: dict[str, int] | None = None
    for hit in hits:
        prev = out[-1] if out else None
        new = _duration_parts(hit.value) if hit.type == "DURATION" else None
        if (
            prev is not None
            and parts is not None
            and new is not None
            and _DURATION_JOIN.fullmatch(text, prev.end, hit.start)
            and _DURATION_UNITS.index(next(iter(new))) > max(_DURATION_UNITS.index(u) for u in parts)
        ):
            parts = {**parts, **new}
            # ISO 8601 has no weeks beside other units: "sechs Wochen und drei Tage" is P45D
            if "W" in parts and "D" in parts:
                parts["D"] += 7 * parts.pop("W")
            date = "".join(f"{parts[u]}{u}" for u in ("Y", "M", "W", "D") if u in parts)
            clock = "".join(f"{parts[u]}{'M' if u == 'MIN' else u}" for u in ("H", "MIN", "S") if u in parts)
            value = f"P{date}" + (f"T{clock}" if clock else "")
            out[-1] = TimexHit(prev.start, hit.end, "DURATION", value, prev.anchor, prev.date)
            continue
        out.append(hit)
        parts = new
    return out


_ONE_UNIT_DURATION = re.compile(r"P(\d+)([DWMY])")
_DISTANCE_LINK = re.compile(r"\s+(\w+)\s+")


def _day_distances(text: str, hits: list[TimexHit], lex: Lexicon) -> list[TimexHit]:
    """A weekday or day word followed by a distance from it is one DATE, that day moved by the distance:
    "am Sonntag in einer Woche" (the Sunday after the coming one), "heute in acht Tagen" (a week ahead,
    days counted inclusively), "heute vor einem Jahr" (``day_distance_links``; "vor" only after a day word:
    a weekday's "vor einer Woche" is part of the weekday rule)."""
    out: list[TimexHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        unit = _ONE_UNIT_DURATION.fullmatch(hit.value) if hit.type == "DURATION" else None
        link = _DISTANCE_LINK.fullmatch(text, prev.end, hit.start) if prev is not None and unit else None
        day = _day_of(prev.value) if prev is not None and link and prev.type == "DATE" else None
        if prev is None or unit is None or link is None or day is None:
            out.append(hit)
            continue
        word = text[prev.start : prev.end].lower()
        sign = lex["day_distance_links"].get(link.group(1).lower())
        if not (word in lex["relative_days"] or (word in lex["weekdays"] and sign == 1)) or sign is None:
            out.append(hit)
            continue
        n, u = int(unit.group(1)), unit.group(2)
        if u == "D":
            moved = day + timedelta(days=sign * lex["inclusive_day_counts"].get(str(n), n))
        elif u == "W":
            moved = day + timedelta(weeks=sign * n)
        else:
            moved = add_months(day, sign * n * (12 if u == "Y" else 1))
        value = day_value(moved)
        out[-1] = TimexHit(prev.start, hit.end, "DATE", value, prev.anchor, value)
    return out


# a day written in apposition right after a relative expression: "Drei Monate später, am 18. Juni,"
_APPOSITION = re.compile(rf"\s*(?:,\s*|\(\s*|–\s*)?(?:(?:{lexicon().alt('apposition_day_links')})\s+)?")


def _appositions(text: str, hits: list[TimexHit]) -> list[TimexHit]:
    """A relative expression followed by the day it means ("Drei Monate später, am 18. Juni", "Kurze
    Zeit später (5. März)") takes that day's value when it agrees (same month, or a vague
    ``FUTURE_REF``/``PAST_REF`` the day lies on the right side of)."""
    out = list(hits)
    for i in range(len(out) - 1):
        rel, day = out[i], out[i + 1]
        if rel.type != "DATE" or day.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
            continue
        if not (rel.anchor or rel.value.endswith("_REF")) or rel.value == day.value:
            continue
        if not _APPOSITION.fullmatch(text, rel.end, day.start):
            continue
        agrees = day.value.startswith(rel.value) and len(rel.value) >= 7
        if rel.value in ("FUTURE_REF", "PAST_REF") and (prev := _day_of(out[i - 1].date) if i else None):
            agrees = (day.value > day_value(prev)) == (rel.value == "FUTURE_REF")
        if agrees:
            out[i] = TimexHit(rel.start, rel.end, rel.type, day.value, rel.anchor, day.date)
    return out


@dataclass(frozen=True, slots=True)
class _EventPatterns:
    """Patterns for expressions anchored to an event the text dates ("die Wahl am Sonntag")."""

    anchored_or_day: re.Pattern[str]  # cheap pre-check: "vor/nach der …", an event day, "Vorabend der …"
    after_offset: re.Pattern[str]  # " vor der Landtagswahl" right after "Fünf Tage"
    event_day: re.Pattern[str]  # "Wahltag", "Wahlabend"
    heads: tuple[str, ...]
    not_events: frozenset[str]  # "Auswahl"
    relation_before: re.Pattern[str]  # "nach dem Angriff": no event of the date in its clause
    prepositions: frozenset[str]  # "Bei der Wahl am Sonntag" is no genitive of "Bei"


@lru_cache(maxsize=4)
def _event_res(lex: Lexicon) -> _EventPatterns:
    heads = tuple(sorted(lex["event_anchors"], key=len, reverse=True))
    days = lex.alt("event_days")
    noun = r"[A-ZÄÖÜ][\w-]*"
    return _EventPatterns(
        anchored_or_day=re.compile(
            rf"\b(?:vor|nach)\s+de[mnr]\s|\b(?:{days})\b|\b(?:{lex.alt('day_words')})\s+de[rs]\s", re.IGNORECASE
        ),
        after_offset=re.compile(rf"\s+(vor|nach)\s+(?:de[mnr]|dem)\s+(?:[a-zäöüß]+e[nrs]?\s+)?({noun})"),
        event_day=re.compile(rf"\b(?:{days})\b", re.IGNORECASE),
        heads=heads,
        not_events=frozenset(lex["event_anchor_exceptions"]),
        relation_before=re.compile(rf"\b(?:{lex.alt('event_relation_words')})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE),
        prepositions=frozenset(lex["event_owner_prepositions"]),
    )


def _event_head(word: str, res: _EventPatterns) -> str | None:
    """The event a noun names by its last part: "Landtagswahl(en)" → "wahl"; None for other nouns."""
    low = word.lower()
    if low in res.not_events:
        return None
    return next((h for h in res.heads if low.endswith(_inflected(h))), None)


def _inflected(noun: str) -> tuple[str, str, str, str]:
    return noun, noun + "s", noun + "es", noun + "en"


# an event noun and its date: up to three lower-case words between them ("die Wahl am Sonntag",
# "die Wahl findet am 20. September statt", "sind am Sonntag zur Wahl aufgerufen"); no other noun
# ("beanspruchte am Samstag den Sieg bei der Wahl" dates the claim, not the election)
_EVENT_NOUN_BEFORE = re.compile(r"\b([A-ZÄÖÜ][\w-]+)\s+(?:[a-zäöüß]+\s+){0,3}$")
_GENITIVE_OWNER = re.compile(
    rf"\b([A-ZÄÖÜ][\w-]*)\s+(?:{lexicon().alt('genitive_articles')})\s+(?:[a-zäöüß]+e[nrs]?\s+)?$"
)
_EVENT_OF = re.compile(
    rf"\s+(?:{lexicon().alt('genitive_articles')})\s+(?:[a-zäöüß]+e[nrs]?\s+)?([A-ZÄÖÜ][\w-]*)"
)  # "Vorabend der Wahl"
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[a-zäöüß]+\s+){0,3}([A-ZÄÖÜ][\w-]+)")


def _event_dates(text: str, hits: list[TimexHit], res: _EventPatterns) -> dict[str, set[date]]:
    """Event nouns of the text dated by a day written next to them ("sind am Sonntag zur Wahl
    aufgerufen", "die Landtagswahl am 20. September"): the noun and its heads → the days."""
    dated: dict[str, set[date]] = {}
    for h in hits:
        if h.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", h.value):
            continue
        day = date.fromisoformat(h.value)
        lead = re.search(r"\b(?:am|vom|von|im|zum|bis\s+zum|bis)\s+$", text[max(0, h.start - 12) : h.start])
        start = h.start - (len(lead.group()) if lead else 0)
        after = None if _EVENT_OF.match(text, h.end) else _EVENT_NOUN_AFTER.match(text, h.end)  # not "Vortag der Wahl"
        nouns = [_EVENT_NOUN_BEFORE.search(text, max(0, start - 60), start), after]
        for m in nouns:
            if m is None:
                continue
            # "(vor) der Wahl am Sonntag": the election's day, whatever governs the noun
            attached = lead is not None and m.end() == start and not text[m.end(1) : start].strip()
            if not attached and res.relation_before.search(text, max(0, m.start(1) - 30), m.start(1)):
                continue
            owner = None if attached else _GENITIVE_OWNER.search(text, max(0, m.start(1) - 40), m.start(1))
            if owner and owner.group(1).lower() not in res.prepositions:
                continue  # "Das Ergebnis der Wahl wird am 8. Juni bekannt gegeben": the result's day
            low = m.group(1).lower()
            if _event_head(low, res) is None:
                continue
            heads = [e for e in res.heads if low.endswith(_inflected(e))]
            # keys: the noun; "*wahl" for any noun with that head; "=wahl" for the bare noun "Wahl"
            keys = [low, *("*" + e for e in heads), *("=" + e for e in heads if low in _inflected(e))]
            for key in keys:
                dated.setdefault(key, set()).add(day)
    return dated


def _event_anchored(text: str, hits: list[TimexHit], lex: Lexicon) -> list[TimexHit]:
    """Expressions anchored to an event that the text dates: "Fünf Tage vor der Landtagswahl" when
    "am Sonntag … zur Wahl" says when it is (a DATE over the whole phrase, counted from the event's
    day; TimeML keeps "Fünf Tage" a DURATION only while the event's date is unknown), and event days
    ("bis zum Wahltag", "am Wahlabend"), and "am Vorabend/Vortag der Wahl". An event dated to two
    different days is left alone."""
    res = _event_res(lex)
    dated = _event_dates(text, hits, res)
    if not dated:
        return hits

    def day_of(noun: str) -> date | None:
        """The one day the text dates this event to: the same noun, else for a compound the bare
        noun ("Landtagswahl" ← "zur Wahl"; not "Bundestagswahl" ← "Kommunalwahl am Sonntag"),
        else for a bare noun or an event day any noun with its head ("Wahltag" ← "Stichwahl")."""
        low = noun.lower()
        head = _event_head(noun, res)
        days = dated.get(low)
        if not days and head:
            bare = low in _inflected(head)
            days = dated.get("*" + head) if bare else dated.get("=" + head)
        return next(iter(days)) if days and len(days) == 1 else None

    out: list[TimexHit] = []
    day_words = lex["day_words"]
    for h in hits:
        word = day_words.get(text[h.start : h.end].split()[-1].lower())
        of = _EVENT_OF.match(text, h.end) if word and word[0] == "D" else None
        if of and (day := day_of(of.group(1))) is not None:
            # "am Vorabend der Landtagswahl": the evening before the election, not before the day in focus
            d = day + timedelta(days=word[1])
            value = day_value(d) + (f"T{word[2]}" if word[2] else "")
            out.append(TimexHit(h.start, h.end, h.type, value, f"EVENT:{day_value(day)}", day_value(d)))
            continue
        m = re.fullmatch(r"P(\d+)([DW])", h.value) if h.type == "DURATION" else None
        after = res.after_offset.match(text, h.end) if m else None
        day = day_of(after.group(2)) if after else None
        if m and after and day is not None:
            n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            d = day + timedelta(days=-n if after.group(1) == "vor" else n)
            anchor = f"EVENT:{day_value(day)}"
            out.append(TimexHit(h.start, after.end(2), "DATE", day_value(d), anchor, day_value(d)))
        else:
            out.append(h)
    spans = [(h.start, h.end) for h in out]
    days_kind = lex["event_days"]
    for m in res.event_day.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in spans):
            continue
        word = m.group().lower()
        kind = days_kind[word]
        day = day_of(m.group()[: len(m.group()) - len(kind[0])]) if kind[0] else None
        if day is None:
            continue
        value = day_value(day) + (f"T{kind[1]}" if kind[1] else "")
        typ = "TIME" if kind[1] else "DATE"
        out.append(TimexHit(m.start(), m.end(), typ, value, f"EVENT:{day_value(day)}", day_value(day)))
    out.sort(key=lambda h: h.start)
    return out


# A direct quotation: „…“ (also closed by ”), »…«, "…"; one paragraph at most (paired by chronik.quote_marks:
# in „Tod dem Diktator", die … „Allahu Akbar" the '"' after a word closes a „, it opens nothing)
_QUOTE_PAIRS = (*GERMAN_PAIRS, '""')
_FRAME_AFTER = re.compile(r"\s*,\s")  # „…“, sagte sie am Sonntag.
_FRAME_BEFORE = re.compile(r":\s*$")  # Sie sagte am Sonntag: „…“


def _speech_days(text: str, hits: list[TimexHit], dct: date) -> list[tuple[int, int, date]]:
    """(start, end, day) of direct quotes whose deictic words ("heute", "gestern", "diese Woche")
    were resolved against the publication date, while the frame clause of the same sentence names
    the day the words were said ("„Heute …“, rief er am Sonntagabend"; "Sie sagte am Dienstag: „…“"):
    inside the quote they count from that day. A frame without a day leaves the quote as it is."""
    out: list[tuple[int, int, date]] = []
    for qs, qe in closed_quotes(text, _QUOTE_PAIRS, min_chars=1, max_chars=1500):
        if not any(qs < h.start and h.end < qe and (h.anchor or "").startswith("DCT:") for h in hits):
            continue
        if _FRAME_AFTER.match(text, qe):
            lo = qe
            s_end = _SENT_END.search(text, qe)
            hi = s_end.start() if s_end else len(text)
            nxt = text.find("„", qe, hi)
            hi = nxt if nxt >= 0 else hi
        elif _FRAME_BEFORE.search(text, max(0, qs - 3), qs):
            hi = text.rfind(":", 0, qs)
            lo = max(0, qs - 300)
            for b in _SENT_END.finditer(text, lo, hi):
                lo = b.end()
            lo = max(lo, text.rfind("“", 0, hi) + 1, text.rfind('"', 0, hi) + 1)
        else:
            continue
        days = [d for h in hits if lo <= h.start and h.end <= hi and (d := _day_of(h.date)) is not None]
        if days and days[0] != dct and days[0] <= dct:  # a quote is said by the time it is printed
            out.append((qs, qe, days[0]))
    return out


def _walk(
    text: str,
    dct: date | None,
    g: Grammar,
    selected: list[tuple[Rule, re.Match[str]]],
    speech: list[tuple[int, int, date]] | None = None,
) -> list[TimexHit]:
    """Resolve the ``selected`` matches in text order; inside the quotes of ``speech`` the
    deictic reference is the day the quote was said instead of ``dct``."""
    ctx = Context(text=text, dct=dct, lex=g.lex)
    ctx.narrative = _is_narrative(text, dct, selected)
    ctx.asides = _asides(selected)
    if not ctx.narrative:
        ctx.quoted = tuple(closed_quotes(text, _QUOTE_PAIRS, min_chars=1, max_chars=1500))
    if ctx.narrative:  # a narrative is about its years: before the first one is written, assume it
        first = next((y for rule, m in selected if (y := _explicit_year(rule, m)) is not None), None)
        ctx.year = first
    headings = _headings(text, selected) if ctx.narrative else []
    chapter_year: int | None = None
    hits: list[TimexHit] = []
    last_end = -1
    heading_end = -1  # after a heading with a year, the chapter's text starts in that year
    # a chapter of one year ("Kriegsjahr 1915"): each paragraph starts in it again, whatever year
    # the one before looked ahead or back to ("… die Kriegserklärung im April 1917.")
    one_year_chapter, prev_end = False, 0
    for rule, m in selected:
        if chapter_year is not None and 0 <= heading_end <= m.start():
            if ctx.year != chapter_year:
                ctx.pos = heading_end
                ctx.set_year(chapter_year)
            heading_end = -1
        elif one_year_chapter and text.find("\n", prev_end, m.start()) >= 0:
            written = _explicit_year(rule, m)
            if written is not None and written > chapter_year:  # type: ignore[operator]
                one_year_chapter = False  # a paragraph opening on a later year: the story has moved on
            elif ctx.year != chapter_year:
                ctx.pos = m.start()
                ctx.set_year(chapter_year)  # type: ignore[arg-type]  # set with one_year_chapter
        prev_end = m.end()
        while headings and headings[0][0] <= m.start():
            # a heading with a year opens a chapter; one without (a subsection) goes back to it
            h_start, h_end, h_year, one_year = headings.pop(0)
            if h_year is not None:
                chapter_year, heading_end, one_year_chapter = h_year, h_end, one_year
            elif chapter_year is not None:
                ctx.pos = h_start
                ctx.set_year(chapter_year)
        ctx.pos, ctx.end = m.start(), m.end()
        if speech:
            ctx.dct = next((d for qs, qe, d in speech if qs < m.start() and m.end() < qe), dct)
        try:
            results = rule.handler(m, ctx)
        except (ValueError, OverflowError):  # calendar arithmetic beyond year 1..9999: skip it
            continue
        for start, end, typ, value, anchor, on_date in results:
            if start < last_end or end <= start or not value:
                continue
            if not TIMEX3_VALUE.match(value):
                continue
            if ctx.dct != dct and anchor and anchor.startswith("DCT:"):
                anchor = "SPEECH:" + anchor[4:]  # a quote's "heute": the day it was said
            hits.append(TimexHit(start, end, typ, value, anchor, on_date))
            last_end = end
            day = _day_of(on_date)
            if day is not None and typ == "DATE":
                joined = ctx.prev_day is not None and _COORDINATED.fullmatch(text, ctx.prev_end, start)
                ctx.pair_first = ctx.prev_day if joined and ctx.prev_day != day else None
            ctx.prev_end = end
            ctx.prev_day = day
            if typ == "DATE" and _BARE_YEAR.fullmatch(value) and rule.name != "year_word":
                ctx.named_year = (int(value), end)
            if typ == "DATE" and _PERIOD_VALUE.fullmatch(value):
                ctx.period = (value, end)
    return hits
