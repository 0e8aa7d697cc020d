"""Ingest runs: read inputs, skip what is stored, analyse, store — locally or on Dask.

Idempotency and resume rest on two facts: the content hash (sha256 of the text) of every
article is checked against the store before any NLP runs, and every document is stored in its
own transaction (:meth:`chronik.store.Store.add_document`). A run killed at any point (Ctrl-C,
``kill -9``) leaves only whole documents behind; rerunning skips them and does the rest.

Only the main process writes to the database (one writer, no duplicates, no lock contention);
Dask workers only analyse, each loading the spaCy pipeline once (``chronik.load`` is cached per
process and worker processes live for the whole run).
"""

from __future__ import annotations

import itertools
import os
import resource
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chronik.analysis import Article, analyze_articles
from chronik.chunks import Parts
from chronik.document import Document, text_id
from chronik.ingest.readers import ReaderError
from chronik.ingest.sources import Item, is_url, read_source, walk
from chronik.store import Store, count_words

BATCH_SIZE = 8  # articles per nlp.pipe call / per Dask task: small enough to lose little on a kill


@dataclass
class Job:
    """One article to analyse, with what the writer needs to account for it. ``article`` is None
    when the first pass did not keep its text (see :func:`collect`): it is read again from
    ``entry`` (the file it came from, item ``index``) when its turn comes."""

    article: Article | None
    hash: str
    words: int
    entry: str = ""
    index: int = 0


# Text the first pass keeps (characters, all inputs together). Beyond it, articles are read again
# from their files when analysed, so a multi-GB WARC or JSONL input is never held in memory.
HOLD_CHARS = int(os.environ.get("CHRONIK_HOLD_CHARS", 20_000_000))


