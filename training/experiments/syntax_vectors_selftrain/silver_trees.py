"""Silver dependency trees for the UPOS-only GSD v2.3 sentences, kept only where two parsers agree.

The recipe's ``upos/silver.spacy`` sentences (13,814, gold UPOS + silver STTS/morphology, no trees) are parsed by two
different parsers: the shipped model's and the recipe's stage-1 parser (gold trees only, 2,000 steps). A sentence whose
every head and label the two agree on keeps that tree; every other sentence stays without one, as in the recipe. (A
tree with only the agreed arcs would be more data, but spaCy 3.8's projectivisation mangles trees with missing heads,
so partial trees are not used.)

Usage: python silver_trees.py CORPUS STAGE1_MODEL SHIPPED_MODEL
writes CORPUS/upos/silver_trees.spacy and prints how many sentences and tokens were kept.
"""

import sys

import spacy
from spacy.tokens import Doc, DocBin

corpus, stage1, shipped = sys.argv[1:4]
a = spacy.load(shipped, exclude=["ner", "chronik_lemmatizer", "tagger", "morphologizer"])
b = spacy.load(stage1, exclude=["tagger", "morphologizer"])
docs = list(DocBin().from_disk(f"{corpus}/upos/silver.spacy").get_docs(a.vocab))


def parse(nlp: spacy.Language, doc: Doc) -> list[tuple[int, str]]:
    """(head index, label) per token of one sentence, parsed on the sentence's own tokens."""
    fresh = Doc(
        nlp.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        sent_starts=[True] + [False] * (len(doc) - 1),
    )
    for _, pipe in nlp.pipeline:
        fresh = pipe(fresh)
    return [(t.head.i, t.dep_) for t in fresh]


out = DocBin(store_user_data=False)
kept = kept_tokens = 0
for doc in docs:
    arcs = parse(a, doc)
    annotation = {
        "words": [t.text for t in doc],
        "spaces": [bool(t.whitespace_) for t in doc],
        "pos": [t.pos_ for t in doc],
        "tags": [t.tag_ for t in doc],
        "morphs": [str(t.morph) for t in doc],
    }
    if arcs == parse(b, doc):
        kept += 1
        kept_tokens += len(doc)
        out.add(Doc(a.vocab, heads=[h for h, _ in arcs], deps=[d for _, d in arcs], **annotation))
    else:
        out.add(Doc(a.vocab, sent_starts=[True] + [False] * (len(doc) - 1), **annotation))
out.to_disk(f"{corpus}/upos/silver_trees.spacy")
print(f"sentences {len(docs)}, kept with a tree {kept} ({kept_tokens} tokens)")
