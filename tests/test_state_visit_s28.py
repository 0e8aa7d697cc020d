"""A state visit as current news tells it (session 28): the police that secure the visit are deployed (MOBILIZE with
their number), and a pledge told as reported speech ("sagte zu, Deutschland werde … investieren") carries the amount
pledged. Sentences are made up for the tests."""

from __future__ import annotations

import chronik


def events(sentence: str) -> list[tuple[str, str | None, list[str]]]:
    doc = chronik.analyze("Meldung\n" + sentence, published="2026-11-24")
    return [(e.type, e.mode, [doc.quantities[k].text for k in e.quantities]) for e in doc.events]


def test_police_securing_a_visit_are_deployed_and_the_visit_is_no_new_event() -> None:
    assert events("Rund 4.000 Polizisten sicherten den Besuch ab.") == [("MOBILIZE", "police", ["4.000 Polizisten"])]


def test_securing_a_scene_or_evidence_is_no_deployment() -> None:
    assert events("Polizisten sicherten die Unfallstelle ab.") == []
    assert events("Beamte sicherten am Tatort Spuren.") == []


def test_a_pledge_told_as_reported_speech_carries_the_amount() -> None:
    text = "Merz sagte zu, Deutschland werde in den kommenden fünf Jahren zusätzlich 20 Milliarden Euro investieren."
    assert events(text) == [("AGREE", "pledge", ["20 Milliarden Euro"])]
    # the content's own event takes the amount: aid made available, not the pledge
    assert ("AID", "economic", ["300 Millionen Euro"]) in events(
        "Die Regierung versprach, sie werde 300 Millionen Euro bereitstellen."
    )
    assert ("AGREE", "pledge", []) in events("Die Regierung versprach, sie werde 300 Millionen Euro bereitstellen.")


def test_a_place_after_a_time_phrase_with_zum_is_the_scene() -> None:
    # "in der Nacht zum Mittwoch" is a time phrase, not a topic ("Gespräche zum Thema …") the place would describe
    doc = chronik.analyze(
        "Meldung\nDie Armee griff in der Nacht zum Mittwoch eine Raffinerie in der Region Samara an.",
        published="2026-11-25",
    )
    place = next(e for e in doc.entities if e.id == doc.events[0].place)
    assert place.name == "Region Samara"


def test_adjectives_before_a_place_noun_and_a_name_are_no_part_of_the_name() -> None:
    doc = chronik.analyze("Meldung\nDrohnen trafen eine Raffinerie in der russischen Region Samara.")
    places = [(e.name, e.country) for e in doc.entities if e.label == "LOC"]
    assert places == [("Region Samara", "RUS")]
