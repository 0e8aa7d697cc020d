"""Throughput of the quantities component alone (rule-only pipeline) on German Wikinews.

Run: .venv/bin/python bench/quantities_speed.py [limit]
"""

from __future__ import annotations

import gzip
import json
import sys
import time

from chronik.eval import data_dir
from chronik.pipeline import build


def main(limit: int | None = None) -> None:
    path = data_dir() / "wikinews_de" / "articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f][:limit]
    base = build("de", with_model=False, components=[])
    nlp = build("de", with_model=False, components=["quantities"])
    docs = list(base.pipe(texts))  # tokenised once, so the timing below is the component alone
    component = nlp.get_pipe("chronik_quantities")
    started = time.perf_counter()
    found = sum(len(component(doc)._.quantities) for doc in docs)
    elapsed = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    print(
        f"{len(texts)} articles, {chars / 1e6:.2f} M chars, {found} quantities, "
        f"{elapsed:.2f} s → {chars / elapsed / 1e6:.2f} M chars/s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
