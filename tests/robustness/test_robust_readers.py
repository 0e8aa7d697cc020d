"""Hostile files: every reader gives articles or one clear ReaderError — never a crash or a hang."""

from __future__ import annotations

import time

import pytest

from chronik.ingest.readers import ReaderError, read_bytes, reader_for
from tests.robustness.hostile import corpus

CORPUS = corpus(big_mb=2)


def read_all(name: str, data: bytes) -> tuple[list, ReaderError | None]:
    articles = []
    try:
        for article in read_bytes(data, name):
            articles.append(article)
    except ReaderError as exc:
        return articles, exc
    return articles, None


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_is_read_or_refused_clearly(name):
    try:
        reader_for(name)
    except ReaderError:
        pytest.skip(f"no reader registered for {name} yet")
    data, expected = CORPUS[name]
    start = time.monotonic()
    articles, error = read_all(name, data)
    assert time.monotonic() - start < 30
    if expected == "error":
        assert error is not None and not articles
        assert name in str(error) and "\n" not in str(error)
    elif expected == "ok":
        assert error is None and articles and all(a.text.strip() for a in articles)
    elif expected == "partial":
        assert len(articles) == 1 and error is not None and ":2:" in str(error)
    else:
        assert error is not None or all(a.text.strip() for a in articles)
    for article in articles:
        assert "\x00" not in article.text


def test_utf16_with_bom_is_decoded():
    articles, error = read_all("utf16-bom.txt", CORPUS["utf16-bom.txt"][0])
    assert error is None and articles[0].text.startswith("Die Bundeskanzlerin")


def test_script_flood_html_gives_the_article_not_the_scripts():
    articles, error = read_all("script-flood.html", CORPUS["script-flood.html"][0])
    assert error is None
    assert "alert(1)" not in articles[0].text and "Bundeskanzlerin" in articles[0].text
