"""Ingest on real files with the real pipeline: every input format, idempotency, per-document
errors, resume after ``kill -9`` of a real ``chronik ingest`` process, and the Dask runner."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronik.document import text_id
from chronik.ingest.readers import read_path
from chronik.ingest.runner import ingest
from chronik.ingest.sources import iter_items, walk
from chronik.store import Store
from tests.store_docs import BACKENDS, open_store

ROOT = Path(__file__).resolve().parents[1]
CHRONIK = Path(sys.executable).with_name("chronik")

SENTENCES = [
    "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron getroffen.",
    "Die beiden Politiker sprachen über die Lage in der Ukraine und über neue Hilfen.",
    "In Hamburg demonstrierten am Abend mehrere tausend Menschen gegen steigende Mieten.",
    "Die Polizei sprach von einem friedlichen Verlauf.",
]


def article(i: int, sentences: int = 4) -> str:
    body = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(sentences))
    return f"Meldung {i}\n\n{body} Dies ist Meldung Nummer {i}.\n"


HTML = (
    "<html><head><title>Gipfel in Brüssel</title><meta name='date' content='2024-06-01'></head><body>"
    "<article><h1>Gipfel in Brüssel</h1><p>Die Staats- und Regierungschefs der EU haben sich am Samstag "
    "in Brüssel auf ein neues Hilfspaket geeinigt. Der Beschluss fiel nach langen Verhandlungen.</p>"
    "<p>Mehrere Regierungen hatten zuvor Bedenken geäußert, stimmten am Ende aber zu.</p></article></body></html>"
)


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        page = HTML.replace("Samstag", "Sonntag")  # not the text of page.html, so not a duplicate
        for n, (ctype, body) in enumerate([("text/html; charset=utf-8", page), ("image/png", "PNG")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://example.org/{n}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i in range(3):
        (root / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    (root / "sub" / "page.html").write_text(HTML, encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "title": "Eins", "date": "2024-01-02", "text": article(10)}),
        "{kaputt",
        json.dumps({"title": "Zwei", "text": article(11)}),
    ]
    (root / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (root / "dup.jsonl").write_text(json.dumps({"text": article(0).split("\n\n", 1)[1]}) + "\n", encoding="utf-8")
    (root / "doc.tml").write_text(
        '<TimeML><DOCID>t1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2023-05-04">4. Mai</TIMEX3></DCT>'
        "<TEXT>Der Minister besuchte gestern Paris.</TEXT></TimeML>",
        encoding="utf-8",
    )
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "notes.md").write_text("ignored: unknown type inside a folder", encoding="utf-8")
    (root / ".hidden.txt").write_text(article(99), encoding="utf-8")
    write_warc(root / "crawl.warc.gz")
    return root


def test_walk_and_read_every_format(corpus: Path) -> None:
    files = [Path(str(p)).name for p in walk([str(corpus)])]
    expected = ["a0.txt", "a1.txt", "a2.txt", "crawl.warc.gz", "doc.tml", "dup.jsonl", "empty.txt", "feed.jsonl.gz"]
    assert files == [*expected, "page.html"]
    items = list(iter_items([str(corpus)]))
    errors = [str(i) for i in items if isinstance(i, Exception)]
    articles = [i for i in items if not isinstance(i, Exception)]
    assert len(articles) == 9  # 3 txt + warc html + tml + dup + 2 jsonl.gz lines + html
    assert any("empty input" in e for e in errors) and any("feed.jsonl.gz:2: invalid JSON" in e for e in errors)
    warc = next(a for a in articles if a.source == "https://example.org/0")
    assert "Hilfspaket" in warc.text
    tml = next(a for a in articles if a.title == "t1")
    assert tml.published is not None and tml.published.isoformat() == "2023-05-04"
    feed = [a for a in articles if a.source and "feed.jsonl.gz" in a.source]
    assert [a.source.rsplit(":", 1)[1] for a in feed] == ["1", "3"]


def test_ingest_is_idempotent_and_records_errors(corpus: Path, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    first = ingest([str(corpus)], store)
    # 9 articles, of which dup.jsonl repeats a0.txt's text: 8 documents
    assert (first.stored, first.skipped, first.failed) == (8, 1, 2)
    assert store.count_documents() == 8
    assert {e["source"] for e in store.errors(first.run_id)} == {
        str(corpus / "empty.txt"),
        f"{corpus / 'feed.jsonl.gz'}:2",
    }
    assert first.words > 0 and first.seconds > 0
    second = ingest([str(corpus)], store)
    assert (second.stored, second.skipped, second.failed) == (0, 9, 2)
    assert store.count_documents() == 8
    doc = store.get_document(text_id(article(10)))
    assert doc is not None and doc.title == "Eins" and doc.published.isoformat() == "2024-01-02"
    assert doc.id == "j1" and doc.sentences and doc.text == article(10)
    assert store.get_document("j1") == doc


def test_missing_input_is_an_error_not_a_crash(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    result = ingest([str(tmp_path / "nope"), str(tmp_path / "x.pdf")], store)
    assert result.stored == 0 and result.failed == 2
    assert "no such file" in result.errors[0][1]


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


@pytest.mark.slow
def test_resume_after_kill_9(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    n = 40
    for i in range(n):
        (folder / f"m{i:03d}.txt").write_text(article(i, sentences=12), encoding="utf-8")
    db = tmp_path / "k.db"
    cmd = [str(CHRONIK), "ingest", str(folder), "--db", f"sqlite:///{db}", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    killed_at = None
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _count(db)
        if stored >= 8:  # well into the run, with documents committed and more to come
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = stored
            break
        time.sleep(0.02)
    proc.wait(timeout=30)
    assert killed_at is not None and proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    partial = _count(db)
    assert 8 <= partial < n
    rerun = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {partial}" in rerun.stderr and f"stored {n - partial}" in rerun.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT content_hash, count(*) FROM documents GROUP BY content_hash").fetchall()
        fts = conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Meldung'").fetchone()[0]
    expected = {text_id(article(i, sentences=12).split("\n\n", 1)[1]) for i in range(n)}
    assert {h for h, _ in rows} == expected
    assert all(c == 1 for _, c in rows)
    assert fts == n  # the full-text index matches the documents one to one


@pytest.mark.slow
def test_dask_local_cluster_two_workers(tmp_path: Path) -> None:
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(6):
        (folder / f"d{i}.txt").write_text(article(i), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'd.db'}")
    result = ingest([str(folder)], store, workers=2)
    assert (result.stored, result.failed) == (6, 0)
    assert len(result.worker_peak_rss) == 2 and all(v > 50e6 for v in result.worker_peak_rss.values())
    again = ingest([str(folder)], store, workers=2)
    assert (again.stored, again.skipped) == (0, 6)
    assert store.count_documents() == 6
    # an existing cluster, by scheduler address (as `--scheduler tcp://host:port`)
    from distributed import LocalCluster

    (folder / "d6.txt").write_text(article(6), encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=":0") as cluster:
        third = ingest([str(folder)], store, scheduler=cluster.scheduler_address)
    assert (third.stored, third.skipped) == (1, 6)


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_into_either_database(backend: str, tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    for i in range(2):
        (folder / f"p{i}.txt").write_text(article(i), encoding="utf-8")
    for store in open_store(backend, tmp_path):
        assert ingest([str(folder)], store).stored == 2
        assert ingest([str(folder)], store).skipped == 2
        assert store.count_documents() == 2
        assert store.search("Meldung Nummer")[0]["title"].startswith("Meldung")


def test_urls_and_url_lists(tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_text(HTML, encoding="utf-8")
    (site / "b.html").write_text(HTML.replace("Samstag", "Freitag"), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        listing = tmp_path / "feeds.urls"
        listing.write_text(f"# two pages and a broken link\n{base}/b.html\n{base}/missing.html\nftp://x\n")
        store = Store(f"sqlite:///{tmp_path / 'u.db'}")
        result = ingest([f"{base}/a.html", str(listing)], store)
    finally:
        server.shutdown()
    assert (result.stored, result.failed) == (2, 2)
    messages = " ".join(m for _, m in result.errors)
    assert "404" in messages and "not an http(s) URL" in messages
    assert {d["source"] for d in store.list_documents()} == {f"{base}/a.html", f"{base}/b.html"}


def test_refused_document_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "short.txt").write_text("Kurz.\n", encoding="utf-8")
    (folder / "long.txt").write_text(article(1), encoding="utf-8")
    (folder / "zshort.txt").write_text("Auch kurz.\n", encoding="utf-8")
    db = tmp_path / "r.db"
    env = {**os.environ, "CHRONIK_MAX_CHARS": "100"}
    run = subprocess.run(
        [str(CHRONIK), "ingest", str(folder), "--db", str(db), "-q"], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert "stored 2" in run.stderr and "failed 1" in run.stderr
    store = Store(f"sqlite:///{db}")
    [error] = store.errors()
    assert error["source"] == str(folder / "long.txt") and "over the limit of 100" in error["message"]


def test_a_long_article_is_stored_in_parts_like_the_one_document(tmp_path: Path, monkeypatch) -> None:
    import chronik
    from chronik import analysis, chunks
    from chronik.ingest import runner

    text = "\n\n".join(article(i) for i in range(8))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(analysis, "MAX_CHUNK_CHARS", 600)
    payloads = runner.analyze_batch([{"text": text}])
    assert isinstance(payloads[0][1], chunks.Parts)  # the worker sends compressed parts
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    result = ingest([str(tmp_path / "long.txt")], store)
    assert (result.stored, result.failed) == (1, 0)
    [read] = read_path(tmp_path / "long.txt")
    assert len(read.text) > 4 * 600
    expected = next(chronik.analyze_articles([read]))
    assert store.get_document(expected.id) == expected


def test_inputs_beyond_the_hold_limit_are_read_again_when_analysed(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from chronik.ingest import runner

    monkeypatch.setattr(runner, "HOLD_CHARS", 0)  # keep no text from the first pass
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    jobs = runner.collect([str(corpus)], store, runner.IngestResult("probe"))
    assert len(jobs) == 8 and all(j.article is None for j in jobs)
    first = ingest([str(corpus)], store)
    assert (first.stored, first.skipped, first.failed) == (8, 1, 2)
    assert store.get_document("j1").text == article(10)


def test_a_file_changed_during_the_run_is_an_error(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from chronik.ingest import runner

    monkeypatch.setattr(runner, "HOLD_CHARS", 0)
    collect = runner.collect

    def collect_then_change(*args, **kwargs):
        jobs = collect(*args, **kwargs)
        (corpus / "a1.txt").write_text(article(42), encoding="utf-8")
        return jobs

    monkeypatch.setattr(runner, "collect", collect_then_change)
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    result = ingest([str(corpus)], store)
    assert (result.stored, result.failed) == (7, 3)
    assert any("a1.txt: changed while ingesting" in m for _, m in result.errors)
