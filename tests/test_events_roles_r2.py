"""Event source and target (seventh session, round 2): invented sentences for general German constructions."""

from __future__ import annotations

import chronik


def roles(text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = chronik.analyze(text, published="2026-03-01")
    names = {e.id: e.name for e in doc.entities}
    ev = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == trigger)
    return [names[x] for x in ev.source], [names[x] for x in ev.target]


def test_author_of_a_rejected_bill_after_von_is_the_target():
    text = "Hessen und Thüringen lehnten den Gesetzentwurf von Bundesinnenminister Markus Feldhaus am Montag ab."
    source, target = roles(text, "lehnten")
    assert set(source) == {"Hessen", "Thüringen"} and target == ["Markus Feldhaus"]


def test_author_of_criticised_plans_after_von_is_the_target():
    _, target = roles("Der Verband kritisierte die Pläne von Gesundheitsminister Karl Brenner scharf.", "kritisierte")
    assert target == ["Karl Brenner"]


def test_country_a_closed_border_crossing_leads_to_is_the_target():
    source, target = roles("Estland hat seine Grenzübergänge zu Russland am Dienstag geschlossen.", "geschlossen")
    assert source == ["Estland"] and target == ["Russland"]


def test_border_in_a_place_phrase_names_no_target():
    text = "Die Polizei Brandenburg nahm am Samstag an der Grenze zu Polen zwei Schleuser fest."
    _, target = roles(text, "nahm")
    assert "Polen" not in target


def test_passive_arrest_of_staff_makes_their_office_the_target_not_the_source():
    text = "In Hamburg sind am Montag drei Mitarbeiter des Bundeskriminalamts festgenommen worden."
    source, target = roles(text, "festgenommen")
    assert "Bundeskriminalamt" not in source and target == ["Bundeskriminalamt"]


def test_active_arrest_by_staff_keeps_their_office_as_source():
    source, _ = roles("Beamte des Bundeskriminalamts nahmen in Köln zwei Männer fest.", "nahmen")
    assert source == ["Bundeskriminalamt"]


def test_air_force_refers_back_to_the_named_army():
    text = (
        "Die äthiopische Armee hat Stellungen der Rebellen in Tigray angegriffen. "
        "Die Luftwaffe bombardierte daraufhin mehrere Dörfer nördlich der Stadt."
    )
    source, _ = roles(text, "bombardierte")
    assert source == ["äthiopische Armee"]


def test_subject_of_a_demanded_dass_clause_is_the_target():
    _, target = roles("Der Mieterbund verlangte, dass die Bundesregierung die Mietpreisbremse verlängert.", "verlangte")
    assert target == ["Bundesregierung"]


def test_capital_after_mit_is_the_partner_government():
    text = "Die Bundesregierung hatte im Herbst mit Ankara vereinbart, die Rückführungen auszuweiten."
    source, target = roles(text, "vereinbart")
    assert source == ["Bundesregierung"] and target == ["Ankara"]


def test_subject_of_the_condition_of_a_rejection_is_the_target():
    text = "Die FDP werde den Haushalt ablehnen, wenn die Bundesregierung an den Steuerplänen festhalte, sagte Lindner."
    source, target = roles(text, "ablehnen")
    assert source == ["FDP"] and target == ["Bundesregierung"]


def test_unresolved_pronoun_subject_of_a_receiving_verb_is_the_target():
    text = (
        "Gesundheitsministerin Petra Hollmann zeigte sich dagegen kompromissbereit. Sie sei bereit, die Fristen zu "
        "verlängern, sagte die Ministerin am Abend im ZDF. „Wir können uns das schlicht nicht mehr leisten.“\n\n"
        "Unterstützung bekam sie von den Krankenkassen."
    )
    source, target = roles(text, "Unterstützung")
    assert source == [] and target == ["Petra Hollmann"]


def test_giver_after_von_with_a_receiving_verb_is_the_source():
    source, _ = roles("Der Bürgermeister erhielt in Leipzig Unterstützung von der Landesregierung.", "Unterstützung")
    assert source == ["Landesregierung"]


def test_capitals_after_aus_with_a_receiving_verb_are_the_givers():
    text = "Estland hat seine Grenze zu Russland geschlossen. Unterstützung erhielt Tallinn aus Helsinki und Riga."
    source, _ = roles(text, "Unterstützung")
    assert set(source) == {"Helsinki", "Riga"}
