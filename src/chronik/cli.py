"""The ``chronik`` command line."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from chronik.analysis import Article, analyze_articles
from chronik.ingest.readers import ReaderError, read_bytes, read_path

app = typer.Typer(help="chronik: German news → events, quotes, times, places, numbers.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    timeml = "timeml"
    text = "text"


def _articles(path: str, published: date | None) -> list[Article]:
    if path == "-":
        data = sys.stdin.buffer.read()
        articles = list(read_bytes(data, "stdin.txt"))
    else:
        articles = list(read_path(Path(path)))
    if published is not None:
        for article in articles:
            article.published = published
    return articles


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files (.txt .html .jsonl .tml) or - for stdin")],
    lang: Annotated[str, typer.Option(help="language of the texts")] = "de",
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD (anchors relative dates)")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="output format")] = OutputFormat.json,
) -> None:
    """Analyse articles and print the result on stdout."""
    from chronik.output import render

    pub: date | None = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            err.print(f"[red]error:[/red] --published {published!r} is not a date (YYYY-MM-DD)")
            raise typer.Exit(2) from None
    failures = 0
    for path in paths:
        try:
            articles = _articles(path, pub)
        except ReaderError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            failures += 1
            continue
        except OSError as exc:
            err.print(f"[red]error:[/red] {path}: {exc.strerror or exc}", highlight=False)
            failures += 1
            continue
        for document in analyze_articles(articles, lang=lang):
            for warning in document.warnings:
                err.print(f"[yellow]warning:[/yellow] {path}: {warning}", highlight=False)
            try:
                sys.stdout.write(render(document, format.value, source_path=path))
            except ValueError as exc:  # e.g. TimeML whose text cannot be mapped back
                err.print(f"[red]error:[/red] {path}: {exc}", highlight=False)
                failures += 1
                continue
            sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    task: Annotated[str, typer.Argument(help="what to score: tokens, ner, parse, timex, quotes, geo, events …")],
    data: Annotated[Path | None, typer.Option(help="data folder (default: $CHRONIK_DATA or ../shared/data)")] = None,
    limit: Annotated[int | None, typer.Option(help="score only the first N documents")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON instead of tables")] = False,
) -> None:
    """Score chronik against a gold set and print standard metrics."""
    from chronik.eval import run_task

    try:
        run_task(task, data_dir=data, limit=limit, as_json=json_out)
    except (LookupError, FileNotFoundError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option(help="write to this file instead of stdout")] = None,
) -> None:
    """Print the JSON Schema of the output document (the contract, id "chronik/1")."""
    import json

    from chronik.document import json_schema, write_schema

    if output is None:
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    else:
        write_schema(output)


# --- the chronicle: ingest, query, search, export (store: chronik.store) ---------------------

DB_HELP = "database URL (sqlite:///chronik.db, postgresql+psycopg://user:pw@host/db) or a SQLite file; env CHRONIK_DB"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"


def _db(db: str | None) -> str:
    import os

    return db or os.environ.get("CHRONIK_DB") or "sqlite:///chronik.db"


def _open_store(db: str | None):  # type: ignore[no-untyped-def]
    from chronik.store import Store

    try:
        return Store(_db(db))
    except Exception as exc:  # a bad URL or an unreachable server: one line, not a traceback
        err.print(f"[red]error:[/red] cannot open database {_db(db)!r}: {exc}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="folders, files (.txt .html .jsonl[.gz] .tml .warc[.gz]), URLs, .urls lists")
    ],
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    workers: Annotated[int | None, typer.Option(help="analyse on a local Dask cluster of N worker processes")] = None,
    scheduler: Annotated[str | None, typer.Option(help="analyse on an existing Dask cluster (tcp://host:port)")] = None,
    lang: Annotated[str, typer.Option(help="language of the texts")] = "de",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Analyse and store a corpus; documents already stored are skipped, so a rerun resumes."""
    from rich.table import Table
    from sqlalchemy.exc import DBAPIError

    from chronik.ingest.progress import rich_progress
    from chronik.ingest.runner import ingest as run_ingest

    store = _open_store(db)
    try:
        result = run_ingest(
            paths,
            store,
            workers=workers,
            scheduler=scheduler,
            lang=lang,
            progress_factory=None if quiet else rich_progress(err),
        )
    except (DBAPIError, OSError) as exc:
        # A full disk or a lost database connection: each document commits on its own, so what is
        # stored is complete; say so in one line instead of a traceback.
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        err.print(
            f"[red]error:[/red] writing to the database failed ({reason}); documents stored before this are "
            f"complete — fix the cause and rerun the same command to resume",
            highlight=False,
        )
        raise typer.Exit(1) from None
    if result.errors:
        table = Table(title=f"{len(result.errors)} errors (also in table ingest_errors, run {result.run_id})")
        table.add_column("source", overflow="fold")
        table.add_column("error", overflow="fold")
        for source, message in result.errors[:50]:
            table.add_row(source, message)
        err.print(table)
    err.print(
        f"stored {result.stored}, skipped {result.skipped} (already stored), failed {result.failed}; "
        f"{result.words:,} words in {result.seconds:.1f} s ({result.docs_per_s:.2f} docs/s, "
        f"{result.words_per_s:,.0f} words/s)",
        highlight=False,
    )
    if result.interrupted:
        err.print("[yellow]interrupted:[/yellow] rerun the same command to resume", highlight=False)
        raise typer.Exit(130)


