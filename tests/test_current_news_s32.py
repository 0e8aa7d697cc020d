"""Constructions of German news that the thirty-second session found unread, in the invented current-news audits
(59/60 after their blind read) and the Wikinews gold. Each test uses made-up sentences, read as a short article (a
title line, then the text)."""

from __future__ import annotations

import chronik
from chronik.document import Document
from tests.event_docs import short_news as analyze
from tests.event_docs import short_news_events as events


def test_a_relative_clause_saying_when_a_meeting_ended_dates_the_meeting_and_what_follows() -> None:
    doc = analyze(
        "Die Minister haben sich auf eine Erklärung verständigt. Bei ihrem Treffen in Washington, das am Mittwoch "
        "zu Ende ging, bekannten sich die Staaten zu schnelleren Umschuldungen. Der Finanzminister Scott Bessent "
        "warf China vor, Umschuldungen zu verschleppen."
    )
    assert [(doc.text[e.trigger[0] : e.trigger[1]], e.date) for e in doc.events] == [
        ("verständigt", "2026-11-18"),
        ("Treffen", "2026-11-18"),
        ("warf", "2026-11-18"),  # (to delay debt relief is no abduction)
    ]


def test_a_court_lifting_a_ban_voids_it_an_authority_lifting_its_own_ban_eases() -> None:
    assert events("Das Verwaltungsgericht Chemnitz hob am Donnerstag das Versammlungsverbot auf.") == [
        ("REJECT", ["Verwaltungsgericht Chemnitz"], [])
    ]
    assert [e[0] for e in events("Die Regierung von Sachsen hob am Donnerstag das Versammlungsverbot auf.")] == [
        "RETREAT"
    ]
    # a court lifting an arrest warrant still releases
    assert [e[0] for e in events("Das Landgericht Leipzig hob am Donnerstag den Haftbefehl auf.")] == ["RETREAT"]


def test_calling_a_charge_cheap_or_a_threat_transparent_dismisses_it() -> None:
    text = (
        "Jan Jambon warf den Gewerkschaften vor, sich nicht von der Gewalt zu distanzieren. "
        "Die CSC-Vorsitzende Ann Vermorgen nannte den Vorwurf „billig“."
    )
    assert events(text)[-1][0] == "REJECT"
    text = "Lufthansa-Chef Carsten Spohr drohte mit Klagen. Andreas Pinheiro nannte diese Drohung „durchsichtig“."
    assert events(text)[-1] == ("ACCUSE", ["Andreas Pinheiro"], ["Carsten Spohr"])
    # (cheap is no judgment of an act by itself)
    assert events("Andreas Pinheiro nannte die Tickets billig.") == []


def test_a_warning_addressed_to_a_capital_or_a_party_past_its_article_asks_something_of_it() -> None:
    text = "China hat ein Manöver begonnen. US-Außenminister Marco Rubio warnte Peking vor einer Eskalation."
    assert ("REQUEST", ["Marco Rubio"], ["Peking"]) in events(text)
    assert events("Henning Scherf warnte die CDU vor einem populistischen Wahlkampf.") == [
        ("REQUEST", ["Henning Scherf"], ["CDU"])
    ]
    # a warning to the public of a danger asks nothing
    assert events("Der Wetterdienst warnte die Bevölkerung vor Hochwasser.") == []


def test_a_warning_whose_words_after_a_colon_name_a_price_to_pay_is_a_threat() -> None:
    text = "Benjamin Netanjahu warnte die Hamas: Jeden weiteren Übergriff auf Soldaten werde sie „teuer bezahlen“."
    assert events(text)[0] == ("THREATEN", ["Benjamin Netanjahu"], ["Hamas"])


def test_a_condemned_act_named_again_by_its_own_word_is_that_acts_not_the_latest_of_its_kind() -> None:
    text = (
        "China hat am Samstag mit einem Militärmanöver rund um Taiwan begonnen. Taiwan versetzte seine Streitkräfte "
        "in Alarmbereitschaft. Präsident Lai Ching-te verurteilte das Manöver als „unverantwortliche Provokation“."
    )
    assert events(text)[-1] == ("ACCUSE", ["Lai Ching-te"], ["China"])


def test_a_plural_sie_after_talks_of_two_is_the_pair() -> None:
    text = (
        "Parallel kamen Verteidigungsminister Boris Pistorius und sein japanischer Amtskollege Shinjiro Koizumi "
        "zusammen. Sie vereinbarten gemeinsame Manöver im Pazifik."
    )
    assert events(text)[:2] == [
        ("CONSULT", ["Boris Pistorius", "Shinjiro Koizumi"], []),
        ("AGREE", ["Boris Pistorius", "Shinjiro Koizumi"], []),
    ]
    text = "Merz empfing Macron im Kanzleramt. Sie sprachen über die Ukraine und vereinbarten eine engere Kooperation."
    assert ("AGREE", ["Merz", "Macron"], []) in events(text)


