"""Ingest under kill -9 (the short CI version of `make fuzz`'s 20-run fault injection)."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))
import fault_injection

CHRONIK = shutil.which("chronik", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(CHRONIK is None, reason="chronik console script not installed")


def test_killed_ingests_resume_without_loss_or_doubles(tmp_path):
    rng = random.Random(3)
    folder, db = tmp_path / "articles", tmp_path / "chronik.db"
    expected = fault_injection.make_articles(folder, 40, rng)
    killed = fault_injection.kill_runs(folder, db, runs=3, total=len(expected), rng=rng)
    assert killed >= 1
    fault_injection.subprocess.run(fault_injection.ingest_cmd(folder, db), check=True, capture_output=True)
    lost, doubled, problems = fault_injection.check_db(db, expected)
    assert (lost, doubled, problems) == (0, 0, [])
    assert fault_injection.check_offsets(db) == 0


def test_full_disk_is_a_clean_error_and_the_database_stays_sound(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    mounted = fault_injection.subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a size-limited tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        folder, db = tmp_path / "articles", mount / "chronik.db"
        expected = fault_injection.make_articles(folder, 120, random.Random(5))
        run = fault_injection.subprocess.run(
            fault_injection.ingest_cmd(folder, db), capture_output=True, text=True, timeout=600
        )
        assert run.returncode == 1
        assert "writing to the database failed" in run.stderr and "Traceback" not in run.stderr
        lost, doubled, problems = fault_injection.check_db(db, expected)
        assert doubled == 0 and problems == [] and lost > 0
    finally:
        fault_injection.subprocess.run(["umount", str(mount)], capture_output=True)
