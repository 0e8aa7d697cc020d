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
            sys.stdout.write(render(document, format.value, source_path=path))
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
