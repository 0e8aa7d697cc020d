"""German word classes the quote, timex and event rules test per word live in the language data (eleventh session,
2026-12-05): ``lang/de/quote_grammar.json``, ``lang/de/timex.json`` and ``lang/de/event_grammar.json`` hold them,
the code only names the key."""

from __future__ import annotations

import pytest

from chronik import timex_rules
from chronik.components import events as emod
from chronik.components import quotes as qmod
from chronik.text import lang_json

QUOTE_KEYS = (
    "von_prepositions",
    "origin_prepositions",
    "plain_source_prepositions",
    "passive_source_prepositions",
    "genitive_articles",
    "genitive_definite_articles",
    "dative_articles",
    "feminine_oblique_articles",
    "definite_nominative_articles",
    "indefinite_nominative_articles",
    "inflected_indefinite_articles",
    "masculine_nominative_determiners",
    "accusative_masculine_articles",
    "name_particle_articles",
    "title_inner_words",
    "non_object_starts",
    "name_conjunctions",
    "particle_closing_conjunctions",
    "speaker_list_conjunctions",
    "frame_adverbs",
    "personal_nominative_pronouns",
    "continuing_speaker_pronouns",
    "third_person_pronouns",
    "first_person_pronouns",
    "plural_subject_pronouns",
    "inverted_subject_pronouns",
    "capitalised_subject_pronouns",
    "plural_verb_endings",
    "weak_past_endings",
    "dental_weak_past_endings",
    "konjunktiv_sein_forms",
    "spokesperson_heads",
    "in_prepositions",
)

TIMEX_KEYS = (
    "non_final_abbreviations",
    "adjective_endings",
    "weak_past_endings",
    "participle_endings",
    "present_verb_endings",
    "non_present_verb_endings",
    "week_boundary_exceptions",
    "night_date_links",
    "night_of_links",
    "week_ordinal_stems",
    "same_stems",
    "focus_year_month_stems",
    "deictic_adjective_stems",
    "following_stems",
    "former_stems",
    "time_reference_nouns",
    "time_reference_determiners",
    "future_adjectives",
    "calendar_unit_stems",
    "indefinite_articles",
    "nominative_indefinite_articles",
    "duration_genitive_units",
    "present_passive_aux",
)


EVENT_KEYS = (
    "adjective_endings",
    "adjective_endings_without_em",
    "plural_endings",
    "person_noun_suffixes",
    "infinitive_endings",
    "weak_past_suffixes",
    "list_conjunctions",
    "and_or",
    "clause_conjunctions",
    "org_name_preps",
    "genitive_singular_articles",
    "article_forms",
    "plain_definite_articles",
    "capitalised_definite_articles",
    "accusative_definite_articles",
    "nominative_articles",
    "auf_object_determiners",
    "demonstrative_determiners",
    "correlative_words",
    "age_words",
    "third_person_subject_forms",
    "subject_pronouns",
    "additive_openers",
    "genitive_links",
    "genitive_of_links",
    "genitive_attachment_words",
    "origin_links",
    "scene_preps",
    "doer_pp_preps",
    "participle_agent_preps",
    "participle_phrase_articles",
    "complement_preps",
    "nesting_preps",
    "von_forms",
    "masculine_genitive_articles",
    "person_noun_articles",
    "weak_adjective_endings",
    "sie_forms",
    "origin_preps",
    "an_forms",
    "condition_noun_articles",
    "in_forms",
    "contracted_scene_preps",
    "dateline_lower_words",
    "preterite_endings",
    "an_auf_place_preps",
    "condition_conjunctions",
)
# lists of the other event_*.json files the moved code reads as well (each was exactly the inline tuple it replaced)
EVENT_REUSED_KEYS = ("destination_preps", "object_case_articles", "genitive_articles", "frame_speaker_pronouns")


@pytest.mark.parametrize("key", QUOTE_KEYS)
def test_quote_word_classes_exist_for_german(key: str) -> None:
    words = lang_json("de", "quote_grammar.json")[key]
    assert words and all(isinstance(w, str) and w for w in words)
    assert qmod._grammar_words("de", key) == tuple(words)
    assert qmod._grammar_words("xx", key) == ()  # nothing German leaks into another language


@pytest.mark.parametrize("key", TIMEX_KEYS)
def test_timex_word_classes_exist_for_german(key: str) -> None:
    words = timex_rules.lexicon("de")[key]
    assert words and all(isinstance(w, str) and w for w in words)
    # a tuple, so that str.endswith / str.startswith take it as it is
    assert timex_rules._word_class(timex_rules.lexicon("de"), key) == tuple(words)


def test_finder_reads_the_moved_classes_once() -> None:
    finder = qmod.QuoteFinder("de")
    assert finder.von == frozenset({"von", "vom"})
    assert finder.capitalised_subject_pronouns == frozenset({"Er", "Sie", "Man"})  # case-sensitive class
    assert "des" in finder.genitive_articles and "dem" in finder.dative_articles


def test_adjective_stem_strips_the_longest_ending_first() -> None:
    assert timex_rules._stem("vergangenen") == "vergangen"
    assert timex_rules._stem("folgende") == "folgend"
    assert timex_rules._stem("gleichen") == "gleich"
    assert timex_rules._stem("vor") == "vor"


@pytest.mark.parametrize("key", EVENT_KEYS)
def test_event_word_classes_exist_for_german(key: str) -> None:
    words = lang_json("de", "event_grammar.json")[key]
    assert words and all(isinstance(w, str) and w for w in words)
    lex = emod.lexicon("de")
    assert lex.cue(key) == frozenset(words)
    # in file order, so that str.endswith takes it and endings are stripped in the order the file gives
    assert lex.endings(key) == tuple(words)
    assert emod.lexicon("xx").cue(key) == frozenset()  # nothing German leaks into another language


@pytest.mark.parametrize("key", EVENT_REUSED_KEYS)
def test_reused_event_word_classes_exist_for_german(key: str) -> None:
    assert emod.lexicon("de").cue(key)


def test_event_endings_keep_their_order() -> None:
    lex = emod.lexicon("de")
    assert lex.endings("weak_past_suffixes") == ("ten", "te", "tet")  # "forderten" loses "ten", not "te"
    assert lex.endings("plural_endings")[:2] == ("en", "n")
    assert lex.endings("no_such_list") == ()


def test_event_cue_lists_share_a_list_by_its_name() -> None:
    # "@name" in a cue list stands for the words of the cue list ``name``, in file order (as in a trigger row): the
    # claims one rebuts and the border heads are written once
    lex = emod.lexicon("de")
    assert lex.cue("claim_rebuttal_objects") < lex.cue("rebuttal_objects")
    assert {"Vorwürfe", "Kritik"} <= lex.cue("rebuttal_objects") and "Kritik" not in lex.cue("claim_rebuttal_objects")
    assert lex.endings("planned_area_heads") == ("küste", *lex.endings("border_heads"))
    assert lex.endings("remote_site_heads")[-1] == "grenzübergang"
    assert not any(w.startswith("@") for key in lex.ordered for w in map(str, lex.ordered[key]))
