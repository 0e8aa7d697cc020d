"""Entity rules from the eighth session's third actor round (2026-12-05, after blind audit 10): "der Zoll" and
"der Bund" as state bodies (not "der Zoll auf Stahl"), "der Staatenbund" after a named union or community, and
"sein Mandant" as the person whose lawyer the text names. Own invented sentences, run through the whole pipeline
(skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import entity_mentions as entities


def test_customs_and_federal_level_are_organisations():
    found = entities("In Kiel wurde eine Lagerhalle durchsucht. Der Zoll beschlagnahmte zwei Tonnen Kokain.")
    assert found.get("Zoll", ("", []))[0] == "ORG"
    found = entities(
        "Der Bund zahlt den Ländern zwei Milliarden Euro für Schulen, teilte das Ministerium in Berlin mit."
    )
    assert found.get("Bund", ("", []))[0] == "ORG"


def test_a_tariff_is_not_the_customs_administration():
    found = entities("Der Zoll auf Stahl steigt auf 25 Prozent, teilte das Handelsministerium in Washington mit.")
    assert "Zoll" not in found


def test_the_union_of_states_is_the_named_community():
    found = entities(
        "Die Ostafrikanische Gemeinschaft EAC kritisierte die Wahl in Kenia. "
        "Der Staatenbund verlangte eine Neuauszählung der Stimmen."
    )
    assert "Staatenbund" in found["EAC"][1]


def test_the_client_is_the_person_whose_lawyer_speaks():
    found = entities(
        "Gegen den Bürgermeister Peter Kranz wird ermittelt. "
        "Kranz' Anwalt kündigte an, sein Mandant werde mit den Ermittlern zusammenarbeiten."
    )
    assert "Mandant" in found["Peter Kranz"][1]
    found = entities(
        "Die Sängerin Anna Roth ist angeklagt. "
        "Der Anwalt von Anna Roth sagte, seine Mandantin weise die Vorwürfe zurück."
    )
    assert "Mandantin" in found["Anna Roth"][1]


def test_an_english_possessive_place_name_is_whole():
    found = entities("In den Lagern um Cox's Bazar leben Hunderttausende Flüchtlinge aus Myanmar.")
    assert "Cox's Bazar" in found and "Cox's" not in found


def test_a_people_is_no_place():
    found = entities(
        "Dhaka (AFP) - In einem Lager für Rohingya sind am Sonntag 300 Hütten abgebrannt, teilte die Polizei mit."
    )
    assert "Rohingya" not in found


def test_the_federal_level_is_one_entity_in_every_case():
    found = entities(
        "Der Bund zahlt den Ländern zwei Milliarden Euro, teilte das Ministerium in Berlin mit. "
        "Die Hilfe des Bundes sei befristet."
    )
    assert found["Bund"][1] == ["Bund", "Bundes"]
