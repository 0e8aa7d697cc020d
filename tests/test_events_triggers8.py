"""Trigger finding, audit 8 (invented sentences, 2026-12-05, eighth session): ordered acts, briefing a body, naming
something a provocation, showing willingness to compromise, opening borders, halting a deportation, imposed
blockades, and demands carried only by reported speech."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


# --- an ordered act: COERCE by the one who orders -------------------------------------------------------


def test_ordering_an_act_in_a_zu_infinitive_is_coerce():
    found = by_trigger("Das Landratsamt Hof ordnete an, die Lagerhalle vorerst zu schließen.")
    assert found["ordnete"][1] == "COERCE"
    assert found["ordnete"][2] == ["Landratsamt Hof"]


def test_ordering_a_closure_noun_is_coerce():
    assert by_trigger("Der Bürgermeister ordnete die Räumung des Zeltlagers an.")["ordnete"][1] == "COERCE"


def test_ordering_nothing_is_no_event():
    assert "ordnete" not in by_trigger("Die Bibliothekarin ordnete die Bücher nach Farben an.")


# --- informing a parliamentary body: CONSULT --------------------------------------------------------------


def test_briefing_a_committee_is_consult():
    row = by_trigger("Die Justizministerin will am Donnerstag den Rechtsausschuss des Bundestages unterrichten.")
    assert row["unterrichten"][1] == "CONSULT"
    assert row["unterrichten"][5] == "planned"


def test_teaching_is_no_meeting():
    assert not events("Die Lehrerin unterrichtet seit zehn Jahren Englisch an einer Realschule in Kassel.")


# --- calling something a provocation: ACCUSE --------------------------------------------------------------


def test_calling_a_decision_a_provocation_is_accuse():
    row = by_trigger("Die Regierung in Teheran bezeichnete die Entscheidung als gezielte Provokation.")
    assert row["bezeichnete"][1] == "ACCUSE"


def test_calling_accusations_absurd_is_no_accusation():
    # a claim called false is rejected, REJECT (fourteenth session), still no accusation
    assert by_trigger("Der Konzern bezeichnete die Vorwürfe als skandalös und falsch.")["bezeichnete"][1] == "REJECT"


def test_calling_something_a_success_is_no_accusation():
    assert "nannte" not in by_trigger("Die Kanzlerin nannte das Abkommen einen großen Erfolg.")


# --- concessions -------------------------------------------------------------------------------------------


def test_showing_willingness_to_compromise_is_concede():
    assert by_trigger("Der Verkehrsminister zeigte sich am Abend kompromissbereit.")["zeigte"][1] == "CONCEDE"


def test_not_opening_a_border_is_a_negated_concession():
    row = by_trigger("Die Regierung in Budapest werde die Grenze nicht öffnen, sagte der Minister.")
    assert row["öffnen"][1] == "CONCEDE"
    assert row["öffnen"][5] == "negated"


def test_opening_airspace_for_aid_flights_is_aid():
    assert by_trigger("Tunesien öffnete seinen Luftraum für Hilfsflüge.")["öffnete"][1] == "AID"


def test_shops_opening_is_no_event():
    assert not events("Die Geschäfte öffnen am Sonntag um zehn Uhr.")


def test_halting_a_deportation_is_retreat():
    row = by_trigger("Kurz vor dem Abflug brach die Bundespolizei die Abschiebung der Familie ab.")
    assert row["brach"][1] == "RETREAT"


def test_breaking_off_a_race_is_no_event():
    assert not events("Die Läuferin brach das Rennen nach zwanzig Kilometern ab.")


# --- a blockade imposed by an authority is no protest ------------------------------------------------------


def test_an_imposed_blockade_is_coerce():
    found = by_trigger("Die Hafenbehörde verhängte am Freitag eine Blockade von zehn Tagen gegen das Schiff.")
    assert found["verhängte"][1] == "COERCE"
    assert "Blockade" not in found


def test_a_blockade_set_up_by_protesters_stays_a_protest():
    assert by_trigger("Hunderte Landwirte errichteten am Montag eine Blockade.")["Blockade"][1] == "PROTEST"


# --- demands carried by reported speech: REQUEST by the speaker --------------------------------------------


def test_a_reported_demand_after_the_speech_verb_is_a_request():
    row = by_trigger("Regierungssprecherin Clara Hoffmann sagte am Montag, Serbien müsse die Angriffe sofort stoppen.")
    assert row["sagte"][1] == "REQUEST"
    assert row["sagte"][2] == ["Clara Hoffmann"]
    assert row["sagte"][3] == ["Serbien"]


def test_a_reported_demand_before_the_speech_verb_is_a_request():
    row = by_trigger("Ungarn müsse seine Blockade aufgeben, sagte der Außenminister Jonas Berger.")
    assert row["sagte"][1] == "REQUEST"
    assert row["sagte"][3] == ["Ungarn"]


def test_the_demanded_act_is_the_demands_content():
    # twenty-third session: a reported demand's act is its content, not coded (like "verlangte, dass …"); this
    # supersedes the eighth session's planned act
    row = by_trigger("Der Minister sagte, die Armee müsse die Gefangenen freilassen.")
    assert row["sagte"][1] == "REQUEST"
    assert "freilassen" not in row


def test_generic_or_passive_reported_speech_is_no_request():
    assert "sagte" not in by_trigger("Man müsse die weitere Entwicklung abwarten, sagte der Sprecher.")
    assert "sagte" not in by_trigger("Die Industrie müsse mit weiteren Einbußen rechnen, sagte der Ökonom Paul Stein.")
    assert "erklärte" not in by_trigger("Das Verfahren müsse eingestellt werden, erklärte der Verteidiger.")
    assert "sagte" not in by_trigger("Die Ministerin sagte, es sei ein guter Tag für Europa.")


def test_a_demand_told_again_is_not_a_new_request_and_the_listener_is_no_target():
    rows = events(
        "Finanzministerin Petra Lang forderte strengere Regeln für Banken. "
        "Die Aufsicht müsse früher eingreifen, sagte die Ministerin dem Radiosender Bayern 3."
    )
    requests = [e for e in rows if e[1] == "REQUEST"]
    assert [e[0] for e in requests] == ["forderte"]
    single = by_trigger("Die Aufsicht müsse früher eingreifen, sagte Finanzministerin Petra Lang dem Sender Bayern 3.")
    assert single["sagte"][3] == []


# --- a warning of a penalty on a condition: THREATEN --------------------------------------------------------


def test_a_conditional_warning_of_a_penalty_is_a_threat():
    row = by_trigger("Falls die Zeitung erneut gegen die Auflagen verstoße, drohe ein Bußgeld, warnte die Behörde.")
    assert row["warnte"][1] == "THREATEN"
    assert row["warnte"][5] == "asserted"


def test_a_warning_of_a_disaster_is_no_threat():
    assert by_trigger("Wenn der Regen anhält, drohen Überschwemmungen, warnte der Wetterdienst.").get("warnte") is None
    assert "warnte" not in by_trigger("Die Hilfsorganisation warnte, in der Region drohe eine Hungersnot.")


def test_an_act_demanded_in_a_dass_clause_is_not_coded():
    # (thirteenth session: the demanded act is the demand's content, not coded, as for a zu-infinitive since the
    # eleventh session; audits 19 and 2026-12-05e count it spurious)
    row = by_trigger("Griechenland verlangte, dass andere Staaten mehr Geflüchtete aufnehmen.")
    assert "aufnehmen" not in row
    assert row["verlangte"][1] == "REQUEST"
