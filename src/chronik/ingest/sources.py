"""Ingest inputs → articles: folders walked recursively, single files, URLs and URL lists.

Every input yields :class:`Article` objects or :class:`ReaderError` items in a stable order,
so one unreadable file, JSONL line or WARC record costs only itself and a rerun sees the same
sequence (which is what makes resuming a run well-defined).
"""

from __future__ import annotations

import gzip
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronik.analysis import Article
from chronik.ingest.readers import MAX_BYTES, READERS, ReaderError, read_html, read_jsonl, reader_for

URL_LIST_SUFFIXES = (".urls", ".urls.txt")
Item = Article | ReaderError


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def _known(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and any(name.endswith(ext) for ext in READERS)


def walk(paths: Iterable[str]) -> Iterator[str | ReaderError]:
    """Expand folders (recursively, sorted, hidden files and unknown types skipped); files and
    URLs pass through; a ``.urls`` file contributes its URLs (one a line, ``#`` comments)."""
    for arg in paths:
        if is_url(arg):
            yield arg
            continue
        path = Path(arg)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path).parts
                if _known(child) and not any(part.startswith(".") for part in rel):
                    yield str(child)
        elif path.name.lower().endswith(URL_LIST_SUFFIXES):
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                yield ReaderError(f"{path}: {exc.strerror or exc}")
                continue
            for line in lines:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield line if is_url(line) else ReaderError(f"{path}: not an http(s) URL: {line[:200]}")
        elif not path.exists():
            yield ReaderError(f"{path}: no such file or folder")
        else:
            yield str(path)


def fetch(url: str, timeout: float = 30.0) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "chronik-ingest/0.1"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # http(s) only: callers check is_url
        data = response.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReaderError(f"{url}: over the {MAX_BYTES}-byte limit")
    return data


def _jsonl_items(data: bytes, source: str) -> Iterator[Item]:
    """JSONL line by line, so a bad line is one error and the lines after it still count."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ReaderError(f"{source}: broken gzip ({exc})")
            return
    for lineno, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            for article in read_jsonl(line, where):
                if article.source == f"{where}:1":  # read_jsonl numbers lines of its (one-line) input
                    article.source = where
                yield article
        except ReaderError as exc:
            yield ReaderError(str(exc).replace(f"{where}:1:", f"{where}:", 1))


def read_source(name: str) -> Iterator[Item]:
    """Articles (or errors) of one file or URL."""
    try:
        if is_url(name):
            yield from read_html(fetch(name), name)
            return
        path = Path(name)
        reader = reader_for(path.name)
        size = path.stat().st_size
        if size > MAX_BYTES and not path.name.lower().endswith((".warc", ".warc.gz", ".jsonl", ".jsonl.gz")):
            raise ReaderError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit")
        data = path.read_bytes()
        lower = path.name.lower()
        if lower.endswith((".jsonl", ".jsonl.gz")):
            yield from _jsonl_items(data, name)
        elif lower.endswith((".warc", ".warc.gz")):
            from chronik.ingest.warc import iter_warc

            yield from iter_warc(data, name)
        else:
            yield from reader(data, name)
    except ReaderError as exc:
        yield exc
    except OSError as exc:
        yield ReaderError(f"{name}: {getattr(exc, 'strerror', None) or exc}")


def iter_items(paths: Iterable[str]) -> Iterator[Item]:
    """All articles of all inputs, in order, with errors in place of what could not be read."""
    for entry in walk(paths):
        if isinstance(entry, ReaderError):
            yield entry
        else:
            yield from read_source(entry)
