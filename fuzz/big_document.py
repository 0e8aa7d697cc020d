"""The 20 MB document: analysed in chunks by one worker, peak RSS and time reported.

    python fuzz/big_document.py PATH [--budget SECONDS]

Prints characters, chunks, entities/timexes found, seconds, and peak RSS; exits 1 if the RSS goal
(600 MB) is missed or the document could not be analysed within the budget.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from chronik import chunks
from chronik.analysis import MAX_CHUNK_CHARS, Article, DocumentRefused, Limits, analyze_articles
from chronik.ingest.readers import read_path

RSS_GOAL_MB = 600


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--budget", type=float, default=3600)
    args = parser.parse_args()
    article: Article = next(read_path(args.path))
    n_chunks = len(chunks.split_points(article.text, MAX_CHUNK_CHARS))
    start = time.perf_counter()
    try:
        document = next(analyze_articles([article], limits=Limits(time_budget_s=args.budget)))
    except DocumentRefused as exc:
        print(f"refused: {exc}")
        return 1
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"characters: {len(document.text):,}  chunks: {n_chunks}  sentences: {len(document.sentences):,}  "
        f"entities: {len(document.entities):,}  timexes: {len(document.timexes):,}  "
        f"seconds: {seconds:.0f}  peak RSS: {rss_mb:.0f} MB (goal ≤ {RSS_GOAL_MB})"
    )
    assert document.text == article.text, "text changed"
    return 0 if rss_mb <= RSS_GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
