"""Eighth session, round 3 (timex): numbered weeks and days of something that began on a named day
("Das Festival begann am 3. Juni … in der zweiten Woche"). Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from chronik.timex_rules import find_timexes

TUE = date(2026, 9, 15)  # a Tuesday


def tag(text: str, dct: date | None = TUE) -> list[tuple[str, str, str]]:
    return [(text[h.start : h.end], h.type, h.value) for h in find_timexes(text, dct)]


def test_numbered_weeks_count_from_the_named_start_day() -> None:
    text = "Das Ferienlager begann am 6. Juli. In der zweiten Woche regnete es, das Motto der dritten Woche war Wald."
    got = tag(text)
    assert ("der zweiten Woche", "DATE", "2026-W29") in got
    assert ("der dritten Woche", "DATE", "2026-W30") in got


def test_numbered_days_count_from_the_named_start_day() -> None:
    got = tag("Der Prozess begann am 7. September. Am dritten Tag sagte die Zeugin aus.")
    assert ("Am dritten Tag", "DATE", "2026-09-09") in got


def test_a_numbered_week_without_a_start_day_or_of_something_else_is_left_alone() -> None:
    assert tag("In der ersten Woche gab es kaum Besucher.") == []
    got = tag("Am 6. Juli begann das Lager. In der ersten Woche des Monats gab es Regen.")
    assert not any(t.startswith("der ersten Woche") for t, _, _ in got)
    got = tag("Die Messe begann am 4. Mai. Am dritten Tag in Folge kamen Tausende.")
    assert not any(t.startswith("dritten Tag") or t.startswith("Am dritten") for t, _, _ in got)


def test_a_part_of_a_quarter_belongs_to_the_expression() -> None:
    got = tag("Die neue Version soll Ende des zweiten Quartals 2027 erscheinen.")
    assert ("Ende des zweiten Quartals 2027", "DATE", "2027-Q2") in got


def test_centuries_and_decades_as_lengths() -> None:
    assert ("mehr als ein Jahrhundert", "DURATION", "P1CE") in tag(
        "Das Fossil galt mehr als ein Jahrhundert lang als Vogel."
    )
    assert tag("Das war ein Jahrhundert-Hochwasser.") == []
    assert ("eines Jahrzehnts", "DURATION", "P1DE") in tag("Binnen eines Jahrzehnts soll die Bahn fahren.")
    assert ("Jahrhunderte", "DURATION", "PXCE") in tag("Die Inseln gehörten über Jahrhunderte zu Dänemark.")
    assert ("Jahrzehnte", "DURATION", "PXDE") in tag("Die Partei regierte das Land für Jahrzehnte allein.")


def test_dotted_thousands_of_years_are_durations() -> None:
    assert ("2.500 Jahren", "DURATION", "P2500Y") in tag("Die Siedlung entstand vor 2.500 Jahren am Fluss.")
    assert ("über 3.000 Jahre", "DURATION", "P3000Y") in tag("Die Schichten wurden über 3.000 Jahre abgelagert.")
    assert tag("Die Knochen sind rund 40.000 Jahre alt.") == []  # an age stays untagged
    # a plain four-digit number before a unit stays what it was (no duration)
    assert tag("Die Firma plant 1500 Monate.") == []


def test_an_ordinal_word_as_the_day_of_a_month() -> None:
    assert ("zweiten Mai 2019", "DATE", "2019-05-02") in tag("Das Werk schloss am zweiten Mai 2019 seine Tore.")
    assert ("ersten Oktober", "DATE", "2026-10-01") in tag("Vom ersten Oktober an gilt die neue Regel.")
    # no article or preposition before it: not a day ("im dritten März-Drittel" is not the 3rd)
    assert not any(t.startswith("dritten") for t, _, _ in tag("Im dritten März-Drittel regnete es."))


def test_an_ordinal_word_century() -> None:
    assert ("dem dreizehnten Jahrhundert", "DATE", "12") in tag("Der Turm stammt aus dem dreizehnten Jahrhundert.")
    assert ("Anfang des zwanzigsten Jahrhunderts", "DATE", "19") in tag(
        "Anfang des zwanzigsten Jahrhunderts wuchs die Stadt."
    )
    assert ("fünfzehnten Juni", "DATE", "2026-06-15") in tag("Am fünfzehnten Juni wurde gewählt.")


def test_last_night_and_the_coming_night() -> None:
    assert ("Letzte Nacht", "TIME", "2026-09-14TNI") in tag("Letzte Nacht brannte eine Scheune ab.")
    assert ("letzten Nacht", "TIME", "2026-09-14TNI") in tag("In der letzten Nacht wurde eingebrochen.")
    assert ("kommenden Nacht", "TIME", "2026-09-15TNI") in tag("In der kommenden Nacht wird es frostig.")
    # the last night of something else is no date
    assert tag("In der letzten Nacht vor dem Rennen schlief er kaum.") == []


def test_weekends_in_the_plural_are_a_set() -> None:
    assert ("Wochenenden", "SET", "XXXX-WXX-WE") in tag("Die Bibliothek bleibt an Wochenenden geschlossen.")
    assert ("zwei Wochenenden", "DURATION", "P2WE") in tag("Er half an zwei Wochenenden aus.")
