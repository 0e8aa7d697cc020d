"""German word classes the quote and timex rules test per word live in the language data (eleventh session,
2026-12-05): ``lang/de/quote_grammar.json`` and ``lang/de/timex.json`` hold them, the code only names the key."""

from __future__ import annotations

import pytest

from chronik import timex_rules
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
