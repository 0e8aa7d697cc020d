"""Quote rules of the tenth session (2026-12-05): a relative clause after a cue verb is no reported content, and
the module-level grammar word lists come from the language of the doc (``lang/<code>/quote_grammar.json``).
Own invented sentences (the model tests are skipped without a trained model)."""

from __future__ import annotations

from chronik.components import quotes as qmod
from chronik.text import lang_json
from tests.quote_docs import analyzed, quote_pipeline, quotes, speaker_name, the_quote


def test_relative_clause_after_the_cue_is_no_indirect_quote():
    nlp = quote_pipeline(with_model=True)
    text = (
        "Ein Gericht in Madrid hatte am Montag die Auslieferung des Kaufmanns Hugo Brenner abgelehnt, "
        "den die Polizei in Wien wegen Betrugs sucht."
    )
    assert not [q for q in quotes(nlp, text) if q.kind == "indirect"]
    text = "Die Regierung bestätigte den Besuch des Ministers, dem die Opposition seit Wochen Versagen vorwirft."
    assert not [q for q in quotes(nlp, text) if q.kind == "indirect"]
    # a demonstrative opening the reported clause stays reported speech
    found = quotes(nlp, "Der Arzt sagte, der sei schwer krank.")
    assert [q.text for q in found if q.kind == "indirect"] == ["der sei schwer krank"]
    found = quotes(nlp, "Der Minister sagte, die Lage sei ernst.")
    assert [q.text for q in found if q.kind == "indirect"] == ["die Lage sei ernst"]


def test_module_grammar_words_come_from_the_language_data():
    grammar = lang_json("de", "quote_grammar.json")
    assert qmod._grammar_words("de", "passive_aux") == tuple(grammar["passive_aux"])
    assert qmod._grammar_words("de", "spokesperson_nouns") == tuple(grammar["spokesperson_nouns"])
    # a language without the file has no words (nothing German leaks into it)
    assert qmod._grammar_words("xx", "passive_aux") == ()
    finder = qmod.QuoteFinder("de")
    assert finder.demand_holders == frozenset(grammar["demand_holder_words"])
    assert finder.adverbial_suffix.search("offiziell") and not finder.adverbial_suffix.search("merkel")
    assert finder.inflected_adjective.fullmatch("kritischen") and not finder.inflected_adjective.fullmatch("Bank")
    # the weak participle of an inseparable verb takes no "ge-" (from the language's prefix list)
    assert "bestätigt" in qmod.lexicon("de").forms and "gebestätigt" not in qmod.lexicon("de").forms


def test_doc_language_picks_the_grammar_of_module_helpers():
    nlp = quote_pipeline(with_model=True)
    doc = nlp("Der Bericht wurde von Experten als falsch bezeichnet.")
    verb = next(t for t in doc if t.text == "bezeichnet")
    assert doc.lang_ == "de" and qmod._passive(verb)


def test_body_at_a_place_with_an_indefinite_article_is_not_the_place():
    doc = analyzed("Ein Schiedsgericht in Genf hatte entschieden, dass die Ansprüche unbegründet seien.")
    q = the_quote(doc, "Ansprüche")
    assert q.speaker_text == "Ein Schiedsgericht in Genf" and speaker_name(doc, q) is None
    # a definite government at a place still speaks for it
    doc = analyzed("Die Regierung in Kiew erklärte, die Lage sei ernst.")
    assert speaker_name(doc, the_quote(doc, "Lage")) is not None


def test_people_at_a_place_before_zufolge_are_the_source():
    doc = analyzed("Diplomaten in Wien zufolge soll Iran dem Abkommen zugestimmt haben.")
    q = the_quote(doc, "Abkommen")
    assert q.speaker_text == "Diplomaten in Wien" and speaker_name(doc, q) is None
    doc = analyzed("Der Polizei in Köln zufolge soll der Mann geflohen sein.")
    assert speaker_name(doc, the_quote(doc, "geflohen")) == "Polizei"


def test_own_frame_after_a_colon_keeps_its_speaker():
    doc = analyzed(
        "Auch Schweden sagte Hilfe zu: Das Außenministerium kündigte an, zwei Millionen Euro für Zelte zu geben."
    )
    q = the_quote(doc, "Zelte")
    assert q.speaker_text == "Das Außenministerium" and q.text == "zwei Millionen Euro für Zelte zu geben"
    # a plain colon report stays the first speaker's
    doc = analyzed("Der Minister sagte: Die Regierung werde helfen.")
    assert the_quote(doc, "helfen").speaker_text == "Der Minister"
