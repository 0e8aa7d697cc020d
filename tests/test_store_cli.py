"""The chronicle commands: query events/quotes/actors, search, export (on hand-made documents)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.cli import app
from chronik.store import Store
from chronik.store.export import GDELT_COLUMNS
from tests.store_docs import article_a, article_b

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = Store(url)
    store.add_document(article_a())
    store.add_document(article_b())
    store.close()
    return url


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_query_events_formats(db: str) -> None:
    rows = json.loads(
        run(
            "query",
            "events",
            "--db",
            db,
            "--actor",
            "Macron",
            "--type",
            "CONSULT",
            "--from",
            "2024-03-12",
            "--to",
            "2024-03-12",
            "--format",
            "json",
        )
    )
    assert [r["place_name"] for r in rows] == ["Berlin"]
    assert rows[0]["source_actors"][0]["actor"] == "Olaf Scholz"
    table = list(csv.DictReader(io.StringIO(run("query", "events", "--db", db, "--place", "Potsdam", "-f", "csv"))))
    assert len(table) == 1 and table[0]["type"] == "CONSULT" and "Macron" in table[0]["source"]
    assert "Berlin" in run("query", "events", "--db", db)  # the rich table
    assert "none match" in run("query", "events", "--db", db, "--actor", "Putin")


def test_bad_date_is_a_usage_error(db: str) -> None:
    result = runner.invoke(app, ["query", "events", "--db", db, "--from", "März"])
    assert result.exit_code == 2


def test_query_quotes_actors_and_search(db: str) -> None:
    quotes = json.loads(run("query", "quotes", "--db", db, "--speaker", "Scholz", "-f", "json"))
    assert quotes[0]["text"] == "„Europa muss zusammenstehen“"
    actors = json.loads(run("query", "actors", "macron", "--db", db, "-f", "json"))
    assert actors[0]["name"] == "Emmanuel Macron" and actors[0]["n_docs"] == 2
    hits = json.loads(run("search", "Ukraine", "--db", db, "-f", "json"))
    assert [h["title"] for h in hits] == ["Beratung in Potsdam"]


def test_export_formats(db: str, tmp_path: Path) -> None:
    lines = run("export", "--format", "jsonl", "--db", db).splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["schema"] == "chronik/1"
    tsv = run("export", "--format", "gdelt", "--db", db).splitlines()
    assert tsv[0].split("\t") == GDELT_COLUMNS and len(tsv) == 2
    out = tmp_path / "e.parquet"
    run("export", "--format", "parquet", "--db", db, "-o", str(out))
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 2
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", db]).exit_code == 2


def test_piped_table_is_wide_enough_to_read(db: str) -> None:
    # Rich assumes 80 columns when output is not a terminal; the table gets a wider page instead.
    result = runner.invoke(app, ["query", "events", "--db", db], env={"COLUMNS": ""})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) > 80
