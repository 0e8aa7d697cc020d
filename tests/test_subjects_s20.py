"""Subjects that role filling did not use (twentieth session): people nouns that were the parsed subject of an event
verb with an empty source and matched none of the actor lists are described sources now (rows of
``described_actor_nouns.txt``, some ending compounds), and a hyphenated compound ending in a short entry counts as
its entry ("Eishockey-Fans"). Invented sentences, read after a title and a dateline as an article would be."""

from __future__ import annotations

import pytest

import chronik
from chronik.document import Document
from tests.event_docs import event_at, group_texts

LEAD = "Meldung\nHAMBURG (dpa) – "


def _analyse(text: str) -> Document:
    return chronik.analyze(LEAD + text, published="2026-05-04")


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        ("Lediglich drei Delegierte stimmten am Abend gegen den Antrag.", "stimmten", "drei Delegierte"),
        ("Der Sänger ruft in seinen Liedern dazu auf, Journalisten anzugreifen.", "ruft", "Sänger"),
        ("Zwei junge Bewerber kritisieren den Bürgermeister.", "kritisieren", "Zwei junge Bewerber"),
        ("Zwei Landtagsabgeordnete forderten den Rücktritt.", "forderten", "Zwei Landtagsabgeordnete"),
        ("Am Montag tagten beide Fachausschüsse in der Hauptstadt.", "tagten", "beide Fachausschüsse"),
        ("Ein enger Vertrauter weigerte sich, die Anordnung auszuführen.", "weigerte", "enger Vertrauter"),
    ],
)
def test_people_noun_subject_is_described_source(text: str, trigger: str, group: str) -> None:
    doc = _analyse(text)
    assert event_at(doc, trigger).source == []
    assert group_texts(doc, trigger)[0] == [group]


def test_compound_ends_in_new_entry() -> None:
    doc = _analyse("Umweltschützer und Finanzpolitiker kritisieren das neue Gesetz.")
    assert group_texts(doc, "kritisieren")[0] == ["Umweltschützer", "Finanzpolitiker"]


def test_hyphenated_compound_of_short_entry() -> None:
    doc = _analyse("Am Samstag protestierten etwa 300 Eishockey-Fans in der Innenstadt.")
    assert group_texts(doc, "protestierten")[0] == ["etwa 300 Eishockey-Fans"]


def test_thing_subject_stays_empty() -> None:
    # a thing as the subject is no actor: the source stays empty
    doc = _analyse("Das neue Mittel könne Schädlinge an der Ausbreitung hindern.")
    assert event_at(doc, "hindern").source == []
    assert group_texts(doc, "hindern")[0] == []


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        ("Der Bürgermeister von Oberhausen forderte mehr Geld vom Land.", "forderte", "Bürgermeister"),
        ("Die Kritiker aus Italien lehnten das Verbot ab.", "lehnten", "Kritiker"),
    ],
)
def test_place_after_people_noun_keeps_described_source(text: str, trigger: str, group: str) -> None:
    # a place after the noun only locates the people: they stay the described source
    doc = _analyse(text)
    assert event_at(doc, trigger).source == []
    assert group_texts(doc, trigger)[0] == [group]


def test_person_after_people_noun_is_no_described_source() -> None:
    # "Anhänger des Präsidenten X": people defined by a named person are left to the roles
    doc = _analyse("Der Präsident Karl Wendt verlor die Wahl. Anhänger von Karl Wendt blockierten am Abend die Straße.")
    assert group_texts(doc, "blockierten")[0] == []


def test_name_right_after_people_noun_is_no_described_actor() -> None:
    # "dem Rüstungsunternehmen Technova": the noun names the company, it describes no unnamed people
    doc = _analyse("Die Senatorin kritisiert die Nähe zwischen dem Minister und dem Rüstungsunternehmen Technova.")
    assert "Rüstungsunternehmen" not in group_texts(doc, "kritisiert")[1]
