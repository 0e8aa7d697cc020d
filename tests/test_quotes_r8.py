"""Quote rules of the eighth session (2026-12-05): sources of "nach Angaben", fronted phrases, objects after a
demand verb, weak preterites; own invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from tests.quote_docs import analyzed, quote_pipeline, quotes


@pytest.fixture(scope="module")
def nlp_model() -> Language:
    return quote_pipeline(with_model=True)


def test_a_possessive_opens_the_source_after_nach_angaben(nlp_model: Language) -> None:
    found = quotes(nlp_model, "Der Verein sagte nach Angaben seines Vorstands das Spiel ab.")
    assert [q.speaker_text for q in found] == ["seines Vorstands"]


def test_nach_eigenen_angaben_points_to_the_subject_before_a_paragraph_break(nlp_model: Language) -> None:
    text = (
        "Das Unternehmen Almex hat nach eigenen Angaben inzwischen sämtliche Geräte ausgetauscht.\n\n"
        "Die Kunden wurden informiert."
    )
    found = [q for q in quotes(nlp_model, text) if "Geräte" in q.text]
    assert len(found) == 1
    resolved = (found[0].model_extra or {}).get("speaker_resolved")
    assert resolved is not None and text[resolved[0] : resolved[1]].startswith("Das Unternehmen")


def test_a_fronted_zu_phrase_is_no_name_particle(nlp_model: Language) -> None:
    # "zu Guttenberg" is a name, "Zu den Streiks" a prepositional phrase
    found = quotes(nlp_model, "Zu den Streiks hatte die Gewerkschaft der Lokführer aufgerufen.")
    assert all(not (q.speaker_text or "").startswith("Zu") for q in found)


def test_the_addressee_of_a_demand_is_not_its_speaker(nlp_model: Language) -> None:
    # "den" after the verb marks the object, even when the model calls the title a person
    doc = nlp_model("Auch die Opposition forderte den Ministerpräsidenten auf, den Entwurf zurückzuziehen.")
    doc.ents = [Span(doc, 5, 6, label="PER")]
    finder = nlp_model.get_pipe("chronik_quotes").finder
    assert finder._person_after_fronted_object(doc, (1, 3), 3, len(doc)) is None


def test_a_weak_preterite_with_an_umlaut_is_no_konjunktiv(nlp_model: Language) -> None:
    # "löste" (lösen) read by the model as a present subjunctive: stem + "te" is the preterite
    doc = nlp_model("Die Polizei löste am Abend eine Kundgebung vor dem Rathaus auf.")
    tok = doc[2]
    tok.set_morph("Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    tok.lemma_ = "lösen"
    finder = nlp_model.get_pipe("chronik_quotes").finder
    assert finder.konjunktiv_kind(tok) == 0


def test_a_bare_title_points_back_to_the_last_speaker_with_that_title(nlp_model: Language) -> None:
    from chronik.components.quotes import _titles_back
    from chronik.document import Quote

    finder = nlp_model.get_pipe("chronik_quotes").finder
    found = [
        Quote(start=0, end=5, text="Nein.", kind="direct", speaker="e1", speaker_text="EU-Agrarkommissar Lars Brenner"),
        Quote(start=6, end=9, text="Ja.", kind="indirect", speaker="e2", speaker_text="Sprecherin Ina Wolf"),
        Quote(start=10, end=14, text="Gut.", kind="indirect", speaker=None, speaker_text="der Kommissar"),
        Quote(start=15, end=19, text="Neu.", kind="indirect", speaker=None, speaker_text="ein Kommissar"),
    ]
    _titles_back(finder, found)
    assert [q.speaker for q in found[2:]] == ["e1", None]


def test_a_contrast_after_the_object_continues_the_subject(nlp_model: Language) -> None:
    doc = analyzed(
        "Der Minister Paul Berger zeigte Verständnis für den Ärger, lehnte eine Rücknahme der Pläne aber ab."
    )
    assert [q.speaker_text for q in doc.quotes] == []


def test_a_country_the_model_calls_a_person_is_no_antecedent(nlp_model: Language) -> None:
    from chronik.components.quotes import _recent_name

    doc = nlp_model("Wu Lan sprach von Lügen. Japan sei selbst ein Opfer. Man solle schweigen, forderte sie.")
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 6, 7, label="PER")]
    name = _recent_name(doc, len(doc) - 2)
    assert name is not None and name.text == "Wu Lan"
