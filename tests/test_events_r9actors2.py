"""Event actors and places, ninth session, second actor round (2026-12-05): the receiver of aid and its giver in a
"von" phrase before the noun, "seitens"/"vonseiten" as the agent of a passive, a state's own measure taken at home
rather than in the place in focus. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_named, event_of, names


def test_the_giver_before_the_aid_noun_of_a_receiving_verb_is_the_source():
    doc = analyzed("Die Ukraine erhielt am Montag von Deutschland Militärhilfe.", published="2026-03-12")
    ev = event_of(doc, "Militärhilfe")
    assert names(doc, ev.source) == ["Deutschland"] and names(doc, ev.target) == ["Ukraine"]


def test_vonseiten_names_the_agent_of_a_passive():
    doc = analyzed("Die Angriffe auf Charkiw wurden vonseiten der Ukraine verurteilt.", published="2026-03-12")
    ev = event_of(doc, "verurteilt")
    assert names(doc, ev.source) == ["Ukraine"] and "Ukraine" not in names(doc, ev.target)


def test_seitens_names_the_agent_of_a_passive():
    doc = analyzed("Die Festnahmen in Minsk wurden seitens Litauens scharf verurteilt.", published="2026-03-12")
    assert names(doc, event_of(doc, "verurteilt").source) == ["Litauen"]


def test_a_foreign_states_own_measure_is_at_home_not_in_the_place_in_focus():
    doc = analyzed(
        "Kiew (dpa) - In Kiew schlugen am Montag mehrere Raketen ein. Russland verhängte am Dienstag das Kriegsrecht "
        "in den Grenzgebieten.",
        published="2026-03-12",
    )
    russia = entity_named(doc, "Russland")
    assert russia is not None and event_of(doc, "Kriegsrecht").place == russia.id


def test_a_state_mobilising_at_home_after_a_scene_abroad():
    doc = analyzed(
        "Kiew (dpa) - Bei einem Angriff in Kiew wurden am Montag drei Menschen getötet. Russland mobilisierte am "
        "Dienstag weitere Reservisten. Die ukrainische Regierung verhängte eine Ausgangssperre.",
        published="2026-03-12",
    )
    russia, kyiv = entity_named(doc, "Russland"), entity_named(doc, "Kiew")
    assert russia is not None and kyiv is not None
    assert event_of(doc, "mobilisierte").place == russia.id
    assert event_of(doc, "Ausgangssperre").place == kyiv.id  # (the home state's measure keeps the town in focus)


def test_proceedings_against_someone_target_them():
    # (already right before this round; kept as a guard: "ein Verfahren gegen X einleiten")
    doc = analyzed(
        "Die EU-Kommission hat ein Vertragsverletzungsverfahren gegen Ungarn eingeleitet.", published="2026-03-12"
    )
    assert names(doc, event_of(doc, "Vertragsverletzungsverfahren").target) == ["Ungarn"]


def test_durch_names_the_agent_of_an_event_noun():
    # (already right before this round; kept as a guard)
    doc = analyzed(
        "Die Festnahme des Oppositionellen Max Weber durch die russische Polizei löste Proteste aus.",
        published="2026-03-12",
    )
    ev = event_of(doc, "Festnahme")
    assert names(doc, ev.source) == ["russische Polizei"] and names(doc, ev.target) == ["Max Weber"]
