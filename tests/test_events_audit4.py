"""General rules from the fourth audit (invented sentences, 2026-12-05, fourth session)."""

from __future__ import annotations

import chronik
from tests.event_docs import EventRow, event_rows


def events(text: str) -> list[EventRow]:
    return event_rows(text, published="2025-03-13")


def triggers(text: str) -> list[tuple[str, str]]:
    return [(e[0], e[1]) for e in events(text)]


# --- coordination -----------------------------------------------------------------------------------


def test_a_second_verb_after_und_shares_the_first_subject():
    found = events("Der Kreml wies die Kritik zurück und warf der EU eine feindselige Politik vor.")
    accuse = next(e for e in found if e[0] == "warf")
    assert accuse[1] == "ACCUSE" and accuse[2] == ["Kreml"] and accuse[3] == ["Europäische Union"]


# --- threats ----------------------------------------------------------------------------------------


def test_a_threat_with_a_zu_infinitive_is_a_threat_not_the_threatened_step():
    found = events("Die Linke drohte, die Koalition mit der SPD zu verlassen.")
    assert [(e[0], e[1], e[3]) for e in found] == [("drohte", "THREATEN", ["SPD"])]


def test_the_threatened_cooperation_is_not_coded_as_cooperation():
    assert triggers("Die Regierung in Rom hat gedroht, die Zusammenarbeit mit Frankreich zu beenden.") == [
        ("gedroht", "THREATEN")
    ]


def test_a_venue_in_the_threatened_step_is_no_target():
    found = events("Die Opposition drohte, die Abstimmung vor dem Obersten Gerichtshof anzufechten.")
    assert [e[3] for e in found if e[1] == "THREATEN"] == [[]]


# --- tariffs ----------------------------------------------------------------------------------------


def test_tariffs_imposed_are_a_sanction_of_their_imposer():
    found = events("Die Europäische Union verhängte Zölle auf chinesische Elektroautos.")
    assert [(e[1], e[2]) for e in found] == [("SANCTION", ["Europäische Union"])]


def test_counter_tariffs_are_a_sanction():
    assert ("Gegenzölle", "SANCTION") in triggers("Kanada beschloss Gegenzölle auf Stahl.")


def test_tariffs_only_talked_about_are_no_event():
    assert triggers("Die Zölle belasten die deutsche Wirtschaft.") == []


# --- arrests ----------------------------------------------------------------------------------------


def test_a_suspect_caught_in_the_passive_is_an_arrest():
    assert triggers("Der mutmaßliche Täter wurde am Sonntag in Hamburg gefasst.") == [("gefasst", "COERCE")]


def test_a_decision_taken_is_no_arrest():
    assert triggers("Der Stadtrat hat am Montag einen Beschluss gefasst.") == []


# --- no event ---------------------------------------------------------------------------------------


def test_a_charge_is_no_new_assault():
    assert triggers("Die Polizei nahm den Mann wegen versuchten Mordes fest.") == [("nahm", "COERCE")]


def test_a_road_blocked_by_an_avalanche_is_no_protest():
    assert triggers("Mehrere Straßen wurden durch Lawinen blockiert.") == []


def test_an_organisation_named_for_help_gives_no_aid_event():
    assert triggers("Der Anwalt der Umwelthilfe, Jürgen Resch, sagte, das Urteil sei wichtig.") == []


def test_an_agentless_event_noun_in_a_direct_quote_is_no_event():
    assert triggers("„Ein Angriff auf Israel ist ein Angriff auf uns alle“, sagte Netanjahu.") == []
    assert triggers("„Wir stehen vor großen Herausforderungen“, sagte Macron.") == []


# --- actors of nouns and nominal anaphors -----------------------------------------------------------


def test_a_strike_as_the_means_is_the_subject_s_act():
    found = events("Mit einem Generalstreik hat Verdi den Flugverkehr lahmgelegt.")
    assert [(e[0], e[2]) for e in found] == [("Generalstreik", ["Verdi"])]


def test_a_strike_inside_a_fronted_mit_phrase_is_the_subject_s_act():
    found = events("Mit einer Welle von Warnstreiks hat die IG Metall am Montag die Autoindustrie lahmgelegt.")
    assert [(e[0], e[2]) for e in found] == [("Warnstreiks", ["IG Metall"])]


def test_a_definite_noun_ending_an_organisation_s_name_refers_to_it():
    text = (
        "Das Bundesverfassungsgericht verhandelte über die Klage. "
        "Das Gericht wies zugleich eine zweite Beschwerde zurück."
    )
    reject = next(e for e in events(text) if e[0] == "wies")
    assert reject[2] == ["Bundesverfassungsgericht"]


