"""Quotations against German news (Wikinews quotation attribution) and SpkAtt-2023 dev.

Scoring follows the dataset authors (Petersen-Frey & Biemann 2024): system and gold
quotations of a document are paired by an optimal (Hungarian) assignment on token-overlap
F1, and precision/recall/F1 count quote *tokens* over the pairs (unpaired quotations count
all their tokens as false positives / negatives). We score per quotation type: Direct
(chronik ``direct`` + ``partial``), Indirect (Indirect, FreeIndirect, IndirectFreeIndirect;
chronik ``indirect``) and Reported. Speaker accuracy: over paired quotations whose gold has
a speaker, the predicted speaker span overlaps the gold speaker span, or both resolve to
the same ``entities`` id (a coreferent mention). A quotation relayed by a medium ("Die Zeitung
zitiert X mit den Worten: …") is annotated twice in the gold, once per source; chronik gives
one quotation with ``speaker`` and ``via`` (the medium), which therefore counts as both readings.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from chronik.analysis import Article, make_doc, to_document
from chronik.document import Document
from chronik.eval import Table, Tally, prf
from chronik.pipeline import available_components, build

TYPE_GROUP = {
    "Direct": "direct",
    "Indirect": "indirect",
    "FreeIndirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "Reported": "reported",
}
KIND_GROUP = {"direct": "direct", "partial": "direct", "indirect": "indirect", "reported": "reported"}
GROUPS = ("direct", "indirect", "reported")


@dataclass
class Q:
    group: str
    tokens: list[int]
    speaker: list[tuple[int, int]] = field(default_factory=list)  # char spans
    speaker_entity: str | None = None
    via: bool = False  # the second reading of a quotation relayed by a medium (see _pred_quotes)


@dataclass
class Counts(Tally):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    spk_ok: int = 0
    spk_n: int = 0


def hungarian(score: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-score assignment of rows to columns (rectangular matrices allowed)."""
    n_rows = len(score)
    n_cols = len(score[0]) if n_rows else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    big = max((v for row in score for v in row), default=0.0)
    cost = [[(big - score[i][j]) if i < n_rows and j < n_cols else big for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, n + 1) if p[j] - 1 < n_rows and j - 1 < n_cols]


def overlap_f1(a: list[int], b: list[int]) -> float:
    both = len(set(a) & set(b))
    if not both:
        return 0.0
    p, r = both / len(b), both / len(a)
    return 2 * p * r / (p + r)


def score_doc(gold: list[Q], pred: list[Q], group: str | None) -> Counts:
    """Token counts and speaker hits for one document (``group`` None: all types together)."""
    g = [q for q in gold if group is None or q.group == group]
    s = [q for q in pred if group is None or q.group == group]
    c = Counts()
    # ties in quote overlap (a quotation annotated once per source) go to the pairing that agrees on the speaker
    matrix = [[overlap_f1(gq.tokens, sq.tokens) + 1e-7 * _same_speaker(gq, sq) for sq in s] for gq in g]
    pairs = [(i, j) for i, j in hungarian(matrix) if matrix[i][j] > 1e-6] if g and s else []
    for i, j in pairs:
        gt, st = set(g[i].tokens), set(s[j].tokens)
        c.tp += len(gt & st)
        c.fp += len(st - gt)
        c.fn += len(gt - st)
        if g[i].speaker:
            c.spk_n += 1
            c.spk_ok += int(_same_speaker(g[i], s[j]))
    matched_g = {i for i, _ in pairs}
    matched_s = {j for _, j in pairs}
    c.fn += sum(len(set(q.tokens)) for i, q in enumerate(g) if i not in matched_g)
    c.fp += sum(len(set(q.tokens)) for j, q in enumerate(s) if j not in matched_s)
    return c


def _same_speaker(gold: Q, pred: Q) -> bool:
    for gs, ge in gold.speaker:
        for ps, pe in pred.speaker:
            if min(ge, pe) > max(gs, ps):
                return True
    return gold.speaker_entity is not None and gold.speaker_entity == pred.speaker_entity


def quote_pipeline(with_model: bool = True) -> Language:
    """Model pipes (if any), entities (for coreference) and quotes; the other components are not needed.

    Entities are dropped when they fail on a smoke text, so that a sibling component under
    construction cannot block the quote scores.
    """
    names = [n for n in ("entities", "quotes") if n in available_components()]
    try:
        nlp = build("de", with_model=with_model, components=names)
        predict(nlp, "Die Kanzlerin sagte, sie werde kommen. „Wir handeln“, sagte Olaf Scholz.", "Scholz in Kiew")
        return nlp
    except Exception:
        return build("de", with_model=with_model, components=["quotes"])


