"""UPOS from the morphologizer vs. the STTS tagger mapped to UPOS, and simple combinations (measurement only).

Run from the repository root: ``PYTHONPATH=src python training/upos_combine.py`` (``--data`` as in ``chronik eval``).
Scores on the held-out GSD trees of ``chronik eval parse`` (same pipeline, gold tokens), split into half A (even
sentence index) and half B (odd), and on the GSD dev slice:

* (a) the morphologizer's UPOS (what ships);
* (b) the predicted STTS tag mapped by the standard STTS→UPOS table (:data:`STTS_UPOS`);
* (b') (b), but where the STTS tag is ambiguous in UD German (:data:`AMBIGUOUS`: PIS/PIAT/PDS PRON–DET, PTKVZ
  ADP–ADV, KOKOM, VA*/VM* AUX–VERB, …) the morphologizer's UPOS when it is one of the tag's readings;
* (c1) (a), switched to (b') only for the (a, b') class pairs whose switch gains on half A (chosen on A,
  confirmed on B);
* (c2) (c1), and for a VA*/VM* verb that (a) calls AUX or VERB: AUX when the parser attaches it as ``aux``/``cop``,
  else VERB.

A combination would be worth shipping only if it beats (a) by ≥ 0.003 on both halves. Also prints the LAS errors by
gold relation (aggregates) on the whole held-out set. Results (2026-12-05, seventh session) in ``docs/quality.md``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

STTS_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "ADP", "KOUS": "SCONJ", "KON": "CCONJ",
    "KOKOM": "ADP", "NN": "NOUN", "NE": "PROPN", "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET",
    "PIDAT": "DET", "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET",
    "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV", "PTKZU": "PART",
    "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "ADV", "TRUNC": "NOUN", "VVFIN": "VERB",
    "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VAFIN": "AUX", "VAIMP": "AUX",
    "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX", "XY": "X",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}  # fmt: skip
# STTS tags with more than one UPOS reading in UD German-GSD (gold training trees)
AMBIGUOUS = {
    "PIS": {"PRON", "DET", "ADV"}, "PIAT": {"DET", "ADV", "PRON"}, "PDS": {"PRON", "DET"},
    "PTKVZ": {"ADP", "ADV"}, "KOKOM": {"ADP", "CCONJ", "SCONJ"}, "KON": {"CCONJ", "SCONJ", "ADV"},
    "KOUS": {"SCONJ", "CCONJ", "ADV"}, "ADV": {"ADV", "ADP", "CCONJ", "ADJ"}, "FM": {"X", "PROPN", "NOUN"},
    "VAFIN": {"AUX", "VERB"}, "VAINF": {"AUX", "VERB"}, "VAPP": {"AUX", "VERB"}, "VMFIN": {"AUX", "VERB"},
}  # fmt: skip
AUX_TAGS = ("VAFIN", "VAINF", "VAPP", "VMFIN", "VMINF")

Row = dict
Rule = Callable[[Row], str]


def mapped(r: Row) -> str:
    return STTS_UPOS.get(r["tag"], r["pos"])


def mapped_ambiguous(r: Row) -> str:
    upos = STTS_UPOS.get(r["tag"])
    if upos is None or r["pos"] in AMBIGUOUS.get(r["tag"], ()):
        return r["pos"]
    return upos


def aux_by_dep(r: Row) -> str:
    if r["tag"] in AUX_TAGS and r["pos"] in ("AUX", "VERB"):
        return "AUX" if r["dep"].split(":")[0] in ("aux", "cop") else "VERB"
    return r["pos"]


def gains(rows: list[Row]) -> Counter:
    """Net tokens won by switching (a) to (b') per (a, b') class pair."""
    out: Counter = Counter()
    for r in rows:
        b = mapped_ambiguous(r)
        if b != r["pos"]:
            out[(r["pos"], b)] += (b == r["gold"]) - (r["pos"] == r["gold"])
    return out


def switch(pairs: set[tuple[str, str]]) -> Rule:
    def rule(r: Row) -> str:
        b = mapped_ambiguous(r)
        return b if (r["pos"], b) in pairs else r["pos"]

    return rule


def with_aux(rule: Rule) -> Rule:
    def combined(r: Row) -> str:
        x = rule(r)
        return x if x != r["pos"] else aux_by_dep(r)

    return combined


def accuracy(rows: list[Row], rule: Rule) -> float:
    return sum(rule(r) == r["gold"] for r in rows) / max(len(rows), 1)


def predict(sents: list[dict]) -> list[Row]:
    from spacy.tokens import Doc

    from chronik.eval.ner import model_pipeline, run_pipes

    nlp = model_pipeline()
    rows = []
    for k, sent in enumerate(sents):
        toks = sent["toks"]
        doc = run_pipes(nlp, Doc(nlp.vocab, words=[t["text"] for t in toks], spaces=[t["space"] for t in toks]))
        for i, (t, p) in enumerate(zip(toks, doc, strict=True)):
            rows.append(
                {"sent": k, "gold": t["pos"], "pos": p.pos_, "tag": p.tag_, "dep": p.dep_.lower(),
                 "head_ok": p.head.i == sent["heads"][i], "gold_dep": sent["deps"][i].lower()}
            )  # fmt: skip
    return rows


def las_errors(rows: list[Row], top: int = 5) -> list[tuple[str, int, int, int, int, float]]:
    """(gold relation, gold count, LAS errors, label wrong, head wrong, LAS of the relation), most errors first."""
    n, err, lab, head = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        g = r["gold_dep"]
        n[g] += 1
        if not (r["head_ok"] and r["dep"] == g):
            err[g] += 1
            lab[g] += r["dep"] != g
            head[g] += not r["head_ok"]
    return [(g, n[g], e, lab[g], head[g], 1 - e / n[g]) for g, e in err.most_common(top)]


def main() -> None:
    from chronik.eval import data_dir
    from chronik.train_data import split_gsd

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args()
    split = split_gsd(data_dir(args.data))
    held = predict(split["heldout"])
    dev = predict(split["dev"])
    half_a = [r for r in held if r["sent"] % 2 == 0]
    half_b = [r for r in held if r["sent"] % 2 == 1]
    chosen = {pair for pair, g in gains(half_a).items() if g > 0}
    rules: dict[str, Rule] = {
        "(a) morphologizer": lambda r: r["pos"],
        "(b) STTS mapped": mapped,
        "(b') STTS mapped, ambiguous tags from (a)": mapped_ambiguous,
        "(c1) (a), (b') for the pairs chosen on A": switch(chosen),
        "(c2) (c1) + AUX/VERB from the parser": with_aux(switch(chosen)),
    }
    print(f"tokens: half A {len(half_a)}, half B {len(half_b)}, dev {len(dev)}; pairs chosen on A: {sorted(chosen)}")
    base = {name: accuracy(rows, rules["(a) morphologizer"]) for name, rows in (("A", half_a), ("B", half_b))}
    for name, rule in rules.items():
        a, b = accuracy(half_a, rule), accuracy(half_b, rule)
        print(
            f"{name:44s} A {a:.4f} ({a - base['A']:+.4f})  B {b:.4f} ({b - base['B']:+.4f})  "
            f"held-out {accuracy(held, rule):.4f}  dev {accuracy(dev, rule):.4f}"
        )
    print("LAS errors by gold relation (held-out): relation, gold, errors, label wrong, head wrong, LAS")
    for row in las_errors(held, 10):
        print("  ", *row[:5], f"{row[5]:.3f}")


if __name__ == "__main__":
    main()
