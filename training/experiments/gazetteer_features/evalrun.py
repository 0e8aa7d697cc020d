"""``evalrun.py NER_DIR OUT [--system]``: the shipped syntax pipes + this NER written to ``OUT/de``, scored by the
``chronik eval ner`` scorers: the NER alone (``model``) and, with ``--system``, chronik's final entity names."""

import json
import os
import sys
from pathlib import Path

import spacy

import chronik.name_features  # noqa: F401  (registers the lexicon-feature architecture)
from chronik import training
from chronik.eval import ner as ner_eval

ner_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
data = Path(os.environ.get("CHRONIK_DATA", training.REPO.parent / "shared" / "data"))
nlp = spacy.load(training.REPO / "models" / "de", exclude=["ner"])
ner_nlp = spacy.load(ner_dir)
nlp.vocab.vectors = ner_nlp.vocab.vectors
nlp.add_pipe("ner", source=ner_nlp, before="chronik_lemmatizer")
out.mkdir(parents=True, exist_ok=True)
nlp.to_disk(out / "de")


def f1s(scores: dict) -> dict:
    return {name: {label: round(s["f"], 4) for label, s in by_label.items()} for name, by_label in scores.items()}


result = {"model": f1s(ner_eval.score(ner_eval.model_pipeline(out / "de"), data))}
if "--system" in sys.argv:
    os.environ["CHRONIK_MODELS"] = str(out)
    from chronik.pipeline import build

    result["system"] = f1s(ner_eval.score_system(build("de"), data))
print(json.dumps(result))
(out / "scores.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
