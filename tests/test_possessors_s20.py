"""Object and possessor roles (2026-12-06, twentieth session): the target an event's object passes on to its owner.

* a bare name in the genitive of the verb's object, a noun for a thing or for an act done to its owner, is the target
  ("setzte die Mitgliedschaft Malis aus", "verlangte den Rücktritt Hubers"), not where that noun's genitive does the
  act, is freed by it, or sits inside another phrase;
* a possessive before a resignation noun or an admission or membership noun points to the target ("forderte seinen
  Rücktritt", "lehnte seine Aufnahme ab"), never to the dateline's agency;
* a full name ending in "-s" right after its title in the accusative or dative is the object itself, no genitive
  ("verhaftete den Journalisten Nikos Andreadis").

All sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.event_docs import event_rows

LEAD = "Meldung\nBERLIN (dpa) – "


def _row(text: str, trigger: str) -> tuple[list[str], list[str]]:
    rows = [r for r in event_rows(LEAD + text, published="2026-05-04") if r[0] == trigger]
    assert rows, f"no event on {trigger!r}"
    return rows[0][2], rows[0][3]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Die Afrikanische Union setzte am Freitag die Mitgliedschaft Malis aus.", "setzte", "Mali"),
        ("Die Europäische Union kritisierte die Entscheidung Russlands scharf.", "kritisierte", "Russland"),
        (
            "Der Innenminister Karl Huber geriet in die Kritik. Die Abgeordnete Lena Vogt hat am Montag den sofortigen "
            "Rücktritt Hubers verlangt.",
            "verlangt",
            "Karl Huber",
        ),
    ],
)
def test_genitive_of_object_is_target(text: str, trigger: str, target: str) -> None:
    _, targets = _row(text, trigger)
    assert target in targets


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # the genitive of a pledged act gives it
        ("Die Türkei sagte die Unterstützung Deutschlands zu.", "sagte", "Deutschland"),
        # the one a demand would free is not whom it addresses
        (
            "Der Politiker Omar Saleh sitzt in Haft. Die Opposition forderte die Freilassung Salehs.",
            "forderte",
            "Omar Saleh",
        ),
        # inside the subject's prepositional phrase, not the object's owner
        (
            "Am Montag verlangten die Sprecher von mehreren zuständigen Ausschüssen des Parlaments Kenias eine "
            "Untersuchung.",
            "verlangten",
            "Kenia",
        ),
    ],
)
def test_genitive_that_is_no_target(text: str, trigger: str, name: str) -> None:
    _, targets = _row(text, trigger)
    assert name not in targets


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Der Minister Ali Hassan steht unter Druck. Die Opposition forderte seinen Rücktritt.",
            "forderte",
            "Ali Hassan",
        ),
        (
            "Die Ministerin Eva Roth steht unter Druck. Die Opposition verlangte am Montag ihren sofortigen Rücktritt.",
            "verlangte",
            "Eva Roth",
        ),
        (
            "Der frühere Präsident Ali Hassan floh nach Paris. Frankreich lehnte seine Aufnahme jedoch ab.",
            "lehnte",
            "Ali Hassan",
        ),
        (
            "Die Türkei bemüht sich seit Jahren um einen Beitritt. Frankreich lehnte ihren Beitritt ab.",
            "lehnte",
            "Türkei",
        ),
    ],
)
def test_possessive_points_to_target(text: str, trigger: str, target: str) -> None:
    sources, targets = _row(text, trigger)
    assert targets == [target]
    assert target not in sources


def test_possessive_never_the_dateline_agency() -> None:
    _, targets = _row(
        "Die Türkei bemüht sich seit Jahren um einen Beitritt. Frankreich lehnte ihren Beitritt ab.", "lehnte"
    )
    assert "Deutsche Presse-Agentur" not in targets


def test_own_resignation_refused_is_no_target() -> None:
    _sources, targets = _row("Der Minister Ali Hassan steht unter Druck. Er lehnte seinen Rücktritt ab.", "lehnte")
    assert "Ali Hassan" not in targets


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei verhaftete den Journalisten Nikos Andreadis.",
        "Die Polizei hat den griechischen Journalisten Nikos Andreadis am Sonntag festgenommen.",
    ],
)
def test_s_name_after_its_title_is_the_object(text: str) -> None:
    rows = event_rows(LEAD + text, published="2026-05-04")
    assert rows and rows[0][3] == ["Nikos Andreadis"]


def test_follower_genitive_stays_genitive() -> None:
    _, targets = _row("Die Opposition kritisierte die Anhänger Saddam Husseins.", "kritisierte")
    assert not any(t.startswith("Saddam") for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "Die Grünen-Politikerin Petra Stein schloss sich der Kritik an Karl Huber an.",
        "Die Grünen-Politikerin Petra Stein schloss sich der Kritik an den Plänen von Karl Huber an.",
        "Der Innenminister Karl Huber legte ein Gesetz vor. Die Abgeordnete Petra Stein schloss sich der Kritik an den "
        "Plänen Hubers an.",
    ],
)
def test_joined_criticism_keeps_its_target(text: str) -> None:
    sources, targets = _row(text, "schloss")
    assert sources == ["Petra Stein"]
    assert targets == ["Karl Huber"]


def test_joined_demand_genitive_stays_co_author() -> None:
    _, targets = _row("Frankreich schloss sich der Forderung Griechenlands an.", "schloss")
    assert "Griechenland" not in targets


def test_denied_report_targets_its_outlet() -> None:
    _, targets = _row(
        "Die Regierung hatte den Bericht der Zeitung Haaretz umgehend als falsch zurückgewiesen.", "zurückgewiesen"
    )
    assert targets == ["Haaretz"]


@pytest.mark.parametrize(
    "text",
    [
        "Laut einem Bericht der Zeitung Haaretz wies die Regierung die Vorwürfe zurück.",
        "Ein Bericht der Zeitung Haaretz wurde von der Regierung dementiert.",
    ],
)
def test_reporting_outlet_is_no_target(text: str) -> None:
    rows = event_rows(LEAD + text, published="2026-05-04")
    assert rows and all("Haaretz" not in r[3] for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Der frühere Präsident Ali Hassan wollte fliehen. In Frankreich wurde seine Aufnahme jedoch abgelehnt.",
        "Der frühere Präsident Ali Hassan wollte nach Frankreich fliehen, dort wurde seine Aufnahme jedoch abgelehnt.",
    ],
)
def test_passive_possessive_admission(text: str) -> None:
    _, targets = _row(text, "abgelehnt")
    assert targets == ["Ali Hassan"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Der Innenminister Karl Huber geriet in die Kritik. Die Sprecherin Lena Vogt verlangte Hubers sofortigen "
            "Rücktritt.",
            "verlangte",
            "Karl Huber",
        ),
        ("Die Afrikanische Union setzte Malis Mitgliedschaft aus.", "setzte", "Mali"),
    ],
)
def test_prenominal_genitive_of_object_is_target(text: str, trigger: str, target: str) -> None:
    _, targets = _row(text, trigger)
    assert targets == [target]


def test_prenominal_genitive_of_freed_is_no_target() -> None:
    _, targets = _row("Die Opposition forderte Salehs Freilassung. Omar Saleh ist in Haft.", "forderte")
    assert "Omar Saleh" not in targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die Opposition forderte eine Entschuldigung von Karl Huber.", ["Karl Huber"]),
        ("Die Opposition forderte den Rücktritt von Karl Huber.", ["Karl Huber"]),
        ("Die Opposition forderte die Freilassung von Karl Huber.", []),
        ("Laut einem Sprecher von Karl Huber forderte die Opposition eine Erklärung.", []),
    ],
)
def test_demand_made_of_von(text: str, target: list[str]) -> None:
    _, targets = _row(text, "forderte")
    assert targets == target
