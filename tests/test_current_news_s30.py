"""Constructions of German news that the thirtieth session found unread, in the Wikinews gold and in the invented
current-news audits. Each test uses made-up sentences, read as a short article (a title line, then the text)."""

from __future__ import annotations

import chronik
from tests.event_docs import short_news_events as events


def test_an_article_after_an_apposition_in_the_middle_field_opens_no_relative_clause() -> None:
    # "den sofortigen Rücktritt … verlangt" completes "hat": "den" is an article, the clause goes on
    text = (
        "Am Samstag hat die Sprecherin der Demokraten, Nancy Pelosi, den sofortigen Rücktritt des Ministers verlangt."
    )
    assert events(text) == [("REQUEST", ["Nancy Pelosi"], [])]
    # a relative clause with its own finite verb still is one
    text = "Am Samstag hat der Minister, den die Polizei gesucht hatte, die neuen Regeln kritisiert."
    assert [e[0] for e in events(text)] == ["ACCUSE"]


def test_a_titled_name_after_the_finite_verb_is_the_subject_not_the_body_in_the_title() -> None:
    text = (
        "Am Samstag hat die Sprecherin und Mehrheitsführerin der Demokraten im US-Repräsentantenhaus, Nancy Pelosi, "
        "den Rücktritt von Donald Trump verlangt."
    )
    assert events(text) == [("REQUEST", ["Nancy Pelosi"], ["Donald Trump"])]
    # after an object article the titled name is the object
    text = "Am Samstag traf Friedrich Merz den Präsidenten der Ukraine, Wolodymyr Selenskyj, in Berlin."
    assert events(text)[0][1:] == (["Friedrich Merz"], ["Wolodymyr Selenskyj"])


def test_a_genitive_surname_after_a_surname_is_a_second_person() -> None:
    text = (
        "Donald Trump war Präsident. Nancy Pelosi ist Sprecherin. "
        "Am Samstag bezeichnete Pelosi Trumps Vorgehen als Angriff auf die Demokratie."
    )
    assert events(text) == [("ACCUSE", ["Nancy Pelosi"], ["Donald Trump"])]


def test_whom_a_judging_verb_writes_to_is_not_whom_it_judges() -> None:
    text = "In einem Brief an die Abgeordneten des Bundestags kritisierte Friedrich Merz die Regierung."
    assert events(text) == [("ACCUSE", ["Friedrich Merz"], [])]
    # an act noun's criticism in an open letter is aimed at its addressee
    text = "Die Kritik in einem offenen Brief an die Bundesregierung unterschrieben viele Forscher."
    assert [e[2] for e in events(text) if e[0] == "ACCUSE"] == [["Bundesregierung"]]


def test_sie_continues_an_organisation_named_by_a_feminine_noun_and_a_genitive() -> None:
    text = "Die Gewerkschaft der Polizei hat den Vorschlag abgelehnt. Sie kritisierte den Minister scharf."
    assert ("ACCUSE", ["Gewerkschaft der Polizei"], []) in events(text)


def test_a_sports_title_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Mesut Özil trat zurück. Der Deutsche Fußball-Bund hat den Spitzensportler Özil aufgefordert, sich zu äußern."
    )
    assert ("REQUEST", ["Deutscher Fußball-Bund"], ["Mesut Özil"]) in events(text)


def test_joining_an_opinion_or_a_concern_supports_it() -> None:
    assert events("Auch die FDP schloss sich dieser Meinung an.") == [("SUPPORT", ["FDP"], [])]
    text = "Amnesty International schloss sich der Besorgnis des Roten Kreuzes an."
    assert [e[0] for e in events(text)] == ["SUPPORT"]


def test_not_recognising_a_court_refuses_but_withheld_recognition_of_a_state_stays_negated_support() -> None:
    text = "Der Angeklagte Saddam Hussein erkannte die Autorität des Gerichtes nicht an."
    assert events(text)[0][:2] == ("REJECT", ["Saddam Hussein"])
    # the guide's tenth-session decision: a state or annexation not recognised is negated SUPPORT/recognize
    doc = chronik.analyze("Meldung\nDie Türkei erkennt Zypern nicht an.", published="2026-11-20")
    assert [(e.type, e.modality) for e in doc.events] == [("SUPPORT", "negated")]


def test_an_office_holder_attacking_someone_as_something_attacks_in_words() -> None:
    text = "Verteidigungsminister Donald Rumsfeld attackierte den Iran als führenden Förderer des Terrorismus."
    assert events(text) == [("ACCUSE", ["Donald Rumsfeld"], ["Iran"])]
    # a blow is no label
    assert [e[0] for e in events("Die Rebellen griffen den Konvoi als Vergeltung an.")] == ["ASSAULT"]


def test_whose_help_a_pledge_promises_is_not_who_receives_it() -> None:
    text = "Die EU-Außenbeauftragte Kaja Kallas sicherte der Bundesregierung die Solidarität der Europäischen Union zu."
    assert events(text) == [("SUPPORT", ["Kaja Kallas"], ["Bundesregierung"])]
    text = "Ursula von der Leyen sicherte Italien die Hilfe der Europäischen Union zu."
    assert events(text) == [("AID", ["Ursula von der Leyen"], ["Italien"])]


