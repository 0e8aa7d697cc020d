"""Entity rules from the seventh session, round 3 (2026-12-05, after blind audit 2026-12-05e): a capital acting for
its government, and the member states of a union as one group actor. Own invented sentences, run through the whole
pipeline (skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import analyzed


def mentions(text: str) -> dict[str, list[str]]:
    doc = analyzed(text)
    return {e.name: [doc.text[a:b] for a, b in e.mentions] for e in doc.entities}


def test_a_capital_as_subject_after_its_country_stays_a_mention():
    found = mentions(
        "Der Sprecher Pavel Novak kritisierte das Vorhaben. Rumänien hatte den Beschluss blockiert. "
        "Bukarest gab seinen Widerstand erst auf, nachdem ein Stahlwerk gestrichen worden war."
    )
    assert any("Bukarest" in ms for ms in found.values())


def test_a_capital_as_subject_is_the_source_of_its_event():
    doc = analyzed(
        "Der Sprecher Pavel Novak kritisierte das Vorhaben. Bukarest gab seinen Widerstand erst auf, nachdem "
        "ein Stahlwerk gestrichen worden war."
    )
    names = {e.id: e.name for e in doc.entities}
    last = [ev for ev in doc.events if ev.sentence == 1]
    assert last and all(names.get(s) == "Bukarest" for ev in last for s in ev.source)
    assert any(ev.source for ev in last)


def test_member_states_are_one_group_mention():
    found = mentions(
        "Die Kommission forderte die Mitgliedstaaten auf, die Regeln umzusetzen. Die EU-Staaten einigten sich "
        "später. Spanien verlangt, dass andere Mitgliedsstaaten mehr zahlen."
    )
    group = next((ms for ms in found.values() if "Mitgliedstaaten" in ms), [])
    assert "EU-Staaten" in group
    assert "Mitgliedsstaaten" in group


def test_the_german_states_are_a_group_mention():
    found = mentions("Der Verband forderte die Bundesländer auf, mehr Geld für Kliniken bereitzustellen.")
    assert any("Bundesländer" in ms for ms in found.values())
