"""Events inside reported speech, verb classes missing from the lexicon, and mentions that tell no event (invented
sentences, 2026-12-05, sixth session)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str) -> list[EventRow]:
    return event_rows(text, published="2025-06-11")


def triggers(text: str) -> list[tuple[str, str, str]]:
    """(trigger, type, modality) of every event."""
    return [(e[0], e[1], e[5]) for e in events(text)]


# --- the event inside reported speech or an announcement ------------------------------------------------


def test_a_readmission_announced_in_a_konjunktiv_clause_is_a_pledge():
    found = events("Der Innenminister kündigte an, Tunesien werde abgelehnte Asylbewerber künftig zurücknehmen.")
    assert [(e[0], e[1], e[2], e[5]) for e in found] == [("zurücknehmen", "AGREE", ["Tunesien"], "planned")]


def test_a_refused_ransom_is_a_negated_concession():
    assert triggers("Die Reederei werde kein Lösegeld zahlen, erklärte ein Sprecher.") == [
        ("zahlen", "CONCEDE", "negated")
    ]


def test_more_police_presence_announced_is_a_planned_mobilisation():
    assert triggers("Die Polizei kündigte an, ihre Präsenz an den Bahnhöfen zu verstärken.") == [
        ("Präsenz", "MOBILIZE", "planned")
    ]


def test_training_foreign_soldiers_is_military_aid():
    assert ("Ausbildung", "AID", "planned") in triggers(
        "Norwegen werde die Ausbildung ukrainischer Piloten ausweiten, sagte der Minister."
    )
    assert triggers("Großbritannien bildet seit Monaten ukrainische Soldaten aus.")[0][:2] == ("bildet", "AID")
    assert triggers("Der Soldat hatte seine Ausbildung im Jahr 2010 abgeschlossen.") == []  # his own training


def test_expecting_something_of_an_actor_is_a_request():
    found = events("Der Premier sagte, Madrid erwarte von der Regierung in Rabat mehr Tempo.")
    assert [(e[0], e[1]) for e in found] == [("erwarte", "REQUEST")]
    assert "REQUEST" not in [t[1] for t in triggers("Von dem Treffen in Genf werden keine Durchbrüche erwartet.")]


# --- verbs of requesting, sending, voting, marching, agreeing and yielding --------------------------------


def test_activating_the_civil_protection_mechanism_is_a_request_for_aid():
    found = events("Portugal aktivierte am Montag den EU-Katastrophenschutzmechanismus.")
    assert [(e[0], e[1], e[2]) for e in found] == [("aktivierte", "REQUEST", ["Portugal"])]


def test_requesting_aid_with_anfordern():
    assert [t[:2] for t in triggers("Spanien forderte Löschflugzeuge aus Italien an.")] == [("forderte", "REQUEST")]


def test_senden_of_helpers_is_aid():
    assert [t[:2] for t in triggers("Kroatien sandte zwei Löschhubschrauber nach Slowenien.")] == [("sandte", "AID")]


def test_votieren_gegen_is_a_rejection():
    assert [t[:2] for t in triggers("Ungarn votierte im Rat gegen die neuen Regeln.")] == [("votierte", "REJECT")]
    assert [t[:2] for t in triggers("Polen stimmte im Rat mit Nein.")] == [("stimmte", "REJECT")]


def test_taking_in_refugees_is_asylum_aid():
    found = events("Italien werde 500 Bootsflüchtlinge aus Libyen aufnehmen, sagte die Regierungschefin.")
    assert [(e[0], e[1], e[2], e[5]) for e in found] == [("aufnehmen", "AID", ["Italien"], "planned")]


def test_marching_before_a_parliament_is_a_protest_but_going_to_court_is_not():
    assert triggers("Hunderte Studenten zogen am Montag vor das Parlament in Budapest.") == [
        ("zogen", "PROTEST", "asserted")
    ]
    assert [t[1] for t in triggers("Die Kläger zogen vor das Verfassungsgericht.")] != ["PROTEST"]


def test_finding_no_compromise_is_a_negated_agreement():
    assert triggers("Die Außenminister der beiden Länder fanden in Wien keinen Kompromiss.") == [
        ("fanden", "AGREE", "negated")
    ]


def test_reaching_a_compromise_is_an_agreement():
    assert triggers("Die Unterhändler erzielten in Genf einen Kompromiss.") == [("erzielten", "AGREE", "asserted")]
    assert triggers("Die Minister fanden keine gemeinsame Position.") == [("fanden", "AGREE", "negated")]


def test_transferring_money_is_aid_referring_a_bill_is_not():
    found = events("Die EU überwies der Ukraine weitere 1,5 Milliarden Euro.")
    assert [(e[0], e[1], e[3]) for e in found] == [("überwies", "AID", ["Ukraine"])]
    assert triggers("Der Gesetzentwurf wurde an den Innenausschuss überwiesen.") == []


def test_applying_for_aid_is_a_request():
    assert [t[:2] for t in triggers("Griechenland beantragte Finanzhilfen bei der EU.")] == [("beantragte", "REQUEST")]


def test_meeting_demands_is_a_concession():
    assert [t[:2] for t in triggers("Die Regierung kam den Forderungen der Streikenden nach.")] == [("kam", "CONCEDE")]


# --- mentions that tell no new event --------------------------------------------------------------------


def test_a_generic_wer_clause_and_its_main_clause_tell_no_event():
    assert triggers("„Wer Journalisten bedroht, greift die Pressefreiheit an“, sagte die Ministerin.") == []
    # (an indirect question about a real attack keeps it)
    assert [t[1] for t in triggers("Wer hinter dem Anschlag steckt, wollte die Polizei nicht sagen.")] == ["ASSAULT"]
    assert [t[1] for t in triggers("Wer den Anschlag verübt hat, ist noch unklar.")] == ["ASSAULT"]


def test_voters_called_to_the_polls_is_no_request():
    assert triggers("Mehr als zwei Millionen Menschen sind am Sonntag zur Wahl aufgerufen.") == []
    # (the protests called for were planned PROTEST events in the ninth session; since the twelfth the call is one
    # act, the REQUEST)
    assert [t[1] for t in triggers("Die Opposition rief am Sonntag zu Protesten auf.")] == ["REQUEST"]


def test_a_natural_force_or_an_event_in_first_position_meets_no_one():
    assert triggers("Das Hochwasser traf vor allem Bayern.") == []
    assert [t[1] for t in triggers("Der Streik ist unverhältnismäßig und trifft vor allem den Osten.")] == ["PROTEST"]


def test_an_event_that_affects_people_meets_no_one():
    assert triggers("Die neuen Zölle treffen vor allem die Autoindustrie.") == []
    assert [t[1] for t in triggers("Der Ausstand traf am Montag vor allem Pendler.")] == ["PROTEST"]


def test_an_event_noun_justified_by_a_speaker_is_no_new_event():
    assert triggers("Der Verdi-Chef begründete den Warnstreik mit der hohen Inflation.") == []
    assert triggers("Die Regierung rechtfertigte ihre Sanktionen mit dem Krieg.") == []


def test_what_a_request_noun_asks_for_is_no_event():
    found = triggers("Ihre Forderung nach einem Schuldenerlass wies der Finanzminister zurück.")
    assert [t[1] for t in found] == ["REJECT"]


def test_pledges_to_be_honoured_are_no_new_pledge():
    found = triggers("Der Präsident forderte die Geberländer auf, ihre Zusagen einzuhalten.")
    assert [t[1] for t in found] == ["REQUEST"]


def test_cooperation_not_to_be_harmed_is_no_cooperation_event():
    found = triggers("Athen forderte Ankara auf, die Kooperation beider Länder nicht zu gefährden.")
    assert [t[1] for t in found] == ["REQUEST"]