query_app = typer.Typer(help="Query the chronicle database.", no_args_is_help=True)
app.add_typer(query_app, name="query")


@query_app.command("events")
def query_events(
    actor: Annotated[str | None, typer.Option(help="actor name (any spelling, substring) or actor id")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="first day, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="last day, YYYY-MM-DD")] = None,
    place: Annotated[str | None, typer.Option(help="place name (substring)")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, planned, negated, hypothetical")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 50,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="output format")] = TableFormat.table,
) -> None:
    """Events (one row per report), newest first."""
    from chronik.store.render import flat_event, write_rows

    for name, value in (("--from", date_from), ("--to", date_to)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                err.print(f"[red]error:[/red] {name} {value!r} is not a date (YYYY-MM-DD)")
                raise typer.Exit(2) from None
    rows = _open_store(db).events(
        actor=actor, type=type, date_from=date_from, date_to=date_to, place=place, modality=modality, limit=limit
    )
    write_rows([flat_event(r) for r in rows], format.value, sys.stdout, title=f"{len(rows)} events", full=rows)


@query_app.command("quotes")
def query_quotes(
    speaker: Annotated[str | None, typer.Option(help="speaker name (any spelling, substring) or actor id")] = None,
    q: Annotated[str | None, typer.Option("--text", help="words that must occur in the quote")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 50,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="output format")] = TableFormat.table,
) -> None:
    """Quotes, newest first."""
    from chronik.store.render import flat_quote, write_rows

    rows = _open_store(db).quotes(speaker=speaker, q=q, limit=limit)
    write_rows([flat_quote(r) for r in rows], format.value, sys.stdout, title=f"{len(rows)} quotes", full=rows)


@query_app.command("actors")
def query_actors(
    name: Annotated[str | None, typer.Argument(help="any spelling (substring)")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 50,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="output format")] = TableFormat.table,
) -> None:
    """Canonical actors (linked across articles), most documents first."""
    from chronik.store.render import write_rows

    rows = _open_store(db).actors(q=name, limit=limit)
    write_rows(rows, format.value, sys.stdout, title=f"{len(rows)} actors")


@app.command()
def search(
    q: Annotated[str, typer.Argument(help="words that must all occur")],
    limit: Annotated[int, typer.Option(help="at most this many hits")] = 20,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="output format")] = TableFormat.table,
) -> None:
    """Full-text search over the stored articles."""
    from chronik.store.render import write_rows

    rows = _open_store(db).search(q, limit=limit)
    flat = [{k: r[k] for k in ("published", "title", "snippet", "doc_id")} for r in rows]
    write_rows(flat, format.value, sys.stdout, title=f"{len(rows)} hits", full=rows)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (documents), parquet (events), gdelt")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="file (default: stdout; parquet needs one)")
    ] = None,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
) -> None:
    """Export the chronicle: documents as JSONL, events as Parquet, merged events as GDELT-like TSV."""
    from chronik.store import export as ex

    store = _open_store(db)
    if format is ExportFormat.parquet:
        if output is None:
            err.print("[red]error:[/red] --format parquet needs --output FILE")
            raise typer.Exit(2)
        n = ex.export_parquet(store, output)
    else:
        write = ex.export_jsonl if format is ExportFormat.jsonl else ex.export_gdelt
        if output is None:
            n = write(store, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                n = write(store, out)
    err.print(f"exported {n} {'documents' if format is ExportFormat.jsonl else 'rows'}", highlight=False)


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    host: Annotated[str, typer.Option(help="interface to bind; only this machine by default")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="enable POST /api/documents (analyse and store an article)")
    ] = False,
) -> None:
    """Open the web UI and HTTP API over the database (timeline, map, actors, documents; API docs at /docs)."""
    import uvicorn

    from chronik.web import create_app

    try:
        web_app = create_app(_db(db), allow_ingest=allow_ingest)
    except Exception as exc:  # a bad URL or an unreachable server: one line, not a traceback
        err.print(f"[red]error:[/red] cannot open database {_db(db)!r}: {exc}", highlight=False)
        raise typer.Exit(2) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning:[/yellow] listening on {host}: reachable from other machines", highlight=False)
    err.print(f"chronik UI on http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)", highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False)


@app.command()
def train(
    lang: Annotated[str, typer.Argument(help="language of the pipeline to rebuild")] = "de",
    data: Annotated[Path | None, typer.Option(help="data folder (default: $CHRONIK_DATA or ../shared/data)")] = None,
    install: Annotated[bool, typer.Option(help="swap the new model into models/<lang> when done")] = True,
    skip_convert: Annotated[bool, typer.Option(help="reuse training/corpus if it exists")] = False,
    reuse_trained: Annotated[
        bool, typer.Option(help="reuse training/output/{syntax,ner}: only assemble, evaluate, package")
    ] = False,
) -> None:
    """Rebuild the trained pipeline from the shared data (convert → train → evaluate → package)."""
    from chronik.eval import data_dir
    from chronik.pipeline import models_dir
    from chronik.training import train as run_training

    root = data_dir(data)
    if not root.is_dir():
        err.print(f"[red]error:[/red] data folder {root} not found (set CHRONIK_DATA or --data)")
        raise typer.Exit(2)
    try:
        run_training(
            lang,
            data=root,
            install_to=models_dir() / lang if install else None,
            skip_convert=skip_convert or reuse_trained,
            skip_train=reuse_trained,
        )
    except (ValueError, RuntimeError, FileNotFoundError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
