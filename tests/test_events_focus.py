"""Where the place in focus stops (invented sentences, 2026-12-05, fourth session)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str) -> list[EventRow]:
    return event_rows(text, published="2025-03-13")


def test_a_foreign_newcomer_a_paragraph_later_does_not_inherit_the_place():
    text = (
        "Das Außenministerium in Moskau verhängte am Mittwoch Sanktionen gegen zwei polnische Firmen.\n\n"
        "Die Börse in Warschau fiel am Mittwoch deutlich. Der spanische Ministerpräsident Pedro Sánchez "
        "forderte am Mittwoch die Regierung in Polen auf, die Lieferungen fortzusetzen."
    )
    request = next(e for e in events(text) if e[0] == "forderte")
    assert request[2] == ["Pedro Sánchez"] and request[4] != "Moskau"


def test_the_visitor_who_set_the_place_keeps_it_in_the_next_paragraph():
    text = (
        "Der spanische Ministerpräsident Pedro Sánchez traf am Mittwoch in Moskau den russischen Präsidenten "
        "Wladimir Putin.\n\nSánchez forderte am Mittwoch eine Waffenruhe."
    )
    request = next(e for e in events(text) if e[0] == "forderte")
    assert request[2] == ["Pedro Sánchez"] and request[4] == "Moskau"


def test_a_foreign_newcomer_in_the_same_paragraph_keeps_the_place():
    text = (
        "Das Außenministerium in Moskau verhängte am Mittwoch Sanktionen gegen zwei polnische Firmen. "
        "Der spanische Ministerpräsident Pedro Sánchez forderte am Mittwoch ein Ende der Sanktionen."
    )
    request = next(e for e in events(text) if e[0] == "forderte")
    assert request[4] == "Moskau"


# --- an undated lead in the present perfect ------------------------------------------------------


def dated(text: str) -> list[tuple[str, str, str | None]]:
    import chronik

    doc = chronik.analyze(text, published="2025-03-13")
    return [(doc.text[e.trigger[0] : e.trigger[1]], e.type, e.date) for e in doc.events]


def test_an_undated_perfect_lead_takes_the_date_the_body_gives_its_event():
    text = (
        "Festnahmen nach Überfall in Kassel\n\n"
        "Nach dem Überfall auf einen Geldtransporter in Kassel hat die Polizei zwei Verdächtige festgenommen. "
        "Die Täter hatten am Montagabend den Fahrer bedroht. Die beiden Männer wurden am Dienstagmorgen in "
        "einer Wohnung in Fulda festgenommen."
    )
    found = dated(text)
    lead_arrest = next(e for e in found if e[0] == "festgenommen")
    assert lead_arrest[1] == "COERCE" and lead_arrest[2] == "2025-03-11"


def test_an_undated_perfect_lead_keeps_publication_when_the_body_dates_no_such_event():
    text = (
        "Festnahmen in Kassel\n\n"
        "Die Polizei hat in Kassel zwei Verdächtige festgenommen. "
        "Am Montag hatte der Bürgermeister die Stadthalle eröffnet."
    )
    lead_arrest = next(e for e in dated(text) if e[0] == "festgenommen")
    assert lead_arrest[2] == "2025-03-13"


def test_a_perfect_sentence_deep_in_the_body_keeps_its_date():
    text = (
        "Streit in Kassel\n\n"
        "Der Stadtrat tagte am Mittwoch. Die Sitzung war lang. Viele Fragen blieben offen. "
        "Die Polizei hat zwei Verdächtige festgenommen. Die Männer wurden am Dienstagmorgen in Fulda festgenommen."
    )
    first = next(e for e in dated(text) if e[0] == "festgenommen")
    assert first[2] != "2025-03-11"


def test_a_lead_does_not_take_the_date_of_another_actor_s_event():
    text = (
        "Sperre in Kassel\n\n"
        "Die Stadt Kassel hat die Kundgebung der Bauern verboten. "
        "Die Stadt Fulda hatte bereits am Dienstag eine Kundgebung verboten."
    )
    lead_ban = next(e for e in dated(text) if e[0] == "verboten")
    assert lead_ban[2] == "2025-03-13"


def test_the_visitor_s_country_keeps_the_place_of_the_visit():
    text = (
        "Der spanische Ministerpräsident Pedro Sánchez traf am Mittwoch in Moskau den russischen Präsidenten "
        "Wladimir Putin.\n\nSpanien sagte am Mittwoch zu, Hilfsgüter zu liefern."
    )
    pledge = next(e for e in events(text) if e[0] == "sagte")
    assert pledge[2] == ["Spanien"] and pledge[4] == "Moskau"
