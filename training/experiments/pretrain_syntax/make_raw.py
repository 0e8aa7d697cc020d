"""Raw text for `spacy pretrain`: the recipe's vectors text (chronik.training.raw_text, ~1.24 M tokens) as a DocBin.

Usage: python make_raw.py training/output/raw_text.txt raw.spacy  (lines of 5-300 tokens, as for the NER pretraining)
"""

import sys

import spacy
from spacy.tokens import Doc, DocBin

nlp = spacy.blank("de")
db = DocBin(attrs=["ORTH"], store_user_data=False)
n = docs = 0
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        w = line.split()
        if 5 <= len(w) <= 300:
            db.add(Doc(nlp.vocab, words=w))
            n += len(w)
            docs += 1
db.to_disk(sys.argv[2])
print("docs", docs, "tokens", n)
