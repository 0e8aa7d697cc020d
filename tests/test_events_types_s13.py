"""Event types decided by the object of a light verb (thirteenth session, invented sentences).

"in Aussicht stellen" takes its type from what is held out, "sich X anschließen" from the act that is joined,
and voting for a removal is REJECT like voting against.
"""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_sanctions_held_out_are_planned_sanction() -> None:
    rows = rows_by_trigger("Die Bundesregierung stellte dem Regime in Caracas neue Sanktionen in Aussicht.")
    assert rows["stellte"][1] == "SANCTION"
    assert rows["stellte"][5] == "planned"


def test_help_held_out_is_aid() -> None:
    rows = rows_by_trigger("Das Entwicklungsministerium stellte den Flutopfern in Pakistan schnelle Hilfe in Aussicht.")
    assert rows["stellte"][1] == "AID"


def test_other_things_held_out_stay_agree_pledge() -> None:
    rows = rows_by_trigger("Der Ministerpräsident stellte den Landwirten eine Entlastung in Aussicht.")
    assert rows["stellte"][1] == "AGREE"


def test_joining_a_demand_is_request() -> None:
    rows = rows_by_trigger("Kanada schloss sich der Forderung nach einer unabhängigen Untersuchung an.")
    assert rows["schloss"][1] == "REQUEST"


def test_joining_a_demand_does_not_target_its_author() -> None:
    rows = rows_by_trigger("Italien schloss sich der Forderung Frankreichs nach einem Waffenstillstand an.")
    assert rows["schloss"][1] == "REQUEST"
    assert rows["schloss"][2] == ["Italien"]
    assert "Frankreich" not in rows["schloss"][3]


def test_joining_criticism_is_accuse() -> None:
    rows = rows_by_trigger("Die Niederlande schlossen sich der Kritik an Ungarn an.")
    assert rows["schlossen"][1] == "ACCUSE"


def test_joining_sanctions_or_a_strike() -> None:
    assert (
        rows_by_trigger("Die Schweiz schloss sich am Montag den Sanktionen gegen Belarus an.")["schloss"][1]
        == "SANCTION"
    )
    assert (
        rows_by_trigger("Tausende Beschäftigte schlossen sich dem Streik der Lokführer an.")["schlossen"][1]
        == "PROTEST"
    )


def test_joining_a_group_stays_cooperate() -> None:
    rows = rows_by_trigger("Dänemark schloss sich der Koalition der Willigen an.")
    assert rows["schloss"][1] == "COOPERATE"


def test_voting_for_a_removal_is_reject() -> None:
    rows = rows_by_trigger("Der Senat votierte mit knapper Mehrheit für die Absetzung des Gouverneurs.")
    assert rows["votierte"][1] == "REJECT"
    rows = rows_by_trigger("Die Opposition kündigte an, für die Amtsenthebung des Präsidenten zu stimmen.")
    assert rows["stimmen"][1] == "REJECT"


def test_voting_for_a_law_stays_agree() -> None:
    rows = rows_by_trigger("Die Mehrheit der Abgeordneten stimmte für das neue Haushaltsgesetz.")
    assert rows["stimmte"][1] == "AGREE"


def test_a_place_or_vessel_hit_is_not_met() -> None:
    rows = rows_by_trigger(
        "Die Armee habe zuerst geschossen und ein Dorf nahe der Grenze getroffen, sagte ein Sprecher."
    )
    assert "getroffen" not in rows
    rows = rows_by_trigger("Pakistan habe mit Mörsergranaten eine Schule im Grenzgebiet getroffen, teilte Indien mit.")
    assert rows.get("getroffen", ("", ""))[1] != "CONSULT"


def test_meeting_someone_in_a_place_stays_consult() -> None:
    assert rows_by_trigger("Der Präsident traf im Krankenhaus verletzte Soldaten.")["traf"][1] == "CONSULT"
    assert rows_by_trigger("Die Kanzlerin traf den Bürgermeister des Dorfes.")["traf"][1] == "CONSULT"
