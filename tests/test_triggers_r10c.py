"""Event triggers, types and modality, tenth session round 3 (2026-12-05, after audit 2026-12-05k): support-verb
predicates (in seine Gewalt bringen, Polizisten einsetzen, mit Tränengas räumen, an Vorgaben festhalten, einen Erlass
gewähren, den Prozess machen, Personal abziehen), a refused act is no event, a step on a condition is a threat, a
suspended strike is no strike, a pledged act is planned, financial claims are no demands. Own invented sentences."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_bringing_a_ship_into_ones_power_is_a_hijacking():
    rows = rows_by_trigger("Piraten hatten am Montag einen griechischen Frachter vor Jemen in ihre Gewalt gebracht.")
    assert rows["gebracht"][1] == "ASSAULT"


def test_kapern_is_a_hijacking():
    rows = rows_by_trigger("Rebellen kaperten am Sonntag einen Öltanker im Roten Meer.")
    assert rows["kaperten"][1] == "ASSAULT"


def test_deploying_police_is_mobilize():
    rows = rows_by_trigger("Die Behörde setzte am Samstag rund 300 Polizisten in der Hafenstadt ein.")
    assert rows["setzte"][1] == "MOBILIZE"


def test_clearing_an_access_road_with_water_cannons_is_coerce():
    rows = rows_by_trigger("Am Morgen räumte die Polizei mit Wasserwerfern die Zufahrt zum Flughafen.")
    assert rows["räumte"][1] == "COERCE"


def test_holding_on_to_ones_targets_is_reject():
    rows = rows_by_trigger("Die Regierung in Rom halte an ihren Vorgaben fest, sagte der Minister.")
    assert rows["halte"][1] == "REJECT"


def test_granting_a_debt_relief_is_aid():
    rows = rows_by_trigger("Die Weltbank hat Sambia einen Schuldenerlass gewährt.")
    assert rows["gewährt"][1] == "AID"


def test_putting_on_trial_is_accuse_planned():
    rows = rows_by_trigger("Die Regierung kündigte an, den Rebellen den Prozess zu machen.")
    assert rows["machen"][1] == "ACCUSE" and rows["machen"][-1] == "planned"


def test_withdrawing_staff_is_retreat():
    rows = rows_by_trigger("Auch Finnland und Dänemark zogen ihr Personal aus Kabul ab.")
    assert rows["zogen"][1] == "RETREAT"


def test_suspending_a_strike_is_no_strike():
    rows = rows_by_trigger("Die Gewerkschaft setzte den Streik am Freitag aus.")
    assert rows["setzte"][1] == "CONCEDE" and "Streik" not in rows


def test_debts_struck_off_are_no_demands():
    rows = rows_by_trigger("Die Gläubiger einigten sich darauf, Forderungen über drei Milliarden Euro zu streichen.")
    assert "Forderungen" not in rows


def test_a_demand_stays_a_demand():
    rows = rows_by_trigger("Die Opposition erneuerte ihre Forderung nach Neuwahlen.")
    assert rows["Forderung"][1] == "REQUEST"


def test_a_refused_negotiation_is_a_rejection_not_a_negotiation():
    rows = rows_by_trigger("Die Reederei hatte sich geweigert, mit den Piraten zu verhandeln.")
    assert rows["geweigert"][1] == "REJECT" and "verhandeln" not in rows


def test_a_condemnation_refused_is_not_told():
    rows = rows_by_trigger("Der Präsident lehnte es ab, die Miliz öffentlich zu kritisieren.")
    assert rows["lehnte"][1] == "REJECT" and "kritisieren" not in rows


def test_a_sanction_on_a_condition_is_a_threat():
    rows = rows_by_trigger("Schweden werde die Zahlungen an Mali aussetzen, falls die Wahl nicht stattfinde.")
    assert rows["aussetzen"][1] == "THREATEN" and rows["aussetzen"][-1] == "asserted"


def test_a_sanction_after_a_sollte_condition_is_a_threat():
    rows = rows_by_trigger("Sollte Minsk die Gefangenen nicht freilassen, werde die EU Sanktionen verhängen.")
    assert rows["Sanktionen"][1] == "THREATEN"


def test_an_announced_sanction_without_condition_stays_planned():
    rows = rows_by_trigger("Die EU werde die Zahlungen an Mali im Mai aussetzen.")
    assert rows["aussetzen"][1] == "SANCTION" and rows["aussetzen"][-1] == "planned"


def test_a_pledged_release_is_planned():
    rows = rows_by_trigger("Russland sagte zu, bis Jahresende 20 ukrainische Gefangene freizulassen.")
    # the pledged release is the pledge's content, not a second event (eleventh session; was RETREAT planned)
    assert rows["sagte"][1] == "AGREE" and "freizulassen" not in rows


def test_a_preterite_after_darauf_is_a_finite_verb():
    rows = rows_by_trigger("Kurz darauf stürmten Spezialkräfte von einem Kriegsschiff aus den Frachter.")
    assert rows["stürmten"][1] in ("COERCE", "ASSAULT")
