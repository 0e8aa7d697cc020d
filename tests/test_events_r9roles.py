"""Ninth session, third actor round: source/target, place and date of ordinary clauses (invented sentences)."""

from __future__ import annotations

import chronik
from tests.event_docs import rows_by_trigger


def _dates(text: str, published: str) -> dict[str, str | None]:
    doc = chronik.analyze(text, published=published)
    return {doc.text[e.trigger[0] : e.trigger[1]]: e.date for e in doc.events}


def test_criticised_release_is_not_aimed_at_the_freed_person() -> None:
    rows = rows_by_trigger(
        "Berlin (dpa) - Die US-Regierung kritisierte am Montag die Freilassung des Ingenieurs Karl Moser scharf. "
        "Die Organisation Amnesty International begrüßte die Freilassung Mosers.",
        published="2026-03-17",
    )
    assert rows["kritisierte"][2] == ["US-Regierung"] and "Karl Moser" not in rows["kritisierte"][3]
    assert "Karl Moser" not in rows["begrüßte"][3]


def test_participle_after_und_shares_the_subject_of_the_clause_before() -> None:
    rows = rows_by_trigger(
        "Berlin (dpa) - Die Regierung hat am Montag zwei Diplomaten ausgewiesen.\n\n"
        "2018 hatte die britische Regierung Russland für den Giftanschlag verantwortlich gemacht und daraufhin "
        "23 russische Diplomaten ausgewiesen.",
        published="2026-02-20",
    )
    expel = rows["ausgewiesen"]  # (the later of the two)
    assert expel[2] == ["britische Regierung"] and expel[3] == ["Russland"]


def test_pluperfect_nachdem_clause_takes_its_sentences_date() -> None:
    dates = _dates(
        "Zagreb (dpa) - Die Staatsanwaltschaft hat am Montag einen früheren Minister angeklagt.\n\n"
        "Der Politiker war im Sommer 2023 zurückgetreten, nachdem Ermittler sein Büro durchsucht hatten.",
        published="2026-10-06",
    )
    assert dates["durchsucht"] == "2023-SU"


def test_date_of_an_event_noun_does_not_date_the_clause() -> None:
    dates = _dates(
        "Berlin (dpa) - Die Regierung hat am Montag zwei Diplomaten ausgewiesen.\n\n"
        "2019 hatte die Regierung Moskau für den Anschlag auf ein Kraftwerk im Jahr 2015 verantwortlich gemacht.",
        published="2026-02-20",
    )
    assert [d for trigger, d in dates.items() if "verantwortlich" in trigger or "gemacht" in trigger] == ["2019"]


def test_unnamed_building_and_new_paragraph_leave_the_site_of_the_sentence_before() -> None:
    rows = rows_by_trigger(
        "Berlin (dpa) - Der kanadische Premierminister John Miller ist am Montagabend zu einem Besuch in Berlin "
        "eingetroffen. Bundespräsident Kerner empfing den Gast am Dienstag im Schloss Bellevue. Anschließend kam "
        "Miller im Kanzleramt mit Bundeskanzler Anton Graf zusammen.\n\n"
        "Die Berliner Polizei war am Dienstag mit 800 Beamten im Einsatz.",
        published="2026-03-17",
    )
    assert rows["empfing"][4] == "Schloss Bellevue"
    assert rows["kam"][4] == "Kanzleramt"  # (tenth session: the building its own clause names, not Schloss Bellevue)
    assert rows["Einsatz"][4] == "Berlin"


def test_unnamed_border_is_not_the_dateline_town() -> None:
    rows = rows_by_trigger(
        "Soldat an der Grenze getötet\n"
        "Bangkok (AFP) - Bei einem Schusswechsel an der Grenze zwischen Laos und Vietnam ist ein Soldat getötet "
        "worden, wie die Armee am Dienstag mitteilte.\n\n"
        "Die Regierung in Bangkok verurteilte den Angriff am Dienstag.",
        published="2026-07-22",
    )
    assert rows["Schusswechsel"][4] is None
    assert rows["verurteilte"][4] == "Bangkok"


def test_copula_subject_does_the_act_of_an_im_phrase() -> None:
    rows = rows_by_trigger(
        "Berlin (dpa) - Der kanadische Premier ist am Montag in Berlin eingetroffen.\n\n"
        "Die Berliner Polizei war am Dienstag mit 800 Beamten im Einsatz.",
        published="2026-03-17",
    )
    assert rows["Einsatz"][2] == ["Berliner Polizei"]


def test_bare_year_before_the_final_participle_dates_the_pluperfect() -> None:
    dates = _dates(
        "Wien (dpa) - Der Nationalrat hat am Donnerstag ein neues Gesetz beschlossen.\n\n"
        "Die Behörde hatte sein Büro 2024 durchsucht.",
        published="2026-06-11",
    )
    assert dates["durchsucht"] == "2024"
