"""The entity scorer: a system that returns the gold clusters scores 1.0; splitting a cluster lowers recall."""

from __future__ import annotations

from itertools import pairwise

from chronik.document import Entity
from chronik.eval.entities import load_gold, score_doc


def _as_system(gold_entities, split: bool = False) -> list[Entity]:
    out = []
    for i, e in enumerate(gold_entities):
        groups = [e.mentions[:1], e.mentions[1:]] if split and len(e.mentions) > 1 else [e.mentions]
        for j, spans in enumerate(groups):
            out.append(Entity(id=f"e{i}_{j}", label=e.label, name=e.name, country=e.country,
                              mentions=[list(s) for s in spans]))  # fmt: skip
    return out


def test_perfect_system_scores_one():
    for gold in load_gold():
        c = score_doc(gold, _as_system(gold.entities))
        assert c.pair_tp == c.pair_sys == c.pair_gold
        assert c.mention_tp == c.mention_gold == c.mention_sys
        assert c.country_ok == c.country_n


def test_split_clusters_lose_recall_not_precision():
    gold = next(g for g in load_gold() if g.id == "dewn-84342")
    c = score_doc(gold, _as_system(gold.entities, split=True))
    assert c.pair_tp == c.pair_sys < c.pair_gold


def test_pipeline_output_is_well_formed():
    """With whatever model is installed: ids e1…, spans inside the text, no mention shared by two entities."""
    from chronik.eval.entities import analyze_gold

    for gold in load_gold()[:3]:
        doc = analyze_gold(gold)
        assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
        spans = sorted((s, e, ent.id) for ent in doc.entities for s, e in ent.mentions)
        assert all(0 <= s < e <= len(doc.text) for s, e, _ in spans)
        for (s1, e1, i1), (s2, _e2, i2) in pairwise(spans):
            assert not (s2 < e1 and i1 != i2), (doc.text[s1:e1], doc.text[s2:_e2])
        for ent in doc.entities:
            if ent.label == "LOC" and ent.geo is not None:
                assert ent.country is not None and ent.geo.precision_km >= 0