def predict(nlp: Language, text: str, title: str | None = None) -> tuple[Document, object]:
    article = Article(text=text, title=title)
    doc = nlp(make_doc(nlp, article))
    return to_document(doc, article), doc


def _tokens_in(spans: list[tuple[int, int]], token_chars: list[tuple[int, int]]) -> list[int]:
    return [k for k, (ts, te) in enumerate(token_chars) if any(min(te, e) > max(ts, s) for s, e in spans)]


def _pred_quotes(document: Document, doc: object, token_chars: list[tuple[int, int]]) -> list[Q]:
    from chronik.components.common import entity_at

    out = []
    for quote in document.quotes:
        extra = quote.model_extra or {}
        spans = [tuple(p) for p in extra.get("parts", [])] or [(quote.start, quote.end)]
        speakers = [tuple(extra[k]) for k in ("speaker_span", "speaker_resolved") if k in extra]
        q = Q(KIND_GROUP[quote.kind], _tokens_in(spans, token_chars), speakers, quote.speaker)
        if q.speaker_entity is None and speakers:
            ent = entity_at(doc, *speakers[0])  # type: ignore[arg-type]
            q.speaker_entity = ent.id if ent is not None else None
        out.append(q)
        if "via_span" in extra:
            # "Die Zeitung zitiert X mit den Worten: „…“": the gold annotates such a quotation twice, once per
            # source; chronik's one quotation names both (speaker and via), so it counts as both annotations
            via = tuple(extra["via_span"])
            ent = entity_at(doc, *via)  # type: ignore[arg-type]
            out.append(Q(q.group, list(q.tokens), [via], ent.id if ent is not None else None, via=True))
    return out


QUOTE_MARKS = frozenset("„“”\"»«‚‘’›‹'")


def _without_marks(quotes: list[Q], text: str, token_chars: list[tuple[int, int]]) -> None:
    """Drop quote-mark tokens from quote token sets: chronik's spans exclude the marks (the
    contract), the gold includes them; the words are what is compared."""
    marks = {k for k, (s, e) in enumerate(token_chars) if text[s:e] and set(text[s:e]) <= QUOTE_MARKS}
    for q in quotes:
        q.tokens = [t for t in q.tokens if t not in marks]


def _read(path: Path, limit: int | None) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            yield json.loads(line)


def wikinews_docs(path: Path, limit: int | None) -> Iterator[tuple[str, list[tuple[int, int]], list[dict]]]:
    for d in _read(path, limit):
        token_chars = [(t["charBegin"], t["charEnd"]) for t in d["tokens"]]
        yield d["originalText"], token_chars, d["annotations"]


def wikinews_title(name: str) -> str:
    """'11059 - Passagierflugzeug landete in Guam (2005-08-20)' -> the headline in the middle."""
    return re.sub(r"^\d+ - | \(\d{4}-\d{2}-\d{2}\)$", "", name)


def _gold_wikinews(annotations: list[dict], text_entity: object) -> list[Q]:
    from chronik.components.common import entity_at

    out = []
    for a in annotations:
        speaker = [(sp["charBegin"], sp["charEnd"]) for sp in a["speaker"]["spans"]]
        ent = entity_at(text_entity, *speaker[0]) if speaker else None  # type: ignore[arg-type]
        out.append(Q(TYPE_GROUP[a["type"]], sorted(set(a["quote"]["tokenIds"])), speaker, ent.id if ent else None))
    return out


def _unique(gold: list[Q]) -> list[Q]:
    """Gold with repeated quote spans counted once: annotators mark one quotation twice when it has two
    sources ("Die Zeitung zitiert einen Augenzeugen: „…“"), which no one-speaker-per-quote system can match."""
    seen: set[tuple[str, tuple[int, ...]]] = set()
    out = []
    for q in gold:
        key = (q.group, tuple(q.tokens))
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _rows(totals: dict[str | None, Counts]) -> list[list]:
    rows = []
    for group in (*GROUPS, None):
        c = totals[group]
        p, r, f = prf(c.tp, c.fp, c.fn)
        acc = c.spk_ok / c.spk_n if c.spk_n else 0.0
        rows.append([group or "all", p, r, f, c.spk_n, acc])
    return rows


