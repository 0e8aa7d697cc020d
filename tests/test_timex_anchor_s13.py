"""Thirteenth session (dates, round 2): invented news sentences on the anchoring of parts of the day and of
days called for. "am späten Abend" / "am frühen Morgen" point back to the day told of like a bare "am Abend";
a bare part of the day after a day named as background (pluperfect, reported perfect) in an earlier sentence
is the story's day again; a weekday that dates the thing a call or demand asks for ("rief zu einem Streik ab
Freitag auf") lies ahead of the call."""

from __future__ import annotations

from datetime import date

from tests.timex_docs import tag

MO = date(2026, 3, 16)  # a Monday
TH = date(2026, 3, 19)  # a Thursday
TU = date(2026, 3, 17)  # a Tuesday


def _value(found: list[tuple[str, str, str]], phrase: str) -> str:
    hits = [v for t, _, v in found if phrase in t or t in phrase]
    assert len(hits) == 1, found
    return hits[0]


def test_late_evening_points_back_to_the_story_day_across_a_paragraph() -> None:
    text = (
        "OSLO (dpa) – In Norwegen haben am Samstag Tausende Fischer gegen neue Fangquoten protestiert. "
        "Die Bootsführer blockierten mehrere Häfen.\n\n"
        "Am späten Abend stürmten einige Demonstranten das Gebäude der Fischereibehörde."
    )
    found = tag(text, MO)
    assert _value(found, "Samstag") == "2026-03-14"
    assert _value(found, "späten Abend").startswith("2026-03-14")


def test_early_morning_points_back_to_the_story_day() -> None:
    text = (
        "In Lyon ist am Freitag ein Chemielager in Brand geraten. Die Feuerwehr rückte mit 80 Kräften an.\n\n"
        "Am frühen Morgen waren die Flammen unter Kontrolle."
    )
    assert _value(tag(text, MO), "frühen Morgen").startswith("2026-03-13")


def test_afternoon_after_a_reported_earlier_day_is_the_story_day() -> None:
    text = (
        "Ein Warnstreik der Busfahrer hat am Donnerstag den Nahverkehr in Leipzig lahmgelegt. "
        "Die Stadtwerke nannten den Ausstand überzogen. Man habe der Gewerkschaft am Montag ein neues Angebot "
        "unterbreitet, das diese nicht geprüft habe.\n\n"
        "Am Nachmittag zogen die Stadtwerke vor das Arbeitsgericht."
    )
    found = tag(text, TH)
    assert _value(found, "Montag") == "2026-03-16"
    assert _value(found, "Nachmittag").startswith("2026-03-19")


def test_evening_after_a_pluperfect_earlier_day_is_the_story_day() -> None:
    text = (
        "Die Hafenarbeiter in Genua haben am Mittwoch die Arbeit niedergelegt. "
        "Die Reederei hatte am Montag Entlassungen angekündigt.\n\n"
        "Am Abend kündigte der Bürgermeister Gespräche an."
    )
    assert _value(tag(text, TH), "Abend").startswith("2026-03-18")


def test_evening_in_a_pluperfect_clause_keeps_the_background_day() -> None:
    # still background: the evening of the day the pluperfect told of
    text = (
        "Die Hafenarbeiter in Genua haben am Mittwoch die Arbeit niedergelegt. "
        "Die Reederei hatte am Montag Entlassungen angekündigt. Am Abend hatte sie die Belegschaft informiert."
    )
    assert _value(tag(text, TH), "Abend").startswith("2026-03-16")


def test_weekday_a_strike_is_called_for_lies_ahead() -> None:
    text = "Der Gewerkschaftschef rief die Beschäftigten zu einem unbefristeten Streik ab Freitag auf."
    assert _value(tag(text, TU), "Freitag") == "2026-03-20"


def test_weekday_in_a_verb_final_call_lies_ahead() -> None:
    text = "Die Bauernverbände haben zu landesweiten Blockaden ab Montag aufgerufen."
    assert _value(tag(text, TH), "Montag") == "2026-03-23"


def test_weekday_of_a_demanded_vote_lies_ahead() -> None:
    text = "Die Opposition forderte eine Abstimmung über das Budget bis Donnerstag."
    assert _value(tag(text, TU), "Donnerstag") == "2026-03-19"
