"""Event sources from the eighth session (2026-12-05): actors the entity rules now find — "die Union" beside
another German party, the German states as a group ("die Länder"), an alliance's partners ("die Nato-Verbündeten"),
an organisation's ministers ("die EU-Agrarminister") and a region's ministry ("das niedersächsische
Innenministerium"). Own invented sentences, run through the whole pipeline (skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import analyzed, event_of, names


def test_the_union_beside_another_german_party_is_the_cdu_csu():
    doc = analyzed("Die Grünen fordern ein Tempolimit. Die Union lehnte den Vorschlag am Mittwoch erneut ab.")
    assert names(doc, event_of(doc, "lehnte").source) == ["CDU/CSU"]


def test_the_german_states_as_a_group_are_an_actor():
    doc = analyzed("Der Bundesrat tagt am Freitag. Die Länder verlangen vom Bund mehr Geld für den Nahverkehr.")
    assert names(doc, event_of(doc, "verlangen").source) == ["Bundesländer"]


def test_the_partners_of_an_alliance_are_a_group_actor():
    doc = analyzed("Die Nato-Verbündeten sicherten Estland am Montag zusätzliche Luftabwehr zu.")
    assert names(doc, event_of(doc, "sicherten").source) == ["Nato-Verbündeten"]


def test_the_ministers_of_a_named_organisation_act_for_it():
    doc = analyzed(
        "Das Kinderhilfswerk Unicef kritisierte die EU scharf. Die EU-Agrarminister wollen am Montag in Brüssel "
        "über die Hilfen beraten."
    )
    assert names(doc, event_of(doc, "beraten").source) == ["Europäische Union"]


def test_a_regional_ministry_is_an_actor_of_its_own():
    doc = analyzed("Das niedersächsische Innenministerium verteidigte am Dienstag den Einsatz der Beamten.")
    source = names(doc, event_of(doc, "verteidigte").source)
    assert source == ["niedersächsisches Innenministerium"]
    ministry = next(e for e in doc.entities if e.name == source[0])
    assert ministry.country == "DEU"


def test_ministers_of_an_organisation_named_only_in_their_title_act_for_it():
    doc = analyzed(
        "Das Kinderhilfswerk Unicef forderte mehr Schutz für Minderjährige. Die EU-Justizminister wollen am "
        "Freitag in Luxemburg darüber beraten."
    )
    assert names(doc, event_of(doc, "beraten").source) == ["Europäische Union"]
