"""An event's own date written with a comma inside it ("Am Freitag, den 3. Juli") is the event's date: the comma
inside a time expression opens no clause (twenty-third session, blind audit 41's date errors). And a "von" phrase in
an apposition describes the name before it and is no passive agent (the same round)."""

from __future__ import annotations

import pytest

import chronik
from chronik.components.events import clauses, lexicon
from tests.event_docs import event_at


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("Am Freitag, den 3. Juli hatten 150 Studenten in Bonn demonstriert.", "demonstriert", "2009-07-03"),
        ("Am Mittwoch, dem 1. Juli, griffen Rebellen einen Stützpunkt der Armee an.", "griffen", "2009-07-01"),
        # (no comma in the date: the same day as before)
        ("Am 3. Juli hatten rund 150 Studenten vor dem Rathaus demonstriert.", "demonstriert", "2009-07-03"),
    ],
)
def test_a_date_with_a_comma_dates_its_clause(text: str, trigger: str, date: str) -> None:
    doc = chronik.analyze(text, published="2009-07-06")
    assert event_at(doc, trigger).date == date


def test_clauses_keep_a_date_with_a_comma_whole() -> None:
    nlp = chronik.load()
    doc = nlp("Am Freitag, den 3. Juli demonstrierten Studenten, die höhere Löhne forderten.")
    split = [" ".join(t.text for t in c) for c in clauses(list(doc), lexicon("de"), "de")]
    assert split[0].startswith("Am Freitag den 3. Juli demonstrierten")
    assert split[-1].startswith("die höhere Löhne")


def test_a_von_phrase_in_an_apposition_is_no_passive_agent() -> None:
    """ "X, Ex-Präsident von Liberia, wurde … überstellt": the "von" phrase describes X, like a genitive ("Moldau, ein
    Nachbarland der Ukraine, …"), and is no agent of the passive."""
    doc = chronik.analyze("Charles Taylor, Ex-Präsident von Liberia, wurde am Dienstag nach Den Haag überstellt.")
    names = {e.id: e.name for e in doc.entities}
    event = event_at(doc, "überstellt")
    assert [names[x] for x in event.source] == []
    assert [names[x] for x in event.target] == ["Charles Taylor"]