def test_a_surname_before_a_title_is_its_own_person() -> None:
    text = (
        "Die japanische Ministerpräsidentin Sanae Takaichi ist in Berlin eingetroffen. Am Mittwoch traf Takaichi "
        "Bundespräsident Frank-Walter Steinmeier im Schloss Bellevue."
    )
    assert events(text)[-1] == ("CONSULT", ["Sanae Takaichi"], ["Frank-Walter Steinmeier"])


def test_condolences_a_motion_of_bias_boarding_and_patrol_aircraft() -> None:
    assert events("Bundeskanzler Friedrich Merz kondolierte Pedro Sánchez am Donnerstag.") == [
        ("SUPPORT", ["Friedrich Merz"], ["Pedro Sánchez"])
    ]
    assert [e[0] for e in events("Die Verteidigung stellte einen Befangenheitsantrag gegen zwei Richter.")] == [
        "ACCUSE"
    ]
    assert events("Die chinesische Küstenwache enterte am Samstag ein taiwanisches Fischerboot.")[0][0] == "COERCE"
    assert events("Japan verlegte zusätzliche Patrouillenflugzeuge auf die Insel Yonaguni.") == [
        ("MOBILIZE", ["Japan"], [])
    ]


def test_a_motion_for_a_step_named_by_a_zu_infinitive_or_an_injunction_is_a_request() -> None:
    assert [e[0] for e in events("Die Verteidigung beantragte am Montag, das Verfahren auszusetzen.")] == ["REQUEST"]
    text = "Die Lufthansa hatte beim Arbeitsgericht eine einstweilige Verfügung gegen die Gewerkschaft beantragt."
    assert [e[0] for e in events(text)] == ["REQUEST"]
    # a plain motion for a thing is none
    assert events("Die Firma beantragte Kurzarbeit.") == []


def test_backing_received_from_someone_fronted_comes_from_the_von_phrase() -> None:
    text = "Rückendeckung erhielt Boris Pistorius am Donnerstag von Finanzminister Lars Klingbeil."
    assert events(text) == [("SUPPORT", ["Lars Klingbeil"], ["Boris Pistorius"])]


def test_a_persons_name_ends_before_von_and_a_states_genitive() -> None:
    doc = analyze("Lob bekam Finanzminister Lars Klingbeil von Hessens Ministerpräsident Boris Rhein.")
    assert {e.name for e in doc.entities if e.label == "PER"} == {"Lars Klingbeil", "Boris Rhein"}
    # a noble particle before a family name stays in the name
    doc = analyze("Ursula von der Leyen traf am Montag Karl-Theodor zu Guttenberg.")
    assert "Ursula von der Leyen" in {e.name for e in doc.entities}


def test_a_finite_verb_after_und_opens_its_own_clause_after_a_noun_ending_in_t() -> None:
    text = "Friedrich Merz lobte Pedro Sánchez in einem Telefonat und bot die Hilfe des Technischen Hilfswerks an."
    found = events(text)
    assert ("SUPPORT", ["Friedrich Merz"], ["Pedro Sánchez"]) in found
    assert any(e[0] == "AID" for e in found)


def test_an_approval_is_coded_past_an_event_noun_in_a_prepositional_phrase() -> None:
    text = "In einer Sondersitzung billigte der Haushaltsausschuss am Mittwoch den Kauf von 600 Panzern."
    assert "AGREE" in [e[0] for e in events(text)]
    # the approved act's own noun still carries it
    assert [e[0] for e in events("Die Stadt hat die Kundgebung am Montag genehmigt.")].count("AGREE") == 0


def test_an_infinitive_fronted_before_its_modal_is_the_verb() -> None:
    doc = analyze("Unterzeichnen will Boris Pistorius den Vertrag am Freitag in Koblenz.")
    assert [(e.type, e.modality) for e in doc.events] == [("AGREE", "planned")]


def test_a_plural_title_with_a_list_of_state_genitives_is_those_states() -> None:
    text = (
        "Iran reichert Uran an. Die Außenminister Deutschlands, Frankreichs und Großbritanniens forderten Teheran "
        "auf, einzulenken."
    )
    assert ("REQUEST", ["Deutschland", "Frankreich", "Vereinigtes Königreich"], ["Teheran"]) in events(text)


def test_a_von_name_inside_another_nouns_participle_attribute_is_no_agent() -> None:
    text = (
        "Israel setzt seine Angriffe fort. Am Freitag wurden bei einem israelischen Luftangriff nach Angaben der von "
        "der Hamas kontrollierten Gesundheitsbehörde fünf Menschen getötet."
    )
    assert ("ASSAULT", ["Israel"], []) in events(text)
    assert not any("Hamas" in e[1] for e in events(text))


