"""Event actors, third round of the eighth session (2026-12-05, after blind audit 10): the dateline's town is no
acting mention, so a town named otherwise only after "in" is never one of "beide Seiten"; "der Staatenbund" and
"sein Mandant" give their events a source. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, event_of, names


def test_the_talks_town_is_not_one_of_both_sides():
    text = (
        "Neue Gesprächsrunde in Wien\n\n"
        "Wien (dpa) - Vertreter der serbischen Regierung und der Kosovo-Regierung haben am Montag in Wien neue "
        "Gespräche begonnen. Der EU-Gesandte Jan Berger eröffnete die Verhandlungen und rief beide Seiten zu "
        "Zugeständnissen auf."
    )
    doc = analyzed(text)
    target = names(doc, event_of(doc, "rief").target)
    assert "Wien" not in target and len(target) == 2


def test_the_union_of_states_is_the_source_of_its_demand():
    doc = analyzed(
        "Die Ostafrikanische Gemeinschaft EAC kritisierte die Wahl in Kenia. "
        "Der Staatenbund verlangte eine Neuauszählung der Stimmen."
    )
    assert names(doc, event_of(doc, "verlangte").source) == ["EAC"]


def test_the_client_is_the_source_of_his_cooperation():
    doc = analyzed(
        "Gegen den Bürgermeister Peter Kranz wird ermittelt. "
        "Kranz' Anwalt kündigte an, sein Mandant werde mit den Ermittlern zusammenarbeiten."
    )
    assert names(doc, event_of(doc, "zusammenarbeiten").source) == ["Peter Kranz"]
