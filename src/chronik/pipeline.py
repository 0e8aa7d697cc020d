"""Builds the spaCy pipeline for a language.

Order: tokenizer → sentence rules → the trained model's pipes (if a model ships for the
language) → chronik's own components, each added only if its module exists, so a language
can grow capability by capability.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import warnings
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.ml.featureextractor import forward as spacy_extract_forward
from spacy.tokens import Doc
from spacy.vectors import Mode, Vectors
from thinc.api import Model, NumpyOps
from thinc.backends import get_array_ops
from thinc.layers import layernorm as thinc_layernorm
from thinc.layers import maxout as thinc_maxout
from thinc.layers.chain import forward as chain_forward

from chronik import name_features  # noqa: F401  (registers the NER's lexicon-feature layer before spacy.load)
from chronik import text as text_basics

# chronik component modules, in pipeline order. Each module registers a factory
# named "chronik_<name>" and sets Doc._.<field> (see `register_extensions`).
COMPONENTS: tuple[str, ...] = ("timex", "quantities", "entities", "geo", "quotes", "events")

DOC_FIELDS: tuple[str, ...] = ("entities", "timexes", "quantities", "quotes", "events")


def register_extensions() -> None:
    """Doc extensions components write to; ``published`` is the anchor for relative dates."""
    for name in DOC_FIELDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("published", "title", "warnings", "name_mentions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def models_dir() -> Path:
    env = os.environ.get("CHRONIK_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


def model_path(lang: str) -> Path | None:
    path = models_dir() / lang
    return path if (path / "config.cfg").exists() else None


def available_components() -> list[str]:
    return [n for n in COMPONENTS if importlib.util.find_spec(f"chronik.components.{n}") is not None]


class CachedFloretVectors(Vectors):
    """floret subword vectors that remember each word's vector once computed.

    spaCy computes a floret vector afresh for every distinct word of every batch: up to 2 × 19 character n-grams
    hashed with MurmurHash, then the mean of their rows. That was about 9 % of the whole pipeline's time (the NER's
    static vectors), though the same few thousand words recur in every batch. Here each word's row is computed by
    spaCy's own ``get_batch`` the first time and then copied, so the values are bit-for-bit the same (the mean of
    one word's rows does not depend on the other words of the batch). At most ``capacity`` words are kept
    (100 floats each, 20 MB for 50,000; the table grows as words come); when full the cache starts over.
    """

    def __init__(self, *args, capacity: int = 50_000, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.capacity = capacity
        self._rows: dict[str | int, int] = {}  # by word, or by its hash (the NER passes hashes)
        self._table: numpy.ndarray | None = None

    @classmethod
    def like(cls, vectors: Vectors, capacity: int = 50_000) -> CachedFloretVectors:
        return cls(
            strings=vectors.strings, data=vectors.data, name=vectors.name, mode=vectors.mode,
            minn=vectors.minn, maxn=vectors.maxn, hash_count=vectors.hash_count, hash_seed=vectors.hash_seed,
            bow=vectors.bow, eow=vectors.eow, attr=vectors.attr, capacity=capacity,
        )  # fmt: skip

    def get_batch(self, keys):  # type: ignore[no-untyped-def]
        if self.mode != Mode.floret or not isinstance(self.data, numpy.ndarray):
            return super().get_batch(keys)
        if isinstance(keys, numpy.ndarray) and keys.dtype == numpy.uint64:
            # the NER's keys: one hash per token; rows are found by hash, strings looked up for new words only
            words = keys.tolist()
            if not words or 0 in words:  # 0 is the hash of "": spaCy special-cases empty strings
                return super().get_batch(keys)
        else:
            as_string = self.strings.as_string
            words = [as_string(key) for key in keys]
            if not words or "" in words:  # spaCy special-cases empty strings; leave those batches to it
                return super().get_batch(keys)
        rows = self._rows
        missing = list(dict.fromkeys(w for w in words if w not in rows))
        if len(rows) + len(missing) > self.capacity:
            rows.clear()
            missing = list(dict.fromkeys(words))
        needed = len(rows) + len(missing)
        if self._table is None or needed > len(self._table):
            # grow by doubling, so a process that sees few distinct words holds a small table
            size = max(needed, min(self.capacity, 2 * len(self._table) if self._table is not None else 4096))
            table = numpy.empty((size, self.data.shape[1]), dtype=self.data.dtype)
            if self._table is not None and rows:
                table[: len(rows)] = self._table[: len(rows)]
            self._table = table
        if missing:
            first = len(rows)
            self._table[first : first + len(missing)] = self._floret_batch(missing)
            for i, word in enumerate(missing, first):
                rows[word] = i
        return self._table[[rows[w] for w in words]]

    def _floret_batch(self, keys: list) -> numpy.ndarray:  # type: ignore[type-arg]
        """spaCy's floret ``get_batch`` for distinct keys, in numpy: each word's n-grams are found as byte ranges of
        the words' joined UTF-8 text (:func:`_ngram_bytes`, in ``_get_ngrams``' order) and all of them hashed at once
        (:func:`murmurhash3_x64_128`) instead of one string and one MurmurHash call per n-gram (~450,000 for the
        ~13,000 new words of 300 Wikinews articles: 0.37 → 0.25 s). Same rows in the same order, averaged by the same
        ``reduce_mean``: the same floats. An empty word, a text that does not encode, or unusual settings go to
        spaCy."""
        texts = [key if isinstance(key, str) else self.strings.as_string(key) for key in keys]
        if not texts or not all(texts) or not 1 <= self.hash_count <= 4:
            return super().get_batch(keys)
        padded = [self.bow + text + self.eow for text in texts]
        try:
            encoded = [word.encode("utf8") for word in padded]
        except UnicodeEncodeError:
            return super().get_batch(keys)
        grams = _ngram_bytes(padded, encoded, self.minn, self.maxn)
        if grams is None:
            return super().get_batch(keys)
        starts, sizes, counts, flat = grams  # each word's n-grams after the word itself, spaCy's order
        # the whole word first, then its n-grams: positions of each in the word's run of rows
        first = numpy.cumsum(counts + 1) - counts - 1
        h1 = numpy.empty(len(starts) + len(keys), dtype=numpy.uint64)
        h2 = numpy.empty_like(h1)
        h1[first], h2[first] = murmurhash3_x64_128(encoded, self.hash_seed)
        rest = numpy.ones(len(h1), dtype=bool)
        rest[first] = False
        # every n-gram as a 32-byte row (floret's n ≤ 6 characters, ≤ 24 bytes): a window on the padded text
        text = numpy.concatenate((flat, numpy.zeros(32, dtype=numpy.uint8)))
        gram_bytes = numpy.lib.stride_tricks.sliding_window_view(text, 32)[starts]
        gram_bytes[numpy.arange(32) >= sizes[:, None]] = 0
        h1[rest], h2[rest] = _murmur_rows(gram_bytes.view("<u8"), sizes, self.hash_seed)
        counts = counts + 1
        mask = numpy.uint64(0xFFFFFFFF)
        rows = numpy.stack((h1 & mask, h1 >> numpy.uint64(32), h2 & mask, h2 >> numpy.uint64(32)), axis=1)
        indices = (rows[:, : self.hash_count] % numpy.uint64(self.data.shape[0])).astype("int32").ravel()
        lengths = (counts * self.hash_count).astype("int32")
        ops = get_array_ops(self.data)
        # the rows of 64 words at a time (~2 MB, not ~20 MB per batch): each word's mean is computed alone either way
        ends = numpy.cumsum(lengths).tolist()
        means = [
            ops.reduce_mean(
                self.data[indices[ends[k - 1] if k else 0 : ends[min(k + 64, len(ends)) - 1]]], lengths[k : k + 64]
            )
            for k in range(0, len(ends), 64)
        ]
        return ops.as_contig(numpy.concatenate(means) if len(means) != 1 else means[0])


_C1, _C2 = numpy.uint64(0x87C37B91114253D5), numpy.uint64(0x4CF5AD432745937F)


def _rotl(x: numpy.ndarray, r: int) -> numpy.ndarray:  # type: ignore[type-arg]
    return (x << numpy.uint64(r)) | (x >> numpy.uint64(64 - r))


def _fmix64(k: numpy.ndarray) -> numpy.ndarray:  # type: ignore[type-arg]
    k = k ^ (k >> numpy.uint64(33))
    k = k * numpy.uint64(0xFF51AFD7ED558CCD)
    k = k ^ (k >> numpy.uint64(33))
    k = k * numpy.uint64(0xC4CEB9FE1A85EC53)
    return k ^ (k >> numpy.uint64(33))


def murmurhash3_x64_128(data: list[bytes], seed: int) -> tuple[numpy.ndarray, numpy.ndarray]:  # type: ignore[type-arg]
    """MurmurHash3_x64_128 (Austin Appleby's reference, as spaCy's floret vectors call it) of each byte string, in
    numpy: the two 64-bit halves as two uint64 arrays. The strings are zero-padded to one 16-byte block more than
    the longest has (so keep long and short strings in separate calls); a block or tail word of zeros past a
    string's end is skipped, exactly as the reference does."""
    n = len(data)
    lengths = numpy.fromiter(map(len, data), dtype=numpy.int64, count=n)
    width = 16 * (int(lengths.max()) // 16 + 1) if n else 16
    return _murmur_rows(numpy.array(data, dtype=f"S{width}").view("<u8").reshape((n, width // 8)), lengths, seed)


def _murmur_rows(words, lengths, seed: int):  # type: ignore[no-untyped-def]
    """:func:`murmurhash3_x64_128` of strings given as rows of little-endian uint64 words, zero past each string's
    ``length`` and at least one 16-byte block longer than the longest string."""
    n, width = len(words), 8 * words.shape[1]
    blocks = lengths // 16
    h1 = numpy.full(n, seed & 0xFFFFFFFF, dtype=numpy.uint64)
    h2 = h1.copy()
    for block in range(width // 16 - 1):
        k1 = _rotl(words[:, 2 * block] * _C1, 31) * _C2
        k2 = _rotl(words[:, 2 * block + 1] * _C2, 33) * _C1
        n1 = (_rotl(h1 ^ k1, 27) + h2) * numpy.uint64(5) + numpy.uint64(0x52DCE729)
        n2 = (_rotl(h2 ^ k2, 31) + n1) * numpy.uint64(5) + numpy.uint64(0x38495AB5)
        whole = blocks > block
        h1 = numpy.where(whole, n1, h1)
        h2 = numpy.where(whole, n2, h2)
    row = numpy.arange(n)
    h1 ^= _rotl(words[row, 2 * blocks] * _C1, 31) * _C2
    h2 ^= _rotl(words[row, 2 * blocks + 1] * _C2, 33) * _C1
    size = lengths.astype(numpy.uint64)
    h1 ^= size
    h2 ^= size
    h1 += h2
    h2 += h1
    h1, h2 = _fmix64(h1), _fmix64(h2)
    h1 += h2
    h2 += h1
    return h1, h2


def _ngram_bytes(words: list[str], encoded: list[bytes], minn: int, maxn: int):  # type: ignore[no-untyped-def]
    """Where spaCy's floret n-grams of each (padded) word lie in the words' joined UTF-8 bytes: (start byte, byte
    length) of every n-gram of ``minn`` … ``maxn`` characters, per word by length then start as ``_get_ngrams`` lists
    them after the word itself, the number per word, and the joined bytes. None when an n-gram could exceed 31
    bytes (``maxn`` over 7) or the bytes do not split into the words' characters."""
    if maxn > 7 or minn < 1:
        return None
    chars = numpy.fromiter(map(len, words), dtype=numpy.int64, count=len(words))
    flat = numpy.frombuffer(b"".join(encoded), dtype=numpy.uint8)
    char_starts = numpy.flatnonzero((flat & 0xC0) != 0x80)  # UTF-8: every byte but a continuation byte
    if len(char_starts) != int(chars.sum()):
        return None
    ends = numpy.cumsum(numpy.fromiter(map(len, encoded), dtype=numpy.int64, count=len(encoded)))
    # each word's character offsets followed by its end offset, all words in a row
    base = numpy.cumsum(chars + 1) - chars - 1
    bounds = numpy.empty(len(char_starts) + len(words), dtype=numpy.int64)
    bounds[numpy.arange(len(char_starts)) + numpy.repeat(numpy.arange(len(words)), chars)] = char_starts
    bounds[base + chars] = ends
    per_n = [numpy.maximum(chars - n + 1, 0) for n in range(minn, maxn + 1)]
    counts = numpy.sum(per_n, axis=0) if per_n else numpy.zeros(len(words), dtype=numpy.int64)
    offset = numpy.cumsum(counts) - counts  # where each word's n-grams begin
    total = int(counts.sum())
    starts = numpy.empty(total, dtype=numpy.int64)
    sizes = numpy.empty(total, dtype=numpy.int64)
    done = numpy.zeros(len(words), dtype=numpy.int64)  # n-grams of shorter n already placed, per word
    for n, m in zip(range(minn, maxn + 1), per_n, strict=True):
        word = numpy.repeat(numpy.arange(len(words)), m)
        at = numpy.arange(len(word)) - numpy.repeat(numpy.cumsum(m) - m, m)  # start character within the word
        first = bounds[base[word] + at]
        place = offset[word] + done[word] + at
        starts[place] = first
        sizes[place] = bounds[base[word] + at + n] - first
        done += m
    return starts, sizes, counts, flat


def _cache_vectors(nlp: Language) -> None:
    vectors = nlp.vocab.vectors
    if type(vectors) is Vectors and vectors.mode == Mode.floret:
        nlp.vocab.vectors = CachedFloretVectors.like(vectors)


def _numpy_gemm(nlp: Language) -> None:
    """Matrix products of the trained pipes through numpy's BLAS (OpenBLAS) instead of thinc's bundled BLIS:
    thinc's own ``NumpyOps(use_blis=False)``. On one core the whole pipeline was ~6 % faster (300 Wikinews
    articles; OpenBLAS ~1.4× faster on the tok2vec shapes) and the output of all 1,371 Wikinews articles stayed
    byte-identical. ``CHRONIK_GEMM=blis`` keeps spaCy's default. Set ``OMP_NUM_THREADS``/``OPENBLAS_NUM_THREADS``
    to 1 where several analysing processes share a machine: OpenBLAS may otherwise start threads of its own."""
    if os.environ.get("CHRONIK_GEMM", "").lower() == "blis":
        return
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


def _maxout_predict(model: Model, X, is_train: bool):  # type: ignore[no-untyped-def]
    """thinc's Maxout forward for prediction, without the argmax indices only backprop reads: the best piece by
    ``numpy.maximum`` over strided views instead of thinc's per-element argmax loop (~0.4 vs ~2 ms for 3,300 × 96 × 3
    floats). The values are the same floats (a maximum is exact; ties keep an equal value); training
    (``is_train``) and anything but a float32 array go through thinc's own forward."""
    nP = model.get_dim("nP")
    if is_train or nP < 2 or not isinstance(X, numpy.ndarray) or X.dtype != numpy.float32:
        return thinc_maxout.forward(model, X, is_train)
    nO, nI = model.get_dim("nO"), model.get_dim("nI")
    Y = model.ops.gemm(X, model.ops.reshape2f(model.get_param("W"), nO * nP, nI), trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    Z = Y.reshape((Y.shape[0], nO, nP))
    best = numpy.maximum(Z[:, :, 0], Z[:, :, 1])
    for piece in range(2, nP):
        numpy.maximum(best, Z[:, :, piece], out=best)
    return best, _no_backprop


def _layernorm_predict(model: Model, X, is_train: bool):  # type: ignore[no-untyped-def]
    """thinc's LayerNorm forward for prediction with the same numpy operations in the same order, less two of them:
    the variance reuses the mean (``var(mean=...)``, which numpy computes exactly as ``mean``) and the result is
    scaled and shifted in place."""
    if is_train or not isinstance(X, numpy.ndarray) or X.ndim != 2:
        return thinc_layernorm.forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True, mean=mu) + 1e-08
    Y = X - mu
    Y *= var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def _no_backprop(dY):  # type: ignore[no-untyped-def]
    raise RuntimeError("chronik's prediction layers do not backpropagate; train with thinc's own layers")


def _prediction_layers(nlp: Language) -> None:
    """The trained pipes' Maxout and LayerNorm layers predict through :func:`_maxout_predict` and
    :func:`_layernorm_predict` (the two tok2vec encoders: ~0.5 s of ~9 s for 300 articles). ``CHRONIK_LAYERS=thinc``
    keeps thinc's own forward functions."""
    if os.environ.get("CHRONIK_LAYERS", "").lower() == "thinc":
        return
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if node._func is thinc_maxout.forward:
                    node._func = _maxout_predict
                elif node._func is thinc_layernorm.forward:
                    node._func = _layernorm_predict


class _EmbedCache:
    """The first layer of a trained tok2vec, remembered per token: its output (features → hash embeddings [+ static
    vectors] → maxout → layernorm) depends on nothing but the token's own attributes (the feature columns, plus
    ``ORTH`` when static vectors are mixed in), so each distinct attribute tuple is computed once and copied after.

    The rows are the same floats: a hash embedding is a gather-add per row, a layernorm reduces each row alone, and
    OpenBLAS computes a row of a matrix product the same way wherever it sits in a product of at least
    ``_MIN_ROWS`` rows (below ~13 rows it takes a small-matrix path). So new tuples are computed at least
    ``_MIN_ROWS`` at a time (padded with repeats), and a batch of fewer tokens, training, and anything but a list of
    ``Doc`` objects go through the layer's own forward. At most ``capacity`` tuples are kept (96 floats each,
    7.7 MB for 20,000; 300 Wikinews articles have ~14,000); when full the cache starts over. Like the spaCy
    pipeline it serves it is not thread-safe: one thread per Dask worker, a lock in the web app."""

    _MIN_ROWS = 64

    def __init__(  # type: ignore[no-untyped-def]
        self,
        embed: Model,
        extractor: Model,
        hashed: Model,
        static: Model | None,
        mix: Model,
        vectors,
        capacity: int = 20_000,
    ) -> None:
        self.forward = embed._func
        self.vectors = vectors
        columns = extractor.attrs["columns"]
        # spaCy's own extractor reads token attributes only, so one ``to_array`` serves; another one (the lexicon
        # features of ``chronik.name_features``) is asked for its columns
        self.extractor = None if extractor._func is spacy_extract_forward else extractor
        # static vectors are looked up by the vectors table's own attribute (ORTH), as spaCy's StaticVectors does
        self.static_columns = [getattr(vectors, "attr", ORTH)] if static is not None else []
        self.columns = list(columns) + self.static_columns
        self.n_hashed = len(columns) if self.extractor is None else None
        self.hashed, self.static, self.mix = hashed, static, mix
        self.capacity = capacity
        self._rows: dict[bytes, int] = {}  # by the token's attributes, as bytes
        self._table: numpy.ndarray | None = None

    def __call__(self, model: Model, docs, is_train: bool):  # type: ignore[no-untyped-def]
        if is_train or not docs or not all(isinstance(doc, Doc) for doc in docs):
            return self.forward(model, docs, is_train)
        lengths = [len(doc) for doc in docs]
        if sum(lengths) < self._MIN_ROWS:
            return self.forward(model, docs, is_train)
        keys = numpy.ascontiguousarray(numpy.concatenate(self._keys(docs)), dtype=numpy.uint64)
        # each token's attribute tuple as one fixed-width byte string: the distinct ones by numpy, not per token
        distinct, inverse = numpy.unique(keys.view(f"S{keys.itemsize * keys.shape[1]}").ravel(), return_inverse=True)
        names, rows = distinct.tolist(), self._rows
        found = [rows.get(name, -1) for name in names]
        new = [i for i, row in enumerate(found) if row < 0]
        if new and len(rows) + len(new) > self.capacity:
            rows.clear()
            new = list(range(len(names)))
        if new:
            self._add([names[i] for i in new], distinct[new].view(numpy.uint64).reshape((len(new), keys.shape[1])))
            found = [rows[name] for name in names]
        data = self._table[numpy.asarray(found, dtype=numpy.intp)[inverse]]  # type: ignore[index]
        return model.ops.unflatten(data, model.ops.asarray1i(lengths)), _no_backprop

    def _keys(self, docs: list[Doc]) -> list[numpy.ndarray]:  # type: ignore[type-arg]
        """Each token's feature columns (then ORTH when static vectors are mixed in), one array per doc."""
        if self.extractor is None:
            return [doc.to_array(self.columns).reshape((len(doc), len(self.columns))) for doc in docs]
        features = self.extractor.predict(docs)
        if not self.static_columns:
            return [numpy.asarray(f, dtype=numpy.uint64) for f in features]
        return [
            numpy.hstack([numpy.asarray(f, dtype=numpy.uint64), doc.to_array(self.static_columns).reshape((-1, 1))])
            for f, doc in zip(features, docs, strict=True)
        ]

    def _add(self, names: list[bytes], new: numpy.ndarray) -> None:
        ops = self.mix.ops
        if len(new) < self._MIN_ROWS:
            new = new[numpy.arange(self._MIN_ROWS) % len(new)]
        n_hashed = self.n_hashed if self.n_hashed is not None else new.shape[1] - len(self.static_columns)
        parts = [self.hashed.predict(numpy.ascontiguousarray(new[:, :n_hashed]))]
        if self.static is not None:
            vectors = ops.as_contig(self.vectors.get_batch(numpy.ascontiguousarray(new[:, -1])))
            parts.append(ops.gemm(vectors, ops.as_contig(self.static.get_param("W")), trans2=True))
        out = self.mix.predict(ops.xp.hstack(parts) if len(parts) > 1 else parts[0])[: len(names)]
        rows, first = self._rows, len(self._rows)
        needed = first + len(names)
        if self._table is None or needed > len(self._table):
            size = max(needed, min(self.capacity, 2 * len(self._table) if self._table is not None else 4096))
            table = numpy.empty((size, out.shape[1]), dtype=out.dtype)
            if self._table is not None and first:
                table[:first] = self._table[:first]
            self._table = table
        self._table[first:needed] = out
        for i, name in enumerate(names, first):
            rows[name] = i


def _embed_parts(embed: Model) -> tuple[Model, Model, Model | None, Model] | None:
    """(the feature extractor, the hash-embedding layer, the static-vectors layer or None, the mixing layer) of a
    tok2vec's first layer ``extract_features >> list2ragged >> with_array(hash embeddings) [| static_vectors] >>
    with_array(maxout >> layernorm >> dropout) >> ragged2list``, or None for any other shape."""
    layers, static = list(embed.layers), None
    if len(layers) == 3 and layers[0].name.endswith("|static_vectors") and len(layers[0].layers) == 2:
        front, static = layers[0].layers
        if static.name != "static_vectors":
            return None
        layers = list(front.layers) + layers[1:]
    names = [layer.name for layer in layers]
    if len(names) != 5 or names[:2] != ["extract_features", "list2ragged"] or names[4] != "ragged2list":
        return None
    if not names[2].startswith("with_array(") or not names[3].startswith("with_array(maxout>>layernorm"):
        return None
    if any(
        n.name not in ("hashembed", "ints-getitem") and not n.name.startswith(("ints-getitem>>", "with_array("))
        for n in layers[2].walk()
    ):
        return None
    return layers[0], layers[2], static, layers[3]


def _cache_embeddings(nlp: Language) -> None:
    """Each trained tok2vec's first layer through :class:`_EmbedCache`. ``CHRONIK_EMBED_CACHE=0`` turns it off."""
    if os.environ.get("CHRONIK_EMBED_CACHE", "1") == "0":
        return
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if not node.name.startswith("extract_features>>list2ragged") or node._func is not chain_forward:
                continue
            parts = _embed_parts(node)
            if parts is not None:
                node._func = _EmbedCache(node, *parts, nlp.vocab.vectors)


def build(lang: str = "de", *, with_model: bool = True, components: list[str] | None = None) -> Language:
    """Build a fresh pipeline. Use :func:`load` for the cached, shared one."""
    register_extensions()
    path = model_path(lang) if with_model else None
    if with_model and path is None:
        # a missing model must not pass silently: the rules still run, but names, syntax and so events, quotes and
        # actors fall far below the documented numbers (e.g. an installed copy without the repository's models/)
        warnings.warn(
            f"chronik: no trained '{lang}' model in {models_dir() / lang} (set CHRONIK_MODELS to the folder that "
            "holds it); running the rule components on a blank pipeline",
            RuntimeWarning,
            stacklevel=2,
        )
    nlp = spacy.load(path) if path is not None else spacy.blank(lang)
    _cache_vectors(nlp)
    _numpy_gemm(nlp)
    _prediction_layers(nlp)
    _cache_embeddings(nlp)
    text_basics.customize_tokenizer(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if first is not None:
        nlp.add_pipe("chronik_sentences", before=first)
    else:
        nlp.add_pipe("chronik_sentences")
    for name in components if components is not None else available_components():
        importlib.import_module(f"chronik.components.{name}")
        nlp.add_pipe(f"chronik_{name}")
    return nlp


@lru_cache(maxsize=4)
def load(lang: str = "de") -> Language:
    """The configured pipeline for ``lang``, built once per process and reused."""
    return build(lang)
