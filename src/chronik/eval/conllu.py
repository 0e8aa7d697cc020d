"""Minimal CoNLL-U reader (surface tokens, words, heads, labels) used by several scorers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Word:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str


@dataclass
class Sentence:
    text: str
    tokens: list[str] = field(default_factory=list)  # surface tokens (multiword tokens unsplit)
    words: list[Word] = field(default_factory=list)  # syntactic words
    sent_id: str = ""


def read_conllu(path: Path) -> Iterator[Sentence]:
    sent: Sentence | None = None
    skip_until = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if sent is not None:
                    yield sent
                sent, skip_until = None, 0
                continue
            if sent is None:
                sent = Sentence(text="")
            if line.startswith("#"):
                if line.startswith("# text = "):
                    sent.text = line[len("# text = ") :]
                elif line.startswith("# sent_id = "):
                    sent.sent_id = line[len("# sent_id = ") :]
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                _, b = cols[0].split("-")
                sent.tokens.append(cols[1])
                skip_until = int(b)
                continue
            wid = int(cols[0])
            if wid > skip_until:
                sent.tokens.append(cols[1])
            head = int(cols[6]) if cols[6].isdigit() else 0
            sent.words.append(Word(wid, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7]))
    if sent is not None:
        yield sent
