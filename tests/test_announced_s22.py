"""Announced, declared and decided acts (twenty-second session), tested with invented sentences: an act noun of the
lexicon (announced_acts.tsv) as the object of a verb of announcing, declaring, deciding or ordering
(announcing_verbs.tsv) is an event of the noun's type ("kündigte die Auflösung der Siedlungen an", "erklärten den
Verzicht auf Gewalt", "beschloss die Schließung der Botschaft"); announced, decided or ordered steps are planned, a step
made known or begun keeps its clause's modality. A firm's business step, a press conference, a budget, a player's
transfer and a noun in a prepositional phrase give no event; a verb row of the clause keeps its one event."""

from __future__ import annotations

import pytest

from chronik.components.events import _announced_lexicons, lexicon
from chronik.text import lang_rows
from tests.event_docs import (
    TABLE_LEAD,
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    event_rows,
    table_params,
)

EVENT_ROWS = [
    TableRow(
        "dissolution-settlements",
        "Auflösung",
        "RETREAT",
        "planned",
        ["Israel"],
        None,
        "Israel kündigte am Sonntag die Auflösung mehrerer Siedlungen im Westjordanland an.",
    ),
    TableRow(
        "renunciation-violence",
        "Verzicht",
        "AGREE",
        "asserted",
        None,
        None,
        "Die Regierung und die Rebellen erklärten in Genf den Verzicht auf Gewalt.",
    ),
    TableRow(
        "declined-participation",
        "Verzicht",
        "REJECT",
        "asserted",
        None,
        None,
        "Zwei Oppositionsparteien haben ihren Verzicht auf eine Beteiligung an der Kommission erklärt.",
    ),
    TableRow(
        "undoing-deal",
        "Rückabwicklung",
        "RETREAT",
        "planned",
        None,
        None,
        "Die Stadtverwaltung hat inzwischen die Rückabwicklung des umstrittenen Grundstücksgeschäfts angekündigt.",
    ),
    TableRow(
        "embassy-closed",
        "Schließung",
        "SANCTION",
        "planned",
        ["Frankreich"],
        None,
        "Frankreich beschloss die Schließung seiner Botschaft in Damaskus.",
    ),
    TableRow(
        "ambassador-recalled",
        "Abberufung",
        "SANCTION",
        "asserted",
        ["Russland"],
        None,
        "Russland gab die Abberufung seines Botschafters aus Litauen bekannt.",
    ),
    TableRow(
        "aid-suspended",
        "Aussetzung",
        "SANCTION",
        "planned",
        None,
        ["Mali"],
        "Das Kabinett beschloss am Mittwoch die Aussetzung der Entwicklungshilfe für Mali.",
    ),
    TableRow(
        "treaty-left",
        "Austritt",
        "REJECT",
        "planned",
        None,
        None,
        "Die Regierung kündigte den Austritt aus dem Klimaabkommen an.",
    ),
    TableRow(
        "arms-delivery",
        "Lieferung",
        "AID",
        "planned",
        None,
        ["Ukraine"],
        "Die Bundesregierung kündigte die Lieferung von Panzern an die Ukraine an.",
    ),
    # an event noun of the trigger table keeps the older decision: a decided or ordered act of the table is the act
    # ("ordnete die Generalmobilmachung an", "beschloss Einreisesperren"; tests/test_events_act_verbs.py)
    TableRow(
        "troops-moved",
        "Verlegung",
        "MOBILIZE",
        "asserted",
        None,
        None,
        "Der Präsident ordnete die Verlegung zusätzlicher Truppen an die Grenze an.",
    ),
    TableRow(
        "camp-cleared",
        "Räumung",
        "COERCE",
        "asserted",
        None,
        None,
        "Die Polizei gab am Morgen die Räumung des Protestcamps bekannt.",
    ),
    TableRow(
        "expropriation",
        "Enteignung",
        "COERCE",
        "asserted",
        None,
        None,
        "Der Präsident verkündete die Enteignung der ausländischen Ölkonzerne.",
    ),
    TableRow(
        "news-blackout",
        "Nachrichtensperre",
        "COERCE",
        "asserted",
        None,
        None,
        "Die Militärjunta verhängte eine Nachrichtensperre.",
    ),
    # a support verb of carrying the act out (durchführen, vornehmen): the act, in its clause's modality; in a
    # zu-infinitive after a making-known it lies ahead, and the clause has no subject of its own
    TableRow(
        "support-verb",
        "Waffenlieferungen",
        "AID",
        "planned",
        None,
        ["Ukraine"],
        "Die Regierung will Waffenlieferungen an die Ukraine durchführen.",
    ),
    TableRow(
        "support-verb-announced",
        "Waffenlieferungen",
        "AID",
        "planned",
        None,
        ["Georgien"],
        "Der Außenminister gab am Freitag bekannt, Waffenlieferungen an Georgien durchführen zu wollen.",
    ),
    TableRow(
        "amnesty",
        "Amnestie",
        "RETREAT",
        "planned",
        None,
        None,
        "Der Präsident kündigte für die inhaftierten Oppositionellen eine Amnestie an.",
    ),
    TableRow(
        "ceasefire-declared",
        "Feuerpause",
        "AGREE",
        None,
        None,
        None,
        "Die Armee verkündete eine dreitägige Feuerpause.",
    ),
    TableRow(
        "passive-subject",
        "Ausbürgerung",
        "COERCE",
        "asserted",
        None,
        None,
        "Die Ausbürgerung des Schriftstellers wurde vom Innenministerium angeordnet.",
    ),
    TableRow(
        "peace-mission",
        "Friedensmission",
        "MOBILIZE",
        "planned",
        None,
        None,
        "Der Sicherheitsrat hat am Freitag eine Friedensmission für den Sudan beschlossen.",
    ),
    TableRow(
        "compound-head",
        "Grenzschließung",
        "COERCE",
        "planned",
        None,
        None,
        "Die Regierung kündigte eine vorübergehende Grenzschließung an.",
    ),
]