def test_a_second_past_verb_after_a_comma_shares_the_subject_a_closing_frame_does_not() -> None:
    text = (
        "Israel greift Iran an. Bundesaußenminister Johann Wadephul bekräftigte Israels Recht auf Selbstverteidigung, "
        "forderte die Regierung in Jerusalem aber auf, alles zu vermeiden."
    )
    assert events(text)[-1][:2] == ("REQUEST", ["Johann Wadephul"])
    assert events("Die Regierung handelte zu spät, kritisierte die Opposition.")[0][2] == []


def test_a_warning_whose_one_name_after_the_verb_is_its_subject_addresses_no_one() -> None:
    assert events("Bereits während seiner Amtszeit warnte Heinz Kluncker vor den Theorien der Arbeitgeber.") == []
    text = "China übt. Am Montag warnte US-Außenminister Marco Rubio Peking vor einer Eskalation."
    assert events(text) == [("REQUEST", ["Marco Rubio"], ["Peking"])]


def test_an_adjective_after_the_agent_of_a_passive_is_no_attributive_phrase() -> None:
    text = "Dem Mann wird von der Staatsanwaltschaft Innsbruck fahrlässige Tötung vorgeworfen."
    assert events(text) == [("ACCUSE", ["Staatsanwaltschaft Innsbruck"], [])]


def test_withdrawing_support_in_reported_speech_is_a_refusal_made() -> None:
    doc = analyze("Zwei Abgeordnete erklärten am Donnerstag, sie würden die Koalition nicht länger unterstützen.")
    assert [(e.type, e.modality) for e in doc.events] == [("REJECT", "asserted")]
    assert [e[0] for e in events("Die Partei unterstützt die Regierung.")] == ["SUPPORT"]


def test_not_ruling_out_ones_own_attacks_is_a_threat() -> None:
    text = "US-Präsident Donald Trump schloss am Freitag auch Angriffe auf Ziele an Land nicht aus."
    assert events(text) == [("THREATEN", ["Donald Trump"], [])]


def test_a_warning_that_vows_to_defend_every_inch_is_a_threat() -> None:
    text = (
        "Russland droht. Mark Rutte warnte Moskau vor einer Fehleinschätzung: Die Allianz werde „jeden Zentimeter“ "
        "ihres Gebiets verteidigen."
    )
    assert ("THREATEN", ["Mark Rutte"], ["Moskau"]) in events(text)


def test_a_demand_of_one_who_talked_that_day_is_of_that_day_a_paragraphs_on() -> None:
    doc = chronik_article(
        "Irans Außenminister Abbas Araghtschi und der US-Sondergesandte Steve Witkoff verhandelten am Montag in "
        "Maskat.\n\nNach Angaben aus Delegationskreisen verlangte Witkoff, dass Teheran die Anreicherung einstellt. "
        "Trump drohte am Dienstag mit neuen Sanktionen."
    )
    assert {doc.text[e.trigger[0] : e.trigger[1]]: e.date for e in doc.events}["verlangte"] == "2026-11-02"


def chronik_article(text: str) -> Document:
    """``text`` as the body of an article published on Tuesday 2026-11-03, under a title."""
    return chronik.analyze("Atomgespräche ohne Durchbruch\n\n" + text, published="2026-11-03")


def test_an_act_told_in_a_dispute_with_someone_is_aimed_at_them() -> None:
    text = "Die US-Regierung hat im Konflikt mit dem Iran auch militärische Mittel nicht ausgeschlossen."
    assert events(text) == [("THREATEN", ["US-Regierung"], ["Iran"])]
    # a dispute in an apposition describes the subject
    text = "Kolumbiens Präsident Gustavo Petro, selbst im Konflikt mit Trump, rief beide Regierungen zum Dialog auf."
    assert events(text)[0][2] == []


def test_a_charge_after_a_family_name_is_no_part_of_the_name() -> None:
    assert events("Die Grünen warfen Friedrich Merz Wortbruch vor.") == [
        ("ACCUSE", ["Bündnis 90/Die Grünen"], ["Friedrich Merz"])
    ]
    # a family name after a first name stays
    doc = analyze("Die Grünen unterstützen die Kandidatur von Walter Hoffmann.")
    assert "Walter Hoffmann" in {e.name for e in doc.entities}


def test_a_thing_hit_in_the_passive_is_an_attack_a_decision_taken_is_none() -> None:
    text = "Russland griff in der Nacht an. Auch in Charkiw und Odessa wurden Energieanlagen getroffen."
    assert [e[0] for e in events(text)] == ["ASSAULT", "ASSAULT"]
    assert events("Die Entscheidung wurde am Montag getroffen.") == []


