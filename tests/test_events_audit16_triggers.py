"""Triggers from audit 16 (eleventh session): acts coded on idioms, separable verbs and reflexive verbs,
and "treffen" with a weapon as its subject. Invented sentences."""

from __future__ import annotations

from tests.event_docs import event_rows

LEAD = "Meldung\nMADRID (dpa) – "


def _types(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in event_rows(LEAD + text, published="2026-11-10")]


def test_putting_on_ice_is_a_suspension() -> None:
    assert ("legte", "SANCTION") in _types("Die Regierung legte das Handelsabkommen mit Chile vorerst auf Eis.")


def test_declaring_a_state_of_disaster_is_coerce() -> None:
    types = _types("Der Gouverneur rief für drei Landkreise den Katastrophenzustand aus.")
    assert ("Katastrophenzustand", "COERCE") in types


def test_separable_sicherstellen_is_a_seizure() -> None:
    assert ("stellten", "COERCE") in _types("Zollfahnder stellten am Hafen zwei Tonnen Heroin sicher.")
    assert ("sichergestellt", "COERCE") in _types("Bei der Durchsuchung wurden mehrere Schusswaffen sichergestellt.")
    assert _types("Die Stadt will die Versorgung der Bürger mit Wasser sicherstellen.") == []


def test_reflexive_resistance_is_reject() -> None:
    assert ("gesträubt", "REJECT") in _types("Ungarn hatte sich lange gegen die neuen Regeln gesträubt.")
    assert ("sperrte", "REJECT") in _types("Österreich sperrte sich gegen den Beitritt.")


def test_breaking_up_a_ring_is_coerce() -> None:
    assert ("zerschlagen", "COERCE") in _types("Fahnder haben einen Schmugglerring zerschlagen.")
    assert ("hob", "COERCE") in _types("Die Polizei hob eine Zelle von Waffenhändlern aus.")


def test_taking_up_shipwrecked_crew_is_aid() -> None:
    types = _types("Die zwölf Seeleute wurden von einem Tanker aufgenommen und nach Malta gebracht.")
    assert ("aufgenommen", "AID") in types


def test_a_weapon_that_hits_meets_no_one() -> None:
    types = _types("Eine Granate traf am Abend ein Schulgebäude.")
    assert all(t != "CONSULT" for _, t in types)


def test_generic_man_with_modal_is_no_act() -> None:
    text = '"Alle sollen wissen, dass man Reporter nicht straflos verhaften darf", sagte die Sprecherin des Verbands.'
    assert all(t != "COERCE" for _, t in _types(text))


def test_idiom_mund_verbieten_is_no_ban() -> None:
    assert _types('"Wir lassen uns von niemandem den Mund verbieten", sagte die Vorsitzende.') == []


def test_event_noun_as_topic_of_talks_is_no_event() -> None:
    types = _types("Der Sprecher sagte, bei dem Gespräch sei vor allem über Löhne und Festnahmen geredet worden.")
    assert all(t != "COERCE" for _, t in types)


def test_content_of_rejected_allegation_is_no_event() -> None:
    types = _types("Die Reederei wies den Vorwurf zurück, ihre Kapitäne würden mit Schmugglern kooperieren.")
    assert ("wies", "REJECT") in types
    assert all(t != "COOPERATE" for _, t in types)


def test_event_noun_as_object_of_ansprechen_is_no_event() -> None:
    types = _types("Der Minister kündigte an, die Freilassung der Gefangenen bei dem Besuch anzusprechen.")
    assert all(t != "RETREAT" for _, t in types)
    types = _types("Die Kanzlerin will die Abschiebung der Straftäter in Ankara thematisieren.")
    assert all(t != "COERCE" for _, t in types)


def test_measure_as_subject_of_solle_is_no_request() -> None:
    types = _types("Die neue Abgabe solle erst im Jahr 2028 in Kraft treten, sagte die Ministerin.")
    assert all(t != "REQUEST" for _, t in types)
    assert ("sagte", "REQUEST") in _types("Die Regierung solle die Abgabe zurücknehmen, sagte die Ministerin.")
