"""Per-document caches of the rule components (tenth session, speed): each gives what the code it replaced gave."""

from __future__ import annotations

import spacy
from simplemma import lemmatize
from spacy.tokens import Doc

from chronik.components.entities import _sentence_starts
from chronik.components.quotes import QuoteFinder, Quotes, _cue_strings, find_quotes
from chronik.lemmatizer import dictionary_lemma
from chronik.pipeline import register_extensions

NLP = spacy.blank("de")
register_extensions()


def _doc(words: list[str], pos: list[str] | None = None, starts: list[int] | None = None, **kw) -> Doc:
    spaces = [i + 1 < len(words) and words[i + 1] not in ",.:" for i in range(len(words))]
    return Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, sent_starts=starts, **kw)


WORDS = "Die Ärztin kam an . Sie sagte , es gehe ihr gut . Danach fuhr sie heim .".split()


def test_sentence_starts_as_doc_sents() -> None:
    for starts in (
        [1] + [0] * 4 + [1] + [0] * 7 + [1] + [0] * 4,  # first token marked
        [0] * 5 + [1] + [0] * 7 + [1] + [0] * 4,  # first token unmarked: a sentence still opens there
        [-1] * 5 + [1] + [-1] * 7 + [1] + [-1] * 4,
        [1] * len(WORDS),
    ):
        doc = _doc(WORDS, starts=starts)
        assert _sentence_starts(doc) == [s.start_char for s in doc.sents]
    assert _sentence_starts(_doc(WORDS)) == [0]  # no boundaries set


def test_sentence_starts_follow_changed_boundaries() -> None:
    doc = _doc(WORDS, starts=[1] + [-1] * (len(WORDS) - 1))
    assert _sentence_starts(doc) == [0]
    doc[5].is_sent_start = True
    assert _sentence_starts(doc) == [0, doc[5].idx] == [s.start_char for s in doc.sents]


def test_cue_strings_read_afresh_on_each_run() -> None:
    words = "Der Sprecher xyzsagend , es gehe gut .".split()
    pos = ["DET", "NOUN", "NOUN", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"]
    doc = _doc(
        words, pos=pos, starts=[1] + [-1] * 7, lemmas=["der", "Sprecher", "sagen", ",", "es", "gehen", "gut", "."]
    )
    finder = QuoteFinder("de")
    assert finder.cue_of(doc, 2, len(doc)) is None  # a noun: not the verb whatever its lemma
    assert _cue_strings(doc)[1] == [p in ("VERB", "AUX") for p in pos]
    Quotes("de")(doc)
    assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith("chronik_quotes_")]  # dropped
    doc[2].pos_ = "VERB"  # retagged between runs: the next run sees the verb and finds its cue by lemma
    doc.user_data["chronik_quotes_cue_strings"] = _cue_strings(_doc(words, pos=pos))  # even over a stale entry
    quotes = find_quotes(doc, finder)
    assert [list(q.cue or ()) for q in quotes] == [[doc[2].idx, doc[2].idx + len(doc[2].text)]]  # the verb
    assert _cue_strings(doc)[1][2]
    hit = finder.cue_of(doc, 2, len(doc))
    assert hit is not None and hit[0].lemma == "sagen" and hit[1] == (2, 3)


def test_cue_of_fast_rejection_keeps_form_cues() -> None:
    words = "Die Polizei teilte am Montag mit , sie habe zwei Männer festgenommen .".split()
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PUNCT", "PRON", "AUX", "NUM", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, pos=pos, starts=[1] + [-1] * 12)
    finder = QuoteFinder("de")
    hits = {i: finder.cue_of(doc, i, len(doc)) for i in range(len(doc))}
    assert hits[2] is not None and hits[2][1] == (2, 6)  # "teilte … mit" with its particle
    assert all(hit is None for i, hit in hits.items() if i != 2)


def test_dictionary_lemma_cache_gives_simplemma_lemmas() -> None:
    words = ["Häuser", "ging", "Verhandlungen", "beschossen", "Xyzabc", "ging"]
    for word in words:
        assert dictionary_lemma(word, "de") == str(lemmatize(word, lang="de", low_memory=True))
    before = dictionary_lemma.cache_info().hits
    dictionary_lemma("ging", "de")
    assert dictionary_lemma.cache_info().hits == before + 1
