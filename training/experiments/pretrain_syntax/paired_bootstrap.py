"""Paired bootstrap over sentences: LAS/UPOS difference of model B minus model A on held-out GSD and gsd dev.

Usage (worktree root): PYTHONPATH=src python paired_bootstrap.py MODEL_A MODEL_B
Per-sentence counts come from the same loop as chronik.eval.parse.score (gold tokens, chronik sentence rules).
"""

import json
import os
import random
import sys
from pathlib import Path

from spacy.tokens import Doc

from chronik.eval.ner import model_pipeline, run_pipes
from chronik.train_data import split_gsd

data = Path(os.environ.get("CHRONIK_DATA", "/work/shared/data"))
splits = split_gsd(data)


def per_sentence(model, sents):
    nlp = model_pipeline(Path(model))
    rows = []
    for sent in sents:
        toks = sent["toks"]
        doc = run_pipes(nlp, Doc(nlp.vocab, words=[t["text"] for t in toks], spaces=[t["space"] for t in toks]))
        upos = las = 0
        for i, (t, p) in enumerate(zip(toks, doc, strict=True)):
            upos += p.pos_ == t["pos"]
            las += p.head.i == sent["heads"][i] and p.dep_.lower() == sent["deps"][i].lower()
        rows.append((len(toks), upos, las))
    return rows


out = {}
for split in ("heldout", "dev"):
    a = per_sentence(sys.argv[1], splits[split])
    b = per_sentence(sys.argv[2], splits[split])
    rng = random.Random(0)
    n = len(a)
    res = {}
    for k, name in ((1, "upos"), (2, "las")):
        diff = sum(x[k] for x in b) / sum(x[0] for x in b) - sum(x[k] for x in a) / sum(x[0] for x in a)
        boots = []
        for _ in range(2000):
            idx = [rng.randrange(n) for _ in range(n)]
            tok = sum(a[i][0] for i in idx)
            boots.append((sum(b[i][k] for i in idx) - sum(a[i][k] for i in idx)) / tok)
        boots.sort()
        res[name] = {
            "diff": round(diff, 4),
            "ci95": [round(boots[50], 4), round(boots[1949], 4)],
            "p_le_0": round(sum(x <= 0 for x in boots) / len(boots), 3),
        }
    out[split] = res
print(json.dumps(out))
