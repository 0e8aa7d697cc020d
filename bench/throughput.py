"""Words per second of the full chronik pipeline vs. spaCy's German tokenizer alone.

Both run in the same process on the same Wikinews texts, so the ratio is comparable across
machines even though the absolute numbers are not. Rates are given per wall-clock second and per
CPU second of this process (``time.process_time``): the second is words/s on one dedicated core
and stays meaningful when other jobs share the machine. Usage:

    python bench/throughput.py [--limit 300] [--data PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

import spacy

import chronik
from chronik.eval import data_dir


def load_texts(root: Path, limit: int) -> list[chronik.Article]:
    path = root / "wikinews_de" / "articles.jsonl.gz"
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            published = record["date"] and __import__("datetime").date.fromisoformat(record["date"])
            articles.append(chronik.Article(text=record["text"], title=record["title"], published=published))
            if len(articles) >= limit:
                break
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    articles = load_texts(data_dir(args.data), args.limit)

    tokenizer = spacy.blank("de").tokenizer
    start = time.perf_counter()
    words = sum(sum(1 for t in tokenizer(a.text) if not t.is_space) for a in articles)
    floor_s = time.perf_counter() - start

    nlp = chronik.load("de")
    list(chronik.analyze_articles(articles[:5], nlp=nlp))  # warm-up: lazy lexicons, caches
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in chronik.analyze_articles(articles, nlp=nlp):
        pass
    full_s = time.perf_counter() - start
    full_cpu_s = time.process_time() - cpu_start

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(articles)}  words: {words}  pipes: {', '.join(nlp.pipe_names)}")
    print(f"tokenizer alone : {words / floor_s:12,.0f} words/s")
    print(f"chronik analyze : {words / full_s:12,.0f} words/s (wall clock)")
    print(f"chronik analyze : {words / full_cpu_s:12,.0f} words/s (CPU time of this process = one core)")
    print(f"ratio (chronik / tokenizer): {floor_s / full_s:.4f}   peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
