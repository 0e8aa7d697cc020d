"""Constructions of German news that the thirty-first session found unread, in the Wikinews gold and in the invented
current-news audits. Each test uses made-up sentences, read as a short article (a title line, then the text)."""

from __future__ import annotations

from tests.event_docs import short_news as analyze
from tests.event_docs import short_news_events as events


def test_envoys_with_the_bare_genitives_of_countries_act_for_those_countries() -> None:
    text = "Am Mittwoch haben Vertreter Israels und des Libanons in Nakura über eine Waffenruhe verhandelt."
    assert events(text) == [("CONSULT", ["Israel", "Libanon"], [])]
    # a genitive after a title only says whose title it is: the named holder acts
    text = "Der Außenminister Israels, Gideon Saar, traf am Mittwoch den Präsidenten des Libanons."
    assert events(text)[0][1] == ["Gideon Saar"]


def test_a_small_town_after_a_compound_of_ort_is_a_place() -> None:
    doc = analyze("Israel und der Libanon haben am Mittwoch in dem Grenzort Nakura verhandelt.")
    places = {e.id: e.name for e in doc.entities if e.label == "LOC"}
    assert [places.get(e.place) for e in doc.events] == ["Nakura"]
    # a noun that merely ends in "ort" announces no place
    assert not any(e.name == "Nakura" for e in analyze("Der Export Nakura wuchs im Oktober stark.").entities)


def test_both_sides_after_talks_of_three_are_the_two_the_host_met() -> None:
    text = (
        "Pete Hegseth und Margarita Robles sind Minister. Mark Rutte kam am Nachmittag mit Hegseth und Robles zu "
        "einem Gespräch zusammen. Boris Pistorius rief beide Seiten zur Mäßigung auf."
    )
    assert ("REQUEST", ["Boris Pistorius"], ["Pete Hegseth", "Margarita Robles"]) in events(text)


def test_both_sides_are_never_a_persons_bracketed_party() -> None:
    text = (
        "Bundeskanzler Friedrich Merz (CDU) ist in Indien. Nach einem Treffen mit Premierminister Narendra Modi "
        "unterzeichneten beide am Dienstag elf Abkommen. Zudem verständigten sich beide Seiten darauf, gemeinsam "
        "U-Boote zu bauen."
    )
    agreed = [e for e in events(text) if e[0] == "AGREE"][-1]
    assert "CDU" not in agreed[1] + agreed[2]
    assert set(agreed[1] + agreed[2]) == {"Friedrich Merz", "Narendra Modi"}


def test_both_delegations_with_no_two_people_named_are_the_two_states() -> None:
    text = (
        "Vertreter Israels und des Libanons haben am Mittwoch in Nakura verhandelt. Zu einer Einigung kam es nicht. "
        "Beide Delegationen vereinbarten jedoch, die Gespräche fortzusetzen."
    )
    assert ("AGREE", ["Israel", "Libanon"], []) in events(text)


def test_a_deputy_title_after_a_party_is_no_actor_of_its_own() -> None:
    text = "Grünen-Fraktionsvize Konstantin von Notz warf der Bundesregierung vor, das Gesetz verschleppt zu haben."
    # (to drag out a law is no abduction)
    assert events(text) == [("ACCUSE", ["Konstantin von Notz"], ["Bundesregierung"])]


def test_binding_another_to_act_is_coercion_binding_oneself_a_pledge() -> None:
    assert [e[:2] for e in events("Der Senat verpflichtete den Gesetzgeber, die Regelung nachzubessern.")] == [
        ("COERCE", ["Senat"])
    ]
    assert [e[0] for e in events("Frankreich verpflichtete sich, die Truppen abzuziehen.")] == ["AGREE"]


def test_offered_relief_is_aid() -> None:
    assert events("Überraschend bot zudem die Türkei zwei Löschhubschrauber an.") == [("AID", ["Türkei"], [])]
    # an offer to customers is commerce
    assert events("Die Firma bot ihren Kunden neue Tarife an.") == []


def test_ruling_out_early_elections_is_a_refusal() -> None:
    assert [e[0] for e in events("Der Präsident schloss vorgezogene Neuwahlen kategorisch aus.")] == ["REJECT"]


