"""The ingest progress bar (rich): documents done of total, words/s, ETA."""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def rich_progress(console: Console) -> Callable[[int, int], tuple[Callable[[int, int], None], Callable[[], None]]]:
    """A ``progress_factory`` for :func:`chronik.ingest.runner.ingest`."""

    def factory(total_docs: int, total_words: int) -> tuple[Callable[[int, int], None], Callable[[], None]]:
        progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("docs"),
            TextColumn("{task.fields[wps]:>7,.0f} words/s"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        )
        task = progress.add_task("ingest", total=total_docs, wps=0.0)
        start = time.perf_counter()
        words = 0
        progress.start()

        def advance(docs: int, n_words: int) -> None:
            nonlocal words
            words += n_words
            elapsed = max(time.perf_counter() - start, 1e-6)
            progress.update(task, advance=docs, wps=words / elapsed)

        return advance, progress.stop

    return factory
