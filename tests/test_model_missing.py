"""Without the trained model chronik still runs its rules, but says so instead of passing silently."""

from __future__ import annotations

import warnings

import pytest

from chronik.pipeline import build


def test_a_missing_model_warns_and_falls_back_to_a_blank_pipeline(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONIK_MODELS", str(tmp_path))
    with pytest.warns(RuntimeWarning, match="no trained 'de' model"):
        nlp = build("de", components=[])
    assert "ner" not in nlp.pipe_names


def test_asking_for_no_model_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp = build("de", with_model=False, components=[])
    assert "parser" not in nlp.pipe_names
