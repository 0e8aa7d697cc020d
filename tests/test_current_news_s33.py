"""Constructions of German news that the thirty-third session found unread, in the invented current-news audits
(61/62 after their blind read) and the Wikinews gold. Each test uses made-up sentences, read as a short article (a
title line, then the text), published on Friday 2026-11-20."""

from __future__ import annotations

import chronik
from chronik.eval.realnews import _date_right
from tests.event_docs import group_texts
from tests.event_docs import short_news as analyze
from tests.event_docs import short_news_events as events


def test_a_strong_preterite_after_a_fronted_adverb_is_the_finite_verb() -> None:
    doc = analyze("Kurz darauf nahmen Spezialkräfte zwei bewaffnete Männer fest.")
    assert [e.type for e in doc.events] == ["COERCE"]
    assert group_texts(doc, "nahmen") == (["Spezialkräfte"], ["zwei bewaffnete Männer"])


def test_a_coast_guard_rescuing_survivors_gives_aid() -> None:
    assert events("Die griechische Küstenwache rettete 94 Überlebende aus dem Wasser.")[0][0] == "AID"


def test_systems_of_a_named_type_delivered_are_military_aid() -> None:
    text = "Pistorius kündigte an, Deutschland werde der Ukraine zwei weitere Systeme vom Typ Iris-T liefern."
    assert events(text) == [("AID", ["Deutschland"], ["Ukraine"])]


def test_speaking_of_a_label_with_mit_inside_it_is_no_talk() -> None:
    assert events("Linken-Chefin Ines Schwerdtner sprach von einer „Rentenkürzung mit Ansage“.") == []
    assert events("Bundeskanzler Friedrich Merz sprach am Montag mit Emmanuel Macron.") == [
        ("CONSULT", ["Friedrich Merz"], ["Emmanuel Macron"])
    ]


def test_calling_a_person_an_arsonist_accuses_calling_a_country_the_backbone_praises() -> None:
    text = "Die Zeitung „Global Times“ nannte Trump in einem Kommentar einen „Brandstifter“."
    assert events(text) == [("ACCUSE", ["Global Times"], ["Trump"])]
    text = "Nato-Generalsekretär Mark Rutte nannte Deutschland das „Rückgrat der konventionellen Verteidigung Europas“."
    assert events(text) == [("SUPPORT", ["Mark Rutte"], ["Deutschland"])]


def test_tariffs_ordered_are_a_sanction_and_solar_modules_are_no_organisation() -> None:
    doc = analyze("US-Präsident Donald Trump ordnete am Montag Zölle auf Elektroautos, Batterien und Solarmodule an.")
    assert [(e.type, doc.text[e.trigger[0] : e.trigger[1]]) for e in doc.events] == [("SANCTION", "Zölle")]
    assert [e.name for e in doc.entities] == ["Donald Trump"]


def test_putting_companies_on_a_list_of_unreliable_ones_sanctions_them() -> None:
    doc = analyze("Außerdem setzte die Behörde zwölf US-Rüstungsfirmen auf ihre Liste „unzuverlässiger Unternehmen“.")
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_flying_into_a_capital_or_setting_out_for_a_country_is_a_visit_a_holiday_is_not() -> None:
    text = "Gestern flog die stellvertretende Außenministerin Jendayi Frazer in die sudanesische Hauptstadt Khartum."
    assert events(text) == [("CONSULT", ["Jendayi Frazer"], [])]
    assert events("EU-Kommissar Louis Michel brach am Montag zu einer Mission nach Myanmar auf.") == [
        ("CONSULT", ["Louis Michel"], [])
    ]
    assert events("Bundeskanzler Friedrich Merz flog am Abend in den Urlaub.") == []
    assert events("Die Truppen brachen am Morgen nach Norden auf.") == []


def test_a_relief_team_flown_out_is_aid_by_the_organisation_whose_team_it_is() -> None:
    text = (
        "Aus Deutschland flog am Samstagabend ein Team des Technischen Hilfswerks (THW) mit 52 Einsatzkräften "
        "in die Türkei."
    )
    assert events(text) == [("AID", ["Technisches Hilfswerk"], ["Türkei"])]
    # a team sent by someone named before the verb stays the sender's
    text = "Am Samstag schickte Deutschland ein Team des Technischen Hilfswerks (THW) in die Türkei."
    assert events(text) == [("AID", ["Deutschland"], ["Türkei"])]


