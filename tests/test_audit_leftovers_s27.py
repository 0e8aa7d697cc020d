"""Role gaps in plain constructions of German news (session 27), each tested with invented sentences read as a short
article (a title line, then the sentence): group leaders as titles, whom a complaint is about, and arrests or fire
told with an event noun in a predicate phrase ("unter Hausarrest stellen", "in Gewahrsam nehmen", "unter Beschuss
nehmen")."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import group_texts, rows_by_trigger


def article(sentence: str) -> str:
    return "Meldung\n" + sentence


def test_whom_a_complaint_is_about_is_its_target() -> None:
    rows = rows_by_trigger(article("Putin beschwerte sich über Merkel."))
    assert rows["beschwerte"][1:4] == ("ACCUSE", ["Putin"], ["Merkel"])
    rows = rows_by_trigger(article("Der Bürgermeister schimpfte über die Landesregierung."))
    assert rows["schimpfte"][1] == "ACCUSE"
    assert rows["schimpfte"][3] == ["Landesregierung"]


def test_in_a_verb_final_clause_the_subject_before_the_phrase_does_not_own_it() -> None:
    # "hat sich der Rebellenführer über die Regierung beschwert": the phrase after the subject is the complaint's
    rows = rows_by_trigger(article("Im Brief hat sich der Rebellenführer über die jemenitische Regierung beschwert."))
    assert rows["beschwert"][3] == ["jemenitische Regierung"]
    # a noun's own phrase stays the noun's: the sanctions hit Russia, the concern is not about Russia
    assert not [
        r
        for r in rows_by_trigger(article("Die Union zeigte sich besorgt über die Sanktionen gegen Russland.")).values()
        if r[3] == ["Russland"]
    ]


def test_citizens_complaining_still_act_it_is_no_mood() -> None:
    # the "about" flag reads the target like a stance, but a crowd's complaint is not dropped as a mood
    text = "Bewohner der Favelas haben sich darüber beschwert, dass ihr Alltag durch die Operation gestört worden sei."
    doc = chronik.analyze(article(text))
    assert group_texts(doc, "beschwert")[0] == ["Bewohner"]


def test_a_complaint_about_a_thing_still_is_an_event_without_a_target() -> None:
    rows = rows_by_trigger(article("Die Gewerkschaft beschwerte sich über die schlechten Arbeitsbedingungen."))
    assert rows["beschwerte"][1] == "ACCUSE"
    assert rows["beschwerte"][3] == []


@pytest.mark.parametrize("title", ["Rebellenführer", "Milizenführer", "Anführer"])
def test_the_leader_of_a_group_is_a_described_actor(title: str) -> None:
    doc = chronik.analyze(article(f"Der {title} beschwerte sich über die jemenitische Regierung."))
    assert group_texts(doc, "beschwerte")[0] == [title]


def test_the_agent_of_a_passive_support_verb_arrests_not_the_arrested() -> None:
    rows = rows_by_trigger(article("Hu Jia wurde von den chinesischen Behörden unter Hausarrest gestellt."))
    assert rows["Hausarrest"][1] == "COERCE"
    assert rows["Hausarrest"][2] == ["chinesischen Behörden"]
    assert rows["Hausarrest"][3] == ["Hu Jia"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        ("Die Polizei nahm zwei Demonstranten in Gewahrsam.", "Gewahrsam", ["Polizei"], ["zwei Demonstranten"]),
        (
            "Zwei Demonstranten wurden von der Polizei in Gewahrsam genommen.",
            "Gewahrsam",
            ["Polizei"],
            ["Zwei Demonstranten"],
        ),
        ("Soldaten nahmen die Demonstranten unter Beschuss.", "Beschuss", ["Soldaten"], ["Demonstranten"]),
        ("Die Demonstranten wurden von Soldaten unter Beschuss genommen.", "Beschuss", ["Soldaten"], ["Demonstranten"]),
    ],
)
def test_unnamed_actors_of_an_event_noun_in_a_predicate_phrase(
    sentence: str, trigger: str, source: list[str], target: list[str]
) -> None:
    sources, targets = group_texts(chronik.analyze(article(sentence)), trigger)
    assert [s.split()[-1] for s in sources] == [s.split()[-1] for s in source]
    assert [t.split()[-1] for t in targets] == [t.split()[-1] for t in target]


def test_an_event_noun_in_an_adjunct_phrase_takes_no_actor_from_the_clause() -> None:
    # "bei dem Beschuss" is no predicate: the people the clause's verb hurts did not fire
    doc = chronik.analyze(article("Bei dem Beschuss wurden mehrere Demonstranten verletzt."))
    firing = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Beschuss"]
    assert all(not e.source_groups for e in firing)


@pytest.mark.parametrize("name", ["AfD", "BfV", "KfW", "GmbH", "MdB"])
def test_a_mixed_case_name_gives_back_its_sentences_period(name: str) -> None:
    from chronik.pipeline import load

    doc = load("de")(f"Die Ministerin sprach mit der {name}. Danach reiste sie ab.")
    assert [t.text for t in doc][5:7] == [name, "."]
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("abbreviation", ["usw.", "z.B.", "e.V.", "Dr."])
def test_abbreviations_keep_their_period(abbreviation: str) -> None:
    from chronik.pipeline import load

    assert abbreviation in [t.text for t in load("de").make_doc(f"Er nannte Dinge {abbreviation} Dann ging er.")]


def test_the_party_a_sentence_ends_with_is_found() -> None:
    rows = rows_by_trigger(article("Die SPD distanzierte sich von der AfD."))
    assert rows["distanzierte"][1:4] == ("ACCUSE", ["SPD"], ["AfD"])
