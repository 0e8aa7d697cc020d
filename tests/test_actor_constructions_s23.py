"""Actors lost by general constructions (2026-12-07, twenty-third session): the "von"/"durch" source of a fronted event
noun after an existential or receiving verb, the "durch" agent after an event noun's genitive, and cleft sentences.
All sentences are invented."""

from __future__ import annotations

import chronik
from tests.event_docs import group_texts, rows_by_trigger


def test_existential_von_phrase_is_source() -> None:
    rows = rows_by_trigger("Kritik gibt es vor allem von der SPD.")
    assert rows["Kritik"][2] == ["SPD"]


def test_existential_past_with_person() -> None:
    rows = rows_by_trigger("Scharfe Kritik gab es am Montag auch von Angela Merkel.")
    assert rows["Kritik"][2] == ["Angela Merkel"]


def test_receiving_verb_von_phrase_is_source_and_subject_target() -> None:
    rows = rows_by_trigger("Unterstützung erhielt Israel von den USA.")
    assert rows["Unterstützung"][1] == "SUPPORT"
    assert rows["Unterstützung"][2] == ["Vereinigte Staaten"]
    assert rows["Unterstützung"][3] == ["Israel"]


def test_coming_verb_still_source() -> None:
    rows = rows_by_trigger("Kritik kam auch von den Grünen.")
    assert rows["Kritik"][2] == ["Bündnis 90/Die Grünen"]


def test_announcing_verb_is_no_existential() -> None:
    # "gab … bekannt" has no expletive "es": the noun's source is not a "von" phrase of that verb
    rows = rows_by_trigger("Die Festnahme gab die Polizei am Montag bekannt.")
    assert rows["Festnahme"][2] == []


def test_existential_unnamed_group_is_described_source() -> None:
    doc = chronik.analyze("Kritik gab es von der Opposition.", published="2026-05-04")
    assert group_texts(doc, "Kritik")[0] == ["Opposition"]


def test_coming_verb_unnamed_group_is_described_source() -> None:
    doc = chronik.analyze("Heftige Kritik kam von Abgeordneten.", published="2026-05-04")
    assert group_texts(doc, "Kritik")[0] == ["Abgeordneten"]


def test_durch_after_genitive_is_agent() -> None:
    doc = chronik.analyze(
        "Die Festnahme des Journalisten durch die Polizei löste Proteste aus.", published="2026-05-04"
    )
    assert group_texts(doc, "Festnahme")[0] == ["Polizei"]


def test_durch_agent_wins_over_reporting_subject() -> None:
    doc = chronik.analyze("Die Regierung bestätigte den Abschuss einer Drohne durch die Armee.", published="2026-05-04")
    assert group_texts(doc, "Abschuss")[0] == ["Armee"]


def test_named_durch_agent_after_genitive() -> None:
    rows = rows_by_trigger("Die Regierung bestätigte den Abschuss einer Drohne durch Israel.")
    assert rows["Abschuss"][2] == ["Israel"]


def test_verb_subject_still_source_without_own_agent() -> None:
    doc = chronik.analyze("Rebellen verübten einen Anschlag.", published="2026-05-04")
    assert group_texts(doc, "Anschlag")[0] == ["Rebellen"]


def test_von_after_genitive_is_no_agent() -> None:
    # "von" after a genitive belongs to it ("der Geiseln von …"): no described source from it
    doc = chronik.analyze("Die Freilassung der Geiseln von Milizen wurde gestern gemeldet.", published="2026-05-04")
    events = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Freilassung"]
    for ev in events:
        assert [g.text for g in ev.source_groups] != ["Milizen"]


def test_cleft_with_neuter_state_focus() -> None:
    rows = rows_by_trigger("Es war Russland, das die Ukraine angegriffen hat.")
    assert rows["angegriffen"][2] == ["Russland"]
    assert rows["angegriffen"][3] == ["Ukraine"]


def test_relative_clause_after_organisation_with_final_s() -> None:
    # "Die Hamas, die …": the name's own article is no head noun that would make the name a genitive
    rows = rows_by_trigger("Die Hamas, die den Grenzposten angegriffen hat, schweigt bisher.")
    assert rows["angegriffen"][2] == ["Hamas"]


def test_cleft_with_unnamed_focus_is_described_source() -> None:
    doc = chronik.analyze("Es war die Polizei, die die Demonstranten festgenommen hat.", published="2026-05-04")
    assert group_texts(doc, "festgenommen") == (["Polizei"], ["Demonstranten"])