def test_speaking_for_a_treaty_is_support_asking_for_consent_a_request() -> None:
    assert events("Bundeskanzler Friedrich Merz warb erneut für den Vertrag.") == [("SUPPORT", ["Friedrich Merz"], [])]
    assert [e[0] for e in events("Friedrich Merz warb im Bundestag um Zustimmung.")] == ["REQUEST"]
    assert events("Die Firma wirbt mit günstigen Preisen für ihre Produkte.") == []


def test_ordered_patrols_and_moved_jets_are_deployments() -> None:
    text = "Innenminister Marcin Kierwiński ordnete zusätzliche Patrouillen entlang der Oder an."
    assert [e[0] for e in events(text)] == ["MOBILIZE"]
    text = "Boris Pistorius kündigte an, im Frühjahr vier Eurofighter nach Polen zu verlegen."
    assert [e[0] for e in events(text)] == ["MOBILIZE"]


def test_the_person_in_the_genitive_of_an_aide_subject_is_no_target() -> None:
    text = (
        "Der französische Präsident Emmanuel Macron steht unter Druck. Neuwahlen schloss ein Berater des "
        "Präsidenten kategorisch aus."
    )
    # (nor the speaker: the unnamed aide speaks, the twenty-sixth session's convention)
    assert events(text) == [("REJECT", [], [])]
    # whom an aide is criticised for is no actor of the criticism
    text = "Präsident Emmanuel Macron steht unter Druck. Jordan Bardella kritisierte einen Berater des Präsidenten."
    assert events(text)[0][1] == ["Jordan Bardella"]


def test_staff_of_an_office_after_the_passives_von_are_the_office_acting() -> None:
    text = "Der Mann wurde von Beamten des Unterstützungskommandos (USK) festgenommen."
    assert [e[:2] for e in events(text)] == [("COERCE", ["USK"])]
    # staff who undergo the act stay its target side
    assert [e[1] for e in events("Zwei Beamte des Zollamts Köln wurden festgenommen.")] == [[]]


def test_where_an_announced_complaint_is_filed_is_not_whom_it_is_against() -> None:
    text = "Die Anwältin der Aktivisten, Lena Voigt, kündigte Beschwerde beim Landgericht Landshut an."
    assert events(text) == [("REJECT", ["Lena Voigt"], [])]


def test_any_compound_of_strafe_imposed_is_coercion() -> None:
    text = "Die EU-Kommission hat eine Milliardenstrafe gegen einen US-Internetkonzern verhängt."
    assert [e[:2] for e in events(text)] == [("COERCE", ["EU-Kommission"])]


def test_placebos_madhouses_and_gifts_at_others_cost_are_labels_of_disapproval() -> None:
    for text in (
        "Arbeitgeberpräsident Rainer Dulger nannte das Gesetz „ein teures Geschenk auf Kosten der Betriebe“.",
        "Bauernpräsident Joachim Rukwied nannte die Zusagen „Beruhigungspillen“.",
        "Edelgard Bulmahn nannte das Gerangel um die Reform „ein Stück aus dem Tollhaus“.",
    ):
        assert [e[0] for e in events(text)] == ["ACCUSE"], text
    assert events("Der Minister sprach von einer erfolgreichen Impfkampagne.") == []


def test_a_state_of_being_obliged_is_no_act_of_obliging() -> None:
    text = "Nach dem Urteil ist die Bundesregierung verpflichtet, vor einem Einsatz den Bundestag zu fragen."
    assert [e[0] for e in events(text) if e[0] == "COERCE"] == []


def test_a_kind_of_road_is_no_place_name() -> None:
    doc = analyze("Israelische Kampfflugzeuge bombardierten am Abend die Hauptverbindungsstraße im Gazastreifen.")
    assert [e.name for e in doc.entities] == ["Gazastreifen"]


def test_whom_a_meeting_noun_is_invited_to_is_its_other_party() -> None:
    text = "Dietmar Woidke hat die BSW-Spitze zu einem Krisengespräch in die Staatskanzlei eingeladen."
    assert events(text) == [("CONSULT", ["Dietmar Woidke"], ["Bündnis Sahra Wagenknecht"])]


def test_a_partys_leadership_compound_is_the_party() -> None:
    assert events("Friedrich Merz traf am Montag die CDU-Führung.") == [("CONSULT", ["Friedrich Merz"], ["CDU"])]


