"""Blind audit 17 causes (twelfth session), as general rules with invented sentences."""

from __future__ import annotations

import chronik
from tests.event_docs import event_at, rows_by_trigger


def test_possessive_party_expelling_its_own_member_is_not_the_member_acting() -> None:
    # "Seine Partei schloss ihn aus": the owner of "Seine" is "ihn", the one expelled, so not the source
    text = (
        "Linz (APA) – Der Landtagsabgeordnete Gerhard Moosbrugger ist wegen Untreue angeklagt worden. "
        "Er bestreitet alle Vorwürfe. Seine Partei schloss ihn am Mittwoch aus."
    )
    row = rows_by_trigger(text)["schloss"]
    assert "Gerhard Moosbrugger" not in row[2]
    assert row[3] == ["Gerhard Moosbrugger"]


def test_possessive_union_suspending_its_own_chairwoman_is_not_her_acting() -> None:
    text = (
        "Bremen (dpa) – Die Betriebsratschefin Miriam Oltmanns soll Spendengelder veruntreut haben. "
        "Ihre Gewerkschaft suspendierte sie daraufhin."
    )
    row = rows_by_trigger(text)["suspendierte"]
    assert "Miriam Oltmanns" not in row[2]
    assert row[3] == ["Miriam Oltmanns"]


def test_a_call_for_a_coming_day_does_not_date_the_next_past_act() -> None:
    # the call is dated by the Monday it asks for (convention); that day lies ahead, so it is not the day in
    # focus for the past act told next, which must not be dated after the report
    text = (
        "Hamburg (dpa) – Im Tarifstreit der Hafenbetriebe haben die Beschäftigten erneut die Arbeit niedergelegt. "
        "Die Gewerkschaft Verdi rief für Montag zu weiteren Warnstreiks auf. Die Polizei räumte eine Blockade "
        "vor dem Containerterminal."
    )
    doc = chronik.analyze(text, published="2026-11-19")  # a Thursday
    assert event_at(doc, "rief").date == "2026-11-23"
    cleared = event_at(doc, "räumte").date
    assert cleared is not None and cleared <= "2026-11-19"


def test_sending_warships_or_military_aircraft_is_mobilize() -> None:
    # "schickte Fregatten/Zerstörer/Aufklärungsflugzeuge in …": naval and air forces sent, like troops
    rows = rows_by_trigger(
        "London (dpa) – Nach der Beschädigung einer Gaspipeline schickte Großbritannien am Freitag zwei Fregatten "
        "und einen Zerstörer in die Nordsee."
    )
    assert rows["schickte"][1] == "MOBILIZE"
    assert rows["schickte"][2] == ["Vereinigtes Königreich"]  # (the entity name of the country)
    row = rows_by_trigger("Oslo (dpa) – Norwegen schickte ein Aufklärungsflugzeug über die Barentssee.")["schickte"]
    assert row[1] == "MOBILIZE"


def test_a_sentence_received_is_coerce_with_the_sentenced_as_target() -> None:
    text = (
        "Graz (APA) – Im Betrugsprozess um gefälschte Pflegeabrechnungen ist ein Heimbetreiber schuldig gesprochen "
        "worden. Seine frühere Buchhalterin Renate Pichler erhielt drei Jahre Haft."
    )
    row = rows_by_trigger(text)["Haft"]
    assert row[1] == "COERCE"
    assert row[2] == []
    assert row[3] == ["Renate Pichler"]
    text = "Wien (APA) – Der Lokalpolitiker Anton Gruber bekam eine Bewährungsstrafe."
    row = rows_by_trigger(text)["Bewährungsstrafe"]
    assert row[1] == "COERCE"
    assert row[3] == ["Anton Gruber"]


def test_something_received_while_in_custody_is_no_sentence() -> None:
    rows = rows_by_trigger("Wien (APA) – Der Häftling Anton Gruber erhielt in der Haft keinen Besuch seines Anwalts.")
    assert "Haft" not in rows


def test_filing_a_no_confidence_motion_is_accuse() -> None:
    text = (
        "Rom (dpa) – Nach dem Rücktritt des Finanzministers hat die Opposition gegen Ministerpräsident Marco "
        "Bellini einen Misstrauensantrag eingereicht."
    )
    row = rows_by_trigger(text)["eingereicht"]
    assert row[1] == "ACCUSE"
    row = rows_by_trigger("Lissabon (Lusa) – Die Liberalen stellten am Montag einen Misstrauensantrag.")["stellten"]
    assert row[1] == "ACCUSE"


def test_an_announced_appeal_is_coded_as_the_appeal() -> None:
    # "kündigte Berufung an" like "legte Berufung ein": REJECT (the guide's code of an appeal against a ruling)
    row = rows_by_trigger(
        "Linz (APA) – Der verurteilte Bauträger Franz Aigner kündigte über seine Anwältin Berufung gegen das Urteil an."
    )["kündigte"]
    assert row[1] == "REJECT"
    assert row[2] == ["Franz Aigner"]
