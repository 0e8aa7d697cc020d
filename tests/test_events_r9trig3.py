"""Trigger typing, ninth session, third round (invented sentences, 2026-12-05): admissions of error, ending
treaties, taking up diplomatic relations, ending manoeuvres, acquittals, what a plan provides for, and purposes
in "um … zu" clauses (decisions in docs/annotation-events.md)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


def types(text: str) -> list[str]:
    return [e[1] for e in events(text)]


def test_admitting_errors_is_concede():
    assert by_trigger("Die Innenministerin räumte am Freitag schwere Fehler ein.")["räumte"][1] == "CONCEDE"
    assert by_trigger("Der Konzern hat Versäumnisse beim Brandschutz eingestanden.")["eingestanden"][1] == "CONCEDE"
    # granting rights is no admission
    assert "CONCEDE" not in types("Der Vertrag räumt den Anwohnern ein Vorkaufsrecht ein.")


def test_apologising_stays_support():
    assert by_trigger("Die Bürgermeisterin entschuldigte sich bei den Anwohnern.")["entschuldigte"][1] == "SUPPORT"


def test_ending_a_treaty_is_reject():
    row = by_trigger("Polen kündigte den Grenzvertrag mit Belarus.")["kündigte"]
    assert row[1] == "REJECT" and row[2] == ["Polen"]
    assert by_trigger("Ungarn stieg aus dem Abkommen über Flüchtlinge aus.")["stieg"][1] == "REJECT"
    assert by_trigger("Frankreich trat aus dem Pakt aus.")["trat"][1] == "REJECT"
    # announcing ("kündigte … an") or ending a lease is not ending a treaty
    assert "REJECT" not in types("Polen kündigte neue Verhandlungen über das Abkommen an.")
    assert events("Der Verein kündigte den Mietvertrag für die Halle.") == []


def test_taking_up_or_restoring_relations_is_support():
    assert by_trigger("Serbien und Kosovo nahmen diplomatische Beziehungen auf.")["nahmen"][1] == "SUPPORT"
    assert by_trigger("Chile und Peru stellten ihre Beziehungen wieder her.")["stellten"][1] == "SUPPORT"
    # breaking them off stays SANCTION
    assert by_trigger("Chile brach die Beziehungen zu Peru ab.")["brach"][1] == "SANCTION"


def test_ending_a_manoeuvre_is_retreat_not_mobilize():
    found = types("Die Luftwaffe beendete das Manöver über der Nordsee.")
    assert found == ["RETREAT"]


def test_an_acquittal_is_not_coded():
    assert events("Ein Gericht in Izmir sprach die Ärztin frei.") == []


def test_what_a_plan_provides_for_is_no_event():
    assert "RETREAT" not in types("Das Kabinett billigte einen Plan, der den Abzug der Soldaten vorsieht.")
    assert types("Beide Seiten unterzeichneten eine Vereinbarung, die eine Feuerpause vorsieht.") == ["AGREE"]


def test_a_purpose_clause_is_planned():
    row = by_trigger("Die Miliz griff an, um den Flughafen zu erobern.")["erobern"]
    assert row[1] == "COERCE" and row[5] == "planned"
    # a gathering to protest is the protest
    # (eleventh session: the march "zogen" is itself coded PROTEST, so the purpose is that one protest, not a second)
    rows = by_trigger("Hunderte zogen vor das Rathaus, um gegen die Schließung zu protestieren.")
    assert [(r[1], r[5]) for r in rows.values()] == [("PROTEST", "asserted")]
    row = by_trigger("Tausende gingen in Tiflis auf die Straße, um Neuwahlen zu fordern.")["fordern"]
    assert row[1] == "REQUEST" and row[5] == "asserted"
