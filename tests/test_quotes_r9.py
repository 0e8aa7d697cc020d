"""Quotes of the ninth session (2026-12-05): relative "wo" clauses, fragments inside indirect speech, the
dateline town, coordinated subjects before "wie X mitteilte", unnamed spokespersons of the organisation in focus,
particle zu-infinitives and demand nouns with a zu-infinitive; own invented sentences."""

from __future__ import annotations

from tests.quote_docs import analyzed, speaker_name, the_quote


def test_a_relative_wo_clause_is_not_reported_speech() -> None:
    doc = analyzed(
        "Die Rebellen begründeten ihren Angriff mit der schlechten Lage im Süden des Landes, "
        "wo bewaffnete Banden seit Monaten Dörfer überfallen."
    )
    assert not [q for q in doc.quotes if q.kind == "indirect" and "Banden" in q.text]


def test_a_wo_clause_in_the_konjunktiv_stays_reported() -> None:
    doc = analyzed("Die Regierung verwies auf die Lage in Kenia, wo die Preise stark gestiegen seien.")
    assert the_quote(doc, "Preise").kind == "indirect"


def test_a_fragment_inside_indirect_speech_is_the_outer_speakers() -> None:
    doc = analyzed(
        "Der Minister Paul Berger werde „an einem geheimen Ort“ festgehalten, sagte ein Sprecher der Rebellen, "
        "Oberst Jonas Keller."
    )
    fragment = next(q for q in doc.quotes if q.kind == "partial")
    assert speaker_name(doc, fragment) == "Jonas Keller"


def test_the_dateline_town_does_not_own_eigene_angaben() -> None:
    doc = analyzed("Nairobi (AFP) - In Kenia haben Bauern nach eigenen Angaben die gesamte Ernte verloren.")
    q = the_quote(doc, "Ernte")
    start, end = q.model_extra["speaker_resolved"]
    assert doc.text[start:end] == "Bauern"


def test_a_list_of_subjects_before_wie_mitteilte_is_whole() -> None:
    doc = analyzed(
        "Der Verband, die Stadt Köln und der Landkreis einigten sich am Freitag auf einen Kompromiss, "
        "wie das Innenministerium am Abend mitteilte."
    )
    assert the_quote(doc, "Kompromiss").text.startswith("Der Verband, die Stadt Köln")


def test_an_unnamed_spokesperson_speaks_for_the_organisation_in_focus() -> None:
    doc = analyzed(
        "Die Weltgesundheitsorganisation muss den Impfstoff noch prüfen. "
        "Ein Sprecher in Genf sagte am Dienstag, man sei zuversichtlich."
    )
    assert speaker_name(doc, the_quote(doc, "zuversichtlich")) == "Weltgesundheitsorganisation"


def test_a_particle_zu_infinitive_is_reported() -> None:
    doc = analyzed("Der Schweizer Politiker Hans Keller hat am Donnerstag angekündigt, von seinem Amt zurückzutreten.")
    q = the_quote(doc, "zurückzutreten")
    assert q.kind == "indirect" and q.text == "von seinem Amt zurückzutreten"


def test_an_offer_with_a_zu_infinitive_is_reported() -> None:
    doc = analyzed("Die Gewerkschaft hatte den Behörden angeboten, den Müll kostenlos zu entsorgen.")
    q = the_quote(doc, "Müll")
    assert q.kind == "indirect" and q.speaker_text == "Die Gewerkschaft"


def test_a_demand_nouns_zu_infinitive_is_its_holders() -> None:
    doc = analyzed(
        "Die Partei reagierte verärgert auf die Forderung des Ministers Paul Weber, auf die Grünen zuzugehen."
    )
    q = the_quote(doc, "Grünen")
    assert q.kind == "indirect" and speaker_name(doc, q) == "Paul Weber"


def test_a_zu_infinitive_ends_where_the_main_clause_resumes() -> None:
    doc = analyzed("Die Gewerkschaft forderte den Vorstand auf, den Beschluss zurückzunehmen, und drohte mit Streiks.")
    assert the_quote(doc, "Beschluss").text == "den Beschluss zurückzunehmen"