def test_the_early_morning_hours_a_paragraph_on_lie_on_the_day_of_the_story() -> None:
    doc = analyze(
        "Bei Protesten in Magdeburg hat die Polizei am Mittwoch 31 Menschen festgenommen.\n\n"
        "Bereits in den frühen Morgenstunden hatten Demonstranten die Straßen blockiert."
    )
    assert [(doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events] == [
        ("Protesten", "2026-11-18"),
        ("festgenommen", "2026-11-18"),
        ("blockiert", "2026-11-18"),
    ]


def test_a_charge_made_in_an_opening_speech_is_on_the_day_of_the_occasion_not_a_reaction() -> None:
    def accusation_day(speech: str) -> str | None:
        doc = analyze(
            "Bei Protesten gegen den Parteitag der AfD hat die Polizei am Mittwoch 31 Menschen festgenommen.\n\n"
            f"AfD-Chefin Alice Weidel warf den Demonstranten {speech}vor, die Freiheit zu missachten.\n\n"
            "Für Freitag hat das Bündnis erneut Proteste angekündigt."
        )
        return next(e.date for e in doc.events if e.type == "ACCUSE")

    assert accusation_day("in ihrer Eröffnungsrede ") == "2026-11-18"
    # told a paragraph on, with no occasion, it is a reaction on the report's day
    assert accusation_day("") == "2026-11-20"


def test_a_week_or_weekend_is_scored_right_where_the_gold_gives_its_first_and_last_day() -> None:
    assert _date_right(["2026-11-07", "2026-11-08", ""], "2026-W45-WE")
    assert _date_right(["2026-11-16", "2026-11-22", ""], "2026-W47")
    # one end alone, or a day inside the span, is not the span
    assert not _date_right(["2026-11-16", ""], "2026-W47")
    assert not _date_right(["2026-11-21"], "2026-W47-WE")
    assert not _date_right(["2026-11-16", "2026-11-22"], "2026-11-18")


def test_a_street_named_after_a_date_is_no_date() -> None:
    doc = analyze("Am Mittwoch blockierten Landwirte die Straße des 17. Juni und den Platz des 4. Juli.")
    assert [t.text for t in doc.timexes] == ["Mittwoch"]


def test_a_weak_preterite_after_a_place_phrase_with_a_name_is_the_story_day_not_a_background_day() -> None:
    doc = analyze(
        "Tausende Landwirte haben am Mittwoch die Berliner Innenstadt lahmgelegt. Angemeldet worden war die "
        "Kundgebung bereits vergangenen Freitag.\n\n"
        "Auf der Stadtautobahn A100 stoppten Einsatzkräfte am Vormittag einen Konvoi. Am Nachmittag empfing "
        "Bundeslandwirtschaftsminister Alois Rainer eine Delegation der Bauern."
    )
    assert [(t.text, t.value) for t in doc.timexes][2:] == [
        ("Vormittag", "2026-11-18TMO"),
        ("Nachmittag", "2026-11-18TAF"),
    ]


def test_a_paragraph_opened_by_a_dated_incident_dates_the_past_perfect_that_tells_it() -> None:
    doc = analyze(
        "Die KFOR hat ihre Präsenz verstärkt, teilte das Kommando am Donnerstag mit.\n\n"
        "Auslöser war ein Zwischenfall in der Nacht zum Mittwoch. Nach Darstellung der Polizei hatten Unbekannte das "
        "Feuer auf eine Streife eröffnet. Die Beamten erwiderten das Feuer."
    )
    assert [(doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events][1:] == [
        ("eröffnet", "2026-11-18"),
        ("erwiderten", "2026-11-18"),
    ]


def test_what_a_colon_opens_is_on_the_day_of_the_act_before_it() -> None:
    doc = analyze(
        "Ein Misstrauensantrag der Linkspartei scheiterte am Montagabend knapp: Für den Antrag stimmten "
        "279 Abgeordnete."
    )
    assert [(doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events] == [("stimmten", "2026-11-16")]


def test_a_reported_perfect_after_a_past_perfect_day_is_back_on_the_story_day() -> None:
    doc = analyze(
        "Ein Misstrauensantrag scheiterte am Montagabend. Die Abgeordneten der PS enthielten sich, nachdem Lecornu "
        "ihnen am Sonntag in einem Brief zugesichert hatte, die Reform auszusetzen.\n\n"
        "Aus dem Élysée-Palast hieß es, der Präsident habe Lecornu am späten Abend empfangen."
    )
    assert [(t.text, t.value) for t in doc.timexes][-1] == ("späten Abend", "2026-11-16TEV")


def test_the_release_of_the_two_men_demanded_is_not_that_of_the_speaker_and_the_one_before() -> None:
    text = (
        "Es handle sich um serbische Jäger, erklärte der Leiter des Kosovo-Büros, Petar Petković. Präsident Aleksandar "
        "Vučić warf der Regierung in Pristina vor, „bewusst einen Konflikt zu provozieren“, und verlangte die "
        "Freilassung der beiden Männer."
    )
    assert events(text)[-1] == ("REQUEST", ["Aleksandar Vučić"], [])


def test_a_statement_made_in_answer_to_the_act_just_told_is_no_reaction_on_the_report_day() -> None:
    def charge_day(adverb: str) -> str | None:
        doc = analyze(
            "Ein Misstrauensantrag der Linken scheiterte am Montagabend knapp.\n\n"
            f"Die Linke warf der Regierung {adverb}vor, das Parlament zu umgehen.\n\n"
            "Für Freitag hat die Regierung erneut Gespräche angekündigt."
        )
        return next(e.date for e in doc.events if e.type == "ACCUSE")

    assert charge_day("daraufhin ") == "2026-11-16"
    assert charge_day("") == "2026-11-20"  # (a reaction a paragraph on, with no answer word)


def test_talks_invited_to_by_a_second_verb_are_convened_by_the_first_verbs_subject() -> None:
    text = (
        "Premierminister Sébastien Lecornu rief die Parteien zu einem Pakt auf und lud die Fraktionsvorsitzenden "
        "für Montag zu Gesprächen ein."
    )
    assert events(text)[-1] == ("CONSULT", ["Sébastien Lecornu"], [])


def test_police_stopping_a_march_coerce_and_farmers_tipping_manure_protest() -> None:
    doc = analyze("Bereits vor dem Spiel hatten Beamte einen Fanmarsch der Gästeanhänger am Hauptbahnhof gestoppt.")
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = analyze("In Toulouse kippten Landwirte zudem Mist vor der Präfektur ab.")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_celebrating_a_decision_as_a_victory_praises_it_a_birthday_is_no_act() -> None:
    text = "Der Vorsitzende der Freien Sachsen, Martin Kohlmann, feierte den Beschluss als „Sieg für die Freiheit“."
    assert events(text) == [("SUPPORT", ["Martin Kohlmann"], [])]
    assert events("Martin Kohlmann feierte am Montag seinen Geburtstag als Fest für die Familie.") == []
    # (nor a team celebrating its way into the finals: "Finals" only ends in "als")
    assert (
        events("Die Cleveland Cavaliers konnten mit einem Sieg den Einzug in die NBA Conference Finals feiern.") == []
    )


def test_a_warships_quoted_name_is_a_ship_and_its_transit_a_show_of_force() -> None:
    doc = analyze("Die US-Marine teilte mit, der Zerstörer „USS Ralph Johnson“ habe die Meerenge durchquert.")
    assert [(e.name, e.label) for e in doc.entities] == [("US-Marine", "ORG"), ("USS Ralph Johnson", "MISC")]
    assert [e.type for e in doc.events] == ["MOBILIZE"]


def test_a_rescue_team_setting_out_or_a_plane_flying_on_is_no_visit() -> None:
    assert events("Die Rettungsmannschaften sind sofort nach Bekanntwerden des Absturzes aufgebrochen.") == []
    text = "Das Flugzeug war in Pucallpa abgestürzt. Es sollte von dort in die Stadt Iquitos fliegen."
    assert [e[0] for e in events(text)] == []


def test_a_side_scene_besides_the_datelines_town_holds_for_its_paragraph_only() -> None:
    doc = chronik.analyze(
        "Bauernprotest\nParis (AFP) - Tausende Landwirte haben am Mittwoch mehrere Autobahnen rund um Paris "
        "blockiert. In Toulouse kippten Landwirte zudem Mist vor der Präfektur ab.\n\n"
        "Am Nachmittag empfing Premierminister Sébastien Lecornu eine Delegation der Verbände im Hôtel Matignon.",
        published="2026-11-20",
    )
    names = {e.id: e.name for e in doc.entities}
    assert [(doc.text[e.trigger[0] : e.trigger[1]], names.get(e.place or "")) for e in doc.events] == [
        ("blockiert", "Paris"),
        ("kippten", "Toulouse"),
        ("empfing", "Paris"),
    ]


def test_ordering_the_number_of_police_doubled_deploys_and_das_after_reported_speech_is_what_was_said() -> None:
    assert events("Zugleich ordnete Albin Kurti an, die Zahl der Polizisten an der Grenze zu verdoppeln.") == [
        ("MOBILIZE", ["Albin Kurti"], [])
    ]
    text = "Überlebende berichteten, die Küstenwache habe das Boot abgedrängt. Die Küstenwache wies das zurück."
    assert [e[0] for e in events(text)] == ["REJECT"]


def test_an_act_called_a_step_to_militarisation_is_disapproved() -> None:
    text = "Kremlsprecher Dmitri Peskow bezeichnete das Abkommen als „weiteren Schritt zur Militarisierung Europas“."
    assert events(text) == [("ACCUSE", ["Dmitri Peskow"], [])]


def test_speaking_of_a_victory_or_a_clear_signal_praises_a_victory_of_a_lobby_over_reason_does_not() -> None:
    text = "Die Koordinatorin Miriam Thelen sprach nach dem Urteil von einem „Sieg für die Grundrechte aller“."
    assert events(text) == [("SUPPORT", ["Miriam Thelen"], [])]
    text = "Franz Müntefering sprach von einem Riesenerfolg für Gerhard Schröder und die SPD."
    assert events(text) == [("SUPPORT", ["Franz Müntefering"], ["Gerhard Schröder", "SPD"])]
    assert events("Die Opposition sprach von einem Sieg der Lobby über die Vernunft.") == []


def test_the_waters_a_warship_passes_are_its_place_not_its_sender() -> None:
    doc = analyze("Am Freitag durchquerte der Lenkwaffenzerstörer „USS Ralph Johnson“ die Taiwanstraße.")
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, e.source, names.get(e.place or "")) for e in doc.events] == [("MOBILIZE", [], "Taiwanstraße")]
