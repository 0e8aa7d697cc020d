"""The place of an event (eighth session, audit 2026-12-05f): the dateline's place for any act of its own
sentence by an actor of its country, the seat a court or authority names ("Das Landgericht Hamburg"), a place
inside a topic phrase ("wegen eines Überfalls auf eine Tankstelle in Lübeck"), and a known place after words the
gazetteer does not know ("in der südsyrischen Provinz Daraa"). Invented sentences, 2026-12-05."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2026-02-11") -> list[EventRow]:
    return event_rows(text, published=published)


def test_an_institutions_decision_in_the_dateline_sentence_is_at_the_dateline():
    text = (
        "Rom (Reuters) - Die italienische Regierung hat am Mittwoch Strafzölle auf chinesische Fahrräder beschlossen. "
        "Die Abgaben sollen ab Mai gelten."
    )
    decision = next(e for e in events(text) if e[0] == "Strafzölle")
    assert decision[4] == "Rom"


def test_a_foreign_actor_in_the_dateline_sentence_is_not_at_the_dateline():
    # (a guard: a report filed in Berlin about the US government's act)
    text = "Berlin (dpa) - Die US-Regierung hat am Mittwoch Russland scharf kritisiert."
    act = next(e for e in events(text) if e[0] == "kritisiert")
    assert act[4] is None


def test_a_verdict_is_at_the_courts_seat_not_at_the_crime_scene():
    text = (
        "Hamburg (dpa) - Das Landgericht Hamburg hat zwei Männer wegen eines Überfalls auf eine Tankstelle in "
        "Lübeck zu Haftstrafen verurteilt."
    )
    rows = events(text)
    verdict = next(e for e in rows if e[0] == "verurteilt")
    assert verdict[4] == "Hamburg"


def test_the_courts_seat_without_a_dateline():
    text = (
        "Das Landgericht Hamburg hat am Dienstag zwei Männer zu Haftstrafen verurteilt. "
        "Die beiden hatten in Hamburg mehrere Geschäfte ausgeraubt."
    )
    verdict = next(e for e in events(text) if e[0] == "verurteilt")
    assert verdict[4] == "Hamburg"


def test_a_province_named_after_an_adjective_is_the_named_province():
    text = "Zwei Journalisten wurden in der südsyrischen Provinz Daraa festgenommen."
    arrest = next(e for e in events(text) if e[0] == "festgenommen")
    assert arrest[4] == "Daraa"


def test_a_counted_group_in_the_dateline_sentence_is_not_at_the_dateline():
    # (a guard: "mehrere Bundesländer" act each where it is)
    text = "Berlin (dpa) - Mehrere Bundesländer haben mit einer Klage gegen das Gesetz gedroht."
    threat = next(e for e in events(text) if e[0] == "gedroht")
    assert threat[4] is None


def test_a_club_named_after_its_town_does_not_act_there():
    # (a guard: only courts, prosecutors and authorities act at the seat their name gives)
    text = (
        "Nach Krawallen beim Spiel in Karlsruhe wurden am Samstag zehn Polizisten verletzt. Viele Fans waren aus "
        "Freiburg angereist. Der SC Freiburg forderte am Sonntag härtere Strafen für die Täter."
    )
    demand = next(e for e in events(text) if e[0] == "forderte")
    assert demand[4] != "Freiburg"
