"""The NER reads what chronik's lexicons know about each word (``chronik.name_features``): one small value per
lexicon, 0 where the lexicon does not know the word."""

from __future__ import annotations

from functools import lru_cache

import numpy
import pytest
import spacy

from chronik import name_features as nf

PERSON, TITLE, PLACE, ORG, DEMONYM = range(5)


@lru_cache(maxsize=1)
def table() -> dict[str, int]:
    return nf.build_table("de")


def features(word: str, dictionary: bool = False) -> tuple[int, ...]:
    return nf.word_features(table(), word, dictionary)


def test_first_names_and_family_names_of_public_figures():
    assert features("Angela")[PERSON] & nf.GIVEN
    assert features("Putin")[PERSON] == nf.SURNAME


def test_persons_are_matched_by_their_spelling_skeleton():
    # the Phoenix dictionaries spell "Lavrov", German news "Lawrow"
    assert features("Lawrow")[PERSON] == nf.SURNAME


def test_places_by_the_gazetteer_key_with_exonyms():
    assert features("Mailand")[PLACE] & (nf.BIG_PLACE >> 4)
    assert features("Deutschland")[PLACE] & (nf.COUNTRY >> 4)


def test_parts_of_multi_word_names_are_parts():
    assert features("York")[PLACE] & (nf.PLACE_PART >> 4)
    assert features("New")[PLACE] == nf.PLACE_PART >> 4
    # a lower-case particle of a name is nobody's part
    assert "am" not in table()


def test_a_genitive_reads_its_base_form_with_its_own_value():
    assert features("Merkels")[PERSON] == features("Merkel")[PERSON] + nf.GENITIVE
    assert features("Deutschlands")[PLACE] == features("Deutschland")[PLACE] + nf.GENITIVE


def test_titles_organisations_and_country_words():
    assert features("Präsidenten")[TITLE] == 1
    assert features("SPD")[ORG] == 1
    assert features("Briten")[DEMONYM] == 1


def test_lower_case_words_and_unknown_names_carry_nothing():
    assert features("regierung") == (0,) * len(nf.COLUMNS)
    assert features("Xyzzqwa") == (0,) * len(nf.COLUMNS)


def test_the_dictionary_column_tells_known_words_from_unknown_capitalised_ones():
    assert features("Regierung", dictionary=True)[-1] == 1
    assert features("Xyzzqwa", dictionary=True)[-1] == 2
    assert features("und", dictionary=True)[-1] == 0


def test_the_extractor_appends_the_lexicon_columns_to_spacys_attributes():
    nlp = spacy.blank("de")
    doc = nlp("Putin traf Merkel in Berlin")
    layer = nf.GazetteerFeatureExtractor(["ORTH", "SHAPE"], dictionary=False)
    layer.initialize()
    (array,) = layer.predict([doc])
    assert array.shape == (5, 2 + len(nf.COLUMNS))
    assert list(array[:, 0]) == [t.orth for t in doc]
    assert array[0, 2 + PERSON] == nf.SURNAME
    assert array[4, 2 + PLACE] > 0
    assert not numpy.any(array[1, 2:])


def test_an_extractor_without_its_table_refuses_to_run():
    layer = nf.GazetteerFeatureExtractor(["ORTH"], dictionary=False)
    with pytest.raises(ValueError, match="table is empty"):
        layer.predict([spacy.blank("de")("Berlin")])
