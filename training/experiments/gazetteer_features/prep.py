"""Corpora and vectors for NER experiments on the shipped syntax model: ``prep.py SCRATCH``.

Converts the shared data as step 1 of the recipe does (the outputs are checked against ``training/recipe.json``),
tags the NER corpora with the shipped syntax pipes (``models/de`` without parser, NER and lemmatizer: the tags the
shipped NER saw) and writes the shipped floret vectors as a spaCy folder, then builds the recipe's ``ner`` mix.
"""

import json
import os
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from chronik import training
from chronik.train_data import convert

scratch = Path(sys.argv[1])
corpus = scratch / "corpus"
data = Path(os.environ.get("CHRONIK_DATA", training.REPO.parent / "shared" / "data"))
manifest = convert(data, corpus)
recipe = json.loads(training.RECIPE.read_text(encoding="utf-8"))
differ = [k for k in recipe["corpus"] if manifest["outputs"][k] != recipe["corpus"][k]]
print("converted; outputs that differ from the recipe:", differ or "none", flush=True)
syntax = spacy.load(training.REPO / "models" / "de", exclude=["parser", "ner", "chronik_lemmatizer"])
for rel in training.NER_SOURCES:
    tagged = DocBin(store_user_data=False)
    for doc in syntax.pipe(DocBin().from_disk(corpus / rel).get_docs(syntax.vocab), batch_size=256):
        if "germeval" not in rel:
            training._adjectives_to_missing(doc)
        tagged.add(doc)
    (corpus / "tagged" / rel).parent.mkdir(parents=True, exist_ok=True)
    tagged.to_disk(corpus / "tagged" / rel)
    print("tagged", rel, flush=True)
vectors = spacy.blank("de")
vectors.vocab.vectors = spacy.load(training.REPO / "models" / "de").vocab.vectors
vectors.to_disk(scratch / "vectors")
print("mix:", training.make_mix(corpus, "ner"), flush=True)
