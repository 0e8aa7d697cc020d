"""NER (PER/ORG/LOC/MISC) of the shipped model on news held out before training.

Two held-out sets, both rebuilt from the shared data with the fixed seeds of :mod:`chronik.train_data`:

* ``germeval``: 25 % of GermEval 2014 dev (news + Wikipedia sentences), gold tokens, OTH → MISC, outer
  level, ``-deriv``/``-part`` dropped (CoNLL-style comparison);
* ``smartdata``: 150 SmartData v1 test news documents, chronik's own tokenizer, character-offset match,
  PER ← person, ORG ← organization(-company), LOC ← location-*; SmartData has no MISC, so predicted MISC is
  ignored there, and predictions touching an unannotated ``location-route`` mention are not counted.

Strict matching: an entity counts only with the exact span and label.

Two rows per set: ``model`` scores the trained NER pipe alone (``doc.ents``); ``chronik`` scores what users get,
the *name* mentions of chronik's final entities (``doc._.entities`` after the whole pipeline: gazetteers, alias
lists, span filters, label rules; each mention with its entity's final label) on the same sentences with the same
scorer. Nominal ("der Präsident"), group ("britische Soldaten") and pronoun mentions are left out: the NER gold
does not annotate them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
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


def system_pipeline() -> Language:
    """The whole chronik pipeline as ``chronik analyze`` builds it (model pipes and chronik's components)."""
    from chronik.pipeline import build

    return build("de")


Spans = set[tuple[int, int, str]]


def model_spans(doc: Doc) -> Spans:
    """The NER pipe's entities as (start char, end char, label)."""
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def system_spans(doc: Doc) -> Spans:
    """chronik's final entities: each *name* mention (``doc._.name_mentions``, set by ``chronik_entities``) with
    its entity's final label; nominal, group and pronoun mentions are not what NER gold annotates. A mention with
    an attached title ("Präsident Emmanuel Macron") is scored as its name ("Emmanuel Macron"), as the gold has it."""
    starts: dict[int, list[int]] = {}
    for s, e in doc._.name_mentions or []:
        starts.setdefault(e, []).append(s)
    return {
        (ns, e, ent.label)
        for ent in doc._.entities or []
        for s, e in ent.mentions
        for ns in starts.get(e, ())
        if s <= ns < e
    }


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


def score_germeval(
    nlp: Language, data_dir: Path, limit: int | None = None, predict: Callable[[Doc], Spans] = model_spans
) -> dict[str, dict[str, float]]:
    from chronik.train_data import GERMEVAL_MAP, germeval_split, iob_doc

    counts = Counts()
    sents = germeval_split(data_dir)["heldout"][:limit]
    for sent in sents:
        gold_doc = iob_doc(nlp.vocab, sent, GERMEVAL_MAP, set())
        doc = Doc(nlp.vocab, words=[w for w, _ in sent], spaces=[True] * (len(sent) - 1) + [False])
        gold = {(doc[e.start : e.end].start_char, doc[e.start : e.end].end_char, e.label_) for e in gold_doc.ents}
        doc._.warnings = []
        doc = run_pipes(nlp, doc)
        counts.add(gold, predict(doc))
    return counts.scores()


def score_smartdata(
    nlp: Language, data_dir: Path, limit: int | None = None, predict: Callable[[Doc], Spans] = model_spans
) -> dict[str, dict[str, float]]:
    from chronik.train_data import smartdata_doc, smartdata_split

    counts = Counts()
    objs = smartdata_split(data_dir)["heldout"][:limit]
    for obj in objs:
        gold_doc = smartdata_doc(nlp, obj)
        gold = {(e.start_char, e.end_char, e.label_) for e in gold_doc.ents}
        missing = [t.idx for t in gold_doc if t.ent_iob == 0]
        doc = nlp.make_doc(obj["text"]["string"])
        doc._.warnings = []
        doc = run_pipes(nlp, doc)
        pred = set()
        for start, end, label in predict(doc):
            if label == "MISC":
                continue
            if any(start <= m < end for m in missing):
                continue
            pred.add((start, end, label))
        counts.add(gold, pred)
    return counts.scores(("PER", "ORG", "LOC"))


def score(nlp: Language, data_dir: Path, limit: int | None = None) -> dict[str, dict[str, dict[str, float]]]:
    return {"germeval": score_germeval(nlp, data_dir, limit), "smartdata": score_smartdata(nlp, data_dir, limit)}


def score_system(nlp: Language, data_dir: Path, limit: int | None = None) -> dict[str, dict[str, dict[str, float]]]:
    """:func:`score` for chronik's final entity name mentions (``nlp``: the whole pipeline)."""
    return {
        "germeval": score_germeval(nlp, data_dir, limit, system_spans),
        "smartdata": score_smartdata(nlp, data_dir, limit, system_spans),
    }


def tables(
    results: dict[str, dict[str, dict[str, float]]], system: dict[str, dict[str, dict[str, float]]] | None = None
) -> list[Table]:
    out = []
    for name, res in results.items():
        t = Table(title=f"NER, held-out {name}", columns=["label", "source", "P", "R", "F1", "gold"])
        rows = [("model", res)] + ([("chronik", system[name])] if system and name in system else [])
        for lab in [lab for lab in (*LABELS, "ALL") if any(lab in r for _, r in rows)]:
            for source, r in rows:
                if lab in r:
                    s = r[lab]
                    t.rows.append([lab, source, s["p"], s["r"], s["f"], int(s["support"])])
        if system:
            t.note = "model = the NER pipe alone; chronik = name mentions of chronik's final entities"
        out.append(t)
    return out


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    return tables(score(model_pipeline(), data_dir, limit), score_system(system_pipeline(), data_dir, limit))
