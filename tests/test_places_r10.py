"""The place of an event: background of an earlier month does not move the story there (invented sentences,
2026-12-05, tenth session)."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_background_of_an_earlier_month_does_not_set_the_place_in_focus():
    # (no day in focus yet: the report's own act is undated; the arrest months back is background)
    text = (
        "Hamburg (dpa) - Im Streit um einen Geschäftsmann hat die Bundesregierung den portugiesischen Botschafter "
        "einbestellt. Der Mann war im Mai in Porto festgenommen worden. Ein Sprecher der Regierung sagte, das "
        "Gespräch sei offen gewesen. Mehrere Hundert Menschen demonstrierten gegen die Haft."
    )
    rows = rows_by_trigger(text, published="2026-09-16")
    assert rows["festgenommen"][4] == "Porto"  # (its own place stays)
    assert rows["Gespräch"][4] != "Porto"
    assert rows["demonstrierten"][4] != "Porto"


def test_a_new_speaker_a_paragraph_after_a_statement_is_not_placed_where_it_was_made():
    # (a statement set the place in focus; another actor's demand a paragraph later names no place of its own)
    text = (
        "Die Regierung hat am Montag in Graz ein neues Gesetz gegen Geldwäsche vorgestellt. Der Finanzminister "
        "lobte den Entwurf als großen Fortschritt.\n\n"
        "Amnesty International forderte Nachbesserungen."
    )
    rows = rows_by_trigger(text, published="2026-09-14")
    assert rows["lobte"][4] == "Graz"
    assert rows["forderte"][4] is None


def test_a_coming_meeting_of_another_occasion_takes_no_place_in_focus():
    text = (
        "Die Außenminister Spaniens und Portugals haben sich am Montag bei einem Treffen in Lissabon auf einen "
        "gemeinsamen Plan geeinigt. In Zukunft soll es weitere Treffen der beiden Minister geben."
    )
    rows = [r for r in event_rows(text, published="2026-03-10") if r[0] == "Treffen"]
    assert rows[0][4] == "Lissabon"  # (the meeting told)
    assert rows[-1][5] == "planned" and rows[-1][4] is None


def test_talks_after_an_attack_are_not_at_the_scene_of_the_attack():
    text = (
        "Ein Selbstmordattentäter tötete am Sonntag bei einem Anschlag in Kandahar mindestens 20 Menschen. "
        "Die Regierung und die Rebellen einigten sich am Montag auf eine Waffenruhe."
    )
    rows = rows_by_trigger(text, published="2026-03-10")
    assert rows["Anschlag"][4] == "Kandahar"
    assert rows["einigten"][4] is None


def test_police_at_a_visit_keep_the_place_of_the_visit():
    # (a guard: a deployment is no fighting; it stays where the visit is)
    text = (
        "Der französische Präsident ist am Dienstag zu einem Besuch in Prag eingetroffen. "
        "Die Polizei war mit 800 Beamten im Einsatz."
    )
    assert rows_by_trigger(text, published="2026-03-10")["Einsatz"][4] == "Prag"


def test_a_building_the_tagger_calls_an_organisation_is_the_place_after_im():
    rows = rows_by_trigger(
        "Anschließend kam der Premier im Kanzleramt mit Bundeskanzlerin Petra Albrecht zusammen.", "2026-03-17"
    )
    assert rows["kam"][4] == "Kanzleramt"
