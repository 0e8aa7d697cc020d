"""Trigger typing, ninth session, second round (invented sentences, 2026-12-05): a state buying shares of a
company is AID, the content of a demand noun merged into its own clause is no event, what a resolution
demands has not happened, planned protest actions, recapturing a town."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


def types(text: str) -> list[str]:
    return [e[1] for e in events(text)]


def test_a_state_buying_shares_of_a_company_is_aid():
    assert (
        by_trigger("Der Staat übernimmt 30 Prozent der Anteile an der angeschlagenen Werft.")["übernimmt"][1] == "AID"
    )
    assert by_trigger("Der Bund stieg mit einer Milliarde Euro bei dem Versorger ein.")["stieg"][1] == "AID"


def test_a_company_buying_shares_or_a_state_taking_on_costs_is_no_aid():
    assert events("Der Autobauer übernimmt 40 Prozent der Anteile an dem Zulieferer.") == []
    assert "AID" not in types("Der Bund übernimmt die Kosten für die Impfstoffe.")
    assert events("Die Ministerin stieg in Hannover in den Zug ein.") == []


def test_a_proposal_merged_with_its_content_clause_codes_no_content():
    assert types("Der Vorschlag, das Embargo zu lockern, stieß in Paris auf Ablehnung.") == ["REJECT"]
    assert events("Die Idee, die Soldaten abzuziehen, wurde rasch verworfen.") == []
    # the demand noun itself stays an event
    assert "REQUEST" in types("Die Forderung, die Geiseln freizulassen, wurde von der Miliz zurückgewiesen.")


def test_what_a_resolution_demands_has_not_happened():
    found = types("Die Vollversammlung verabschiedete eine Resolution, die einen sofortigen Waffenstillstand fordert.")
    assert "AGREE" not in found


def test_planned_protest_actions():
    row = by_trigger("Für den kommenden Montag sind weitere Aktionen in Sachsen geplant.")["Aktionen"]
    assert row[1] == "PROTEST" and row[5] == "planned"
    assert by_trigger("Die Landwirte kündigten neue Aktionen vor dem Ministerium an.")["Aktionen"][1] == "PROTEST"
    assert events("Der Zoo plant Aktionen zum Tag der Artenvielfalt.") == []
    assert events("Die Rettungsaktionen dauerten bis in die Nacht.") == []


def test_recapturing_a_town_is_coerce():
    assert (
        by_trigger("Die Regierungstruppen haben die Provinzhauptstadt zurückerobert.")["zurückerobert"][1] == "COERCE"
    )


def test_a_protest_called_for_is_planned():
    # (twelfth session: the call is one act, the REQUEST; the called strike is no second, planned PROTEST)
    row = by_trigger("Die Lokführergewerkschaft rief ihre Mitglieder zu einem Streik auf.")
    assert row["rief"][1] == "REQUEST" and "Streik" not in row
    # a call for war stays a request only
    assert types("Der Anführer rief zum Krieg gegen die Nachbarn auf.") == ["REQUEST"]


def test_troops_marching_into_a_country_is_assault():
    assert (
        by_trigger("Fremde Truppen marschierten im Morgengrauen in das Nachbarland ein.")["marschierten"][1]
        == "ASSAULT"
    )
    assert by_trigger("Die Panzer der Armee sind in die Hafenstadt eingerückt.")["eingerückt"][1] == "ASSAULT"
    assert events("Die Nachwuchsspielerin rückte in die Nationalmannschaft ein.") == []


def test_police_clearing_a_protest_camp_is_coerce():
    assert by_trigger("Die Polizei räumte am Morgen das Zeltlager der Aktivisten.")["räumte"][1] == "COERCE"
    assert by_trigger("Die Sitzblockade wurde nach zwei Stunden geräumt.")["geräumt"][1] == "COERCE"
    assert types("Der Bürgermeister räumte Versäumnisse beim Lager ein.") == ["CONCEDE"]  # (third round: an admission)


def test_setting_a_car_or_building_on_fire_is_assault():
    assert by_trigger("Vermummte zündeten in der Nacht mehrere Fahrzeuge an.")["zündeten"][1] == "ASSAULT"
    assert events("Die Trauernden zündeten vor der Kirche Kerzen an.") == []


def test_expressing_solidarity_or_condolences_is_support():
    assert by_trigger("Die Kanzlerin sprach Israel ihre volle Solidarität aus.")["sprach"][1] == "SUPPORT"
    # (tenth session: withdrawing confidence is a REJECT, never a SUPPORT)
    assert [e[1] for e in events("Der Landtag sprach dem Minister das Misstrauen aus.")] == ["REJECT"]


def test_a_strike_called_for_in_reported_speech_is_planned():
    # (twelfth session: the call is the one event, a planned REQUEST; the strike is no PROTEST of its own)
    row = by_trigger("Die Gewerkschaft werde zu einem Warnstreik aufrufen, sagte der Vorsitzende.")
    assert row["aufrufen"][1] == "REQUEST" and row["aufrufen"][5] == "planned" and "Warnstreik" not in row


def test_taking_hostages_is_assault():
    assert by_trigger("Bewaffnete nahmen drei Entwicklungshelfer als Geiseln.")["nahmen"][1] == "ASSAULT"


def test_ending_a_state_of_emergency_is_retreat():
    assert by_trigger("Der Staatschef beendete am Freitag den Ausnahmezustand.")["beendete"][1] == "RETREAT"
    assert by_trigger("Die Militärregierung hob das Kriegsrecht auf.")["hob"][1] == "RETREAT"


def test_awarding_an_order_is_support():
    assert by_trigger("Die Königin verlieh dem Diplomaten einen Verdienstorden.")["verlieh"][1] == "SUPPORT"


def test_shutting_down_the_internet_is_coerce():
    assert by_trigger("Die Behörden schalteten landesweit das Internet ab.")["schalteten"][1] == "COERCE"
    assert events("Der Betreiber schaltete den Reaktor ab.") == []


def test_holding_an_economy_hostage_is_no_assault():
    assert "ASSAULT" not in types("Der Minister warf den Piloten vor, das ganze Land in Geiselhaft zu nehmen.")
