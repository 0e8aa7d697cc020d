"""German closed-class words and endings the entity rules test live in ``lang/de/entity_words.json`` (thirteenth
session, 2026-12-06): the code in ``components/entities.py`` only names the key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronik.components import entities as ent
from chronik.text import lang_json

SOURCE = Path(ent.__file__).read_text(encoding="utf-8")
USED_KEYS = sorted(set(re.findall(r'_entity_words\("([a-z_]+)"', SOURCE)))


def test_every_key_the_code_names_is_in_the_file() -> None:
    data = lang_json("de", "entity_words.json")
    assert USED_KEYS, "entities.py reads no key"
    missing = [k for k in USED_KEYS if k not in data]
    assert not missing  # a typo would silently give an empty tuple
    undocumented = [k for k in data if not k.startswith("_") and k not in data["_about"]]
    assert not undocumented


@pytest.mark.parametrize("key", USED_KEYS)
def test_entity_word_class_is_a_tuple_of_words(key: str) -> None:
    words = ent._entity_words(key)
    assert isinstance(words, tuple) and words  # a tuple, so str.endswith takes it as it is
    # "genitive_endings" starts with the bare form ""; every other class holds words or endings
    assert all(isinstance(w, str) and (w or key == "genitive_endings") for w in words)
    assert ent._entity_words(key, "xx") == ()  # nothing German leaks into another language


def test_moved_constants_keep_their_words() -> None:
    assert frozenset("der die das des dem den ein eine einer eines einem einen".split()) == ent.DETERMINERS
    assert ent.ADJ_ENDINGS == ("e", "en", "er", "es", "em")
    assert ent._LONGEST_ENDING_FIRST[0] == "en" and ent._LONGEST_ENDING_FIRST[-1] == "e"
    assert ent.DETERMINERS | {"dass", "weil", "nach"} <= ent.NOT_VERBS
    assert ent._genitive_forms("Bund") == ("Bund", "Bunds", "Bundes")
