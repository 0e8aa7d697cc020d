"""Replays every input that once crashed a fuzz target: now it reads cleanly or is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.ingest.readers import ReaderError, read_bytes

CASES = sorted(
    p for p in (Path(__file__).resolve().parents[1] / "data" / "fuzz-regressions").iterdir() if p.suffix != ".md"
)


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_former_crash_is_handled(path: Path) -> None:
    try:
        articles = list(read_bytes(path.read_bytes(), path.name))
    except ReaderError as exc:
        assert path.name in str(exc) or "WARC" in str(exc)
    else:
        assert all(a.text.strip() for a in articles)
