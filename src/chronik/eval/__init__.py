"""Scorers for the gold sets in ``$CHRONIK_DATA`` (default ``../shared/data``).

Each task is a module ``chronik.eval.<task>`` with ``evaluate(data_dir, limit) -> list[Table]``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table as RichTable

TASK_ALIASES = {"tokenization": "tokens", "sentences": "tokens", "time": "timex", "timexes": "timex"}


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    note: str | None = None


class Tally:
    """Base of a scorer's counter dataclass: integer fields summed field by field across documents."""

    def add(self, other: Tally) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def data_dir(explicit: Path | None = None) -> Path:
    """Where the gold data lives: explicit path, ``$CHRONIK_DATA``, or ``../shared/data``."""
    if explicit is not None:
        return explicit
    env = os.environ.get("CHRONIK_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path("../shared/data").resolve()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_task(
    task: str, *, data_dir: Path | None = None, limit: int | None = None, as_json: bool = False
) -> list[Table]:
    task = TASK_ALIASES.get(task, task)
    if not task.isidentifier() or importlib.util.find_spec(f"chronik.eval.{task}") is None:
        raise LookupError(f"no scorer for task {task!r}")
    module = importlib.import_module(f"chronik.eval.{task}")
    root = globals()["data_dir"](data_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"data folder {root} not found (set CHRONIK_DATA or --data)")
    tables: list[Table] = module.evaluate(root, limit=limit)
    if as_json:
        print(json.dumps([asdict(t) for t in tables], ensure_ascii=False, indent=2))
    else:
        console = Console()
        if not console.is_terminal:  # piped into a file or CI log: don't squeeze tables to 80 columns
            console = Console(width=200)
        for table in tables:
            rich_table = RichTable(title=table.title, caption=table.note)
            for col in table.columns:
                rich_table.add_column(col)
            for row in table.rows:
                rich_table.add_row(*(f"{v:.4f}" if isinstance(v, float) else str(v) for v in row))
            console.print(rich_table)
    return tables
