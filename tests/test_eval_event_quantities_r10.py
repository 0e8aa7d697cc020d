"""The quantity-attachment gold of the event gold (q: columns) and its scorer (tenth session)."""

from __future__ import annotations

from collections import Counter

from chronik.document import Document, Event, Quantity
from chronik.eval.events import Counts, evaluate, load_gold, parse_annotations, score_document

TEXT = "Die Polizei nahm 30 Demonstranten fest. Später demonstrierten 500 Menschen, 20 wurden am 3. Mai verletzt."
DEMO = TEXT.index("demonstrierten")


def _gold() -> dict:
    src = (
        "@a\n"
        "nahm | COERCE/arrest | Polizei | - | - | - | asserted | q: 30 Demonstranten\n"
        "demonstrierten | PROTEST/demo | - | - | - | - | asserted | reported | q: 500 Menschen; 20\n"
    )
    return {"id": "a", "events": parse_annotations(src, {"a": {"text": TEXT}})["a"]}


def _quantity(text: str, kind: str = "count") -> Quantity:
    start = TEXT.index(text)
    return Quantity(start=start, end=start + len(text), text=text, kind=kind, value=None)  # type: ignore[arg-type]


def _document(quantities: list[Quantity], attached: list[list[int]]) -> Document:
    events = [
        Event(id="ev1", type="COERCE", trigger=[12, 16], sentence=0, quantities=attached[0]),
        Event(id="ev2", type="PROTEST", trigger=[DEMO, DEMO + 14], sentence=1, quantities=attached[1]),
    ]
    return Document(id="a", lang="de", text=TEXT, quantities=quantities, events=events)


def test_q_column_compiles_to_spans_and_keeps_the_reported_column() -> None:
    arrest, demo = _gold()["events"]
    assert arrest["quantities"] == [{"span": [17, 33], "text": "30 Demonstranten"}]
    assert [q["text"] for q in demo["quantities"]] == ["500 Menschen", "20"]
    assert demo["reported"] and not arrest["reported"]


def test_articles_without_q_marks_have_no_quantity_field_and_q_none_is_gold() -> None:
    line = "nahm | COERCE/arrest | - | - | - | - | asserted\n"
    src = f"@a\n{line}@b\nq: none\n{line}"
    out = parse_annotations(src, {"a": {"text": TEXT}, "b": {"text": TEXT}})
    assert "quantities" not in out["a"][0]
    assert out["b"][0]["quantities"] == []


def test_every_gold_article_has_its_quantities_annotated() -> None:
    docs = load_gold()
    assert len(docs) == 40
    assert all("quantities" in ev for d in docs for ev in d["events"])
    pairs = sum(len(ev["quantities"]) for d in docs for ev in d["events"])
    assert pairs >= 30


def test_pairs_are_scored_by_overlap_one_to_one() -> None:
    quantities = [_quantity("30 Demonstranten"), _quantity("500 Menschen"), _quantity("3. Mai", "duration")]
    counts = Counts()
    # the arrest takes its count, but also the protest's; the protest takes only its own first amount
    score_document(_gold(), _document(quantities, [[0, 1], [1]]), counts)
    assert (counts.qty["gold"], counts.qty["system"], counts.qty["tp"]) == (3, 3, 2)
    assert any("QTY-FP 'nahm' '500 Menschen'" in e for e in counts.qty_errors)
    assert any("QTY-FN 'demonstrierten' '20'" in e for e in counts.qty_errors)


def test_unmatched_events_and_unannotated_articles_give_no_pairs() -> None:
    quantities = [_quantity("30 Demonstranten")]
    gold = _gold()
    for ev in gold["events"]:
        del ev["quantities"]
    counts = Counts()
    score_document(gold, _document(quantities, [[0], []]), counts)
    assert sum(counts.qty.values()) == 0
    gold = _gold()
    gold["events"][0]["type"] = "ASSAULT"  # no trigger+type match for the arrest
    counts = Counts()
    score_document(gold, _document(quantities, [[0], []]), counts)
    assert (counts.qty["gold"], counts.qty["system"], counts.qty["tp"]) == (2, 0, 0)


def test_evaluate_prints_a_quantity_row_per_split_and_dev_details_only(monkeypatch) -> None:
    import chronik.eval.events as ev

    class Fake:
        def __init__(self) -> None:
            self.tp = Counter({"trigger": 4})
            self.gold = self.system = self.date_n = self.date_ok = 0
            self.qty = Counter({"gold": 4, "system": 2, "tp": 1})
            self.qty_errors = ["x QTY-FN 'a' 'b'"]

        def __getattr__(self, name):  # pragma: no cover - unused counters
            return 0

    monkeypatch.setattr(ev, "score_split", lambda docs: Fake())
    monkeypatch.setattr(ev, "load_gold", lambda split=None: [{}])
    tables = evaluate(None)  # type: ignore[arg-type]
    qty = next(t for t in tables if "quantity attachment, " in t.title)
    assert [r[0] for r in qty.rows] == ["dev", "test"]
    assert qty.rows[0][2:] == [4, 2, 0.5, 0.25, 2 * 0.5 * 0.25 / 0.75]
    details = next(t for t in tables if "errors" in t.title)
    assert details.rows == [["x QTY-FN 'a' 'b'"]]
