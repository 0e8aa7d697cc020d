"""Quotations where nobody speaks (causes found on the unseen-article audit of 2026-12-05; own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.quote_docs import quote_pipeline, quotes


@pytest.fixture(scope="module")
def nlp_model() -> Language:
    return quote_pipeline(with_model=True)


@pytest.mark.parametrize(
    "text",
    [
        "Ein Wachmann erwiderte das Feuer, der Täter floh daraufhin in einem dunklen Auto.",
        "Die Polizistin erwiderte die Schüsse, die Angreifer flüchteten zu Fuß.",
        "Die Soldaten erwiderten das Feuer, zwei Angreifer wurden verletzt.",
    ],
)
def test_a_verb_with_a_noun_object_reports_no_main_clause(nlp_model: Language, text: str) -> None:
    # "erwidern" with an object (das Feuer, die Schüsse) is no speech act, and the clause after the comma is
    # the writer's, not the subject's
    assert quotes(nlp_model, text) == []


def test_erwidern_with_a_reported_clause_still_reports(nlp_model: Language) -> None:
    text = "Der Minister erwiderte, die Kritik sei unbegründet."
    found = quotes(nlp_model, text)
    assert [(q.kind, q.text, q.speaker_text) for q in found] == [
        ("indirect", "die Kritik sei unbegründet", "Der Minister")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die FDP kündigte eine Klage gegen das Gesetz an. Eine solche Klage hätte allerdings nur Erfolg, "
        "wenn auch das Land zustimmte.",
        "Der Verband kritisierte die Pläne. Die Reform wäre für kleine Betriebe kaum zu bezahlen, wenn sie so käme.",
    ],
)
def test_singular_konjunktiv_two_after_a_speech_act_is_the_writers_conditional(nlp_model: Language, text: str) -> None:
    assert [q for q in quotes(nlp_model, text) if q.kind == "indirect"] == []


def test_plural_konjunktiv_two_still_continues_a_quotation(nlp_model: Language) -> None:
    text = "„Wir haben lange gewartet“, sagte der Gewerkschafter. Die Arbeitgeber hätten kein Angebot vorgelegt."
    indirect = [q for q in quotes(nlp_model, text) if q.kind == "indirect"]
    assert [(q.text, q.speaker_text) for q in indirect] == [
        ("Die Arbeitgeber hätten kein Angebot vorgelegt.", "der Gewerkschafter")
    ]


def test_a_strong_preterite_is_no_konjunktiv(nlp_model: Language) -> None:
    # the model reads "wies" as a subjunctive; as a Konjunktiv it made the whole sentence a frameless quotation
    text = "Die Ministerin verhängte ein Fahrverbot und wies die Polizei an, alle Zufahrten zu sperren."
    found = quotes(nlp_model, text)
    assert not any(q.text.startswith("Die Ministerin") for q in found)
    assert all(q.speaker_text == "Die Ministerin" for q in found)


def test_an_indirect_span_keeps_the_closing_mark_of_a_nested_partial_quote(nlp_model: Language) -> None:
    text = "Oppositionsführerin Anna Berg erklärte, der Kanzler sei „völlig überfordert“."
    indirect = [q for q in quotes(nlp_model, text) if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["der Kanzler sei „völlig überfordert“"]


def test_a_separable_particle_after_a_short_quoted_phrase_still_frames_it(nlp_model: Language) -> None:
    # the model read "wies" as a Konjunktiv, which hid that "wies … als „…“ zurück" is a frame of its own
    text = "In einem Gespräch mit dem Minister wies der Geschäftsführer alle Vorwürfe als „haltlos“ zurück."
    found = quotes(nlp_model, text)
    assert [(q.kind, q.text, q.speaker_text) for q in found] == [("partial", "haltlos", "der Geschäftsführer")]


def test_an_addressee_object_keeps_a_long_infinitive_complement(nlp_model: Language) -> None:
    text = (
        "Die Grünen forderten die Bundesregierung auf, die Bekämpfung des Terrorismus nicht auf Kosten der "
        "Rechtsstaatlichkeit und der Bürgerrechte und der Freiheit aller Menschen im Land zu führen."
    )
    indirect = [q for q in quotes(nlp_model, text) if q.kind == "indirect"]
    assert [q.speaker_text for q in indirect] == ["Die Grünen"]