NON_EVENT_ROWS = [
    NonEventRow(
        "firm-delivery",
        "Lieferung",
        "Der Pharmakonzern kündigte die Lieferung von zehn Millionen Impfdosen an die EU an.",
    ),
    NonEventRow("firm-delivery", "Lieferung", "Der Händler führte am Montag eine Lieferung von Ersatzteilen durch."),
    NonEventRow("press-conference", "Pressekonferenz", "Die Regierung kündigte für Montag eine Pressekonferenz an."),
    NonEventRow("plant-closed", "Schließung", "Der Autokonzern kündigte die Schließung seines Werks in Bochum an."),
    NonEventRow("budget", "Haushalt", "Die Stadt beschloss am Dienstag den Haushalt für das kommende Jahr."),
    NonEventRow("player-leaves", "Abgang", "Der Verein gab den Abgang seines Stürmers bekannt."),
    NonEventRow("product", "Einführung", "Der Hersteller kündigte die Einführung eines neuen Smartphones an."),
    NonEventRow(
        "in-a-pp", "Auflösung", "Nach der Auflösung des Parlaments kündigte der Präsident Neuwahlen für den Herbst an."
    ),
    NonEventRow("attributive", "Räumung", "Die angekündigte Räumung des Camps wurde auf Mai verschoben."),
    NonEventRow(
        "no-announcing-verb", "Abberufung", "Über die Abberufung des Botschafters wird seit Wochen gestritten."
    ),
    NonEventRow("explained", "Schließung", "Der Minister erklärte die Schließung der Grenze mit Sicherheitsbedenken."),
    NonEventRow("job-dismissal", "Entlassung", "Der Verein gab die Entlassung des Trainers bekannt."),
    NonEventRow("nuclear-exit", "Ausstieg", "Die Regierung beschloss den Ausstieg aus der Atomkraft."),
    NonEventRow("price-freeze", "Einfrieren", "Die Regierung beschloss das Einfrieren der Mieten."),
    # "die Zensur" names the censoring authority more often than an act: not in the lexicon
    NonEventRow("noun-as-actor", "Zensur", "Nach Berichten wies die Zensur die Zeitungen an, die Artikel zu löschen."),
    # a body named by an act noun as the subject of an active clause is who acts, not the act
    NonEventRow(
        "mission-as-actor",
        "UN-Friedensmission",
        "Wie die UN-Friedensmission im Südsudan mitteilte, handelt es sich bei den Kämpfern um Aufständische.",
    ),
    # a party dissolving itself is coerced by no one
    NonEventRow("self-dissolution", "Selbstauflösung", "Die Landespartei gab am Freitag ihre Selbstauflösung bekannt."),
    NonEventRow("own-dissolution", "Auflösung", "Der Verein gab seine Auflösung bekannt."),
    # an alert of civil authorities is no mobilisation
    NonEventRow(
        "civil-alert", "Alarmbereitschaft", "Die Behörden haben wegen des Ölteppichs Alarmbereitschaft ausgerufen."
    ),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_announced_act(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_announced_non_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_cancelled_noun_not_coded_besides() -> None:
    """ "die Aussetzung der Entwicklungshilfe": the suspension is the one event, the aid noun is not an AID event."""
    rows = event_rows(TABLE_LEAD + "Die Regierung beschloss die Aussetzung der Militärhilfe für das Nachbarland.")
    assert [r[1] for r in rows] == ["SANCTION"], rows


def test_verb_row_keeps_its_one_event() -> None:
    """ "ordnete die Schließung der Grenzen an": the anordnen row codes the clause; the noun is not coded again."""
    rows = event_rows(TABLE_LEAD + "Die Regierung ordnete die Schließung der Grenzen zu Polen an.")
    assert [r[1] for r in rows] == ["COERCE"], rows


def test_promise_row_keeps_its_one_event() -> None:
    """ "stellte eine Amnestie in Aussicht": the promise row of "in Aussicht stellen" codes the clause once."""
    rows = event_rows(TABLE_LEAD + "Der Präsident stellte den inhaftierten Oppositionellen eine Amnestie in Aussicht.")
    assert len(rows) == 1, rows


def test_lexicons_well_formed() -> None:
    """Every act noun row has a known type and six columns; every announcing verb row five; an act noun that is an
    event noun of the trigger table is left to it (coded wherever it stands)."""
    types = {row[1] for row in lang_rows("de", "event_triggers.tsv")}
    acts = lang_rows("de", "announced_acts.tsv")
    assert len(acts) >= 200
    for row in acts:
        assert len(row) == 6 and row[1] in types, row
    assert all(len(row) == 5 and row[2] in ("planned", "-") for row in lang_rows("de", "announcing_verbs.tsv"))
    verbs, _acts, senses = _announced_lexicons("de")
    assert "ankündigen" in verbs.verbs and "auflösung" in senses
    assert not set(senses) & set(lexicon("de").nouns)


DECLARED_ROWS = [
    TableRow(
        "talks-failed",
        "erklärte",
        "REJECT",
        "asserted",
        None,
        None,
        "Der Verhandlungsführer der Rebellen erklärte die Friedensgespräche für gescheitert.",
    ),
    TableRow(
        "truce-ended",
        "erklärte",
        "REJECT",
        None,
        None,
        None,
        "Die Miliz erklärte die Waffenruhe am Dienstag für beendet.",
    ),
    TableRow(
        "war-over",
        "erklärte",
        "RETREAT",
        None,
        None,
        None,
        "Die Regierung erklärte den Krieg gegen die Aufständischen für beendet.",
    ),
    TableRow(
        "restricted-zone",
        "erklärte",
        "COERCE",
        None,
        None,
        None,
        "Die Armee erklärte das gesamte Grenzgebiet zur militärischen Sperrzone.",
    ),
    TableRow(
        "foreign-agent",
        "erklärte",
        "SANCTION",
        None,
        None,
        None,
        "Das Justizministerium erklärte die Stiftung zum ausländischen Agenten.",
    ),
]


@pytest.mark.parametrize("row", table_params(DECLARED_ROWS, {}))
def test_declared_state(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize(
    "text",
    [
        # a strike declared over is coded once, on the beenden row ("beendet")
        "Die Gewerkschaft erklärte den Streik für beendet.",
        # a border declared closed is coded once, on the schließen row ("geschlossen")
        "Das Militär erklärte die Grenze zu Syrien für geschlossen.",
    ],
)
def test_declared_state_coded_once(text: str) -> None:
    rows = event_rows(TABLE_LEAD + text)
    assert len(rows) == 1, rows


def test_declared_opinion_is_no_state() -> None:
    """ "erklärte, die Gespräche seien gescheitert": a content clause is an assessment, not a declaration."""
    rows = event_rows(TABLE_LEAD + "Der Minister erklärte, die Gespräche seien für ihn gescheitert.")
    assert all(r[1] != "REJECT" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a zu-infinitive that a decision or an order governs is planned
        ("Die Regierung fasste den Beschluss, die Truppen aus Mali abzuziehen.", "abzuziehen", "planned"),
        ("Der General befahl, die Gefangenen freizulassen.", "freizulassen", "planned"),
        # one that is made known is planned too, unless it is told as done (a perfect infinitive)
        ("Die Regierung gab bekannt, die Botschaft in Kabul zu schließen.", "schließen", "planned"),
        ("Die Polizei gab bekannt, drei Männer in Hamburg festgenommen zu haben.", "festgenommen", "asserted"),
    ],
)
def test_decided_zu_infinitive_modality(text: str, trigger: str, modality: str) -> None:
    rows = [r for r in event_rows(TABLE_LEAD + text) if r[0] == trigger]
    assert rows and rows[0][5] == modality, rows
