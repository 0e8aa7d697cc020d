"""Trigger typing, ninth session, fifth round (invented sentences, 2026-12-05): legal challenges ("anfechten",
"Klage einreichen", a court "anrufen": ACCUSE), standing at someone's side (SUPPORT), informing partners and allies
(CONSULT) and shooting without "auf" ("hätten zuerst geschossen": ASSAULT), in main clauses and reported speech."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_challenging_a_law_in_court_is_accuse():
    row = rows_by_trigger("Die Opposition will das Gesetz vor dem Verfassungsgerichtshof anfechten.")["anfechten"]
    assert row[1] == "ACCUSE" and row[5] == "planned"
    assert rows_by_trigger("Die Gewerkschaft focht das Urteil vor dem Landesgericht an.")["focht"][1] == "ACCUSE"
    assert (
        rows_by_trigger("Der Verein hat die Wahl vor dem Verwaltungsgericht angefochten.")["angefochten"][1] == "ACCUSE"
    )
    reported = rows_by_trigger("Der Sprecher sagte, man werde den Bescheid anfechten.")["anfechten"]
    assert reported[1] == "ACCUSE" and reported[5] == "planned"
    # the idiom "das ficht ihn nicht an" is no legal challenge
    assert event_rows("Das Wetter ficht den Bürgermeister nicht an.") == []


def test_filing_a_suit_is_accuse():
    assert rows_by_trigger("Die Gemeinde reichte Klage gegen den Bescheid ein.")["Klage"][1] == "ACCUSE"
    row = rows_by_trigger("Der Verband kündigte an, er werde Klage gegen die Regierung einreichen.")["Klage"]
    assert row[1] == "ACCUSE" and row[5] == "planned"


def test_appealing_to_a_court_is_accuse():
    row = rows_by_trigger("Die Regierung sagte, sie werde den Internationalen Gerichtshof anrufen.")["anrufen"]
    assert row[1] == "ACCUSE" and row[5] == "planned"
    assert rows_by_trigger("Die Ukraine rief den Internationalen Gerichtshof an.")["rief"][1] == "ACCUSE"
    assert rows_by_trigger("Der Kläger hat das Verfassungsgericht angerufen.")["angerufen"][1] == "ACCUSE"
    # a telephone call is no event
    assert event_rows("Die Sekretärin rief den Minister am Abend an.") == []


def test_standing_at_someones_side_is_support():
    row = rows_by_trigger("Der Minister sagte, Österreich stehe fest an der Seite der Ukraine.")["stehe"]
    assert row[1] == "SUPPORT" and row[2] == ["Österreich"] and row[3] == ["Ukraine"]
    assert rows_by_trigger("Deutschland steht fest an der Seite Israels.")["steht"][1] == "SUPPORT"
    assert rows_by_trigger("Die Regierung stellt sich an die Seite der Bauern.")["stellt"][1] == "SUPPORT"
    assert rows_by_trigger("Der Kanzler hat sich an die Seite der Ukraine gestellt.")["gestellt"][1] == "SUPPORT"
    # a spouse at someone's side is no support event
    assert event_rows("An seiner Seite stand seine Ehefrau.") == []


def test_informing_partners_and_allies_is_consult():
    row = rows_by_trigger("Der Kanzler sagte, er werde seine Partner über die Entscheidung unterrichten.")[
        "unterrichten"
    ]
    assert row[1] == "CONSULT" and row[5] == "planned"
    assert (
        rows_by_trigger("Die Ministerin hat die EU-Partner über die Pläne unterrichtet.")["unterrichtet"][1]
        == "CONSULT"
    )
    assert rows_by_trigger("Die Regierung informierte die Verbündeten über den Vorfall.")["informierte"][1] == "CONSULT"
    assert event_rows("Die Firma informierte ihre Geschäftspartner über die Preise.") == []


def test_shooting_first_is_assault():
    row = rows_by_trigger("Die Armee erklärte, die Soldaten hätten zuerst geschossen.")["geschossen"]
    assert row[1] == "ASSAULT"
    assert rows_by_trigger("Soldaten schossen auf die Demonstranten.")["schossen"][1] == "ASSAULT"
    assert rows_by_trigger("Die Polizei hat gezielt geschossen.")["geschossen"][1] == "ASSAULT"
    assert rows_by_trigger("Zeugen berichteten, Sicherheitskräfte hätten in die Menge geschossen.")["geschossen"][
        1
    ] == ("ASSAULT")
    # a goal shot first is no assault
    assert event_rows("Der Stürmer schoss zuerst ein Tor.") == []
