"""NER (PER/ORG/LOC/MISC) of the shipped model on news held out before training.

Two held-out sets, both rebuilt from the shared data with the fixed seeds of :mod:`chronik.train_data`:

* ``germeval``: 25 % of GermEval 2014 dev (news + Wikipedia sentences), gold tokens, OTH → MISC, outer
  level, ``-deriv``/``-part`` dropped (CoNLL-style comparison);
* ``smartdata``: 150 SmartData v1 test news documents, chronik's own tokenizer, character-offset match,
  PER ← person, ORG ← organization(-company), LOC ← location-*; SmartData has no MISC, so predicted MISC is
  ignored there, and predictions touching an unannotated ``location-route`` mention are not counted.

Strict matching: an entity counts only with the exact span and label.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from chronik.eval import Table, prf

LABELS = ("PER", "ORG", "LOC", "MISC")


def model_pipeline(model: Path | None = None) -> Language:
    """Tokenizer + chronik sentence rules + the trained pipes (no chronik components)."""
    from chronik.pipeline import build, register_extensions

    if model is None:
        return build("de", components=[])
    import spacy

    from chronik import text as text_basics

    register_extensions()
    nlp = spacy.load(model)
    text_basics.customize_tokenizer(nlp)
    nlp.add_pipe("chronik_sentences", before=nlp.pipe_names[0])
    return nlp


def run_pipes(nlp: Language, doc: Doc) -> Doc:
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


class Counts:
    def __init__(self) -> None:
        self.tp: Counter = Counter()
        self.fp: Counter = Counter()
        self.fn: Counter = Counter()

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        for s in pred & gold:
            self.tp[s[2]] += 1
        for s in pred - gold:
            self.fp[s[2]] += 1
        for s in gold - pred:
            self.fn[s[2]] += 1

    def scores(self, labels: tuple[str, ...] = LABELS) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for lab in labels:
            if self.tp[lab] + self.fn[lab] + self.fp[lab] == 0:
                continue
            p, r, f = prf(self.tp[lab], self.fp[lab], self.fn[lab])
            out[lab] = {"p": p, "r": r, "f": f, "support": self.tp[lab] + self.fn[lab]}
        tp, fp, fn = (sum(c[lab] for lab in labels) for c in (self.tp, self.fp, self.fn))
        p, r, f = prf(tp, fp, fn)
        out["ALL"] = {"p": p, "r": r, "f": f, "support": tp + fn}
        return out


def score_germeval(nlp: Language, data_dir: Path, limit: int | None = None) -> dict[str, dict[str, float]]:
    from chronik.train_data import GERMEVAL_MAP, germeval_split, iob_doc

    counts = Counts()
    sents = germeval_split(data_dir)["heldout"][:limit]
    for sent in sents:
        gold_doc = iob_doc(nlp.vocab, sent, GERMEVAL_MAP, set())
        gold = {(e.start, e.end, e.label_) for e in gold_doc.ents}
        doc = Doc(nlp.vocab, words=[w for w, _ in sent], spaces=[True] * (len(sent) - 1) + [False])
        doc = run_pipes(nlp, doc)
        counts.add(gold, {(e.start, e.end, e.label_) for e in doc.ents})
    return counts.scores()


def score_smartdata(nlp: Language, data_dir: Path, limit: int | None = None) -> dict[str, dict[str, float]]:
    from chronik.train_data import smartdata_doc, smartdata_split

    counts = Counts()
    objs = smartdata_split(data_dir)["heldout"][:limit]
    for obj in objs:
        gold_doc = smartdata_doc(nlp, obj)
        gold = {(e.start_char, e.end_char, e.label_) for e in gold_doc.ents}
        missing = [t.idx for t in gold_doc if t.ent_iob == 0]
        doc = nlp(obj["text"]["string"])
        pred = set()
        for e in doc.ents:
            if e.label_ == "MISC":
                continue
            if any(e.start_char <= m < e.end_char for m in missing):
                continue
            pred.add((e.start_char, e.end_char, e.label_))
        counts.add(gold, pred)
    return counts.scores(("PER", "ORG", "LOC"))


def score(nlp: Language, data_dir: Path, limit: int | None = None) -> dict[str, dict[str, dict[str, float]]]:
    return {"germeval": score_germeval(nlp, data_dir, limit), "smartdata": score_smartdata(nlp, data_dir, limit)}


def tables(results: dict[str, dict[str, dict[str, float]]]) -> list[Table]:
    out = []
    for name, res in results.items():
        t = Table(title=f"NER, held-out {name}", columns=["label", "P", "R", "F1", "gold"])
        for lab, s in res.items():
            t.rows.append([lab, s["p"], s["r"], s["f"], int(s["support"])])
        out.append(t)
    return out


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    return tables(score(model_pipeline(), data_dir, limit))
