"""WARC archives (``.warc``, ``.warc.gz``): each HTML ``response`` record is one article,
extracted with trafilatura like a single ``.html`` file; other records are skipped.

:func:`iter_warc` yields a :class:`ReaderError` in place of a record that cannot be read, so a
bad record costs that record only; :func:`read_warc` (the reader-registry form) drops them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime

from chronik.analysis import Article
from chronik.ingest.readers import ReaderError, read_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _record_date(value: str | None) -> date | None:
    """WARC-Date (ISO 8601) or HTTP Last-Modified (RFC 2822) → date; None if unparsable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def iter_warc(data: bytes, source: str) -> Iterator[Article | ReaderError]:
    """Articles from the HTML responses in a WARC file (gzip'd or not), in file order.
    The publication date is the page's own date if trafilatura finds one, else the HTTP
    ``Last-Modified`` header, else the crawl date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        records = ArchiveIterator(io.BytesIO(data))
        n = 0
        while True:
            n += 1
            try:
                record = next(records, None)
            except ArchiveLoadFailed:
                raise
            except Exception as exc:  # warcio fails inside the iterator on malformed headers: stop here,
                # keeping what was read before (the stream position after a bad header is unknowable)
                yield ReaderError(f"{source}: malformed WARC record {n} ({type(exc).__name__}: {exc})")
                return
            if record is None:
                return
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{n}"
            http = record.http_headers
            ctype = (http.get_header("Content-Type") or "") if http else ""
            status = http.get_statuscode() if http else "200"
            if not ctype.lower().startswith(_HTML_TYPES) or not str(status).startswith("2"):
                continue
            try:
                payload = record.content_stream().read()
                for article in read_html(payload, uri):
                    article.source = article.source or uri
                    if article.published is None:
                        article.published = _record_date(http.get_header("Last-Modified")) or _record_date(
                            record.rec_headers.get_header("WARC-Date")
                        )
                    yield article
            except ReaderError as exc:
                yield exc
            except Exception as exc:  # a corrupt record (bad chunking, bad gzip member) costs that record only
                yield ReaderError(f"{uri}: unreadable WARC record ({type(exc).__name__}: {exc})")
    except ArchiveLoadFailed as exc:
        yield ReaderError(f"{source}: not a WARC file ({str(exc).splitlines()[0] if str(exc) else 'unknown format'})")


def read_warc(data: bytes, source: str) -> Iterator[Article]:
    """Reader-registry form of :func:`iter_warc`: unreadable records are skipped; a file with no
    HTML article at all raises :class:`ReaderError`."""
    found = False
    last_error: ReaderError | None = None
    for item in iter_warc(data, source):
        if isinstance(item, ReaderError):
            last_error = item
            continue
        found = True
        yield item
    if not found:
        raise last_error or ReaderError(f"{source}: no HTML response records in the WARC file")
