"""Families of constructions from blind audit 26 (sixteenth session, round 2), tested with invented sentences:
praise by nennen/bezeichnen, a speech verb whose content charges a wrongdoing, dated comparison sanctions, money
released or granted, political blocking, aid pledges, an authority shutting something down, and the non-events of a
decree's norm, an "erst …, wenn" promise and a lasting state in a condition."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    table_params,
)

EVENT_ROWS = [
    # praise: "nennen/bezeichnen X (als) <positive judgment>" is SUPPORT
    TableRow(
        "praise-ueberfaellig",
        "nannte",
        "SUPPORT",
        None,
        ["Greenpeace"],
        None,
        "Greenpeace nannte die Entscheidung des Gerichts überfällig.",
    ),
    TableRow(
        "praise-angemessen",
        "bezeichnete",
        "SUPPORT",
        None,
        None,
        None,
        "Die Opposition bezeichnete die Strafen als angemessen.",
    ),
    TableRow(
        "praise-signal",
        "nannte",
        "SUPPORT",
        None,
        None,
        None,
        "Der Bauernverband nannte die Sanktionen ein wichtiges Signal.",
    ),
    TableRow(
        "praise-notwendig",
        "bezeichnete",
        "SUPPORT",
        None,
        None,
        None,
        "Die Gewerkschaft bezeichnete das Urteil als längst überfällig und notwendig.",
    ),
    # a speech verb whose content clause charges a wrongdoing is ACCUSE, aimed at the content's subject
    TableRow(
        "charge-schrieb",
        "schrieb",
        "ACCUSE",
        None,
        None,
        ["Moskau"],
        "Der Außenminister schrieb auf Facebook, Moskau betreibe „Staatsterror“.",
    ),
    TableRow(
        "charge-erklaerte",
        "erklärte",
        "ACCUSE",
        None,
        None,
        None,
        "Der Sprecher erklärte, die Regierung betreibe gezielte Desinformation.",
    ),
    TableRow(
        "charge-sagte",
        "sagte",
        "ACCUSE",
        None,
        None,
        ["Russland"],
        "Die Ministerin sagte, Russland begehe in der Ukraine Kriegsverbrechen.",
    ),
    TableRow(
        "charge-behauptete",
        "behauptete",
        "ACCUSE",
        None,
        None,
        None,
        "Der Parteichef behauptete, die Regierung plane einen Wahlbetrug.",
    ),
    # sanctions by noun + light verb, also after a comparison adjective when the clause dates the act
    TableRow(
        "sanction-similar-dated",
        "Strafmaßnahmen",
        "SANCTION",
        None,
        ["Vereinigte Staaten"],
        None,
        "Die USA hatten bereits im Frühjahr ähnliche Strafmaßnahmen gegen hohe Offiziere erlassen.",
    ),
    TableRow(
        "sanction-comparable-dated",
        "Sanktionen",
        "SANCTION",
        None,
        ["Kanada"],
        None,
        "Kanada hatte im März vergleichbare Sanktionen gegen die Reederei verhängt.",
    ),
    # money or aid released or granted is AID; frozen funds released stay RETREAT
    TableRow(
        "aid-freigeben",
        "gaben",
        "AID",
        None,
        ["Vereinte Nationen"],
        None,
        "Die Vereinten Nationen gaben drei Millionen Dollar aus einem Hilfsfonds frei.",
    ),
    TableRow(
        "aid-freigeben-present",
        "gibt",
        "AID",
        None,
        ["Weltbank"],
        None,
        "Die Weltbank gibt weitere 200 Millionen Dollar für die Erdbebenopfer frei.",
    ),
    TableRow(
        "aid-bewilligen",
        "bewilligte",
        "AID",
        None,
        ["Parlament"],
        None,
        "Das Parlament bewilligte 40 Millionen Euro Nothilfe für die Flutopfer.",
    ),
    TableRow(
        "aid-bereitstellen",
        "stellte",
        "AID",
        None,
        None,
        None,
        "Die Stiftung stellte drei Millionen Euro für die Betroffenen bereit.",
    ),
    TableRow(
        "frozen-released", "gab", "RETREAT", None, ["Europäische Union"], None, "Die EU gab eingefrorene Gelder frei."
    ),
    # blocking a decision, sanctions or a bill is REJECT; a road blockade by protesters stays PROTEST
    TableRow(
        "block-sanktionen",
        "blockierte",
        "REJECT",
        None,
        ["Slowakei"],
        None,
        "Die Slowakei blockierte die Sanktionen gegen den Konzern.",
    ),
    TableRow(
        "block-strafmassnahmen",
        "blockiert",
        "REJECT",
        None,
        ["Polen"],
        None,
        "Polen hatte die Strafmaßnahmen monatelang blockiert.",
    ),
    TableRow(
        "block-auszahlung",
        "blockierte",
        "REJECT",
        None,
        ["Österreich"],
        None,
        "Österreich blockierte die Auszahlung der nächsten Tranche.",
    ),
    TableRow(
        "block-road",
        "blockierten",
        "PROTEST",
        None,
        None,
        None,
        "Demonstranten blockierten am Morgen die Autobahn nach Lyon.",
    ),
    # a pledge of material support is AID; plain backing stays SUPPORT
    TableRow(
        "pledge-wiederaufbau",
        "sicherte",
        "AID",
        None,
        ["Japan"],
        None,
        "Japan sicherte Unterstützung beim Wiederaufbau der Schulen zu.",
    ),
    TableRow(
        "pledge-versorgung",
        "versprach",
        "AID",
        None,
        ["Kanada"],
        None,
        "Kanada versprach Unterstützung bei der Versorgung der Verletzten.",
    ),
    TableRow(
        "pledge-backing",
        "sicherte",
        "SUPPORT",
        None,
        ["Japan"],
        None,
        "Japan sicherte der Regierung seine Unterstützung zu.",
    ),
    # an authority shutting down or sealing is COERCE
    TableRow(
        "shutdown-stilllegen",
        "stillgelegt",
        "COERCE",
        None,
        None,
        None,
        "Die Aufsichtsbehörde hatte die Fabrik bereits im Mai wegen Sicherheitsmängeln stillgelegt.",
    ),
    TableRow(
        "seal-versiegeln",
        "versiegelte",
        "COERCE",
        None,
        ["Polizei"],
        None,
        "Die Polizei versiegelte die Redaktionsräume der Zeitung.",
    ),
    # more family members: stopping a bill, laying a yard idle, taking a ship out of service, a charge announced
    TableRow(
        "block-stoppen", "stoppte", "REJECT", None, ["Slowakei"], None, "Die Slowakei stoppte das neue Sanktionspaket."
    ),
    TableRow(
        "shutdown-legte-still", "legten", "COERCE", None, ["Behörden"], None, "Die Behörden legten die Werft still."
    ),
    TableRow(
        "seize-aus-dem-verkehr",
        "zog",
        "COERCE",
        None,
        ["Küstenwache"],
        None,
        "Die Küstenwache zog das Schiff aus dem Verkehr.",
    ),
    TableRow(
        "charge-teilte-mit",
        "teilte",
        "ACCUSE",
        None,
        None,
        None,
        "Der Minister teilte mit, die Rebellen hätten Kriegsverbrechen begangen.",
    ),
    TableRow(
        "charge-dass",
        "sagte",
        "ACCUSE",
        None,
        None,
        None,
        "Der Minister sagte, dass die Regierung Propaganda betreibe.",
    ),
    TableRow(
        "praise-sinnvoll",
        "nannte",
        "SUPPORT",
        None,
        None,
        None,
        "Die Partei nannte den Rücktritt des Ministers sinnvoll.",
    ),
    TableRow(
        "praise-begruessenswert",
        "bezeichnete",
        "SUPPORT",
        None,
        None,
        None,
        "Der Verband bezeichnete die Sanktionen als begrüßenswert.",
    ),
    TableRow(
        "grant-suspension-stays",
        "stoppte",
        "SANCTION",
        None,
        ["Regierung"],
        None,
        "Die Regierung stoppte die Auszahlung der Kredite an die Provinz.",
    ),
    TableRow(
        "court-stops-law",
        "stoppte",
        "REJECT",
        None,
        None,
        None,
        "Das Verfassungsgericht stoppte das umstrittene Gesetz.",
    ),
    TableRow(
        "investigation-stays",
        "überprüfen",
        "ACCUSE",
        "planned",
        ["Staatsanwaltschaft"],
        None,
        "Die Staatsanwaltschaft kündigte an, die Vorwürfe gegen den Bürgermeister zu überprüfen.",
    ),
]

NON_EVENT_ROWS = [
    # similar aid without a date of its own stays a comparison (fourteenth session)
    NonEventRow(
        "similar-undated", "Hilfen", "Die Kommission hatte bereits ähnliche Hilfen für Werften in Italien genehmigt."
    ),
    # reported speech that charges nothing, or denies the charge, is no accusation
    NonEventRow("charge-none", "sagte", "Die Ministerin sagte, die Regierung plane neue Schulen."),
    NonEventRow("charge-negated", "sagte", "Der Sprecher sagte, Moskau betreibe keine Propaganda."),
    NonEventRow("charge-in-phrase", "sagte", "Der Minister sagte, man werde bei der Aufklärung der Verbrechen helfen."),
    # a drug released is no aid
    NonEventRow("release-drug", "gab", "Die Behörde gab das neue Arzneimittel frei."),
    # what a decree or regulation permits is its rule, no act
    NonEventRow(
        "decree-coordinated",
        "erlaubt",
        "Das Dekret gilt zunächst für 90 Tage und erlaubt der Armee, die Grenzpolizei bei Kontrollen zu unterstützen.",
    ),
    NonEventRow(
        "decree-content",
        "unterstützen",
        "Das Dekret gilt zunächst für 90 Tage und erlaubt der Armee, die Grenzpolizei bei Kontrollen zu unterstützen.",
    ),
    NonEventRow("regulation-content", "aufzulösen", "Die Verordnung erlaubt den Behörden, Versammlungen aufzulösen."),
    # a condition: a lasting state supposed, and both sides of an "erst …, wenn" promise
    NonEventRow(
        "condition-state",
        "ausgeschlossen",
        "Sollte der Kandidat ausgeschlossen bleiben, werde man die Abstimmung boykottieren, sagte die Partei.",
    ),
    NonEventRow(
        "only-if-noun",
        "Verhandlungen",
        "Verhandlungen mit den Rebellen werde es erst geben, wenn die Geiseln freigelassen seien, sagte der Minister.",
    ),
    NonEventRow(
        "only-if-condition",
        "freigelassen",
        "Verhandlungen mit den Rebellen werde es erst geben, wenn die Geiseln freigelassen seien, sagte der Minister.",
    ),
    # a charge noun as the content's subject is a topic, no charge against anyone
    NonEventRow("charge-subject", "sagte", "Der Minister sagte, die Korruption sei ein großes Problem."),
    # the cost of an act told before ("die Verluste durch die Blockaden")
    NonEventRow(
        "loss-durch", "Streik", "Der Handelsverband schätzt die Einbußen durch den Streik auf 50 Millionen Euro."
    ),
    NonEventRow("damage-durch", "Proteste", "Die Schäden durch die Proteste seien enorm, sagte der Bürgermeister."),
    # readiness or an offer to grow a standing relation is no act of cooperation
    NonEventRow(
        "ready-grow",
        "Zusammenarbeit",
        "Peking sei bereit, die Zusammenarbeit im Tourismus auszubauen, sagte der Botschafter.",
    ),
    NonEventRow(
        "offer-deepen", "Kooperation", "Der Minister bot an, die Kooperation bei der Grenzsicherung zu vertiefen."
    ),
    # a safety inspection of things is no investigation of an actor
    NonEventRow(
        "inspect-things", "überprüfen", "Der Minister kündigte an, alle Brücken der Region überprüfen zu lassen."
    ),
    # the act one is charged with being responsible for is the charge's content
    NonEventRow(
        "responsible-charged",
        "Bombardierung",
        "Die Staatsanwaltschaft beschuldigt den Kommandeur, für die Bombardierung von Dörfern verantwortlich zu sein.",
    ),
    NonEventRow(
        "responsible-passive",
        "Folter",
        "Den Generälen wird vorgeworfen, für die Folter von Gefangenen im Süden verantwortlich zu sein.",
    ),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_family_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_family_non_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_permitted_by_government_stays_an_act() -> None:
    """A government (no legal text) that allows a protest concedes it."""
    check_table_row(
        TableRow(
            "allowed-by-government",
            "erlaubte",
            "CONCEDE",
            None,
            ["Regierung"],
            None,
            "Die Regierung erlaubte der Opposition am Montag, in der Hauptstadt zu demonstrieren.",
        )
    )


def test_decree_that_bans_stays_an_act() -> None:
    """A decree that bans tells the ban; only what a decree permits is its rule."""
    check_table_row(
        TableRow(
            "decree-ban",
            "verbietet",
            "COERCE",
            None,
            None,
            None,
            "Ein Dekret des Präsidenten verbietet ab sofort alle Demonstrationen.",
        )
    )


def test_condition_act_keeps_its_hypothetical_event() -> None:
    """An act (not a lasting state) in a condition keeps its hypothetical event."""
    check_table_row(
        TableRow(
            "condition-act",
            "angreift",
            "ASSAULT",
            "hypothetical",
            ["Russland"],
            None,
            "Falls Russland die Grenze angreift, werde die Nato reagieren, sagte der General.",
        )
    )
