"""Constructions of current-affairs news that the invented current-news audits 53/54 (session 29) found unread. Each
test uses made-up sentences, read as a short article (a title line, then the text)."""

from __future__ import annotations

from tests.event_docs import short_news
from tests.event_docs import short_news_events as events


def names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.label) for e in short_news(text).entities]


def test_an_act_called_an_attack_on_a_good_an_adventure_or_a_licence_to_kill_is_disapproved() -> None:
    called = events("Reichinnek nannte das Gesetz einen „Angriff auf die Gesundheit der Beschäftigten“.")
    assert called == [("ACCUSE", ["Reichinnek"], [])]
    assert events("Rüdiger Lucassen nannte das Mandat „ein teures Abenteuer ohne Ausstiegsplan“.")[0][:2] == (
        "ACCUSE",
        ["Rüdiger Lucassen"],
    )


def test_not_consenting_refuses() -> None:
    assert events("Die FDP stimmte dem Haushalt nicht zu.") == [("REJECT", ["FDP"], [])]
    assert [e[0] for e in events("Mehrere Abgeordnete kündigten an, dem Gesetz nicht zuzustimmen.")] == ["REJECT"]
    assert events("Die FDP stimmte dem Haushalt zu.") == [("AGREE", ["FDP"], [])]


def test_a_second_verb_after_und_read_as_an_adjective_before_a_name_is_a_verb() -> None:
    text = "Albin Kurti wies das zurück und beschuldigte Belgrad, kriminelle Gruppen im Norden zu steuern."
    assert ("ACCUSE", ["Albin Kurti"], ["Belgrad"]) in events(text)


def test_a_participle_with_an_inseparable_prefix_unknown_to_the_dictionary_is_its_verb() -> None:
    text = "Die Polizei griff ein, nachdem Demonstranten Beamte mit Steinen beworfen hatten."
    assert "ASSAULT" in [e[0] for e in events(text)]


def test_roadblocks_police_drawn_together_ships_moved_and_a_warship_putting_to_sea_are_deployments() -> None:
    assert [e[0] for e in events("Daraufhin errichteten Hunderte Serben im Norden Straßensperren.")] == ["PROTEST"]
    gathered = events("Innenminister Laurent Nuñez ließ rund 5000 Polizisten in der Hauptstadtregion zusammenziehen.")
    assert gathered == [("MOBILIZE", ["Laurent Nuñez"], [])]
    assert [e[0] for e in events("Küstenwache und Marine verlegten zusätzliche Schiffe in die Meerenge.")] == [
        "MOBILIZE"
    ]
    assert [e[0] for e in events("Die Fregatte soll Anfang Dezember in das Einsatzgebiet auslaufen.")] == ["MOBILIZE"]
    # a contract runs out: no ship, no deployment
    assert events("Der Vertrag läuft Ende des Jahres aus.") == []


def test_a_projectile_hitting_is_an_attack_not_a_meeting() -> None:
    assert [e[0] for e in events("Eine Rakete traf ein Wohnhaus in Charkiw.")] == ["ASSAULT"]
    assert [e[0] for e in events("Merz traf Macron in Berlin.")] == ["CONSULT"]


def test_a_fronted_object_then_the_verb_and_its_pronoun_subject() -> None:
    text = "Selenskyj dankte den Staaten. Das russische Veto nannte er eine „Lizenz zum Töten“."
    assert events(text)[-1] == ("ACCUSE", ["Selenskyj"], [])
    # a pronoun resolved to the fronted object itself is not taken for the subject
    fronted = events(
        "Ahmadinedschad empfing die Soldaten. Ihrem Kommandeur, dem Kapitän Amangah, verlieh er eine Medaille."
    )
    assert all("Amangah" not in e[1] for e in fronted)


def test_the_country_of_an_adjective_on_the_judged_thing_is_the_target() -> None:
    text = "Deutschland fordert mehr Zugang. Wang Yi wies die deutsche Forderung zurück."
    assert events(text)[-1] == ("REJECT", ["Wang Yi"], ["Deutschland"])
    text = "Russland blockierte die Resolution. Selenskyj verurteilte das russische Veto."
    assert events(text)[-1] == ("ACCUSE", ["Selenskyj"], ["Russland"])


def test_another_speaker_judging_after_a_criticism_is_an_act_of_their_own() -> None:
    text = "Selenskyj kritisierte das Veto. Johann Wadephul sprach von einem „zynischen Manöver Moskaus“."
    assert [e[:2] for e in events(text)] == [("ACCUSE", ["Selenskyj"]), ("ACCUSE", ["Johann Wadephul"])]
    # the same side saying it again is one judgment
    assert len(events("Die VKA kritisierte die Streiks. Ihre Präsidentin sprach von einer „Eskalation“.")) == 1


def test_a_conversation_an_act_is_done_in_is_held_by_the_act_s_parties() -> None:
    text = "Merz sicherte Stocker in einem Telefonat die Solidarität Deutschlands zu."
    assert ("CONSULT", ["Merz"], ["Stocker"]) in events(text)


