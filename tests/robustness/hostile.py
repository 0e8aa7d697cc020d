"""Builds the corpus of hostile input files (the tests make it; nothing here is committed data).

``python -m tests.robustness.hostile DIR`` writes it to DIR (``make fuzz`` uses tests/data/hostile/).
Each entry: file name → (bytes, expected outcome: "error" = a clear ReaderError, "ok" = articles).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

GERMAN = "Die Bundeskanzlerin traf am Dienstag in Berlin den französischen Präsidenten. „Wir sind einig“, sagte sie."
ENGLISH = "The chancellor met the French president in Berlin on Tuesday. 'We agree,' she said after the talks."
FRENCH = "La chancelière a rencontré mardi à Berlin le président français. « Nous sommes d'accord », a-t-elle dit."
RUSSIAN = "Канцлер встретилась во вторник в Берлине с президентом Франции. «Мы согласны», — сказала она."
CHINESE = "总理星期二在柏林会见了法国总统。她说：“我们意见一致。”"


def warc_with_broken_records() -> bytes:
    good = (
        "<html><head><title>Gipfel in Berlin</title></head><body><article><p>"
        + GERMAN * 5
        + "</p></article></body></html>"
    ).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + good
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode()
        + http
        + b"\r\n\r\n"
    )
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort body"
    return record + broken


def corpus(big_mb: int = 20) -> dict[str, tuple[bytes, str]]:
    nested = "<div>" * 5000 + f"<p>{GERMAN}</p>" + "</div>" * 5000
    scripts = "<html><body>" + "<script>alert(1)</script>" * 10_000 + f"<p>{GERMAN * 3}</p></body></html>"
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb") as handle:
        chunk = b"\x00" * (1 << 20)
        for _ in range(80):  # 80 MB of zeros in ~80 KB
            handle.write(chunk)
    paragraph = (GERMAN + " ") * 10 + "\n\n"
    big = (paragraph * (big_mb * 1024 * 1024 // len(paragraph.encode()) + 1)).encode()[: big_mb * 1024 * 1024]
    big = big.decode("utf-8", "ignore").encode()
    return {
        "empty.txt": (b"", "error"),
        "whitespace.txt": (b"  \n\n\t ", "error"),
        "binary.txt": (bytes(range(256)) * 64, "error"),
        "invalid-utf8.txt": (b"Die Stra\xdfe \xff\xfe ist gesperrt.", "error"),
        "utf16-bom.txt": (("\ufeff" + GERMAN).encode("utf-16-le"), "ok"),
        "latin1-german.txt": (("Die Straße in Köln war überfüllt. " * 5).encode("latin-1"), "error"),
        "gzip-bomb.jsonl.gz": (bomb.getvalue(), "error"),
        "truncated.jsonl.gz": (gzip.compress(json.dumps({"text": GERMAN}).encode())[:-10], "error"),
        "bad-line.jsonl": ((json.dumps({"text": GERMAN}) + "\n{not json\n").encode(), "partial"),
        "deeply-nested.html": (nested.encode(), "any"),
        "script-flood.html": (scripts.encode(), "any"),
        "junk.html": (b"<html><<<>>><body></html></p><p>", "any"),
        "broken.tml": (b"<TimeML><TEXT>Kein Ende", "error"),
        "english.txt": (ENGLISH.encode(), "ok"),
        "french.txt": (FRENCH.encode(), "ok"),
        "russian.txt": (RUSSIAN.encode(), "ok"),
        "chinese.txt": (CHINESE.encode(), "ok"),
        "broken-records.warc": (warc_with_broken_records(), "any"),
        f"big-{big_mb}mb.txt": (big, "ok"),
    }


def write_corpus(folder: Path, big_mb: int = 20) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (data, _) in corpus(big_mb).items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in write_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/hostile")):
        print(p)
