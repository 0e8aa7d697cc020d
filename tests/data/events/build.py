"""Compile ``annotations.txt`` + the Wikinews texts into one gold JSON per article.

Run from the repo root: ``.venv/bin/python tests/data/events/build.py``. Reads the article texts from
``$CHRONIK_DATA/wikinews_de/articles.jsonl.gz`` (cut to the annotated length recorded in ``articles.tsv``)
and writes ``<id>.json`` next to this file. Fails loudly when a trigger, actor or place string is not found.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from chronik.eval import data_dir
from chronik.eval.events import parse_annotations

HERE = Path(__file__).parent


def main() -> int:
    rows = [line.split("\t") for line in (HERE / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:] if line]
    wanted = {r[0]: (int(r[1]), r[2]) for r in rows}
    articles = {}
    with gzip.open(data_dir() / "wikinews_de" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in wanted:
                length, split = wanted[art["id"]]
                art["text"] = art["text"][:length]
                art["split"] = split
                articles[art["id"]] = art
    events = parse_annotations((HERE / "annotations.txt").read_text(encoding="utf-8"), articles)
    for art_id, art in articles.items():
        record = {k: art[k] for k in ("id", "title", "date", "url", "license", "split", "text")}
        record["events"] = events.get(art_id, [])
        path = HERE / f"{art_id}.json"
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles, {sum(len(v) for v in events.values())} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
