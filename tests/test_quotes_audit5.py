"""Speaker rules from the fifth-session blind audit (tests/data/audit/2026-12-05b), own invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_docs import analyzed, speaker_name, the_quote


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Die Regierung in Oslo wies die Kritik zurück. Die Sprecherin des norwegischen Außenministeriums, "
            "Ingrid Solvang, erklärte, es gebe keine Belege für die Vorwürfe.",
            "keine Belege",
            "Ingrid Solvang",
        ),
        (
            "Die Präsidentin des Europäischen Parlaments, Roberta Metsola, erklärte, sie erwarte eine schnelle "
            "Einigung über den Haushalt.",
            "schnelle Einigung",
            "Roberta Metsola",
        ),
    ],
)
def test_role_apposition_names_the_speaker_not_the_genitive_organisation(text, words, name):
    doc = analyzed(text)
    q = the_quote(doc, words)
    assert q.speaker_text == name
    assert speaker_name(doc, q) == name


def test_trailing_apposition_after_a_place_phrase_names_the_speaker():
    text = "„Wir geben nicht auf“, sagte die Geschäftsführerin von Greenpeace in Österreich, Martina Holzer."
    doc = analyzed(text)
    q = the_quote(doc, "nicht auf")
    assert q.speaker_text == "Martina Holzer"


def test_noun_after_a_von_attribute_speaks_not_the_controlling_group():
    text = (
        "Bei dem Angriff seien zwölf Menschen verletzt worden, teilte die von der Miliz kontrollierte "
        "Gesundheitsbehörde mit."
    )
    doc = analyzed(text)
    q = the_quote(doc, "zwölf Menschen")
    assert q.speaker_text == "Gesundheitsbehörde"


def test_comma_joined_main_clause_shares_its_subject_with_the_cue():
    text = (
        "Bundeskanzler Karl Nehammer traf am Montag die Parteichefs. Nehammer lobte die Gespräche, "
        "betonte aber, er werde keine Koalition mit der FPÖ eingehen."
    )
    doc = analyzed(text)
    q = the_quote(doc, "keine Koalition")
    assert speaker_name(doc, q) == "Karl Nehammer"


def test_nach_angaben_aus_names_the_circles_as_source():
    doc = analyzed("Das Treffen war nach Angaben aus Regierungskreisen seit Wochen geplant.")
    q = the_quote(doc, "Treffen")
    assert q.speaker_text == "Regierungskreisen"


def test_fronted_temporal_clause_mood_does_not_continue_a_report():
    text = (
        "Der Verband fordert höhere Löhne. In Köln kam es am Abend zu Rangeleien. Als Demonstranten die Absperrung "
        "überwinden wollten, setzten die Beamten Pfefferspray ein."
    )
    doc = analyzed(text)
    assert not [q for q in doc.quotes if "Pfefferspray" in q.text]


def test_name_after_a_headline_dash_speaks():
    # (eighteenth session: a headline's speech verb is no quotation of its own — the real-news audits count it
    # spurious — so the headline act "Weber weist Forderungen zurück" is no longer a reported quote at all; this
    # test asserted its speaker "Weber" before)
    text = "Streik legt Häfen lahm – Weber weist Forderungen zurück\n\nHamburg (dpa) – Die Hafenarbeiter streiken."
    doc = analyzed(text)
    assert not [q for q in doc.quotes if "Weber weist" in q.text]


def test_possessive_nach_phrase_points_back_to_the_last_speaker():
    text = (
        "Die Anwältin Sabine Roth sagte, ihre Mandantin sei unschuldig. Nach ihren Informationen habe die Polizei "
        "den Fall nie geprüft. Da die Akten fehlten, habe das Gericht den Termin verschoben."
    )
    doc = analyzed(text)
    q = the_quote(doc, "Termin verschoben")
    assert speaker_name(doc, q) == "Sabine Roth"


def test_neuter_subject_of_an_inverted_frame_speaks():
    text = "Die Verhandlungen sollen am Freitag fortgesetzt werden, teilte das katarische Außenamt mit."
    doc = analyzed(text)
    q = the_quote(doc, "Verhandlungen")
    assert q.kind == "indirect"
    assert q.speaker_text == "das katarische Außenamt"


def test_object_after_a_second_verb_is_no_speaker():
    text = "Hilfsorganisationen lobten die Einigung, verlangten aber die Öffnung weiterer Grenzübergänge."
    doc = analyzed(text)
    assert not [q for q in doc.quotes if q.speaker_text and q.speaker_text.startswith("die Öffnung")]