@dataclass
class IngestResult:
    run_id: str
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0  # of ``seconds``: starting the cluster and loading the model on workers
    interrupted: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)
    worker_peak_rss: dict[str, int] = field(default_factory=dict)  # bytes, per Dask worker
    # CPU seconds spent analysing (all workers together) and in the writer (this process): on a
    # shared machine wall time says little, CPU time still says what a dedicated core would do
    analysis_cpu_s: float = 0.0
    writer_cpu_s: float = 0.0

    @property
    def docs_per_s(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def steady_words_per_s(self) -> float:
        """Throughput once workers are up (what more documents would cost)."""
        busy = self.seconds - self.startup_seconds
        return self.words / busy if busy > 0 else 0.0


def collect(paths: Iterable[str], store: Store, result: IngestResult, hold_chars: int | None = None) -> list[Job]:
    """Read every input; record read errors; drop articles already stored or repeated in the
    input. Reading is cheap next to analysis, and knowing the total gives the bar its ETA. The
    texts are kept up to ``hold_chars`` characters (default :data:`HOLD_CHARS`); later articles
    from files keep only their hash and word count and are read again by :func:`with_articles`
    (pages fetched from URLs are always kept: fetching twice is slow and may not give the same page)."""
    hold = HOLD_CHARS if hold_chars is None else hold_chars
    jobs: list[Job] = []
    seen: set[str] = set()
    held = 0

    def failed(error: ReaderError) -> None:
        message = str(error)
        source = message.split(": ", 1)[0]
        result.failed += 1
        result.errors.append((source, message))
        store.record_error(result.run_id, source, message)

    for entry in walk(paths):
        if isinstance(entry, ReaderError):
            failed(entry)
            continue
        for index, item in enumerate(read_source(entry)):
            if isinstance(item, ReaderError):
                failed(item)
                continue
            digest = text_id(item.text)
            if digest in seen:
                result.skipped += 1
                continue
            seen.add(digest)
            keep = is_url(entry) or held + len(item.text) <= hold
            held += len(item.text) if keep else 0
            jobs.append(Job(item if keep else None, digest, count_words(item.text), entry, index))
    known = store.known_hashes([j.hash for j in jobs])
    result.skipped += len(known)
    return [j for j in jobs if j.hash not in known]


def with_articles(jobs: list[Job], lost: Callable[[Job, str], None]) -> Iterator[Job]:
    """The jobs with their articles: those not kept by :func:`collect` are read again, one input
    file at a time. A job whose article is gone (the file changed or vanished) goes to ``lost``.
    Jobs are taken out of ``jobs`` as they are yielded, so texts analysed are not kept alive."""
    entry: str | None = None
    items: Iterator[tuple[int, Item]] = iter(())
    jobs.reverse()
    while jobs:
        job = jobs.pop()
        if job.article is not None:
            yield job
            continue
        if job.entry != entry:
            entry, items = job.entry, enumerate(read_source(job.entry))
        item: Item | None = None
        for index, candidate in items:
            if index == job.index:
                item = candidate
                break
        if isinstance(item, Article) and text_id(item.text) == job.hash:
            yield Job(item, job.hash, job.words, job.entry, job.index)
        else:
            lost(job, f"{job.entry}: changed while ingesting (item {job.index + 1} is not the one read before)")


def batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    it = iter(jobs)
    while batch := list(itertools.islice(it, size)):
        yield batch


# --- the per-batch work (runs in the main process or on a Dask worker) ------------------------


def _article_dict(a: Article) -> dict[str, Any]:
    return {
        "text": a.text,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "source": a.source,
        "id": a.id,
    }


Payload = str | Parts  # document JSON, or a long document's compressed parts


def analyze_batch(articles: list[dict[str, Any]], lang: str = "de") -> list[tuple[bool, Payload]]:
    """Analyse a batch; returns per article (True, document JSON), (True, :class:`Parts`) for a
    document analysed in chunks (stored part by part: its facts as one ``Document`` would not fit
    a worker's memory for a text of many MB), or (False, error message). A failing batch is
    retried article by article, so one bad article fails alone."""
    items = [
        Article(
            text=a["text"],
            title=a.get("title"),
            published=date.fromisoformat(a["published"]) if a.get("published") else None,
            source=a.get("source"),
            id=a.get("id"),
        )
        for a in articles
    ]
    out: list[tuple[bool, Payload]] = []

    def refused(_article: Article, exc: Exception) -> None:
        # called in input order, between the documents yielded before and after it
        out.append((False, f"refused: {exc}"))

    try:
        for doc in analyze_articles(items, lang=lang, batch_size=len(items) or 1, on_error=refused, long_as_parts=True):
            out.append((True, _payload(doc)))
        if len(out) == len(items):
            return out
    except Exception:
        pass
    out = []
    for item in items:
        try:
            docs = list(analyze_articles([item], lang=lang, on_error=refused, long_as_parts=True))
            if docs:
                out.append((True, _payload(docs[0])))
        except Exception as exc:
            out.append((False, f"analysis failed: {type(exc).__name__}: {exc}"))
    return out


def _payload(doc: Document | Parts) -> Payload:
    return doc if isinstance(doc, Parts) else doc.to_json()


def warm_up(lang: str = "de") -> int:
    """Load the pipeline in this process (once); returns the process's peak RSS in bytes."""
    from chronik.pipeline import load

    load(lang)
    return peak_rss()


def cpu_seconds() -> float:
    """User + system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss() -> int:
    """Peak resident set size of this process in bytes (Linux reports KiB)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


# --- running --------------------------------------------------------------------------------

Progress = Callable[[int, int], None]  # (documents done, words done)


def _store_results(
    store: Store, batch: list[Job], results: list[tuple[bool, Payload]], result: IngestResult, progress: Progress
) -> None:
    for job, (ok, payload) in zip(batch, results, strict=True):
        source = job.article.source or "?"
        if ok:
            cpu = time.process_time()
            try:
                if isinstance(payload, Parts):
                    stored = store.add_parts(payload.head, payload)
                else:
                    stored = store.add_document(Document.model_validate_json(payload))
            except Exception as exc:  # a document the store rejects is recorded, never fatal
                ok, payload = False, f"store failed: {type(exc).__name__}: {exc}"
            else:
                result.writer_cpu_s += time.process_time() - cpu
                if stored:
                    result.stored += 1
                    result.words += job.words
                else:
                    result.skipped += 1
        if not ok:
            result.failed += 1
            result.errors.append((source, payload))
            store.record_error(result.run_id, source, payload)
        progress(1, job.words)


def run_local(store: Store, jobs: Iterable[Job], result: IngestResult, progress: Progress, lang: str) -> None:
    started = time.perf_counter()
    warm_up(lang)
    result.startup_seconds = time.perf_counter() - started
    for batch in batches(jobs, BATCH_SIZE):
        cpu = time.process_time()
        results = analyze_batch([_article_dict(j.article) for j in batch], lang)
        result.analysis_cpu_s += time.process_time() - cpu
        _store_results(store, batch, results, result, progress)


def run_dask(
    store: Store,
    jobs: Iterable[Job],
    result: IngestResult,
    progress: Progress,
    lang: str,
    workers: int | None = None,
    scheduler: str | None = None,
) -> None:
    """Analyse on Dask: a LocalCluster of ``workers`` processes, or the cluster at ``scheduler``.
    At most two batches per worker are in flight, which bounds memory on both sides."""
    import logging

    from distributed import Client, LocalCluster, as_completed

    started = time.perf_counter()
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: several runs may share a machine
            memory_limit=0,  # the pipeline's footprint is known and flat; Dask must not pause it
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        client.run(warm_up, lang)  # every worker loads the model once, before any task
        result.startup_seconds = time.perf_counter() - started
        cpu_before = client.run(cpu_seconds)
        n_workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        pending = iter(batches(jobs, BATCH_SIZE))
        in_flight: dict[Any, list[Job]] = {}
        done = as_completed()

        def submit() -> bool:
            batch = next(pending, None)
            if batch is None:
                return False
            future = client.submit(analyze_batch, [_article_dict(j.article) for j in batch], lang, pure=False)
            in_flight[future] = batch
            done.add(future)
            return True

        for _ in range(2 * n_workers):
            if not submit():
                break
        for future in done:
            batch = in_flight.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # a worker died or the task failed: the batch's articles fail
                results = [(False, f"worker failed: {type(exc).__name__}: {exc}")] * len(batch)
            _store_results(store, batch, results, result, progress)
            submit()
        result.worker_peak_rss = {str(k): int(v) for k, v in client.run(peak_rss).items()}
        cpu_after = client.run(cpu_seconds)
        result.analysis_cpu_s = sum(cpu_after[k] - cpu_before.get(k, 0.0) for k in cpu_after)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    lang: str = "de",
    progress_factory: Callable[[int, int], tuple[Progress, Callable[[], None]]] | None = None,
) -> IngestResult:
    """Run one ingest. ``workers``/``scheduler`` select Dask; neither means in-process.
    ``progress_factory(total_docs, total_words)`` returns (advance, close) callbacks.
    KeyboardInterrupt stops the run cleanly; everything stored so far stays stored."""
    result = IngestResult(run_id=uuid.uuid4().hex[:12])
    collected = collect(paths, store, result)
    if progress_factory is not None:
        advance, close = progress_factory(len(collected), sum(j.words for j in collected))
    else:
        advance, close = (lambda d, w: None), (lambda: None)

    def lost(job: Job, message: str) -> None:
        result.failed += 1
        result.errors.append((job.entry, message))
        store.record_error(result.run_id, job.entry, message)
        advance(1, job.words)

    n_jobs = len(collected)
    jobs = with_articles(collected, lost)
    start = time.perf_counter()
    try:
        if not n_jobs:
            pass  # everything is stored already: no cluster to start
        elif workers or scheduler:
            run_dask(store, jobs, result, advance, lang, workers=workers, scheduler=scheduler)
        else:
            run_local(store, jobs, result, advance, lang)
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        result.seconds = time.perf_counter() - start
        close()
    if result.stored and not result.interrupted:
        store.optimize()  # fresh planner statistics keep the query plans on their indexes
    return result
