"""Plural "sie" actors (twentieth session): a plural "sie" as a clause's only subject stands for the nearest subject
before it: a coordination of named actors becomes the event's source entities, a plural people noun its described
source; another plural "sie" there passes the search on (twice at most); a second phrase the parser also took for a
subject after the pronoun is its object. Invented sentences, read after a title and a dateline as an article would
be."""

from __future__ import annotations

import chronik
from chronik.document import Document
from tests.event_docs import event_at, group_texts, rows_by_trigger

LEAD = "Meldung\nHAMBURG (dpa) – "


def _analyse(text: str) -> Document:
    return chronik.analyze(LEAD + text, published="2026-05-04")


def test_plural_pronoun_after_named_coordination() -> None:
    rows = rows_by_trigger(
        LEAD + "Frankreich und Deutschland legten am Montag einen Plan vor. Sie forderten die Aufhebung der Zölle."
    )
    assert sorted(rows["forderten"][2]) == ["Deutschland", "Frankreich"]


def test_plural_pronoun_nearer_people_noun_is_no_named_source() -> None:
    # the nearest subject is the refugees, not the two ministers named before them
    doc = _analyse(
        "Die Minister Hans Kolbe und Peter Maurer besuchten das Lager. Die Flüchtlinge protestierten. "
        "Sie forderten bessere Unterkünfte."
    )
    assert event_at(doc, "forderten").source == []
    assert group_texts(doc, "forderten")[0] == ["Flüchtlinge"]


def test_plural_pronoun_chain_reaches_people_noun() -> None:
    # "sie" in the dass-clause stands for the demonstrators; the next sentence's "Sie" passes through it
    doc = _analyse(
        "Die Demonstranten sind so verärgert, dass sie die Straße blockiert haben. Sie fordern den Rücktritt des "
        "Bürgermeisters."
    )
    assert group_texts(doc, "fordern")[0] == ["Demonstranten"]


def test_singular_pronoun_is_no_plural_antecedent() -> None:
    # a singular "sie" (the mayor) leaves the plural search open: no group is taken from further back
    doc = _analyse(
        "Die Demonstranten zogen vor das Rathaus. Die Bürgermeisterin Anna Kerner sagte, sie habe Verständnis. "
        "Sie fordern den Rücktritt des Stadtrats."
    )
    assert group_texts(doc, "fordern")[0] == []


def test_singular_name_is_no_plural_antecedent() -> None:
    rows = rows_by_trigger(
        LEAD + "Der Gewerkschaftschef Hans Kolbe sprach am Montag in Bremen. Dort forderten sie höhere Löhne."
    )
    assert rows["forderten"][2] == []


def test_object_pronoun_left_open_with_nearer_described_man() -> None:
    # "ihn" may be the policeman just described as well as the man named in the sentence before: left open
    rows = rows_by_trigger(
        LEAD + "Der Angeklagte Karl Obermeier wurde zu zwölf Jahren verurteilt. Das Gericht ging davon aus, dass der "
        "Mitangeklagte Rudolf Hanke bei der Festnahme den Tod eines Polizisten in Kauf genommen hätte, als er auf ihn "
        "schoss."
    )
    assert rows["schoss"][3] == []


def test_object_pronoun_still_resolved_without_competitor() -> None:
    rows = rows_by_trigger(
        LEAD + "Der Minister Karl Obermeier reiste nach Paris. Dort empfing ihn der Präsident Jacques Morel."
    )
    assert rows["empfing"][2:4] == (["Jacques Morel"], ["Karl Obermeier"])
