"""Quote rules of the seventh session (2026-12-05): speakers of impersonal frames, speaker phrases; own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronik.quote_marks import closed_quotes, quote_mark_spans
from tests.quote_docs import analyzed, quote_pipeline, quotes, speaker_name, the_quote


@pytest.fixture(scope="module")
def nlp_model() -> Language:
    return quote_pipeline(with_model=True)


def test_a_place_after_mit_sitz_in_is_not_the_speaker() -> None:
    doc = analyzed("Almex mit Sitz in Gelsenkirchen teilte am Montag mit, alle Geräte würden zurückgerufen.")
    assert speaker_name(doc, the_quote(doc, "zurückgerufen")) != "Gelsenkirchen"


def test_the_shared_pairing_keeps_nested_marks_inside_the_quote() -> None:
    text = "Er sagte: „Das war ‚Glück‘, mehr nicht.“ Dann ging er."
    assert [text[s:e] for s, e, _ in quote_mark_spans(text)] == ["„Das war ‚Glück‘, mehr nicht.“", "‚Glück‘"]
    assert [text[s:e] for s, e in closed_quotes(text)] == ["„Das war ‚Glück‘, mehr nicht.“"]


def test_swiss_guillemets_pair_as_opening_and_closing_marks() -> None:
    # «…» around a word: the closing » of one and the opening « of the next are no quote between them
    text = "Die «Fähre» fährt wieder, die «Brücke» bleibt zu."
    assert closed_quotes(text) == []


def test_hiess_es_with_nobody_named_is_the_acting_organisation() -> None:
    doc = analyzed(
        "Die Polizei in Bremen nahm am Montag drei Männer fest. Sie seien der Tat dringend verdächtig, hieß es."
    )
    assert speaker_name(doc, the_quote(doc, "verdächtig")) == "Polizei"


def test_a_participle_read_as_konjunktiv_continues_no_report(nlp_model: Language) -> None:
    # a third person's Konjunktiv never ends in -t: "verschärft" after "hat" is a participle, whatever the tagger says
    text = "Das Innenministerium hat die Warnung verschärft. Touristen sollten die Region meiden, hieß es am Freitag."
    assert [q for q in quotes(nlp_model, text) if q.text.startswith("Das Innenministerium")] == []


def test_the_subject_of_the_reported_clause_is_not_the_speaker(nlp_model: Language) -> None:
    # the parse may hang the complement's noun on "verlautete" as its subject; the source is the fronted phrase
    found = quotes(nlp_model, "Aus Koalitionskreisen verlautete, das sei reine Spekulation.")
    assert [(q.text, q.speaker_text) for q in found] == [("das sei reine Spekulation", "Koalitionskreisen")]


def test_a_predicative_als_phrase_is_no_speaker(nlp_model: Language) -> None:
    text = "Der Goldpreis stieg am Montag. Als Gründe wurden eine hohe Nachfrage und ein schwacher Dollar angegeben."
    assert all(q.speaker_text != "Gründe" for q in quotes(nlp_model, text))


def test_demnach_with_no_statement_before_points_to_the_document() -> None:
    text = "Der Landtag stimmte einer Gesetzesvorlage zu. Demnach dürfen die Kommunen eigene Steuern erheben."
    doc = analyzed(text)
    resolved = (the_quote(doc, "Kommunen").model_extra or {}).get("speaker_resolved")
    assert resolved is not None and text[resolved[0] : resolved[1]] == "einer Gesetzesvorlage"


def test_a_conjunction_before_the_subject_keeps_the_speaker(nlp_model: Language) -> None:
    text = "Die Brandursache ist unklar. Aber Zeitungen berichteten, es sei gegen den Hausmeister ermittelt worden."
    found = quotes(nlp_model, text)
    assert [(q.text, q.speaker_text) for q in found] == [("es sei gegen den Hausmeister ermittelt worden", "Zeitungen")]
