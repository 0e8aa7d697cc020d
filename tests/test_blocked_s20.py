"""Listed trigger verbs whose events were blocked by a too narrow condition (twentieth session, blocked-verb round).

A complaint whose content is a dass-clause right after the verb, an award named by a compound of "Preis"
or "Medaille", an arrest warrant lifted. All sentences are invented.
"""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_bare_admission_stays_a_speech_verb() -> None:
    # the event guide: a bare "räumte ein, dass …" is a speech verb, no CONCEDE
    rows = rows_by_trigger("Die Ministerin Karla Ostheim räumte ein, dass eine neue Steuerreform nötig sei.")
    assert "räumte" not in rows


def test_complaint_verb_inside_a_content_clause() -> None:
    rows = rows_by_trigger("Der Wirt Olaf Brenner fürchtet, dass sich die Nachbarn beklagen.")
    assert "beklagen" not in rows


def test_complained_in_dass_clause() -> None:
    rows = rows_by_trigger(
        "Der Städtetag beklagte, dass die Bundesregierung die Gemeinden bei der Reform übergangen habe."
    )
    assert rows["beklagte"][1] == "ACCUSE"


def test_mourning_in_dass_clause_is_no_complaint() -> None:
    rows = rows_by_trigger("Der Bischof beklagte, dass bei dem Unglück zwölf Menschen ums Leben kamen.")
    assert "beklagte" not in rows


def test_award_compound_of_preis() -> None:
    rows = rows_by_trigger("Dem Schriftsteller Tomas Lindqvist wurde am Freitag der Nordlicht-Preis verliehen.")
    assert rows["verliehen"][1] == "SUPPORT"
    assert rows["verliehen"][3] == ["Tomas Lindqvist"]


def test_award_compound_of_medaille() -> None:
    rows = rows_by_trigger("Der Präsident Marek Hollan verlieh dem Feuerwehrmann Piet Steen die Rettungsmedaille.")
    assert rows["verlieh"][1] == "SUPPORT"
    assert rows["verlieh"][2] == ["Marek Hollan"]


def test_arrest_warrant_lifted() -> None:
    rows = rows_by_trigger("Das Oberlandesgericht hob am Montag den Haftbefehl gegen den Journalisten Ilja Perow auf.")
    assert rows["hob"][1] == "RETREAT"


def test_no_concession_without_content_clause() -> None:
    rows = rows_by_trigger("Der Verein räumte am Abend den Saal ein.")
    assert "räumte" not in rows


def test_nobody_complained_is_no_complaint() -> None:
    rows = rows_by_trigger("Warum hat sich niemand beklagt, dass der Präsident so lange regierte?")
    assert "beklagt" not in rows


def test_investigation_requested() -> None:
    rows = rows_by_trigger("Der Innenminister Paul Haber hat eine interne Untersuchung beantragt.")
    assert rows["beantragt"][1] == "REQUEST"
    assert rows["beantragt"][2] == ["Paul Haber"]