# --- place and modality -----------------------------------------------------------------------------


def test_the_place_of_a_visit_noun_is_the_place_of_the_arrival():
    assert events("Merz ist am Montag zu einem Besuch in Indien eingetroffen.")[0][4] == "Indien"


def test_a_place_near_a_named_town_is_no_place_from_the_sentence_before():
    text = (
        "Kritik kam von der Opposition in Berlin. "
        "Am Dienstag besuchten Merz und Macron den Hafen südlich von Marseille."
    )
    assert next(e for e in events(text) if e[0] == "besuchten")[4] == "Marseille"


def test_a_round_set_for_a_later_day_is_planned_on_that_day():
    doc = chronik.analyze(
        "Die dritte Verhandlungsrunde ist für den 14. März in Potsdam angesetzt.", published="2025-03-13"
    )
    assert [(e.date, e.modality) for e in doc.events] == [("2025-03-14", "planned")]


def test_a_quote_over_two_sentences_still_holds_its_agentless_nouns():
    assert triggers("„Streiks sind ein Grundrecht. Aber sie dürfen nicht alles lahmlegen“, sagte der Minister.") == []


def test_a_quoted_name_part_does_not_make_the_rest_of_the_sentence_a_quote():
    assert ("Unterstützung", "SUPPORT") in triggers("Von der „Tea Party“-Bewegung hat er Unterstützung erhalten.")


def test_no_reason_to_act_negates_the_act():
    found = events("Die Union sehe keinen Grund, Verbote zu erlassen, sagte Merz.")
    assert [(e[0], e[5]) for e in found] == [("Verbote", "negated")]


def test_the_guest_received_is_the_visitor_told_before():
    text = (
        "Bundespräsident Frank-Walter Steinmeier reiste am Montag nach Kenia. "
        "Präsident William Ruto empfing den Gast im Präsidentenpalast."
    )
    host = next(e for e in events(text) if e[0] == "empfing")
    assert host[2] == ["William Ruto"] and host[3] == ["Frank-Walter Steinmeier"]


def test_an_organisation_owning_the_object_sent_is_not_the_recipient():
    found = events("Österreich schickte ein Team des Technischen Hilfswerks mit 40 Einsatzkräften nach Marokko.")
    assert [(e[2], e[3]) for e in found] == [(["Österreich"], ["Marokko"])]


def test_a_meeting_in_a_wo_clause_takes_the_day_of_its_sentence():
    text = (
        "Am Mittwoch soll der Kanzler nach Seoul weiterreisen, wo er mit Präsident Lee Jae-myung zusammentreffen wird."
    )
    doc = chronik.analyze(text, published="2025-03-13")
    assert {e.date for e in doc.events} == {"2025-03-19"}


def test_demonstrators_marching_protest():
    assert triggers("Rund 3000 Demonstranten zogen am Samstag vom Marktplatz zum Rathaus.") == [("zogen", "PROTEST")]


def test_a_platform_a_threat_was_posted_on_is_not_its_target():
    text = (
        "Der Präsident drohte auf seiner Plattform Truth Social mit Zöllen, sollte die EU an ihren Plänen festhalten."
    )
    assert [e[3] for e in events(text)] == [["Europäische Union"]]


def test_the_union_named_with_its_noun_before_is_the_union_later():
    text = (
        "Die Gewerkschaft Verdi hat zum Streik aufgerufen. Die Flughafenbetreiber sagten, die Lufthansa sei "
        "betroffen. Es gab Kritik. Die Gewerkschaft fordert acht Prozent mehr Lohn."
    )
    assert next(e for e in events(text) if e[0] == "fordert")[2] == ["Verdi"]


def test_tariffs_on_a_country_s_goods_target_that_country():
    text = "China exportiert viel in die EU. Die Europäische Union verhängte Zölle auf chinesische Elektroautos."
    sanction = next(e for e in events(text) if e[1] == "SANCTION")
    assert sanction[2:4] == (["Europäische Union"], ["China"])


def test_a_second_verb_after_an_institution_subject_keeps_its_object_as_target():
    # (since the sixth session "die Regierung in Peking" is China's government, a country group: the source)
    found = events("Die Regierung in Peking dementierte den Bericht und beschuldigte die USA der Spionage.")
    accuse = next(e for e in found if e[0] == "beschuldigte")
    assert accuse[2:4] == (["Regierung"], ["Vereinigte Staaten"])
