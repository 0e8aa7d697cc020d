"""Convert the staged corpora in ``shared/data`` into spaCy DocBins under ``training/corpus/``.

Every split is decided here, with fixed seeds, *before* any training:

* UD German-GSD dev+test (the only gold trees): 20 % of test (seeded shuffle) is held out for
  ``chronik eval parse``; of the rest, a small dev slice drives checkpoint selection, the remainder trains.
* GermEval 2014 dev: 25 % held out for ``chronik eval ner``, a dev slice, the remainder trains.
* SmartData v1 test, news documents: a seeded slice of 150 documents is held out (second NER eval set).

Run ``python training/convert.py --data ../shared/data --out training/corpus`` (``chronik train de`` does it).
A ``manifest.json`` with the source files' sha256 and the size of every output is written next to the DocBins.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

SEED = 20241125

GERMEVAL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
SMARTDATA_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
}
# name-like types that are neither clearly an entity nor clearly O in the CoNLL scheme: left unannotated
SMARTDATA_MISSING = {"location-route"}
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}  # fmt: skip
LER_MISSING = {"GS", "VO", "EUN", "VS", "VT", "RS", "LIT"}  # legal norms/decisions: neither O nor a news type


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def open_text(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


# --------------------------------------------------------------------------- UD German-GSD


def read_conllu_full(path: Path) -> Iterator[dict]:
    """Sentences of a CoNLL-U file as surface tokens with their analysis.

    A multiword token (``zum`` = ``zu dem``) becomes one token: UPOS/head/deprel of its first
    word, features of its last (the article: case/gender/number), STTS ``APPRART``, lemma of the
    first word. Heads of syntactic words are mapped onto surface tokens.
    """
    lines: list[str] = []
    sent_id = ""
    with open_text(path) as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = ") :]
            if not line:
                if lines:
                    yield _conllu_sentence(lines, sent_id)
                lines, sent_id = [], ""
                continue
            if not line.startswith("#"):
                lines.append(line)
    if lines:
        yield _conllu_sentence(lines, sent_id)


def _conllu_sentence(lines: list[str], sent_id: str) -> dict:
    words: dict[int, list[str]] = {}
    ranges: list[tuple[int, int, list[str]]] = []
    for line in lines:
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            a, b = (int(x) for x in cols[0].split("-"))
            ranges.append((a, b, cols))
        else:
            words[int(cols[0])] = cols
    # surface tokens
    word2tok: dict[int, int] = {}
    toks: list[dict] = []
    covered: dict[int, tuple[int, int, list[str]]] = {}
    for a, b, cols in ranges:
        for w in range(a, b + 1):
            covered[w] = (a, b, cols)
    wid = 1
    n_words = max(words) if words else 0
    while wid <= n_words:
        if wid in covered:
            a, b, cols = covered[wid]
            first, last = words[a], words[b]
            idx = len(toks)
            for w in range(a, b + 1):
                word2tok[w] = idx
            # the word of the range whose head lies outside the range carries the attachment
            outside = [words[w] for w in range(a, b + 1) if not (a <= int(words[w][6]) <= b)]
            att = outside[0] if outside else first
            toks.append(
                {
                    "text": cols[1],
                    "space": "SpaceAfter=No" not in cols[9],
                    "lemma": first[2],
                    "pos": first[3],
                    "tag": "APPRART" if first[3] == "ADP" else first[4],
                    "morph": last[5] if last[5] != "_" else "",
                    "head_word": int(att[6]),
                    "dep": att[7],
                }
            )
            wid = b + 1
            continue
        cols = words[wid]
        word2tok[wid] = len(toks)
        toks.append(
            {
                "text": cols[1],
                "space": "SpaceAfter=No" not in cols[9],
                "lemma": cols[2],
                "pos": cols[3],
                "tag": cols[4],
                "morph": cols[5] if cols[5] != "_" else "",
                "head_word": int(cols[6]),
                "dep": cols[7],
            }
        )
        wid += 1
    heads = []
    deps = []
    for i, t in enumerate(toks):
        hw = t["head_word"]
        if hw == 0:
            heads.append(i)
            deps.append("ROOT")
        else:
            heads.append(word2tok[hw])
            deps.append(t["dep"])
    return {"id": sent_id, "toks": toks, "heads": heads, "deps": deps}


def gsd_doc(vocab: Vocab, sent: dict) -> Doc:
    toks = sent["toks"]
    return Doc(
        vocab,
        words=[t["text"] for t in toks],
        spaces=[t["space"] for t in toks],
        lemmas=[t["lemma"] for t in toks],
        pos=[t["pos"] for t in toks],
        tags=[t["tag"] for t in toks],
        morphs=[t["morph"] for t in toks],
        heads=sent["heads"],
        deps=sent["deps"],
        sent_starts=[True] + [False] * (len(toks) - 1),
    )


def split_gsd(data: Path, seed: int = SEED) -> dict[str, list[dict]]:
    """The fixed GSD split: heldout = 20 % of test; dev = 150 of the rest; train = the remainder."""
    folder = data / "ud_german_gsd"
    dev = list(read_conllu_full(folder / "de_gsd-ud-dev.conllu"))
    test = list(read_conllu_full(folder / "de_gsd-ud-test.conllu"))
    rng = random.Random(seed)
    order = list(range(len(test)))
    rng.shuffle(order)
    n_held = round(0.2 * len(test))
    held_idx = set(order[:n_held])
    heldout = [s for i, s in enumerate(test) if i in held_idx]
    rest = dev + [s for i, s in enumerate(test) if i not in held_idx]
    rng2 = random.Random(seed + 1)
    order = list(range(len(rest)))
    rng2.shuffle(order)
    dev_idx = set(order[:150])
    return {
        "heldout": heldout,
        "dev": [s for i, s in enumerate(rest) if i in dev_idx],
        "train": [s for i, s in enumerate(rest) if i not in dev_idx],
    }


# --------------------------------------------------------------------------- UPOS-only GSD train v2.3


def upos_form_remap(train_sents: list[dict]) -> dict[tuple[str, str], str]:
    """Word-level remapping of v2.3 UPOS to the 2025 scheme, learnt from the gold training trees.

    For the classes that changed (PRON→DET, ADV→ADJ, ADJ→DET, AUX↔VERB): a (form, old-UPOS) pair is
    rewritten when the form carries the new UPOS in ≥ 80 % of its (≥ 2) gold occurrences *and* the old UPOS
    never — so relative *die*/*der* (PRON in both versions) are not turned into articles.
    """
    counts: dict[str, Counter] = {}
    for s in train_sents:
        for t in s["toks"]:
            counts.setdefault(t["text"].lower(), Counter())[t["pos"]] += 1
    changes = {"PRON": {"DET"}, "ADV": {"ADJ"}, "ADJ": {"DET"}, "AUX": {"VERB"}, "VERB": {"AUX"}}
    remap: dict[tuple[str, str], str] = {}
    for form, c in counts.items():
        total = sum(c.values())
        if total < 2:
            continue
        best, n = c.most_common(1)[0]
        if n / total < 0.8:
            continue
        for old, news in changes.items():
            if best in news and c[old] == 0:
                remap[(form, old)] = best
    return remap


def read_upos(path: Path, remap: dict[tuple[str, str], str] | None) -> Iterator[tuple[list[str], list[str]]]:
    with open_text(path) as fh:
        for line in fh:
            items = line.split()
            if not items:
                continue
            # resolve multiword tokens: UPOS of the first following part
            words2, tags2 = [], []
            i = 0
            while i < len(items):
                form, _, upos = items[i].rpartition("##")
                if upos == "_":
                    nxt = items[i + 1].rpartition("##")[2] if i + 1 < len(items) else "ADP"
                    words2.append(form)
                    tags2.append(nxt)
                    i += 3
                    continue
                words2.append(form)
                tags2.append(upos)
                i += 1
            if remap:
                tags2 = [remap.get((w.lower(), t), t) for w, t in zip(words2, tags2, strict=True)]
            yield words2, tags2


# --------------------------------------------------------------------------- NER readers


def iob_sentences(path: Path, token_col: int, tag_col: int, sep: str | None = None) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    with open_text(path) as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("-DOCSTART-") or line.startswith("#\t"):
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) <= max(token_col, tag_col):
                continue
            sent.append((cols[token_col], cols[tag_col]))
    if sent:
        yield sent


def iob_doc(vocab: Vocab, sent: list[tuple[str, str]], mapping: dict[str, str], missing: set[str]) -> Doc:
    words = [w for w, _ in sent]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    ents, miss = [], []
    start, label = None, None

    def close(end: int) -> None:
        if start is None:
            return
        if label in mapping:
            ents.append(Span(doc, start, end, label=mapping[label]))
        elif label in missing:
            miss.append(Span(doc, start, end, label="MISSING"))

    for i, (_, tag) in enumerate(sent):
        if tag == "O" or "-" not in tag:
            close(i)
            start, label = None, None
            continue
        prefix, typ = tag.split("-", 1)
        if prefix == "B" or typ != label or start is None:
            close(i)
            start, label = i, typ
    close(len(sent))
    doc.set_ents(ents, missing=miss, default="outside")
    return doc


def read_smartdata(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    dec = json.JSONDecoder()
    i = 0
    n = len(data)
    while i < n:
        while i < n and data[i].isspace():
            i += 1
        if i >= n:
            break
        obj, i = dec.raw_decode(data, i)
        yield obj


def _trim(span: Span) -> Span | None:
    """Strip whitespace/punctuation at the edges; drop spans that cross a line break."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if start >= end or any(t.is_space or "\n" in t.whitespace_ for t in doc[start : end - 1]):
        return None
    if doc[end - 1].is_space:
        return None
    return Span(doc, start, end, label=span.label_)


def smartdata_doc(nlp, obj: dict) -> Doc | None:
    text = obj["text"]["string"]
    doc = nlp.make_doc(text)
    ents, miss = [], []
    mentions = (obj.get("conceptMentions") or {}).get("array") or []
    for m in mentions:
        typ = m["type"]
        s, e = m["span"]["start"], m["span"]["end"]
        if typ in SMARTDATA_MAP:
            span = doc.char_span(s, e, label=SMARTDATA_MAP[typ], alignment_mode="expand")
            if span is not None:
                ents.append(span)
        elif typ in SMARTDATA_MISSING:
            span = doc.char_span(s, e, label="MISSING", alignment_mode="expand")
            if span is not None:
                miss.append(span)
    ents = spacy.util.filter_spans([t for t in (_trim(sp) for sp in ents) if t is not None])
    taken = {i for sp in ents for i in range(sp.start, sp.end)}
    miss = [sp for sp in spacy.util.filter_spans(miss) if not any(i in taken for i in range(sp.start, sp.end))]
    doc.set_ents(ents, missing=miss, default="outside")
    return doc


# --------------------------------------------------------------------------- splits (shared with the scorers)


def germeval_split(data: Path, seed: int = SEED) -> dict[str, list[list[tuple[str, str]]]]:
    """GermEval 2014 dev sentences: heldout 25 % (seeded shuffle), dev 150, train the rest."""
    ge = list(iob_sentences(data / "germeval2014_ner/NER-de-dev.tsv", 1, 2, sep="\t"))
    rng = random.Random(seed)
    order = list(range(len(ge)))
    rng.shuffle(order)
    n_held = round(0.25 * len(ge))
    held, dev = set(order[:n_held]), set(order[n_held : n_held + 150])
    return {
        "heldout": [s for i, s in enumerate(ge) if i in held],
        "dev": [s for i, s in enumerate(ge) if i in dev],
        "train": [s for i, s in enumerate(ge) if i not in held and i not in dev],
    }


def smartdata_split(data: Path, seed: int = SEED) -> dict[str, list[dict]]:
    """SmartData v1: heldout = 150 news documents of the test file (seeded); train = the rest of train+test."""
    train = list(read_smartdata(data / "smartdata_de_ner/v1_train.json.gz"))
    test = list(read_smartdata(data / "smartdata_de_ner/v1_test.json.gz"))
    news_idx = [i for i, o in enumerate(test) if (o.get("refids") or {}).get("map", {}).get("source") == "news"]
    rng = random.Random(seed)
    rng.shuffle(news_idx)
    held = set(news_idx[:150])
    return {
        "heldout": [o for i, o in enumerate(test) if i in held],
        "train": train + [o for i, o in enumerate(test) if i not in held],
    }


def make_nlp():
    nlp = spacy.blank("de")
    from chronik import text as text_basics

    text_basics.customize_tokenizer(nlp)
    return nlp


SOURCES = [
    "ud_german_gsd/de_gsd-ud-dev.conllu",
    "ud_german_gsd/de_gsd-ud-test.conllu",
    "ud_german_gsd_train_upos_v23/de_gsd-ud-train.conllu.pos.gz",
    "germeval2014_ner/NER-de-dev.tsv",
    "smartdata_de_ner/v1_train.json.gz",
    "smartdata_de_ner/v1_test.json.gz",
    "mobie_de_ner/train.conll2003.gz",
    "mobie_de_ner/dev.conll2003.gz",
    "german_ler_legal_ner/ler_train.derived.conll.gz",
    "wikiann_de/wikiann-de-train.txt.gz",
]


# --------------------------------------------------------------------------- main


def write(out: Path, name: str, docs: list[Doc], manifest: dict) -> None:
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    path = out / f"{name}.spacy"
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    ents = Counter(e.label_ for d in docs for e in d.ents)
    key = f"{out.name}/{name}"
    manifest["outputs"][key] = {
        "docs": len(docs),
        "tokens": sum(len(d) for d in docs),
        "entities": dict(sorted(ents.items())),
    }
    print(f"{key:30s} {len(docs):6d} docs {sum(len(d) for d in docs):8d} tokens {dict(ents)}", file=sys.stderr)


def convert(data: Path, out: Path, seed: int = SEED, ler_sents: int = 6000, wikiann_sents: int = 20000) -> dict:
    """Write every corpus under ``out``; returns the manifest (also saved as ``out/manifest.json``)."""
    out.mkdir(parents=True, exist_ok=True)
    nlp = make_nlp()
    vocab = nlp.vocab
    manifest: dict = {"seed": seed, "sources": {}, "outputs": {}}
    for rel in SOURCES:
        manifest["sources"][rel] = sha256(data / rel)

    # GSD gold trees
    gsd = split_gsd(data, seed)
    write(out / "gsd", "train", [gsd_doc(vocab, s) for s in gsd["train"]], manifest)
    write(out / "gsd", "dev", [gsd_doc(vocab, s) for s in gsd["dev"]], manifest)
    write(out / "eval", "gsd_heldout", [gsd_doc(vocab, s) for s in gsd["heldout"]], manifest)
    manifest["gsd_heldout_ids"] = [s["id"] for s in gsd["heldout"]]

    # UPOS-only v2.3 train (remapped towards the 2025 scheme)
    remap = upos_form_remap(gsd["train"])
    upos_docs = []
    for words, tags in read_upos(data / "ud_german_gsd_train_upos_v23/de_gsd-ud-train.conllu.pos.gz", remap):
        upos_docs.append(Doc(vocab, words=words, pos=tags, sent_starts=[True] + [False] * (len(words) - 1)))
    write(out / "upos", "train", upos_docs, manifest)
    manifest["upos_remap_pairs"] = len(remap)

    ge = germeval_split(data, seed)
    for split, sents in ge.items():
        folder = {"heldout": "eval", "dev": "dev", "train": "ner"}[split]
        write(out / folder, f"germeval_{split}", [iob_doc(vocab, s, GERMEVAL_MAP, set()) for s in sents], manifest)

    sd = smartdata_split(data, seed)
    write(out / "eval", "smartdata_heldout", [smartdata_doc(nlp, o) for o in sd["heldout"]], manifest)
    write(out / "ner", "smartdata_train", [smartdata_doc(nlp, o) for o in sd["train"]], manifest)
    manifest["smartdata_heldout_ids"] = [o["id"] for o in sd["heldout"]]

    # MobIE train + dev
    mob = []
    for split in ("train", "dev"):
        for s in iob_sentences(data / f"mobie_de_ner/{split}.conll2003.gz", 0, 3):
            mob.append(iob_doc(vocab, s, SMARTDATA_MAP, SMARTDATA_MISSING))
    write(out / "ner", "mobie_train", mob, manifest)

    # LER: subsample (down-weight the legal domain): sentences with a PER/LOC/ORG entity, + 20 % without
    ler_with, ler_without = [], []
    for s in iob_sentences(data / "german_ler_legal_ner/ler_train.derived.conll.gz", 0, 1):
        types = {t.split("-", 1)[1] for _, t in s if "-" in t}
        (ler_with if types & set(LER_MAP) else ler_without).append(s)
    rng = random.Random(seed)
    rng.shuffle(ler_with)
    rng.shuffle(ler_without)
    picked = ler_with[:ler_sents] + ler_without[: ler_sents // 5]
    write(out / "ner_extra", "ler_train", [iob_doc(vocab, s, LER_MAP, LER_MISSING) for s in picked], manifest)

    # WikiANN silver (PER/ORG/LOC only, no MISC: MISC-like names are left as O upstream)
    wa = []
    for s in iob_sentences(data / "wikiann_de/wikiann-de-train.txt.gz", 0, 1, sep="\t"):
        wa.append([(w[3:] if w.startswith("de:") else w, t) for w, t in s])
    rng = random.Random(seed)
    rng.shuffle(wa)
    mapping = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
    write(out / "wikiann", "train", [iob_doc(vocab, s, mapping, set()) for s in wa[:wikiann_sents]], manifest)

    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--ler-sents", type=int, default=6000, help="LER sentences with entities to keep")
    ap.add_argument("--wikiann-sents", type=int, default=20000)
    args = ap.parse_args(argv)
    convert(args.data, args.out, args.seed, args.ler_sents, args.wikiann_sents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
