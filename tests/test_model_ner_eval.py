"""`chronik eval ner`'s second row: chronik's final entity name mentions scored beside the NER pipe alone."""

from __future__ import annotations

import pytest

from chronik.eval.ner import Counts, model_spans, system_spans, tables
from chronik.pipeline import build
from tests.entity_docs import tagged


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


def test_system_row_differs_from_model_only(nlp):
    text = "Die Außenministerin Petra Kühne reiste nach Portugal. Dort sagte sie, die Gespräche seien gut verlaufen."
    # the NER found the person but missed the country; the entity layer adds it from its gazetteer
    doc = tagged(nlp, text, [("Petra Kühne", "PER", 0)])
    model = model_spans(doc)
    system = system_spans(doc)
    found = {(text[s:e], label) for s, e, label in system}
    assert ("Portugal", "LOC") in found
    assert all(text[s:e] != "sie" for s, e, _ in system)  # pronoun mentions are not scored
    assert {(text[s:e], label) for s, e, label in model} == {("Petra Kühne", "PER")}

    gold = {(text.index("Petra Kühne"), text.index("Petra Kühne") + 11, "PER")}
    gold.add((text.index("Portugal"), text.index("Portugal") + 8, "LOC"))
    model_counts, system_counts = Counts(), Counts()
    model_counts.add(gold, model)
    system_counts.add(gold, system)
    assert model_counts.scores()["ALL"]["r"] == 0.5
    assert system_counts.scores()["LOC"]["r"] == 1.0

    (table,) = tables({"toy": model_counts.scores()}, {"toy": system_counts.scores()})
    sources = {(row[0], row[1]): row[4] for row in table.rows}
    assert ("LOC", "chronik") in sources and ("ALL", "model") in sources
    assert sources[("ALL", "chronik")] != sources[("ALL", "model")]


def test_name_mentions_are_the_names_of_the_entities(nlp):
    text = "Bundeskanzler Olaf Scholz traf in Paris den Präsidenten. Er lobte Frankreich."
    doc = tagged(nlp, text, [("Olaf Scholz", "PER", 0), ("Paris", "LOC", 0)])
    names = {text[s:e] for s, e in doc._.name_mentions}
    assert {"Paris", "Frankreich"} <= names
    assert "Er" not in names  # a pronoun mention of the person is no name
    every_mention = {tuple(m) for ent in doc._.entities for m in ent.mentions}
    # each name ends one of the entity's mentions; an attached title is part of the mention, not of the name
    assert all(any(s <= ns and e == ne for s, e in every_mention) for ns, ne in doc._.name_mentions)
