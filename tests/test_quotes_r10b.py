"""Quote rules of the tenth session, round 2 (2026-12-05): a named person in the apposition after an organisation
whose name has a lower-case word speaks, and an evaluation in quotes after "als" is a partial quotation. Own
invented sentences (skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import analyzed, speaker_name, the_quote


def test_named_apposition_after_an_organisation_with_a_lower_case_word():
    doc = analyzed("„Die Lage ist ernst“, sagte die Referentin von Caritas international, Anna Keller, in Aachen.")
    assert speaker_name(doc, the_quote(doc, "Lage ist ernst")) == "Anna Keller"


def test_unnamed_spokesperson_is_not_linked_to_the_named_person():
    doc = analyzed(
        "Staatspräsident Paul Marin will am Montag mit den Parteien beraten. "
        "Ein Sprecher des Präsidialamts sagte, Marin werde niemanden ernennen."
    )
    assert speaker_name(doc, the_quote(doc, "niemanden ernennen")) != "Paul Marin"


def test_evaluation_after_als_is_a_partial_quotation():
    doc = analyzed("Das Außenministerium in Oslo verurteilte die Entscheidung als „Angriff auf die Freiheit“.")
    q = the_quote(doc, "Angriff auf die Freiheit")
    assert q.kind == "partial"
    assert speaker_name(doc, q) == "Außenministerium"
    # a title in quotes with no speech frame stays no quotation
    doc = analyzed("Der Film lief als „Krieg und Frieden“ im Kino.")
    assert not [q for q in doc.quotes if "Krieg" in q.text]
