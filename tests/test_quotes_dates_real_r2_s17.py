"""Quotes and dates in real news (session 17, round 2): the families behind the real-news audits 27/28, tested
with invented sentences (no words of the audit articles).

- a year-less date after a direct quotation that names a year is anchored to the report's year, not to the quote's;
- a content clause ("dass …", "ob …") announcing, ordering or asking for a step takes the date of its sentence's
  main clause; a content told in a perfect or past tense does not;
- an undated past perfect right after a sentence of a year or more back goes on in that year;
- a pronoun speaker goes on with the previous speaker after a continuation word ("fügte hinzu", "ergänzte"),
  or where the pronoun would otherwise stand for a place.
"""

from __future__ import annotations

from datetime import date

import pytest

import chronik
from tests.timex_docs import tag

# -- timexes: a year inside a direct quotation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote's year is what the speaker talks about; the report goes on in its own year
        (
            "Die Ministerin erklärte: „Das Tal wurde uns im Vertrag von 1911 zugesprochen. Wir bleiben.“ "
            "Nach einem Manöver der Marine am 8. März reiste der General ab.",
            ("8. März", "2022-03-08"),
        ),
        (
            "Der Sprecher sagte: „Schon 1987 haben wir gewarnt.“ Am 2. März trafen sich die Minister in Bonn.",
            ("2. März", "2022-03-02"),
        ),
        # negative rows: a year outside quote marks still anchors the day after it; inside the quote the day after
        # the quote's year is of that year
        (
            "Der Minister sagte, das Tal sei 1911 zugesprochen worden. Am 8. März reiste der General ab.",
            ("8. März", "1911-03-08"),
        ),
        (
            "Der Chronist sagte: „Am 8. März 1911 wurde das Tal zugesprochen, und am 9. März kamen die Truppen.“",
            ("9. März", "1911-03-09"),
        ),
    ],
)
def test_year_in_direct_quote_does_not_anchor_later_day(text: str, expected: tuple[str, str]) -> None:
    found = {(t, v) for t, _, v in tag(text, date(2022, 3, 19))}
    assert expected in found, found


# -- event dates --------------------------------------------------------------------------------------------------


def _dates(text: str, published: str) -> dict[str, str | None]:
    doc = chronik.analyze(text, published=published)
    return {doc.text[e.trigger[0] : e.trigger[1]]: e.date for e in doc.events}


@pytest.mark.parametrize(
    ("text", "published", "trigger", "expected"),
    [
        # an announced, ordered or demanded step takes the day of the announcement (not the publication day)
        (
            # (an announced seizure of territory is the speech-act round's THREATEN on the announcing verb: a visit)
            "Am 4. Mai kündigte der Gouverneur Peter Lanz an, dass er die Insel besuchen werde.",
            "2021-05-20",
            "besuchen",
            "2021-05-04",
        ),
        (
            "Im Jahr 2016 ordnete Innenminister Karl Hobe an, dass der Journalist Tim Rade verhaftet wird.",
            "2021-05-20",
            "verhaftet",
            "2016",
        ),
        (
            "Am 2. Mai drohte Präsident Omar Sali, dass seine Armee die Grenzstadt angreifen werde.",
            "2021-05-20",
            "angreifen",
            "2021-05-02",
        ),
        # negative rows: a content in the perfect lies before the saying, on a day the text does not give
        (
            "Im Jahr 2015 erklärte der Richter Paul Kern, dass die Polizei den Verdächtigen festgenommen habe.",
            "2021-05-20",
            "festgenommen",
            "2021-05-20",
        ),
        # … and after a sentence opened by a subordinate clause, its date is not the main clause's
        (
            "Nachdem am 3. Mai Schüsse gefallen waren, kündigte der Bürgermeister an, dass er die Armee rufen werde.",
            "2021-05-20",
            "rufen",
            None,
        ),
    ],
)
def test_announced_content_takes_main_clause_date(text: str, published: str, trigger: str, expected: str) -> None:
    dates = _dates(text, published)
    if expected is None:  # only: not the date of the "nachdem" clause
        assert dates.get(trigger) != "2021-05-03", dates
        return
    assert dates.get(trigger) == expected, dates


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an undated past perfect after a sentence of an earlier year goes on in that year
        (
            "Der letzte Protestmarsch der Bauern in Tirana fand 2009 statt. Die Polizei hatte Tränengas eingesetzt.",
            "eingesetzt",
            "2009",
        ),
        # also with a past-perfect background sentence in between
        (
            "Das letzte Straßenfest in Skopje fand 2010 statt. Damals waren Besucher beschimpft worden. "
            "Die Polizei hatte Wasserwerfer eingesetzt.",
            "eingesetzt",
            "2010",
        ),
        # negative row: a day of the story's own week is not background; the story's day goes on
        ("Die Polizei nahm am Montag drei Männer fest. Sie hatten Autos angezündet.", "angezündet", "2014-06-09"),
    ],
)
def test_past_perfect_after_background_year(text: str, trigger: str, expected: str) -> None:
    assert _dates(text, "2014-06-10").get(trigger) == expected


# -- quote speakers: a pronoun that goes on ------------------------------------------------------------------------


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = chronik.analyze(text, published="2024-03-26")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker or "")) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Bürgermeister Karl Obst teilte mit, dass der Direktor des Zoos, Max Weller, entlassen werde. "
            "Er ergänzte, dass die Stadt getäuscht worden sei.",
            "Karl Obst",
        ),
        (
            "Die Ministerin Anna Berger kündigte an, dass die Konsulin in Lima, Rosa Ruiz, ausgewiesen werde. "
            "Sie fügte hinzu, dass das Land bedroht worden sei.",
            "Anna Berger",
        ),
        (
            "Der Trainer Jan Voss sagte, der Torwart Tim Braun werde gesperrt. Er sagte außerdem, die Mannschaft sei "
            "müde.",
            "Jan Voss",
        ),
        # without a continuation word "Er" still continues the main-clause subject, not the subject of the dass-clause
        # (merged with the coreference round's rule, test_coref_actors_r2_s17); a pronoun of the other gender does not
        # go on with the previous speaker
        (
            "Der Bürgermeister Karl Obst teilte mit, dass der Direktor des Zoos, Max Weller, entlassen werde. "
            "Er sagte, dass die Stadt getäuscht worden sei.",
            "Karl Obst",
        ),
        (
            "Die Bürgermeisterin Eva Obst teilte mit, dass der Direktor des Zoos, Max Weller, entlassen werde. "
            "Er fügte hinzu, dass die Stadt getäuscht worden sei.",
            "Max Weller",
        ),
    ],
)
def test_pronoun_speaker_goes_on_after_continuation_word(text: str, expected: str) -> None:
    speakers = _speakers(text)
    assert speakers[-1][1] == expected, speakers
