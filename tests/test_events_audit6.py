"""Audit-6 fixes (invented sentences, 2026-12-05, fifth session, round 3)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2026-01-17") -> list[EventRow]:
    return event_rows(text, published=published)


def test_a_list_before_the_closing_participle_keeps_the_subject():
    # the commas of "für Saatgut, Dünger und Maschinen" do not open a clause before "zugesagt"
    text = "Die Weltbank hatte den Bauern zuletzt Kredite für Saatgut, Dünger und Maschinen zugesagt."
    pledge = next(e for e in events(text) if e[0] == "zugesagt")
    assert pledge[1] == "AGREE" and pledge[2] == ["Weltbank"]


def test_a_second_coordinated_verb_shares_the_subject_before_a_feminine_dative_name():
    text = "Annalena Baerbock wies die Kritik zurück und hielt der AfD vor, die Lage zu verharmlosen."
    accusation = next(e for e in events(text) if e[0] == "hielt")
    assert accusation[1] == "ACCUSE" and accusation[2] == ["Annalena Baerbock"] and accusation[3] == ["AfD"]


def test_common_triggers_of_sending_offering_and_voting_against():
    rows = events(
        "Spanien und Portugal schickten je drei Löschflugzeuge in die Region. "
        "Polen hatte im Rat gegen den Vertrag gestimmt. "
        "Der Konzern hatte in der vergangenen Woche eine Erhöhung um 3 Prozent angeboten."
    )
    kinds = {e[0]: e[1] for e in rows}
    assert kinds.get("schickten") == "AID"
    assert kinds.get("gestimmt") == "REJECT"
    assert kinds.get("angeboten") == "AGREE"


def test_a_dateline_does_not_place_a_nationwide_story():
    text = (
        "Streik bei der Bahn\n\n"
        "BERLIN (dpa) – Pendler in ganz Deutschland müssen sich auf Ausfälle einstellen. "
        "Die Gewerkschaft Verdi hat ihre Mitglieder zu einem Streik aufgerufen. "
        "Verdi fordert zehn Prozent mehr Lohn."
    )
    assert all(e[4] is None for e in events(text, "2026-03-04"))


def test_a_dateline_places_no_unattributed_event_after_its_own_sentence():
    text = (
        "Streik bei der Bahn\n\n"
        "Hannover (dpa) – Die Gewerkschaft Verdi hat ihre Mitglieder zu einem Streik aufgerufen. "
        "Der Ausstand soll am Donnerstag beginnen."
    )
    rows = events(text, "2026-03-04")
    strike = next(e for e in rows if e[0] == "Ausstand")
    assert strike[4] is None


def test_a_listed_subject_before_an_appositive_dash_is_no_dateline():
    # Only a dateline with a date or an agency bracket ("Kairo (dpa) –") is cut off before its dash; a list of
    # subjects followed by a dash apposition keeps its subjects, in the first sentence and in later ones.
    for text in (
        "Frankreich, Deutschland und Italien – die drei größten Staaten der Union – verhängten am Montag "
        "Sanktionen gegen Russland.",
        "Die Minister berieten am Montag. Frankreich, Deutschland und Italien – die drei größten Staaten der "
        "Union – verhängten Sanktionen gegen Russland.",
    ):
        (sanction,) = [r for r in event_rows(text) if r[1] == "SANCTION"]
        assert sanction[2] == ["Frankreich", "Deutschland", "Italien"]
    (talks,) = event_rows("Kairo (dpa) – Ägypten hat am Montag Gespräche mit Israel geführt.")
    assert (talks[2], talks[4]) == (["Ägypten"], "Kairo")
