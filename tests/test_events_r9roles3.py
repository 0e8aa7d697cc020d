"""Event targets and dates, ninth session, round 3 (2026-12-05, audit 2026-12-05i): "dem 52-Jährigen" as an object is
the man named before (a masculine object skips a woman named in between); the place of a summons
("ins Außenministerium") is no target; the person in the genitive of a rejected act ("lehnte die Auslieferung des
… X ab") is no target; a planned present passive ("sollen … geklärt werden") keeps its coming date; a past perfect
"seit" phrase dates the act by its start; undated past perfect after background of an earlier year stays in that
year. Own invented sentences; the whole pipeline."""

from __future__ import annotations

import chronik
from tests.event_docs import rows_by_trigger


def _dates(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    doc = chronik.analyze(text, published=published)
    return {doc.text[e.trigger[0] : e.trigger[1]]: (e.date, e.modality) for e in doc.events}


def test_place_of_a_summons_is_no_target():
    rows = rows_by_trigger(
        "Nach dem Zwischenfall an der Grenze hat die Bundesregierung den russischen Botschafter ins Auswärtige Amt "
        "einbestellt."
    )
    assert rows["einbestellt"][2] == ["Bundesregierung"]
    assert "Auswärtiges Amt" not in rows["einbestellt"][3]


def test_person_handed_over_is_not_whom_a_refusal_targets():
    rows = rows_by_trigger(
        "Ein Gericht in Zagreb hatte am Montag die Auslieferung des 51-jährigen Geschäftsmanns Ivo Horvat "
        "abgelehnt, den die Staatsanwaltschaft Graz sucht."
    )
    assert "Ivo Horvat" not in rows["abgelehnt"][3]


def test_person_to_be_freed_after_an_age_adjective_is_not_the_addressee():
    rows = rows_by_trigger("Die Opposition forderte die Freilassung des 38-jährigen Bloggers Ilja Sorokin.")
    assert "Ilja Sorokin" not in rows["forderte"][3]


def test_planned_present_passive_keeps_its_coming_week():
    dates = _dates(
        "Die Einzelheiten sollen Anfang kommender Woche bei Gesprächen in Genf geklärt werden.", "2026-05-08"
    )
    assert dates["Gesprächen"] == ("2026-W20", "planned")


def test_past_perfect_since_phrase_dates_the_start():
    dates = _dates("Der Minister hatte die Gäste aus Kenia seit Dienstag in getrennten Runden empfangen.", "2026-05-08")
    assert dates["empfangen"][0] == "2026-05-05"


def test_past_perfect_after_last_years_background_stays_in_that_year():
    text = (
        "Kenia und Uganda haben am Donnerstag in Nairobi ein Abkommen unterzeichnet. Der Streit war im vergangenen "
        "Jahr eskaliert, nachdem Uganda ein Abkommen mit Südsudan geschlossen hatte. Nairobi hatte daraufhin den "
        "ugandischen Botschafter ausgewiesen und damit gedroht, die Grenze zu schließen. Die Afrikanische Union "
        "begrüßte die Einigung."
    )
    dates = _dates(text, "2026-05-08")
    assert dates["ausgewiesen"][0] == "2025"
    assert dates["gedroht"][0] == "2025"
    assert dates["begrüßte"][0] == "2026-05-07"


def test_age_noun_object_is_the_man_named_before():
    rows = rows_by_trigger(
        "Der Oppositionspolitiker Levan Kapanadse wurde am Montag in Tiflis festgenommen. Die Staatsanwaltschaft "
        "wirft dem 52-Jährigen vor, zu einem Umsturz aufgerufen zu haben."
    )
    assert rows["wirft"][3] == ["Levan Kapanadse"]


def test_masculine_object_skips_the_woman_named_in_between():
    rows = rows_by_trigger(
        "Die Polizei hat den Oppositionsführer Levan Kapanadse in Tiflis festgenommen. Beamte nahmen ihn am Montag "
        "in seiner Wohnung fest, wie seine Anwältin Tamar Gelaschwili mitteilte. Die Staatsanwaltschaft wirft dem "
        "52-Jährigen vor, zu einem Umsturz aufgerufen zu haben."
    )
    assert rows["wirft"][3] == ["Levan Kapanadse"]
