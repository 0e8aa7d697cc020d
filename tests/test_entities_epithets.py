"""Entity rules of the fourth session (2026-12-05): inhabitant and age nouns for a person named before, compound
chair titles before a named apposition, "sie" next to a singular verb, double and family-first surnames used alone.
Own invented sentences, run on the shipped model (the rules read the parser's subjects and verbs)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def full():
    import chronik

    return chronik.load("de")


def mentions_of(full, text: str, name: str) -> list[str]:
    doc = full(text)
    entity = next(e for e in doc._.entities if e.name == name)
    return [text[s:e] for s, e in entity.mentions]


def test_inhabitant_noun_joins_the_one_person_of_that_country(full):
    text = "Nato-Generalsekretär Mark Rutte lobte die Einigung. „Wir sind stärker denn je“, sagte der Niederländer."
    assert "Niederländer" in mentions_of(full, text, "Mark Rutte")


def test_age_noun_joins_the_one_person_named_before(full):
    text = "Bundeskanzler Olaf Scholz reiste ab. Der 65-Jährige sagte, er sei zufrieden."
    assert "65-Jährige" in mentions_of(full, text, "Olaf Scholz")


def test_age_noun_with_two_people_stays_unresolved(full):
    text = "Olaf Scholz traf Karl Huber. Der 65-Jährige sagte, er sei zufrieden."
    assert "65-Jährige" not in mentions_of(full, text, "Olaf Scholz")
    assert "65-Jährige" not in mentions_of(full, text, "Karl Huber")


def test_compound_chair_title_before_the_name_is_that_person(full):
    text = "Der Vorstandsvorsitzende der Bergwacht Sachsen, Peter Lindner, sagte, die Lage sei ernst."
    assert "Vorstandsvorsitzende" in mentions_of(full, text, "Peter Lindner")


def test_sie_next_to_a_singular_verb_is_the_woman(full):
    text = "Angela Merkel sprach in Berlin. Dabei griff sie auch die Opposition an."
    assert "sie" in mentions_of(full, text, "Angela Merkel")


def test_double_surname_alone_is_the_person(full):
    text = "Silvana Koch-Mehrin kam. Dann hatte Koch-Mehrin gesagt, sie bleibe."
    assert "Koch-Mehrin" in mentions_of(full, text, "Silvana Koch-Mehrin")


def test_family_name_first_alone_is_the_person(full):
    text = "Der chinesische Staatschef Xi Jinping empfing den Gast. Xi lobte die Gespräche."
    assert "Xi" in mentions_of(full, text, "Xi Jinping")


def test_lone_word_of_a_given_name_first_name_is_not_split_off(full):
    text = "Der Gouverneur Jeb Bush kam. Sein Bruder George W. Bush schwieg. Später sagte Jeb Bush, er sei zufrieden."
    mentions = mentions_of(full, text, "Jeb Bush")
    assert "Jeb Bush" in mentions and "Jeb" not in mentions


def test_car_maker_with_hyphen_is_an_organisation(full):
    doc = full("Die Stiftungen und Mercedes-Benz kritisierten den Plan.")
    assert ("Mercedes-Benz", "ORG") in [(e.name, e.label) for e in doc._.entities]


def test_bare_title_joins_the_federal_minister_of_a_portfolio(full):
    text = "Bundesinnenminister Alexander Dobrindt rief zur Ruhe auf. „Das geht nicht“, sagte der Minister der Zeitung."
    assert "Minister" in mentions_of(full, text, "Alexander Dobrindt")
