"""Words/second of the time component alone vs. spaCy's tokenizer alone, on German Wikinews.

Both timings run on the same texts in one process: the tokenizer (``nlp.make_doc``), then the
``chronik_timex`` component on the already tokenised docs (with each article's date as DCT).
Words are whitespace-separated tokens. Prints words/s for both and the ratio component/tokenizer.

Run: ``.venv/bin/python bench/timex_speed.py [--limit N] [--repeat R]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from datetime import date

from chronik.eval import data_dir
from chronik.pipeline import build


def load(limit: int | None) -> list[tuple[str, date | None]]:
    path = data_dir() / "wikinews_de" / "articles.jsonl.gz"
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            raw = record.get("date") or record.get("published")
            out.append((record["text"], date.fromisoformat(str(raw)[:10]) if raw else None))
            if limit is not None and len(out) >= limit:
                break
    return out


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = load(args.limit)
    words = sum(len(text.split()) for text, _ in articles)
    nlp = build("de", with_model=False, components=["timex"])
    component = nlp.get_pipe("chronik_timex")

    def tokenize() -> list:
        return [nlp.make_doc(text) for text, _ in articles]

    docs = tokenize()
    for doc, (_, published) in zip(docs, articles, strict=True):
        doc._.published = published
    t_tok = best_of(args.repeat, tokenize)
    found = 0

    def tag() -> None:
        nonlocal found
        found = sum(len(component(doc)._.timexes) for doc in docs)

    t_timex = best_of(args.repeat, tag)
    print(f"{len(articles)} articles, {words} words, {found} timexes")
    print(f"tokenizer alone : {words / t_tok:>12,.0f} words/s")
    print(f"chronik_timex   : {words / t_timex:>12,.0f} words/s")
    print(f"ratio timex/tokenizer speed: {t_tok / t_timex:.2f}")


if __name__ == "__main__":
    main()
