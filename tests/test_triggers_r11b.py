"""Trigger, type and duplicate rules of the eleventh session, second trigger round (audit 15), on invented
sentences."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_stopping_exports_or_deliveries_is_a_sanction() -> None:
    rows = rows_by_trigger("Indonesien hat die Ausfuhr von Nickel nach Japan gestoppt.")
    assert rows["gestoppt"][1] == "SANCTION"
    assert rows_by_trigger("Kanada stellte die Exporte von Uran nach Russland ein.")["stellte"][1] == "SANCTION"
    assert rows_by_trigger("Norwegen setzte die Gaslieferungen an Polen aus.")["setzte"][1] == "SANCTION"
    # (the police stopping a lorry with a delivery is no sanction)
    rows = rows_by_trigger("Die Polizei stoppte einen Lastwagen mit einer Lieferung Zigaretten.")
    assert rows.get("stoppte", ("", ""))[1] != "SANCTION"


def test_withdrawing_a_permit_is_coerce() -> None:
    rows = rows_by_trigger("Die Landesregierung entzog der Reederei die Fahrgenehmigung.")
    assert rows["entzog"][1] == "COERCE"
    rows = rows_by_trigger("Die Aufsicht hatte dem Institut die Konzession entzogen.")
    assert rows["entzogen"][1] == "COERCE"


def test_speaking_of_a_quoted_denunciation_is_accuse() -> None:
    rows = rows_by_trigger("Die Außenministerin sprach von einem „verantwortungslosen Abenteuer“.")
    assert rows["sprach"][1] == "ACCUSE"
    rows = rows_by_trigger("Der Kanzler sprach von einem „Spiel mit dem Feuer“.")
    assert rows["sprach"][1] == "ACCUSE"
    # (a neutral description accuses no one)
    assert "sprach" not in rows_by_trigger("Der Bürgermeister sprach von einer schwierigen Lage.")


def test_reinforcing_forces_is_mobilize() -> None:
    rows = rows_by_trigger("Die Vereinten Nationen stockten die Mission im Frühjahr um 300 Polizisten auf.")
    assert rows["stockten"][1] == "MOBILIZE"
    assert rows_by_trigger("Die Küstenwache verstärkte ihre Patrouillen.")["verstärkte"][1] == "MOBILIZE"
    rows = rows_by_trigger("Litauen verstärkte seine Truppen an der Grenze zu Belarus.")
    assert rows["verstärkte"][1] == "MOBILIZE"
    # (stepping up attacks is no deployment)
    rows = rows_by_trigger("Die Soldaten verstärkten ihre Angriffe auf die Stadt.")
    assert rows.get("verstärkten", ("", ""))[1] != "MOBILIZE"


def test_releasing_frozen_funds_is_retreat_ease() -> None:
    rows = rows_by_trigger("Washington hat eingefrorene Gelder Afghanistans freigegeben.")
    assert rows["freigegeben"][1] == "RETREAT"
    rows = rows_by_trigger("Die Kommission gab die gesperrten Mittel für Polen frei.")
    assert rows["gab"][1] == "RETREAT"


def test_sending_police_is_mobilize_and_their_arrival_no_visit() -> None:
    rows = event_rows(
        "Das Innenministerium schickt 400 Polizisten an die Grenze. Sie sollen am Freitag in Görlitz eintreffen."
    )
    assert [r[1] for r in rows] == ["MOBILIZE"]
    assert "eintreffen" not in rows_by_trigger("Die Soldaten sollen am Montag in Vilnius eintreffen.")
    # (a minister arriving is still a visit)
    rows = rows_by_trigger("Die Außenministerin traf am Montag in Vilnius ein.")
    assert rows["traf"][1] == "CONSULT"


def test_a_definite_event_noun_referred_to_is_not_a_new_event() -> None:
    rows = event_rows(
        "Der Senat legte ein Veto gegen den Haushalt ein. Um das Veto zu überstimmen, fehlen der Kammer zwei Stimmen."
    )
    assert [r[1] for r in rows] == ["REJECT"]
    assert event_rows("Um die Blockade zu umgehen, nutzen die Lastwagen einen Umweg.") == []
    assert event_rows("Von dem Einfuhrverbot betroffen seien vor allem Bauern.") == []
    # (an indefinite noun is a new event)
    assert [r[1] for r in event_rows("Von einem Streik betroffen waren am Montag drei Flughäfen.")] == ["PROTEST"]


def test_an_act_demanded_in_a_zu_infinitive_is_not_coded() -> None:
    assert [r[1] for r in event_rows("Die Grünen forderten, die Bohrungen sofort einzustellen.")] == ["REQUEST"]
    rows = event_rows("Der Bauernverband verlangte, mit Brüssel zu verhandeln.")
    assert [r[1] for r in rows] == ["REQUEST"]
    # (a purpose clause after a protest stays as it was: one asserted act on the main verb)
    rows = rows_by_trigger("Tausende gingen auf die Straße, um Neuwahlen zu fordern.")
    assert "Neuwahlen" not in rows


def test_speaking_of_a_denunciation_right_after_a_criticism_is_that_criticism() -> None:
    rows = event_rows("Der Bauernverband kritisierte die Kürzungen scharf. Sein Präsident sprach von einer Farce.")
    assert [r[1] for r in rows] == ["ACCUSE"]
