"""Builds the spaCy pipeline for a language.

Order: tokenizer → sentence rules → the trained model's pipes (if a model ships for the
language) → chronik's own components, each added only if its module exists, so a language
can grow capability by capability.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronik import text as text_basics

# chronik component modules, in pipeline order. Each module registers a factory
# named "chronik_<name>" and sets Doc._.<field> (see `register_extensions`).
COMPONENTS: tuple[str, ...] = ("timex", "quantities", "entities", "geo", "quotes", "events")

DOC_FIELDS: tuple[str, ...] = ("entities", "timexes", "quantities", "quotes", "events")


def register_extensions() -> None:
    """Doc extensions components write to; ``published`` is the anchor for relative dates."""
    for name in DOC_FIELDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("published", "title", "warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def models_dir() -> Path:
    env = os.environ.get("CHRONIK_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


def model_path(lang: str) -> Path | None:
    path = models_dir() / lang
    return path if (path / "config.cfg").exists() else None


def available_components() -> list[str]:
    return [n for n in COMPONENTS if importlib.util.find_spec(f"chronik.components.{n}") is not None]


def build(lang: str = "de", *, with_model: bool = True, components: list[str] | None = None) -> Language:
    """Build a fresh pipeline. Use :func:`load` for the cached, shared one."""
    register_extensions()
    path = model_path(lang) if with_model else None
    nlp = spacy.load(path) if path is not None else spacy.blank(lang)
    text_basics.customize_tokenizer(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if first is not None:
        nlp.add_pipe("chronik_sentences", before=first)
    else:
        nlp.add_pipe("chronik_sentences")
    for name in components if components is not None else available_components():
        importlib.import_module(f"chronik.components.{name}")
        nlp.add_pipe(f"chronik_{name}")
    return nlp


@lru_cache(maxsize=4)
def load(lang: str = "de") -> Language:
    """The configured pipeline for ``lang``, built once per process and reused."""
    return build(lang)
