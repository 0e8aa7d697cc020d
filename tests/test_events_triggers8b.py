"""Trigger finding, audit 9 (invented sentences, 2026-12-05, eighth session): security and cyber verbs, idioms of
support and resistance, appeals, takeovers, suspended work, military exercises, announced countermeasures,
refusals to agree; no events for plans, kinds of events, demanded or pledged steps, exports of firms,
closed hearings and medical examinations."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


# --- security and cyber verbs -----------------------------------------------------------------------------


def test_combat_readiness_is_mobilize():
    row = by_trigger("Die Armee hat ihre Einheiten im Norden in erhöhte Gefechtsbereitschaft versetzt.")
    assert row["versetzt"][1] == "MOBILIZE"


def test_entering_airspace_is_assault():
    row = by_trigger("Zwei chinesische Kampfflugzeuge drangen am Sonntag in den Luftraum Taiwans ein.")
    assert row["drangen"][1] == "ASSAULT"


def test_entering_networks_is_assault():
    row = by_trigger("Hacker sind in die Netzwerke mehrerer Ministerien eingedrungen.")
    assert row["eingedrungen"][1] == "ASSAULT"


def test_holding_foreigners_is_coerce():
    assert by_trigger("Die Rebellen halten noch drei Journalisten aus Frankreich fest.")["halten"][1] == "COERCE"


def test_holding_on_to_plans_is_no_event():
    assert not events("Die Regierung hält an ihren Plänen fest.")


# --- idioms, appeals, takeovers, suspended work -------------------------------------------------------------


def test_standing_behind_someone_is_support():
    assert by_trigger("Der Parteichef stellte sich hinter den Minister.")["stellte"][1] == "SUPPORT"


def test_resisting_plans_is_reject():
    row = by_trigger("Die Gewerkschaften wehren sich gegen die Reform der Regierung.")
    assert row["wehren"][1] == "REJECT"


def test_lodging_an_appeal_is_reject():
    row = by_trigger("Die Verteidigung will Revision gegen das Urteil einlegen.")
    assert row["einlegen"][1] == "REJECT"
    assert row["einlegen"][5] == "planned"


def test_taking_over_a_competitor_is_cooperate():
    assert by_trigger("Siemens übernimmt den Konkurrenten Alstom.")["übernimmt"][1] == "COOPERATE"


def test_suspending_work_is_retreat():
    row = by_trigger("Die Hilfsorganisation Caritas setzt ihre Arbeit in Syrien aus.")
    assert row["setzt"][1] == "RETREAT"


def test_suspending_cooperation_is_sanction():
    row = by_trigger("Die USA setzen die Zusammenarbeit mit Venezuela aus.")
    assert row["setzen"][1] == "SANCTION"


# --- military exercises ---------------------------------------------------------------------------------------


def test_announced_exercises_at_a_border_are_planned_mobilize():
    row = by_trigger("Die Armee kündigte Übungen an der Grenze zu Polen an.")
    assert row["Übungen"][1] == "MOBILIZE"
    assert row["Übungen"][5] == "planned"


def test_a_fire_brigade_drill_is_no_event():
    assert not events("Die Feuerwehr hielt am Samstag eine Übung ab.")


# --- announced countermeasures, refusals ----------------------------------------------------------------------


def test_announcing_measures_in_a_complement_clause_is_a_threat():
    row = by_trigger("Ein Sprecher in Peking kündigte an, China werde entschlossene Maßnahmen ergreifen.")
    assert row["ergreifen"][1] == "THREATEN"
    assert row["ergreifen"][5] == "asserted"


def test_taking_measures_is_no_threat():
    assert not events("Die Regierung ergriff Maßnahmen gegen die Inflation.")


def test_announcing_not_to_agree_is_a_rejection():
    row = by_trigger("Die Fraktion werde dem Haushalt ohne Nachbesserungen nicht zustimmen, sagte Anna Berg.")
    assert row["zustimmen"][1] == "REJECT"
    assert row["zustimmen"][5] == "asserted"


def test_not_having_agreed_is_a_refusal():
    # (twenty-ninth session: the negation is the refusal, REJECT, as two audit coders and PLOVER's "refuse to
    # approve" read it; the eighth session's negated AGREE is dropped)
    row = by_trigger("Die Grünen stimmten dem Gesetz nicht zu.")
    assert row["stimmten"][1] == "REJECT"
    assert row["stimmten"][5] == "asserted"


# --- modality ------------------------------------------------------------------------------------------------


def test_rejecting_an_offer_is_asserted():
    row = by_trigger("Der Minister Peter Müller wies das Angebot der Gewerkschaft zurück.")
    assert row["wies"][5] == "asserted"


def test_an_offer_to_talk_stays_planned():
    assert by_trigger("Die EU hat Russland angeboten, Gespräche zu führen.")["Gespräche"][5] == "planned"


def test_campaigning_for_sanctions_is_planned():
    row = by_trigger("Die Bundesregierung will sich in Brüssel für Sanktionen gegen Belarus einsetzen.")
    assert row["Sanktionen"][5] == "planned"


# --- no events -------------------------------------------------------------------------------------------------


def test_planning_an_attack_is_no_attack():
    found = by_trigger("Das Gericht verurteilte zwei Männer wegen der Planung eines Anschlags auf eine Synagoge.")
    assert "Anschlags" not in found


def test_kinds_of_attacks_are_no_attacks():
    found = by_trigger("Russland sei selbst Opfer von Cyberangriffen und lehne jede Form von Hackerangriffen ab.")
    assert "Cyberangriffen" not in found
    assert "Hackerangriffen" not in found


def test_a_demanded_release_is_not_done_by_who_demands_it():
    found = by_trigger("Die Vereinten Nationen forderten die Junta auf, alle politischen Gefangenen freizulassen.")
    assert found["forderten"][1] == "REQUEST"
    # (eleventh session: the release asked for is the demand's content, not coded; it was planned, with no source)
    assert "freizulassen" not in found


def test_pledged_aid_is_one_pledge():
    found = by_trigger("Frankreich hat zugesagt, humanitäre Hilfe für den Sudan freizugeben.")
    assert found["zugesagt"][1] == "AGREE"
    assert "Hilfe" not in found


def test_exports_of_manufacturers_are_no_event():
    assert not events("Deutsche Hersteller haben Autos im Wert von zwei Milliarden Euro in die USA exportiert.")


def test_a_closed_hearing_is_no_expulsion():
    assert not events("Die Verhandlung fand teilweise unter Ausschluss der Öffentlichkeit statt.")


def test_a_medical_examination_is_no_investigation():
    assert not events("Die Verletzten wurden im Krankenhaus medizinisch untersucht.")


# --- required verbs in a relative clause, evaluative naming ----------------------------------------------------


def test_tariffs_imposed_in_a_relative_clause_are_a_sanction():
    text = "Damit reagiert Kanada auf die Zölle auf Stahl und Aluminium, die die US-Regierung im März verhängt hatte."
    assert by_trigger(text)["Zölle"][1] == "SANCTION"


def test_tariffs_that_only_apply_are_no_event():
    assert not events("Die Zölle, die seit Jahren gelten, belasten die Wirtschaft.")


def test_calling_a_government_incapable_is_accuse():
    row = by_trigger("Der Oppositionsführer Jan Weber nannte die Regierung „handlungsunfähig“.")
    assert row["nannte"][1] == "ACCUSE"


def test_tariffs_imposed_in_a_relative_clause_have_its_subject_as_source():
    text = "Damit reagiert die EU auf die Zölle auf Stahl, die die US-Regierung im März gegen Firmen verhängt hatte."
    assert by_trigger(text)["Zölle"][2] == ["US-Regierung"]
