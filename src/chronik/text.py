"""German text basics: tokenizer tweaks, rule-based sentence boundaries, language detection.

The rules are driven by data in ``lang/<code>/`` (abbreviations, month names, stopwords) so
that another language can be added without touching this module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

LANG_DIR = Path(__file__).parent / "lang"

TERMINAL = {".", "!", "?", "…", "?!", "!?", "...", "!!", "??"}
# emoticons close a sentence in informal text as punctuation does
EMOTICONS = {":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":-P", "(:", "):", "^^"}
CLOSING = {"“", "”", '"', "«", "»", "‘", "’", "'", "''", ")", "]", "›", "‹"}
OPENING = {"„", '"', "»", "«", "‚", "‘", "(", "[", "›", "‹", "“", "``"}
QUOTES = {'"', "“", "”", "„", "«", "»", "``", "''"}


@cache  # one entry per resource file; a small cache thrashed between them
def lang_resource(lang: str, name: str) -> frozenset[str]:
    """One-entry-per-line resource file (``#`` comments allowed), as a set."""
    path = LANG_DIR / lang / name
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def lang_rows(lang: str, name: str, *, strip: bool = False) -> list[list[str]]:
    """Tab-separated resource file (``#`` comments and blank lines skipped), as rows of cells;
    empty when the file does not exist (a language may lack a resource)."""
    path = LANG_DIR / lang / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            rows.append([c.strip() for c in cells] if strip else cells)
    return rows


@cache
def lang_json(lang: str, name: str) -> dict:
    """A JSON resource file of ``lang`` (read once); empty when the language lacks it. Callers must not change it."""
    path = LANG_DIR / lang / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# spaCy splits a final period off after a lower-case letter or after two capitals ("usw." stays by exception, "SPD."
# splits), so a name that ends in a capital after a lower-case letter kept its sentence's period: "AfD.", "BfV.",
# "KfW.", "GmbH." (twenty-seventh session: "distanzierte sich von der AfD." lost the party and the sentence end)
_MIXED_CASE_FINAL_PERIOD = r"(?<=[a-zäöüß][A-ZÄÖÜ])\.$"


def customize_tokenizer(nlp: Language) -> None:
    """Add the language's abbreviations as tokenizer exceptions (kept as one token), and split the period after a
    mixed-case name at the end of a sentence."""
    for abbr in lang_resource(nlp.lang, "abbreviations.txt"):
        if " " not in abbr:
            nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    suffix_search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(suffix_search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _MIXED_CASE_FINAL_PERIOD not in pattern:
        nlp.tokenizer.suffix_search = re.compile(pattern + "|" + _MIXED_CASE_FINAL_PERIOD).search


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text afresh on each access (a new Token
    object per token), which several components did once per entity or sentence."""
    user_data = doc.user_data  # (a property of the Doc: read once)
    text = user_data.get("chronik_text")
    n = len(doc)
    if text is not None and user_data.get("chronik_text_tokens") == n:
        return text  # checked below for this token count already (a Token object per check was most of its cost)
    if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if n else 0):
        text = user_data["chronik_text"] = doc.text
    user_data["chronik_text_tokens"] = n
    return text


def token_strings(doc: Doc) -> tuple[str, list[str], list[int], list[bool], list[bool]]:
    """The document's text, each token's text, start offset, whether a space follows, and whether the token is
    whitespace, as plain lists (one array read instead of a Token object per token and attribute). Built once per
    document and kept with it, since several components scan the same tokens."""
    user_data = doc.user_data
    cached = user_data.get("chronik_tokens")
    n = len(doc)
    # the checks of ``doc_text`` and this function's own, inlined for the common case (asked some 100 times per
    # document): the text kept for this token count is the one the tokens were read from
    if (
        cached is not None and len(cached[1]) == n and user_data.get("chronik_text_tokens") == n
        and user_data.get("chronik_text") is cached[0]
    ):  # fmt: skip
        return cached
    text = doc_text(doc)
    if cached is not None and cached[0] is text and len(cached[1]) == n:
        return cached
    starts, lengths, spaced, space = doc.to_array([IDX, LENGTH, SPACY, IS_SPACE]).T.astype("int64").tolist()
    words = [text[start : start + length] for start, length in zip(starts, lengths, strict=True)]
    result = (text, words, starts, [x != 0 for x in spaced], [x != 0 for x in space])
    doc.user_data["chronik_tokens"] = result
    return result


def _is_break_after(text: str, abbr_final: frozenset[str]) -> bool:
    if text in TERMINAL or text in EMOTICONS or (len(text) > 1 and set(text) <= {".", "!", "?"}):
        return True
    return text in abbr_final


def _starts_sentence(t: str) -> bool:
    """Whether a token after terminal punctuation plausibly opens a new sentence."""
    return t[:1].isupper() or t[:1].isdigit() or t in OPENING or t[:1] in "„»\"‚(–-`'"


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
_SCORE = re.compile(r"\d{1,2}:\d{1,2}\.")
_YEAR = re.compile(r"\d{4}\.")
_ORDINAL = re.compile(r"\d+\.")
_CODE = re.compile(r"[A-Za-zÄÖÜäöü][\w-]*\d\.")  # a name ending in a number, period glued on: "TA3.", "G7."
_ROLE_ENDINGS = ("nen", "en", "n", "s", "")


def _is_role(word: str, lang: str) -> bool:
    """A title noun ("Präsidenten"), also as the head of a compound ("Bundesaußenministerin")."""
    from chronik import gazetteer as gz  # the gazetteer reads its files through this module

    if not word[:1].isupper():
        return False
    if gz.role(word, lang) is not None:
        return True
    low, heads = word.lower(), gz.role_heads(lang)
    return any(low[: len(low) - len(e)].endswith(heads) for e in _ROLE_ENDINGS if low.endswith(e))


def _after_first_name(word: str, lang: str) -> bool:
    from chronik import gazetteer as gz

    return word in gz.first_names(lang)


def set_sentence_starts(doc: Doc, lang: str = "de") -> Doc:
    abbr_final = lang_resource(lang, "abbreviations_final.txt")
    months = lang_resource(lang, "months.txt")
    function_words = _stopwords().get(lang, frozenset())
    abbreviations = lang_resource(lang, "abbreviations.txt")
    aside: int | None = None  # index of a "(" that opened a sentence
    n = len(doc)
    if n == 0:
        return doc
    # Plain lists, not Token objects: spaCy makes a new Token on every doc[i], which was most of this step's time.
    # A negative index (doc[i - 1] at i == 0) reads the last token, as doc[-1] did.
    _, words, _, spaced, space = token_strings(doc)
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n:
        text = words[i]
        if space[i]:
            if "\n" in text and i + 1 < n:
                starts[i + 1] = True
            i += 1
            continue
        brk = _is_break_after(text, abbr_final)
        dotted = text[-1:] == "."
        # "Goethe-Str." / "Müller-Dr.": an abbreviation closing a hyphenated compound keeps its period
        if brk and text == "." and i > 0 and not spaced[i - 1]:
            last_part = words[i - 1].rsplit("-", 1)[-1] + "."
            brk = "-" not in words[i - 1] or last_part not in abbreviations or last_part in abbr_final
        # "Hauptstr. 5": a compound ending in an abbreviation ("Str.") keeps its period before a number
        if brk and text == "." and i > 0 and not spaced[i - 1] and i + 1 < n:
            word = words[i - 1].lower()
            if words[i + 1][:1].isdigit() and any(
                len(a) > 3 and a[:1].isupper() and word.endswith(a[:-1].lower()) for a in abbreviations
            ):
                brk = False
        # A score or clock time with the period glued on ("verlor 2:3. Der Trainer …") ends a sentence.
        if not brk and dotted and i + 1 < n and _SCORE.fullmatch(text):
            brk = words[i + 1][:1].isupper()
        # A noun abbreviation ("Jh.", "Co.", "Str.") before a capitalised article or pronoun ends one:
        # "im 19. Jh. Die Folgen …". Lower-case ones ("bzw.", "z.B.") link phrases ("z.B. Die Linke").
        if (
            not brk
            and text in abbreviations
            and text[:1].isupper()
            and i + 1 < n
            and spaced[i]
            and words[i + 1][:1].isupper()
            and words[i + 1].lower() in function_words
        ):
            brk = True
        # A year-like ordinal ("im Jahr 2005.") before a capitalised non-month word ends a sentence.
        if not brk and dotted and i + 1 < n and _YEAR.fullmatch(text):
            nxt = words[i + 1]
            # ("bis 2030. „Wir …": a year never stands before a quotation mark as an ordinal before its noun)
            brk = (nxt[:1].isupper() and nxt not in months) or (spaced[i] and nxt == "„")
        # Any other "3." ends one when an article or pronoun follows: an ordinal is followed by
        # its noun ("3. Liga", "3. März"), never by "Die", "Wir", "In". A "4." opening a sentence
        # is a list number and stays with its item.
        if not brk and dotted and not starts[i] and i + 1 < n and spaced[i] and _ORDINAL.fullmatch(text):
            nxt = words[i + 1]
            brk = nxt[:1].isupper() and nxt.lower() in function_words
        # A name ending in a number with the period glued on ("sagte sie dem Sender TA3. Ein Rücktritt …", "mit den
        # G7. Die …") is no ordinal: it ends a sentence before an article or pronoun as "3." does (twelfth session).
        if not brk and dotted and i + 1 < n and spaced[i] and _CODE.fullmatch(text):
            nxt = words[i + 1]
            brk = nxt[:1].isupper() and nxt.lower() in function_words
        # A lone capital with a period ("X.") is mostly an initial, but it ends a sentence when a
        # function word follows ("in Halle B. Dort …") or a title before a name ("auf der Plattform
        # X. Bundesaußenministerin Baerbock …"), unless a first name stands before it ("Franz X.").
        if not brk and dotted and i + 2 < n and spaced[i] and i > 0 and _INITIAL.fullmatch(text):
            nxt, after = words[i + 1], words[i + 2]
            if nxt[:1].isupper() and nxt.lower() in function_words:
                brk = True
            elif not _after_first_name(words[i - 1], lang) and not _INITIAL.fullmatch(words[i - 1]):
                brk = _is_role(nxt, lang) and after[:1].isupper() and after.isalpha()
        # A bracketed aside standing alone between sentences ("… Frieden. (Siehe auch Seite 2) Die …",
        # "(dpa)") ends where its bracket closes.
        if text == "(" and starts[i]:
            aside = i
        elif text == ")" and aside is not None:
            nxt_i = i + 1
            while nxt_i < n and space[nxt_i]:
                nxt_i += 1
            if nxt_i < n and spaced[i] and words[nxt_i][:1].isupper():
                starts[nxt_i] = True
            aside = None
        # A closing quote, a space, then an opening quote: two quotations, two sentences
        # ('… für 1998" "Außenbezirken …').
        if (
            not brk
            and text in QUOTES
            and i + 1 < n
            and not spaced[i - 1]
            and spaced[i]
            and words[i + 1] in QUOTES
            and not spaced[i + 1]
        ):
            starts[i + 1] = True
        if brk:
            j = i + 1
            # Closing quotes/brackets written right after the punctuation stay with this sentence;
            # one after a space opens the next ('. "Neu' vs. '." Neu'), which matters for " and '.
            while j < n and words[j] in CLOSING and not spaced[j - 1]:
                j += 1
            while j < n and space[j]:
                j += 1
            if j < n and (space[j - 1] or _starts_sentence(words[j])):
                starts[j] = True
            i = j
            continue
        i += 1
    # One array write: the Token.is_sent_start setter re-checks the whole doc's annotation on
    # every call, which made this quadratic on long texts.
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], values)
    return doc


@Language.factory("chronik_sentences")
def make_sentence_rules(nlp: Language, name: str) -> SentenceRules:
    return SentenceRules(nlp.lang)


class SentenceRules:
    """Sentence boundaries for news: quotes, abbreviations, ordinals, paragraph breaks."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        return set_sentence_starts(doc, self.lang)


def sentence_spans(doc: Doc) -> list[list[int]]:
    """Character spans of the sentences, trailing whitespace excluded, empty ones dropped."""
    spans = []
    _, words, starts, _, space = token_strings(doc)  # plain lists: no Token object per token
    for sent in doc.sents:
        toks = [i for i in range(sent.start, sent.end) if not space[i]]
        if toks:
            spans.append([starts[toks[0]], starts[toks[-1]] + len(words[toks[-1]])])
    return spans


# --- language detection -------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    data = json.loads((LANG_DIR / "stopwords.json").read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in data.items()}


def _script_language(words: Iterable[str]) -> str | None:
    counts = {"cyrillic": 0, "cjk": 0, "arabic": 0, "greek": 0, "latin": 0}
    for w in words:
        c = w[0]
        if c < "\u0370":  # below every script tested next: Latin (the common case, one comparison)
            counts["latin"] += 1
        elif "\u0400" <= c <= "\u04ff":
            counts["cyrillic"] += 1
        elif "\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff":
            counts["cjk"] += 1
        elif "\u0600" <= c <= "\u06ff":
            counts["arabic"] += 1
        elif "\u0370" <= c <= "\u03ff":
            counts["greek"] += 1
        else:
            counts["latin"] += 1
    script = max(counts, key=lambda k: counts[k])
    return {"cyrillic": "ru", "cjk": "zh", "arabic": "ar", "greek": "el"}.get(script)


def detect_language(text: str, sample: int = 20000) -> str | None:
    """Best-guess ISO 639-1 code from script and stopword hits; None when there are no words."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return None
    by_script = _script_language(words)
    if by_script:
        return by_script
    scores = {lang: sum(map(sw.__contains__, words)) for lang, sw in _stopwords().items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else None


@cache
def _month_numbers(lang: str) -> dict[str, int]:
    path = LANG_DIR / lang / "timex.json"
    return json.loads(path.read_text(encoding="utf-8")).get("months", {}) if path.exists() else {}


# A dateline opens many agency and newspaper texts: "Warschau, 12. Mai 2025 – …", "Berlin/Paris (dpa),
# 3.4.2024: …", "Montag, 12. Mai 2025" or "12.05.2025, Wien". Only the first line is read, and the date must
# be followed by a dash, colon, bracket, comma or the line's end, so a date inside a sentence is never taken.
_DATELINE = re.compile(
    r"\A\s*(?:[^\W\d][^\n\d,.;:!?()]{0,50}(?:\([^)\n\d]{1,30}\))?\s*[,/]\s*)?"  # place or weekday + comma
    r"(?:den\s+)?(?P<day>\d{1,2})\.\s*(?P<month>[^\W\d]+\.?|\d{1,2}\.)\s*(?P<year>\d{4})"
    r"(?=\s*(?:[-–—:(,|]|$))",
    re.MULTILINE,
)


def dateline_date(text: str, lang: str = "de") -> date | None:
    """The date of a dateline at the very start of ``text`` (None when there is none).

    It stands in for a missing publication date: the writer dated the text, so relative times
    ("am Sonntagabend", "gestern") are anchored to it as they would be to a feed's date."""
    match = _DATELINE.match(text[:200])
    if match is None:
        return None
    month_word = match["month"].lower()
    month = int(month_word[:-1]) if month_word[:-1].isdigit() else _month_numbers(lang).get(month_word)
    if month is None:
        return None
    try:
        return date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None
