"""Acts that are only asked for, described or compared, and clauses that are no quotation (thirteenth session,
leftover spurious events and quotes; invented sentences)."""

from __future__ import annotations

import chronik
from tests.event_docs import event_rows


def _triggers(text: str) -> set[str]:
    return {row[0] for row in event_rows(text)}


def _quote_texts(text: str) -> list[str]:
    return [q.text for q in chronik.analyze(text, published="2026-05-04").quotes]


def test_act_demanded_in_a_dass_clause_is_no_event() -> None:
    rows = event_rows("Die Opposition verlangte, dass der Bürgermeister sein Amt sofort niederlegt.")
    assert [(row[0], row[1]) for row in rows] == [("verlangte", "REQUEST")]


def test_past_event_noun_inside_a_demanded_clause_stays() -> None:
    text = (
        "Die Bauern forderten, dass sich der Minister für die Gewalt der Polizei bei einer Demonstration in Lyon "
        "entschuldigt."
    )
    assert "Demonstration" in _triggers(text)


def test_relative_clause_labelling_an_actor_is_no_accusation() -> None:
    text = "Mit einer Regierung, die sie als Terroristen beschimpfe, werde man nicht reden, sagte der Sprecher."
    assert "beschimpfe" not in _triggers(text)


def test_past_labelling_in_a_relative_clause_stays_an_accusation() -> None:
    text = "Der Gouverneur, der die Streikenden am Montag als Verräter beschimpft hatte, trat am Freitag zurück."
    assert "beschimpft" in _triggers(text)


def test_indirect_where_question_is_no_deployment() -> None:
    text = "Russland lasse sich nicht vorschreiben, wo es seine Soldaten stationiere, sagte der Minister."
    assert "stationiere" not in _triggers(text)


def test_similar_aid_is_no_new_aid() -> None:
    text = "Die Kommission hatte bereits ähnliche Hilfen für Werften in Italien genehmigt."
    assert "Hilfen" not in _triggers(text)


def test_condition_of_a_threat_is_no_quote() -> None:
    text = "Der Konzern hatte mit der Schließung des Werks gedroht, falls die Regierung nicht zahlt."
    assert not any(t.startswith("falls") for t in _quote_texts(text))


def test_threat_going_on_past_its_condition_stays_a_quote() -> None:
    text = "Die Gewerkschaft drohte, falls die Stadt nicht zahle, werde man die Busse bestreiken."
    assert any("bestreiken" in t for t in _quote_texts(text))


def test_alleged_act_after_a_decision_is_no_quote_of_the_court() -> None:
    text = (
        "Ein Gericht in Wien hat den früheren Bürgermeister zu zwei Jahren Haft verurteilt. Zudem darf er drei Jahre "
        "lang kein Amt ausüben, wie die Richterin am Montag entschied. Der 58-Jährige soll zwischen 2015 und 2017 rund "
        "300.000 Euro an eine Firma seiner Frau überwiesen haben."
    )
    assert not any("überwiesen" in t for t in _quote_texts(text))


def test_alleged_act_after_an_indictment_stays_a_quote() -> None:
    text = "Die Staatsanwaltschaft erhob am Montag Anklage gegen den Bankdirektor. Er soll Gelder veruntreut haben."
    assert any("veruntreut" in t for t in _quote_texts(text))


def test_konjunktiv_condition_of_a_threat_stays_a_quote() -> None:
    text = "Die Partei drohte mit einem Veto, falls der Entwurf nicht geändert werde."
    assert any(t.startswith("falls") for t in _quote_texts(text))
