"""The UPOS combination experiment (training/upos_combine.py): mapping, choice of class pairs, scoring."""

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "training" / "upos_combine.py"
_spec = importlib.util.spec_from_file_location("upos_combine", _PATH)
upos = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(upos)


def _row(tag: str, pos: str, gold: str, dep: str = "obj") -> dict:
    return {"sent": 0, "tag": tag, "pos": pos, "gold": gold, "dep": dep, "head_ok": True, "gold_dep": dep}


def test_ambiguous_tags_keep_the_morphologizer_reading():
    assert upos.mapped(_row("PTKVZ", "ADV", "ADV")) == "ADP"
    assert upos.mapped_ambiguous(_row("PTKVZ", "ADV", "ADV")) == "ADV"
    assert upos.mapped_ambiguous(_row("VVPP", "ADJ", "VERB")) == "VERB"
    assert upos.aux_by_dep(_row("VAFIN", "AUX", "VERB", dep="root")) == "VERB"
    assert upos.aux_by_dep(_row("VAFIN", "VERB", "AUX", dep="aux:pass")) == "AUX"


def test_pairs_are_chosen_by_net_gain():
    rows = [_row("VVPP", "ADJ", "VERB"), _row("VVPP", "ADJ", "VERB"), _row("VVPP", "ADJ", "ADJ"),
            _row("NN", "PROPN", "PROPN"), _row("NN", "PROPN", "NOUN"), _row("NN", "PROPN", "PROPN")]  # fmt: skip
    gains = upos.gains(rows)
    assert gains[("ADJ", "VERB")] == 1 and gains[("PROPN", "NOUN")] == -1
    rule = upos.switch({pair for pair, g in gains.items() if g > 0})
    assert upos.accuracy(rows, rule) == 4 / 6 > upos.accuracy(rows, lambda r: r["pos"]) == 3 / 6
