"""Actor roles from German word order and case, on short sentences."""

from __future__ import annotations

import chronik


def roles(text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    ev = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == trigger)
    return [names[x] for x in ev.source], [names[x] for x in ev.target]


LEAD = "Der französische Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz sind in Berlin. "


def test_object_pronoun_after_the_verb_is_the_target():
    # one man in reach, so "ihn" resolves to him (with two, coreference rightly leaves it open)
    text = "Der französische Präsident Emmanuel Macron ist in Berlin eingetroffen. "
    source, target = roles(text + "Am Abend empfing ihn Bundespräsident Frank-Walter Steinmeier.", "empfing")
    assert source == ["Frank-Walter Steinmeier"] and "Emmanuel Macron" in target


def test_subject_right_after_the_verb_when_a_time_is_fronted():
    assert roles(LEAD + "Am Dienstag traf Macron Scholz im Kanzleramt.", "traf") == (
        ["Emmanuel Macron"],
        ["Olaf Scholz"],
    )


def test_die_beiden_are_the_two_people_in_focus():
    text = LEAD + "Sie sprachen im Kanzleramt. Die beiden unterzeichneten ein Abkommen."
    source, _ = roles(text, "unterzeichneten")
    assert set(source) == {"Emmanuel Macron", "Olaf Scholz"}


def test_surname_joins_the_person_even_when_ner_calls_it_a_place():
    doc = chronik.analyze("Bundeskanzler Olaf Scholz reiste nach Paris. Dort sagte Scholz, er sei zufrieden.")
    people = [e for e in doc.entities if e.name == "Olaf Scholz"]
    assert len(people) == 1 and len(people[0].mentions) >= 2
    assert not any(e.name == "Scholz" and e.label != "PER" for e in doc.entities)


def test_present_tense_event_dated_after_publication_is_planned():
    doc = chronik.analyze("In Brüssel beginnt am 28. März ein EU-Gipfel.", published="2024-03-26")
    (summit,) = [e for e in doc.events if e.type == "CONSULT"]
    assert (summit.date, summit.modality) == ("2024-03-28", "planned")


def test_a_site_in_focus_stays_with_its_day_and_the_town_carries_over():
    text = (
        "Bundeskanzler Olaf Scholz traf am Montag in Paris ein. Am selben Abend empfing ihn der französische "
        "Präsident Emmanuel Macron im Élysée-Palast. Am Dienstag unterzeichneten Scholz und Macron ein Abkommen."
    )
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    sign = next(e for e in doc.events if e.type == "AGREE")
    assert sign.date == "2024-03-26" and names.get(sign.place) == "Paris"
    host = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "empfing")
    assert names.get(host.place) == "Élysée-Palast"
    # "empfing ihn der … Präsident": the article after the pronoun opens the subject, not a genitive
    assert [names[x] for x in host.source] == ["Emmanuel Macron"] and [names[x] for x in host.target] == ["Olaf Scholz"]


def test_two_surnames_side_by_side_are_two_people_even_in_one_ner_span():
    doc = chronik.analyze(LEAD + "Am Dienstag traf Macron Scholz im Kanzleramt.", published="2024-03-26")
    macron = next(e for e in doc.entities if e.name == "Emmanuel Macron")
    scholz = next(e for e in doc.entities if e.name == "Olaf Scholz")
    assert len(macron.mentions) == 2 and len(scholz.mentions) == 2
    assert not any(e.name == "Macron Scholz" for e in doc.entities)
