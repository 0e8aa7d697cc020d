"""Which amounts an event takes (tenth session): the event's own, not those of another event of the sentence."""

from __future__ import annotations

import pytest

import chronik


def _amounts(text: str) -> dict[str, list[str]]:
    """Trigger word → the texts of the quantities attached to its event."""
    doc = chronik.analyze(text, published="2026-05-04")
    return {doc.text[e.trigger[0] : e.trigger[1]]: [doc.quantities[k].text for k in e.quantities] for e in doc.events}


@pytest.mark.parametrize(
    ("text", "trigger", "wanted"),
    [
        # a relative clause on the event noun holds its victims
        ("Die Polizei vereitelte einen Anschlag, bei dem mindestens 40 Menschen sterben sollten.", "Anschlag", "40"),
        # the clause goes on past a relative clause that cuts it, with the amounts coordinated there
        (
            "Ein Attentäter tötete bei einem Anschlag auf einen Markt, der am Sonntag stattfand, "
            "mindestens 45 Menschen, darunter 12 Kinder.",
            "Anschlag",
            "45 12",
        ),
        # what an agreement's dass-clause settles
        (
            "Die Konfliktparteien einigten sich darauf, dass die Bewohner die Stadt mit 60 Bussen verlassen dürfen.",
            "einigten",
            "60",
        ),
        # a casualty verb yields its victims to the attack noun
        ("Bei dem Angriff wurden 17 Menschen getötet.", "Angriff", "17"),
    ],
)
def test_event_takes_its_amounts(text: str, trigger: str, wanted: str) -> None:
    got = _amounts(text)[trigger]
    for number in wanted.split():
        assert any(number in q for q in got), (trigger, got)


@pytest.mark.parametrize(
    ("text", "trigger", "unwanted"),
    [
        # the number of a noun inside another amount describes it
        ("An dem Protestmarsch nahmen rund 2.000 Bewohner der 40 Dörfer teil.", "Protestmarsch", "40"),
        # an arrest's count is the arrest's, not that of the protest it happened at
        ("In der Hauptstadt wurden bei einer Kundgebung 12 Studenten festgenommen.", "Kundgebung", "12"),
        # a cause's phrase takes no amount of its effect
        ("Aufgrund des Streiks blieben 40 Schulen geschlossen.", "Streiks", "40"),
    ],
)
def test_event_leaves_other_amounts(text: str, trigger: str, unwanted: str) -> None:
    got = _amounts(text)[trigger]
    assert not any(unwanted in q for q in got), (trigger, got)


def test_arrest_keeps_its_count_next_to_the_protest_noun() -> None:
    got = _amounts("In der Hauptstadt wurden bei einer Kundgebung 12 Studenten festgenommen.")
    assert got["festgenommen"] == ["12 Studenten"]
    march = _amounts("An dem Protestmarsch nahmen rund 2.000 Bewohner der 40 Dörfer teil.")["Protestmarsch"]
    assert march == ["2.000 Bewohner"]


def test_a_headline_clause_with_its_own_verb_lends_no_amount() -> None:
    got = _amounts("Japan sagt Indien Hilfe zu – Tokio investiert Milliarden")
    assert not any("Milliarden" in q for qs in got.values() for q in qs), got
