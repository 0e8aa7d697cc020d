"""Guards for the context patterns of ``timex_rules`` built from ``timex.json`` (thirteenth session): the
words come from the lexicon, the case behaviour stays that of the patterns (capitalised variants where a word
may open a sentence, case-sensitive nouns as written, ``re.IGNORECASE`` only where the pattern had it)."""

from chronik import timex_rules as tr


def test_both_cases_builds_a_class_of_the_first_letter() -> None:
    assert tr._both_cases("für|bis\\s+zum") == "[Ff]ür|[Bb]is\\s+zum"
    assert tr._capitalised("dies|das") == "Dies|Das"


def test_sentence_initial_prepositions_match_capitalised() -> None:
    assert tr._AHEAD_BEFORE.search("Ab dem kommenden ").group(1) == "Ab"
    assert tr._AHEAD_BEFORE.search("gilt bis zum ").group(1) == "bis zum"
    assert tr._DEADLINE_BEFORE.search("Spätestens am ")
    assert tr._STILL_BEFORE.search("Noch ")
    assert tr._context_res(tr.lexicon()).since_before.search("Seit Mitte ")


def test_case_sensitive_words_stay_case_sensitive() -> None:
    assert tr._DEADLINE_BEFORE.search("eine Frist bis ")
    assert not tr._DEADLINE_BEFORE.search("die frist ")  # the noun only as written
    assert not tr._context_res(tr.lexicon()).target_before.search("Auf den ")  # "auf" only lower-case
    assert tr._EFFECTIVE_BEFORE.search("Die Löhne steigen zum ")
    assert not tr._EFFECTIVE_BEFORE.search("in der Nacht zum ")


def test_ignorecase_where_the_pattern_had_it() -> None:
    assert tr._GENITIVE_BEFORE.search("eines ") and tr._GENITIVE_BEFORE.search("Eines ")
    assert tr._EACH_BEFORE.search("Jeweils ab ")
    assert tr._CLAUSE_LEAD.fullmatch(" Am ")