def test_covering_a_country_with_attacks_is_an_assault_by_the_subject() -> None:
    text = "Russland hat die Ukraine in der Nacht mit einem der schwersten Luftangriffe seit Wochen überzogen."
    assert events(text) == [("ASSAULT", ["Russland"], ["Ukraine"])]
    assert events("Der Minister hat sein Konto überzogen.") == []


def test_a_country_adjective_before_weapons_names_the_attacking_state() -> None:
    text = "Die Ukraine wehrt sich. Ukrainische Drohnen trafen eine Ölraffinerie in der Region Krasnodar."
    assert [e[:2] for e in events(text)] == [("ASSAULT", ["Ukraine"])]


def test_the_sides_of_an_appeal_are_those_of_a_clash_not_of_a_comment_before_it() -> None:
    text = (
        "Die Gewerkschaft Verdi streikt an den Unikliniken. Gerald Gaß warf Verdi vor, den Konflikt auf dem Rücken "
        "der Kranken auszutragen. Eugen Brysch forderte beide Seiten auf, sich zu einigen."
    )
    assert ("REQUEST", ["Eugen Brysch"], []) in events(text)


def test_officials_of_two_states_in_a_clash_stand_for_their_states_as_sides() -> None:
    text = (
        "Israel und Iran liefern sich einen Schlagabtausch. Israels Verteidigungsminister Israel Katz drohte Teheran "
        "mit Vergeltung. UN-Generalsekretär António Guterres rief beide Seiten zu Zurückhaltung auf."
    )
    assert ("REQUEST", ["António Guterres"], ["Israel", "Iran"]) in events(text)


def test_who_announces_coming_to_talks_takes_part_in_them() -> None:
    text = "Chinas Außenminister Wang Yi kündigte an, im kommenden Frühjahr zu Gesprächen nach Berlin zu kommen."
    assert [e[:2] for e in events(text)] == [("CONSULT", ["Wang Yi"])]


def test_the_leaders_of_two_parties_act_for_those_parties() -> None:
    text = "Nach wochenlangem Streit haben sich die Spitzen von Union und SPD in der Nacht auf den Haushalt geeinigt."
    assert events(text) == [("AGREE", ["Union", "SPD"], [])]


def test_a_pause_in_the_fighting_agreed_with_a_party_and_street_battles() -> None:
    assert events("Israel hat eine Feuerpause mit der Hamas vereinbart.") == [("AGREE", ["Israel"], ["Hamas"])]
    assert [e[0] for e in events("Demonstranten lieferten sich Straßenschlachten mit der Polizei.")] == ["PROTEST"]


def test_the_agent_in_a_participle_phrase_that_carries_the_event_out() -> None:
    text = "Die von der EU verhängten Sanktionen treffen vor allem die Energiebranche."
    assert events(text) == [("SANCTION", ["Europäische Union"], [])]
    assert events("Die von Verdi organisierte Kundgebung zog 5000 Menschen an.")[0][:2] == ("PROTEST", ["Verdi"])
    # a participle that acts on the event is no agent of it
    text = "Die von der Polizei Berlin aufgelöste Demonstration richtete sich gegen Mieterhöhungen."
    assert [e[1] for e in events(text) if e[0] == "PROTEST"] == [[]]


def test_a_reported_arrest_is_not_the_reporters() -> None:
    text = "Ein Sprecher des Auswärtigen Amts bestätigte die Festnahme eines Deutschen in Moskau."
    assert events(text) == [("COERCE", [], [])]


def test_released_prisoners_and_hostages() -> None:
    assert events("Im Gegenzug entließ Israel 200 palästinensische Häftlinge.")[0][:2] == ("RETREAT", ["Israel"])


def test_a_condition_opening_the_sentence_names_whom_the_step_is_aimed_at() -> None:
    text = "Sollte Iran die Urananreicherung fortsetzen, werde man Sanktionen verhängen, sagte Emmanuel Macron."
    assert events(text) == [("THREATEN", ["Emmanuel Macron"], ["Iran"])]