def test_ships_sent_are_deployed_unless_they_carry_aid() -> None:
    assert [e[0] for e in events("Marine und Küstenwache schickten eigene Schiffe in die Meerenge.")] == ["MOBILIZE"]
    assert [e[0] for e in events("Die Türkei schickte Schiffe mit Hilfsgütern nach Gaza.")] == ["AID"]


def test_ordering_preventive_custody_arrests() -> None:
    text = "Das Amtsgericht Erding ordnete Präventivgewahrsam für sechs Aktivisten an."
    assert [e[0] for e in events(text)] == ["COERCE"]


def test_wounding_someone_with_a_knife_is_an_attack() -> None:
    assert [e[0] for e in events("Der Mann verletzte einen Polizisten mit einem Messer.")] == ["ASSAULT"]
    assert events("Der Koch hat sich mit einem Messer an der Hand verletzt.") == []


def test_den_before_a_bare_singular_noun_after_an_apposition_is_an_article() -> None:
    text = "Während der Sprecher der Demokraten im Senat, Chuck Schumer, den Plan kritisierte, schwieg das Weiße Haus."
    assert ("ACCUSE", ["Chuck Schumer"], []) in events(text)


def test_von_der_leyen_after_a_verb_is_the_subject_not_a_von_phrase() -> None:
    text = (
        "Kommissionspräsidentin Ursula von der Leyen verteidigte das Abkommen. "
        "Später traf von der Leyen den französischen Präsidenten Emmanuel Macron."
    )
    assert ("CONSULT", ["Ursula von der Leyen"], ["Emmanuel Macron"]) in events(text)
    # named by her listed alone form only
    kind, source, target = events("Am Montag kritisierte von der Leyen die Zölle scharf.")[0]
    assert kind == "ACCUSE" and len(source) == 1 and "Leyen" in source[0] and target == []
    text = (
        "Ursula von der Leyen wurde nominiert. "
        "Der Co-Vorsitzende Reinhard Bütikofer nannte von der Leyens Nominierung eine „Zumutung“."
    )
    assert ("ACCUSE", ["Reinhard Bütikofer"], ["Ursula von der Leyen"]) in events(text)


def test_members_of_parties_named_with_von_act_for_them() -> None:
    assert events("Abgeordnete von Grünen und Linken kritisierten den Plan.") == [
        ("ACCUSE", ["Bündnis 90/Die Grünen", "Die Linke"], [])
    ]


def test_a_protest_as_the_motive_of_a_clause_is_its_subjects() -> None:
    assert events("Aus Protest gegen das Verfahren verließ die AfD den Saal.") == [("PROTEST", ["AfD"], [])]


def test_who_takes_part_in_talks_holds_them() -> None:
    text = "An den Gesprächen nehmen auch Vertreter der USA und Saudi-Arabiens teil."
    assert events(text) == [("CONSULT", ["Vereinigte Staaten", "Saudi-Arabien"], [])]
    text = "Unter anderem nahm auch Oberbürgermeister Jens Böhrnsen an der Demonstration teil."
    assert events(text) == [("PROTEST", ["Jens Böhrnsen"], [])]


def test_his_minister_is_the_minister_named_before() -> None:
    text = (
        "Brandenburgs Innenminister René Wilke geriet unter Druck. "
        "Ministerpräsident Dietmar Woidke stellte sich ausdrücklich hinter seinen Innenminister."
    )
    assert events(text) == [("SUPPORT", ["Dietmar Woidke"], ["René Wilke"])]


def test_a_phrase_inside_an_attributive_participle_is_no_preposition_of_the_name() -> None:
    text = "Der im Exil lebende Oppositionsführer Jean Olympio kritisierte die Regierung."
    assert events(text)[0][:2] == ("ACCUSE", ["Jean Olympio"])
    text = "Macron traf sich mit dem seit 2019 regierenden Präsidenten Kassym-Schomart Tokajew."
    assert events(text) == [("CONSULT", ["Macron"], ["Kassym-Schomart Tokajew"])]
    # no phrase of its own: the preposition before the article is the name's
    text = "Die Demonstranten protestierten gegen den amtierenden Ministerpräsidenten Thaksin Shinawatra."
    assert events(text)[0][2] == ["Thaksin Shinawatra"]


def test_an_unknown_given_name_and_a_surname_read_as_a_place_after_a_title_are_one_person() -> None:
    text = "Oppositionsführer Gilchrist Olympio rief seine Anhänger zum Widerstand auf."
    assert events(text)[0][:2] == ("REQUEST", ["Gilchrist Olympio"])


def test_staff_named_as_the_object_of_a_verb_with_its_own_subject_do_not_act() -> None:
    text = (
        "Verbandspräsident Joachim Rukwied forderte die Abgeordneten des Europaparlaments auf, das Abkommen abzulehnen."
    )
    assert events(text)[0][1] == ["Joachim Rukwied"]
