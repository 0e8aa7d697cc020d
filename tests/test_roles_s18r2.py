"""Actors of found events (2026-12-06, eighteenth session, round 2): an unnamed person phrase as the subject of a
verb-final clause before a state's name, and an unnamed subject phrase after "auch" or with a second conjunct."""

from __future__ import annotations

import pytest

from tests.event_docs import rows_by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # a person noun (office or person word) with a country or organisation right after it: no apposition, the
        # names are the objects of the verb-final clause
        (
            "Die Opposition protestierte, weil die beiden Minister Chile und Argentinien wegen der Zölle "
            "kritisiert hatten.",
            "kritisiert",
            [],
            ["Chile", "Argentinien"],
        ),
        (
            "Es wurde bekannt, dass der Sprecher Greenpeace scharf kritisiert hatte.",
            "kritisiert",
            [],
            ["Greenpeace"],
        ),
        (
            "Beobachter meldeten, dass die Präsidenten Polen wegen der Justizreform verurteilt hatten.",
            "verurteilt",
            [],
            ["Polen"],
        ),
    ],
)
def test_person_phrase_subject_before_state(text: str, trigger: str, sources: list[str], targets: list[str]) -> None:
    row = rows_by_trigger(text)[trigger]
    assert row[2] == sources
    assert row[3] == targets


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # negative rows: a title with a person's name is an apposition and the subject; a main clause is untouched
        (
            "Es wurde bekannt, dass der Präsident Emmanuel Macron den Kanzler Olaf Scholz scharf kritisiert hatte.",
            "kritisiert",
            ["Emmanuel Macron"],
            ["Olaf Scholz"],
        ),
        (
            "Die Opposition protestierte, weil Chile und Argentinien die Zölle scharf kritisiert hatten.",
            "kritisiert",
            ["Chile", "Argentinien"],
            [],
        ),
    ],
)
def test_person_phrase_subject_negative(text: str, trigger: str, sources: list[str], targets: list[str]) -> None:
    row = rows_by_trigger(text)[trigger]
    assert row[2] == sources
    assert row[3] == targets


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Olaf Scholz gewann die Wahl. Auch weitere Staatschefs gratulierten Scholz.", "gratulierten"),
        (
            "Olaf Scholz gewann die Wahl. Zahlreiche Regierungschefs und Vertreter großer Verbände "
            "gratulierten Scholz.",
            "gratulierten",
        ),
        (
            "Olaf Scholz gewann die Wahl. Auch mehrere Bürgermeister und Abgeordnete dankten Scholz.",
            "dankten",
        ),
    ],
)
def test_unnamed_subject_after_auch_or_with_conjunct(text: str, trigger: str) -> None:
    """The name after the verb is its dative object, not its subject."""
    row = rows_by_trigger(text)[trigger]
    assert "Olaf Scholz" not in row[2]
    assert row[3] == ["Olaf Scholz"]


def test_named_subject_after_auch_kept() -> None:
    """Negative row: "Auch Macron gratulierte Scholz": the name after "auch" is the subject."""
    row = rows_by_trigger("Olaf Scholz gewann die Wahl. Auch Emmanuel Macron gratulierte Scholz.")["gratulierte"]
    assert row[2] == ["Emmanuel Macron"]
    assert row[3] == ["Olaf Scholz"]


@pytest.mark.parametrize(
    ("text", "trigger", "sources"),
    [
        (
            "Der UN-Sicherheitsrat hat am Freitag die Resolution 2334 verabschiedet. Diplomaten lobten den Text. "
            "Die Resolution fordert die Taliban auf, die Gewalt zu beenden.",
            "fordert",
            ["UN-Sicherheitsrat"],
        ),
        (
            "Die Organisation Amnesty International hat am Montag einen Bericht veröffentlicht. "
            "Der Bericht wirft der Regierung Folter vor.",
            "wirft",
            ["Amnesty International"],
        ),
        # negative rows: no earlier adoption of that document, or another document adopted
        ("Die Resolution fordert die Taliban auf, die Gewalt zu beenden.", "fordert", []),
        (
            "Der Bundestag hat das Gesetz beschlossen. Die Resolution fordert die Taliban auf, die Gewalt zu beenden.",
            "fordert",
            [],
        ),
    ],
)
def test_document_subject_stands_for_its_author(text: str, trigger: str, sources: list[str]) -> None:
    assert rows_by_trigger(text)[trigger][2] == sources