def test_a_current_figure_in_the_saxon_genitive_is_named_without_its_s() -> None:
    for text, name in (
        ("Putins Besuch in Berlin wurde abgesagt.", "Putin"),
        ("Auch Selenskyjs Rede wurde kritisiert.", "Selenskyj"),
        ("Donald Trumps Zölle belasten Europa.", "Donald Trump"),
    ):
        doc = analyze(text)
        people = [e for e in doc.entities if e.label == "PER"]
        assert [e.name for e in people] == [name], text
        # the mention spans the whole word, as NER gold does
        start, end = people[0].mentions[0]
        assert doc.text[start:end].endswith("s")


def test_plots_and_meddling_are_labels_of_disapproval() -> None:
    text = "Die Nachrichtenagentur KCNA nannte die Berliner Erklärung ein „gefährliches Komplott“."
    assert [e[:2] for e in events(text)] == [("ACCUSE", ["KCNA"])]


def test_a_comma_between_two_adjectives_inside_a_quotation_opens_no_clause() -> None:
    text = (
        "Merz telefonierte mit Macron. Beide hätten sich auf eine „gemeinsame, geschlossene Antwort Europas“ "
        "verständigt, teilte ein Regierungssprecher mit."
    )
    assert ("AGREE", ["Merz", "Macron"], []) in events(text)


def test_a_blocked_place_is_where_and_the_blockers_agent_phrase_is_the_blockades() -> None:
    doc = analyze("Nach der Blockade des Münchner Flughafens durch Greenpeace wurden 20 Menschen festgenommen.")
    names = {e.id: e.name for e in doc.entities}
    got = [(e.type, [names[i] for i in e.source], [names[i] for i in e.target], names.get(e.place)) for e in doc.events]
    assert got == [
        ("PROTEST", ["Greenpeace"], [], "Münchner Flughafen"),
        ("COERCE", [], [], "Münchner Flughafen"),
    ]


def test_a_country_adjective_opening_a_sentence_is_no_place() -> None:
    doc = analyze("Russische Truppen haben nach ukrainischen Angaben das Dorf Nowopawliwka erobert.")
    assert "Russische" not in [e.name for e in doc.entities]


def test_whom_cut_aid_was_for_also_after_an_article() -> None:
    assert events("Die USA haben die Hilfe für die Ukraine gekürzt.") == [
        ("SANCTION", ["Vereinigte Staaten"], ["Ukraine"])
    ]


def test_both_after_a_meeting_with_a_named_person_are_that_person_and_the_one_before() -> None:
    text = (
        "Friedrich Merz ist in Indien. Nach einem Treffen mit Premierminister Narendra Modi unterzeichneten beide "
        "am Dienstag elf Abkommen."
    )
    assert ("AGREE", ["Friedrich Merz", "Narendra Modi"], []) in events(text)


def test_whether_a_meeting_comes_about_is_an_open_question() -> None:
    doc = analyze("Ob es zu einem Treffen mit Selenskyj kommt, ist offen.")
    assert [e.modality for e in doc.events] == ["hypothetical"]


def test_an_earlier_act_of_the_same_type_in_a_phrase_of_time_is_its_own_event() -> None:
    text = "Die Junge Gruppe hat ihren Widerstand nach Zugeständnissen der SPD aufgegeben."
    assert [e[:2] for e in events(text)] == [("CONCEDE", ["SPD"]), ("CONCEDE", [])]


def test_a_phrase_inside_an_adjective_before_a_title_governs_no_name() -> None:
    text = "Die für Krisenmanagement zuständige EU-Kommissarin Hadja Lahbib sicherte Athen weitere Unterstützung zu."
    assert events(text) == [("SUPPORT", ["Hadja Lahbib"], ["Athen"])]


def test_tariffs_that_hit_an_industry_meet_no_one() -> None:
    assert events("Donald Trumps Zölle treffen vor allem die deutsche Autoindustrie.") == []
    assert [e[0] for e in events("Die Bauern trafen sich mit dem Minister.")] == ["CONSULT"]


def test_a_current_figure_after_a_weekday_is_named() -> None:
    assert events("Merz trifft am Montag Macron in Paris.") == [("CONSULT", ["Merz"], ["Macron"])]


def test_a_surname_in_the_genitive_before_an_office_is_the_person_not_a_town() -> None:
    doc = analyze("BERLIN (dpa) – Merkels Sprecher Tom Lange kritisierte am Montag den Plan.")
    assert ("Merkel", "PER") in [(e.name, e.label) for e in doc.entities]
