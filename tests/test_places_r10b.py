"""Tenth session, round 2 (places): a "nach X" that says where a noun leads is not the event's place; "im
Hafen von X", "am Stadtrand von X" name the place, not an agent; a province whose name was cut after a
word in -er is still the place. Sentences invented for these tests, 2026-12-05."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_direction_after_a_noun_is_not_the_place():
    rows = rows_by_trigger(
        "Die Regierung von Usbekistan hat den wichtigsten Grenzübergang nach Tadschikistan geschlossen."
    )
    assert rows["geschlossen"][4] != "Tadschikistan"
    rows = rows_by_trigger("Die Polizei in Marseille hat den Grenzübergang nach Spanien am Montag geschlossen.")
    assert rows["geschlossen"][4] == "Marseille"


def test_destination_of_a_movement_event_stays():
    rows = rows_by_trigger("Die Minister reisten am Montag zu Gesprächen nach Warschau.")
    assert rows["reisten"][4] == "Warschau"


def test_place_of_noun_and_von_name_the_place():
    rows = rows_by_trigger("Die Behörden haben den Frachter im Hafen von Genua festgesetzt.")
    assert rows["festgesetzt"][4] == "Genua"
    rows = rows_by_trigger("Rom (KNA) - Die Polizei hat am Stadtrand von Palermo drei Männer festgenommen.")
    assert rows["festgenommen"][4] == "Palermo"


def test_mayor_of_a_town_stays_no_place_of_noun():
    rows = rows_by_trigger("Der Bürgermeister von Bari hat die Demonstration verboten.")
    assert rows["verboten"][4] is None


def test_cut_province_name_in_er_is_still_the_place():
    text = (
        "Die Armee meldete neue Gefechte in Kabul. "
        "Bei einem Angriff auf einen Posten in der Provinz Khyber Pakhtunkhwa waren am Sonntag vier Soldaten "
        "getötet worden."
    )
    rows = rows_by_trigger(text)
    assert rows["Angriff"][4] is not None and rows["Angriff"][4].startswith("Provinz Khyber")


def test_unattributed_scene_at_an_unnamed_building_is_in_the_dateline_town():
    text = (
        "Tiflis (AFP) – Das Verfassungsgericht hat die Partei „Neue Wege“ am Montag verboten. Die Parteichefin "
        "Nino Beridse sprach von einem Skandal.\n\n"
        "Rund 500 Anhänger protestierten am Abend vor dem Parlament gegen das Urteil."
    )
    rows = rows_by_trigger(text, published="2026-09-22")
    assert rows["protestierten"][4] == "Tiflis"


def test_unattributed_act_after_the_dateline_without_a_building_stays_unplaced():
    text = (
        "Tiflis (AFP) – Das Verfassungsgericht hat die Partei „Neue Wege“ am Montag verboten. Die Parteichefin "
        "Nino Beridse sprach von einem Skandal.\n\n"
        "Am Abend wurden landesweit Proteste gemeldet."
    )
    rows = rows_by_trigger(text, published="2026-09-22")
    assert rows.get("Proteste", (None,) * 5)[4] is None


def test_rescue_off_a_coast_does_not_take_the_port_town_in_focus():
    text = (
        "Rom (KNA) – Die Behörden haben das Rettungsschiff „Aurora“ am Dienstag im Hafen von Trapani festgesetzt. "
        "Die Besatzung hatte am Sonntag vor der tunesischen Küste 40 Menschen gerettet."
    )
    rows = rows_by_trigger(text, published="2026-08-12")
    assert rows["festgesetzt"][4] == "Trapani"
    assert rows["gerettet"][4] != "Trapani"
