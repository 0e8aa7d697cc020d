"""The trained pipes' Maxout and LayerNorm layers predict through chronik's leaner forward functions; their output
must be thinc's, bit for bit, and training must still go through thinc's own layers."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import LayerNorm, Maxout, NumpyOps, chain

from chronik.pipeline import _layernorm_predict, _maxout_predict, _prediction_layers


def layers(pieces: int) -> tuple:  # type: ignore[type-arg]
    X = numpy.random.default_rng(pieces).standard_normal((37, 12), dtype=numpy.float32)
    model = chain(Maxout(nO=8, nI=12, nP=pieces), LayerNorm(nI=8))
    model.initialize(X=X)
    ops = NumpyOps(use_blis=False)
    for node in model.walk():
        node.ops = ops
        if node.name == "layernorm":  # thinc starts G at 1 and b at 0: make the scale and shift matter
            node.set_param("G", numpy.random.default_rng(1).standard_normal(8, dtype=numpy.float32))
            node.set_param("b", numpy.random.default_rng(2).standard_normal(8, dtype=numpy.float32))
    return model, X


@pytest.mark.parametrize("pieces", [2, 3, 4])
def test_maxout_and_layernorm_predict_thincs_floats(pieces: int) -> None:
    model, X = layers(pieces)
    maxout, norm = model.layers
    expected_hidden, expected = maxout.predict(X), model.predict(X)
    maxout._func, norm._func = _maxout_predict, _layernorm_predict
    hidden, got = maxout.predict(X), model.predict(X)
    assert hidden.flags.c_contiguous and got.flags.c_contiguous
    assert hidden.tobytes() == expected_hidden.tobytes()
    assert got.tobytes() == expected.tobytes()
    assert maxout.predict(X[:0]).shape == (0, 8)


def test_training_goes_through_thincs_layers() -> None:
    model, X = layers(3)
    maxout, norm = model.layers
    maxout._func, norm._func = _maxout_predict, _layernorm_predict
    Y, backprop = model.begin_update(X)
    dX = backprop(numpy.ones_like(Y))  # thinc's backprop, with the argmax indices it needs
    assert dX.shape == X.shape
    _, no_backprop = maxout._func(maxout, X, is_train=False)
    with pytest.raises(RuntimeError):
        no_backprop(numpy.ones((len(X), 8), dtype=numpy.float32))


def test_the_shipped_pipeline_predicts_the_same_with_either_layers(monkeypatch: pytest.MonkeyPatch) -> None:
    from chronik import pipeline

    if pipeline.model_path("de") is None:
        pytest.skip("no trained German model installed")
    monkeypatch.setenv("CHRONIK_LAYERS", "thinc")
    plain = pipeline.build("de", components=[])
    monkeypatch.delenv("CHRONIK_LAYERS")
    fast = pipeline.build("de", components=[])
    replaced = [n for _, p in fast.pipeline if hasattr(p, "model") for n in p.model.walk()]
    assert any(n._func is _maxout_predict for n in replaced) and any(n._func is _layernorm_predict for n in replaced)
    texts = [
        "Die Bürgermeisterin von Lübeck, Anna Krüger, eröffnete am Montag die neue Brücke über die Trave.",
        "„Wir haben lange darauf gewartet“, sagte sie vor rund 300 Gästen. Der Bau hatte 14 Millionen Euro gekostet.",
    ]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert a.tensor.tobytes() == b.tensor.tobytes()
        assert [(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in b
        ]
    _prediction_layers(fast)  # a second call finds thinc's functions no more and changes nothing
