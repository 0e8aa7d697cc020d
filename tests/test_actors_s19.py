"""Empty event roles ranked by corpus frequency (nineteenth session): people and institution nouns that were the
parsed subject of a verb in two or more of 350 sampled Wikinews articles become described actors
(``described_actor_nouns.txt``); a nominative relative pronoun takes its antecedent as the clause's actor (a people
noun as a described actor, a name behind a closing quote as the entity). Invented sentences, read after a title and
a dateline as an article would be."""

from __future__ import annotations

import pytest

import chronik
from chronik.document import Document
from tests.event_docs import event_at, group_texts

LEAD = "Meldung\nHAMBURG (dpa) – "


def _analyse(sentence: str) -> Document:
    return chronik.analyze(LEAD + sentence, published="2026-05-04")


_groups = group_texts


def _names(doc: Document, ids: list[str]) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[x] for x in ids]


@pytest.mark.parametrize(
    ("sentence", "trigger", "group"),
    [
        # a compound ending in a new entry ("organisationen", "vertreter", "experten")
        ("Hilfsorganisationen kritisieren die Kürzung der Mittel für die Lager.", "kritisieren", "Hilfsorganisationen"),
        ("Regierungsvertreter wiesen die Vorwürfe am Dienstag zurück.", "wiesen", "Regierungsvertreter"),
        ("Mehrere Experten kritisierten den Entwurf des Gesetzes scharf.", "kritisierten", "Mehrere Experten"),
        # the whole word
        ("Mehrere Parteien forderten am Montag Neuwahlen im Land.", "forderten", "Mehrere Parteien"),
        ("Die Arbeitgeber begrüßten den Kompromiss am Abend.", "begrüßten", "Arbeitgeber"),
    ],
)  # fmt: skip
def test_frequent_subject_nouns_are_described_sources(sentence: str, trigger: str, group: str):
    doc = _analyse(sentence)
    assert not event_at(doc, trigger).source
    assert _groups(doc, trigger)[0] == [group]


def test_a_relative_pronoun_subject_takes_its_people_antecedent():
    doc = _analyse("In der Stadt leben viele Bauern, die am Montag gegen die neuen Abgaben protestierten.")
    assert _groups(doc, "protestierten") == (["viele Bauern"], [])


def test_a_passive_relative_clause_makes_its_antecedent_the_target():
    doc = _analyse("Die Polizei kontrollierte am Abend drei Fahrer, die später festgenommen wurden.")
    assert _groups(doc, "festgenommen")[1] == ["drei Fahrer"]


def test_a_relative_pronoun_after_a_thing_noun_gives_no_actor():
    doc = _analyse("Sie lasen den Bericht, der die Zustände in den Gefängnissen scharf kritisiert.")
    assert _groups(doc, "kritisiert")[0] == []


def test_a_name_in_quotes_before_the_relative_pronoun_is_the_source():
    doc = _analyse("Der Aufstieg der Partei „Freie Mitte“, die den Austritt aus der Union fordert, beunruhigt Brüssel.")
    assert _names(doc, event_at(doc, "fordert").source) == ["Freie Mitte"]


def test_a_dative_relative_pronoun_beside_another_subject_gives_no_source():
    doc = _analyse("Sie ist nicht die einzige Richterin, der man Bestechung vorwirft.")
    assert _groups(doc, "vorwirft")[0] == []


@pytest.mark.parametrize(
    ("sentence", "trigger", "group", "side"),
    [
        ("Mehrere Briten kritisierten die Entscheidung der Regierung.", "kritisierten", "Mehrere Briten", 0),
        ("Die Regierung wies am Montag drei Russen aus.", "wies", "drei Russen", 1),
    ],
)
def test_an_inhabitant_noun_is_a_described_actor(sentence: str, trigger: str, group: str, side: int):
    doc = _analyse(sentence)
    assert _groups(doc, trigger)[side] == [group]


def test_a_plural_pronoun_subject_takes_the_people_noun_subject_before_it():
    doc = _analyse("Hunderte Bauern blockieren einige Straßen. Sie fordern höhere Steuern für Konzerne.")
    assert _groups(doc, "fordern")[0] == ["Hunderte Bauern"]
    doc = _analyse("Demonstranten zogen zum Parlament, wo sie den Rücktritt der Regierung forderten.")
    assert _groups(doc, "forderten")[0] == ["Demonstranten"]


def test_a_singular_pronoun_or_a_named_subject_between_gives_no_described_source():
    doc = _analyse("Die Ministerin besuchte das Lager. Sie kritisierte die Zustände scharf.")
    assert _groups(doc, "kritisierte")[0] == []  # ("sie kritisierte": one woman)
    doc = _analyse("Demonstranten blockierten die Straße. Die SPD unterstützte sie. Sie fordern eine Mietbremse.")
    assert _groups(doc, "fordern")[0] == []  # (the party, a name, is the nearer subject)


def test_a_pronoun_beside_another_subject_is_the_object():
    doc = _analyse("Die Frauen sagten, dass der Nachbar sie geschlagen habe.")
    assert _groups(doc, "geschlagen")[0] == []


def test_a_relative_pronoun_beside_man_is_no_subject():
    doc = _analyse("Allerdings ist der Kämmerer nicht die einzige Person, der man Untreue vorwirft.")
    assert _groups(doc, "vorwirft")[0] == []
