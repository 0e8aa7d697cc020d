"""Evaluative speech acts (2026-12-06, eighteenth session, round 2): acts phrased as evaluative idioms of German news —
"erklärte … für fehlerhaft", "äußerte Zweifel", "äußerte sich kritisch", "reagierte positiv", "sieht darin einen
Affront". Invented sentences only."""

from __future__ import annotations

import pytest

from tests.event_docs import rows_by_trigger

LEAD = "Meldung\n\n"


def _types(text: str) -> dict[str, str]:
    """Trigger word → event type of every event of ``text``."""
    return {trig: row[1] for trig, row in rows_by_trigger(LEAD + text).items()}


# --- "für X erklären": an evaluative adjective of invalidity rejects the act ----------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Das Oberlandesgericht erklärte die Wahl in Hessen für fehlerhaft.", "erklärte"),
        ("Die Richter in Leipzig haben den Vertrag mit der Stadt für hinfällig erklärt.", "erklärt"),
        ("Den Beschluss des Stadtrats erklärte die Aufsichtsbehörde für rechtsfehlerhaft.", "erklärte"),
        ("Das Parlament erklärte die Abstimmung der Opposition für unrechtmäßig.", "erklärte"),
    ],
)
def test_declared_invalid_is_reject(text: str, trigger: str) -> None:
    assert _types(text).get(trigger) == "REJECT"


def test_declared_invalid_needs_fuer() -> None:
    # "erklärte, … sei hinfällig" is reported speech, no act of declaring
    assert _types("Der Minister erklärte, die alte Regelung sei hinfällig.").get("erklärte") != "REJECT"


# --- "Zweifel/Vorbehalte äußern, anmelden" ("Kritik äußern" is the noun Kritik's event): disapproval ---------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die Gewerkschaft äußerte Zweifel an den Zahlen des Konzerns.", "äußerte"),
        ("Mehrere Abgeordnete meldeten Zweifel an der Rechtmäßigkeit des Einsatzes an.", "meldeten"),
        ("Der Rechnungshof hat erhebliche Zweifel an der Planung des Ministeriums geäußert.", "geäußert"),
        ("Umweltverbände äußerten Vorbehalte gegen das Projekt der Landesregierung.", "äußerten"),
    ],
)
def test_voiced_doubt_is_accuse(text: str, trigger: str) -> None:
    assert _types(text).get(trigger) == "ACCUSE"


def test_no_doubt_voiced_is_no_accusation() -> None:
    assert _types("Die Gewerkschaft äußerte keine Zweifel an den Zahlen des Konzerns.").get("äußerte") != "ACCUSE"


# --- "sich kritisch/ablehnend äußern" -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Die Bischöfin hatte sich zuvor kritisch über die Pläne der Regierung geäußert.",
        "Der Verband äußerte sich ablehnend zu dem Vorschlag des Ministers.",
        "Abfällig äußerte sich der Senator über seinen Rivalen.",
    ],
)
def test_critical_remark_is_accuse(text: str) -> None:
    types = _types(text)
    assert "ACCUSE" in types.values(), types


def test_remark_without_judgment_is_no_event() -> None:
    assert _types("Der Verband äußerte sich am Montag zu dem Vorschlag des Ministers.") == {}


# --- "positiv/kritisch reagieren auf" -------------------------------------------------------------------------------
def test_positive_reaction_is_support() -> None:
    assert (
        _types("Positiv reagierte auch die Regierung Chiles auf die Entscheidung des Gerichts.").get("reagierte")
        == "SUPPORT"
    )


def test_critical_reaction_is_accuse() -> None:
    assert _types("Die Opposition reagierte ablehnend auf den Haushaltsentwurf.").get("reagierte") == "ACCUSE"


def test_market_reaction_is_no_event() -> None:
    # markets and shares react, nobody speaks
    assert "reagierten" not in _types("Die Märkte reagierten positiv auf die Zinssenkung der Notenbank.")


# --- "sieht in X einen Affront / darin eine Provokation" ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die Regierung in Ankara sieht in dem Beschluss eine Provokation.", "sieht"),
        ("Der Gewerkschaftschef sah darin einen Affront gegen die Beschäftigten.", "sah"),
    ],
)
def test_seeing_an_affront_is_accuse(text: str, trigger: str) -> None:
    assert _types(text).get(trigger) == "ACCUSE"


def test_seeing_a_danger_is_no_accusation() -> None:
    assert "sieht" not in _types("Der Minister sieht die Gefahr einer neuen Krise.")


# --- "bezeichnen/nennen als" + an insult or a pejorative label of an act (denouncing_words.txt) ---------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Der Bürgermeister bezeichnete seinen Herausforderer als „Lügner“.", "bezeichnete"),
        ("Die Grünen nannten die Reform eine „Geldverschwendung“.", "nannten"),
        ("Der Verband bezeichnete die Forderung der Gewerkschaft als dreist.", "bezeichnete"),
        ("Die Opposition bezeichnet die Wahl als Betrug.", "bezeichnet"),
        ("Kritiker sehen in dem Gesetz einen Trick der Regierung.", "sehen"),
    ],
)
def test_pejorative_label_is_accuse(text: str, trigger: str) -> None:
    assert _types(text).get(trigger) == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a quoted label is not pejorative as such: neutral and admiring labels in quotation marks are no accusation
        ("Die Zeitung bezeichnete den Kandidaten als „Reformer“.", "bezeichnete"),
        ("In der Presse wurde der Vertrag als „Jahrhundertgeschäft“ bezeichnet.", "bezeichnet"),
    ],
)
def test_quoted_neutral_label_is_no_accusation(text: str, trigger: str) -> None:
    assert _types(text).get(trigger) != "ACCUSE"


# --- a text's relative clause that labels: the labelling is the act -------------------------------------------------
def test_commentary_relative_clause_labelling_is_accuse() -> None:
    text = "In der Zeitung erschien ein Kommentar, der den Beschluss des Senats als „peinlichen Irrweg“ bezeichnet."
    assert _types(text).get("bezeichnet") == "ACCUSE"


def test_actor_relative_clause_labelling_stays_description() -> None:
    # "eine Regierung, die Journalisten als Verräter bezeichnet" says what kind of government it is
    text = "Die Reporter arbeiten unter einer Regierung, die kritische Journalisten als Verräter bezeichnet."
    assert "bezeichnet" not in _types(text)
