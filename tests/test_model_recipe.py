"""The shipped model's metadata matches the recorded recipe (training/recipe.json) and the configs in the tree."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from chronik.pipeline import model_path

ROOT = Path(__file__).resolve().parents[1]
RECIPE = ROOT / "training" / "recipe.json"
MODEL = model_path("de")
pytestmark = pytest.mark.skipif(MODEL is None or not RECIPE.exists(), reason="no shipped model or recipe")


@pytest.fixture(scope="module")
def recipe() -> dict:
    return json.loads(RECIPE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def meta() -> dict:
    return json.loads((Path(MODEL) / "meta.json").read_text(encoding="utf-8"))


def test_meta_carries_the_recipe(recipe, meta):
    recorded = meta["chronik_recipe"]
    for key in ("seed", "sources", "corpus", "mixes", "configs", "labels"):
        assert recorded[key] == recipe[key], key


def test_configs_unchanged_since_training(recipe):
    for name, digest in recipe["configs"].items():
        path = ROOT / "training" / "configs" / name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{name} changed after the model was built"


def test_labels_match_the_model(recipe):
    import spacy

    nlp = spacy.load(MODEL)
    for comp in ("tagger", "parser", "ner"):
        assert sorted(nlp.get_pipe(comp).labels) == recipe["labels"][comp]
    assert str(len(nlp.get_pipe("morphologizer").labels)) == recipe["labels"]["morphologizer_n_labels"][0]


def test_recipe_records_data_and_seed(recipe, meta):
    assert isinstance(recipe["seed"], int)
    assert recipe["corpus"]["gsd/train"]["docs"] > 1000
    assert recipe["corpus"]["eval/gsd_heldout"]["docs"] == 195
    assert recipe["corpus"]["eval/germeval_heldout"]["docs"] == 550
    assert all(len(h) == 64 for h in recipe["sources"].values())
    assert meta["license"] == "CC BY-SA 4.0"


def test_sources_match_shared_data(recipe):
    """When the shared data is present, its files are the ones the model was trained from."""
    from chronik.eval import data_dir

    root = data_dir()
    missing = [rel for rel in recipe["sources"] if not (root / rel).exists()]
    if missing:
        pytest.skip(f"shared data not found: {missing[:2]}")
    for rel, digest in recipe["sources"].items():
        assert hashlib.sha256((root / rel).read_bytes()).hexdigest() == digest, rel


def test_ner_reads_the_recorded_vectors(recipe):
    """The NER was trained with static vectors; the shipped vocab holds them with the recorded shape."""
    import spacy

    nlp = spacy.load(MODEL)
    assert nlp.vocab.vectors.mode == "floret"
    assert nlp.vocab.vectors.shape == (recipe["vectors"]["bucket"], recipe["vectors"]["dim"])
    assert recipe["vectors_text"]["tokens"] > 1_000_000


def test_vectors_text_leaves_out_chronik_gold_articles():
    from chronik.training import gold_article_ids

    ids = gold_article_ids()
    events_gold = {p.stem for p in (ROOT / "tests" / "data" / "events").glob("dewn-*.json")}
    assert len(events_gold) >= 40
    assert events_gold <= ids
