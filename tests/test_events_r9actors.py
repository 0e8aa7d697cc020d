"""Event actors, places and dates, ninth session (2026-12-05, on the 56 audit articles of tests/data/audit): bare
coordinated institutions, the parties rather than the mediator, the addressee of a demand rather than whom it would
free, the defence lawyer's criticism is not what the accused deny, the subject before a relative clause. Own
invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, event_of, names


def test_bare_coordinated_institutions_are_both_sources():
    doc = analyzed("Polizei und Zoll durchsuchten am Dienstag in Bremen 30 Wohnungen.")
    assert sorted(names(doc, event_of(doc, "durchsuchten").source)) == ["Polizei", "Zoll"]


def test_the_parties_not_the_mediator_agree():
    text = (
        "Unter Vermittlung der Afrikanischen Union haben Vertreter der äthiopischen Regierung am Montag in Nairobi "
        "Gespräche begonnen. Der Gesandte Paul Omondi eröffnete die Runde. Es ist das erste Treffen seit einem "
        "Jahr.\n\nIm Mittelpunkt steht ein Austausch von Gefangenen. Nach Angaben aus Verhandlungskreisen einigten "
        "sich die Delegationen bereits am ersten Tag darauf, Listen auszutauschen."
    )
    doc = analyzed(text)
    assert "Afrikanische Union" not in names(doc, event_of(doc, "einigten").source)


def test_whom_a_demanded_release_frees_is_not_the_target():
    doc = analyzed("Die Europäische Union forderte die sofortige Freilassung des Journalisten Deniz Kaya.")
    ev = event_of(doc, "forderte")
    assert names(doc, ev.source) == ["Europäische Union"] and ev.target == []


def test_a_demanded_resignation_still_has_its_target():
    doc = analyzed("Die Grünen forderten den Rücktritt des Innenministers Karl Maier.")
    assert names(doc, event_of(doc, "forderten").target) == ["Karl Maier"]


def test_the_accused_do_not_deny_their_lawyers_criticism():
    text = (
        "Die Polizei nahm in Köln drei Männer fest. Ihnen wird Betrug vorgeworfen. Der Anwalt der Männer, "
        "Jan Vogel, kritisierte das Vorgehen der Behörden. Die Festgenommenen bestreiten die Vorwürfe."
    )
    doc = analyzed(text)
    assert "Jan Vogel" not in names(doc, event_of(doc, "bestreiten").target)


def test_the_subject_before_a_relative_clause_acts():
    doc = analyzed(
        "Berlin (dpa) - Die Außenministerin Anna Berg, die am Montag in Kiew war, kritisierte am Dienstag die "
        "Regierung Ungarns."
    )
    ev = event_of(doc, "kritisierte")
    assert names(doc, ev.source) == ["Anna Berg"] and names(doc, ev.target) == ["Ungarn"]


def test_a_holiday_is_no_place():
    doc = analyzed(
        "Genf (Reuters) - Die Delegationen einigten sich auf einen Austausch von Gefangenen. "
        "Die Freilassung selbst soll nach Ostern beginnen.",
        published="2026-03-12",
    )
    assert event_of(doc, "Freilassung").place is None
    assert all(e.name != "Ostern" for e in doc.entities)


def test_a_purpose_clause_happens_where_its_main_clause_does():
    doc = analyzed(
        "Lomé (AFP) - In Togo haben Soldaten die Macht übernommen. In Lomé versammelten sich am Mittwoch "
        "mehrere Hundert Menschen, um die Soldaten zu unterstützen.",
        published="2026-10-07",
    )
    assert names(doc, [event_of(doc, "unterstützen").place or ""]) == ["Lomé"]


def test_the_company_noun_after_den_is_the_company():
    doc = analyzed("Der Konzern Siemens kündigte Stellenabbau an. Die IG Metall kritisierte den Konzern scharf.")
    assert names(doc, event_of(doc, "kritisierte").target) == ["Siemens"]


def test_a_surname_with_a_lower_case_particle_is_the_person():
    doc = analyzed(
        "Kairo (dpa) - Der Außenminister Khaled al-Saadi warf den Rebellen Angriffe vor. "
        "Später kritisierte al-Saadi die Vereinten Nationen."
    )
    ev = event_of(doc, "kritisierte")
    assert names(doc, ev.source) == ["Khaled al-Saadi"] and names(doc, ev.target) == ["Vereinte Nationen"]


def test_who_made_the_offer_is_the_target_of_its_rejection():
    doc = analyzed(
        "Brüssel (dpa) - EU-Handelskommissar Jan Peters sagte, man habe Peking Gespräche angeboten. "
        "Chinas Handelsminister Li Wei wies das Angebot am Abend zurück."
    )
    ev = event_of(doc, "wies")
    assert names(doc, ev.source) == ["Li Wei"] and names(doc, ev.target) == ["Jan Peters"]


def test_an_ongoing_investigation_is_dated_by_its_start():
    doc = analyzed(
        "Die Staatsanwaltschaft Hamburg ermittelt seit Juli gegen den Bürgermeister Karl Brandt.",
        published="2026-09-03",
    )
    assert event_of(doc, "ermittelt").date == "2026-07"


def test_a_feminine_country_after_the_verb_is_the_recipient():
    doc = analyzed(
        "Die Ministerin, die am Dienstag in Warschau den Regierungschef Donald Tusk traf, sagte der Ukraine "
        "weitere Hilfe zu."
    )
    ev = event_of(doc, "sagte")
    assert ev.source == [] and names(doc, ev.target) == ["Ukraine"]


def test_places_named_as_places_are_not_both_sides():
    doc = analyzed(
        "Khartum (dpa) - Die Armee und die RSF-Miliz kämpfen seit Monaten um die belagerte Stadt El Fasher in ganz "
        "Darfur. „Beide Seiten haben sich verpflichtet, die Gespräche ernsthaft zu führen“, sagte der Gesandte "
        "Thomas Reilly.",
        published="2026-04-22",
    )
    assert names(doc, event_of(doc, "verpflichtet").source) == ["Armee", "RSF-Miliz"]


def test_both_sides_after_a_singular_verb_are_its_object():
    doc = analyzed(
        "Antwerpen (dpa) - Die Gewerkschaften und die belgische Regierung streiten seit Wochen. "
        "Der König habe beide Seiten zur Mäßigung aufgerufen, berichtete die Zeitung.",
        published="2026-04-22",
    )
    ev = event_of(doc, "aufgerufen")
    assert ev.source == [] and len(ev.target) == 2


def test_a_states_ministry_after_its_genitive_acts_for_the_state():
    doc = analyzed("München (dpa) - Bayerns Innenministerium kritisierte die Stadtverwaltung scharf.")
    assert names(doc, event_of(doc, "kritisierte").source) == ["Bayern"]


def test_a_phone_call_takes_no_place_in_focus():
    doc = analyzed(
        "Berlin (dpa) - Die Wahl wurde von der Opposition in Polen scharf kritisiert. Bundeskanzler Friedrich Merz "
        "telefonierte am Dienstag mit dem US-Präsidenten Donald Trump.",
        published="2026-03-12",
    )
    ev = event_of(doc, "telefonierte")
    assert names(doc, ev.target) == ["Donald Trump"] and ev.place is None


def test_the_banking_supervisor_in_the_dative_is_the_named_supervisor():
    doc = analyzed(
        "Frankfurt (dpa) - Die Finanzaufsicht Bafin stellte die Bank unter die Aufsicht eines Sonderbeauftragten. "
        "Die Politikerin Anja Steiner warf der Bankenaufsicht vor, die Risiken unterschätzt zu haben.",
        published="2026-02-16",
    )
    # the gazetteer names Bafin in full
    assert names(doc, event_of(doc, "warf").target) == ["Bundesanstalt für Finanzdienstleistungsaufsicht"]
