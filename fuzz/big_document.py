"""The 20 MB document: analysed in chunks by one worker and stored, peak RSS and time reported.

    python fuzz/big_document.py PATH [--budget SECONDS] [--db URL] [--whole]

Does what one ingest worker does with the document: analyses it in chunks, keeps the chunk results
compressed (``chronik.chunks.Parts``) and writes them to a store part by part (a temporary SQLite
database unless ``--db``). ``--whole`` instead builds the one ``Document`` that ``chronik.analyze``
returns (no store). Prints characters, chunks, sentences/entities/timexes found, seconds and peak
RSS; exits 1 if the RSS goal (600 MB) is missed or the document could not be analysed within the
budget.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from chronik import chunks
from chronik.analysis import MAX_CHUNK_CHARS, Article, DocumentRefused, Limits, analyze_articles
from chronik.document import Document
from chronik.ingest.readers import read_path
from chronik.store import Store

RSS_GOAL_MB = 600


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--budget", type=float, default=3600)
    parser.add_argument("--db", help="store URL (default: a temporary SQLite database)")
    parser.add_argument("--whole", action="store_true", help="build one Document, store nothing")
    args = parser.parse_args()
    article: Article = next(read_path(args.path))
    n_chunks = len(chunks.split_points(article.text, MAX_CHUNK_CHARS))
    start = time.perf_counter()
    try:
        result = next(
            analyze_articles([article], limits=Limits(time_budget_s=args.budget), long_as_parts=not args.whole)
        )
    except DocumentRefused as exc:
        print(f"refused: {exc}")
        return 1
    analysed = time.perf_counter() - start
    analysed_rss = peak_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        if isinstance(result, Document):
            document, stored_s = result, 0.0
        else:
            store = Store(args.db or f"sqlite:///{tmp}/big.db")
            stored_at = time.perf_counter()
            assert store.add_parts(result.head, result), "already stored"
            stored_s = time.perf_counter() - stored_at
            store.close()
            document = _counts(result)
    seconds = time.perf_counter() - start
    rss_mb = peak_rss_mb()
    print(
        f"characters: {len(article.text):,}  chunks: {n_chunks}  sentences: {len(document.sentences):,}  "
        f"entities: {len(document.entities):,}  timexes: {len(document.timexes):,}  "
        f"seconds: {seconds:.0f} (analysis {analysed:.0f}, store {stored_s:.0f})  "
        f"peak RSS: {rss_mb:.0f} MB, after analysis {analysed_rss:.0f} MB (goal ≤ {RSS_GOAL_MB})"
    )
    assert document.text == article.text, "text changed"
    return 0 if rss_mb <= RSS_GOAL_MB else 1


def _counts(parts: chunks.Parts) -> Document:
    """A stand-in with the head's text and as many sentences/entities/timexes as the parts hold."""
    sentences = timexes = 0
    entities: set[str] = set()
    for part in parts:
        sentences += len(part.sentences)
        timexes += len(part.timexes)
        entities.update(e.id for e in part.entities)
    return Document.model_construct(
        id=parts.head.id,
        lang=parts.head.lang,
        text=parts.head.text,
        sentences=[[0, 0]] * sentences,
        entities=[None] * len(entities),
        timexes=[None] * timexes,
    )


if __name__ == "__main__":
    sys.exit(main())
