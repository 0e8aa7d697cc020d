"""Event dates told with their episode (fifth-session audit causes; invented sentences, 2026-12-05)."""

from __future__ import annotations

import chronik


def dates(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    """trigger text → (date, modality) of every event."""
    doc = chronik.analyze(text, published=published)
    return {doc.text[e.trigger[0] : e.trigger[1]]: (e.date, e.modality) for e in doc.events}


def test_an_undated_past_event_takes_the_day_the_sentence_before_named():
    text = (
        "Nach Angaben der Armee waren in der Nacht zu Mittwoch mehrere Drohnen über die Grenze geflogen. "
        "Zwei von ihnen seien nahe der Stadt Kaunas abgeschossen worden."
    )
    day, _ = dates(text, "2025-09-11")["abgeschossen"]  # published on Thursday
    assert day == "2025-09-10"


def test_a_lead_that_sums_up_takes_the_day_the_next_sentence_names():
    text = (
        "EU-Gipfel ohne Einigung\n\n"
        "Brüssel (dpa) – Die Staats- und Regierungschefs der EU haben sich bei ihrem Gipfel nicht auf eine "
        "gemeinsame Linie einigen können. Polen legte am Donnerstagabend sein Veto gegen die Erklärung ein."
    )
    assert dates(text, "2025-10-24")["einigen"] == ("2025-10-23", "negated")


def test_a_present_tense_statement_after_a_dated_sentence_keeps_the_publication_day():
    text = "Der Aktienindex fiel am Mittwoch um zwei Prozent. Der Verband fordert Entlastungen für die Betriebe."
    day, _ = dates(text, "2025-03-13")["fordert"]
    assert day == "2025-03-13"


def test_background_in_the_past_perfect_is_not_dated_by_the_sentence_before():
    text = (
        "Die Geberländer haben am Dienstag beschlossen, die Hilfe wieder aufzunehmen. "
        "Die Hilfe war nach dem Putsch eingestellt worden. Die Opposition protestierte."
    )
    rows = dates(text, "2025-03-13")
    assert all(day != "2025-03-11" for trig, (day, _) in rows.items() if trig == "eingestellt")


def test_an_act_takes_the_day_of_the_dabei_sentence_after_it():
    text = (
        "Überschattet wurde das Treffen von einem Raketenangriff auf eine Schule in Charkiw. "
        "Dabei seien in der Nacht zu Donnerstag mindestens zehn Menschen getötet worden."
    )
    day, _ = dates(text, "2024-08-16")["Raketenangriff"]  # published on Friday
    assert day == "2024-08-15"


def test_a_lead_summing_up_two_days_takes_the_first():
    text = (
        "Festnahmen nach Brandanschlag\n\n"
        "Nach dem Brandanschlag auf eine Moschee in Kassel hat die Polizei zwei Verdächtige festgenommen. "
        "Ein Mann wurde am Samstagmorgen in Fulda gefasst, ein zweiter in der Nacht zu Sonntag bei Göttingen."
    )
    day, _ = dates(text, "2025-06-15")["festgenommen"]
    assert day == "2025-06-14"
