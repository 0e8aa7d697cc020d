"""Functions registered for the spaCy configs (``spacy train … --code training/callbacks.py``)."""

from __future__ import annotations

import spacy
from spacy.language import Language


@spacy.registry.callbacks("chronik.init_tok2vec_from.v1")
def init_tok2vec_from(source: str | None = None, component: str = "ner"):
    """After initialisation, copy the tok2vec weights of a trained pipeline (``source``, its ``tok2vec``
    component) into ``component``'s embedded Tok2Vec. The two must share the architecture."""

    def after_init(nlp: Language) -> Language:
        if not source:
            return nlp
        src = spacy.load(source)
        weights = src.get_pipe("tok2vec").model.to_bytes()
        chain = nlp.get_pipe(component).model.get_ref("tok2vec")
        chain.layers[0].from_bytes(weights)  # chain = Tok2Vec >> list2array >> linear
        print(f"[chronik] {component} tok2vec initialised from {source}")
        return nlp

    return after_init
