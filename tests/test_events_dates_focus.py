"""Which day an undated event takes: the statement's own anchor, not the last day mentioned (sixth-session audit,
cause 3; invented sentences, 2026-12-05)."""

from __future__ import annotations

import chronik


def dates(text: str, published: str) -> dict[str, str | None]:
    """trigger text → date of every event (the first event of a trigger text)."""
    doc = chronik.analyze(text, published=published)
    found: dict[str, str | None] = {}
    for e in doc.events:
        found.setdefault(doc.text[e.trigger[0] : e.trigger[1]], e.date)
    return found


def test_a_reaction_a_paragraph_after_the_incident_is_dated_to_the_report_day():
    # published on Thursday; the arrests were on Wednesday, the statement frame is dated Thursday
    text = (
        "Die Polizei nahm am Mittwochmorgen in Hamburg zwei Männer fest, teilte die Staatsanwaltschaft am "
        "Donnerstag mit.\n\n"
        "Die russische Botschaft wies die Anschuldigungen entschieden zurück."
    )
    assert dates(text, "2025-06-12")["wies"] == "2025-06-12"


def test_a_reaction_keeps_the_incident_day_when_no_statement_is_dated_to_the_report_day():
    # (a guard: passes without the rules above too) the dev gold dates "X verurteilte den Anschlag" to the
    # attack's day when the text never names the report's day
    text = (
        "Bei einem Anschlag in Kabul wurden am Mittwoch zwölf Menschen getötet.\n\n"
        "Die Bundesregierung verurteilte den Anschlag."
    )
    assert dates(text, "2025-06-12")["verurteilte"] == "2025-06-11"


def test_a_paragraph_opened_in_the_past_perfect_dates_its_simple_past_sentences():
    text = (
        "Ein Mann habe den Bürgermeister am Montagnachmittag angegriffen, teilte die Polizei am Dienstag mit.\n\n"
        "Am Sonntagabend hatten sich die beiden Kandidaten im Fernsehen ein Duell geliefert. Müller warf der "
        "Regierung vor, in der Wohnungspolitik versagt zu haben. Schmidt wies das zurück."
    )
    found = dates(text, "2026-09-15")
    assert found["warf"] == "2026-09-13"
    assert found["wies"] == "2026-09-13"


def test_the_day_of_a_past_perfect_paragraph_ends_with_the_paragraph():
    text = (
        "Die Armee griff am Montag Stellungen der Rebellen an.\n\n"
        "Am Samstag hatten die Rebellen eine Stadt im Norden eingenommen. Die Regierung verurteilte das.\n\n"
        "Die Armee nahm zwei Anführer der Rebellen fest."
    )
    found = dates(text, "2025-03-11")
    assert found["verurteilte"] == "2025-03-08"
    assert found["nahm"] == "2025-03-10"


def test_a_noun_after_a_past_perfect_opening_names_the_story_event_again():
    # (a guard for the past-perfect paragraph rule: the noun keeps the story's day)
    text = (
        "Die Außenminister schlossen Russland am 24. März aus der Gruppe aus.\n\n"
        "Am 16. März hatte auf der Krim ein Referendum stattgefunden. Der Ausschluss erfolgte als Reaktion darauf."
    )
    assert dates(text, "2014-03-27")["Ausschluss"] == "2014-03-24"


def test_a_temporal_als_clause_after_a_date_is_dated_by_it():
    text = (
        "Der Präsident traf am Dienstag in Berlin ein. Es ist sein erster Besuch seit Mai 2023, als er in Berlin "
        "ein Abkommen mit der damaligen Regierung unterzeichnet hatte."
    )
    assert dates(text, "2025-11-18")["unterzeichnet"] == "2023-05"


def test_an_undated_present_tense_event_is_on_the_report_day():
    text = "Ein Mann wurde am Montag in Rostock festgenommen. Gegen ihn wird wegen Körperverletzung ermittelt."
    assert dates(text, "2026-09-15")["ermittelt"] == "2026-09-15"


def test_a_present_tense_verb_tagged_as_participle_is_on_the_report_day():
    text = "Ein Mann wurde am Montag in Rostock festgenommen, der Staatsschutz ermittelt."
    assert dates(text, "2026-09-15")["ermittelt"] == "2026-09-15"


def test_a_past_tense_verb_the_tagger_calls_present_keeps_the_day_in_focus():
    # (a guard for the present-tense rule: the model tags "billigten" as present)
    text = "Die USA verhängten am Montag neue Sanktionen gegen Iran. Zugleich billigten die USA dem Iran das Recht zu."
    assert dates(text, "2025-03-12")["billigten"] == "2025-03-10"


def test_an_event_noun_after_nach_in_a_present_tense_lead_takes_the_next_sentence_day():
    text = (
        "Hackerangriff auf Stadtwerke\n\n"
        "Nach einem Cyberangriff auf die Stadtwerke Bochum ermittelt die Polizei. Unbekannte seien in der Nacht zu "
        "Montag in die Systeme eingedrungen, teilte das Landeskriminalamt am Dienstag mit."
    )
    assert dates(text, "2026-03-10")["Cyberangriff"] == "2026-03-09"


def test_an_event_noun_after_nach_in_the_lead_takes_the_day_the_body_gives_it():
    text = (
        "Schüsse in Hanau\n\n"
        "Nach einem Anschlag auf eine Moschee in Hanau hat die Polizei zwei Verdächtige festgenommen. Ein Mann wurde "
        "am Samstagmorgen in einer Wohnung in Offenbach gefasst, ein zweiter in der Nacht zu Sonntag.\n\n"
        "Der Angreifer hatte am Freitagabend mit einer Pistole auf Besucher geschossen."
    )
    assert dates(text, "2025-06-15")["Anschlag"] == "2025-06-13"


def test_a_paragraph_opened_by_a_dated_frame_dates_its_undated_events():
    text = (
        "Die Partei gewann die Wahl in Dänemark.\n\n"
        "„Heute haben die Dänen entschieden“, rief Jensen am Sonntagabend seinen Anhängern zu. Er beanspruche den "
        "Auftrag zur Regierungsbildung, sagte der Parteichef. Larsen gratulierte dem Wahlsieger."
    )
    assert dates(text, "2024-09-30")["gratulierte"] == "2024-09-29"


def test_a_day_told_relative_to_another_does_not_open_a_paragraph_day():
    # (a guard: the timex layer may anchor "am selben Abend" on the wrong day, so it does not set the day)
    text = (
        "Die Minister sagten der Ukraine am Mittwoch neue Hilfen zu. Das Land habe in der Nacht zu Mittwoch "
        "Drohnen abwehren müssen.\n\n"
        "Moskau reagierte noch am selben Abend. Der Kremlsprecher warf dem Westen vor, den Krieg zu verlängern."
    )
    assert dates(text, "2025-10-15")["warf"] == "2025-10-15"


def test_the_date_rules_read_their_cue_lists_through_the_event_lexicon():
    # one loader for event_modality.json and event_dates.json; a list name used in both would raise
    from chronik.components.events import lexicon

    lex = lexicon("de")
    assert "wird" in lex.cue("present_werden") and "wurde" not in lex.cue("present_werden")
    assert "wurde" in lex.cue("passive_aux") and "als" in lex.cue("timex_clause_openers")
