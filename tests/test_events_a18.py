"""Event triggers after blind audit 18 (2026-12-05o, twelfth session): evaluative naming verbs (nennen/bezeichnen als
with a denouncing noun or adjective) are ACCUSE, moving artillery or warships ("verlegen") is MOBILIZE also beside an
attribution "nach (eigenen) Angaben", police "vorgehen gegen" with tear gas or batons and police clearing any place
("räumen") are COERCE. Own invented sentences."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_naming_a_measure_an_interference_is_accuse():
    rows = rows_by_trigger("Der Außenminister Chiles nannte die Zölle eine Einmischung in die Wirtschaftspolitik.")
    assert rows["nannte"][1] == "ACCUSE"


def test_calling_sanctions_a_declaration_of_war_is_accuse():
    rows = rows_by_trigger("Ein Berater des Präsidenten bezeichnete das Embargo als „Kriegserklärung“.")
    assert rows["bezeichnete"][1] == "ACCUSE"


def test_calling_a_blockade_an_act_of_aggression_is_accuse():
    rows = rows_by_trigger("Die Regierung in Caracas bezeichnete die Seeblockade als aggressiven Akt.")
    assert rows["bezeichnete"][1] == "ACCUSE"


def test_nennen_and_bezeichnen_share_one_list_of_denouncing_words():
    # both rows read lang/de/denouncing_words.txt; "bezeichnen" lacked "Willkür" while it had its own copy
    assert rows_by_trigger("Die Anwältin nannte die Festnahme „reine Willkür“.")["nannte"][1] == "ACCUSE"
    assert rows_by_trigger("Die Anwältin bezeichnete die Festnahme als reine Willkür.")["bezeichnete"][1] == "ACCUSE"


def test_neutral_or_positive_naming_is_no_accusation():
    assert "nannte" not in rows_by_trigger("Der Premierminister nannte den Gast aus Oslo einen alten Freund.")
    assert "bezeichnete" not in rows_by_trigger("Die Kommissarin bezeichnete das Gespräch in Rabat als konstruktiv.")


def test_moving_artillery_is_mobilize_beside_an_attribution():
    rows = rows_by_trigger("Nach Angaben aus Sicherheitskreisen verlegte das Heer weitere Haubitzen an die Grenze.")
    assert rows["verlegte"][1] == "MOBILIZE"


def test_moving_a_warship_by_its_own_account_is_mobilize():
    rows = rows_by_trigger("Die britische Marine verlegte nach eigenen Angaben eine Fregatte in das Rote Meer.")
    assert rows["verlegte"][1] == "MOBILIZE"


def test_moving_a_meeting_is_still_no_mobilization():
    assert "verlegte" not in rows_by_trigger("Der Verband verlegte das Treffen auf Donnerstag.")


def test_police_proceeding_with_batons_against_students_is_coerce():
    rows = rows_by_trigger("Am Montag ist die Polizei mit Schlagstöcken gegen Hunderte Studenten vorgegangen.")
    assert rows["vorgegangen"][1] == "COERCE"


def test_police_proceeding_with_tear_gas_is_coerce():
    rows = rows_by_trigger("In Lagos ging die Polizei mit Tränengas und Wasserwerfern gegen die Menge vor.")
    assert rows["ging"][1] == "COERCE"


def test_police_clearing_a_square_is_coerce():
    rows = rows_by_trigger("Am späten Abend räumte die Bereitschaftspolizei den Marktplatz vor dem Rathaus.")
    assert rows["räumte"][1] == "COERCE"


def test_police_admitting_failures_is_no_coercion():
    rows = rows_by_trigger("Die Polizei räumte am Dienstag Versäumnisse bei dem Einsatz ein.")
    assert rows.get("räumte", ("", ""))[1] != "COERCE"
