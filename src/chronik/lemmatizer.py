"""``chronik_lemmatizer``: a lookup lemmatizer for the trained German model.

Two tables, tried in order, then simplemma (MIT) as the back-off for open-class words:

1. ``(lowercased form, UPOS) → lemma`` learnt from the gold training trees (closed-class words, frequent
   forms and the treebank's conventions: ``der`` for articles, ``ich`` for ``mir`` …);
2. ``lowercased form → lemma`` from the same trees, for forms seen with another UPOS;
3. ``simplemma.lemmatize(form, lang="de")``; nouns/proper nouns keep an upper-case first letter.

The component is registered through the ``spacy_factories`` entry point, so ``spacy.load`` finds it
without importing chronik first. The tables are saved inside the model directory (``lemma_tables.json``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy
from simplemma import is_known as simplemma_is_known
from simplemma import lemmatize as simplemma_lemmatize
from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

KEEP_FORM = {"PUNCT", "NUM", "SYM", "X", "SPACE"}


@Language.factory("chronik_lemmatizer", default_config={"overwrite": False, "use_simplemma": True})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool, use_simplemma: bool) -> LookupLemmatizer:
    return LookupLemmatizer(name, overwrite=overwrite, use_simplemma=use_simplemma)


class LookupLemmatizer:
    def __init__(self, name: str = "chronik_lemmatizer", *, overwrite: bool = False, use_simplemma: bool = True):
        self.name = name
        self.overwrite = overwrite
        self.use_simplemma = use_simplemma
        self.by_pos: dict[str, str] = {}  # "form\tUPOS" -> lemma
        self.by_form: dict[str, str] = {}
        self._cache: dict[tuple[str, str], str] = {}
        # (ORTH, POS) hash pair → LEMMA hash, for one StringStore (the one the lemmas were added to) and these tables
        self._hashes: dict[tuple[int, int], int] = {}
        self._hashes_of: object = None

    # ------------------------------------------------------------------ training
    def fit(self, examples: Iterable[tuple[str, str, str]], min_count: int = 1) -> None:
        """Learn the tables from (form, UPOS, lemma) triples."""
        pos_counts: dict[str, Counter] = {}
        form_counts: dict[str, Counter] = {}
        for form, pos, lemma in examples:
            if not lemma or lemma == "_" or pos in KEEP_FORM:
                continue
            low = form.lower()
            pos_counts.setdefault(f"{low}\t{pos}", Counter())[lemma] += 1
            form_counts.setdefault(low, Counter())[lemma] += 1
        self.by_pos = {k: c.most_common(1)[0][0] for k, c in pos_counts.items() if sum(c.values()) >= min_count}
        self.by_form = {k: c.most_common(1)[0][0] for k, c in form_counts.items() if sum(c.values()) >= min_count}
        self._cache.clear()
        self._hashes.clear()

    # ------------------------------------------------------------------ inference
    def lemma(self, form: str, pos: str) -> str:
        key = (form, pos)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        result = self._lemma(form, pos)
        if len(self._cache) < 200_000:
            self._cache[key] = result
        return result

    def _lemma(self, form: str, pos: str) -> str:
        if pos in KEEP_FORM or not any(c.isalpha() for c in form):
            return form
        low = form.lower()
        hit = self.by_pos.get(f"{low}\t{pos}")
        if hit is None and pos not in ("NOUN", "PROPN"):
            hit = self.by_form.get(low)
        if hit is not None:
            return _case_like(hit, form, pos)
        if pos == "PROPN":
            return form
        lem = dictionary_lemma(form, "de") if self.use_simplemma else form
        return _case_like(lem, form, pos)

    def __call__(self, doc: Doc) -> Doc:
        # one array read and one write instead of a Token object and four attribute calls per token
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        if self._hashes_of is not strings:
            self._hashes, self._hashes_of = {}, strings
        hashes = self._hashes
        table = doc.to_array([ORTH, POS, LEMMA])
        keep = not self.overwrite
        pos_names: dict[int, str] = {}
        lemmas: list[int] = []  # (a plain list, made an array once: not one numpy item write per token)
        for orth, pos, lemma in table.tolist():
            if lemma and keep:
                lemmas.append(lemma)
                continue
            hit = hashes.get((orth, pos))
            if hit is None:  # a form seen before with this POS costs one dict look-up, not three StringStore calls
                name = pos_names.get(pos)
                if name is None:
                    name = pos_names[pos] = strings[pos]
                hit = strings.add(self.lemma(strings[orth], name))
                if len(hashes) < 100_000:
                    hashes[(orth, pos)] = hit
            lemmas.append(hit)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=table.dtype))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # ------------------------------------------------------------------ serialisation
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps({"by_pos": self.by_pos, "by_form": self.by_form}, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> LookupLemmatizer:
        tables = json.loads(data.decode("utf-8"))
        self.by_pos, self.by_form = tables["by_pos"], tables["by_form"]
        self._cache.clear()
        self._hashes.clear()
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lemma_tables.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LookupLemmatizer:
        path = ensure_path(path)
        return self.from_bytes((path / "lemma_tables.json").read_bytes())


@lru_cache(maxsize=1 << 16)  # pure; shared by the lemmatizer and the rule components' back-off (events.lemma_of)
def dictionary_lemma(word: str, lang: str) -> str:
    """simplemma's lemma for ``word``.

    ``low_memory`` reads simplemma's front-coded table in place: decoding the German table into a dict
    costs ~90 MB of RSS for the life of the process, streamed lookups ~24 MB, with the same lemmas
    (checked on 41k Wikinews word forms). A miss is ~4x slower (~20 µs); the callers cache their results.
    """
    return str(simplemma_lemmatize(word, lang=lang, low_memory=True))


@lru_cache(maxsize=1 << 16)  # pure; asked for most capitalised words by the entity rules and the NER's lexicon layer
def known_word(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` knows the word form (for German: common nouns, but also many
    surnames and big places), read in place like :func:`dictionary_lemma`."""
    return bool(simplemma_is_known(word, lang=lang, low_memory=True))


def _case_like(lemma: str, form: str, pos: str) -> str:
    if pos in ("NOUN", "PROPN"):
        return lemma[:1].upper() + lemma[1:] if lemma[:1].islower() and form[:1].isupper() else lemma
    if pos and form[:1].isupper() and lemma[:1].isupper():
        # sentence-initial capital on a non-noun: treebank lemmas are lower-case
        return lemma[:1].lower() + lemma[1:] if not lemma.isupper() else lemma
    return lemma
