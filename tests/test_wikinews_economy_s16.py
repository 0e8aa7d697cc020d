"""Court and society news (sixteenth session, mini-audit on real Wikinews economy/courts/society articles): invented
news items for the constructions that audit found wrong.

The classes: a sentence to prison or corporal punishment told by an adjective of duration ("zu einer dreijährigen
Haft") or by lashes ("zu 40 Peitschenhieben", "zu Schlägen mit der Peitsche") is COERCE like "zu drei Jahren Haft";
the charge named by "wegen" or in the genitive of "schuldig"/"angeklagt" ("wegen Aufrufs zur Gewalt", "des Aufrufs
zum Umsturz schuldig", "wegen Beihilfe zum Betrug") is a kind of crime, not a REQUEST or AID of its own, and
"Beihilfe"/"Sterbehilfe" are never AID; "sich verteidigen" is no SUPPORT, an invitation to "Veranstaltungen" no
CONSULT; with "vorwerfen" the name after "der" that follows an unnamed subject
("warf der Anwalt der Staatsanwaltschaft … vor") is the dative target, not a genitive of the subject.
"""

from __future__ import annotations

import pytest

from tests.event_docs import TABLE_LEAD, check_table_row, event_rows, table_params
from tests.event_docs import TableRow as Row

# fmt: off
SENTENCES = [
    Row("haft_adjektiv", "verurteilte", "COERCE", "asserted", [], ["Milan Hrbek"],
        "Ein Bezirksgericht verurteilte den Blogger Milan Hrbek am Dienstag zu einer zweieinhalbjährigen Haft."),
    Row("haft_adjektiv_ohne_artikel", "verurteilt", "COERCE", "asserted", None, None,
        "Die beiden Gewerkschafter wurden im Juli zu mehrmonatiger Haft verurteilt."),
    Row("peitschenhiebe", "verurteilt", "COERCE", "asserted", None, None,
        "Der Dichter war im Frühjahr zu 80 Peitschenhieben verurteilt worden."),
    Row("schlaege_mit_der_peitsche", "verurteilt", "COERCE", "asserted", None, None,
        "Eine Studentin wurde von einem Scharia-Gericht zu 40 Schlägen mit der Peitsche verurteilt."),
    Row("vorwerfen_unbenanntes_subjekt", "warf", "ACCUSE", "asserted", [], ["Staatsanwaltschaft Kiel"],
        "Nach dem Freispruch warf der Verteidiger der Staatsanwaltschaft Kiel einseitige Ermittlungen vor."),
    Row("vorwerfen_gruppe_subjekt", "warf", "ACCUSE", "asserted", [], ["Bundesregierung"],
        "Am Montag warf die Opposition der Bundesregierung Untätigkeit in der Energiekrise vor."),
    Row("vorwerfen_possessiv_subjekt", "warf", "ACCUSE", "asserted", [], ["Staatsanwaltschaft Kiel"],
        "Nach dem Urteil warf Petersens Anwältin der Staatsanwaltschaft Kiel Befangenheit vor."),
]
# fmt: on


@pytest.mark.parametrize("row", table_params(SENTENCES, {}))
def test_court_news_table(row: Row) -> None:
    check_table_row(row)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the charge after "wegen": the arrest is the act, the call to violence only what it is charged as
        ("Der Rapper Tarik Demir wurde am Freitag wegen Aufrufs zur Gewalt festgenommen.", "Aufrufs"),
        # the charge in the genitive of "schuldig"
        ("Die Bloggerin wurde des Aufrufs zum Umsturz für schuldig befunden.", "Aufrufs"),
        # "Beihilfe" is aiding a crime, never AID
        ("Die Staatsanwaltschaft Kiel ermittelt gegen einen Notar wegen Beihilfe zum Betrug.", "Beihilfe"),
        ("Der Kassenwart war der Beihilfe zur Untreue für schuldig befunden worden.", "Beihilfe"),
        # assisting a suicide is no humanitarian aid, nor is assisting a crime
        ("Der Arzt hatte einer Patientin in der Schweiz Sterbehilfe geleistet.", "geleistet"),
        ("Der Buchhalter soll dem Betrüger Beihilfe geleistet haben.", "geleistet"),
        # defending oneself is no endorsement of another
        ("Die Wachleute mussten sich gegen die Angreifer verteidigen.", "verteidigen"),
        # an invitation to functions or events of an organisation is no meeting of parties
        ("Der Vorstand hatte Lobbyisten zu Veranstaltungen des Verbandes eingeladen.", "eingeladen"),
    ],
)
def test_no_event(text: str, absent: str) -> None:
    rows = event_rows(TABLE_LEAD + text, published="2026-11-10")
    assert not [r for r in rows if r[0] == absent], rows


def test_arrest_for_a_charge_kept() -> None:
    # the charge does not take the arrest with it
    rows = event_rows(TABLE_LEAD + "Der Rapper Tarik Demir wurde am Freitag wegen Aufrufs zur Gewalt festgenommen.")
    assert [r for r in rows if r[0] == "festgenommen" and r[1] == "COERCE"], rows


def test_plural_reason_after_wegen_kept() -> None:
    # a plural after "wegen" is a series of acts told as the reason, not a charge name
    rows = event_rows(TABLE_LEAD + "Zwölf Studenten wurden wegen Protesten gegen die Regierung festgenommen.")
    assert [r for r in rows if r[0] == "Protesten" and r[1] == "PROTEST"], rows


def test_help_still_aid() -> None:
    rows = event_rows(TABLE_LEAD + "Die Bundesregierung sagte den Flutopfern in Pakistan schnelle Hilfe zu.")
    assert [r for r in rows if r[1] == "AID"] or [r for r in rows if r[1] == "AGREE"], rows


def test_condemning_detention_stays_accuse() -> None:
    # "verurteilte die Haft": condemning a detention is no sentence
    rows = event_rows(TABLE_LEAD + "Die Europäische Union verurteilte die Haft des Journalisten scharf.")
    assert [r for r in rows if r[0] == "verurteilte" and r[1] == "ACCUSE"], rows
