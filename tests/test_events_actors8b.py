"""Event actors, second round of the eighth session (2026-12-05): a finite verb the tagger missed ends a group of
names ("Sie dankte dem Emir und der Regierung"); the dateline's town and agency are never "beide"; a speech verb
with its own pronoun after a subjunctive clause does not share that clause's subject; "die Organisation" after an
unnamed "Hilfsorganisation" is not the organisation named last; "zwischen X und Y vermitteln" targets both sides;
a town right before an offered event noun ("man habe Moskau ein Treffen angeboten") is its recipient; "ihre Partei"
in an indirect quote is the speaker's party; the verb that cues a quote is its speaker's act; "sich für Sanktionen
einsetzen" makes the subject the noun's source; "X habe …, warf er … vor" targets X. Own invented sentences; the
whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, event_of, names


def test_dative_after_untagged_verb_is_not_a_second_source():
    text = (
        "Außenministerin Anna Berg sagte in Paris, man sei erleichtert. "
        "Sie dankte dem Emir und der katarischen Regierung für ihre Hilfe."
    )
    doc = analyzed(text)
    ev = event_of(doc, "dankte")
    assert names(doc, ev.source) == ["Anna Berg"]
    assert "katarischen Regierung" in names(doc, ev.target)


def test_dateline_agency_is_not_one_of_both_companies():
    text = (
        "Stuttgart (Reuters) - Der Zulieferer Bosch übernimmt die Antriebssparte eines Konkurrenten. "
        "Beide Unternehmen unterzeichneten am Dienstag eine Vereinbarung, wie Bosch mitteilte."
    )
    doc = analyzed(text)
    src = names(doc, event_of(doc, "unterzeichneten").source)
    assert "Reuters" not in src and "Stuttgart" not in src


def test_speech_frame_after_subjunctive_clause_has_its_own_subject():
    text = (
        "Ein Sprecher des russischen Außenministeriums, Irina Petrowa, sprach von Lügen. "
        "Polen solle keine Spiele spielen, forderte sie."
    )
    doc = analyzed(text)
    ev = event_of(doc, "forderte")
    assert names(doc, ev.source) == ["Irina Petrowa"]
    assert names(doc, ev.target) == ["Polen"]


def test_organisation_noun_refers_to_unnamed_aid_organisation():
    text = (
        "Die Mitarbeiter einer Hilfsorganisation aus Köln waren im Mai festgenommen worden. "
        "Die Taliban hatten den Helfern Spionage vorgeworfen. Die Organisation wies die Anschuldigungen zurück."
    )
    doc = analyzed(text)
    assert "Taliban" not in names(doc, event_of(doc, "wies").source)


def test_mediation_between_two_sides_targets_both():
    doc = analyzed("Ägypten hatte seit Monaten zwischen Israel und der Hamas vermittelt.")
    ev = event_of(doc, "vermittelt")
    assert names(doc, ev.source) == ["Ägypten"]
    assert names(doc, ev.target) == ["Israel", "Hamas"]


def test_town_before_offered_meeting_is_its_recipient():
    doc = analyzed("Außenminister Jan Berg sagte am Montag, man habe Moskau ein Treffen in Genf angeboten.")
    ev = event_of(doc, "Treffen")
    assert names(doc, ev.target) == ["Moskau"]


def test_match_between_two_clubs_is_no_target_of_an_arrest():
    text = (
        "Nach Ausschreitungen beim Spiel zwischen Hansa Rostock und dem 1. FC Köln hat die Polizei 34 Menschen "
        "festgenommen."
    )
    doc = analyzed(text)
    assert event_of(doc, "festgenommen").target == []


def test_own_party_in_indirect_quote_is_the_speakers_party():
    text = (
        "Bei den Grünen wächst der Unmut über den Haushalt. "
        "Fraktionschefin Lea Berger sagte, ihre Partei werde gegen den Haushalt protestieren."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "protestieren").source) == ["Bündnis 90/Die Grünen"]


def test_quote_cue_verb_is_the_speakers_act():
    text = (
        "Eine Sprecherin des chinesischen Außenministeriums, Li Wen, sprach von Unterstellungen. "
        "China sei selbst Opfer und lehne Angriffe ab. Deutschland solle keine Spiele spielen, forderte sie."
    )
    doc = analyzed(text)
    ev = event_of(doc, "forderte")
    assert ev.source and "Deutschland" not in names(doc, ev.source)
    assert names(doc, ev.target) == ["Deutschland"]


def test_sanctions_pursued_with_sich_einsetzen_have_the_subject_as_source():
    doc = analyzed("Frankreich setzte sich in Brüssel für neue Sanktionen gegen Russland ein.")
    ev = event_of(doc, "Sanktionen")
    assert names(doc, ev.source) == ["Frankreich"]
    assert names(doc, ev.target) == ["Russland"]


def test_lobbying_for_a_release_does_not_make_the_lobbyist_release():
    text = "Der Außenminister Omans sagte, sein Land werde sich weiter für die Freilassung der Gefangenen einsetzen."
    doc = analyzed(text)
    assert "Oman" not in names(doc, event_of(doc, "Freilassung").source)


def test_accusation_framing_a_reported_clause_targets_its_subject():
    text = (
        "Finanzminister Jan Kohl ist zurückgetreten. Die SPD-Fraktion habe ihn wiederholt öffentlich angegriffen, "
        "warf er dem Koalitionspartner vor."
    )
    doc = analyzed(text)
    ev = event_of(doc, "warf")
    assert names(doc, ev.source) == ["Jan Kohl"]
    assert names(doc, ev.target) == ["SPD"]
