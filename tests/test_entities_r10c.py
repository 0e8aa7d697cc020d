"""Entity rules of the tenth session, round 3 (2026-12-05): a name right after a union or coalition-partner noun,
a cleric's title with a particle surname, and anti-corruption institutions named by one compound. Own invented
sentences (skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import entity_labels, entity_mentions


def test_name_after_union_compound_and_coalition_partner():
    labels = entity_labels(
        "Nach zwei Wochen haben sich Chiles größte Lehrergewerkschaft Sinprat und die Regierung geeinigt."
    )
    assert labels.get("Sinprat") == "ORG"
    labels = entity_labels("Auch der kleinere Koalitionspartner Mowida verlangte Aufklärung.")
    assert labels.get("Mowida") == "ORG"


def test_cleric_title_before_particle_surname():
    found = entity_mentions(
        "Der einflussreiche Geistliche Hadi al-Tamimi hatte seine Anhänger zu einem Marsch aufgerufen."
    )
    assert found.get("Hadi al-Tamimi", ("", []))[0] == "PER"


def test_anti_corruption_institution_compound():
    labels = entity_labels("Ermittler der Antikorruptionsbehörde durchsuchten am Montag das Ministerium.")
    assert labels.get("Antikorruptionsbehörde") == "ORG"