def test_names_the_ner_runs_together_or_mislabels() -> None:
    # two listed figures named alone side by side are two people
    assert names("Am Montag traf Merz Macron.") == [("Merz", "PER"), ("Macron", "PER")]
    # a listed figure's whole name is a person's, whatever the NER says
    assert [label for _, label in names("Marine Le Pen traf Bardella.")] == ["PER", "PER"]
    # no name opens with "und"; a common noun left alone is none
    assert names("Küstenwache und Marine verlegten zusätzliche Schiffe in die Meerenge.") == []
    # an act with its country is no organisation's name
    assert names("Selenskyj verurteilte das russische Veto.") == [("Selenskyj", "PER")]
    assert ("Russland", "LOC") in names("Selenskyj verurteilte das Veto Russlands.")


def test_a_name_between_commas_after_an_articled_title_is_the_subject() -> None:
    text = "Die Präsidentin des Verbands der Automobilindustrie (VDA), Hildegard Müller, kritisierte die Zölle."
    assert events(text) == [("ACCUSE", ["Hildegard Müller"], [])]
    text = "Der Gouverneur von Minnesota, Tim Walz, kritisierte daraufhin die Bundesregierung."
    assert events(text) == [("ACCUSE", ["Tim Walz"], ["Bundesregierung"])]
    # two titled names joined by "und" are two subjects, not the last one alone
    text = "Die Staatssekretärin, Kerstin Müller, und der Finanzminister, Mulu Ketsela, unterzeichneten ein Abkommen."
    assert events(text)[0][1] != ["Mulu Ketsela"]


def test_a_bracketed_party_is_no_second_subject_of_a_later_conjunct() -> None:
    text = "Umweltminister Carsten Schneider (SPD) zeigte Verständnis, rief die Aktivisten aber auf, ruhig zu bleiben."
    assert events(text) == [("REQUEST", ["Carsten Schneider"], [])]


def test_a_country_s_hyphenated_title_before_a_name_is_the_name_s() -> None:
    assert events("Chinas UN-Botschafter Fu Cong kritisierte die USA.") == [
        ("ACCUSE", ["Fu Cong"], ["Vereinigte Staaten"])
    ]


def test_a_name_after_the_fronted_verb_before_an_object_pronoun_is_the_subject() -> None:
    text = "Jetten kritisierte Wilders. Daraufhin warf Wilders ihm vor, den Willen der Wähler zu missachten."
    assert events(text)[-1] == ("ACCUSE", ["Wilders"], ["Jetten"])
    assert events("Merz lobte Macron. Am Abend dankte Macron ihm für die Unterstützung.")[-1] == (
        "SUPPORT",
        ["Macron"],
        ["Merz"],
    )


def test_one_office_holder_attacking_another_without_a_weapon_attacks_in_words() -> None:
    text = (
        "Bundeskanzlerin Angela Merkel sprach in München. "
        "Dabei griff Merkel auch den iranischen Präsidenten Mahmud Ahmadinedschad an."
    )
    assert events(text)[-1] == ("ACCUSE", ["Angela Merkel"], ["Mahmud Ahmadinedschad"])
    # people without titles, or a weapon in the clause: an assault
    assert events("Der 35-jährige Peter K. griff seine Ex-Frau Anna an.")[0][0] == "ASSAULT"
    text = "Der Bürgermeister Peter Hollstein sprach. Der Politiker Karl Meier griff Hollstein mit einem Messer an."
    assert events(text)[-1][0] == "ASSAULT"


def test_a_country_s_titled_holder_after_und_is_a_second_subject() -> None:
    text = "Bundeskanzler Friedrich Merz (CDU) und Frankreichs Präsident Emmanuel Macron telefonierten am Mittwoch."
    assert events(text) == [("CONSULT", ["Friedrich Merz", "Emmanuel Macron"], [])]


def test_von_der_leyen_opening_a_sentence_is_the_commission_president() -> None:
    assert events("Von der Leyen wies den Vorwurf zurück.") == [("REJECT", ["Von der Leyen"], [])]


def test_a_fronted_election_or_proposal_is_no_actor_but_a_report_in_the_nominative_is() -> None:
    assert events("Eine Neuwahl lehnte Woidke entschieden ab.") == [("REJECT", ["Woidke"], [])]
    assert events("Den Vorschlag lobte Merz.") == [("SUPPORT", ["Merz"], [])]
    assert events("Der Bericht kritisierte Merz.") == [("ACCUSE", [], ["Merz"])]
    # a person or a body opening the clause stays the subject
    assert events("Die Gewerkschaft kritisierte Merz.")[0][2] == ["Merz"]


def test_horror_fear_and_attacks_on_the_community_as_labels() -> None:
    for text in (
        "Heidi Reichinnek sprach von einem „Gesetz der Angst“.",
        "Tom Fletcher sprach von „einem weiteren Kapitel des Grauens“.",
        "Alexander Dobrindt sprach von einem „gezielten Angriff auf unser Gemeinwesen“.",
    ):
        assert [e[0] for e in events(text)] == ["ACCUSE"], text
    # fear in the population is a mood, no label
    assert events("Der Bürgermeister sprach von Angst in der Bevölkerung.") == []


def test_only_a_participle_the_dictionary_does_not_know_is_rebuilt_from_its_ge_form() -> None:
    from chronik.components.events import _prefixed_participle

    assert _prefixed_participle("beworfen", "de") == "bewerfen"
    # a lemma is no participle: its "ge-" form may be another verb's ("gelegen" → "liegen")
    text = "Die Armee hat weitere Truppen an die Grenze verlegt."
    assert [e[0] for e in events(text)] == ["MOBILIZE"]
