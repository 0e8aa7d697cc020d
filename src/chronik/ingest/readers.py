"""Readers: files → :class:`chronik.analysis.Article`.

Each reader is a plain function from bytes (plus a source name) to articles. Bad input raises
:class:`ReaderError` with a one-line, human-readable reason; callers record it and go on.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from chronik.analysis import Article

MAX_BYTES = 50 * 1024 * 1024  # a larger "article" is refused, not silently truncated


class ReaderError(ValueError):
    """A file or record that cannot be read; the message says why in one line."""


def decode_text(data: bytes, source: str) -> str:
    """Strict UTF-8 (a UTF-8/UTF-16 BOM is honoured); binary or undecodable input is refused."""
    if not data.strip():
        raise ReaderError(f"{source}: empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReaderError(f"{source}: invalid UTF-16 ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise ReaderError(f"{source}: binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{source}: invalid UTF-8 ({exc.reason} at byte {exc.start})") from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise ReaderError(f"{source}: binary data, not text")
    return text


def gunzip_bounded(data: bytes, source: str, limit: int | None = None) -> bytes:
    """Decompress gzip data, refusing output over ``limit`` bytes (a gzip bomb is an error, not
    an out-of-memory crash) and truncated or corrupt streams."""
    limit = MAX_BYTES if limit is None else limit
    out = b""
    rest = data
    while rest:  # concatenated gzip members (as `cat a.gz b.gz` makes) are one stream
        inflater = zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header, detected
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise ReaderError(f"{source}: corrupt gzip data ({exc})") from None
        if len(out) > limit or (inflater.unconsumed_tail and not inflater.eof):
            raise ReaderError(f"{source}: decompresses to over the {limit}-byte limit")
        if not inflater.eof:
            raise ReaderError(f"{source}: truncated gzip data")
        rest = inflater.unused_data
    return out


def _parse_date(value: object, source: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ReaderError(f"{source}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_txt(data: bytes, source: str) -> Iterator[Article]:
    """Plain text. Title rule: if the first line is at most 200 characters, does not end with
    sentence punctuation and is followed by a blank line, it is the title and the text starts
    after the blank line(s)."""
    text = normalize_newlines(decode_text(data, source))
    title = None
    m = re.match(r"([^\n]{1,200})\n[ \t]*\n\s*", text)
    if m and not m.group(1).rstrip().endswith((".", ":", ",", ";")) and m.end() < len(text):
        title = m.group(1).strip()
        text = text[m.end() :]
    if not text.strip():
        raise ReaderError(f"{source}: empty input")
    yield Article(text=text, title=title, source=source)


def read_html(data: bytes, source: str) -> Iterator[Article]:
    import trafilatura

    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raw = data.decode("latin-1")
    if not raw.strip():
        raise ReaderError(f"{source}: empty input")
    if "\x00" in raw[:8192]:
        raise ReaderError(f"{source}: binary data, not HTML")
    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if extracted is None:
        raise ReaderError(f"{source}: no article text found in the HTML")
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        raise ReaderError(f"{source}: no article text found in the HTML")
    try:
        published = _parse_date(meta.get("date"), source)
    except ReaderError:
        published = None
    yield Article(text=text, title=meta.get("title") or None, published=published, source=meta.get("url") or source)


def read_jsonl(data: bytes, source: str) -> Iterator[Article]:
    """One article per line: ``{"id", "title", "date", "text"}`` (``url``/``source`` optional).
    A bad line raises :class:`ReaderError` naming the line; earlier lines were already yielded."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip_bounded(data, source)
    text = decode_text(data, source)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReaderError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            raise ReaderError(f"{where}: record has no 'text'")
        yield Article(
            text=record["text"],
            title=record.get("title"),
            published=_parse_date(record.get("date") or record.get("published"), where),
            source=record.get("url") or record.get("source") or where,
            id=str(record["id"]) if record.get("id") is not None else None,
        )


_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def read_timeml(data: bytes, source: str) -> Iterator[Article]:
    """TimeML: analyse the ``<TEXT>`` (tags removed, entities decoded), DCT as ``published``."""
    raw = decode_text(data, source)
    body = _TEXT.search(raw)
    if body is None:
        raise ReaderError(f"{source}: no <TEXT> element in TimeML")
    dct = _DCT.search(raw)
    published = _parse_date(dct.group(1)[:10], source) if dct else None
    # chronik.timeml.parse strips tags and decodes entities exactly as render_timeml maps back
    from chronik.timeml import parse as parse_timeml

    text = parse_timeml(raw).text
    if not text.strip():
        raise ReaderError(f"{source}: empty <TEXT>")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", raw)
    yield Article(text=text, published=published, source=source, title=docid.group(1).strip() if docid else None)


def read_warc(data: bytes, source: str) -> Iterator[Article]:
    """WARC archive (``.warc``/``.warc.gz``): its HTML responses, see :mod:`chronik.ingest.warc`."""
    from chronik.ingest.warc import read_warc as _read_warc  # lazy: warcio is only needed here

    return _read_warc(data, source)


Reader = Callable[[bytes, str], Iterator[Article]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".tml": read_timeml,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def reader_for(name: str) -> Reader:
    lower = name.lower()
    for ext in sorted(READERS, key=len, reverse=True):
        if lower.endswith(ext):
            return READERS[ext]
    raise ReaderError(f"{name}: unknown file type (expected one of {', '.join(sorted(READERS))})")


def read_bytes(data: bytes, name: str) -> Iterator[Article]:
    if len(data) > MAX_BYTES:
        raise ReaderError(f"{name}: {len(data)} bytes is over the {MAX_BYTES}-byte limit")
    return reader_for(name)(data, name)


def read_path(path: Path) -> Iterator[Article]:
    """Articles in one file; raises :class:`ReaderError` for a missing or unreadable file."""
    reader = reader_for(path.name)
    if not path.exists():
        raise ReaderError(f"{path}: no such file")
    if path.is_dir():
        raise ReaderError(f"{path}: is a directory")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ReaderError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit")
    return reader(path.read_bytes(), str(path))
