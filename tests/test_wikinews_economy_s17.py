"""Seventeenth session, mini-audit on real Wikinews (economy, courts and society; eight articles): constructions of
German court and business news that recur there. A subsidy or surplus ("Bundeszuschüsse", "Haushaltsüberschüsse")
is money, not shots; turning to a court ("wandte sich an den Gerichtshof") is appealing to it, like "anrufen";
a judgment for damages ("zu 40.000 Euro Schadenersatz verurteilt") is a penalty, COERCE like a fine; the motive
behind something ("welche Absicht hinter dem Verkauf stand") is no backing; a court ruling that forbids a party an act
("dass X keine … erheben darf") or orders it to act ("dass X … erstatten müsse") is a finding against that party, like
a ruling that finds a breach. All sentences are invented."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import TABLE_LEAD, event_rows


def _rows(text: str) -> list[tuple]:
    return event_rows(TABLE_LEAD + text, published="2026-11-10")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # money granted or left over, not shots fired
        ("Die Landesregierung kürzte die Bundeszuschüsse für die Kommunen um zehn Prozent.", "Bundeszuschüsse"),
        ("Die Gemeinde meldete für das vergangene Jahr hohe Haushaltsüberschüsse.", "Haushaltsüberschüsse"),
        # the motive behind an act, asked about: no backing
        ("Offen blieb, welche Absicht hinter dem Verkauf der Aktien stand.", "stand"),
        ("Die Ermittler rätseln, welches Motiv hinter der Brandstiftung steht.", "steht"),
        # a court ordering a step in the passive names no party ordered
        ("Das Verwaltungsgericht Gera entschied, dass die Bürgermeisterwahl wiederholt werden muss.", "entschied"),
        # a minister turning to the press is no appeal to a court
        ("Der Finanzminister wandte sich am Abend mit einer Erklärung an die Presse.", "wandte"),
    ],
)
def test_no_event(text: str, absent: str) -> None:
    rows = _rows(text)
    assert not [r for r in rows if r[0] == absent], rows


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        # shots fired stay an attack
        ("Unbekannte gaben in der Nacht Schüsse auf das Rathaus von Tuzla ab.", "Schüsse", "ASSAULT"),
        # turning to a court is appealing to it
        ("Die Stadt Köln hat sich im Frühjahr an das Bundesverwaltungsgericht gewandt.", "gewandt", "ACCUSE"),
        ("Die Regierung Argentiniens wandte sich an den Internationalen Gerichtshof.", "wandte", "ACCUSE"),
        # damages or compensation for pain awarded by a court: a penalty
        (
            "Ein Landgericht hat die Reederei Hansa Cargo zu 40.000 Euro Schadenersatz verurteilt.",
            "verurteilt",
            "COERCE",
        ),
        ("Der Verlag wurde zu 3000 Euro Schmerzensgeld verurteilt.", "verurteilt", "COERCE"),
        # a ruling that forbids a named party an act, or orders it to act
        (
            "Das Oberlandesgericht Celle hat entschieden, dass der Energiekonzern Vattenfall keine Gebühren für die "
            "Kündigung erheben darf.",
            "entschieden",
            "ACCUSE",
        ),
        (
            "Der Bundesgerichtshof entschied, dass die Deutsche Bahn den Fahrgästen die Kosten erstatten müsse.",
            "entschied",
            "ACCUSE",
        ),
    ],
)
def test_event(text: str, trigger: str, etype: str) -> None:
    rows = _rows(text)
    assert [r for r in rows if r[0] == trigger and r[1] == etype], rows


def test_ruling_forbidding_targets_the_party() -> None:
    rows = _rows("Das Landgericht Bonn hat entschieden, dass die Telekom keine Kunden ohne Mahnung sperren darf.")
    found = [r for r in rows if r[0] == "entschieden" and r[1] == "ACCUSE"]
    assert found and "Telekom" in " ".join(found[0][3]), rows


def test_court_turned_to_is_no_target() -> None:
    rows = _rows("Die Regierung Argentiniens wandte sich an den Internationalen Gerichtshof.")
    found = [r for r in rows if r[0] == "wandte" and r[1] == "ACCUSE"]
    assert found and not [t for t in found[0][3] if "Gerichtshof" in t], rows


def test_year_after_subject_is_no_entity() -> None:
    # "hatte das Ministerium 2019 … bezeichnet": the year is a date, never an organisation (nor an actor)
    doc = chronik.analyze(
        TABLE_LEAD + "In einer Reaktion auf das Urteil hatte das Finanzministerium 2019 den Beschluss als „völlig "
        "verfehlt“ bezeichnet. Der Verband der Reeder hatte 2017 die Regeln als „grundlegend falsch“ bezeichnet.",
        published="2026-11-10",
    )
    assert not [e.name for e in doc.entities if e.name.isdigit()], [e.name for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "source"),
    [
        # a kind of suit named by a compound is a suit
        (
            "Die Stadt Hamburg hatte im Juni eine Normenkontrollklage gegen das Gesetz erhoben.",
            "Normenkontrollklage",
            "ACCUSE",
            "Hamburg",
        ),
        (
            "Die Verbraucherzentrale Bayern reichte eine Sammelklage gegen den Autobauer ein.",
            "Sammelklage",
            "ACCUSE",
            None,
        ),
        # an objection raised is a rejection
        ("Die Landesregierung Sachsen erhob Einspruch gegen den Bescheid der Behörde.", "erhob", "REJECT", None),
    ],
)
def test_legal_step(text: str, trigger: str, etype: str, source: str | None) -> None:
    rows = _rows(text)
    found = [r for r in rows if r[0] == trigger and r[1] == etype]
    assert found, rows
    if source is not None:
        assert source in " ".join(found[0][2]), rows


def test_regretting_a_ruling_is_disapproval() -> None:
    rows = _rows(
        "Der Bürgermeister von Leipzig, Jens Hartmann, bedauerte die Entscheidung des Oberverwaltungsgerichts."
    )
    assert [r for r in rows if r[0] == "bedauerte" and r[1] == "ACCUSE"], rows


def test_regretting_a_death_is_no_event() -> None:
    rows = _rows("Der Vorstand bedauerte den Tod des langjährigen Betriebsratschefs.")
    assert not [r for r in rows if r[0] == "bedauerte"], rows


def test_expected_costs_are_no_demand() -> None:
    rows = _rows(
        "Die Stadtwerke Kassel erwarten durch die neue Verordnung Mehrkosten in Höhe von zwölf Millionen Euro."
    )
    assert not [r for r in rows if r[0] == "erwarten"], rows


def test_expecting_of_a_government_stays_demand() -> None:
    rows = _rows("Die Gewerkschaft Verdi erwartet von der Landesregierung ein neues Angebot.")
    assert [r for r in rows if r[0] == "erwartet" and r[1] == "REQUEST"], rows


def test_head_of_office_in_apposition_is_the_target() -> None:
    # "gegen den Leiter des Bauamts in Worms, Peter Albrecht,": the person named is the one investigated
    rows = _rows(
        "Die Staatsanwaltschaft Mainz hat Ermittlungen gegen den Leiter des Bauamts in Worms, Peter Albrecht, "
        "aufgenommen."
    )
    found = [r for r in rows if r[0] == "Ermittlungen" and r[1] == "ACCUSE"]
    assert found and found[0][3] == ["Peter Albrecht"], rows
