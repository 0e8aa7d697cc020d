"""The trained tok2vecs' first layer (hash embeddings [+ static vectors] → maxout → layernorm) is computed once per
distinct token and copied after (``pipeline._EmbedCache``); the output must be the layer's own, bit for bit."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model
from thinc.api import NumpyOps

from chronik import pipeline

TEXTS = [
    "Der Bürgermeister von Kleinbach eröffnete am Montag die neue Brücke über den Fluss.",
    "Nach Angaben der Polizei wurden bei dem Unfall auf der Autobahn drei Menschen verletzt.",
    "Die Regierung kündigte an, die Steuern im kommenden Jahr nicht zu erhöhen.",
    "Im Stadion feierten 40.000 Zuschauer den Sieg der Mannschaft gegen den Tabellenführer.",
    "Die Ministerin sagte, der Plan sei gescheitert, und trat noch am selben Abend zurück.",
    "Am Dienstag streikten die Beschäftigten der Verkehrsbetriebe für höhere Löhne.",
]


def _outputs(model, docs) -> list[bytes]:  # type: ignore[no-untyped-def]
    return [numpy.ascontiguousarray(y).tobytes() for y in model.predict(docs)]


def _small_tok2vec():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("de")
    docs = [nlp(text) for text in TEXTS]
    embed = MultiHashEmbed(
        width=16, attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"], rows=[97, 31, 31, 17], include_static_vectors=False
    )
    model = build_Tok2Vec_model(embed, MaxoutWindowEncoder(width=16, depth=2, window_size=1, maxout_pieces=3))
    model.initialize(X=docs)
    ops = NumpyOps(use_blis=False)
    for node in model.walk():
        node.ops = ops
    return nlp, model


def _install(model, vectors=None, capacity: int = 40_000) -> list:  # type: ignore[no-untyped-def]
    caches = []
    for node in model.walk():
        parts = pipeline._embed_parts(node) if node.name.startswith("extract_features>>list2ragged") else None
        if parts is not None:
            node._func = pipeline._EmbedCache(node, *parts, vectors, capacity=capacity)
            caches.append(node._func)
    return caches


@pytest.mark.parametrize("capacity", [40_000, 30])
def test_cached_first_layer_gives_the_layers_own_floats(capacity: int) -> None:
    nlp, model = _small_tok2vec()
    docs = [nlp(text) for text in TEXTS * 3]
    empty = nlp("")
    # the last has fewer tokens than _MIN_ROWS: not cached
    batches = [docs[:6], docs[6:], [docs[0], empty, *docs[2:9]], docs[:1]]
    expected = [_outputs(model, batch) for batch in batches]
    caches = _install(model, capacity=capacity)
    assert len(caches) == 1 and caches[0].columns == ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
    for _ in range(2):  # first misses, then hits
        assert [_outputs(model, batch) for batch in batches] == expected
    distinct = len({tuple(row) for doc in docs[:9] for row in doc.to_array(caches[0].columns).tolist()})
    assert 0 < len(caches[0]._rows) <= max(capacity, distinct)  # full: starts over with the batch's own tuples


def test_training_goes_through_the_layers_own_forward() -> None:
    nlp, model = _small_tok2vec()
    _install(model)
    docs = [nlp(text) for text in TEXTS]
    Y, backprop = model.begin_update(docs)
    backprop([numpy.ones_like(y) for y in Y])  # thinc's backprop works: training never sees the cache


def test_the_shipped_pipeline_predicts_the_same_with_and_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    if pipeline.model_path("de") is None:
        pytest.skip("no trained German model installed")
    monkeypatch.setenv("CHRONIK_EMBED_CACHE", "0")
    plain = pipeline.build("de", components=[])
    monkeypatch.delenv("CHRONIK_EMBED_CACHE")
    fast = pipeline.build("de", components=[])
    caches = [n._func for _, p in fast.pipeline if hasattr(p, "model") for n in p.model.walk()]
    caches = [c for c in caches if isinstance(c, pipeline._EmbedCache)]
    assert len(caches) == 2 and any(c.static is not None for c in caches)
    got = {}
    for name, nlp in (("plain", plain), ("fast", fast)):
        docs = list(nlp.pipe(TEXTS * 2, disable=["parser", "ner"]))
        tok2vecs = [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]
        got[name] = [_outputs(m, batch) for batch in (docs, docs[3:], docs) for m in tok2vecs]
        got[name].append([(e.text, e.label_) for doc in nlp.pipe(TEXTS) for e in doc.ents])
    assert got["fast"] == got["plain"]


def test_a_feature_extractor_with_lexicon_columns_is_cached_by_its_own_columns() -> None:
    from chronik.name_features import GazetteerMultiHashEmbed, n_columns

    nlp = spacy.blank("de")
    docs = [nlp(text) for text in TEXTS * 2]
    embed = GazetteerMultiHashEmbed(
        width=16, attrs=["NORM", "SHAPE"], rows=[97, 17], include_static_vectors=False, gazetteer_rows=7
    )
    model = build_Tok2Vec_model(embed, MaxoutWindowEncoder(width=16, depth=2, window_size=1, maxout_pieces=3))
    model.initialize(X=docs[:2])
    ops = NumpyOps(use_blis=False)
    for node in model.walk():
        node.ops = ops
    batches = [docs[:6], docs[6:], docs]
    expected = [_outputs(model, batch) for batch in batches]
    (cache,) = _install(model)
    assert cache.extractor is not None and cache.columns == ["NORM", "SHAPE"]
    for _ in range(2):
        assert [_outputs(model, batch) for batch in batches] == expected
    assert cache._keys(docs[:1])[0].shape == (len(docs[0]), 2 + n_columns(False))  # every column is in the key
