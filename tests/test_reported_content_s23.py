"""Speech acts told through their reported content (twenty-third session), tested with invented sentences.

Reported demands: a speech verb (sagen, erklären, mitteilen, bekräftigen …) whose reported clause asks a definite
actor to act — a Konjunktiv "müsse/solle" clause, a verb-final dass clause ending in a demand modal ("dass Russland
seine Truppen abziehen müsse", "dass die USA das Lager schließen sollen") or a negated "dürfe" (a prohibition) — is
one REQUEST on the speech verb, target the clause's subject (a name, or the unnamed body as described target); the act
asked for is the demand's content and is not coded, like "verlangte, dass …". "man/es/wir müsse", a measure as
subject, a condition ("sollte der Streik andauern") and hearsay "sollen" ("getötet haben sollen") ask nothing."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    event_at,
    event_rows,
    group_texts,
    table_params,
)

DEMAND_ROWS = [
    TableRow(
        "v2-konjunktiv",
        "sagte",
        "REQUEST",
        "asserted",
        None,
        ["Russland"],
        "Der Außenminister sagte am Dienstag, Russland müsse seine Truppen aus der Region abziehen.",
    ),
    TableRow(
        "dass-konjunktiv",
        "sagte",
        "REQUEST",
        "asserted",
        None,
        ["Russland"],
        "Der Außenminister sagte am Dienstag, dass Russland seine Truppen aus der Region abziehen müsse.",
    ),
    TableRow(
        "dass-plural-indicative-dative",
        "teilte",
        "REQUEST",
        "asserted",
        None,
        ["Vereinigte Staaten"],
        "Die Kanzlerin teilte den USA mit, dass die USA das Lager auf der Insel schließen sollen.",
    ),
    TableRow(
        "prohibition-v2",
        "erklärte",
        "REQUEST",
        "asserted",
        None,
        ["Türkei"],
        "Die Ministerin erklärte, die Türkei dürfe die Journalisten nicht länger festhalten.",
    ),
    TableRow(
        "prohibition-dass",
        "sagte",
        "REQUEST",
        "asserted",
        None,
        ["Ungarn"],
        "Der Kommissar sagte, dass Ungarn die Flüchtlinge nicht an der Grenze zurückweisen dürfe.",
    ),
    TableRow(
        "bekraeftigen",
        "bekräftigte",
        "REQUEST",
        "asserted",
        None,
        ["Iran"],
        "Der Präsident bekräftigte, der Iran müsse die Inspektoren ins Land lassen.",
    ),
    TableRow(
        "advice-sollten",
        "sagte",
        "REQUEST",
        "asserted",
        None,
        ["Vereinigte Staaten"],
        "Der Minister sagte, die USA sollten das Lager auf der Insel schließen.",
    ),
    TableRow(
        "dass-coordinated-verbs",
        "schrieb",
        "REQUEST",
        "asserted",
        None,
        ["Frankreich"],
        "Der Ausschuss in Genf schrieb, dass Frankreich die Akten offenlegen und prüfen solle.",
    ),
    TableRow(
        "unterstreichen-fronted",
        "unterstrich",
        "REQUEST",
        "asserted",
        None,
        ["Serbien"],
        "Serbien müsse die Verdächtigen ausliefern, unterstrich die Chefanklägerin.",
    ),
]

NON_DEMAND_ROWS = [
    NonEventRow("man-muesse", "sagte", "Der Bürgermeister sagte, man müsse die weitere Entwicklung abwarten."),
    NonEventRow("dass-man", "sagte", "Der Bürgermeister sagte, dass man die Ergebnisse abwarten müsse."),
    NonEventRow(
        "measure-subject", "sagte", "Die Ministerin sagte, dass die Reform im nächsten Jahr in Kraft treten solle."
    ),
    NonEventRow("dass-pronoun", "sagte", "Der Trainer sagte, dass er die Mannschaft umstellen müsse."),
    NonEventRow("hearsay-sollen", "sagte", "Der Sprecher sagte, dass die Wachleute Gefangene geschlagen haben sollen."),
    NonEventRow("passive", "erklärte", "Der Anwalt erklärte, dass der Häftling sofort freigelassen werden müsse."),
    NonEventRow("permission-not-negated", "sagte", "Der Sprecher sagte, dass die Familie das Land verlassen dürfe."),
    NonEventRow("occasion-subject", "sagte", "Der Sprecher sagte, die Wahlen sollten im kommenden Mai stattfinden."),
    NonEventRow("condition", "warnte", "Der Verband warnte vor Engpässen, sollte der Streik der Fahrer andauern."),
]


@pytest.mark.parametrize("row", table_params(DEMAND_ROWS, {}))
def test_reported_demand_is_request(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_DEMAND_ROWS, {}))
def test_reported_statement_asks_nothing(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize(
    "text, act",
    [
        ("Der Außenminister sagte am Dienstag, Russland müsse seine Truppen aus der Region abziehen.", "abziehen"),
        ("Der Außenminister sagte am Dienstag, dass Russland seine Truppen aus der Region abziehen müsse.", "abziehen"),
        ("Die Ministerin erklärte, die Türkei dürfe die Journalisten nicht länger festhalten.", "festhalten"),
        ("Die Rebellen müssten die Geiseln sofort freilassen, sagte der Präsident.", "freilassen"),
    ],
)
def test_demanded_act_is_content(text: str, act: str) -> None:
    """The act asked for is the demand's content: one REQUEST, the act not coded (like "verlangte, dass …")."""
    rows = event_rows(text)
    assert [r[1] for r in rows] == ["REQUEST"], rows
    assert all(r[0] != act for r in rows), rows


