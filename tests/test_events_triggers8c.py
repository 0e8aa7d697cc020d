"""Trigger finding, audit 10 (invented sentences, 2026-12-05, eighth session): joining an initiative, holding out
the prospect of money, taking someone to court, placing an institution under supervision, seizing power,
distributing relief goods, guaranteeing loans, police taking action, court fines; no concession for falling
share prices."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


def test_joining_an_initiative_is_cooperate():
    row = by_trigger("Belgien und Irland schlossen sich im März der schwedischen Initiative an.")
    assert row["schlossen"][1] == "COOPERATE"


def test_connecting_to_the_grid_is_no_event():
    assert events("Der neue Windpark wurde im März an das Stromnetz angeschlossen.") == []


def test_holding_out_the_prospect_of_money_is_a_pledge():
    row = by_trigger("Kanada stellte dem Fonds weitere 200 Millionen Dollar in Aussicht.")
    assert row["stellte"][1] == "AGREE"


def test_taking_someone_to_court_is_accuse():
    row = by_trigger("Die Umweltorganisation zog wegen der Genehmigung vor das Bundesverfassungsgericht.")
    assert row["zog"][1] == "ACCUSE"


def test_placing_a_bank_under_supervision_is_coerce():
    row = by_trigger("Die Finanzaufsicht Bafin stellte die Volksbank am Montag unter die Aufsicht eines Verwalters.")
    assert row["stellte"][1] == "COERCE"


def test_seizing_power_is_coerce():
    row = by_trigger("In Guinea haben Offiziere in der Nacht die Macht übernommen.")
    assert row["übernommen"][1] == "COERCE"


def test_distributing_food_is_aid():
    row = by_trigger("Das Rote Kreuz verteilte am Sonntag Lebensmittel an 3000 Flüchtlinge.")
    assert row["verteilte"][1] == "AID"


def test_distributing_leaflets_is_no_event():
    assert events("Die Aktivisten verteilten am Sonntag Flugblätter in der Innenstadt.") == []


def test_guaranteeing_loans_is_aid():
    row = by_trigger("Das Land Bremen garantiert Kredite in Höhe von 300 Millionen Euro.")
    assert row["garantiert"][1] == "AID"


def test_police_taking_action_is_coerce_not_mobilize():
    rows = events("Mit einem Großaufgebot ist die Polizei am Montag gegen eine Rockerbande in Kiel vorgegangen.")
    assert [r[1] for r in rows] == ["COERCE"]


def test_a_court_fine_is_coerce():
    row = by_trigger("Das Gericht hat die Stadt Köln zu einer Strafe von zwei Millionen Euro verurteilt.")
    assert row["verurteilt"][1] == "COERCE"


def test_condemning_a_penalty_stays_accuse():
    row = by_trigger("Die Menschenrechtsorganisation verurteilte die Strafe gegen den Blogger.")
    assert row["verurteilte"][1] == "ACCUSE"


def test_falling_share_prices_are_no_concession():
    assert events("An der Börse in Tokio gaben Autowerte am Dienstag deutlich nach.") == []


def test_a_government_giving_in_stays_concede():
    row = by_trigger("Nach wochenlangen Streiks gab die Regierung schließlich nach.")
    assert row["gab"][1] == "CONCEDE"


def test_step_asked_in_a_rejected_demand_is_no_event():
    # (ninth session: the content of a demand noun is not coded, as the goal of a plan noun in the guide)
    rows = events("Die Rebellen lehnten eine Forderung der Regierung ab, die Blockade der Stadt Aden aufzuheben.")
    assert [r[1] for r in rows] == ["REJECT"]


def test_attack_in_a_verb_final_als_clause():
    row = by_trigger("Bei der Kontrolle wurde ein Beamter verletzt, als ein Mann ihn mit einem Messer angriff.")
    assert row["angriff"][1] == "ASSAULT"


def test_attack_noun_at_clause_end_stays_a_noun():
    assert "angriff" not in by_trigger("Die Armee meldete am Morgen einen Angriff.")