def test_people_taken_off_roofs_by_rescuers_are_rescued() -> None:
    text = "In der Provinz Messina holten Einsatzkräfte in der Nacht 23 Menschen von den Dächern ihrer Häuser."
    assert [e[0] for e in events(text)] == ["AID"]


def test_tariffs_on_goods_from_a_union_of_states_aim_at_the_union() -> None:
    assert events("China verhängte am Montag Zölle auf Schweinefleisch aus der EU.") == [
        ("SANCTION", ["China"], ["Europäische Union"])
    ]


def test_a_capital_inverted_after_the_auxiliary_announces_the_noun_after_it() -> None:
    text = (
        "Die EU erhebt Zölle auf Autos aus China. Bereits am Montagabend hatte Peking Antidumpingzölle auf "
        "Schweinefleisch aus der EU angekündigt."
    )
    assert events(text)[-1] == ("SANCTION", ["Peking"], ["Europäische Union"])


def test_a_crowd_marching_through_a_city_protests_a_carnival_crowd_does_not() -> None:
    text = "In Brüssel zogen am Vormittag rund 60.000 Menschen vom Nordbahnhof zum Südbahnhof."
    assert [e[0] for e in events(text)] == ["PROTEST"]
    assert events("Tausende Menschen zogen durch die Innenstadt, um den Karneval zu feiern.") == []


def test_what_hits_someone_above_all_affects_them_and_is_no_meeting() -> None:
    assert events("Sie warnte vor einem Handelskrieg, der vor allem deutsche Hersteller treffen werde.") == []
    assert [e[0] for e in events("Friedrich Merz traf am Montag Vertreter der Autohersteller.")] == ["CONSULT"]


def test_a_known_organisation_in_a_region_is_the_organisation_in_that_region() -> None:
    doc = analyze("Die israelische Armee teilte mit, sie habe Ziele der Hisbollah im Südlibanon angegriffen.")
    assert {e.name: e.label for e in doc.entities}.get("Hisbollah") == "ORG"
    assert events("Die israelische Armee teilte mit, sie habe Ziele der Hisbollah im Südlibanon angegriffen.") == [
        ("ASSAULT", ["israelische Armee"], ["Hisbollah"])
    ]


def test_a_states_adjective_before_its_controls_or_measures_names_their_author() -> None:
    text = (
        "China beschränkt die Ausfuhr seltener Erden. Friedrich Merz kritisierte die chinesischen Exportkontrollen "
        "als „wirtschaftliches Druckmittel“."
    )
    assert events(text)[-1] == ("ACCUSE", ["Friedrich Merz"], ["China"])


def test_raids_and_some_counted_federal_states_are_no_actors() -> None:
    text = (
        "Der Angeklagte Harald K. soll den Umsturz geplant haben. Spezialkräfte der Polizei hatten ihn im Februar "
        "bei Razzien in drei Bundesländern festgenommen."
    )
    doc = analyze(text)
    assert {e.name for e in doc.entities} == {"Harald K."}
    assert events(text)[-1][2] == ["Harald K."]
    # the states as one group still act
    assert events("Bund und Länder einigten sich am Montag.")[0][1] == ["Bund", "Bundesländer"]


def test_a_resolution_adopted_demands_what_its_relative_clause_demands() -> None:
    text = "Der UN-Sicherheitsrat verabschiedete eine Resolution, die eine sofortige Waffenruhe fordert."
    assert events(text) == [("REQUEST", ["UN-Sicherheitsrat"], [])]
    # a text rejected demands nothing of the one who rejects it
    assert [e[0] for e in events("Die USA lehnen jede Resolution ab, die eine Waffenruhe fordert.")] == ["REJECT"]


def test_chaos_compounds_anti_adjectives_and_a_cold_expropriation_are_labels_of_disapproval() -> None:
    for label in ("einem „Kabinett im Chaosmodus“", "einer „antirussischen Kampagne“", "einer „kalten Enteignung“"):
        assert [e[0] for e in events(f"Die Opposition sprach am Montag von {label}.")] == ["ACCUSE"]
    # chaos alone describes a situation
    assert events("Die Polizei sprach von Chaos auf den Straßen.") == []


def test_a_main_clause_after_an_als_clause_takes_that_clauses_day() -> None:
    doc = analyze(
        "Bei Protesten ist die Polizei in Belgrad gegen Demonstrierende vorgegangen. Als eine Gruppe am Mittwochabend "
        "versuchte, die Absperrungen zu durchbrechen, setzten Einheiten der Gendarmerie Tränengas ein."
    )
    dates = {doc.text[e.trigger[0] : e.trigger[1]]: e.date for e in doc.events}
    assert dates["setzten"] == "2026-11-18"
