"""Twelfth session: an announced appeal lies ahead (planned), like every other announced act."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_an_announced_appeal_is_planned() -> None:
    # "kündigte Berufung an": the appeal is announced, not yet lodged
    row = rows_by_trigger(
        "Graz (APA) – Die verurteilte Unternehmerin Petra Holzer kündigte über ihren Anwalt Revision "
        "gegen das Urteil an."
    )["kündigte"]
    assert row[1] == "REJECT"
    assert row[5] == "planned"


def test_an_appeal_announced_with_a_zu_infinitive_is_planned() -> None:
    # "kündigte an, Rechtsmittel einzulegen": the zu-infinitive's act is announced, not done
    rows = rows_by_trigger(
        "Kiel (dpa) – Der Bürgermeister Jens Rohwer kündigte am Mittwoch an, gegen die Entscheidung "
        "Beschwerde einzulegen."
    )
    assert rows["einzulegen"][1] == "REJECT"
    assert rows["einzulegen"][5] == "planned"


def test_a_lodged_appeal_stays_asserted() -> None:
    rows = rows_by_trigger(
        "Kiel (dpa) – Der Bürgermeister Jens Rohwer legte am Mittwoch Beschwerde gegen die Entscheidung ein."
    )
    assert rows["legte"][1] == "REJECT"
    assert rows["legte"][5] == "asserted"
