"""A second verb of a coordination with no subject of its own shares the unnamed people who did the first, as a named
subject is shared ("Die Polizei nahm zwei Männer fest und verhörte sie": the police questioned them too; nineteenth
session). Invented sentences, read after a title and a dateline as an article would be."""

from __future__ import annotations

import pytest

import chronik
from chronik.document import Document
from tests.event_docs import event_at, group_texts

LEAD = "Meldung\nHAMBURG (dpa) – "


def _analyse(sentence: str) -> Document:
    return chronik.analyze(LEAD + sentence, published="2026-05-04")


def _source_groups(doc: Document, trigger: str) -> list[str]:
    return group_texts(doc, trigger)[0]


@pytest.mark.parametrize(
    ("sentence", "first", "second", "group"),
    [
        ("Die Gewerkschaft kritisierte den Plan und drohte mit Streiks.", "kritisierte", "drohte", "Gewerkschaft"),
        ("Die Beamten nahmen zwei Männer fest und verhörten sie.", "nahmen", "verhörten", "Beamten"),
        ("Demonstranten blockierten die Straße und forderten den Rücktritt des Bürgermeisters.", "blockierten",
         "forderten", "Demonstranten"),
        # past a relative clause that hangs on the first verb's object
        ("Die Beamten nahmen zwei Männer fest, die Steine geworfen hatten, und verhörten sie.", "nahmen", "verhörten",
         "Beamten"),
    ],
)  # fmt: skip
def test_second_verb_shares_the_described_subject(sentence: str, first: str, second: str, group: str):
    doc = _analyse(sentence)
    assert _source_groups(doc, first) == [group]
    assert not event_at(doc, second).source
    assert _source_groups(doc, second) == [group]


def test_named_subject_is_shared_by_the_roles_not_as_a_group():
    doc = _analyse("Die SPD lehnte den Vorschlag ab und forderte Neuwahlen.")
    ev = event_at(doc, "forderte")
    assert [e.name for e in doc.entities if e.id in ev.source] == ["SPD"]
    assert not ev.source_groups


def test_second_clause_with_its_own_subject_keeps_it():
    doc = _analyse("Demonstranten blockierten die Straße, und Polizisten nahmen zwei Männer fest.")
    assert _source_groups(doc, "blockierten") == ["Demonstranten"]
    assert _source_groups(doc, "nahmen") == ["Polizisten"]
