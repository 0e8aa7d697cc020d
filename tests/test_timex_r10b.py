"""Tenth session, round 2 (timex): a day before ("am Vorabend", "tags zuvor") in a past clause counts
from the story's day, not from a coming holiday or plan named just before; a season or month that ends
the object of a past demand or announcement ("forderten Neuwahlen im Frühjahr") is the coming one.
Sentences invented for these tests, 2026-12-05."""

from __future__ import annotations

from datetime import date

from tests.timex_docs import tag


def test_eve_in_a_past_clause_is_before_the_story_day_not_before_a_coming_holiday() -> None:
    text = (
        "Die Stadtwerke meldeten am Dienstag einen Stromausfall in drei Stadtteilen. "
        "Die Firma werde vor Weihnachten neue Leitungen verlegen, kündigte der Bürgermeister an. "
        "Am Vorabend hatte ein Sturm mehrere Masten umgeworfen."
    )
    got = tag(text, date(2026, 11, 25))  # a Wednesday
    assert ("Vorabend", "TIME", "2026-11-23TEV") in got


def test_day_before_in_a_past_clause_is_before_the_story_day_not_before_a_plan() -> None:
    text = (
        "Der Stadtrat stimmte am Montagabend gegen den Haushalt. Der Bürgermeister will am Freitag mit den "
        "Fraktionen beraten. Die Grünen hatten sich tags zuvor von dem Entwurf distanziert."
    )
    got = tag(text, date(2027, 3, 3))  # Monday = 1 March
    assert ("tags zuvor", "DATE", "2027-02-28") in got


def test_day_before_a_coming_day_in_a_future_clause_stays() -> None:
    text = "Der Gipfel beginnt am Freitag. Die Minister wollen am Vorabend in Genf eintreffen."
    got = tag(text, date(2027, 3, 3))
    assert ("Vorabend", "TIME", "2027-03-04TEV") in got


def test_season_ending_a_demanded_object_is_the_coming_one() -> None:
    text = "Die Gewerkschaften forderten Neuwahlen im Frühjahr."
    assert ("Frühjahr", "DATE", "2027-SP") in tag(text, date(2026, 11, 10))
    text = "Der Verband kündigte Streiks im Frühjahr an."
    assert ("Frühjahr", "DATE", "2027-SP") in tag(text, date(2026, 11, 10))


def test_season_dating_a_past_demand_stays_past() -> None:
    text = "Im Frühjahr forderten die Gewerkschaften Neuwahlen."
    assert ("Frühjahr", "DATE", "2026-SP") in tag(text, date(2026, 11, 10))
