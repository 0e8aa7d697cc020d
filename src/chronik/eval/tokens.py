"""Tokenization and sentence boundaries against UD German-GSD dev+test.

The gold sentences are joined with single spaces into running text (GSD has no document
breaks), so every boundary must be found from the text itself. Tokens and sentences are
compared as character spans: F1 over exact span matches.

Convention difference: part of GSD splits hyphenated compounds ("US-Präsident" → US, -,
Präsident); chronik keeps them as one token ("EU-Kommission"), as German news readers and the
downstream lexicons expect. The gold is scored both as is ("raw") and with such compounds joined.
"""

from __future__ import annotations

from pathlib import Path

from chronik.eval import Table, prf
from chronik.eval.conllu import Sentence, read_conllu
from chronik.pipeline import build
from chronik.text import sentence_spans

CHUNK = 50  # sentences per pseudo-document


def join_hyphen_compounds(tokens: set[tuple[int, int]], text: str) -> set[tuple[int, int]]:
    """Merge gold tokens glued together by a hyphen with no space around it into one span."""
    ordered = sorted(tokens)
    merged: list[tuple[int, int]] = []
    for span in ordered:
        if (
            merged
            and merged[-1][1] == span[0]
            and (text[span[0] : span[1]] == "-" or text[merged[-1][1] - 1 : merged[-1][1]] == "-")
        ):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return set(merged)


def gold_spans(sentences: list[Sentence]) -> tuple[str, set[tuple[int, int]], set[tuple[int, int]]]:
    parts: list[str] = []
    tokens: set[tuple[int, int]] = set()
    sents: set[tuple[int, int]] = set()
    offset = 0
    for sent in sentences:
        start = offset
        cursor = 0
        for tok in sent.tokens:
            pos = sent.text.find(tok, cursor)
            if pos < 0:  # token text not verbatim in the sentence text: skip it
                continue
            tokens.add((start + pos, start + pos + len(tok)))
            cursor = pos + len(tok)
        sents.add((start, start + len(sent.text)))
        parts.append(sent.text)
        offset += len(sent.text) + 1
    return " ".join(parts), tokens, sents


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    nlp = build("de", with_model=False, components=[])
    folder = data_dir / "ud_german_gsd"
    rows = []
    totals = [0] * 9
    for split in ("dev", "test"):
        sentences = list(read_conllu(folder / f"de_gsd-ud-{split}.conllu"))
        if limit:
            sentences = sentences[:limit]
        counts = [0] * 9  # raw tokens tp fp fn, joined-compound tokens tp fp fn, sentences tp fp fn
        for i in range(0, len(sentences), CHUNK):
            text, gold_tok, gold_sent = gold_spans(sentences[i : i + CHUNK])
            doc = nlp(text)
            pred_tok = {(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space}
            pred_sent = {(s, e) for s, e in sentence_spans(doc)}
            pairs = ((gold_tok, pred_tok), (join_hyphen_compounds(gold_tok, text), pred_tok), (gold_sent, pred_sent))
            for k, (gold, pred) in enumerate(pairs):
                counts[3 * k] += len(gold & pred)
                counts[3 * k + 1] += len(pred - gold)
                counts[3 * k + 2] += len(gold - pred)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        rows.append([split, len(sentences), prf(*counts[:3])[2], *prf(*counts[3:6]), *prf(*counts[6:])])
    rows.append(["dev+test", sum(r[1] for r in rows), prf(*totals[:3])[2], *prf(*totals[3:6]), *prf(*totals[6:])])
    return [
        Table(
            title="Tokenization and sentence boundaries (UD German-GSD)",
            columns=[
                *("split", "sentences", "token F1 raw", "token P", "token R", "token F1"),
                *("sent P", "sent R", "sent F1"),
            ],
            rows=rows,
            note="gold sentences joined by single spaces; exact character-span matches; token P/R/F1 with "
            "hyphenated compounds joined in the gold (chronik's convention), 'raw' without",
        )
    ]
