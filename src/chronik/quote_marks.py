"""Quotation marks paired in plain text: one pairing for the quote, event and date rules.

:func:`quote_mark_spans` pairs every kind of German, Swiss and English quotation mark with a stack (nested
quotes stay inside the outer one); :func:`closed_quotes` keeps the innermost quotes of one paragraph that
open with the given marks. Pure text, no spaCy: the date rules use it before any pipeline runs.
"""

from __future__ import annotations

import itertools
import re

# opening mark -> closing marks that end it
CLOSERS: dict[str, str] = {"„": '“”"', "»": "«", "«": "»", "‚": "‘’", "“": "”", '"': '"', "›": "‹"}


# line breaks and every quotation mark that can open or close (CLOSERS): what quote_mark_spans looks at
_MARK_OR_BREAK = re.compile("[\n" + re.escape("".join(sorted(set(CLOSERS) | set("".join(CLOSERS.values()))))) + "]")


def quote_mark_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, depth)`` of paired quotation marks; the span includes both marks.

    A stack pairs marks so that nested quotes („… ‚…‘ …“ or „… „…“ …“) stay inside the outer
    one. Unclosed marks are dropped at a line break: news paragraphs do not continue quotes.
    """
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int, int]] = []
    dropped: list[tuple[str, int]] = []
    for found in _MARK_OR_BREAK.finditer(text):  # every other character is skipped by all the tests below
        i = found.start()
        ch = text[i]
        if ch == "\n":
            dropped.extend(stack)
            stack.clear()
            continue
        if stack and ch in CLOSERS[stack[-1][0]]:
            # a straight quote directly before a letter opens rather than closes („… "X" …)
            if ch == '"' and stack[-1][0] != '"' and i + 1 < len(text) and text[i + 1].isalnum():
                stack.append((ch, i))
                continue
            _, start = stack.pop()
            spans.append((start, i + 1, len(stack)))
            continue
        if ch in "„»‚›" or (ch in '"“«' and _opens(text, i)):
            stack.append((ch, i))
    # a „…“ quotation that runs over several paragraphs (a statement read out in court): its opening mark was
    # dropped at the line break, but its closing mark follows with the marks in between balanced
    added = [(start, end + 1) for ch, start in dropped if ch in "„»" and (end := _paragraphs_close(text, ch, start))]
    if not added:
        return sorted(spans)
    bounds = sorted({(s, e) for s, e, _ in spans} | set(added))
    return sorted((s, e, sum(1 for s2, e2 in bounds if s2 <= s and e <= e2 and (s2, e2) != (s, e))) for s, e in bounds)


def _paragraphs_close(text: str, opener: str, start: int, limit: int = 4000) -> int:
    """Index of the mark closing ``opener`` at ``start`` across line breaks, or 0. Same-kind marks in between
    must pair up (nested quotes); an opening mark at a paragraph start continues the quotation (the German
    convention for multi-paragraph quotes). At most ``limit`` characters and no more than five paragraphs."""
    closers = CLOSERS[opener]
    depth = 0
    breaks = 0
    line_start = False
    for i in range(start + 1, min(len(text), start + limit)):
        ch = text[i]
        if ch == "\n":
            breaks += 1
            line_start = True
            if breaks > 5:
                return 0
            continue
        if ch == opener:
            if not (line_start and depth == 0):
                depth += 1
        elif ch in closers:
            if depth == 0:
                return i if breaks else 0
            depth -= 1
        if not ch.isspace():
            line_start = False
    return 0


def _opens(text: str, i: int) -> bool:
    """An ambiguous mark opens a quote when followed by text and preceded by a boundary."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:–-/") and not after.isspace()


# the pairs of German quotation marks: „…“ (also „…”) and »…«
GERMAN_PAIRS = ("„“", "„”", "»«")


def closed_quotes(
    text: str, pairs: tuple[str, ...] = GERMAN_PAIRS, *, min_chars: int = 0, max_chars: int = 0
) -> list[tuple[int, int]]:
    """``(start, end)`` of the closed quotes whose opening and closing marks are one of ``pairs``, within one
    paragraph and with no other such pair inside (the innermost ones); both marks are included. ``min_chars``
    and ``max_chars`` (when > 0) bound the length of the quoted words."""
    spans = [(s, e) for s, e, _ in quote_mark_spans(text) if text[s] + text[e - 1] in pairs]
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):
        if "\n" in text[s:e] or e - s - 2 < min_chars or (max_chars and e - s - 2 > max_chars):
            continue
        # (sorted by start: a pair inside starts after s and before e; other marks inside, ‚…‘, do not count)
        if any(e2 <= e for _, e2 in itertools.takewhile(lambda x, end=e: x[0] < end, spans[k + 1 :])):
            continue
        out.append((s, e))
    return out
