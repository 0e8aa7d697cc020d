"""Event actors, second round of the seventh session (2026-12-05): a speaker introduced by a bare company title
("Vorstandschefin Lindqvist") speaks for the company in focus; "sein Gastgeber" is the host of the visit in
focus; a site compound ("im Nato-Hauptquartier", "die US-Botschaft") names its organisation or country;
"die CDU/CSU-Fraktion" is one actor. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_named, event_of, names


def test_bare_company_title_speaks_for_the_company_in_focus():
    text = (
        "HAMBURG (dpa) – Der Autozulieferer Bosch will in Deutschland 800 Stellen abbauen. "
        "Vorstandschefin Karin Lindqvist sagte am Dienstag, man werde mit der IG Metall verhandeln."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "verhandeln").source) == ["Bosch"]


def test_host_is_the_visited_head_of_state():
    text = (
        "Bundespräsident Frank-Walter Steinmeier ist zu einem Staatsbesuch in Ghana eingetroffen. Am Abend sprach er "
        "mit Präsident John Mahama. Steinmeier dankte seinem Gastgeber für die Einladung. Sein Gastgeber lobte "
        "die Zusammenarbeit."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "dankte").target) == ["John Mahama"]
    assert names(doc, event_of(doc, "lobte").source) == ["John Mahama"]


def test_headquarters_compound_names_the_organisation():
    text = "Die Verteidigungsminister trafen sich am Donnerstag im Nato-Hauptquartier in Brüssel."
    doc = analyzed(text)
    nato = entity_named(doc, "NATO")
    assert nato is not None


def test_cdu_csu_group_is_one_actor():
    text = "BERLIN (dpa) – Die CDU/CSU-Fraktion kritisierte den Haushaltsentwurf der Regierung scharf."
    doc = analyzed(text)
    assert names(doc, event_of(doc, "kritisierte").source) == ["CDU/CSU"]


def test_bare_party_title_stays_open_with_two_parties_in_focus():
    text = (
        "Die SPD und die Grünen reagierten zurückhaltend auf den Rücktritt. Man werde mit der CDU verhandeln, sagte "
        "Fraktionschef Tom Berger."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "verhandeln").source) == ["Tom Berger"]


def test_bare_party_title_is_the_party_of_the_sentence_before():
    text = (
        "Der Koalitionspartner SPD reagierte zurückhaltend auf den Rücktritt. Man werde mit der CDU verhandeln, sagte "
        "Fraktionschef Tom Berger."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "verhandeln").source) == ["SPD"]


def test_host_stays_open_with_two_people_met():
    text = (
        "Bundespräsident Frank-Walter Steinmeier ist zu einem Staatsbesuch in Ghana eingetroffen. Am Abend sprach er "
        "mit Präsident John Mahama und mit Oppositionsführer Kofi Mensah. Steinmeier dankte seinem Gastgeber."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "dankte").target) == []


def test_headquarters_is_no_partner_of_a_meeting_there():
    doc = analyzed("Die Verteidigungsminister trafen sich am Donnerstag im Nato-Hauptquartier in Brüssel.")
    assert names(doc, event_of(doc, "trafen").target) == []


def test_state_institution_compound_is_an_organisation():
    text = (
        "Der Landesrechnungshof kritisierte die Vergabe mehrerer Aufträge. Die Landesregierung wies die Vorwürfe "
        "zurück."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "kritisierte").source) == ["Landesrechnungshof"]
    assert names(doc, event_of(doc, "wies").source) == ["Landesregierung"]


def test_staff_of_an_office_act_for_it():
    text = "Beamte des Bundeskriminalamts nahmen am Dienstag in Köln zwei Männer fest."
    doc = analyzed(text)
    arrest = event_of(doc, "nahmen")
    assert names(doc, arrest.source) == ["Bundeskriminalamt"]
    assert names(doc, arrest.target) == []
