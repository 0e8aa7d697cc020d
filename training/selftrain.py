"""Self-training experiment for the NER (issue 3): silver NER sentences from chronik's entity layer on raw Wikinews.

chronik's entity layer (trained NER + gazetteers + rules, ``chronik_entities``) is run over German Wikinews
(``shared/data/wikinews_de``, CC BY 2.5) minus every article annotated in ``tests/data``
(:func:`chronik.training.gold_article_ids`). Its *name* mentions (kind ``name``; no nominal, pronoun or group
mentions) become NER annotations of their sentence: PER/ORG/LOC as entities, MISC as unannotated (chronik does not
aim at MISC), and, as in the recipe's non-GermEval corpora (:func:`chronik.training._adjectives_to_missing`), proper
nouns (STTS NE/FM) outside any name stay unannotated instead of O. The tokens and STTS tags are the shipped
pipeline's (the same syntax model that tags the NER corpora), so the silver matches the run-time input.

Then the NER alone is retrained with the shipped recipe (``training/configs/ner.cfg``, seed 42, 5,000 steps, the
shipped floret vectors and tagged corpora) plus the silver DocBin once in the mixture, assembled with the shipped
syntax model and scored with ``chronik eval ner``'s scorer. Result (2026-12-05, sixth session): SmartData up,
GermEval not, so the recipe does not use it; numbers in docs/quality.md ("Named entities").
``--main``: a checkout whose ``training/corpus`` and ``training/output`` hold the shipped run (read only).

    PYTHONPATH=src python training/selftrain.py silver --out /tmp/selftrain/corpus/tagged/silver/wikinews.spacy
    PYTHONPATH=src python training/selftrain.py train --main /work/main --corpus /tmp/selftrain/corpus \
        --work /tmp/selftrain/output [--seed 7] [--silver-times 0]
    PYTHONPATH=src python training/selftrain.py eval --main /work/main --work /tmp/selftrain/output
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

SENT_END = (".", "!", "?", '"', "“", "”", "«", "»", ")")
NAME_LABELS = ("PER", "ORG", "LOC")


def silver_sentence(
    sent,
    mentions: list[tuple[int, int, str]],
    *,
    min_len: int = 5,
    max_len: int = 80,
    strict: bool = True,
    timexes: list[tuple[int, int]] = (),
):
    """One sentence (a spaCy ``Span`` of a tagged doc) as a silver NER ``Doc``, or None when it looks unreliable.

    ``mentions``: (char start, char end, label) of chronik's name mentions, offsets into ``sent.doc.text``.
    Dropped: sentences with a line break inside, shorter than ``min_len`` or longer than ``max_len`` tokens,
    without sentence-final punctuation (headings, fragments), or with a mention that does not fall on token
    boundaries or overlaps another. PER/ORG/LOC mentions become entities, MISC mentions and proper nouns outside
    any mention become unannotated (missing), everything else O.
    """
    from spacy.tokens import Doc

    from chronik.training import _adjectives_to_missing

    doc = sent.doc
    start, end = sent.start, sent.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    toks = doc[start:end]
    if not (min_len <= len(toks) <= max_len) or any(t.is_space or "\n" in t.whitespace_ for t in toks[:-1]):
        return None
    if not toks[-1].text.endswith(SENT_END):
        return None
    lo, hi = toks.start_char, toks.end_char
    words = [t.text for t in toks]
    spaces = [bool(t.whitespace_) for t in toks]
    spaces[-1] = False
    out = Doc(
        doc.vocab,
        words=words,
        spaces=spaces,
        tags=[t.tag_ for t in toks],
        pos=[t.pos_ for t in toks],
        morphs=[str(t.morph) for t in toks],
        lemmas=[t.lemma_ for t in toks],
    )
    ents, missing, used = [], [], set()
    if any(a < t_end and t_start < b for a, b, _ in mentions for t_start, t_end in timexes if lo <= a < hi):
        return None  # "Im August" tagged LOC: a date read as a name
    for m_start, m_end, label in sorted(mentions):
        if m_end <= lo or m_start >= hi:
            continue
        if m_start < lo or m_end > hi:
            return None  # a mention across the sentence boundary
        span = out.char_span(m_start - lo, m_end - lo, label="MISSING" if label not in NAME_LABELS else label)
        if span is None or used & set(range(span.start, span.end)):
            return None
        if label in NAME_LABELS and (span := _trim_name(span)) is None:
            return None
        used |= set(range(span.start, span.end))
        (ents if label in NAME_LABELS else missing).append(span)
    if strict and any(t.tag_ in ("NE", "FM") and not any(s.start <= t.i < s.end for s in ents + missing) for t in out):
        return None  # a proper noun chronik left out: the sentence would teach O (or nothing) on a name
    out.set_ents(ents, missing=missing, default="outside")
    _adjectives_to_missing(out)  # NE/FM outside a name -> missing; a single adjective "entity" -> missing
    return out


def _trim_name(span, lang: str = "de"):
    """GermEval's span of a name: leading lower-case words ("der amerikanische") and, for a person, leading titles
    ("Präsident", "US-Bundesrichterin") are left out. None when the rest does not look like a name: a token without
    a letter ("Justizministerium 2018"), a person with a common noun in it ("Trumps Entscheidung"), or a single
    common noun that no gazetteer knows as a name ("Universität")."""
    from spacy.tokens import Span

    from chronik import gazetteer as gz
    from chronik.components.entities import _split_compound

    def title(word: str) -> bool:
        return gz.role(word, lang) is not None or _split_compound(word, lang)[1] is not None

    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].text[:1].islower() or (span.label_ == "PER" and title(doc[start].text))):
        start += 1
    if start == end or any(not any(c.isalpha() for c in t.text) for t in doc[start:end]):
        return None
    if span.label_ == "PER" and any(t.tag_ == "NN" for t in doc[start:end]):
        return None
    word = doc[start].text
    if (
        end - start == 1
        and doc[start].tag_ == "NN"
        and not (gz.org(word, lang) or gz.country_code(word, lang) or gz.exact_places(word, lang))
    ):
        return None  # "die Universität", "das Parlament": one common noun the gazetteers do not know as a name
    return Span(doc, start, end, label=span.label_)


def build_silver(
    data: Path, out: Path, *, max_sents: int = 5000, empty_rate: float = 0.1, seed: int = 42, log=print
) -> dict:
    """Silver DocBin from Wikinews articles (shuffled with ``seed``) until ``max_sents`` sentences are kept."""
    from spacy.tokens import DocBin

    from chronik.analysis import Article, make_doc
    from chronik.eval.ner import system_spans
    from chronik.pipeline import load
    from chronik.training import gold_article_ids

    skip = gold_article_ids()
    with gzip.open(data / "wikinews_de" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        articles = [a for a in map(json.loads, fh) if a["id"] not in skip]
    rng = random.Random(seed)
    rng.shuffle(articles)
    nlp = load("de")
    later = [n for n in nlp.pipe_names if n in ("chronik_geo", "chronik_quotes", "chronik_events")]
    bin_ = DocBin(store_user_data=False)
    stats = {"articles": 0, "sentences_seen": 0, "kept": 0, "kept_empty": 0, "dropped": 0, "entities": {}}
    t0 = time.time()
    for art in articles:
        if stats["kept"] >= max_sents:
            break
        if len(art["text"]) > 20000:
            continue
        doc = make_doc(nlp, Article(text=art["text"], title=art["title"]))
        doc = nlp(doc, disable=later)
        # chronik's final name mentions with their entity's label (what `chronik eval ner` scores as chronik)
        mentions = sorted(system_spans(doc))
        timexes = [(t.start, t.end) for t in doc._.timexes or []]
        stats["articles"] += 1
        for sent in doc.sents:
            stats["sentences_seen"] += 1
            silver = silver_sentence(sent, mentions, timexes=timexes)
            if silver is None:
                stats["dropped"] += 1
                continue
            if not silver.ents and rng.random() >= empty_rate:
                continue
            bin_.add(silver)
            stats["kept"] += 1
            stats["kept_empty"] += not silver.ents
            for e in silver.ents:
                stats["entities"][e.label_] = stats["entities"].get(e.label_, 0) + 1
            if stats["kept"] >= max_sents:
                break
        if stats["articles"] % 50 == 0:
            log(f"{stats['articles']} articles, {stats['kept']} sentences kept, {time.time() - t0:.0f} s")
    out.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    stats["tokens"] = sum(len(d) for d in bin_.get_docs(nlp.vocab))
    stats["skipped_gold_articles"] = len(skip)
    return stats


SILVER = "tagged/silver/wikinews.spacy"


def train_ner(corpus: Path, work: Path, main: Path, steps: int = 5000, seed: int = 42, silver_times: int = 1) -> None:
    """The shipped NER run (``chronik.training.train`` step 3) with the silver DocBin added once to the mix.

    ``corpus`` must hold ``SILVER``; the shipped tagged corpora are linked in from ``main/training/corpus``."""
    from chronik import training

    for sub in ("ner", "ner_extra", "wikiann", "dev"):
        link = corpus / "tagged" / sub
        if not link.exists():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to((main / "training/corpus/tagged" / sub).resolve())
    if silver_times:
        training.MIXES["ner"] = [*training.MIXES["ner"], f"{SILVER}:{silver_times}"]
    cmd = training.spacy_train_cmd(
        "ner",
        corpus,
        work / "ner",
        {
            "training.max_steps": str(steps),
            "paths.vectors": str(main / "training/output/vectors"),
            "system.seed": str(seed),
        },
    )
    training.train_parallel({"ner": cmd}, work / "logs")


def evaluate(work: Path, main: Path, data: Path) -> dict:
    from chronik import training

    model = training.assemble(
        main / "training/output/syntax/model-best",
        work / "ner/model-best",
        main / "training/corpus",
        work / "assembled",
    )
    return training.evaluate_model(model, data)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("step", choices=["silver", "train", "eval"])
    p.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    p.add_argument("--main", type=Path, default=Path(__file__).resolve().parents[1], help="repo with the shipped run")
    p.add_argument("--out", type=Path, default=Path("/tmp/selftrain/corpus") / SILVER)
    p.add_argument("--corpus", type=Path, default=Path("/tmp/selftrain/corpus"))
    p.add_argument("--work", type=Path, default=Path("/tmp/selftrain/output"))
    p.add_argument("--max-sents", type=int, default=5000)
    p.add_argument("--steps", type=int, default=5000)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--silver-times", type=int, default=1, help="copies of the silver set in the mix (0: shipped mix)")
    a = p.parse_args(argv)
    if a.step == "silver":
        print(json.dumps(build_silver(a.data, a.out, max_sents=a.max_sents, log=lambda m: print(m, flush=True))))
    elif a.step == "train":
        train_ner(a.corpus, a.work, a.main, a.steps, a.seed, a.silver_times)
    else:
        metrics = evaluate(a.work, a.main, a.data)
        print(json.dumps({k: v["ALL"] for k, v in metrics["ner"].items()}, indent=1))
        (a.work / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