def evaluate_wikinews(data_dir: Path, limit: int | None, nlp: Language, split: str | None = None) -> Table:
    """Scores on the Wikinews split ``split`` (default ``$CHRONIK_QUOTES_SPLIT`` or ``dev``; ``train`` serves
    as a second, larger check while developing rules on dev)."""
    split = split or os.environ.get("CHRONIK_QUOTES_SPLIT") or "dev"
    path = data_dir / "quotes_wikinews_de" / f"{split}.jsonl.gz"
    totals = {g: Counts() for g in (*GROUPS, None)}
    titles = [wikinews_title(d["documentName"]) for d in _read(path, limit)]
    dedup = Counts()  # direct quotations, each gold span counted once (see _unique)
    n_docs = 0
    for n, (text, token_chars, gold_annotations) in enumerate(wikinews_docs(path, limit)):
        document, doc = predict(nlp, text, titles[n])
        gold = _gold_wikinews(gold_annotations, doc)
        pred = _pred_quotes(document, doc, token_chars)
        _without_marks(gold + pred, text, token_chars)
        for group in totals:
            totals[group].add(score_doc(gold, pred, group))
        dedup.add(score_doc(_unique(gold), [q for q in pred if not q.via], "direct"))
        n_docs += 1
    rows = _rows(totals)
    p, r, f = prf(dedup.tp, dedup.fp, dedup.fn)
    rows.append(["direct, gold span once", p, r, f, dedup.spk_n, dedup.spk_ok / dedup.spk_n if dedup.spk_n else 0.0])
    return Table(
        title=f"Quotations, German Wikinews quotation attribution {split} ({n_docs} docs)",
        columns=["type", "quote P", "quote R", "quote F1", "gold speakers", "speaker acc"],
        rows=rows,
        note="token overlap, Hungarian pairing per document and type; 'all' pairs across types",
    )


def spkatt_docs(path: Path, limit: int | None) -> Iterator[tuple[str, list[tuple[int, int]], list[Q]]]:
    """SpkAtt speeches as running text; gold = speech events with a Message (no types: group 'any')."""
    for d in _read(path, limit):
        parts: list[str] = []
        token_chars: list[tuple[int, int]] = []
        index: dict[str, int] = {}
        offset = 0
        for sent in d["Sentences"]:
            for k, tok in enumerate(sent["Tokens"]):
                index[f"{sent['SentenceId']}:{k}"] = len(token_chars)
                token_chars.append((offset, offset + len(tok)))
                parts.append(tok)
                offset += len(tok) + 1
        text = " ".join(parts)
        gold = []
        for a in d["Annotations"]:
            msg = sorted({index[t] for t in a.get("Message", []) if t in index})
            if not msg:
                continue
            src = sorted({index[t] for t in a.get("Source", []) if t in index})
            speaker = [token_chars[k] for k in src]
            gold.append(Q("any", msg, speaker))
        yield text, token_chars, gold


def evaluate_spkatt(data_dir: Path, limit: int | None, nlp: Language) -> Table:
    path = data_dir / "spkatt2023_speaker_attribution" / "dev.jsonl.gz"
    total = Counts()
    n_docs = 0
    for text, token_chars, gold in spkatt_docs(path, limit):
        document, doc = predict(nlp, text)
        pred = _pred_quotes(document, doc, token_chars)
        _without_marks(gold + pred, text, token_chars)
        for q in pred:
            q.group = "any"
        total.add(score_doc(gold, pred, None))
        n_docs += 1
    p, r, f = prf(total.tp, total.fp, total.fn)
    acc = total.spk_ok / total.spk_n if total.spk_n else 0.0
    return Table(
        title=f"Quotations, SpkAtt-2023 dev (Bundestag speeches, {n_docs} docs)",
        columns=["type", "quote P", "quote R", "quote F1", "gold speakers", "speaker acc"],
        rows=[["all (Message)", p, r, f, total.spk_n, acc]],
        note="SpkAtt has no quotation types; gold = speech events with a Message span",
    )


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    nlp = quote_pipeline(with_model=os.environ.get("CHRONIK_QUOTES_NO_MODEL") is None)
    tables = []
    if (data_dir / "quotes_wikinews_de").is_dir():
        tables.append(evaluate_wikinews(data_dir, limit, nlp))
    if (data_dir / "spkatt2023_speaker_attribution").is_dir():
        tables.append(evaluate_spkatt(data_dir, limit, nlp))
    return tables
