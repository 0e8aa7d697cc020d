"""Ingest under faults: kill -9 at random moments, resume, and check nothing was lost or doubled;
then the same with a full disk.

    python fuzz/fault_injection.py [--runs 20] [--docs 1000] [--seed 7]

Each run starts `chronik ingest` on a folder of generated articles, kills it with SIGKILL after
a random delay, and starts again; a final uninterrupted run completes the ingest. Then the
database must hold every document exactly once and pass SQLite's integrity and foreign-key checks,
and every stored offset must lie inside its text. Prints one summary line per phase; exit 1 on a
lost or doubled document or a corrupt database.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronik.document import text_id

CITIES = ["Berlin", "Paris", "Rom", "Wien", "Madrid", "Warschau", "Prag", "Kiew", "Ankara", "Peking"]
PEOPLE = ["Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Donald Tusk", "Recep Tayyip Erdoğan"]


def make_articles(folder: Path, n: int, rng: random.Random) -> set[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = set()
    for i in range(n):
        a, b = rng.sample(PEOPLE, 2)
        city = rng.choice(CITIES)
        text = (
            f"{a} traf am Dienstag in {city} mit {b} zusammen. Beide unterzeichneten ein Abkommen über "
            f"{rng.randint(2, 900)} Millionen Euro. „Das ist ein guter Tag“, sagte {a.split()[-1]}. "
            f"Rund {rng.randint(100, 20000)} Polizisten waren im Einsatz. Meldung Nummer {i}.\n"
        )
        (folder / f"article-{i:05d}.txt").write_text(f"Treffen in {city}\n\n{text}", encoding="utf-8")
        ids.add(text_id(text))
    return ids


def ingest_cmd(folder: Path, db: Path) -> list[str]:
    chronik = Path(sys.executable).with_name("chronik")
    return [str(chronik), "ingest", str(folder), "--db", f"sqlite:///{db}", "--quiet"]


def check_db(db: Path, expected: set[str]) -> tuple[int, int, list[str]]:
    """(lost, doubled, problems) for the documents table of a chronik SQLite database."""
    con = sqlite3.connect(db)
    try:
        problems = []
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {len(fk)} violations")
        rows = con.execute("SELECT id FROM documents").fetchall()
    finally:
        con.close()
    stored = [r[0] for r in rows]
    lost = len(expected - set(stored))
    doubled = len(stored) - len(set(stored))
    return lost, doubled, problems


def check_offsets(db: Path) -> int:
    """Number of stored spans that fall outside their document's text."""
    from chronik.store import Store

    bad = 0
    with Store(f"sqlite:///{db}") as store:
        for doc in store.iter_documents():
            n = len(doc.text)
            spans = [tuple(s) for s in doc.sentences]
            spans += [tuple(m) for e in doc.entities for m in e.mentions]
            spans += [(t.start, t.end) for t in doc.timexes] + [(q.start, q.end) for q in doc.quantities]
            spans += [(q.start, q.end) for q in doc.quotes] + [tuple(ev.trigger) for ev in doc.events]
            bad += sum(1 for s, e in spans if not 0 <= s <= e <= n)
    return bad


def stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # not created yet, or locked for a moment: treat as unknown
        return 0


def kill_runs(folder: Path, db: Path, runs: int, total: int, rng: random.Random) -> int:
    """Each run is killed at a random point *during* the ingest: after a random number of further
    documents were stored (polled read-only), or at a random moment in the first 60 s if slower."""
    killed = 0
    per_run = max(1, total // (runs + 1))
    for _ in range(runs):
        start_count = stored_count(db)
        target = start_count + rng.randint(1, per_run)
        deadline = time.monotonic() + rng.uniform(5.0, 60.0)
        proc = subprocess.Popen(ingest_cmd(folder, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None and stored_count(db) < target and time.monotonic() < deadline:
            time.sleep(0.1)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait()
    return killed


def disk_full(workdir: Path, rng: random.Random) -> str:
    """Ingest into a 3 MB tmpfs: the run must fail cleanly and leave a database that opens and checks."""
    mount = workdir / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True).returncode:
        return "disk-full: skipped (cannot mount a size-limited tmpfs here; needs root and mount rights)"
    try:
        folder = workdir / "disk-full-articles"
        expected = make_articles(folder, 600, rng)
        db = mount / "chronik.db"
        result = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True, timeout=3600)
        tail = (result.stderr.strip().splitlines() or [""])[-1][:160]
        lost, doubled, problems = check_db(db, expected)
        stored = len(expected) - lost
        ok = doubled == 0 and not problems
        return (
            f"disk-full: exit {result.returncode}, stored {stored}/{len(expected)} before the disk filled, "
            f"doubled {doubled}, integrity {'ok' if ok else problems}; last message: {tail!r}"
        )
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder, db = work / "articles", work / "chronik.db"
        expected = make_articles(folder, args.docs, rng)
        killed = kill_runs(folder, db, args.runs, len(expected), rng)
        partial = stored_count(db)
        subprocess.run(ingest_cmd(folder, db), check=True, stdout=subprocess.DEVNULL)
        lost, doubled, problems = check_db(db, expected)
        bad_offsets = check_offsets(db)
        print(
            f"kill -9: {args.runs} runs, {killed} killed mid-ingest, {partial}/{len(expected)} stored before the "
            f"final run; after resume: lost {lost}, doubled {doubled}, offsets outside text {bad_offsets}, "
            f"integrity {problems or 'ok'}"
        )
        print(disk_full(work, rng))
        return 0 if lost == doubled == bad_offsets == 0 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
