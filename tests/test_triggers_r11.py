"""Trigger, type and duplicate rules of the eleventh session (audit 14 causes A, E, G, H), on invented sentences."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_a_protest_purpose_after_a_protest_verb_is_one_protest() -> None:
    rows = rows_by_trigger(
        "Hunderte Landwirte blockierten am Montag die Autobahn, um gegen die neuen Umweltauflagen zu protestieren."
    )
    assert rows["blockierten"][1] == "PROTEST"
    assert "protestieren" not in rows


def test_a_pledged_act_is_the_content_of_the_pledge() -> None:
    rows = rows_by_trigger("Kiew sicherte zu, die Truppen aus der Grenzregion abzuziehen.")
    assert rows["sicherte"][1] == "AGREE"
    assert "abzuziehen" not in rows


def test_soldiers_freeing_hostages_or_a_ship_is_an_assault() -> None:
    rows = rows_by_trigger("Französische Soldaten befreiten am Sonntag einen von Piraten gekaperten Frachter.")
    assert rows["befreiten"][1] == "ASSAULT"
    rows = rows_by_trigger("Spezialkräfte der Polizei haben die in der Bank festgehaltenen Geiseln befreit.")
    assert rows["befreit"][1] == "COERCE"


def test_freeing_oneself_or_an_exemption_is_no_event() -> None:
    assert "befreite" not in rows_by_trigger("Der Soldat befreite sich aus dem Wrack.")
    assert "befreit" not in rows_by_trigger("Soldaten im Auslandseinsatz werden von der Steuerpflicht befreit.")


def test_special_forces_storming_from_a_warship_is_an_assault() -> None:
    rows = rows_by_trigger("Am Mittwoch stürmten Spezialkräfte von einer Fregatte aus den entführten Frachter.")
    assert rows["stürmten"][1] == "ASSAULT"


def test_bringing_ones_own_staff_to_safety_is_no_aid() -> None:
    assert rows_by_trigger("Die Mitarbeiter der Botschaft waren rechtzeitig in Sicherheit gebracht worden.") == {}
    assert "evakuierte" not in rows_by_trigger("Die Firma evakuierte ihr Personal aus der Region.")


def test_accusations_as_a_span_before_the_event_are_background() -> None:
    rows = rows_by_trigger(
        "Nach monatelangen Vorwürfen wegen Vetternwirtschaft ist der polnische Innenminister am Freitag zurückgetreten."
    )
    assert "Vorwürfen" not in rows and rows["zurückgetreten"][1] == "CONCEDE"
    rows = rows_by_trigger("Nach wochenlangen Vorwürfen der Opposition gegen den Minister ist dieser zurückgetreten.")
    assert rows["Vorwürfen"][1] == "ACCUSE"


def test_protesters_occupying_a_site_to_protest_is_one_protest() -> None:
    rows = rows_by_trigger(
        "Rund 500 Studierende besetzten am Donnerstag den Hörsaal, um gegen die Studiengebühren zu demonstrieren."
    )
    assert rows["besetzten"][1] == "PROTEST" and "demonstrieren" not in rows
    assert rows_by_trigger("Rebellen besetzten am Montag den Flughafen der Hauptstadt.")["besetzten"][1] == "COERCE"


def test_ending_ones_own_blockade_or_strike_is_a_concession() -> None:
    rows = rows_by_trigger("Die Aktivisten beendeten ihre Blockade der Zufahrt am Abend.")
    assert rows["beendeten"][1] == "CONCEDE" and "Blockade" not in rows
    rows = rows_by_trigger("Die Fluglotsen stellten ihren Streik nach drei Tagen ein.")
    assert rows["stellten"][1] == "CONCEDE"


def test_a_strike_as_the_cause_of_a_closure_is_no_concession() -> None:
    rows = rows_by_trigger("Mehrere Häfen mussten wegen des Streiks ihren Betrieb einstellen.")
    assert "einstellen" not in rows


def test_a_demanded_noun_after_a_purpose_um_is_the_demands_object() -> None:
    rows = rows_by_trigger("Tausende gingen auf die Straße, um den Rücktritt der Regierung zu fordern.")
    assert rows["fordern"][1] == "REQUEST" and "Rücktritt" not in rows
