"""The dates of events on unseen news: "am selben Abend" after a date something is due by, a lead dated by its
paragraph's next sentence, and later undated acts of that day (invented sentences, 2026-12-05, twelfth session,
audits 17-18)."""

from __future__ import annotations

import chronik
from tests.event_docs import event_at as event


def test_am_selben_abend_takes_the_story_s_day_not_a_date_something_is_due_by():
    # "zum 1. März" says when the pensions are due, not the day the story is on
    doc = chronik.analyze(
        "WIEN (APA) – Die Regierung hat das Budgetgesetz per Notverordnung erlassen. Der Kanzler setzte am Dienstag "
        "die Verordnung in Kraft. Die Beamten müssten ihre Gehälter zum 1. März erhalten, sagte er. "
        "Hunderte Menschen protestierten noch am selben Abend vor dem Kanzleramt.",
        published="2026-02-12",
    )
    assert event(doc, "protestierten").date == "2026-02-10"


def test_an_undated_lead_takes_the_day_its_paragraph_s_next_sentence_tells():
    # the next sentence has no event of the lead's kind; its own clause is in the simple past, a clause of it
    # in the past perfect is what the court found, not background that dates the next sentence
    doc = chronik.analyze(
        "BRÜNN (dpa) – Das Kreisgericht Brünn hat einen ehemaligen Landrat wegen Untreue zu fünf Jahren Haft "
        "verurteilt. Die Kammer hielt es am Dienstag für bewiesen, dass er Fördergelder veruntreut hatte.",
        published="2026-06-19",
    )
    assert event(doc, "verurteilt").date == "2026-06-16"


def test_a_later_undated_act_is_on_the_day_the_lead_paragraph_told():
    # no event set a day before: the day the second sentence names is the story's day for what follows
    doc = chronik.analyze(
        "BRÜNN (dpa) – Das Kreisgericht Brünn hat einen ehemaligen Landrat wegen Untreue zu fünf Jahren Haft "
        "verurteilt. Die Kammer hielt es am Dienstag für bewiesen, dass er Fördergelder veruntreut hatte.\n\n"
        "Ein mitangeklagter Unternehmer erhielt drei Jahre Haft.",
        published="2026-06-19",
    )
    assert [e.date for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Haft"] == ["2026-06-16"]


def test_kurz_darauf_takes_the_day_of_the_act_just_told():
    # the expulsion came right after the arrest of an earlier month, not on the report's day
    doc = chronik.analyze(
        "LINZ (APA) – Das Landesgericht Linz hat einen früheren Gemeinderat wegen Betrugs verurteilt.\n\n"
        "Die Kriminalpolizei hatte den Mann im Mai 2024 in seiner Wohnung festgenommen. Er saß danach vier Monate "
        "in Untersuchungshaft. Seine Fraktion schloss ihn wenig später aus.",
        published="2026-06-19",
    )
    assert event(doc, "schloss").date == "2024-05"
