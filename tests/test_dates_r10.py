"""The date of an event: a clause in the present with a changed stem ("wirft", "hält") is dated to the report's day
(invented sentences, 2026-12-05, tenth session)."""

from __future__ import annotations

import chronik


def _dates(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    doc = chronik.analyze(text, published=published)
    return {doc.text[e.trigger[0] : e.trigger[1]]: (e.date, e.date_source) for e in doc.events}


def test_a_present_with_a_changed_stem_is_the_report_s_day():
    text = (
        "Berlin (dpa) - Die Polizei hat am Montagabend in Leipzig einen Unternehmer festgenommen. "
        "Die Staatsanwaltschaft wirft ihm vor, Millionen hinterzogen zu haben."
    )
    dates = _dates(text, "2026-03-18")
    assert dates["festgenommen"][0] == "2026-03-16"
    assert dates["wirft"] == ("2026-03-18", "present")


def test_a_past_with_a_changed_stem_keeps_the_day_in_focus():
    # (a guard: "warf" is the simple past, not the present)
    text = (
        "Berlin (dpa) - Die Polizei hat am Montagabend in Leipzig einen Unternehmer festgenommen. "
        "Die Staatsanwaltschaft warf ihm vor, Millionen hinterzogen zu haben."
    )
    assert _dates(text, "2026-03-18")["warf"][0] == "2026-03-16"


def test_a_scene_told_after_a_reaction_keeps_the_story_s_day():
    # (the reaction a paragraph on is dated to the report's day; the protest at the vote is not)
    text = (
        "Landtag beschließt Polizeigesetz\n\n"
        "Hannover (dpa) - Nach langem Streit hat der niedersächsische Landtag am Mittwochabend ein neues "
        "Polizeigesetz beschlossen. Für das Gesetz stimmten die Abgeordneten von SPD und Grünen.\n\n"
        "Die CDU kritisierte das Gesetz scharf.\n\n"
        "Vor dem Landtag demonstrierten rund 800 Menschen gegen die Neuregelung. Die Polizei nahm zwei Männer fest.\n\n"
        "Ein Sprecher des Innenministeriums sagte am Donnerstag, man werde die Kritik prüfen."
    )
    dates = _dates(text, "2026-06-11")
    assert dates["kritisierte"] == ("2026-06-11", "reaction")
    assert dates["demonstrierten"][0] == "2026-06-10"
    assert dates["nahm"][0] == "2026-06-10"
