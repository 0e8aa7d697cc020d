"""Quotes on real news, eighteenth session: headlines, non-speech uses of report verbs, objects taken for speakers
(constructions recurring over the 80 real Wikinews articles; own invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.quote_docs import quote_pipeline, quotes


@pytest.fixture(scope="module")
def nlp_model() -> Language:
    return quote_pipeline(with_model=True)


BODY = "\nBERLIN (dpa) – Die Ministerin hat am Montag ihren Rücktritt erklärt. Sie sagte, sie sei erschöpft.\n"


@pytest.mark.parametrize(
    "title",
    [
        "Gewerkschaft kritisiert Verkehrsministerin Weber",
        "Opposition verlangt Rücktritt der Verkehrsministerin",
        "Weber dementiert Gerüchte über Amtsverzicht",
        "Landgericht bestätigt Haftstrafe für Bürgermeister",
        "Ministerin Weber: Rücktritt sei unvermeidlich",
    ],
)
def test_a_headline_speech_verb_is_no_quotation(nlp_model: Language, title: str) -> None:
    found = quotes(nlp_model, title + BODY)
    assert all(q.start > len(title) for q in found)
    # the body's indirect quotation stays
    assert any(q.kind == "indirect" and "erschöpft" in q.text for q in found)


def test_a_quotation_in_quotation_marks_in_a_headline_stays(nlp_model: Language) -> None:
    title = "Weber: „Ich bin erschöpft“"
    found = quotes(nlp_model, title + BODY)
    assert any(q.start < len(title) for q in found)


def test_a_body_sentence_with_a_speech_verb_still_reports(nlp_model: Language) -> None:
    text = "Rücktritt in Berlin\nBERLIN (dpa) – Die Gewerkschaft forderte den Rücktritt der Verkehrsministerin.\n"
    found = quotes(nlp_model, text)
    assert [q.kind for q in found] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "Anhänger beider Vereine gerieten nach dem Spiel erneut aneinander.",
        "Die Gespräche über ein Freihandelsabkommen waren im Frühjahr ins Stocken geraten.",
        "Der Konzern ist in den vergangenen Monaten unter Druck geraten.",
        "Die Fraktionschefs beraten derzeit über das weitere Vorgehen.",
        "Die Kanzlerin beriet sich am Abend mit ihren Ministern.",
        "Die Einigung wurde bisher weder von der Regierung noch von der Opposition kommentiert.",
    ],
)
def test_report_verbs_without_a_speech_act(nlp_model: Language, text: str) -> None:
    # "geraten" (the participle of "raten" too), "sich beraten"/"beraten über" (a meeting) and a comment negated
    # with "weder … noch" report no statement
    assert [q for q in quotes(nlp_model, text) if q.kind == "reported"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Innenminister hat den Bürgern geraten, ihre Fenster geschlossen zu halten.",
        "Die Polizei bestätigte den Tod von zwei Bergsteigern.",
        "Der Sprecher bestätigte, das Urteil werde angefochten.",
        "Die Opposition kritisierte die Regierung für ihre Haushaltspolitik.",
    ],
)
def test_speech_acts_of_the_same_verbs_stay(nlp_model: Language, text: str) -> None:
    assert quotes(nlp_model, text) != []


def test_an_object_taken_for_the_speaker_of_a_reported_act_is_dropped(nlp_model: Language) -> None:
    # the parse takes the object "das Vorgehen …" for the speaker: a reported act with a wrong speaker is worse than
    # none (the subject "Italien und die Schweiz" is left to the events)
    text = "Italien und die Schweiz haben das Vorgehen der türkischen Polizei kritisiert."
    assert all(q.speaker_text is None or "Vorgehen" not in q.speaker_text for q in quotes(nlp_model, text))


def test_an_object_is_not_the_speaker_of_the_next_sentence(nlp_model: Language) -> None:
    text = (
        "Oppositionelle im Exil wie Meier weisen die Anschuldigungen Pekings zurück. "
        "Die Regierung übertreibe die Gefahr."
    )
    found = quotes(nlp_model, text)
    assert all(q.speaker_text is None or "Anschuldigungen" not in q.speaker_text for q in found)
    assert any("übertreibe" in q.text for q in found)  # the Konjunktiv sentence stays a quotation


def test_a_person_subject_with_an_object_noun_keeps_the_speaker(nlp_model: Language) -> None:
    text = (
        "Der Senator wies Vorwürfe wegen Versäumnissen im Jahr 2001 zurück. "
        "Die Regierung habe damals anders entschieden."
    )
    found = quotes(nlp_model, text)
    assert [q.speaker_text for q in found] == ["Der Senator", "Der Senator"]
