"""Score a trained syntax pipeline with the recipe's scorer (chronik.eval.parse.score) on held-out GSD and on gsd dev.

Usage (from the worktree root): PYTHONPATH=src python eval_syntax.py MODEL_DIR [LABEL] >> results.jsonl
The dev split (150 trees, the one spaCy's training loop also scores) goes through the same scorer by handing it
split_gsd()["dev"] in place of "heldout". lemma_acc is meaningless here (no lemmatizer in a syntax-only model).
"""

import json
import os
import sys
from pathlib import Path

import chronik.train_data as td
from chronik.eval import parse as parse_eval
from chronik.eval.ner import model_pipeline

data = Path(os.environ.get("CHRONIK_DATA", "/work/shared/data"))
model = Path(sys.argv[1])
label = sys.argv[2] if len(sys.argv) > 2 else str(model)
nlp = model_pipeline(model)
out = {"model": label}
orig = td.split_gsd
for split in ("heldout", "dev"):
    td.split_gsd = lambda d, _s=split: {"heldout": orig(d)[_s]}
    res = parse_eval.score(nlp, data)
    out[split] = {
        k: round(res[k], 4) for k in ("sentences", "tokens", "upos_acc", "stts_acc", "morph_acc", "uas", "las")
    }
td.split_gsd = orig
print(json.dumps(out))