def test_cleft_plural_focus_with_singular_object() -> None:
    doc = chronik.analyze("Es waren Soldaten, die das Dorf angegriffen haben.", published="2026-05-04")
    assert group_texts(doc, "angegriffen")[0] == ["Soldaten"]


def test_relative_object_pronoun_keeps_clause_subject() -> None:
    # "das" as an object: the clause's own subject acts
    doc = chronik.analyze("Das Abkommen, das die Regierung unterzeichnet hat, gilt ab Montag.", published="2026-05-04")
    assert group_texts(doc, "unterzeichnet")[0] == ["Regierung"]


def test_permitting_authority_is_no_protester() -> None:
    rows = rows_by_trigger("Das Verwaltungsgericht Hamburg hat die Kundgebung der NPD unter Auflagen zugelassen.")
    assert rows["Kundgebung"][2] == ["NPD"]


def test_permitting_relative_antecedent_is_no_protester() -> None:
    rows = rows_by_trigger(
        "Die Stadt folgte einer Entscheidung des Verwaltungsgerichts Hamburg, das die Kundgebung unter Auflagen "
        "zugelassen hatte."
    )
    assert rows["Kundgebung"][2] == []


def test_permitting_unnamed_subject_is_no_described_source() -> None:
    doc = chronik.analyze("Das Gericht hat die Kundgebung unter Auflagen zugelassen.", published="2026-05-04")
    assert group_texts(doc, "Kundgebung")[0] == []


def test_organiser_in_relative_clause_still_source() -> None:
    rows = rows_by_trigger("Die Gewerkschaft Verdi, die den Streik organisiert hatte, zeigte sich zufrieden.")
    assert rows["Streik"][2] == ["Verdi"]


def test_plural_sie_in_verb_final_clause_is_no_single_person() -> None:
    text = (
        "Ministerpräsident Peter Müller traf die Gewerkschaften. Die Gewerkschaften lehnten das Angebot ab, da sie "
        "mehr Lohn forderten."
    )
    rows = rows_by_trigger(text)
    assert rows["forderten"][2] == []
    doc = chronik.analyze(text, published="2026-05-04")
    assert group_texts(doc, "forderten")[0] == ["Gewerkschaften"]


def test_singular_sie_in_verb_final_clause_keeps_person() -> None:
    rows = rows_by_trigger(
        "Ministerin Anna Schmidt besuchte Kiew. Weil sie mehr Hilfe fordern wolle, reiste sie weiter."
    )
    assert rows["fordern"][2] == ["Anna Schmidt"]


def test_plural_sie_takes_whole_list_of_parties() -> None:
    rows = rows_by_trigger(
        "Die drei Oppositionsparteien SPD, Grüne und Linke kritisierten die Regierung. Nachdem sie die Wahl "
        "boykottiert hatten, forderten sie Neuwahlen."
    )
    assert rows["boykottiert"][2] == ["SPD", "Bündnis 90/Die Grünen", "Die Linke"]
    assert rows["forderten"][2] == ["SPD", "Bündnis 90/Die Grünen", "Die Linke"]


def test_plural_sie_two_named_people_unchanged() -> None:
    rows = rows_by_trigger(
        "Die Häftlinge Peter Müller und Karl Meier flohen am Montag. Am Morgen drangen sie in ein Haus ein."
    )
    assert rows["drangen"][2] == ["Peter Müller", "Karl Meier"]


def test_participle_last_is_no_plural_verb() -> None:
    rows = rows_by_trigger(
        "Nachdem die Abgeordnete Anna Schmidt mit einem Zwischenruf für Aufsehen gesorgt hatte, hat sie im Plenum um "
        "Entschuldigung gebeten."
    )
    assert rows["gebeten"][2] == ["Anna Schmidt"]


def test_singular_verb_after_inverted_sie_keeps_person() -> None:
    rows = rows_by_trigger(
        "Die Abgeordnete Anna Schmidt sorgte mit einem Zwischenruf für Aufsehen. Später hat sie im Plenum um "
        "Entschuldigung gebeten."
    )
    assert rows["gebeten"][2] == ["Anna Schmidt"]


def test_plural_sie_after_list_overrides_single_woman() -> None:
    rows = rows_by_trigger(
        "Peter Müller, Karl Meier und Anna Schmidt lebten jahrelang im Untergrund, wobei sie mehrere Banken überfielen."
    )
    assert rows["überfielen"][2] == ["Peter Müller", "Karl Meier", "Anna Schmidt"]


def test_singular_sie_in_dass_clause_keeps_person() -> None:
    rows = rows_by_trigger("Die Ministerin Anna Schmidt sagte, dass sie die Regierung unterstützen werde.")
    assert rows["unterstützen"][2] == ["Anna Schmidt"]
