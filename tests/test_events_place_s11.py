"""The place and date of an event: landmarks near a place, squares the gazetteer does not know, "wo" relative
clauses and the date or place of a cancelled event (invented sentences, 2026-12-05, eleventh session)."""

from __future__ import annotations

import chronik
from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


def row(rows: list[EventRow], trigger: str) -> EventRow:
    return next(e for e in rows if e[0] == trigger)


def test_a_landmark_after_a_square_does_not_replace_it():
    rows = events("Der Marsch startete am Wilhelm-Leuschner-Platz nahe dem Bahnhof Zoo.")
    assert row(rows, "Marsch")[4] == "Wilhelm-Leuschner-Platz"


def test_the_town_after_a_landmark_is_the_place():
    rows = events("Am Dienstag wurde in der Nähe des Reichstags in Berlin ein Mann festgenommen.")
    assert row(rows, "festgenommen")[4] == "Berlin"
    rows = events("Am Montag wurde nahe dem Hauptbahnhof in Köln ein Verdächtiger festgenommen.")
    assert row(rows, "festgenommen")[4] == "Köln"


def test_an_unknown_square_is_the_place_of_its_own_event_only():
    text = (
        "In Leipzig demonstrierten am Samstag mehrere tausend Menschen. Der Marsch startete am "
        "Wilhelm-Leuschner-Platz. Die Polizei sprach von 5.000 Teilnehmern an der Demonstration."
    )
    rows = events(text)
    assert row(rows, "Marsch")[4] == "Wilhelm-Leuschner-Platz"
    assert row(rows, "Demonstration")[4] == "Leipzig"


def test_a_where_clause_after_a_place_happens_there():
    rows = events("Im Viertel Kreuzberg, wo es seit Wochen Proteste gegeben hatte, wurden Straßen gesperrt.")
    assert row(rows, "Proteste")[4] == "Kreuzberg"
    rows = events("Die Armee rückte in die Stadt Daraa vor, wo Rebellen am Montag einen Konvoi angegriffen hatten.")
    assert row(rows, "angegriffen")[4] == "Daraa"


def test_the_day_of_a_cancelled_visit_is_not_the_cancellation_s():
    doc = chronik.analyze(
        "Der Präsident hat seinen Staatsbesuch am 2. September in Dänemark abgesagt.", published="2026-05-04"
    )
    cancel = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "abgesagt")
    assert cancel.date == "2026-05-04"
    assert cancel.modality == "asserted"
    doc = chronik.analyze("Die Kanzlerin hat ihre Reise am 14. Juni nach Japan abgesagt.", published="2026-05-04")
    cancel = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "abgesagt")
    assert cancel.date == "2026-05-04"


def test_the_place_of_a_cancelled_visit_is_not_where_it_was_cancelled():
    rows = events("Der Minister sagte am Montag seinen Besuch in Paris ab.")
    assert row(rows, "sagte")[4] is None
    rows = events("Der Minister hat in Berlin seinen Besuch in Paris abgesagt.")
    assert row(rows, "abgesagt")[4] == "Berlin"


def test_a_place_after_an_earlier_event_noun_is_that_event_s():
    rows = events(
        "Die USA hatten 1980 die Beziehungen zum Iran nach einer Geiselnahme in der Botschaft in Teheran abgebrochen."
    )
    assert row(rows, "Geiselnahme")[4] == "Teheran"
    assert row(rows, "abgebrochen")[4] is None
    # (a setting of the act, "bei", stays its place)
    rows = events("Bei einer Demonstration in Berlin nahm die Polizei am Samstag 20 Menschen fest.")
    assert row(rows, "nahm")[4] == "Berlin"


def test_a_planned_event_takes_the_venue_the_next_sentence_gives_it():
    doc = chronik.analyze(
        "Die Kanzlerin will einen Klimagipfel einberufen. Der Gipfel soll im Oktober in Hamburg stattfinden.",
        published="2026-05-04",
    )
    names = {e.id: e.name for e in doc.entities}
    summit = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Klimagipfel")
    assert names.get(summit.place or "") == "Hamburg"
    assert summit.date == "2026-10"
    rows = events(
        "Die Regierung hat ein Treffen mit der Opposition angekündigt. Das Treffen soll im Mai in Wien stattfinden."
    )
    assert rows[0][0] == "Treffen" and rows[0][4] == "Wien"


def test_a_demand_named_by_a_present_copula_is_dated_to_the_report_s_day():
    doc = chronik.analyze(
        "Am Dienstag demonstrierten in Minsk Tausende. Ein Ende der Zensur ist eine weitere Forderung der "
        "Demonstranten.",
        published="2026-05-04",
    )
    demand = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Forderung")
    assert demand.date == "2026-05-04"
    # (the subject of the copula is the event told before, on its day)
    doc = chronik.analyze(
        "Am Dienstag griffen Rebellen die Stadt an. Der Angriff ist der schwerste seit Monaten.", published="2026-05-04"
    )
    attack = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Angriff")
    assert attack.date == "2026-04-28"


def test_the_next_round_is_on_the_date_the_talks_were_put_off_to():
    doc = chronik.analyze(
        "Die Verhandlungen in Genf wurden am Montag ohne Ergebnis auf Januar vertagt. Die Delegationen hoffen auf "
        "die nächste Verhandlungsrunde, die in Wien stattfinden wird.",
        published="2026-05-04",
    )
    nxt = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Verhandlungsrunde")
    assert nxt.date == "2027-01"
    doc = chronik.analyze(
        "Das Treffen der Minister wurde auf den 3. Juni verschoben. Beide Seiten setzen auf das nächste Treffen.",
        published="2026-05-04",
    )
    nxt = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Treffen")
    assert nxt.date == "2026-06-03"
