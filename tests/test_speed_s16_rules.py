"""Caches and precomputed word lists of the rule components (sixteenth session, speed): each gives what the code it
replaced gave."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from chronik.components.entities import (
    _ends_in_head,
    _facility_noun,
    _genitive_forms,
    _genitive_set,
    _genitive_suffixes,
    _place_noun_compound,
)
from chronik.components.events import _FORMS_KEY, _words_match, extract_events
from chronik.pipeline import register_extensions
from chronik.text import lang_resource

NLP = spacy.blank("de")
register_extensions()

WORDS = [
    "Solidaritätsunion", "Unions", "Union", "union", "s", "", "Bundesamt", "Bundesamtes", "Kohlekraftwerks",
    "Raffinerie", "Grenzstadt", "Küstendorf", "Stadt", "Nachbarprovinz", "Marktplatz", "Platzes", "Roten", "Anlage",
    "Urananreicherungsanlage", "ÄRZTEKAMMER", "Straße", "STRASSE", "Ostufer", "Parteis", "Grenz-Stadt",
]  # fmt: skip


def _old_ends_in_head(word: str, heads: frozenset[str]) -> bool:
    low = word.casefold()
    for cand in (low, low[:-1] if low.endswith("s") else None):
        if cand and any(cand.endswith(h.casefold()) for h in heads):
            return True
    return False


def _old_place_noun_compound(word: str, place_nouns: frozenset[str]) -> bool:
    low = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and any(len(noun) >= 4 and low.endswith(noun.lower()) and len(low) >= len(noun) + 3 for noun in place_nouns)
    )


def test_head_lists_read_once_answer_as_per_head() -> None:
    for name in ("org_heads.txt", "name_heads.txt", "place_name_heads.txt", "facility_heads.txt", "place_nouns.txt"):
        heads = lang_resource("de", name)
        assert heads
        words = [*WORDS, *sorted(heads)[:40], *(h + "s" for h in sorted(heads)[:40]), *(h.upper() for h in heads)]
        for word in words:
            assert _ends_in_head(word, heads) == _old_ends_in_head(word, heads), word
            assert (word in _genitive_set(heads)) == any(word in _genitive_forms(h) for h in heads), word
            low = word.casefold()
            assert low.endswith(_genitive_suffixes(heads)) == any(low.endswith(_genitive_forms(h)) for h in heads)
            assert _place_noun_compound(word, heads) == _old_place_noun_compound(word, heads), word
    assert _facility_noun("Kohlekraftwerks", "de") and not _facility_noun("Kraftwerksbetreiber", "de")
    assert not _ends_in_head("", frozenset({"union"})) and not _ends_in_head("s", frozenset({"union"}))


def test_word_forms_read_afresh_on_each_run() -> None:
    words = "Die Polizei xyzholte zwei Männer ab .".split()
    spaces = [True] * (len(words) - 2) + [False, False]
    lemmas = ["der", "Polizei", "xyzholen", "zwei", "Mann", "ab", "."]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, lemmas=lemmas, sent_starts=[1] + [-1] * (len(words) - 1))
    clause = list(doc)
    assert _words_match(clause, ("xyzholen",), "de") and not _words_match(clause, ("abholen",), "de")
    assert (_FORMS_KEY, "de") in doc.user_data  # the forms are kept for the run
    doc[2].lemma_ = "abholen"  # retagged between runs: the next run reads the new lemma
    extract_events(doc)
    forms = doc.user_data.get((_FORMS_KEY, "de"))  # dropped at the start (and refilled only from the new tags)
    assert forms is None or forms[2] in (None, ("xyzholte", "abholen"))
    assert _words_match(clause, ("abholen",), "de") and not _words_match(clause, ("xyzholen",), "de")
