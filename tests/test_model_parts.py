"""Building blocks of the model recipe: data conversion and the lookup lemmatizer (no trained model needed)."""

from __future__ import annotations

import spacy

from chronik.lemmatizer import LookupLemmatizer
from chronik.train_data import GERMEVAL_MAP, LER_MAP, LER_MISSING, _conllu_sentence, iob_doc, upos_form_remap

CONLLU = """1	Er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	ging	gehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
3-4	zum	_	_	_	_	_	_	_	_
3	zu	zu	ADP	APPR	_	5	case	_	_
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	_
5	Bahnhof	Bahnhof	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	$.	_	2	punct	_	_""".splitlines()


def test_multiword_token_becomes_one_surface_token():
    sent = _conllu_sentence(CONLLU, "s1")
    words = [t["text"] for t in sent["toks"]]
    assert words == ["Er", "ging", "zum", "Bahnhof", "."]
    zum = sent["toks"][2]
    assert (zum["pos"], zum["tag"], zum["lemma"]) == ("ADP", "APPRART", "zu")
    assert "Case=Dat" in zum["morph"]
    assert sent["heads"] == [1, 1, 3, 1, 1]
    assert sent["deps"] == ["nsubj", "ROOT", "case", "obl", "punct"]
    assert sent["toks"][3]["space"] is False


def test_germeval_mapping_drops_deriv_and_part():
    nlp = spacy.blank("de")
    sent = [("Die", "O"), ("deutsche", "B-LOCderiv"), ("Bahn", "B-ORG"), ("fährt", "O"), ("nach", "O"),
            ("New", "B-LOC"), ("York", "I-LOC"), ("zum", "O"), ("Tatort", "B-OTH")]  # fmt: skip
    doc = iob_doc(nlp.vocab, sent, GERMEVAL_MAP, set())
    assert [(e.text, e.label_) for e in doc.ents] == [("Bahn", "ORG"), ("New York", "LOC"), ("Tatort", "MISC")]
    assert doc[1].ent_iob_ == "O"


def test_legal_norms_are_left_unannotated():
    nlp = spacy.blank("de")
    sent = [("nach", "O"), ("§", "B-GS"), ("3", "I-GS"), ("BGB", "I-GS"), ("beim", "O"), ("BGH", "B-GRT")]
    doc = iob_doc(nlp.vocab, sent, LER_MAP, LER_MISSING)
    assert [(e.text, e.label_) for e in doc.ents] == [("BGH", "ORG")]
    assert [t.ent_iob_ for t in doc] == ["O", "", "", "", "O", "B"]


def test_upos_remap_learns_only_clear_cases():
    toks = [{"text": "alles", "pos": "DET"}] * 5 + [{"text": "gut", "pos": "ADJ"}] * 2 + [{"text": "gut", "pos": "ADV"}]
    remap = upos_form_remap([{"toks": toks}])
    assert remap[("alles", "PRON")] == "DET"
    assert ("gut", "ADV") not in remap  # 2/3 < 80 %


def test_lookup_lemmatizer_tables_and_backoff(tmp_path):
    lem = LookupLemmatizer()
    lem.fit([("mir", "PRON", "ich"), ("Mir", "PRON", "ich"), ("der", "DET", "der"), ("dem", "DET", "der")])
    assert lem.lemma("Mir", "PRON") == "ich"
    assert lem.lemma("Dem", "DET") == "der"
    assert lem.lemma("2024", "NUM") == "2024"
    assert lem.lemma("Häuser", "NOUN") == "Haus"  # simplemma back-off
    assert lem.lemma("Müller", "PROPN") == "Müller"
    lem.to_disk(tmp_path / "lem")
    other = LookupLemmatizer().from_disk(tmp_path / "lem")
    assert other.by_pos == lem.by_pos


def test_lemmatizer_is_a_spacy_factory():
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_lemmatizer")
    doc = nlp.make_doc("Häuser gingen")
    doc[0].pos_, doc[1].pos_ = "NOUN", "VERB"
    doc = nlp.get_pipe("chronik_lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["Haus", "gehen"]


def test_dictionary_lemma_reads_simplemma_in_low_memory_mode_with_the_same_lemmas():
    # The streamed table saves ~90 MB of RSS; it must give exactly the lemmas of the decoded one.
    import simplemma

    from chronik.lemmatizer import dictionary_lemma

    words = ["Häuser", "Verhandlungen", "unterzeichneten", "Abgeordneten", "Bundeskanzlerin", "Zöllen", "xqzt"]
    assert dictionary_lemma("Häuser", "de") == "Haus"
    assert [dictionary_lemma(w, "de") for w in words] == [simplemma.lemmatize(w, lang="de") for w in words]


def test_lemmatizer_hash_cache_follows_new_tables_and_other_vocabularies():
    # __call__ remembers (form, POS) → lemma hash; new tables or another vocabulary must not reuse old answers
    lem = LookupLemmatizer()
    lem.fit([("ging", "VERB", "gehen")])

    def lemmas(nlp: spacy.language.Language) -> list[str]:
        doc = nlp.make_doc("ging ging")
        doc[0].pos_ = doc[1].pos_ = "VERB"
        return [t.lemma_ for t in lem(doc)]

    first = spacy.blank("de")
    assert lemmas(first) == ["gehen", "gehen"]
    lem.from_bytes(b'{"by_pos": {"ging\\tVERB": "gangen"}, "by_form": {}}')
    assert lemmas(first) == ["gangen", "gangen"]
    assert lemmas(spacy.blank("de")) == ["gangen", "gangen"]  # a fresh StringStore gets the lemma added
