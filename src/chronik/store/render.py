"""Query results on the terminal: a rich table, JSON, or CSV."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table

NO_WRAP = {"day", "published", "type", "n_sources", "kind", "id", "n_docs", "n_events", "label", "country"}
TABLE_HIDDEN = {"doc_id", "mode", "modality", "merged_id", "title", "lat", "lon"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("actor") or value.get("name") or value.get("entity") or "")
    return str(value)


def flat_event(ev: dict[str, Any]) -> dict[str, Any]:
    """The columns of an event row worth a table or CSV."""
    return {
        "day": ev["day"],
        "type": ev["type"],
        "mode": ev["mode"],
        "modality": ev["modality"],
        "source": _cell(ev["source_actors"]),
        "target": _cell(ev["target_actors"]),
        "place": ev["place_name"],
        "merged_id": ev["merged_id"],
        "n_sources": ev["n_sources"],
        "sentence": ev["sentence_text"],
        "doc_id": ev["doc_id"],
        "title": ev["title"],
    }


def flat_quote(q: dict[str, Any]) -> dict[str, Any]:
    return {
        "published": q["published"],
        "speaker": q["speaker_name"] or q["speaker_text"],
        "kind": q["kind"],
        "text": q["text"],
        "doc_id": q["doc_id"],
        "title": q["title"],
    }


# Piped into a file or `less`, Rich would assume 80 columns and fold every cell; a wide page reads better there.
PIPED_WIDTH = 160


def _console(out: IO[str]) -> Console:
    interactive = hasattr(out, "isatty") and out.isatty()
    return Console(file=out, width=None if interactive or os.environ.get("COLUMNS") else PIPED_WIDTH)


def write_rows(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    out: IO[str],
    console: Console | None = None,
    title: str | None = None,
    full: Sequence[dict[str, Any]] | None = None,
) -> None:
    """``rows``: flat dicts for table/CSV; ``full``: the API dicts for JSON (default ``rows``)."""
    if fmt == "json":
        out.write(json.dumps(list(full if full is not None else rows), ensure_ascii=False, indent=2, default=str))
        out.write("\n")
        return
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return
    if not rows:
        (console or _console(out)).print(f"{title or 'results'}: none match", highlight=False)
        return
    columns = [c for c in columns if c not in TABLE_HIDDEN] or columns  # a terminal is narrow; CSV/JSON have all
    table = Table(title=title, show_lines=False, expand=True)
    for column in columns:
        if column in NO_WRAP:
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, overflow="fold", ratio=3 if column in ("sentence", "text", "snippet") else 1)
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in columns))
    (console or _console(out)).print(table)
