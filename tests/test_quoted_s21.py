"""Events inside a speaker's direct quote (twenty-first session): a definite act on a named actor that the speaker
reports or plans is coded as reported, as it is in indirect speech; an act talked about in general, or one whose only
agent is the speaker's "wir" with no named actor, stays no event. Invented sentences."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import event_at


def _types(text: str) -> set[tuple[str, str]]:
    doc = chronik.analyze(text, published="2026-05-04")
    return {(doc.text[e.trigger[0] : e.trigger[1]], e.type) for e in doc.events}


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "target", "modality"),
    [
        (
            "„Wir werden die Strafzölle gegen Kanada verlängern“, sagte die Handelsministerin.",
            "Strafzölle",
            "SANCTION",
            "Kanada",
            "planned",
        ),
        (
            "„Wir haben am Montag Gespräche mit Norwegen geführt“, sagte die Außenministerin.",
            "Gespräche",
            "CONSULT",
            "Norwegen",
            "asserted",
        ),
        (
            "„Wir werden neue Strafzölle gegen Kanada verhängen“, sagte die Handelsministerin.",
            "Strafzölle",
            "SANCTION",
            "Kanada",
            "planned",
        ),
        (
            "„Die Angriffe auf Estland müssen sofort aufhören“, sagte der Außenminister.",
            "Angriffe",
            "ASSAULT",
            "Estland",
            None,
        ),
    ],
)
def test_definite_act_on_named_actor_in_quote_is_reported(
    text: str, trigger: str, etype: str, target: str, modality: str | None
) -> None:
    doc = chronik.analyze(text, published="2026-05-04")
    names = {e.id: e.name for e in doc.entities}
    ev = event_at(doc, trigger)
    assert ev.type == etype
    assert target in [names[x] for x in ev.target]
    assert ev.reported
    if modality:
        assert ev.modality == modality


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act talked about in general: no definite act, no named actor
        (
            "„Ein Anschlag auf eine Moschee ist ein Anschlag auf unser ganzes Land“, sagte die Bürgermeisterin.",
            "Anschlag",
        ),
        # the speaker's own "wir" with no named actor: no act on anyone
        ("„Wir werden unsere Zusammenarbeit weiter vertiefen“, sagte der Minister.", "Zusammenarbeit"),
        # a kind of act judged, not one told or planned: indefinite and no "wir"
        ("„Strafzölle gegen Kanada bringen am Ende gar nichts“, sagte der Ökonom.", "Strafzölle"),
    ],
)
def test_general_act_in_quote_stays_no_event(text: str, trigger: str) -> None:
    assert trigger not in {t for t, _ in _types(text)}
