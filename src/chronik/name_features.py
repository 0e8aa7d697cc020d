"""What chronik's lexicons know about a word, as input features of the NER's token-to-vector layer.

German capitalises every noun, so the shape of a word says little about whether it is a name. The NER learns
from about 1,500 in-domain sentences; the gazetteers know tens of thousands of first names, family names of
public figures, places, organisations, titles and country adjectives. Each token gets one small categorical
value per lexicon (0 = unknown), embedded by its own hash table next to spaCy's NORM/PREFIX/SUFFIX/SHAPE/TAG
features (``chronik.GazetteerMultiHashEmbed.v1``): the model learns how far to trust each lexicon in context
instead of a rule trusting it always.

The table is built from ``lang/<code>/`` and GeoNames when the model is initialised for training and is saved
inside the model (a layer attribute), so a trained model reads the lexicons it was trained with, whatever the
data files say later.

The shipped model does not use this layer yet: measured over three seeds it raised the held-out NER F1 by +0.021
(GermEval) / +0.009 (SmartData), below the recipe's adoption bar, and chronik's rules, fitted to the shipped NER,
did not gain from it (``training/experiments/gazetteer_features/README.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from spacy.ml.staticvectors import StaticVectors
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from chronik import gazetteer as gz
from chronik.lemmatizer import known_word
from chronik.text import lang_rows

# One bit per lexicon fact; a word can carry several ("Georgia": a given name and a country).
GIVEN, SURNAME, NAME_PART = 1, 2, 4
ROLE = 8
COUNTRY, BIG_PLACE, PLACE, PLACE_PART = 16, 32, 64, 128
ORG, ORG_PART = 256, 512
DEMONYM = 1024
# (mask, shift) of each feature column: persons, titles, places, organisations, country adjectives/inhabitants
COLUMNS = ((7, 0), (1, 3), (15, 4), (3, 8), (1, 10))
GENITIVE = 16  # added to a column's value when only the form without its genitive -s is known ("Merkels")
BIG_PLACE_POPULATION = 100_000
# lower-case words inside normalised place names that are no part of a name ("Frankfurt am Main", "Rio de Janeiro")
_PARTICLES = frozenset(
    "am an auf bei d da das de del der des di do dos du el et im in la le les los of ob sur the und y".split()
)


def build_table(lang: str = "de") -> dict[str, int]:
    """Word form → bits, from the language's lexicons and GeoNames (read once, when a model is initialised).

    Persons are keyed by their spelling skeleton (``gazetteer.name_skeleton``: "Lawrow" and Phoenix's "Lavrov"
    meet), places by the gazetteer's matching key (``gazetteer.norm``, with GeoNames' exonyms: "Mailand"),
    everything else by the exact form. Parts of multi-word names are marked as parts, lower-case particles
    ("am", "de") never."""
    table: dict[str, int] = {}

    def mark(key: str, bit: int) -> None:
        if key:
            table[key] = table.get(key, 0) | bit

    def mark_name(name: str, whole: int, part: int, key: Callable[[str], str] = str) -> None:
        words = name.split()
        if len(words) == 1:
            mark(key(name), whole)
            return
        for word in words:
            if word[:1].isupper() and len(word) > 1:
                mark(key(word), part)

    for first in gz.given_names(lang):
        mark(gz.name_skeleton(first), GIVEN)
    for name, _code in gz.actor_rows(lang):
        words = name.split()
        if len(words) >= 2 and len(words[-1]) >= 4 and words[-1][:1].isupper():
            mark(gz.name_skeleton(words[-1]), SURNAME)
        for word in words[1:-1]:
            if word[:1].isupper() and len(word) > 1:
                mark(gz.name_skeleton(word), NAME_PART)
    for form in gz._roles(lang):
        for ending in ("", "en", "n", "s", "es", "nen"):
            mark(form + ending, ROLE)
    for country in gz.countries(lang).values():
        mark_name(country.name, COUNTRY, PLACE_PART, gz.norm)
    for cols in lang_rows(lang, "place_aliases.tsv", strip=True):
        mark_name(cols[0], COUNTRY if cols[1] == "country" else BIG_PLACE, PLACE_PART, gz.norm)
    index, places = gz.cities()
    for key, positions in index.items():  # keys are normalised: "frankfurt am main", "baden baden"
        big = any((places[p].population or 0) >= BIG_PLACE_POPULATION for p in positions)
        mark(key, BIG_PLACE if big else PLACE)  # whole: one hyphenated token normalises to the same key
        words = key.split()
        for word in words if len(words) > 1 else ():
            if len(word) > 1 and word not in _PARTICLES:
                mark(word, PLACE_PART)
    for alias in gz.org_aliases(lang):
        mark_name(alias, ORG, ORG_PART)
    adjectives, nouns = gz._demonyms(lang)
    for stem in adjectives:
        for ending in gz.ADJ_ENDINGS:
            mark(stem + ending, DEMONYM)
            mark((stem + ending)[:1].upper() + (stem + ending)[1:], DEMONYM)  # "Deutsche Bank", sentence starts
    for noun in nouns:
        mark(noun, DEMONYM)
    return table


_PERSON_BITS = GIVEN | SURNAME | NAME_PART
_PLACE_BITS = COUNTRY | BIG_PLACE | PLACE | PLACE_PART


def _bits(table: dict[str, int], word: str) -> int:
    exact, person, place = table.get(word, 0), table.get(gz.name_skeleton(word), 0), table.get(gz.norm(word), 0)
    return exact | (person & _PERSON_BITS) | (place & _PLACE_BITS)


def word_features(table: dict[str, int], word: str, dictionary: bool) -> tuple[int, ...]:
    """The feature values of one word (one per column of :data:`COLUMNS`, then the dictionary's if asked)."""
    if not word[:1].isupper():
        values = [0] * len(COLUMNS)
    else:
        bits, bonus = _bits(table, word), 0
        if not bits and len(word) > 3 and word.endswith("s"):
            bits, bonus = _bits(table, word[:-1]), GENITIVE
        values = [((bits >> shift) & mask) + (bonus if (bits >> shift) & mask else 0) for mask, shift in COLUMNS]
    if dictionary:
        values.append((1 if known_word(word, "de") else 2) if word[:1].isupper() else 0)
    return tuple(values)


def n_columns(dictionary: bool) -> int:
    return len(COLUMNS) + int(dictionary)


def GazetteerFeatureExtractor(columns: list[Any], dictionary: bool) -> Model[list[Any], list[Ints2d]]:
    """spaCy's ``FeatureExtractor`` (the token attributes in ``columns``) with the lexicon columns appended.

    Named like spaCy's layer so the run-time embedding cache (``chronik.pipeline``) recognises the tok2vec's
    first layer; it asks the layer itself for the columns."""
    return Model(
        "extract_features",
        _extract_forward,
        init=_extract_init,
        attrs={"columns": columns, "dictionary": dictionary, "gazetteer": {}, "lang": "de"},
    )


def _extract_init(model: Model, X: Any = None, Y: Any = None) -> None:
    if not model.attrs["gazetteer"]:
        model.attrs["gazetteer"] = build_table(model.attrs["lang"])


def _extract_forward(model: Model, docs: list[Any], is_train: bool) -> tuple[list[Ints2d], Callable]:
    columns, table, dictionary = model.attrs["columns"], model.attrs["gazetteer"], model.attrs["dictionary"]
    if not table:
        raise ValueError("the gazetteer feature table is empty: initialise the model or load a trained one")
    features: list[Ints2d] = []
    memo: dict[str, tuple[int, ...]] = {}
    for doc in docs:
        if hasattr(doc, "to_array"):
            attrs, tokens = doc.to_array(columns), list(doc)
        else:  # a Span
            attrs, tokens = doc.doc.to_array(columns)[doc.start : doc.end], list(doc)
        if attrs.ndim == 1:
            attrs = attrs.reshape((attrs.shape[0], 1))
        extra = numpy.zeros((len(tokens), n_columns(dictionary)), dtype="uint64")
        for i, token in enumerate(tokens):
            text = token.text
            values = memo.get(text)
            if values is None:
                values = memo[text] = word_features(table, text, dictionary)
            extra[i] = values
        features.append(model.ops.asarray2i(numpy.hstack([attrs.astype("uint64"), extra]), dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures("chronik.GazetteerMultiHashEmbed.v1")
def GazetteerMultiHashEmbed(
    width: int,
    attrs: list[Any],
    rows: list[int],
    include_static_vectors: bool,
    gazetteer_rows: int = 64,
    dictionary: bool = False,
) -> Model[list[Any], list[Floats2d]]:
    """spaCy's ``MultiHashEmbed.v2`` plus one small hash embedding per lexicon column (same layer layout)."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    all_rows = list(rows) + [gazetteer_rows] * n_columns(dictionary)
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)]
    concat_size = width * (len(embeddings) + include_static_vectors)
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    extractor = GazetteerFeatureExtractor(attrs, dictionary)
    if include_static_vectors:
        features = chain(extractor, list2ragged(), with_array(concatenate(*embeddings)))
        return chain(concatenate(features, StaticVectors(width, dropout=0.0)), max_out, ragged2list())
    return chain(extractor, list2ragged(), with_array(concatenate(*embeddings)), max_out, ragged2list())
