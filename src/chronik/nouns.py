"""Base forms of German nouns without a trained lemmatizer: a lexicon plus ending rules.

Used for the counted noun of a quantity ("12.000 Soldaten" → "Soldat") when the loaded
pipeline has no lemmas. Data: ``lang/<code>/noun_lemmas.tsv`` (irregular and umlaut plurals,
nominalised adjectives) and ``lang/<code>/noun_suffix_rules.tsv`` (regular endings).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from chronik.text import lang_rows

LANG_DIR = Path(__file__).parent / "lang"

Context = Literal["any", "plural", "genitive"]

# A rule may not shorten a word below this many characters ("Bus", "Gas" stay as they are).
_MIN_STEM = 3
# The first part of a compound must be a word of its own ("Bundes|länder", not "Aus|länder").
_MIN_HEAD = 4


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> dict[str, str]:
    lexicon = {row[0].lower(): row[1] for row in lang_rows(lang, "noun_lemmas.tsv")}
    # a plural in -e has a dative plural in -en ("Angriffe" → "in Angriffen"), same base form
    datives = {form + "n": base for form, base in lexicon.items() if form.endswith("e")}
    return {**datives, **lexicon}


@lru_cache(maxsize=4)
def _rules(lang: str) -> tuple[tuple[str, str, str, bool], ...]:
    return tuple(
        (row[0], row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "any", len(row) > 3 and row[3] == "umlaut")
        for row in lang_rows(lang, "noun_suffix_rules.tsv")
    )


_UMLAUT = str.maketrans("äöüÄÖÜ", "aouAOU")
# the stressed vowel of the last syllable ("Bahnh|ö|f"), and a "Ge-" noun ("Gesch|ä|ft")
_LAST_UMLAUT = re.compile(r"[äöü](?=u?[^aeiouäöüy]*$)")
_GE_NOUN = re.compile(r"(?:^|[s-])ge[^aeiouäöü]*[äöü][^aeiouäöüy]*$", re.IGNORECASE)  # "Ge-", "…s|ge…"


def _undo_umlaut(stem: str) -> str:
    m = _LAST_UMLAUT.search(stem)
    if m is None or _GE_NOUN.search(stem):
        return stem
    return stem[: m.start()] + stem[m.start()].translate(_UMLAUT) + stem[m.end() :]


def lexicon_base(word: str, lang: str = "de") -> str | None:
    """Base form from the lexicon alone (irregular plurals, nominalised adjectives), else None."""
    return _from_lexicon(word, lang)


def _from_lexicon(word: str, lang: str) -> str | None:
    lexicon = _lexicon(lang)
    lower = word.lower()
    if lower in lexicon:
        return lexicon[lower]
    # Compounds: the last part decides the inflection ("Bundesländer" → "Bundes" + "land").
    for cut in range(1, len(lower) - 3):
        tail = lower[cut:]
        if tail in lexicon and (cut >= _MIN_HEAD or word[cut - 1] == "-"):
            head = word[:cut].rstrip("-")
            base = lexicon[tail]
            return word[:cut] + (base if word[cut - 1] == "-" else base.lower()) if head else base
    return None


@lru_cache(maxsize=8192)
def base_noun(word: str, context: Context = "any", lang: str = "de") -> str:
    """Base form of an inflected German noun: "Soldaten" → "Soldat", "Länder" → "Land".

    ``context`` allows the ambiguous endings: ``plural`` strips "-e", "-s", "-en" → "-e" (right
    only when the noun is known to be plural), ``genitive`` strips "-es"/"-s" after "des".
    Abbreviations in capitals ("BIP", "EU") are returned unchanged.
    """
    if len(word) < _MIN_STEM or word.isupper():
        return word
    known = _from_lexicon(word, lang)
    if known is not None:
        return known
    for suffix, replacement, rule_context, umlaut in _rules(lang):
        if rule_context not in ("any", context):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= _MIN_STEM:
            stem = word[: len(word) - len(suffix)] + replacement
            return _undo_umlaut(stem) if umlaut else stem
    return word
