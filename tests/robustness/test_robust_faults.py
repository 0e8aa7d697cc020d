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
