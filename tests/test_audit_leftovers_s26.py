"""Leftovers of blind audits 47 and 48 (session 26): general constructions of German news language, each tested with
invented sentences read as a short article (a title line, then the sentence)."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import event_rows, rows_by_trigger


def article(sentence: str) -> str:
    return "Meldung\n" + sentence


def test_a_title_phrase_without_commas_closing_the_fronted_field_names_the_subject() -> None:
    # "Der Sprecher des Ministeriums Joachim Laun wies … zurück": the name ends the one phrase before the finite verb,
    # so it is the apposition of "Sprecher", not a target hung on the genitive noun
    rows = rows_by_trigger(article("Der Sprecher des Wissenschaftsministeriums Joachim Laun wies die Vorwürfe zurück."))
    assert rows["wies"][1:4] == ("REJECT", ["Joachim Laun"], [])


def test_a_hyphenated_title_with_a_for_phrase_before_the_name() -> None:
    rows = rows_by_trigger(article("Der EU-Kommissar für Energie Günther Oettinger kritisierte die Bundesregierung."))
    assert rows["kritisierte"][1:4] == ("ACCUSE", ["Günther Oettinger"], ["Bundesregierung"])


def test_a_name_after_a_title_in_the_genitive_is_that_title_holder_not_the_subject() -> None:
    # "Der Sprecher des Präsidenten Joachim Laun": the name is the president's; the unnamed spokesman speaks
    rows = rows_by_trigger(article("Der Sprecher des Präsidenten Joachim Laun wies die Vorwürfe zurück."))
    assert rows["wies"][2] != ["Joachim Laun"]


def test_a_participle_with_rows_of_its_own_also_reads_its_infinitives_rows() -> None:
    # the "abgefangen" row for missiles must not hide the "abfangen" row for ships
    rows = rows_by_trigger(article("Die Yacht wurde vor der Küste von der indischen Küstenwache abgefangen."))
    assert rows["abgefangen"][1] == "COERCE"


def test_a_surname_ending_like_a_storm_is_no_force_of_nature() -> None:
    # "Kiesewetter" ends in "wetter": the victim's name, no natural doer that would drop the shooting
    rows = rows_by_trigger(
        article("Am Montag wurde auf einem Parkplatz die Polizistin Michèle Kiesewetter erschossen."),
        published="2007-04-26",
    )
    assert rows["erschossen"][1] == "ASSAULT"
    assert rows["erschossen"][3] == ["Michèle Kiesewetter"]


def test_an_unwetter_still_is_a_force_of_nature() -> None:
    rows = event_rows(article("Das Unwetter hatte am Montag drei Menschen getötet."))
    assert not [r for r in rows if r[1] == "ASSAULT"]


def test_fighting_by_armed_groups_is_an_armed_clash_and_fighting_poverty_is_none() -> None:
    rows = rows_by_trigger(article("In der Provinz kämpfen arabische Milizen gegen Rebellen."))
    assert rows["kämpfen"][1] == "ASSAULT"
    assert not event_rows(article("Die Regierung kämpft gegen die Armut."))


def test_a_request_noun_with_um() -> None:
    rows = rows_by_trigger(article("Der Verband schickte der Ministerin ein Schreiben mit der Bitte um Hilfe."))
    assert rows["Bitte"][1] == "REQUEST"
    assert not event_rows(article("Bitte beachten Sie die Hinweise."))


def test_an_admission_is_a_concession_and_what_it_admits_is_no_accusation() -> None:
    rows = event_rows(article("Robert Hoyzer hatte zugegeben, vier Fußballspiele manipuliert zu haben."))
    assert [(r[0], r[1], r[2]) for r in rows] == [("zugegeben", "CONCEDE", ["Robert Hoyzer"])]


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("Eine Kofferbombe wurde am Montag vor dem Theaterhaus in Jena abgelegt.", "abgelegt", "ASSAULT"),
        ("Unbekannte deponierten einen Sprengsatz vor dem Rathaus.", "deponierten", "ASSAULT"),
        ("Ein Prokurist wurde bereits vor einiger Zeit per Strafbefehl abgeurteilt.", "abgeurteilt", "COERCE"),
        ("Die CDU hat sich dafür ausgesprochen, die Akten freizugeben.", "ausgesprochen", "SUPPORT"),
        ("Die CDU hat sich dagegen ausgesprochen, die Akten freizugeben.", "ausgesprochen", "REJECT"),
    ],
)
def test_act_verbs_found_in_the_audits(sentence: str, trigger: str, etype: str) -> None:
    assert rows_by_trigger(article(sentence))[trigger][1] == etype


def test_a_bomb_word_is_needed_for_placing_to_be_an_attack() -> None:
    assert not event_rows(article("Der Minister legte die Akten im Archiv ab."))


def test_the_genitive_closing_an_unnamed_subject_is_no_target() -> None:
    # "Abgeordnete aller Fraktionen des Bundestags haben … verurteilt": the body speaks through its members
    rows = rows_by_trigger(article("Abgeordnete aller Fraktionen des Bundestags haben den Angriff verurteilt."))
    assert rows["verurteilt"][1:4] == ("ACCUSE", ["Bundestag"], [])


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("Die Menge skandierte vor dem Einkaufszentrum Parolen gegen den Präsidenten.", "skandierte", "PROTEST"),
        ("Vor der Botschaft wurden am Freitag israelische Flaggen verbrannt.", "verbrannt", "PROTEST"),
        ("Jugendliche Krawallmacher verbündeten sich mit den Streikenden.", "verbündeten", "COOPERATE"),
        ("In der Pressekonferenz verteidigte sich der Minister gegen die Vorwürfe.", "verteidigte", "REJECT"),
        ("Der Präsident Jacques Chirac wollte sich auf keinen Kompromiss einlassen.", "einlassen", "REJECT"),
    ],
)
def test_protest_alliance_and_refusal_verbs_found_in_the_audits(sentence: str, trigger: str, etype: str) -> None:
    assert rows_by_trigger(article(sentence))[trigger][1] == etype


def test_a_fire_that_burns_houses_is_no_protest() -> None:
    assert not [r for r in event_rows(article("Bei dem Feuer verbrannten drei Häuser.")) if r[1] == "PROTEST"]


def test_defending_a_position_in_war_is_no_rejection() -> None:
    rows = event_rows(article("Die Soldaten verteidigten sich gegen den Angriff der Rebellen."))
    assert not [r for r in rows if r[1] == "REJECT"]


# Round 2 (not blind): constructions the blind audits 49 and 50 named.


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("Heute begann vor dem Landgericht Bremen der Prozess gegen den Ziehvater des Jungen.", "Prozess", "ACCUSE"),
        ("Gegen die Ministerin laufen mehrere Untersuchungen der Bundespolizei.", "Untersuchungen", "ACCUSE"),
        ("Die Fraktionschefin hatte die Abgeordnete zu einer Befragung geladen.", "geladen", "REQUEST"),
        ("Der Präsident hat den Außenminister mit der Bildung einer Regierung beauftragt.", "beauftragt", "REQUEST"),
        ("Der Angeklagte plädierte am Mittwoch auf schuldig.", "plädierte", "CONCEDE"),
        ("Der Angeklagte plädierte auf nicht schuldig.", "plädierte", "REJECT"),
        ("Die beiden anderen Bandmitglieder haben ihre Bewährungsstrafen anerkannt.", "anerkannt", "CONCEDE"),
        ("Freiwillige Helfer versorgten die Flüchtlinge mit Wasser und Lebensmitteln.", "versorgten", "AID"),
        ("Es kam zu einer Auseinandersetzung zwischen Polizei und Demonstranten.", "Auseinandersetzung", "PROTEST"),
        ("Dennoch ließ die Abgeordnete bereits im Mai ihre Fraktionsämter ruhen.", "ließ", "CONCEDE"),
    ],
)
def test_procedure_aid_and_concession_acts_found_in_audits_49_and_50(sentence: str, trigger: str, etype: str) -> None:
    assert rows_by_trigger(article(sentence))[trigger][1] == etype


def test_a_process_or_an_inquiry_without_gegen_is_no_event() -> None:
    assert not event_rows(article("Der Prozess der Versöhnung dauert an."))
    assert not event_rows(article("Die Untersuchung ergab keine Hinweise auf Fremdverschulden."))


def test_not_ready_to_act_is_a_refusal_once_and_the_refused_act_is_not_coded() -> None:
    rows = event_rows(article("Die Opposition war nicht bereit gewesen, den Haushalt zu unterstützen."))
    assert [(r[0], r[1]) for r in rows] == [("war", "REJECT")]
    rows = event_rows(article("Die Opposition ist nicht bereit, den Haushalt zu unterstützen."))
    assert [(r[0], r[1]) for r in rows] == [("ist", "REJECT")]


def test_a_possible_particle_still_separates_a_verb_where_no_row_names_it() -> None:
    # "stellte … bereit" is "bereitstellen", not "stellen" with a required "bereit"
    rows = event_rows(article("Die Regierung stellte den Flüchtlingen Zelte und Decken bereit."))
    assert all(r[1] != "REJECT" for r in rows)


def test_a_history_of_past_attacks_dates_the_next_sentence_by_the_attack_before_it() -> None:
    # the day in focus is itself years back, so an old day of an act moves it
    text = (
        "Anschläge der Gruppe\n"
        "Die erste bekannte Tat ereignete sich am 9. September 2000. "
        "Die Polizei stellte die Tatwaffe im Haus sicher.\n\n"
        "Am 25. April 2007 wurde in Heilbronn eine Polizistin erschossen. Ihr Kollege wurde schwer verletzt."
    )
    doc = chronik.analyze(text, published="2011-11-16")
    dates = {doc.text[e.trigger[0] : e.trigger[1]]: e.date for e in doc.events}
    assert dates.get("verletzt") == "2007-04-25"


def test_hiring_a_firm_and_drinks_after_a_race_are_no_political_acts() -> None:
    assert not event_rows(article("Der Konzern hatte die Firma mit Arbeiten im Kraftwerk beauftragt."))
    assert not event_rows(article("Nach dem Zieleinlauf wurden die Sportler reichlich mit Getränken versorgt."))


def test_a_plea_of_not_guilty_is_an_asserted_rejection() -> None:
    rows = event_rows(article("Der Angeklagte hatte vor dem Haftrichter auf nicht schuldig plädiert."))
    assert [(r[1], r[5]) for r in rows] == [("REJECT", "asserted")]


def test_not_yet_ready_is_no_refusal() -> None:
    rows = event_rows(article("Die Stadt wird später übergeben, weil die Seite noch nicht bereit sei zur Übernahme."))
    assert all(r[1] != "REJECT" for r in rows)


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        (
            "Präsident Erdoğan schüre den Konflikt, sagte der Oppositionsführer Selahattin Demirtaş.",
            "schüre",
            ["Selahattin Demirtaş"],
            ["Erdoğan"],
        ),
        (
            "Senator Jeff Sessions sagte, Hillary Clinton habe die Sicherheitsvorschriften umgangen.",
            "umgangen",
            ["Jeff Sessions"],
            ["Hillary Clinton"],
        ),
    ],
)
def test_wrongdoing_a_speaker_says_someone_did_is_an_accusation(
    sentence: str, trigger: str, source: list[str], target: list[str]
) -> None:
    assert rows_by_trigger(article(sentence))[trigger][1:4] == ("ACCUSE", source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Minister sagte, man müsse mit der Krise umgehen.",  # to handle, not to circumvent
        "Die Polizei behinderte am Montag den Verkehr.",  # told by the reporter, no one accuses
        "Ein Beamter sagte, wer das Amt belüge, werde bestraft.",  # a rule about anyone
        "Ein Beamter sagte, dass jemand, der lüge, bestraft werde.",
    ],
)
def test_wrongdoing_verbs_outside_an_accusation_are_no_event(sentence: str) -> None:
    assert all(r[1] != "ACCUSE" for r in event_rows(article(sentence)))


def test_a_plain_town_dash_dateline_is_no_subject() -> None:
    # "Istanbul – Der türkische Präsident …": a dateline with no date or agency (Der Standard's style), also after a
    # teaser sentence in the same paragraph, as news datasets flatten title, teaser and body
    for text in (
        "Meldung\nIstanbul – Der türkische Präsident Recep Tayyip Erdoğan hat Ministerpräsident Ahmet Davutoğlu "
        "mit der Bildung einer Übergangsregierung beauftragt.",
        "Die Regierung soll neu gebildet werden. Istanbul – Der türkische Präsident Recep Tayyip Erdoğan hat "
        "Ministerpräsident Ahmet Davutoğlu mit der Bildung einer Übergangsregierung beauftragt.",
    ):
        rows = rows_by_trigger(text)
        assert rows["beauftragt"][1:4] == ("REQUEST", ["Recep Tayyip Erdoğan"], ["Ahmet Davutoğlu"])


def test_a_dash_after_a_name_that_is_no_place_opens_no_dateline() -> None:
    # "Merkel – die Kanzlerin – …": an apposition between dashes, lower case after the dash
    rows = rows_by_trigger(article("Merkel – die Kanzlerin – kritisierte die Regierung in Moskau."))
    assert rows["kritisierte"][2] == ["Merkel"]


def test_who_holds_a_detainee_in_custody_is_the_source() -> None:
    rows = rows_by_trigger(article("Der Pilot Valeri Trojanow befindet sich noch immer in Gewahrsam Litauens."))
    assert rows["befindet"][1:4] == ("COERCE", ["Litauen"], ["Valeri Trojanow"])


def test_a_military_rank_before_a_name_is_a_title() -> None:
    doc = chronik.analyze("Meldung\nDer russische Pilot Major Valeri Trojanow ist in Haft.", published="2024-03-14")
    assert ("Valeri Trojanow", "PER") in [(e.name, e.label) for e in doc.entities]


def test_a_stance_about_a_case_named_by_a_person_has_no_target() -> None:
    # "der Fall Badawi" names the case by its victim; the outrage is no act against him
    rows = rows_by_trigger(article("Auch am Sonntag zeigten sich die Grünen entsetzt über den Fall Badawi."))
    assert rows["zeigten"][1] == "ACCUSE"
    assert rows["zeigten"][3] == []


def test_the_shared_subject_of_a_passive_zu_infinitive_is_its_target() -> None:
    # "erklärte, geschlagen worden zu sein": the speaker was beaten, she did not beat (blind audit 47)
    rows = event_rows(article("Die Prinzessin Latifa erklärte, danach geschlagen und eingesperrt worden zu sein."))
    assert [(r[0], r[2], r[3]) for r in rows] == [("geschlagen", [], ["Latifa"]), ("eingesperrt", [], ["Latifa"])]


def test_a_name_with_a_long_apposition_before_a_state_undergone_is_its_target() -> None:
    text = article(
        "Valeri Trojanow, Pilot des über Litauen abgestürzten russischen Kampfflugzeuges, befindet sich noch immer "
        "in Gewahrsam Litauens."
    )
    assert rows_by_trigger(text)["befindet"][1:4] == ("COERCE", ["Litauen"], ["Valeri Trojanow"])


def test_the_highest_court_keeps_its_adjective() -> None:
    # "Oberster" is no rank: the court's name stays whole
    doc = chronik.analyze("Meldung\nDer Oberste Gerichtshof hat das Urteil aufgehoben.", published="2024-03-14")
    assert any(e.name.startswith("Oberste") for e in doc.entities)


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("Spezialeinheiten aus Nordbayern wurden alarmiert.", "alarmiert", "MOBILIZE"),
        ("Die Parteien haben sich auf einen Kompromiss verständigt.", "verständigt", "AGREE"),
    ],
)
def test_calling_up_forces(sentence: str, trigger: str, etype: str) -> None:
    assert rows_by_trigger(article(sentence))[trigger][1] == etype


@pytest.mark.parametrize(
    "sentence",
    ["Putin kritisierte die Regierung.", "Am Montag traf Erdoğan den Präsidenten.", "Lawrow lehnte den Plan ab."],
)
def test_a_listed_actors_family_name_alone_is_a_person(sentence: str) -> None:
    # the NER misses well-known leaders named by the family name alone; the actor dictionary knows them
    doc = chronik.analyze(article(sentence), published="2016-03-01")
    assert [e.label for e in doc.entities] == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Vertreter des Islam fordern eine Entschuldigung.",  # a dictionary word
        "Auf dem Kongress gibt es Vorträge zu Hacking, Science und Community.",  # English words
    ],
)
def test_dictionary_words_are_no_family_names(sentence: str) -> None:
    doc = chronik.analyze(article(sentence), published="2016-03-01")
    assert not [e for e in doc.entities if e.label == "PER" and e.name in ("Islam", "Hacking", "Community")]
