"""Shared fixtures: the bundled examples, analysed once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.eval import data_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.jsonl"))


def needs_data(*parts: str) -> pytest.MarkDecorator:
    """Skip a test when a gold set under $CHRONIK_DATA (default ../shared/data) is absent."""
    path = data_dir().joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"gold data not found: {path} (set CHRONIK_DATA)")


@pytest.fixture(scope="session")
def example_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]


@pytest.fixture(scope="session")
def example_documents(example_records):
    from chronik import Article, analyze_articles

    articles = [
        Article(
            text=r["text"],
            title=r["title"],
            published=r["date"] and __import__("datetime").date.fromisoformat(r["date"]),
            source=r["url"],
            id=r["id"],
        )
        for r in example_records
    ]
    return list(analyze_articles(articles))
