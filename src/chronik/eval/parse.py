"""Tagging, morphology, lemmas and dependencies of the shipped model on held-out UD German-GSD trees.

The held-out set is 20 % of GSD test (seeded shuffle, :func:`chronik.train_data.split_gsd`), never trained
on. Gold tokenization is given to the model (multiword tokens such as *zum* stay one token, as in chronik:
UPOS/head/deprel of the first word, features of the article, STTS ``APPRART``); the pipeline then runs as
deployed, chronik's rule-based sentence splitter included. Scores are per token: UPOS, STTS, full
morphological feature string, lemma, UAS/LAS (punctuation included) and LAS without punctuation.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from chronik.eval import Table
from chronik.eval.ner import model_pipeline, run_pipes

FEATS = ("Case", "Number", "Gender")


def score(nlp: Language, data_dir: Path, limit: int | None = None) -> dict[str, float]:
    from chronik.train_data import split_gsd

    sents = split_gsd(data_dir)["heldout"][:limit]
    n = upos = tag = morph = lemma = uas = las = 0
    n_np = las_np = 0
    feat_ok = dict.fromkeys(FEATS, 0)
    feat_n = dict.fromkeys(FEATS, 0)
    for sent in sents:
        toks = sent["toks"]
        doc = Doc(nlp.vocab, words=[t["text"] for t in toks], spaces=[t["space"] for t in toks])
        doc = run_pipes(nlp, doc)
        for i, (t, p) in enumerate(zip(toks, doc, strict=True)):
            n += 1
            upos += p.pos_ == t["pos"]
            tag += p.tag_ == t["tag"]
            morph += str(p.morph) == t["morph"]
            lemma += p.lemma_ == t["lemma"]
            gold_feats = dict(f.split("=", 1) for f in t["morph"].split("|") if "=" in f)
            for feat in FEATS:
                if feat in gold_feats:
                    feat_n[feat] += 1
                    feat_ok[feat] += ",".join(p.morph.get(feat)) == gold_feats[feat]
            head_ok = p.head.i == sent["heads"][i]
            dep_ok = head_ok and p.dep_.lower() == sent["deps"][i].lower()
            uas += head_ok
            las += dep_ok
            if t["pos"] != "PUNCT":
                n_np += 1
                las_np += dep_ok
    res = {
        "sentences": len(sents),
        "tokens": n,
        "upos_acc": upos / n,
        "stts_acc": tag / n,
        "morph_acc": morph / n,
        "lemma_acc": lemma / n,
        "uas": uas / n,
        "las": las / n,
        "las_no_punct": las_np / max(n_np, 1),
    }
    for feat in FEATS:
        res[f"{feat.lower()}_acc"] = feat_ok[feat] / max(feat_n[feat], 1)
    return res


def tables(res: dict[str, float]) -> list[Table]:
    t = Table(
        title=f"Held-out UD German-GSD ({res['sentences']} sentences, {res['tokens']} tokens)",
        columns=["metric", "value"],
        note="gold tokenization; as-deployed pipeline incl. chronik sentence rules",
    )
    for key, val in res.items():
        if key not in ("sentences", "tokens"):
            t.rows.append([key, val])
    return [t]


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    return tables(score(model_pipeline(), data_dir, limit))
