"""Pronoun resolution, twenty-third session round 2: a subject pronoun of reported speech that opens its sentence
means the speaker the same sentence names after it ("Er werde …, sagte Meier"), not the last person before."""

from __future__ import annotations

import pytest

from tests.event_docs import rows_by_trigger

BEFORE = "Der Innenminister Hans Krüger besuchte am Montag die Grenze. "


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the speaker named after the reported clause is its "er"
        (BEFORE + "Er werde die Polizei verstärken, sagte Bürgermeister Peter Meier.", "verstärken", ["Peter Meier"]),
        # a finite verb before the pronoun (verb second) changes nothing
        (
            BEFORE + "Zudem werde er die Polizei verstärken, erklärte Bürgermeister Peter Meier.",
            "verstärken",
            ["Peter Meier"],
        ),
        # "sie" and a woman speaking
        (
            BEFORE + "Sie werde die Polizei verstärken, sagte die Bürgermeisterin Anna Schulz.",
            "verstärken",
            ["Anna Schulz"],
        ),
    ],
)
def test_cataphoric_speaker(text: str, trigger: str, source: list[str]) -> None:
    assert rows_by_trigger(text)[trigger][2] == source


@pytest.mark.parametrize(
    "text",
    [
        # a possessive in the speaker's phrase: he speaks for the man before
        BEFORE + "Er werde die Polizei verstärken, sagte sein Sprecher Peter Meier.",
        # inside a direct quotation the speaker would say "ich": "er" is someone else
        BEFORE + "„Er wird die Polizei verstärken“, sagte Bürgermeister Peter Meier.",
        # a woman speaking is no "er"
        BEFORE + "Er werde die Polizei verstärken, sagte die Bürgermeisterin Anna Schulz.",
        # a pronoun in a clause that does not open the sentence keeps the old reading
        BEFORE + "Nachdem er die Grenze gesehen hatte, werde er die Polizei verstärken, sagte Peter Meier.",
    ],
)
def test_no_cataphoric_speaker(text: str) -> None:
    assert rows_by_trigger(text)["verstärken"][2] == ["Hans Krüger"]


def test_cataphoric_speaker_after_fronted_phrase() -> None:
    # a fronted time phrase before the finite verb: the pronoun is still the main clause's subject
    text = BEFORE + "Im Juni habe er die Polizei verstärken lassen, sagte Bürgermeister Peter Meier."
    assert rows_by_trigger(text)["verstärken"][2] == ["Peter Meier"]


def test_no_cataphoric_speaker_after_named_source() -> None:
    # a person named before the pronoun in its own sentence is nearer than the speaker after it
    text = BEFORE + "Laut Krüger werde er die Polizei verstärken, sagte Bürgermeister Peter Meier."
    assert rows_by_trigger(text)["verstärken"][2] == ["Hans Krüger"]


# A singular subject pronoun of a clause hanging on a verb of saying goes with that verb's subject when the subject
# is a noun agreeing with it, before any person of the sentence before.
@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the organisation the feminine subject names ("dass" clause and reported speech after a comma)
        (
            "Die Ministerin Anna Roth sprach mit dem Verband. "
            "Die Gewerkschaft Verdi teilte mit, dass sie die Regierung kritisiere.",
            "kritisiere",
            ["Verdi"],
        ),
        (
            "Die Ministerin Anna Roth sprach mit dem Verband. "
            "Die Gewerkschaft Verdi erklärte, sie werde die Regierung verklagen.",
            "verklagen",
            ["Verdi"],
        ),
        # an unnamed subject: no one, and not the man of the sentence before
        (
            "Der Bürgermeister Karl Braun traf den Minister Paul Roth. "
            "Die Stadtverwaltung erklärte am Montag, dass sie mit der Firma Siemens verhandelt habe.",
            "verhandelt",
            [],
        ),
    ],
)
def test_matrix_subject_binds_pronoun(text: str, trigger: str, source: list[str]) -> None:
    assert rows_by_trigger(text)[trigger][2] == source


def test_matrix_subject_person_unchanged() -> None:
    # a named person as the subject above: the pronoun is that person as before
    text = (
        "Die Ministerin Anna Roth sprach mit dem Verband. "
        "Verbandschef Karl Braun erklärte, er werde die Regierung verklagen."
    )
    assert rows_by_trigger(text)["verklagen"][2] == ["Karl Braun"]


def test_matrix_subject_needs_agreement() -> None:
    # a masculine subject above is no antecedent of "sie": the woman of the sentence before stays
    text = (
        "Die Ministerin Anna Roth traf die Gewerkschaft. "
        "Der Verband teilte mit, dass sie die Regierung kritisiert habe."
    )
    assert rows_by_trigger(text)["kritisiert"][2] == ["Anna Roth"]


def test_matrix_subject_only_for_saying() -> None:
    # "kritisierte, dass sie …": the content of a criticism is about someone else; the old reading stays
    text = (
        "Die Ministerin Anna Roth sprach in Berlin. "
        "Die Gewerkschaft Verdi kritisierte, dass sie die Regierung gelobt habe."
    )
    assert rows_by_trigger(text)["gelobt"][2] == ["Anna Roth"]
