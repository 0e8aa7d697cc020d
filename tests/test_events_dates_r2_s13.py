"""Event dates and places, thirteenth session, round 2: invented mini-articles. A late evening or an afternoon
told a paragraph on is the story's day, not the day of background named in between (reported or past perfect);
a call for a strike from a weekday on is the call's day, not a past weekday; a past-perfect relative clause
("Kollegen, die bei einer Kundgebung in X festgenommen worden waren") does not move the story's place to X."""

from __future__ import annotations

import chronik
from tests.event_docs import event_at

PUBLISHED = "2026-03-16"  # a Monday: "am Samstag" is 2026-03-14


def _event(text: str, trigger: str, published: str = PUBLISHED) -> tuple[str | None, str | None]:
    doc = chronik.analyze(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    ev = event_at(doc, trigger)
    return ev.date, names.get(ev.place or "")


def test_a_late_evening_clash_a_paragraph_on_is_on_the_story_day() -> None:
    text = (
        "Bauern protestieren in Madrid\n"
        "MADRID (dpa) – In Spanien haben am Samstag Tausende Landwirte gegen die Agrarpolitik der Regierung "
        "demonstriert. Sie blockierten mit Traktoren mehrere Zufahrtsstraßen.\n\n"
        "Am späten Abend kam es vor dem Landwirtschaftsministerium zu Zusammenstößen mit der Polizei. Die Beamten "
        "setzten Pfefferspray ein.\n"
    )
    assert _event(text, "setzten")[0] == "2026-03-14"


def test_an_afternoon_after_a_reported_offer_day_is_on_the_story_day() -> None:
    text = (
        "Warnstreik bei den Wasserwerken\n"
        "HANNOVER (dpa) – Ein Warnstreik hat am Montag die Wasserwerke in Hannover lahmgelegt. "
        "Der Vorstand nannte den Ausstand überzogen. Man habe den Beschäftigten am Freitag ein neues Angebot "
        "unterbreitet, das die Gewerkschaft nicht geprüft habe.\n\n"
        "Noch am Nachmittag verklagte das Unternehmen die Gewerkschaft vor dem Arbeitsgericht.\n"
    )
    assert _event(text, "verklagte")[0] == "2026-03-16"


def test_a_call_for_a_strike_from_a_coming_weekday_is_dated_to_the_call() -> None:
    text = (
        "Gewerkschaft droht mit Streik\n"
        "LISSABON (dpa) – Der Chef der Lehrergewerkschaft hat am Sonntag die Regierung scharf kritisiert. "
        "Er rief die Lehrkräfte zu einem landesweiten Streik ab Donnerstag auf.\n"
    )
    date, _ = _event(text, "rief")
    assert date == "2026-03-15"


def test_a_past_perfect_relative_clause_does_not_move_the_place() -> None:
    text = (
        "Proteste in Tiflis\n"
        "TIFLIS (dpa) – In Georgien haben am Samstag Tausende Menschen gegen die Regierung demonstriert. "
        "Sie verlangten die Freilassung von Journalisten, die nach einer Kundgebung in Batumi festgenommen "
        "worden waren.\n\n"
        "Am Abend setzte die Polizei vor dem Parlament Wasserwerfer ein. Die Beamten nahmen zwölf Menschen fest.\n"
    )
    assert _event(text, "festgenommen")[1] == "Batumi"  # the relative clause's own act stays there
    assert _event(text, "setzte")[1] == "Tiflis"
    assert _event(text, "nahmen")[1] == "Tiflis"


def test_an_undated_reaction_is_on_the_report_day_when_the_text_tells_an_act_of_that_day() -> None:
    text = (
        "Italien schließt Häfen für Rettungsschiffe\n"
        "ROM (dpa) – Italien hat seine Häfen für private Rettungsschiffe geschlossen. Das Kabinett in Rom billigte "
        "am Sonntagabend ein entsprechendes Dekret.\n\n"
        "Die Hilfsorganisation Sea-Watch kritisierte die Entscheidung scharf.\n\n"
        "Die Regierung in Tunis wies die Vorwürfe zurück. Das Außenministerium in Tunis bestellte am Montag den "
        "italienischen Botschafter ein.\n"
    )
    assert _event(text, "kritisierte")[0] == "2026-03-16"
    assert _event(text, "wies")[0] == "2026-03-16"


def test_an_act_still_in_the_courtroom_is_on_the_day_of_the_verdict() -> None:
    text = (
        "Bürgermeister verurteilt\n"
        "WIEN (APA) – Ein Wiener Gericht hat den früheren Bürgermeister von Linz wegen Untreue zu zwei Jahren Haft "
        "verurteilt. Zudem muss er 80.000 Euro zahlen, wie das Gericht am Freitag entschied. Er soll Fördergelder "
        "an Vereine seiner Familie vergeben haben.\n\n"
        "Die Anklage hatte drei Jahre Haft gefordert. Sein Verteidiger legte noch im Verhandlungssaal Einspruch ein. "
        "Die Partei des Verurteilten stellte sich hinter ihn.\n"
    )
    assert _event(text, "legte")[0] == "2026-03-13"
    assert _event(text, "stellte")[0] == "2026-03-16"  # without "noch" at the scene: the report's day


def test_a_statement_framed_by_hiess_es_with_a_day_in_the_next_sentence_takes_that_day() -> None:
    text = (
        "Streit nach Parlamentswahl in Malawi\n"
        "LILONGWE (dpa) – Nach der Parlamentswahl in Malawi haben am Samstag Tausende Anhänger der Opposition "
        "protestiert. Die Polizei nahm mehrere Demonstranten fest.\n\n"
        "Die Beobachtermission der Afrikanischen Union rief alle Parteien zur Ruhe auf. Die Abstimmung sei "
        "weitgehend geordnet verlaufen, hieß es in einer Erklärung vom Montag.\n"
    )
    assert _event(text, "rief")[0] == "2026-03-16"


def test_troops_moved_to_a_border_are_not_placed_in_the_home_country() -> None:
    text = (
        "Spannungen am Fluss Amudarja\n"
        "DUSCHANBE/TASCHKENT (dpa) – Im Streit um Wasserrechte hat Usbekistan nach Angaben Tadschikistans rund 500 "
        "Soldaten an die gemeinsame Grenze verlegt. Das teilte das Verteidigungsministerium in Duschanbe am Sonntag "
        "mit.\n"
    )
    assert _event(text, "verlegt")[1] is None


def test_a_promise_after_a_visit_to_the_disaster_area_is_not_placed_in_the_capital() -> None:
    text = (
        "Überschwemmungen in Bangladesch\n"
        "DHAKA (dpa) – Nach heftigem Monsunregen sind im Norden Bangladeschs mindestens 30 Menschen ertrunken, "
        "teilte die Katastrophenschutzbehörde in Dhaka am Sonntag mit.\n\n"
        "Regierungschefin Farida Rahman besuchte am Sonntag das Überschwemmungsgebiet. Sie sagte den Betroffenen "
        "Soforthilfen zu.\n"
    )
    assert _event(text, "besuchte")[1] is None
    assert _event(text, "sagte")[1] is None
