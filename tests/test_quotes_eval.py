"""Quotations end to end: inside ``chronik.analyze``, and scored on a slice of the German news gold set."""

from __future__ import annotations

from chronik.eval import data_dir
from chronik.eval.quotes import Q, _pred_quotes, evaluate_wikinews, hungarian, predict, quote_pipeline, score_doc
from tests.conftest import needs_data


def test_analyze_fills_quotes():
    from chronik import analyze

    text = (
        "Bundeskanzler Olaf Scholz sprach am Montag in Berlin. „Wir stehen an der Seite der Ukraine“, sagte er. "
        "Laut Regierungssprecher soll die Hilfe verlängert werden."
    )
    doc = analyze(text, published="2024-03-04", title="Scholz sichert Hilfe zu")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Wir stehen an der Seite der Ukraine"]
    assert direct[0].speaker_text == "er"
    assert any(q.kind == "indirect" and q.speaker_text == "Regierungssprecher" for q in doc.quotes)
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text


def test_hungarian_finds_the_best_pairing():
    assert sorted(hungarian([[0.2, 0.9, 0.0], [0.8, 0.1, 0.0]])) == [(0, 1), (1, 0)]
    assert hungarian([[0.5], [0.9], [0.1]]) == [(1, 0)]


def test_token_overlap_scoring():
    gold = [Q("direct", [1, 2, 3, 4], [(0, 5)]), Q("indirect", [10, 11, 12], [(50, 55)])]
    pred = [Q("direct", [2, 3, 4, 5], [(0, 3)]), Q("indirect", [20, 21], [(90, 95)])]
    direct = score_doc(gold, pred, "direct")
    assert (direct.tp, direct.fp, direct.fn, direct.spk_ok, direct.spk_n) == (3, 1, 1, 1, 1)
    indirect = score_doc(gold, pred, "indirect")  # no overlap: nothing is paired
    assert (indirect.tp, indirect.fp, indirect.fn, indirect.spk_n) == (0, 2, 3, 0)


def test_relayed_quotation_counts_as_both_gold_readings():
    text = "Ein Radiosender zitierte den Trainer mit den Worten: „Wir haben heute verdient verloren.“"
    document, doc = predict(quote_pipeline(with_model=True), text)
    token_chars = [(t.idx, t.idx + len(t.text)) for t in doc]
    pred = _pred_quotes(document, doc, token_chars)
    if not any(q.via for q in pred):  # the via rule needs the parse: skip without a trained model
        assert not doc.has_annotation("DEP")
        return
    person, medium = [q for q in pred if q.group == "direct"]
    assert person.tokens == medium.tokens and medium.via and not person.via
    gold = [
        Q("direct", person.tokens, [(text.index("den Trainer"), text.index("den Trainer") + 11)]),
        Q("direct", person.tokens, [(0, len("Ein Radiosender"))]),
    ]
    counts = score_doc(gold, pred, "direct")
    assert (counts.fp, counts.fn, counts.spk_ok, counts.spk_n) == (0, 0, 2, 2)


def test_pairing_ties_go_to_the_agreeing_speaker():
    # one quotation annotated twice (two sources), predicted twice (speaker and via): the pairing that agrees
    # on the speakers wins the tie
    gold = [Q("direct", [1, 2, 3], [(0, 5)]), Q("direct", [1, 2, 3], [(10, 15)])]
    pred = [Q("direct", [1, 2, 3], [(10, 15)]), Q("direct", [1, 2, 3], [(0, 5)], via=True)]
    assert score_doc(gold, pred, "direct").spk_ok == 2


@needs_data("quotes_wikinews_de", "dev.jsonl.gz")
def test_wikinews_dev_slice():
    table = evaluate_wikinews(data_dir(), 25, quote_pipeline(with_model=False))
    scores = {row[0]: row for row in table.rows}
    assert scores["direct"][3] >= 0.85  # quote F1 on the first 25 articles, rules only
    assert scores["indirect"][3] >= 0.55
    assert scores["all"][5] >= 0.6  # speaker accuracy