def test_unnamed_body_asked_is_described_target() -> None:
    doc = chronik.analyze("Der Außenminister bekräftigte, die Regierung solle die Gefangenen freilassen.")
    assert event_at(doc, "bekräftigte").type == "REQUEST"
    assert group_texts(doc, "bekräftigte")[1] == ["Regierung"]


def test_told_act_next_to_a_speech_verb_stays() -> None:
    """A speech verb whose clause tells an act without a demand modal keeps the act, no REQUEST."""
    rows = event_rows("Der Sprecher sagte, die Armee habe ihre Truppen aus der Region abgezogen.")
    assert not [r for r in rows if r[1] == "REQUEST"], rows
    assert [r for r in rows if r[0] == "abgezogen"], rows


# Reported accusations: a speech or finding verb whose content clause says another party broke a rule (a breach verb;
# a violation verb with a right, law, treaty or border as its object) or led to harm to people ("zu/zum/zur" + a harm
# noun + "geführt") is ACCUSE (allege), target the content's doer; injuries, accidents, possibilities, denials and
# admissions charge no one.
CHARGE_ROWS = [
    TableRow(
        "rights-violated",
        "erklärte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Das Komitee erklärte, dass Soldaten die Rechte der Häftlinge verletzt hätten.",
    ),
    TableRow(
        "breach-named",
        "sagte",
        "ACCUSE",
        "asserted",
        None,
        ["Russland"],
        "Der Außenminister sagte, Russland habe gegen das Völkerrecht verstoßen.",
    ),
    TableRow(
        "ceasefire-broken",
        "sagte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Der Minister sagte, die Armee habe die Waffenruhe in der Nacht gebrochen.",
    ),
    TableRow(
        "led-to-deaths",
        "sagte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Der Sprecher sagte, die Methoden der Armee hätten zum Tod von Gefangenen geführt.",
    ),
    TableRow(
        "finding",
        "stellte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Kommission stellte fest, dass die Behörden gegen das Gesetz verstoßen hätten.",
    ),
]

NON_CHARGE_ROWS = [
    NonEventRow("injured", "sagte", "Der Arzt sagte, zwei Soldaten seien an der Grenze verletzt worden."),
    NonEventRow("accident", "sagte", "Der Sprecher sagte, der Unfall habe zum Tod von zwei Arbeitern geführt."),
    NonEventRow("benefit", "sagte", "Die Ministerin sagte, die Reform habe zu mehr Wachstum geführt."),
    NonEventRow("denied", "sagte", "Der Trainer sagte, die Mannschaft habe die Regeln nicht gebrochen."),
    NonEventRow("admission", "sagte", "Der Minister sagte, wir hätten gegen die Regeln verstoßen."),
    NonEventRow("possible", "warnte", "Die Ministerin warnte, das Gesetz könne zu Missbrauch führen."),
    NonEventRow("finding-fact", "stellten", "Die Ermittler stellten fest, dass das Feuer im Keller ausgebrochen war."),
]


@pytest.mark.parametrize("row", table_params(CHARGE_ROWS, {}))
def test_reported_breach_or_harm_is_accusation(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_CHARGE_ROWS, {}))
def test_reported_statement_charges_nothing(row: NonEventRow) -> None:
    check_no_event(row)


def test_unnamed_doer_charged_is_described_target() -> None:
    doc = chronik.analyze("Das Komitee erklärte, dass Soldaten die Rechte der Häftlinge verletzt hätten.")
    assert event_at(doc, "erklärte").type == "ACCUSE"
    assert group_texts(doc, "erklärte")[1] == ["Soldaten"]


# Acts that are not told as done: the content of a hope or fear is hypothetical, the content of an aim planned, an act
# a present "können" makes possible hypothetical; a programme's purpose ("Die Initiative solle … helfen") asks no one.
@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        ("Die Hoffnung ist, dass die Rebellen die Geiseln bald freilassen.", "freilassen", "hypothetical"),
        ("Die Regierung befürchtet, dass die Rebellen die Geiseln töten.", "töten", "hypothetical"),
        ("Man hofft, dass sich die beiden Präsidenten im Mai treffen.", "treffen", "hypothetical"),
        (
            "Die Hoffnung ist, dass die Hilfe die Jugendlichen davon abhält, sich den Extremisten anzuschließen.",
            "anzuschließen",
            "hypothetical",
        ),
        ("Ziel der Operation ist es, die Stadt einzunehmen.", "einzunehmen", "planned"),
        (
            "Die Stadt richtete eine Stelle ein, bei der sich Bürger über Beamte beschweren können.",
            "beschweren",
            "hypothetical",
        ),
    ],
)
def test_hoped_aimed_or_possible_act_is_not_asserted(text: str, trigger: str, modality: str) -> None:
    rows = [r for r in event_rows(text) if r[0] == trigger]
    assert rows and rows[0][5] == modality, event_rows(text)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the hope is voiced, then a speech verb governs the dass clause: the act told stays asserted
        ("Der Minister äußerte Hoffnung und sagte, dass die Rebellen die Geiseln freigelassen hätten.", "freigelassen"),
        # past "konnte": the act was done
        ("Die Armee konnte die Stadt nach drei Tagen einnehmen.", "einnehmen"),
    ],
)
def test_told_act_stays_asserted(text: str, trigger: str) -> None:
    rows = [r for r in event_rows(text) if r[0] == trigger]
    assert rows and rows[0][5] == "asserted", event_rows(text)


def test_programme_purpose_asks_no_one() -> None:
    rows = event_rows("Die Initiative solle Familien in Not helfen, sagte die Ministerin.")
    assert not [r for r in rows if r[1] == "REQUEST"], rows
