"""The numpy floret path (tenth session, speed): hashes and vectors bit-for-bit as spaCy's own."""

from __future__ import annotations

import random

import numpy
import pytest
from spacy.strings import StringStore
from spacy.vectors import Vectors

from chronik.pipeline import CachedFloretVectors, _ngram_bytes, murmurhash3_x64_128

ALPHABET = "abcXYZäöüßé€😀 -<>0"


def _strings(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = ["", "a", "x" * 15, "x" * 16, "x" * 17, "y" * 31, "y" * 32, "y" * 33, "ü" * 8, "😀" * 4, "z" * 70]
    out += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]
    return out


@pytest.mark.parametrize("seed", [0, 1234567])
def test_murmurhash_matches_spacy(seed: int) -> None:
    table = Vectors(data=numpy.zeros((10, 3), dtype="float32"), mode="floret", hash_count=4, hash_seed=seed)
    strings = _strings(800)
    h1, h2 = murmurhash3_x64_128([s.encode("utf8") for s in strings], seed)
    for text, a, b in zip(strings, h1.tolist(), h2.tolist(), strict=True):
        assert [a & 0xFFFFFFFF, a >> 32, b & 0xFFFFFFFF, b >> 32] == table._get_ngram_hashes(text), text


def _tables(hash_count: int) -> tuple[Vectors, CachedFloretVectors, list[str]]:
    rng = numpy.random.default_rng(3)
    data = rng.standard_normal((5000, 20)).astype("float32")
    words = sorted({w for w in _strings(300, seed=hash_count) if w})
    plain = Vectors(
        strings=StringStore(words), data=data, mode="floret", minn=3, maxn=6, hash_count=hash_count, hash_seed=11
    )
    return plain, CachedFloretVectors.like(plain, capacity=1000), words


@pytest.mark.parametrize("hash_count", [1, 2, 3, 4])
def test_cached_floret_vectors_are_spacys(hash_count: int) -> None:
    plain, cached, words = _tables(hash_count)
    batch = words[:150] + words[:20]  # more than one chunk of 64 words, and repeats
    assert cached.get_batch(batch).tobytes() == plain.get_batch(batch).tobytes()
    later = words[100:] + words[:5]  # half of it cached already
    assert cached.get_batch(later).tobytes() == plain.get_batch(later).tobytes()
    keys = numpy.asarray([plain.strings[w] for w in words[::-1]], dtype=numpy.uint64)  # the NER passes hashes
    assert cached.get_batch(keys).tobytes() == plain.get_batch(keys).tobytes()


def test_floret_batch_without_the_cache_in_front() -> None:
    plain, cached, words = _tables(2)
    one = words[:1]
    assert cached._floret_batch(one).tobytes() == plain.get_batch(one).tobytes()
    assert cached._floret_batch(words).tobytes() == plain.get_batch(words).tobytes()


@pytest.mark.parametrize(("minn", "maxn"), [(3, 6), (1, 1), (2, 7), (5, 5)])
def test_ngram_bytes_are_spacys_ngrams(minn: int, maxn: int) -> None:
    table = Vectors(data=numpy.zeros((10, 3), dtype="float32"), mode="floret", minn=minn, maxn=maxn)
    words = ["<" + w + ">" for w in _strings(300, seed=minn)]
    encoded = [w.encode("utf8") for w in words]
    found = _ngram_bytes(words, encoded, minn, maxn)
    assert found is not None
    starts, sizes, counts, flat = found
    grams = [bytes(flat[a : a + b]).decode("utf8") for a, b in zip(starts.tolist(), sizes.tolist(), strict=True)]
    at = 0
    for word, count in zip(words, counts.tolist(), strict=True):
        assert grams[at : at + count] == table._get_ngrams(word[1:-1])[1:], word
        at += count
    assert at == len(grams)


def test_an_empty_word_goes_to_spacy() -> None:
    plain, cached, words = _tables(2)
    batch = ["", *words[:3]]
    assert cached._floret_batch(batch).tobytes() == plain.get_batch(batch).tobytes()
