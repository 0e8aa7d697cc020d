"""Blind audit 17 cause (twelfth session): "zum" + a written date says when something is due or takes effect; it is
not the story's day that a later "am selben Abend" points back to."""

from __future__ import annotations

from datetime import date

from tests.timex_docs import tag

FR = date(2026, 5, 8)  # a Friday: the Wednesday before is 2026-05-06


def test_am_selben_abend_after_a_due_date_is_the_story_s_day() -> None:
    text = (
        "Der Stadtrat billigte am Mittwoch den Nachtragshaushalt. Die Zuschüsse sollen die Vereine zum 1. Juli "
        "erhalten, sagte die Kämmerin. Die Opposition kündigte noch am selben Abend eine Klage an."
    )
    assert [v for t, _, v in tag(text, FR) if "selben" in t] == ["2026-05-06TEV"]


def test_night_to_a_written_date_still_moves_the_focus() -> None:
    # "in der Nacht zum 7. Mai" is a night of the story, not a due date: "am selben Tag" is the 7th
    text = "In der Nacht zum 7. Mai brannte eine Lagerhalle. Am selben Tag nahm die Polizei einen Verdächtigen fest."
    assert [v for t, _, v in tag(text, FR) if "selben" in t] == ["2026-05-07"]
