"""Quantities against hand-checked Wikinews sentences (``tests/data/quantities/*.jsonl``).

Each line: ``{"id", "text", "quantities": [{"text", "kind", "value", "unit", "counted"}]}``.
A prediction matches a gold quantity when span text and kind are equal and the values agree
within 1 %; ``counted`` is scored separately, over matched quantities that have one in gold.
The sentences are from German Wikinews (CC BY 2.5); the annotation is chronik's own.
"""

from __future__ import annotations

import json
from pathlib import Path

from chronik.eval import Table, prf
from chronik.pipeline import build, model_path

GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "quantities"


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a == b
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)


def score_file(path: Path, nlp, limit: int | None = None) -> list[int]:
    """[tp, fp, fn, counted_right, counted_total] for one gold file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = [0, 0, 0, 0, 0]
    for row in rows[:limit] if limit else rows:
        pred = list(nlp(row["text"])._.quantities or [])
        used: set[int] = set()
        for gold in row["quantities"]:
            hit = next(
                (
                    i
                    for i, q in enumerate(pred)
                    if i not in used
                    and q.text == gold["text"]
                    and q.kind == gold["kind"]
                    and _same_value(q.value, gold["value"])
                ),
                None,
            )
            if hit is None:
                counts[2] += 1
                continue
            used.add(hit)
            counts[0] += 1
            if gold.get("counted"):
                counts[4] += 1
                counts[3] += pred[hit].counted == gold["counted"]
        counts[1] += len(pred) - len(used)
    return counts


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    pipelines = {"rules only": build("de", with_model=False, components=["quantities"])}
    if model_path("de") is not None:
        pipelines["with model"] = build("de", components=["quantities"])
    rows = []
    for name, nlp in pipelines.items():
        for path in sorted(GOLD_DIR.glob("*.jsonl")):
            tp, fp, fn, right, total = score_file(path, nlp, limit)
            rows.append([path.stem, name, tp + fn, *prf(tp, fp, fn), right / total if total else 0.0])
    return [
        Table(
            title="Quantities (hand-checked German Wikinews sentences)",
            columns=["sample", "pipeline", "gold", "P", "R", "F1", "counted acc"],
            rows=rows,
            note="match = same span text, kind and value (±1 %); 'with model' adds the trained tagger/lemmatizer",
        )
    ]
