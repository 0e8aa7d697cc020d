"""Words/second of the trained German pipeline on one core, as a ratio to spaCy's tokenizer alone.

Three timings on the same German Wikinews texts, in one process pinned to one thread:

* tokenizer alone (chronik's customised German tokenizer),
* the model: tokenizer + chronik sentence rules + every trained pipe (tok2vec, tagger, morphologizer,
  parser, NER, lemmatizer) — ``chronik.pipeline.build("de", components=[])``,
* each pipe separately (share of the time), and the peak RSS of the process.

Rates are words per second of *CPU time* of this process (``time.process_time``), i.e. words/s on one
dedicated core: the shared 2-core machine is often busy with other jobs, which would distort wall-clock
rates. Wall-clock rates are printed too.

Usage: ``python bench/pipeline_speed.py [--limit 300] [--data PATH] [--json]``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from chronik.eval import data_dir  # noqa: E402
from chronik.pipeline import build  # noqa: E402


def load_texts(root: Path, limit: int) -> list[str]:
    texts = []
    with gzip.open(root / "wikinews_de" / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    texts = load_texts(data_dir(args.data), args.limit)

    nlp = build("de", components=[])
    if len(nlp.pipe_names) <= 1:
        raise SystemExit("no trained model in models/de")
    tokenizer = nlp.tokenizer
    start = time.process_time()
    for _ in range(3):
        docs = [tokenizer(t) for t in texts]
    tok_s = (time.process_time() - start) / 3
    words = sum(1 for d in docs for t in d if not t.is_space)

    list(nlp.pipe(texts[:10]))  # warm-up (lemma tables, simplemma dictionary)
    per_pipe = dict.fromkeys(nlp.pipe_names, 0.0)
    start, wall = time.process_time(), time.perf_counter()
    for text in texts:
        doc = tokenizer(text)
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            doc = proc(doc)
            per_pipe[name] += time.process_time() - t0
    full_s = time.process_time() - start
    full_wall = time.perf_counter() - wall

    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    batched_s = time.process_time() - start

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "documents": len(texts),
        "words": words,
        "tokenizer_wps": round(words / tok_s),
        "pipeline_wps": round(words / full_s),
        "pipeline_batched_wps": round(words / batched_s),
        "pipeline_wall_wps": round(words / full_wall),
        "ratio_to_tokenizer": round(tok_s / full_s, 4),
        "share_per_pipe": {k: round(v / full_s, 3) for k, v in per_pipe.items()},
        "peak_rss_mb": round(rss_mb),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"documents: {len(texts)}  words: {words}  pipes: {', '.join(nlp.pipe_names)}")
    print("words per CPU-second of this process (= one dedicated core):")
    print(f"tokenizer alone     : {result['tokenizer_wps']:10,d} words/s")
    print(f"pipeline, per doc   : {result['pipeline_wps']:10,d} words/s")
    print(f"pipeline, nlp.pipe  : {result['pipeline_batched_wps']:10,d} words/s")
    print(f"pipeline, wall clock: {result['pipeline_wall_wps']:10,d} words/s (shared machine)")
    print(f"ratio (pipeline / tokenizer): {result['ratio_to_tokenizer']}   peak RSS: {result['peak_rss_mb']} MB")
    print("time share: " + ", ".join(f"{k} {v:.0%}" for k, v in result["share_per_pipe"].items()))


if __name__ == "__main__":
    main()
