"""Ingest throughput: documents/s and words/s of ``chronik ingest`` into SQLite, in-process and on
a Dask LocalCluster of 1 and 2 workers; scaling efficiency and peak RSS per worker.

Inputs: ``$CHRONIK_DATA/wikinews_de/articles.jsonl.gz`` (1,360 articles) and the 10kGNAD test
split (1,028 articles; NC licence: benchmark input only, converted to a temporary JSONL that
never enters the repository). Every run starts from an empty database. Usage:

    python bench/ingest.py [--corpus wikinews 10kgnad] [--limit N] [--workers 0 1 2] [--json OUT]

``--workers 0`` is the in-process runner. Throughput is reported twice: over the whole run, and
"steady" (after the cluster started and workers loaded the model), which is what scaling means.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from chronik.eval import data_dir
from chronik.ingest.runner import ingest
from chronik.store import Store


def wikinews(root: Path, limit: int | None, out: Path) -> Path:
    path = out / "wikinews.jsonl"
    with gzip.open(root / "wikinews_de" / "articles.jsonl.gz", "rt", encoding="utf-8") as src, path.open("w") as dst:
        for n, line in enumerate(src):
            if limit is not None and n >= limit:
                break
            dst.write(line)
    return path


def gnad(root: Path, limit: int | None, out: Path) -> Path:
    path = out / "10kgnad.jsonl"
    raw = gzip.decompress((root / "10kgnad_news_de" / "test.csv.gz").read_bytes()).decode("utf-8")
    with path.open("w", encoding="utf-8") as dst:
        for n, (label, text) in enumerate(csv.reader(io.StringIO(raw), delimiter=";", quotechar="'")):
            if limit is not None and n >= limit:
                break
            dst.write(json.dumps({"id": f"10kgnad-{n}", "title": label, "text": text}, ensure_ascii=False) + "\n")
    return path


def run(path: Path, workers: int, tmp: Path) -> dict[str, Any]:
    db = tmp / f"bench-{path.stem}-{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = Store(f"sqlite:///{db}")
    result = ingest([str(path)], store, workers=workers or None)
    busy = result.seconds - result.startup_seconds
    cores = max(workers, 1)
    row = {
        "corpus": path.stem,
        "workers": workers,
        "docs": result.stored,
        "failed": result.failed,
        "words": result.words,
        "seconds": round(result.seconds, 1),
        "startup_s": round(result.startup_seconds, 1),
        "docs_per_s": round(result.docs_per_s, 2),
        "words_per_s": round(result.words_per_s),
        "steady_docs_per_s": round(result.stored / busy, 2) if busy > 0 else 0,
        "steady_words_per_s": round(result.steady_words_per_s),
        "steady_words_per_s_per_core": round(result.steady_words_per_s / cores),
        "peak_rss_mb_per_worker": sorted(round(v / 2**20) for v in result.worker_peak_rss.values()),
        # CPU time: what a dedicated core would do, whatever else runs on the machine
        "analysis_cpu_s": round(result.analysis_cpu_s, 1),
        "writer_cpu_s": round(result.writer_cpu_s, 1),
        "words_per_analysis_cpu_s": round(result.words / result.analysis_cpu_s) if result.analysis_cpu_s else 0,
        "words_per_cpu_s_full": round(result.words / (result.analysis_cpu_s + result.writer_cpu_s))
        if result.analysis_cpu_s
        else 0,
        # wall time if every worker and the writer had a core of its own: max(analysis/n, writer)
        "projected_dedicated_words_per_s": round(
            result.words / max(result.analysis_cpu_s / cores, result.writer_cpu_s, 1e-9)
        ),
        "events": store.stats()["events"],
        "db_mb": round(os.path.getsize(db) / 2**20, 1),
    }
    store.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", choices=["wikinews", "10kgnad"], default=["wikinews", "10kgnad"])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="0 = in-process")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = parser.parse_args()
    root = data_dir(args.data)
    rows = []
    with tempfile.TemporaryDirectory(prefix="chronik-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for corpus in args.corpus:
            path = wikinews(root, args.limit, tmp) if corpus == "wikinews" else gnad(root, args.limit, tmp)
            by_workers = {}
            for workers in args.workers:
                row = run(path, workers, tmp)
                by_workers[workers] = row
                rows.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
            if 1 in by_workers and 2 in by_workers and by_workers[1]["steady_words_per_s"]:
                speedup = by_workers[2]["steady_words_per_s"] / by_workers[1]["steady_words_per_s"]
                print(f"{corpus}: speed-up 2 vs 1 workers (steady, measured) = {speedup:.2f}x", flush=True)
                projected = (
                    by_workers[2]["projected_dedicated_words_per_s"] / by_workers[1]["projected_dedicated_words_per_s"]
                )
                print(f"{corpus}: speed-up 2 vs 1 workers (CPU-time projection) = {projected:.2f}x", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
