"""Actor roles from German word order and case, on short sentences."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import event_rows


def roles(text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    ev = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == trigger)
    return [names[x] for x in ev.source], [names[x] for x in ev.target]


LEAD = "Der französische Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz sind in Berlin. "


def test_object_pronoun_after_the_verb_is_the_target():
    # one man in reach, so "ihn" resolves to him (with two, coreference rightly leaves it open)
    text = "Der französische Präsident Emmanuel Macron ist in Berlin eingetroffen. "
    source, target = roles(text + "Am Abend empfing ihn Bundespräsident Frank-Walter Steinmeier.", "empfing")
    assert source == ["Frank-Walter Steinmeier"] and "Emmanuel Macron" in target


def test_subject_right_after_the_verb_when_a_time_is_fronted():
    assert roles(LEAD + "Am Dienstag traf Macron Scholz im Kanzleramt.", "traf") == (
        ["Emmanuel Macron"],
        ["Olaf Scholz"],
    )


def test_die_beiden_are_the_two_people_in_focus():
    text = LEAD + "Sie sprachen im Kanzleramt. Die beiden unterzeichneten ein Abkommen."
    source, _ = roles(text, "unterzeichneten")
    assert set(source) == {"Emmanuel Macron", "Olaf Scholz"}


def test_surname_joins_the_person_even_when_ner_calls_it_a_place():
    doc = chronik.analyze("Bundeskanzler Olaf Scholz reiste nach Paris. Dort sagte Scholz, er sei zufrieden.")
    people = [e for e in doc.entities if e.name == "Olaf Scholz"]
    assert len(people) == 1 and len(people[0].mentions) >= 2
    assert not any(e.name == "Scholz" and e.label != "PER" for e in doc.entities)


def test_present_tense_event_dated_after_publication_is_planned():
    doc = chronik.analyze("In Brüssel beginnt am 28. März ein EU-Gipfel.", published="2024-03-26")
    (summit,) = [e for e in doc.events if e.type == "CONSULT"]
    assert (summit.date, summit.modality) == ("2024-03-28", "planned")


def test_a_site_in_focus_stays_with_its_day_and_the_town_carries_over():
    text = (
        "Bundeskanzler Olaf Scholz traf am Montag in Paris ein. Am selben Abend empfing ihn der französische "
        "Präsident Emmanuel Macron im Élysée-Palast. Am Dienstag unterzeichneten Scholz und Macron ein Abkommen."
    )
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    sign = next(e for e in doc.events if e.type == "AGREE")
    assert sign.date == "2024-03-26" and names.get(sign.place) == "Paris"
    host = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "empfing")
    assert names.get(host.place) == "Élysée-Palast"
    # "empfing ihn der … Präsident": the article after the pronoun opens the subject, not a genitive
    assert [names[x] for x in host.source] == ["Emmanuel Macron"] and [names[x] for x in host.target] == ["Olaf Scholz"]


def test_two_surnames_side_by_side_are_two_people_even_in_one_ner_span():
    doc = chronik.analyze(LEAD + "Am Dienstag traf Macron Scholz im Kanzleramt.", published="2024-03-26")
    macron = next(e for e in doc.entities if e.name == "Emmanuel Macron")
    scholz = next(e for e in doc.entities if e.name == "Olaf Scholz")
    assert len(macron.mentions) == 2 and len(scholz.mentions) == 2
    assert not any(e.name == "Macron Scholz" for e in doc.entities)


def test_title_phrase_opening_the_clause_belongs_to_the_subject():
    text = (
        "Der prominente Kirchen- und Vatikankritiker Hans Küng hat Papst Benedikt XVI. am Samstag in Rom "
        "einen privaten Besuch abgestattet."
    )
    assert roles(text, "Besuch") == (["Hans Küng"], ["Benedikt XVI."])


def test_durch_in_an_active_clause_is_no_actor():
    text = (
        "Ein Berater des weißrussischen Oppositionspolitikers dementierte die Festnahme von Milinkewitsch "
        "durch die weißrussische Polizei."
    )
    assert roles(text, "dementierte") == ([], [])


def test_weder_noch_coordinates_the_subjects():
    source, target = roles(
        "Weder die Nato, noch die Europäische Union oder die Ukraine erkennen das Referendum an.", "erkennen"
    )
    assert set(source) == {"NATO", "Europäische Union", "Ukraine"} and target == []


def test_relative_pronoun_subject_is_its_antecedent_and_a_capital_addressed_is_the_target():
    text = "Damit wurde Emmanuel Macron deutlicher als Angela Merkel, die keine Zugeständnisse an London gemacht hatte."
    assert roles(text, "Zugeständnisse") == (["Angela Merkel"], ["London"])


def test_meeting_noun_in_a_bei_phrase_takes_the_clause_subject():
    text = "Bei einer Visite in Den Haag sah sich Angela Merkel veranlasst, ihre Aussage klarzustellen."
    assert roles(text, "Visite") == (["Angela Merkel"], [])
    # with the visitor named in the noun's own phrase, the subject is the host
    text = (
        "Der französische Präsident Emmanuel Macron wurde deutlich beim Antrittsbesuch des britischen "
        "Premierministers Boris Johnson."
    )
    assert roles(text, "Antrittsbesuch") == (["Boris Johnson"], ["Emmanuel Macron"])


def test_threat_conditional_on_someone_targets_them():
    text = (
        "Die Türkei hat mit dem Rückzug ihres Beitrittsgesuchs gedroht, sollte die Europäische Union "
        "neue Bedingungen stellen."
    )
    assert roles(text, "gedroht") == (["Türkei"], ["Europäische Union"])


def test_who_claims_an_attack_carried_it_out():
    text = "Unter den Toten des Anschlags, zu dem sich die Taliban bekannten, ist auch ein General."
    assert roles(text, "Anschlags") == (["Taliban"], [])


def test_first_person_in_a_direct_quote_is_its_speaker():
    text = "Joachim Gauck äußerte sich positiv über Polen: „Ich bin mit großer Herzlichkeit empfangen worden.“"
    assert roles(text, "empfangen") == ([], ["Joachim Gauck"])


def test_bracketed_short_form_is_the_same_actor():
    source, target = roles("Den Berliner Verkehrsbetrieben (BVG) droht ein neuer Streik.", "Streik")
    assert source == [] and len(target) == 1


def test_sein_land_is_the_country_of_the_person_just_named():
    text = (
        "Die Türkei habe alles getan, sagte der türkische Ministerpräsident Tayyip Erdogan. "
        "Sein Land könne der EU keine weiteren Zugeständnisse machen."
    )
    assert roles(text, "Zugeständnisse") == (["Türkei"], ["Europäische Union"])


def test_name_in_apposition_after_a_von_modifier_is_the_actor():
    text = "Jedoch wurde der persönliche Sprecher von Aljaksandr Milinkewitsch, Pawel Maschejka, festgenommen."
    assert roles(text, "festgenommen") == ([], ["Pawel Maschejka"])


def test_demonstrative_subject_is_the_person_just_named():
    text = (
        "Falls das neue Tonband, das Al-Qaida-Vizechef Aiman az-Zawahiri zugeschrieben wird, echt ist, "
        "hat dieser neue Terroranschläge auf Großbritannien angedroht."
    )
    source, _ = roles(text, "angedroht")
    assert source == ["Aiman az-Zawahiri"]


def test_wurde_with_a_participle_in_en_is_passive_and_von_after_a_date_is_the_agent():
    text = "Emmanuel Macron wurde am Montag von Olaf Scholz im Kanzleramt empfangen."
    assert roles(text, "empfangen") == (["Olaf Scholz"], ["Emmanuel Macron"])


def test_no_passive_without_a_form_of_werden():
    text = (
        "Der Bundeskanzler Olaf Scholz und der französische Präsident Emmanuel Macron haben am Montag "
        "in Paris ein Abkommen unterzeichnet."
    )
    source, target = roles(text, "unterzeichnet")
    assert set(source) == {"Olaf Scholz", "Emmanuel Macron"} and target == []


def test_meeting_zwischen_two_actors_makes_both_take_part():
    source, target = roles("Das Treffen zwischen Olaf Scholz und Emmanuel Macron fand in Paris statt.", "Treffen")
    assert set(source) == {"Olaf Scholz", "Emmanuel Macron"} and target == []


def test_time_of_day_closes_a_prepositional_phrase():
    text = (
        "Der französische Präsident Emmanuel Macron ist in Berlin eingetroffen. "
        "Der Präsident traf am Abend Bundeskanzler Olaf Scholz."
    )
    assert roles(text, "traf") == (["Emmanuel Macron"], ["Olaf Scholz"])


def test_after_a_meeting_with_someone_the_subject_took_part():
    text = "Nach dem Treffen mit Emmanuel Macron sagte Olaf Scholz, die Gespräche seien gut gewesen."
    assert roles(text, "Treffen") == (["Olaf Scholz"], ["Emmanuel Macron"])


def test_capital_as_subject_stands_for_its_government():
    text = "Die USA haben Sanktionen gegen den Iran verhängt. Teheran kritisierte die Maßnahmen scharf."
    assert roles(text, "kritisierte") == (["Teheran"], [])
    # a city after a place preposition stays the place
    doc = chronik.analyze("In Paris demonstrierten Tausende gegen Emmanuel Macron.", published="2024-03-26")
    (protest,) = doc.events
    assert protest.source == [] and {e.id: e.name for e in doc.entities}[protest.place] == "Paris"


def test_rockets_fired_at_a_country_are_an_assault():
    assert roles("Die Hamas feuerte Raketen auf Israel ab.", "feuerte") == (["Hamas"], ["Israel"])


def test_a_title_compound_of_the_same_office_resolves_to_the_person():
    text = (
        "Das Regime von Präsident Assad geht gegen Proteste vor. "
        "Nun werden Sanktionen gegen den Staatspräsidenten erwogen."
    )
    assert roles(text, "Sanktionen") == ([], ["Assad"])
    text = "Bundeskanzler Olaf Scholz reiste nach Washington. Dort traf der Kanzler Präsident Joe Biden."
    assert roles(text, "traf") == (["Olaf Scholz"], ["Joe Biden"])


def test_a_zu_infinitive_has_no_subject_of_its_own():
    assert roles("Joe Biden kündigte an, Wladimir Putin in Genf zu treffen.", "treffen") == (
        ["Joe Biden"],
        ["Wladimir Putin"],
    )


def test_an_article_after_a_place_opens_a_new_phrase():
    text = "Sergej Lawrow traf in Genf seinen amerikanischen Amtskollegen Antony Blinken."
    assert roles(text, "traf") == (["Sergej Lawrow"], ["Antony Blinken"])


# (an xfail until the twelfth session: the model's ORG span "Israels Armee" is now split into the country and
# its institution by the entity layer)
def test_country_genitive_after_a_title_and_saxon_genitive_owners_are_no_actors():
    text = "Der Außenminister Russlands, Sergej Lawrow, traf seinen Amtskollegen in Genf."
    assert roles(text, "traf") == (["Sergej Lawrow"], [])
    text = (
        "Spaniens Regierungschef José Luis Rodríguez Zapatero hat sich bei einem Gipfeltreffen in Caracas "
        "für eine verstärkte Kooperation ausgesprochen."
    )
    assert roles(text, "Gipfeltreffen")[0] == ["José Luis Rodríguez Zapatero"]
    text = "Israels Armee hat nach eigenen Angaben Ziele der Hisbollah im Libanon angegriffen."
    assert roles(text, "angegriffen") == (["Israel"], ["Hisbollah"])


def test_the_object_of_a_verb_of_asking_acts_in_the_zu_infinitive():
    # (eleventh session: a demanded act is no longer coded, "forderte Russland auf, die Truppen abzuziehen" is one
    # REQUEST with Russland as its target; a verb of making still lends its object to the act)
    text = "Frankreich forderte Russland auf, die Truppen aus der Ukraine abzuziehen."
    assert roles(text, "forderte") == (["Frankreich"], ["Russland"])
    text = "Das Desinteresse von Mette Frederiksen habe Donald Trump bewogen, das Treffen zu verschieben."
    assert roles(text, "verschieben")[0] == ["Donald Trump"]


def test_aid_for_a_country_targets_it():
    text = "Die Europäische Union hat entschieden, die Hilfe für Syrien wiederaufzunehmen."
    assert roles(text, "Hilfe") == (["Europäische Union"], ["Syrien"])


def test_a_person_named_only_by_a_title_is_no_actor():
    text = "Der Papst empfing den US-Präsidenten Joe Biden im Vatikan."
    assert roles(text, "empfing") == ([], ["Joe Biden"])


def test_an_unnamed_subject_with_a_place_phrase_keeps_the_genitive_out_of_the_subject():
    # (2026-12-05, second round) "Die Regierung in Moskau" is now Russia's government (country group)
    text = "Die Regierung in Moskau wies die Vorwürfe der Ukraine zurück."
    assert roles(text, "wies") == (["Regierung"], ["Ukraine"])


def test_condemning_an_attack_targets_the_attacker_not_the_attacked():
    assert roles("Die Nato verurteilte den Angriff Russlands auf die Ukraine.", "verurteilte") == (
        ["NATO"],
        ["Russland"],
    )
    text = "Aiman az-Zawahiri hat neue Terroranschläge auf Großbritannien angedroht."
    assert roles(text, "angedroht")[1] == ["Vereinigtes Königreich"]


def test_an_object_pronoun_is_never_the_subject_itself():
    text = (
        "Der russische Präsident Wladimir Putin hat Ungarn besucht. "
        "Ministerpräsident Viktor Orbán empfing ihn am Flughafen."
    )
    assert roles(text, "empfing") == (["Viktor Orbán"], ["Wladimir Putin"])


def test_a_noun_in_a_framing_phrase_takes_nothing_after_the_verb():
    text = "Am Rande des Gipfels verteidigte José Luis Rodríguez Zapatero die spanischen Rüstungsexporte an Venezuela."
    assert roles(text, "Gipfels") == ([], [])


def test_auch_alone_does_not_coordinate_subject_and_object():
    text = "Bei seinem Besuch in Paris traf Olaf Scholz auch Emmanuel Macron."
    assert roles(text, "traf") == (["Olaf Scholz"], ["Emmanuel Macron"])


def test_beide_are_never_two_towns_named_as_places():
    text = "Frankreich und Deutschland verhandelten in Paris. Danach unterzeichneten beide ein Abkommen."
    source, _ = roles(text, "unterzeichneten")
    assert set(source) == {"Frankreich", "Deutschland"}


def test_talking_with_each_other_is_a_meeting():
    source, _ = roles("Joe Biden und Emmanuel Macron haben am Montag miteinander gesprochen.", "gesprochen")
    assert set(source) == {"Joe Biden", "Emmanuel Macron"}


def test_an_unresolved_object_pronoun_is_the_other_person_of_the_sentence():
    text = "Emmanuel Macron telefonierte mit Wladimir Putin und forderte ihn zu einem Waffenstillstand auf."
    assert roles(text, "forderte") == (["Emmanuel Macron"], ["Wladimir Putin"])


def test_a_list_of_names_does_not_end_the_clause():
    text = "Olaf Scholz hat sich mit Emmanuel Macron, Giorgia Meloni und Pedro Sánchez in Brüssel getroffen."
    source, target = roles(text, "getroffen")
    assert source == ["Olaf Scholz"] and set(target) == {"Emmanuel Macron", "Giorgia Meloni", "Pedro Sánchez"}
    # a list followed by its own verb is a clause of its own
    text = "Das sagte Olaf Scholz in Berlin, Emmanuel Macron und Giorgia Meloni trafen sich dagegen in Rom."
    source, _ = roles(text, "trafen")
    assert set(source) == {"Emmanuel Macron", "Giorgia Meloni"}
    # … and the clause after the list's end is still a clause of its own (its modality comes from "entschieden")
    text = (
        "Aufgrund der Notlage haben die Vereinigten Staaten, Russland, die Europäische Union und die Vereinten "
        "Nationen am Dienstag entschieden, die finanzielle Hilfe für die Bevölkerung wiederaufzunehmen."
    )
    doc = chronik.analyze(text, published="2024-03-26")
    (aid,) = [e for e in doc.events if e.type == "AID"]
    assert aid.modality == "planned" and len(aid.source) == 4


def test_a_meeting_noun_right_after_its_preposition_takes_the_subject_but_not_through_another_noun():
    text = (
        "Das Weiße Haus hat die Niederschrift eines Telefonats zwischen Donald Trump und Wolodymyr Selenskyj "
        "freigegeben. In dem Telefongespräch mit Selenskyj hatte Donald Trump versucht, ihn zu Ermittlungen zu drängen."
    )
    assert roles(text, "Telefongespräch") == (["Donald Trump"], ["Wolodymyr Selenskyj"])
    text = "Das hatte Barack Obama bei seinem Besuch in Moskau im Vorfeld des G8-Treffens gesagt."
    assert roles(text, "G8-Treffens") == ([], [])


def test_a_capitalised_preposition_still_heads_its_phrase():
    text = "An die Regierung Myanmars appellierte die Sprecherin Elisabeth Byrs, mehr Hilfe zuzulassen."
    assert roles(text, "appellierte") == (["Elisabeth Byrs"], ["Myanmar"])


def test_a_pp_after_the_support_verb_still_belongs_to_the_noun():
    text = "Der Aufruf zur Demonstration erfolgte durch die Piratenpartei."
    assert roles(text, "Aufruf") == (["Piratenpartei"], [])


def test_a_title_that_stood_before_one_name_is_that_person_again():
    text = (
        "Der Oppositionsführer Aljaksandr Milinkewitsch sagte, sein Pressesprecher Pavel Mazheika sei festgenommen "
        "worden. Milinkewitschs Pressesprecher wurde am Abend wieder aus der Haft entlassen."
    )
    assert roles(text, "entlassen") == ([], ["Pavel Mazheika"])


def test_guards_against_overreaching_rules():
    # a list after "von" is no apposition of the noun before it (meetings, not flights: cancelled flights are no
    # event since session 16, tests/test_events_families_r2_s16.py)
    text = "In den Rathäusern von Dallas, St. Louis und Chicago mussten hunderte Treffen abgesagt werden."
    assert roles(text, "abgesagt") == ([], [])
    # a party in brackets after a person is not a short form of the person, and no second actor: it labels him
    source, _ = roles("Oppositionsführer Thomas Kutschaty (SPD) forderte den Rücktritt des Ministers.", "forderte")
    assert source == ["Thomas Kutschaty"]
    # "Den Vertrag …": a fronted object, the name after the verb is the subject (setting a date, "Den Termin hat …
    # festgesetzt", is no event since session 13: tests/test_events_act_verbs.py)
    text = "Bundespräsident Horst Köhler löste den Bundestag auf. Den Vertrag hat Köhler am Montag unterzeichnet."
    assert roles(text, "unterzeichnet") == (["Horst Köhler"], [])
    # an institution noun before a name is no title of that person
    text = (
        "Der Sprecher der Staatsanwaltschaft Kurt Ertel bestätigte den Fall. "
        "Auch dies will die Staatsanwaltschaft ermitteln."
    )
    assert roles(text, "ermitteln") == ([], [])
    # "dieser" is the subject of the verb, not the agent of the attack it talks about
    text = (
        "Der Außenminister Ri Yong Ho sprach vor der UNO. "
        "Dieser hatte zuvor einen Angriff auf die Vereinigten Staaten als unausweichlich bezeichnet."
    )
    assert roles(text, "Angriff")[0] == []
    # a relative pronoun after a genitive goes with the head noun
    assert roles(
        "Er inszenierte eine Spaltung Flanderns und Walloniens, die durch Bilder unterstützt wurde.", "unterstützt"
    ) == (
        [],
        [],
    )


def test_sie_in_a_clause_after_beide_politiker_are_those_two():
    text = LEAD + "Am Nachmittag flogen beide Politiker nach Kiel, wo sie den Marinestützpunkt besuchten."
    source, _ = roles(text, "besuchten")
    assert set(source) == {"Emmanuel Macron", "Olaf Scholz"}


def test_scare_quoted_noun_after_a_naming_verb_is_no_event():
    doc = chronik.analyze("Die Arbeitgeber sprachen von einem „Angriff auf die Mobilität“.", published="2024-03-26")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    # the same noun as an act
    doc = chronik.analyze("Bei einem Angriff auf die Stadt Charkiw starben zwei Menschen.", published="2024-03-26")
    assert [e for e in doc.events if e.type == "ASSAULT"]


def test_force_of_nature_killing_people_is_no_assault():
    doc = chronik.analyze("Im Februar hatten zwei Beben mehr als 50.000 Menschen getötet.", published="2024-03-26")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = chronik.analyze("Im Februar hatten Soldaten mehr als 50 Menschen getötet.", published="2024-03-26")
    assert [e for e in doc.events if e.type == "ASSAULT"]


def test_region_in_the_genitive_before_a_title_is_not_the_actor():
    # "Sachsens" names the office's region, the titled person acts ("Frankreichs Präsident" likewise)
    text = "Sachsens Ministerpräsident Michael Kretschmer kritisierte die Entscheidung des Konzerns."
    assert roles(text, "kritisierte") == (["Michael Kretschmer"], [])


def test_verb_tagged_as_adjective_does_not_join_the_title_phrase():
    # the tagger may call "empfing" before a title an adjective; the person after it is still the subject
    text = "Am Dienstag empfing Bundespräsident Frank-Walter Steinmeier den Gast im Schloss Bellevue."
    assert roles(text, "empfing")[0] == ["Frank-Walter Steinmeier"]


def test_fronted_participle_of_treffen_is_no_meeting():
    # "Getroffen wurden …" (hit) is no "Treffen", and "treffen" in the passive is no meeting
    doc = chronik.analyze(
        "Bei dem Angriff auf Charkiw wurde ein Krankenhaus getroffen. Getroffen wurden auch zwei Schulen.",
        published="2024-03-26",
    )
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_fronted_participle_before_an_event_noun_keeps_the_noun():
    doc = chronik.analyze("Geplant ist ein dreitägiger Besuch in Paris.", published="2024-03-26")
    assert not doc.warnings and [e.type for e in doc.events] == ["CONSULT"]


def test_particle_of_a_second_coordinated_verb_leaves_the_first_verb():
    text = "Präsident Wolodymyr Selenskyj verurteilte den Angriff und forderte den Westen zu weiteren Lieferungen auf."
    doc = chronik.analyze(text, published="2024-03-26")
    assert sorted(e.type for e in doc.events) == ["ACCUSE", "REQUEST"]


def test_capital_before_the_support_verb_of_an_event_noun_is_its_government():
    doc = chronik.analyze("Moskau verhängte am Montag Sanktionen gegen Polen.", published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    (ev,) = doc.events
    assert [names[x] for x in ev.source] == ["Moskau"] and [names[x] for x in ev.target] == ["Polen"]
    doc = chronik.analyze("Paris erlebte am Montag eine Großdemonstration.", published="2024-03-26")
    assert not doc.events[0].source


def _coded(text: str) -> list[tuple[str, str, str]]:
    doc = chronik.analyze(text, published="2024-03-26")
    return [(doc.text[e.trigger[0] : e.trigger[1]], e.type, e.modality) for e in doc.events]


def test_laying_down_work_is_a_strike():
    assert _coded("Am Montag sollen die Beschäftigten die Arbeit für 24 Stunden niederlegen.") == [
        ("niederlegen", "PROTEST", "planned")
    ]


def test_not_ruled_out_is_possible_not_an_expulsion():
    assert _coded("Weitere Festnahmen seien nicht ausgeschlossen.") == [("Festnahmen", "COERCE", "hypothetical")]


def test_main_clause_only_possible_under_a_following_condition_is_hypothetical():
    found = _coded("Eine Waffenruhe sei nur möglich, wenn die Ukraine auf ihre Ansprüche verzichte.")
    assert found[0] == ("Waffenruhe", "AGREE", "hypothetical")
    # the condition's own act (giving up claims, a concession since the twenty-eighth session) is hypothetical too
    assert found[1:] == [("verzichte", "CONCEDE", "hypothetical")]


def test_a_single_verhandlung_without_a_partner_is_a_court_hearing():
    assert _coded("Der Angeklagte schwieg, sagte seine Anwältin nach der Verhandlung.") == []
    assert [t for _, t, _ in _coded("Die Verhandlung mit Iran dauerte drei Stunden.")] == ["CONSULT"]


def test_beide_unternehmen_are_the_two_organisations_named_before():
    text = "Die Siemens AG übernimmt die Deutsche Bahn. Beide Unternehmen unterzeichneten am Mittwoch einen Vertrag."
    assert sorted(roles(text, "unterzeichneten")[0]) == ["Deutsche Bahn", "Siemens AG"]


def test_die_beiden_sprachen_ueber_is_a_meeting_of_the_two():
    text = LEAD + "Die beiden sprachen über Migration und Energie."
    assert sorted(roles(text, "sprachen")[0]) == ["Emmanuel Macron", "Olaf Scholz"]


def test_second_finite_verb_after_und_is_no_attributive_participle():
    found = _coded("Die Gewerkschaft befürchtet den Abbau von Stellen und forderte Garantien.")
    assert [t for _, t, _ in found] == ["REQUEST"]


def test_event_asked_for_in_a_zu_infinitive_is_the_demands_content():
    # (eleventh session: was a planned SANCTION beside the REQUEST)
    found = _coded("Der Premierminister forderte Iran auf, die Waffenlieferungen sofort einzustellen.")
    assert found == [("forderte", "REQUEST", "asserted")]


def test_name_inside_a_phrase_of_reason_is_no_target():
    text = "Die Europäische Union hat wegen der Lieferung von Drohnen an Russland neue Sanktionen gegen Iran verhängt."
    assert roles(text, "Sanktionen") == (["Europäische Union"], ["Iran"])


def test_genitive_name_after_an_object_noun_is_not_the_verbs_target():
    text = (
        "Olaf Scholz sagte den Partnern die Unterstützung Deutschlands zu. "
        "Olaf Scholz kritisierte die Regierung Russlands."
    )
    assert roles(text, "sagte") == (["Olaf Scholz"], [])
    assert roles(text, "kritisierte") == (["Olaf Scholz"], ["Russland"])


def test_later_nouns_of_a_listed_pp_are_in_the_pp_too():
    text = "Nancy Faeser steht unter Druck. Sie verweist auf Grenzkontrollen, Abschiebungen und die Kritik der Länder."
    assert roles(text, "Abschiebungen") == ([], [])
    # the eleventh session's convention: nouns a talk is "über" are its topic, not events at all
    topic = "Nancy Faeser steht unter Druck. Sie spricht über Grenzkontrollen, Abschiebungen und die Kritik der Länder."
    assert chronik.analyze(topic, published="2024-03-26").events == []


def test_city_after_a_government_noun_stands_for_the_state():
    assert roles("Josep Borrell warf der Führung in Teheran vor, Resolutionen zu missachten.", "warf") == (
        ["Josep Borrell"],
        ["Teheran"],
    )


def test_sending_rescuers_is_aid_sending_troops_mobilises_police_deployed():
    assert [(t, m) for t, m, _ in _coded("Griechenland schickte Rettungsteams und Zelte.")] == [("schickte", "AID")]
    assert [(t, m) for t, m, _ in _coded("Russland schickte Truppen an die Grenze.")] == [("schickte", "MOBILIZE")]
    assert [m for _, m, _ in _coded("Die Polizei war mit rund 1.200 Beamten im Einsatz.")] == ["MOBILIZE"]
    assert _coded("Die Feuerwehr war im Einsatz.") == []


def test_meeting_invited_to_is_planned_and_convened_by_the_host():
    doc = chronik.analyze(
        "Bundeskanzler Olaf Scholz lud die Spitzen der Koalition zu einem Krisentreffen ein.", published="2024-07-03"
    )
    (ev,) = doc.events
    names = {e.id: e.name for e in doc.entities}
    assert ev.modality == "planned" and [names[x] for x in ev.source] == ["Olaf Scholz"]


def test_definite_organisation_noun_stands_for_the_organisation_named_before():
    text = "Zu dem Protest hatte die IG Metall aufgerufen. Die Gewerkschaft drohte mit weiteren Streiks."
    assert roles(text, "drohte") == (["IG Metall"], [])


def test_noun_striven_for_is_planned_and_pursued_by_the_subject():
    doc = chronik.analyze("Unterdessen bemüht sich die Türkei um eine Vermittlung.", published="2024-06-11")
    (ev,) = doc.events
    names = {e.id: e.name for e in doc.entities}
    assert ev.modality == "planned" and [names[x] for x in ev.source] == ["Türkei"]


def test_name_after_an_organisation_noun_is_an_organisation_that_acts():
    doc = chronik.analyze("Die türkische Katastrophenschutzbehörde Afad schickte 3.000 Helfer.", published="2024-01-19")
    afad = next(e for e in doc.entities if e.name == "Afad")
    assert afad.label == "ORG" and doc.events[0].source == [afad.id]


def test_welcoming_a_guest_is_no_praise_welcoming_a_decision_is():
    assert _coded("Olaf Scholz begrüßte den Gast mit militärischen Ehren.") == []
    assert [t for _, t, _ in _coded("Annalena Baerbock begrüßte die Entscheidung der EU.")] == ["SUPPORT"]


def test_what_must_still_happen_is_planned():
    assert _coded("Die Kartellbehörden müssen der Übernahme noch zustimmen.") == [("zustimmen", "AGREE", "planned")]
    assert _coded("Die Polizei musste zwei Männer festnehmen.")[0][2] == "asserted"


def test_meeting_invited_to_in_the_pluperfect_is_background_not_a_plan():
    found = _coded("Olaf Scholz hatte die Regierungschefs zu einem Gipfel nach Berlin eingeladen.")
    assert found == [("Gipfel", "CONSULT", "asserted")]


def test_participle_after_a_pp_inside_a_noun_phrase_is_no_event():
    # ("überstellte" itself is a transfer, COERCE)
    found = _coded("Die Regierung überstellte einen in Paris verurteilten Spion an Polen.")
    assert [w for w, _, _ in found] == ["überstellte"]


def test_not_ruling_out_is_no_expulsion():
    assert [t for _, t, _ in _coded("Die Ermittler schließen nicht aus, dass der Täter floh.")] == []


def test_second_verb_after_a_comma_shares_the_subject():
    source, _ = roles("Der Deutsche Mieterbund begrüßte die Reform, forderte aber mehr Geld.", "forderte")
    assert source == ["Deutscher Mieterbund"]  # the name in its nominative form


def test_pp_of_a_plain_noun_is_not_the_verbs_target():
    _, target = roles("Olaf Scholz hat im Spiel gegen Frankreich einen Gegner geschlagen.", "geschlagen")
    assert target == []


def test_present_passive_with_a_named_agent():
    source, _ = roles("Morgen wird sie von Ministerpräsident Albin Kurti empfangen.", "empfangen")
    assert source == ["Albin Kurti"]


def test_subject_of_reacting_with_criticism_is_the_critic():
    source, _ = roles("Die IG Metall reagierte mit scharfer Kritik auf die Pläne.", "Kritik")
    assert source == ["IG Metall"]


def test_event_that_is_not_ruled_out_is_hypothetical():
    assert _coded("Die Polizei schließt nicht aus, dass weitere Festnahmen folgen.") == [
        ("Festnahmen", "COERCE", "hypothetical")
    ]


def test_suspending_a_player_is_a_ban():
    assert _coded("Der Verband hat den Stürmer für vier Spiele gesperrt.") == [("gesperrt", "COERCE", "asserted")]


def test_event_noun_a_verb_thanks_for_is_no_second_event():
    assert [t for _, t, _ in _coded("Olaf Scholz dankte der Türkei für die Vermittlung.")] == ["SUPPORT"]


def test_the_town_named_after_stadt_acts_as_its_administration():
    source, _ = roles("Die Stadt Köln kritisierte die Pläne des Konzerns.", "kritisierte")
    assert source == ["Köln"]


def test_finite_verb_after_a_place_in_a_pp_is_not_attributive():
    assert [t for _, t, _ in _coded("In der Stadt Köln demonstrierten Tausende.")] == ["PROTEST"]


def test_partner_after_a_time_noun_stays_the_target():
    _, target = roles("Annalena Baerbock traf sich am Mittwoch mit Konzernchef Peter Haas.", "traf")
    assert target == ["Peter Haas"]


def test_accusative_article_before_a_title_keeps_the_name_an_object():
    source, target = roles(
        "Das Gericht des Verbands hat den Stürmer Jonas Keller für vier Spiele verurteilt.", "verurteilt"
    )
    assert "Jonas Keller" not in source and "Jonas Keller" in target


def test_organisation_in_the_genitive_of_the_subject_acts():
    source, _ = roles(
        "Das Sportgericht des Deutschen Fußball-Bundes hat den Stürmer Jonas Keller verurteilt.", "verurteilt"
    )
    assert source == ["Deutschen Fußball-Bundes"]


def test_flying_to_a_place_is_a_visit_by_those_who_fly():
    text = LEAD + "Am Nachmittag flogen Macron und Scholz gemeinsam zum Marinestützpunkt Wilhelmshaven."
    source, _ = roles(text, "flogen")
    assert set(source) == {"Emmanuel Macron", "Olaf Scholz"}
    doc = chronik.analyze("Der Ball flog über das Tor.", published="2024-03-26")
    assert not doc.events


def test_particle_right_after_the_verb_makes_the_particle_verb():
    doc = chronik.analyze(
        "Frankreich sagte zu, in den kommenden fünf Jahren 12 Milliarden Euro zu investieren.", published="2024-03-26"
    )
    assert [(e.type, e.mode) for e in doc.events] == [("AGREE", "pledge")]
    doc = chronik.analyze("Am Abend traf die Delegation ein.", published="2024-03-26")
    assert [(e.type, e.mode) for e in doc.events] == [("CONSULT", "visit")]


def test_place_in_a_zu_phrase_is_where_a_visit_goes():
    doc = chronik.analyze(LEAD + "Am Nachmittag flogen Macron und Scholz zum Marinestützpunkt Wilhelmshaven.",
                          published="2024-03-26")  # fmt: skip
    names = {e.id: e.name for e in doc.entities}
    visit = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "flogen")
    assert names[visit.place] == "Wilhelmshaven"


# --- generalisation round (2026-12-04, 23:00 UTC) ------------------------------------------------------------


def _events(text: str) -> list[tuple[str, str, list[str], list[str], str | None]]:
    return [row[:5] for row in event_rows(text)]


def test_new_triggers_booing_searching_transferring_and_prisoner_swaps():
    found = {(w, t) for w, t, *_ in _events("Bei seiner Rede wurde der Minister Jan Berger lautstark ausgebuht.")}
    assert ("ausgebuht", "PROTEST") in found
    found = {(w, t) for w, t, *_ in _events("Fahnder durchsuchten am Dienstag zwölf Büros in Hamburg.")}
    assert ("durchsuchten", "COERCE") in found
    found = {(w, t) for w, t, *_ in _events("Der Verdächtige soll nach Frankreich überstellt werden.")}
    assert ("überstellt", "COERCE") in found
    found = _events("Armenien und Aserbaidschan tauschten am Sonntag 30 Gefangene aus.")
    assert [(w, t) for w, t, *_ in found] == [("tauschten", "RETREAT")]
    assert [t for _, t, *_ in _events("Die beiden Länder tauschten Waren im Wert von 3 Millionen Euro aus.")] == [
        "COOPERATE"
    ]


def test_two_participles_share_the_passive():
    found = _events("Beim Parteitag wurde die Vorsitzende Petra Lang ausgepfiffen und ausgebuht.")
    assert [(w, s, t) for w, _, s, t, _ in found] == [
        ("ausgepfiffen", [], ["Petra Lang"]),
        ("ausgebuht", [], ["Petra Lang"]),
    ]


def test_participle_opening_the_sentence_is_a_verb():
    found = _events("Vermittelt hatten Katar und Ägypten.")
    assert [(w, t, sorted(s)) for w, t, s, _, _ in found] == [("Vermittelt", "CONSULT", ["Katar", "Ägypten"])]


def test_country_adjective_before_an_event_noun_is_its_agent():
    text = "Russland und die Ukraine verhandeln seit Wochen. "
    found = _events(text + "Bei russischen Drohnenangriffen wurden am Montag drei Menschen verletzt.")
    assert ("Drohnenangriffen", "ASSAULT", ["Russland"]) in [(w, t, s) for w, t, s, _, _ in found]


def test_condemning_a_country_adjectives_attack_targets_that_country():
    text = "Polen und Belarus streiten seit Monaten. Die EU verurteilte die belarussischen Provokationen scharf. "
    text += "Die Regierung in Warschau verurteilte die belarussischen Angriffe auf Grenzposten."
    found = [(s, t) for w, _, s, t, _ in _events(text) if w == "verurteilte"]
    assert (["Europäische Union"], []) in found or (["EU"], []) in found
    assert any(t == ["Belarus"] for _, t in found)


def test_von_country_adjective_seite_is_that_country():
    text = "Israel und die Hamas verhandeln in Kairo. Von israelischer Seite wurde der Vorschlag begrüßt."
    found = [(s, t) for w, _, s, t, _ in _events(text) if w == "begrüßt"]
    assert found == [(["Israel"], [])]


def test_attack_on_a_city_is_placed_there_and_hits_its_country():
    text = "Die Ukraine fordert mehr Flugabwehr. Am Montag gab es schwere Angriffe auf Charkiw und Odessa."
    found = [(t, p) for w, _, _, t, p in _events(text) if w == "Angriffe"]
    assert found and found[0][1] in ("Charkiw", "Odessa") and found[0][0] == ["Ukraine"]


def test_both_sides_are_never_a_town_only_reached_by_a_preposition():
    text = (
        "Die Regierung von Sudan und die RSF verhandeln in Dschidda. Bewohner meldeten Angriffe auf Omdurman. "
        "Beide Seiten tauschten am Montag Gefangene aus."
    )
    swap = next(s for w, _, s, _, _ in _events(text) if w == "tauschten")
    assert "Omdurman" not in swap


def test_both_sides_after_und_are_the_object_of_the_elliptic_verb():
    text = (
        "Armenien und Aserbaidschan haben in Genf verhandelt. UN-Generalsekretär António Guterres begrüßte "
        "die Gespräche und rief beide Seiten zur Zurückhaltung auf."
    )
    call = next((s, t) for w, _, s, t, _ in _events(text) if w == "rief")
    assert call[0] == ["António Guterres"]


def test_plural_subject_stands_for_the_group_in_focus():
    text = "Die NATO kam am Mittwoch in Brüssel zusammen. Am Abend einigten sich die Staats- und Regierungschefs "
    text += "auf eine gemeinsame Erklärung. Zugleich forderten sie Russland zum Rückzug auf."
    found = {w: (s, t) for w, _, s, t, _ in _events(text)}
    assert found["einigten"][0] == ["NATO"]
    assert found["forderten"] == (["NATO"], ["Russland"])


def test_participants_without_a_group_named_before_stay_unnamed():
    found = {w: s for w, _, s, _, _ in _events("Die Teilnehmer einigten sich auf eine gemeinsame Erklärung.")}
    assert found["einigten"] == []


def test_pledge_with_a_zu_infinitive_takes_its_quantity():
    doc = chronik.analyze(
        "Die Geberländer sagten zu, im kommenden Jahr 300 Millionen Euro für den Wiederaufbau bereitzustellen. "
        "Die Minister bekräftigten, mehr Geld für die Verteidigung auszugeben. Die Regierung bekräftigte ihre Kritik.",
        published="2024-03-26",
    )
    coded = [(doc.text[e.trigger[0] : e.trigger[1]], e.type, e.mode, e.quantities) for e in doc.events]
    pledge = next(c for c in coded if c[0] == "sagten")
    assert pledge[1] == "AGREE" and pledge[3]
    assert ("bekräftigten", "AGREE", "pledge", []) in coded
    assert not any(c[0] == "bekräftigte" for c in coded)


def test_breaking_a_truce_is_no_agreement_and_a_mountain_top_no_summit():
    assert _coded("Die Rebellen sollen die Waffenruhe gebrochen haben.") == []
    assert _coded("Die Bergsteiger erreichten den Gipfel am Morgen.") == []
    assert [t for _, t, _ in _coded("Die Konfliktparteien vereinbarten eine Waffenruhe.")] == ["AGREE"]


def test_a_title_with_a_country_genitive_is_no_actor_of_its_own():
    found = _events("Spaniens Ministerpräsident Pedro Sánchez empfing den Gast im Moncloa-Palast.")
    assert [(w, s) for w, _, s, _, _ in found] == [("empfing", ["Pedro Sánchez"])]


def test_pronoun_after_the_verb_is_the_subject_not_the_name_after_it():
    text = "Die Außenminister trafen sich in Rom. Zugleich forderten sie China zur Mäßigung auf."
    found = {w: (s, t) for w, _, s, t, _ in _events(text)}
    assert found["forderten"][1] == ["China"] and "China" not in found["forderten"][0]


def test_support_for_a_country_targets_it():
    found = _events("Kanada sicherte Finnland am Montag seine Unterstützung zu. Die Unterstützung für Finnland wächst.")
    assert ("Unterstützung", ["Finnland"]) in [(w, t) for w, _, _, t, _ in found]


def test_place_in_focus_does_not_carry_to_an_event_of_another_month():
    text = (
        "Papst Leo traf am Montag in Rom den Theologen Karl Berg. "
        "Der Vatikan hatte Berg im Jahr 1998 die Lehrerlaubnis entzogen."
    )
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    withdrawal = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "entzogen")
    assert names.get(withdrawal.place or "") is None


def test_a_planned_trip_does_not_move_the_place_in_focus():
    text = (
        "Die Außenminister der EU trafen sich am Montag in Brüssel. Der Ratsvorsitzende Jan Novak kündigte an, "
        "im Herbst nach Peking zu reisen. Die Minister unterzeichneten eine Erklärung zur Ukraine."
    )
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    sign = next(e for e in doc.events if e.type == "AGREE")
    assert names.get(sign.place or "") == "Brüssel"


def test_who_reports_before_zufolge_is_no_actor():
    found = _events("Dem Sender BBC zufolge kritisierte Premierminister Keir Starmer den Beschluss.")
    assert [(w, s) for w, _, s, _, _ in found] == [("kritisierte", ["Keir Starmer"])]


def test_finite_verb_after_an_adverb_is_no_attributive_participle():
    found = _events("Die Regierung schwieg, zudem forderte Olaf Scholz eine Aufklärung.")
    assert [(w, t, s) for w, t, s, _, _ in found] == [("forderte", "REQUEST", ["Olaf Scholz"])]


def test_genitive_die_beiden_after_an_event_noun_are_its_agents():
    text = "Emmanuel Macron und Olaf Scholz telefonierten am Freitag. "
    text += "Das letzte Treffen der beiden Politiker war im Mai."
    found = [s for w, _, s, _, _ in _events(text) if w == "Treffen"]
    assert found and set(found[0]) == {"Emmanuel Macron", "Olaf Scholz"}


def test_a_title_with_a_country_adjective_is_no_actor_of_its_own():
    found = _events("Georgischer Präsident kritisiert die Zölle.")
    assert [(w, s) for w, _, s, _, _ in found] == [("kritisiert", [])]


def test_a_name_after_a_place_preposition_is_no_genitive_of_the_noun():
    found = _events("Die Armee meldete zwölf Festnahmen nahe der Grenze zu Mali.")
    assert [t for w, _, _, t, _ in found if w == "Festnahmen"] == [[]]


def test_organisation_in_the_genitive_of_a_subject_title_acts():
    found = _events("Die neue Präsidentin des Roten Kreuzes fordert mehr Geld für Flüchtlinge.")
    ((source, target),) = [(s, t) for w, _, s, t, _ in found if w == "fordert"]
    assert len(source) == 1 and "Kreuz" in source[0] and target == []


def test_holding_someone_responsible_for_an_attack_is_an_accusation():
    found = _events("Japan und Iran streiten. Der Minister Taro Kono machte den Iran für die Angriffe verantwortlich.")
    assert [(w, t, s, tg) for w, t, s, tg, _ in found if t != "CONSULT"] == [
        ("machte", "ACCUSE", ["Taro Kono"], ["Iran"])
    ]


def test_opening_fire_is_an_attack_opening_a_conference_is_not():
    assert [t for _, t, _ in _coded("Soldaten eröffneten das Feuer auf die Menge.")] == ["ASSAULT"]
    assert [t for _, t, _ in _coded("Der Minister eröffnete die Messe.")] == []


def test_a_party_title_before_the_name_is_no_actor_of_its_own():
    found = _events("Der bayerische CSU-Vorsitzende, Markus Söder, warf der SPD Versagen vor.")
    assert [(s, t) for w, _, s, t, _ in found if w == "warf"] == [(["Markus Söder"], ["SPD"])]


def test_relative_clause_after_an_apposition_is_its_own_clause():
    text = "Der Chef der Weltbank, Peter Lindqvist, der am Sonntag in Paris festgenommen worden war, bleibt in Haft."
    found = _events(text)
    assert [(w, s, t) for w, _, s, t, _ in found if w == "festgenommen"] == [("festgenommen", [], ["Peter Lindqvist"])]


def test_followers_of_a_person_in_the_genitive_are_not_that_person():
    found = _events("Hunderte Anhänger Alexej Nawalnys protestierten am Sonntag in Moskau.")
    assert [(w, s) for w, _, s, _, _ in found if w == "protestierten"] == [("protestierten", [])]


def test_both_sides_are_not_a_treaty_named_in_a_phrase():
    text = (
        "Beim Gipfel sprachen Vertreter der Europäischen Union und Indiens über den Handel. "
        "Beide Seiten bekannten sich zum Pariser Klimaabkommen. Beide Seiten forderten ein Ende der Gewalt."
    )
    found = [s for w, _, s, _, _ in _events(text) if w == "forderten"]
    assert found and not any("Klima" in x for x in found[0])


def test_massacre_of_a_town_is_placed_there():
    found = _events("Das Massaker von Paris erschütterte die Welt.")
    assert [(t, p) for w, _, _, t, p in found if w == "Massaker"] == [([], "Paris")]


def test_a_day_decades_back_does_not_date_the_news_after_it():
    text = (
        "Am 8. Juli 1982 scheiterte ein Attentat auf den Präsidenten Saddam Hussein. "
        "Anhänger des Angeklagten protestierten in Tikrit gegen den Prozess."
    )
    doc = chronik.analyze(text, published="2005-10-19")
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert protest.date == "2005-10-19"


@pytest.mark.xfail(
    reason=(
        'de model tags relative "die" as ART, "Sergej Lawrow" as ORG and "scharf" as the finite verb '
        "(VVFIN) of the relative clause, so the clause has no usable subject/object structure"
    ),
    strict=False,
)
def test_relative_pronoun_before_a_name_in_a_verb_final_clause_is_the_subject():
    found = _events("Annalena Baerbock, die Sergej Lawrow scharf kritisiert hatte, schwieg am Abend.")
    assert [(s, t) for w, _, s, t, _ in found if w == "kritisiert"] == [(["Annalena Baerbock"], ["Sergej Lawrow"])]


def test_sentence_final_particle_belongs_to_the_main_clause_verb_not_the_relative_one():
    found = _events("Olaf Scholz, der am Morgen von Joe Biden empfangen wurde, reiste am Abend ab.")
    assert ("empfangen", ["Joe Biden"], ["Olaf Scholz"]) in [(w, s, t) for w, _, s, t, _ in found]
    found = _events("Rebellen griffen das Dorf, in dem viele Soldaten lebten, am Morgen an.")
    assert [w for w, t, *_ in found if t == "ASSAULT"] == ["griffen"]


def test_casualties_claimed_by_a_quake_are_no_demand():
    assert _coded("Das Erdbeben hat mindestens 40 Menschenleben gefordert.") == []


def test_a_town_after_a_preposition_is_no_antecedent_of_a_relative_pronoun():
    found = _events("Die Extremisten aus Zwickau, die für mehrere Morde verantwortlich sind, wurden angeklagt.")
    assert all(s == [] for w, _, s, _, _ in found if w == "Morde")


def test_government_of_a_president_after_gegen_is_the_target_of_a_protest_noun():
    found = _events("Tausende beteiligten sich an Demonstrationen gegen die Regierung von Präsident Jan Novak.")
    assert [(s, t) for w, _, s, t, _ in found if w == "Demonstrationen"] == [([], ["Jan Novak"])]


def test_finite_verb_after_a_von_phrase_of_the_subject_is_no_attributive_participle():
    found = _events("Politiker von CDU und FDP kritisierten Bergers Vorschlag.")
    assert [t for _, t, *_ in found] == ["ACCUSE"]
    assert _coded("Die Wähler stimmten in einem von Moskau unterstützten Referendum ab.") == []


def test_ihr_goes_with_an_unnamed_subject_not_the_woman_named_before():
    text = "Julia Berger sitzt in Haft. Mit ihrer Forderung blieb die Staatsanwaltschaft unter der Höchststrafe."
    found = _events(text)
    assert [s for w, _, s, _, _ in found if w == "Forderung"] == [[]]
    text = "Julia Berger sitzt in Haft. Ihre Forderung sorgte für Aufsehen."
    assert ["Julia Berger"] in [s for w, _, s, _, _ in _events(text) if w == "Forderung"]


def test_member_of_an_organisation_opening_the_clause_acts_for_it():
    found = _events("Ein Mitglied des Europäischen Parlaments verlangte eine Untersuchung.")
    ((source, target),) = [(s, t) for w, _, s, t, _ in found if w == "verlangte"]
    assert target == [] and len(source) == 1 and "Parlament" in source[0]


def test_event_noun_after_an_adverb_and_adjective_in_a_pp_takes_no_later_subject():
    text = "Infolge von sehr heftigen Protesten durfte der Autor Karl Weber nicht am Festival teilnehmen."
    assert [s for w, _, s, _, _ in _events(text) if w == "Protesten"] == [[]]
    doc = chronik.analyze(text, published="2024-03-26")
    assert [e.modality for e in doc.events if e.type == "PROTEST"] == ["asserted"]


def test_where_it_happened_beats_a_place_of_origin():
    found = _events("Der aus Hamburg stammende Mann wurde am Montag in Pattaya festgenommen.")
    assert [p for w, _, _, _, p in found if w == "festgenommen"] == ["Pattaya"]
    found = _events("Aus Berlin reiste Olaf Scholz am Montag nach Paris.")
    assert [p for w, _, _, _, p in found if w == "reiste"] == ["Paris"]


def test_passive_agent_after_an_event_noun_subject_is_the_verbs():
    text = "Die Stadt Frankfurt erließ Verbote. Die Verbote wurden vom Innenministerium bestätigt."
    found = [(s, t) for w, _, s, t, _ in _events(text) if w == "Verbote"]
    assert found[-1] == ([], [])
    # (seventeenth session, real-news audit 28: a court that upholds a ban imposes it and is its source)
    text = "Die Stadt Frankfurt erließ Verbote. Die Verbote wurden vom Verwaltungsgericht Kassel bestätigt."
    found = [(s, t) for w, _, s, t, _ in _events(text) if w == "Verbote"]
    assert found[-1] == (["Verwaltungsgericht Kassel"], [])


def test_a_verb_prefix_before_a_lexicon_noun_makes_another_word():
    assert _coded("Das Gericht stufte die Band als kriminelle Vereinigung ein.") == []
    assert [t for _, t, _ in _coded("Am Abend gab es eine Grundsatzeinigung.")] == ["AGREE"]


def test_die_beiden_with_an_adjective_and_an_unknown_noun_picks_no_one():
    text = (
        "Der Verband Nord und der Verband Süd klagten. Die beiden anderen Bandmitglieder haben die Strafen anerkannt."
    )
    assert [s for w, _, s, _, _ in _events(text) if w == "anerkannt"] == [[]]


def test_a_helper_after_mit_unterstuetzung_is_no_target_and_no_event():
    found = _events("Am Freitag wurde Ferenc Bago mit Unterstützung der Spezialeinheit TEK festgenommen.")
    assert [(w, t) for w, _, _, t, _ in found] == [("festgenommen", ["Ferenc Bago"])]


def test_who_names_or_reports_an_event_noun_is_not_its_agent():
    found = _events("Der Politiker Hans Weber bezeichnete den Besuch als wichtiges Zeichen.")
    # (tenth session: an event noun called something is a re-mention, not coded again; if coded, no agent)
    assert all(s == [] for w, _, s, _, _ in found if w == "Besuch")
    found = _events("Olaf Scholz stattete Warschau einen Besuch ab.")
    assert [s for w, _, s, _, _ in found if w == "Besuch"] == [["Olaf Scholz"]]


def test_taking_into_custody_has_the_object_or_passive_subject_as_target():
    found = _events("Die Polizei nahm den Aktivisten Jonas Keller in Gewahrsam.")
    assert [(s, t) for w, _, s, t, _ in found if w == "Gewahrsam"] == [([], ["Jonas Keller"])]
    found = _events("Der Journalist Jan Berger wurde am Montag in Gewahrsam genommen.")
    assert [(s, t) for w, _, s, t, _ in found if w == "Gewahrsam"] == [([], ["Jan Berger"])]


def test_leading_someone_away_is_an_arrest_paying_taxes_is_not():
    assert [t for _, t, _ in _coded("Beamte führten den Politiker Jan Berger ab.")] == ["COERCE"]
    assert _coded("Die Firma führte im Jahr Steuern ab.") == []


def test_a_date_apposition_and_a_list_after_a_comma_are_no_relative_clauses():
    found = _events(
        "In einer Stellungnahme hat Christian Klien am Montag, dem 20. Februar 2006, die Anzeige zurückgewiesen."
    )
    assert [s for w, _, s, _, _ in found if w == "zurückgewiesen"] == [["Christian Klien"]]
    text = (
        "Der Plan, der von der Stadt Hamburg, der Stadt Bremen und dem Land Niedersachsen seit Jahren gefordert "
        "wird, scheiterte."
    )
    assert [len(s) for w, _, s, _, _ in _events(text) if w == "gefordert"] == [3]


def test_coming_to_a_talk_makes_the_subject_take_part():
    found = _events("Am Abend kam Gerhard Schröder zu einem etwa einstündigen Gespräch nach Paris.")
    assert [s for w, _, s, _, _ in found if w == "Gespräch"] == [["Gerhard Schröder"]]


def test_a_closing_verb_particle_ends_the_clause_before_a_new_subject():
    text = "Die Ministerin Susanne Berger wies die Behauptung zurück, "
    text += "die Sprecherin der Grünen, Sandra Boser, erklärte: „Das ist falsch.“"
    assert [(w, s) for w, _, s, _, _ in _events(text) if w == "wies"] == [("wies", ["Susanne Berger"])]


def test_a_noun_in_a_causal_phrase_takes_no_clause_subject():
    found = _events("Präsident Carlos Mesa zieht aufgrund anhaltender Proteste vorgezogene Wahlen in Betracht.")
    assert [s for w, _, s, _, _ in found if w == "Proteste"] == [[]]


def test_names_after_the_verb_are_not_the_agents_of_an_event_noun_subject():
    found = _events("Eine Welle von Protesten machte das Europäische Parlament auf das Problem aufmerksam.")
    assert [s for w, _, s, _, _ in found if w == "Protesten"] == [[]]
    found = _events("Den Besuch stattete Olaf Scholz am Montag ab.")
    assert [s for w, _, s, _, _ in found if w == "Besuch"] == [["Olaf Scholz"]]


def test_a_pronoun_before_an_event_noun_is_no_country_adjective():
    text = "Die Soldaten trafen den Präsidenten Xanana Gusmão. Im Januar hatten sie ihm eine Petition geschickt."
    assert [(s, t) for w, _, s, t, _ in _events(text) if w == "Petition"] == [([], ["Xanana Gusmão"])]


def test_informing_the_police_and_referring_to_something_are_no_events():
    assert _coded("Der Arzt verständigte sofort die Polizei.") == []
    assert [t for _, t, _ in _coded("Die Parteien verständigten sich auf einen Kompromiss.")] == ["AGREE"]
    assert _coded("Der Kanzler verwies auf die gute Lage.") == []
    assert [t for _, t, _ in _coded("Der Spieler wurde des Platzes verwiesen.")] == ["COERCE"]


def test_a_participle_takes_no_particle_from_the_end_of_the_sentence():
    text = "Er sagte, dass mehr Menschen nach Spanien gekommen seien als nach Italien und Portugal zusammen."
    assert _coded(text) == []


def test_a_name_in_the_genitive_after_a_title_is_not_the_subject():
    text = "Die Soldaten hatten den Rücktritt des Kommandanten Jan Berger gefordert."
    assert [s for w, _, s, _, _ in _events(text) if w == "gefordert"] == [[]]


def test_an_event_noun_in_the_genitive_of_a_plain_noun_takes_no_subject():
    text = "Präsident Carlos Mesa erklärte, er habe ein Ende der Massenproteste erzwingen wollen."
    assert [s for w, _, s, _, _ in _events(text) if w == "Massenproteste"] == [[]]


def test_inhabitants_of_a_state_named_after_a_place_noun_act_for_it():
    text = "Die Einwohner des Inselstaates Tonga hatten sich versammelt, um gegen die Regierung zu demonstrieren."
    assert [s for w, _, s, _, _ in _events(text) if w == "demonstrieren"] == [["Tonga"]]


def test_breaking_off_talks_as_a_noun_is_a_sanction_breaking_off_a_match_is_not():
    found = _events("Die EU kündigte den Abbruch der Gespräche mit Iran an.")
    assert ("Abbruch", "SANCTION") in [(w, t) for w, t, *_ in found]
    assert _coded("Der Abbruch des Spiels wurde kritisiert.") == [("kritisiert", "ACCUSE", "asserted")]


def test_demanding_help_for_victims_is_still_a_demand():
    assert [t for _, t, _ in _coded("Die Opposition forderte mehr Hilfe für die Opfer.")] == ["REQUEST"]


# --- round 7: classes seen on unseen articles (strikes, aid, back-references, stops, schools, years) ---


def _full(text: str, published: str = "2024-03-26") -> list[dict[str, object]]:
    doc = chronik.analyze(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return [
        {
            "word": doc.text[e.trigger[0] : e.trigger[1]],
            "type": e.type,
            "mode": e.mode,
            "source": [names[x] for x in e.source],
            "target": [names[x] for x in e.target],
            "place": names.get(e.place or ""),
            "date": e.date,
            "modality": e.modality,
            "quantities": [doc.quantities[k].text for k in e.quantities],
        }
        for e in doc.events
    ]


def test_workers_downing_tools_in_a_city_is_a_strike_with_place_and_count():
    (ev,) = _full("Am Dienstag legten in Bochum rund 4.000 Beschäftigte die Arbeit nieder.")
    assert (ev["word"], ev["type"], ev["mode"], ev["place"]) == ("legten", "PROTEST", "strike", "Bochum")
    assert ev["date"] == "2024-03-26" and any("4.000" in q for q in ev["quantities"])


def test_going_on_strike_with_ausstand_names_the_union_of_the_strikers():
    (ev,) = _full("Die Piloten der Vereinigung Cockpit traten am Freitag in den Ausstand.")
    assert (ev["word"], ev["type"], ev["mode"]) == ("Ausstand", "PROTEST", "strike")
    assert ev["source"] == ["Vereinigung Cockpit"]


def test_members_of_a_union_who_strike_make_the_union_the_source():
    (ev,) = _full("In Leipzig streikten am Montag die Mitglieder von Verdi.")
    assert (ev["type"], ev["source"], ev["place"]) == ("PROTEST", ["Verdi"], "Leipzig")


def test_sending_a_relief_team_to_a_country_is_humanitarian_aid_to_it():
    (ev,) = _full("Österreich schickte ein Team des Technischen Hilfswerks mit 40 Einsatzkräften nach Marokko.")
    assert (ev["type"], ev["mode"], ev["source"], ev["target"]) == ("AID", "humanitarian", ["Österreich"], ["Marokko"])
    assert any("40" in q for q in ev["quantities"])


def test_providing_money_for_reconstruction_is_economic_aid_with_the_sum():
    (ev,) = _full("Die Weltbank stellte 200 Millionen Dollar für den Wiederaufbau bereit.")
    assert (ev["word"], ev["type"], ev["mode"]) == ("stellte", "AID", "economic")
    assert any("200 Millionen Dollar" in q for q in ev["quantities"])


def test_delivering_relief_goods_is_aid_but_delivering_a_report_is_not():
    (ev,) = _full("Das Welternährungsprogramm lieferte Hilfsgüter nach Somalia.")
    assert (ev["type"], ev["mode"], ev["target"]) == ("AID", "humanitarian", ["Somalia"])
    assert _full("Die Kommission lieferte einen Bericht ab.") == []


def test_a_meeting_named_again_in_a_time_phrase_is_not_a_second_meeting():
    text = (
        "Bundeskanzler Olaf Scholz hat am Montag in Rom die italienische Ministerpräsidentin Giorgia Meloni "
        "getroffen. „Wir sind uns einig“, sagte Scholz nach dem Treffen. Im Anschluss an die Gespräche flog er "
        "nach Berlin zurück."
    )
    assert [e["word"] for e in _full(text) if e["type"] == "CONSULT"] == ["getroffen"]


def test_an_indefinite_event_noun_in_a_time_phrase_is_still_an_event():
    text = "Scholz hat Meloni getroffen. Nach einer Sondersitzung des Kabinetts erklärte die Regierung ihren Rücktritt."
    assert "Sondersitzung" in [e["word"] for e in _full(text)]


def test_genitive_of_an_attack_noun_is_the_attacker_of_an_arrest_noun_the_arrested():
    text = (
        "Der Luftschlag der Vereinigten Staaten gegen den Iran erfolgte in der Nacht. "
        "Die Festnahme des Oppositionellen Alexej Nawalny löste Proteste aus."
    )
    events = {e["word"]: e for e in _full(text)}
    assert (events["Luftschlag"]["source"], events["Luftschlag"]["target"]) == (["Vereinigte Staaten"], ["Iran"])
    assert (events["Festnahme"]["source"], events["Festnahme"]["target"]) == ([], ["Alexej Nawalny"])


def test_a_stopped_or_prevented_attack_did_not_happen():
    assert [(w, m) for w, t, m in _coded("Biden stoppte den Angriff auf Syrien.") if t == "ASSAULT"] == [
        ("Angriff", "negated")
    ]
    assert _coded("Der Luftangriff wurde kurz vor dem Start abgebrochen.")[0][2] == "negated"
    assert _coded("Die Polizei verhinderte einen Anschlag in Köln.")[0][2] == "negated"


def test_an_almost_attack_is_negated_but_almost_hundred_dead_are_not():
    assert _coded("Im Mai wäre es beinahe zu einem Angriff auf Taiwan gekommen.")[0][2] == "negated"
    assert _coded("Bei dem Angriff wurden fast 100 Menschen getötet.")[0][2] == "asserted"


def test_an_attack_after_which_something_is_stopped_still_happened():
    found = _coded("Nach dem Angriff stoppte die Bahn den Zugverkehr.")
    assert found and found[0][:2] == ("Angriff", "ASSAULT") and found[0][2] == "asserted"


def test_attending_a_school_or_university_is_no_visit():
    text = "Als Jugendlicher besuchte er das St. Mary's College. Später besuchte sie eine Universität in Wien."
    assert [e for e in _full(text) if e["type"] == "CONSULT"] == []
    assert _full("Nach dem Schulbesuch ging er nach Berlin.") == []
    visit = _full("Bundeskanzler Olaf Scholz besuchte am Montag den Präsidenten Emmanuel Macron.")
    assert [e["type"] for e in visit] == ["CONSULT"]


def test_a_year_opening_the_sentence_dates_its_coordinated_and_relative_clauses():
    text = (
        "1972 kam es in Santiago zu Unruhen, und der Politiker Carlos Ruiz wurde verhaftet. "
        "1980 floh er nach Peru, von wo er den Kampf gegen die Regierung führte."
    )
    dates = {e["word"]: e["date"] for e in _full(text, "2024-03-26")}
    assert dates.get("verhaftet") == "1972" and dates.get("Kampf") == "1980"


def test_an_event_noun_that_itself_prevents_something_is_not_stopped():
    assert _coded("Die Vereinbarung soll verhindern, dass der Iran Atomwaffen baut.")[0][2] != "negated"
    assert _coded("Die Aktion führte zu einer Besetzung des Rathauses von beinahe 100 Stunden.") == [
        ("Besetzung", "COERCE", "asserted")
    ]


def test_a_year_in_a_subordinate_opening_or_a_clause_with_its_own_time_does_not_spread():
    text = "Nachdem im Mai 2006 Vorwürfe laut geworden waren, hatten Tausende in Bangkok den Rücktritt gefordert."
    assert [e["date"] for e in _full(text) if e["word"] == "gefordert"] != ["2006-05"]
    text = "Im Jahr 2010 folgte ein Haftbefehl, wo seit 2003 mehr als 300.000 Menschen getötet wurden."
    assert [e["date"] for e in _full(text) if e["word"] == "getötet"] != ["2010"]


def test_a_company_whose_staff_strike_is_the_target_a_union_the_source():
    (struck,) = _full("Die Piloten der Lufthansa streikten am Montag in München.")
    assert (struck["source"], struck["target"]) == ([], ["Lufthansa"])
    (union,) = _full("Die Lokführer der GDL streikten am Montag in München.")
    assert (union["source"], union["target"]) == (["GDL"], [])


def test_weapons_delivered_to_a_country_are_military_aid_to_it():
    (ev,) = _full("Kanada lieferte Kampfpanzer an die Ukraine.")
    assert (ev["type"], ev["mode"], ev["source"], ev["target"]) == ("AID", "military", ["Kanada"], ["Ukraine"])
    (ev,) = _full("Norwegen stellte Polen Munition im Wert von 90 Millionen Euro bereit.")
    assert (ev["type"], ev["mode"]) == ("AID", "military")


# --- lead's round (2026-12-05) ---------------------------------------------------------------------------------


def test_an_origin_describing_a_noun_is_not_where_the_event_happened():
    text = "In Warschau protestierten am Montag etwa 200 Landwirte gegen Importe aus der Ukraine."
    places = {w: place for w, _, _, _, place in _events(text)}
    assert places["protestierten"] == "Warschau"
    text = "Etwa 200 Landwirte protestierten am Montag gegen Importe aus der Ukraine."
    places = {w: place for w, _, _, _, place in _events(text)}
    assert places["protestierten"] is None


def test_a_relative_wo_takes_the_place_named_before_it():
    text = "Der Kanzler reist am Dienstag nach Brüssel weiter, wo ein Gipfel der Europäischen Union stattfindet."
    places = {w: place for w, _, _, _, place in _events(text)}
    assert places["Gipfel"] == "Brüssel"
