"""TimeML in and out: the analysed text of a ``.tml`` file, its gold TIMEX3s, and rendering.

The analysed text is the content of ``<TEXT>`` with tags removed and character entities decoded
(as :func:`chronik.ingest.readers.read_timeml` does). :class:`TimeMLText` keeps, for every
character of that text, where it came from in the raw file, so tags can be inserted back into
the original bytes without touching anything else.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from chronik.document import Document

_TEXT_OPEN = re.compile(r"<TEXT>")
_TEXT_CLOSE = re.compile(r"</TEXT>")
_PIECE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", re.S)
_ATTR = re.compile(r"([A-Za-z_:][\w:.-]*)\s*=\s*(\"[^\"]*\"|'[^']*')")
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_DATETIME = re.compile(r"<DATETIME>(.*?)</DATETIME>", re.S)


@dataclass
class Tagged:
    """One annotated element inside ``<TEXT>``: ``text[start:end]`` with its attributes."""

    tag: str
    start: int
    end: int
    attrs: dict[str, str]


@dataclass
class TimeMLText:
    raw: str
    text: str
    text_start: int  # raw index of the first character inside <TEXT>
    text_end: int  # raw index of </TEXT>
    raw_start: list[int]  # raw_start[i]: raw index where text[i] begins
    raw_end: list[int]  # raw_end[i]: raw index just after text[i]
    tags: list[Tagged] = field(default_factory=list)
    dct: date | None = None


def _attrs(s: str) -> dict[str, str]:
    return {k: html.unescape(v[1:-1]) for k, v in _ATTR.findall(s)}


def _parse_dct(raw: str) -> date | None:
    m = _DCT.search(raw)
    value = m.group(1) if m else None
    if value is None:
        dt = _DATETIME.search(raw)
        if dt:
            inner = re.search(r"val=\"([^\"]+)\"", dt.group(1))
            value = inner.group(1) if inner else re.sub(r"<[^>]+>", "", dt.group(1)).strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse(raw: str) -> TimeMLText:
    """Split a TimeML (or TIMEX2 inline) document into analysed text, offset map and tags."""
    open_m = _TEXT_OPEN.search(raw)
    if open_m is None:
        raise ValueError("no <TEXT> element")
    close_m = _TEXT_CLOSE.search(raw, open_m.end())
    if close_m is None:
        raise ValueError("no </TEXT>")
    start, end = open_m.end(), close_m.start()
    chars: list[str] = []
    raw_start: list[int] = []
    raw_end: list[int] = []
    tags: list[Tagged] = []
    stack: list[Tagged] = []
    pos = start
    for m in _PIECE.finditer(raw, start, end):
        for i in range(pos, m.start()):
            chars.append(raw[i])
            raw_start.append(i)
            raw_end.append(i + 1)
        pos = m.end()
        if m.group(0).startswith("&"):
            decoded = html.unescape(m.group(0))
            for ch in decoded:
                chars.append(ch)
                raw_start.append(m.start())
                raw_end.append(m.end())
            continue
        closing, name, rest = m.group(1), m.group(2), m.group(3)
        if closing:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k].tag == name:
                    element = stack.pop(k)
                    element.end = len(chars)
                    tags.append(element)
                    break
        elif rest.rstrip().endswith("/"):
            tags.append(Tagged(name, len(chars), len(chars), _attrs(rest)))
        else:
            stack.append(Tagged(name, len(chars), len(chars), _attrs(rest)))
    for i in range(pos, end):
        chars.append(raw[i])
        raw_start.append(i)
        raw_end.append(i + 1)
    tags.sort(key=lambda t: (t.start, -t.end))
    return TimeMLText(raw, "".join(chars), start, end, raw_start, raw_end, tags, _parse_dct(raw))


def read(path: Path) -> TimeMLText:
    """Parse a file, decoded exactly as the TimeML reader decodes it (BOMs, UTF-16), so offsets agree."""
    from chronik.ingest.readers import decode_text

    return parse(decode_text(path.read_bytes(), str(path)))


def _max_tid(raw: str) -> int:
    ids = [int(n) for n in re.findall(r"\btid=\"t(\d+)\"", raw)]
    return max(ids, default=0)


def insert_timexes(source: TimeMLText, timexes: list[tuple[int, int, str, str]]) -> str:
    """``source.raw`` with ``<TIMEX3 tid type value>`` around each ``(start, end, type, value)``.

    TIMEX3 tags already inside ``<TEXT>`` are dropped (they are replaced, not nested); all other
    bytes stay as they were.
    """
    raw = source.raw
    drop: set[tuple[int, int]] = set()
    for m in re.finditer(r"</?TIMEX3\b[^>]*>", raw[source.text_start : source.text_end]):
        drop.add((source.text_start + m.start(), source.text_start + m.end()))
    inserts: list[tuple[int, int, str]] = []  # (raw index, order, text); closing tags sort first
    next_tid = _max_tid(raw[: source.text_start]) + 1
    last_end = -1
    for start, end, typ, value in sorted(timexes):
        if start < last_end or not 0 <= start < end <= len(source.text):
            continue  # overlapping or out-of-range spans cannot be written inline
        last_end = end
        attrs = f"tid={quoteattr(f't{next_tid}')} type={quoteattr(typ)} value={quoteattr(value)}"
        inserts.append((source.raw_start[start], 1, f"<TIMEX3 {attrs}>"))
        inserts.append((source.raw_end[end - 1], 0, "</TIMEX3>"))
        next_tid += 1
    out: list[str] = []
    cursor = 0
    events = sorted([(i, o, t) for i, o, t in inserts] + [(s, 2, "") for s, _ in drop])
    drop_end = dict(drop)
    for index, order, text in events:
        if index < cursor:
            continue
        out.append(raw[cursor:index])
        cursor = index
        if order == 2:
            cursor = drop_end[index]
        else:
            out.append(text)
    out.append(raw[cursor:])
    return "".join(out)


def render_timeml(document: Document, source_path: str | None) -> str:
    """The original ``.tml`` at ``source_path`` with the document's timexes tagged in ``<TEXT>``; any other
    input (plain text, HTML, a feed) becomes a new TimeML document with its publication date as the DCT."""
    source = _timeml_source(Path(source_path)) if source_path else None
    if source is None:
        source = parse(new_timeml(document))
    if source.text != document.text:
        raise ValueError(f"{source_path}: analysed text differs from the file's <TEXT>; cannot map offsets")
    return insert_timexes(source, [(t.start, t.end, t.type, t.value) for t in document.timexes])


def _timeml_source(path: Path) -> TimeMLText | None:
    try:
        return read(path)
    except (ValueError, OSError):
        return None  # not a TimeML file (or not readable again): write a new TimeML document instead


def new_timeml(document: Document) -> str:
    """A TimeML skeleton around the document's text: ``<DCT>`` from the publication date, escaped ``<TEXT>``."""
    dct = ""
    if document.published:
        value = quoteattr(str(document.published))
        dct = f'<DCT><TIMEX3 tid="t0" type="DATE" value={value} functionInDocument="CREATION_TIME">'
        dct += f"{escape(str(document.published))}</TIMEX3></DCT>\n"
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n{dct}<TEXT>{escape(document.text)}</TEXT>\n</TimeML>\n'
