"""Trigger detection and modality, ninth session, round 3b (invented sentences, 2026-12-05): an offer with a
zu-infinitive is an AGREE unless the offered act is an event itself, readiness to testify is a planned COOPERATE,
cutting strikers' pay is a SANCTION, and a speaker's own negated present ("Wir zahlen kein Lösegeld") is a REJECT."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_an_offer_with_a_zu_infinitive_is_agree():
    row = rows_by_trigger("Die Stadt bot an, den Flüchtlingen in einer Turnhalle Unterkunft zu geben.")["bot"]
    assert row[1] == "AGREE"
    # the offered act is the event when it is one: no second AGREE on the offer
    rows = event_rows("Finnland bot an, zwischen den Nachbarn zu vermitteln.")
    assert [(r[0], r[1], r[5]) for r in rows] == [("vermitteln", "CONSULT", "planned")]


def test_readiness_to_testify_is_planned_cooperate():
    row = rows_by_trigger("Die Managerin sei bereit, vor dem Untersuchungsausschuss auszusagen, sagte ihr Anwalt.")
    assert row["auszusagen"][1] == "COOPERATE" and row["auszusagen"][5] == "planned"
    assert rows_by_trigger("Der Zeuge bot an, vor dem Gericht auszusagen.")["auszusagen"][1] == "COOPERATE"
    # testimony on its own is no event
    assert [r for r in event_rows("Die Zeugin sagte vor dem Amtsgericht aus.") if r[1] == "COOPERATE"] == []


def test_cutting_strikers_pay_is_sanction():
    row = rows_by_trigger("Die Stadtverwaltung kündigte an, streikenden Busfahrern die Löhne zu kürzen.")["kürzen"]
    assert row[1] == "SANCTION" and row[5] == "planned"
    # a company cutting wages punishes no one
    assert event_rows("Der Hersteller kündigte an, die Löhne zu kürzen.") == []


def test_a_speakers_own_negated_present_is_reject():
    row = rows_by_trigger("„Wir zahlen kein Lösegeld an die Piraten“, sagte die Reederin.")["zahlen"]
    assert row[1] == "REJECT" and row[5] == "asserted"
    assert rows_by_trigger("Wir stimmen dem Abkommen nicht zu, sagte der Abgeordnete.")["stimmen"][1] == "REJECT"
    # a reported past non-payment stays a negated concession
    row = rows_by_trigger("Die Reederei zahlte kein Lösegeld an die Piraten.")["zahlte"]
    assert row[1] == "CONCEDE" and row[5] == "negated"
