"""The NER's floret vectors are cached per word; the cache must give spaCy's own values, always."""

from __future__ import annotations

import numpy
import pytest
from spacy.strings import StringStore
from spacy.vectors import Vectors

from chronik.pipeline import CachedFloretVectors


def floret_vectors() -> Vectors:
    data = numpy.random.default_rng(7).random((200, 8), dtype=numpy.float32)
    return Vectors(strings=StringStore(), data=data, mode="floret", minn=3, maxn=5, hash_count=2)


def keys(vectors: Vectors, words: list[str]) -> list[int]:
    return [vectors.strings.add(w) for w in words]


def test_cached_rows_equal_spacys_rows_across_growth_and_restart() -> None:
    plain = floret_vectors()
    cached = CachedFloretVectors.like(plain, capacity=6)
    batches = [
        ["Regierung", "Berlin", "Regierung"],
        ["Berlin", "Kanzler", "traf", "Macron", "in", "Paris"],  # fills the cache past its capacity: restart
        ["Paris", "Paris", "Gipfel"],
        [f"Wort{i}" for i in range(10)],  # one batch larger than the capacity
        ["Regierung"],
    ]
    for words in batches:
        expected = plain.get_batch(keys(plain, words))
        got = cached.get_batch(keys(cached, words))
        numpy.testing.assert_array_equal(got, expected)


def test_the_shipped_pipeline_uses_the_cache() -> None:
    import chronik

    nlp = chronik.load("de")
    if nlp.vocab.vectors.mode != "floret":
        pytest.skip("the installed model has no floret vectors to cache")
    assert isinstance(nlp.vocab.vectors, CachedFloretVectors)


def test_token_hashes_as_an_array_give_spacys_rows() -> None:
    # the NER passes one uint64 hash per token; those rows are cached by hash, with the same values
    plain = floret_vectors()
    cached = CachedFloretVectors.like(plain, capacity=6)
    batches = [
        ["Regierung", "Berlin", "Regierung"],
        ["Berlin", "Kanzler", "traf", "Macron", "in", "Paris"],  # past the capacity: restart
        ["Paris", "", "Gipfel"],  # the empty string (hash 0) is left to spaCy
        [f"Wort{i}" for i in range(10)],
    ]
    for words in batches:
        expected = plain.get_batch(keys(plain, words))
        got = cached.get_batch(numpy.asarray(keys(cached, words), dtype=numpy.uint64))
        numpy.testing.assert_array_equal(got, expected)
