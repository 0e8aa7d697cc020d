"""Entity rules of the tenth session (2026-12-05): a clause mark the NER takes into a name, country adjectives with
a role noun tagged as a name ("Australischer Premier", "Chinesische Küstenwache" in a headline), and the shared
read of the possessive-noun lexicons. Own invented sentences (skipped without a trained model)."""

from __future__ import annotations

from chronik.components import entities as ents
from tests.quote_docs import entity_mentions
from tests.test_entities_r9c import _ner


def test_full_stop_tagged_into_a_name_is_trimmed():
    # „ Das stimmt “ , sagte Flughafen-Sprecher Jonas Kerber . Danach …: tokens 7..9 with the full stop
    text = "„Das stimmt“, sagte Flughafen-Sprecher Jonas Kerber. Danach schloss das Terminal."
    assert ("Jonas Kerber", "PER") in _ner(text, [(7, 10, "PER")])
    # an initial keeps its full stop: "Der Angeklagte Omar K." (one token "K." or "K" + ".")
    found = _ner("Angeklagt ist Omar K . Er schweigt.", [(2, 5, "PER")])
    assert found and found[0][0].endswith(".")
    # so does a Roman numeral: "König Karl XIV." (tokens 3..5: Karl, XIV and the full stop)
    assert ("Karl XIV.", "PER") in _ner("Das sagte König Karl XIV. Dann ging er.", [(3, 6, "PER")])


def test_country_adjective_and_role_noun_is_no_name():
    assert _ner("Australischer Premier sagt Hilfe zu.", [(0, 2, "ORG")]) == []
    assert _ner("Ein thailändischer Soldat wurde verletzt.", [(1, 3, "ORG")]) == []
    # a known organisation of that shape stays
    assert ("Deutsche Bundesbank", "ORG") in _ner("Deutsche Bundesbank senkt die Prognose.", [(0, 2, "ORG")])


def test_headline_body_joins_the_same_body_in_the_text():
    found = entity_mentions(
        "Russische Marine blockiert Hafen\n"
        "Odessa (dpa) - Schiffe der russischen Marine haben am Montag den Hafen blockiert. "
        "Die russische Marine bestätigte die Blockade."
    )
    marine = [name for name, (_, ms) in found.items() if any("Marine" in m for m in ms)]
    assert len(marine) == 1, found


def test_possessive_noun_lexicons_read_once_in_one_shape():
    (nouns, owners), (plural,) = ents._gender_lexicon(
        "de", "counterparts.json", ("nouns", "owners"), ("plural_owners",)
    )
    assert nouns["Amtskollegin"] == "f" and owners["sein"] == "m" and "seine" in plural
    (clients,), (lawyers, owner_words) = ents._gender_lexicon(
        "de", "client_nouns.json", ("clients",), ("lawyers", "owner_words")
    )
    assert clients["sein Mandant"] == "m" and "Anwalt" in lawyers and "von" in owner_words
    # a language without the files: empty lexicons, so the rules do nothing
    assert ents._gender_lexicon("xx", "client_nouns.json", ("clients",), ("lawyers",)) == ([{}], [frozenset()])
