"""Event triggers and modality, tenth session (2026-12-05, on the audit articles of tests/data/audit): what an
accusation alleges is no event told, "zu" before a noun is a preposition and not a zu-infinitive, a reported "könne"
makes an event possible, a legal text's rule is no act. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_an_act_alleged_in_an_accusation_is_no_event():
    rows = rows_by_trigger(
        "Die Staatsanwaltschaft wirft dem Lehrer vor, zu Gewalt gegen Polizisten aufgerufen zu haben."
    )
    assert "wirft" in rows and "aufgerufen" not in rows


def test_an_event_noun_alleged_after_beschuldigen_is_no_event():
    rows = rows_by_trigger("Die Behörden beschuldigen die Gruppe, neue Forderungen an die Stadt gestellt zu haben.")
    assert rows["beschuldigen"][1] == "ACCUSE" and "Forderungen" not in rows


def test_an_act_under_suspicion_is_no_event():
    rows = rows_by_trigger("Der Mann steht unter dem Verdacht, im Mai die Anhänger zum Widerstand aufgerufen zu haben.")
    assert "aufgerufen" not in rows


def test_talks_under_way_in_an_accusation_stay_an_event():
    rows = rows_by_trigger("Die Opposition warf dem Präsidenten vor, die Verhandlungen mit Kiew zu blockieren.")
    assert rows["Verhandlungen"][1] == "CONSULT"


def test_an_announced_act_in_a_zu_infinitive_stays():
    rows = rows_by_trigger("Die Regierung kündigte an, den Botschafter des Landes auszuweisen.")
    assert "auszuweisen" in rows


def test_a_warning_of_what_may_follow_asks_nothing():
    rows = rows_by_trigger("Die Opposition warnte, das neue Gesetz könne zu heftigen Protesten führen.")
    assert "warnte" not in rows


def test_a_warning_with_a_zu_infinitive_still_asks():
    rows = rows_by_trigger("Die Ärztekammer warnte die Regierung, die Kliniken nicht weiter zu belasten.")
    assert rows["warnte"][1] == "REQUEST"


def test_an_event_in_a_reported_koenne_clause_is_possible_only():
    # (seventeenth session: "… die Behörden zu weiteren Festnahmen ermutigen" is now a goal pushed for, no event, by the
    # compelling-verb rule of test_wikinews_politics_s17; the könne clause keeps its own act hypothetical)
    rows = rows_by_trigger("Beobachter warnten, der Schritt könne zu weiteren Festnahmen führen.")
    assert rows["Festnahmen"][5] == "hypothetical"


def test_a_negated_koenne_clause_stays_negated():
    rows = rows_by_trigger("Sein Land könne der Union keine weiteren Zugeständnisse machen, sagte der Minister.")
    assert rows["Zugeständnisse"][5] == "negated"


def test_a_legal_texts_ban_is_no_act():
    assert event_rows("Die Verfassung verbiete die Auslieferung eigener Staatsbürger, erklärte die Ministerin.") == []


def test_a_law_that_allows_is_no_act():
    rows = rows_by_trigger("Das Grundgesetz erlaubt keine Zensur, sagte die Richterin.")
    assert "erlaubt" not in rows


def test_a_government_ban_stays_an_event():
    rows = rows_by_trigger("Die Regierung verbot am Montag alle Demonstrationen in der Hauptstadt.")
    assert rows["verbot"][1] == "COERCE"


def test_what_a_treaty_applies_to_is_no_event():
    rows = rows_by_trigger("Die Regierung verwies auf das Abkommen, das auch für Angriffe auf Handelsschiffe gilt.")
    assert "Angriffe" not in rows


def test_a_treaty_with_its_year_still_states_its_content():
    rows = rows_by_trigger(
        "Die Regierung verwies auf das Abkommen von 2019, das Angriffe auf Handelsschiffe verbietet."
    )
    assert rows == {}


def test_a_warning_addressed_to_a_named_actor_asks_something_of_it():
    rows = rows_by_trigger("Zugleich warnte die Ministerin Moskau vor weiteren Provokationen an der Grenze.")
    assert rows["warnte"][1] == "REQUEST"


def test_a_warning_to_the_public_asks_no_named_actor():
    assert "warnte" not in rows_by_trigger("Der Wetterdienst warnte die Bevölkerung vor starkem Hochwasser.")


def test_a_warning_shot_is_a_threat():
    rows = rows_by_trigger("Ein Soldat feuerte bei der Kundgebung einen Warnschuss in die Luft ab.")
    assert rows["Warnschuss"][1] == "THREATEN"


def test_renegotiating_is_consulting():
    rows = rows_by_trigger("Die Regierung will das Abkommen mit der Schweiz nachverhandeln.")
    assert rows["nachverhandeln"][1] == "CONSULT"


def test_a_violent_act_in_an_accusation_stays_an_event():
    rows = rows_by_trigger("Die Staatsanwaltschaft wirft dem Mann vor, einen Polizisten geschlagen zu haben.")
    assert rows["geschlagen"][1] == "ASSAULT"


def test_troops_stationed_somewhere_are_a_state():
    assert event_rows("In der Region sind rund 3000 amerikanische Soldaten stationiert.") == []


def test_a_deployment_in_the_perfect_stays_an_event():
    rows = rows_by_trigger("Deutschland hat in dem Land eine Kampfbrigade stationiert.")
    assert rows["stationiert"][1] == "MOBILIZE"


def test_a_deployment_in_the_passive_stays_an_event():
    rows = rows_by_trigger("Im Februar sind weitere Soldaten an der Grenze stationiert worden.")
    assert rows["stationiert"][1] == "MOBILIZE"
