"""Event triggers, seventh session round 2 (invented sentences, 2026-12-05)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2026-07-15") -> list[EventRow]:
    return event_rows(text, published=published)


def kinds(text: str) -> dict[str, str]:
    return {e[0]: e[1] for e in events(text)}


def test_announcing_countermeasures_is_a_threat():
    assert kinds("Die Stadt Bremen kündigte am Dienstag Gegenmaßnahmen an.").get("kündigte") == "THREATEN"
    assert "kündigte" not in kinds("Die Firma kündigte am Dienstag neue Produkte an.")


def test_arrest_warrant_and_remand_are_coerce():
    assert kinds("Der Ermittlungsrichter hat gegen den Bauunternehmer Haftbefehl erlassen.").get("erlassen") == "COERCE"
    assert (
        kinds("Ein Richter ordnete am Mittwoch Untersuchungshaft gegen die Verdächtigen an.").get("ordnete") == "COERCE"
    )
    assert "ordnete" not in kinds("Der Bürgermeister ordnete eine Schweigeminute an.")


def test_picked_up_by_the_police_is_coerce():
    assert kinds("Der Mann war am Morgen von der Polizei abgeholt worden.").get("abgeholt") == "COERCE"
    assert "holte" not in kinds("Die Mutter holte ihre Tochter am Bahnhof ab.")


def test_rescuing_and_taking_in_people_is_aid():
    assert kinds("Die Küstenwache hatte 40 Menschen gerettet.").get("gerettet") == "AID"
    assert kinds("Das Rettungsschiff nahm am Sonntag 31 Menschen auf.").get("nahm") == "AID"
    # emergency services saving people from a house, a hospital admitting them: no PLOVER event
    assert "rettete" not in kinds("Die Feuerwehr rettete drei Menschen aus dem brennenden Haus.")
    assert "nahm" not in kinds("Das Krankenhaus nahm am Abend zwölf Menschen auf.")


def test_easing_sanctions_is_retreat_not_sanction():
    found = kinds("Kanada hat die Sanktionen gegen Kuba gelockert.")
    assert found.get("gelockert") == "RETREAT" and "Sanktionen" not in found


def test_giving_up_resistance_is_concede_not_reject():
    found = kinds("Österreich gab seinen Widerstand gegen das Abkommen auf.")
    assert found.get("gab") == "CONCEDE" and "Widerstand" not in found


def test_travelling_into_a_country_is_a_planned_visit():
    rows = [e for e in events("Der Außenminister will nächste Woche in die Türkei reisen.") if e[0] == "reisen"]
    assert rows and rows[0][1] == "CONSULT" and rows[0][5] == "planned"


def test_closing_crossings_is_coerce():
    rows = [e for e in events("Rumänien erwägt, drei Übergänge zu schließen.") if e[0] == "schließen"]
    assert rows and rows[0][1] == "COERCE" and rows[0][5] == "hypothetical"


def test_a_relative_clause_stating_what_an_agreement_says_is_no_event():
    found = kinds("Die Regierung lehnt jedes Abkommen ab, das die Rebellen als Verhandlungspartner anerkennt.")
    assert found.get("lehnt") == "REJECT" and "anerkennt" not in found
    # a past relative clause tells what happened; a person as antecedent is no document
    assert "unterstützt" in kinds(
        "Die Opposition begrüßte den Vorschlag, der am Montag die Gewerkschaften unterstützt hatte."
    )
    assert "verteidigt" in kinds("Die Opposition kritisierte den Innenminister, der die Abschiebungen verteidigt.")
