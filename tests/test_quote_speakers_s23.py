"""Quote speakers of the twenty-third session: the fronted subject with a prepositional or genitive attribute and a
relative clause between it and the speech verb ("Der Minister für X, dessen …, sagte, dass …"); a personal pronoun
that speaks never stands for an organisation's name; a name in quotation marks after a group noun is no quote.
Invented sentences, with negative rows."""

from __future__ import annotations

import pytest

from tests.quote_docs import analyzed, speaker_name


def _speaker_texts(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = analyzed(text)
    return {q.text: (q.speaker_text, speaker_name(doc, q)) for q in doc.quotes}


@pytest.mark.parametrize(
    ("text", "quote", "speaker_text"),
    [
        (
            "Der Minister für Fischerei, dessen Amtszeit im Mai abläuft, sagte, dass die Fangquoten sinken.",
            "dass die Fangquoten sinken",
            "Der Minister für Fischerei",
        ),
        (
            "Die Sprecherin des Verbandes, die seit Jahren im Amt ist, sagte, dass die Mitglieder klagen wollen.",
            "dass die Mitglieder klagen wollen",
            "Die Sprecherin des Verbandes",
        ),
        # negative row: without an attribute the phrase before the relative clause stays the speaker
        (
            "Der Bürgermeister, der seit Jahren im Amt ist, sagte, dass die Brücke gesperrt werde.",
            "dass die Brücke gesperrt werde",
            "Der Bürgermeister",
        ),
    ],
)
def test_subject_before_attribute_and_relative_clause(text: str, quote: str, speaker_text: str) -> None:
    found = _speaker_texts(text)
    assert quote in found, found
    assert found[quote][0] == speaker_text, found


def test_relative_clause_is_not_taken_into_a_name() -> None:
    doc = analyzed("Der Minister für Viehzucht, dessen Amtszeit bald endet, sagte, dass die Quoten sinken.")
    assert not [e.name for e in doc.entities if "," in e.name], [e.name for e in doc.entities]


def test_pronoun_speaker_is_no_organisation() -> None:
    text = (
        "Kämpfer von Boko Haram überfielen im Mai das Dorf. Der Gouverneur des Bundesstaates kam am Montag. Er "
        "sagt, die Hilfe komme zu spät."
    )
    found = _speaker_texts(text)
    assert found["die Hilfe komme zu spät"][1] != "Boko Haram", found


def test_pronoun_speaker_still_links_to_a_person() -> None:
    # negative row: a person named before is still the pronoun's speaker
    text = "Die Ministerin Karla Brenner besuchte am Montag das Lager. Sie sagt, die Hilfe komme zu spät."
    found = _speaker_texts(text)
    assert found["die Hilfe komme zu spät"][1] == "Karla Brenner", found


def test_quoted_group_name_ending_in_an_abbreviation_is_no_quote() -> None:
    doc = analyzed("Der Verein „Hilfe für Nachbarn e.V.“ sammelte am Montag Spenden.")
    assert not doc.quotes, doc.quotes
    assert "Hilfe für Nachbarn e.V." in [e.name for e in doc.entities]
