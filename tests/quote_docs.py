"""The quote finder on its own, for the quote tests: a pipeline and the quotations it finds in a text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronik.document import Quote
from chronik.pipeline import build


def quote_pipeline(with_model: bool) -> Language:
    """Tokenizer, chronik's sentence rules and the quote finder; with ``with_model`` the trained pipes too
    (the test is skipped when no trained model is installed)."""
    if not with_model:
        return build("de", with_model=False, components=["quotes"])
    try:
        return build("de", with_model=True, components=["quotes"])
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no trained model: {exc}")


def quotes(nlp: Language, text: str) -> list[Quote]:
    """The quotations of ``text``; each one's ``text`` must be its span of the input."""
    found = nlp(text)._.quotes
    for q in found:
        assert text[q.start : q.end] == q.text
    return found
