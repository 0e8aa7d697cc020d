"""The document contract: every span points at its characters, output validates against the schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

import chronik
from chronik.document import SCHEMA_ID, Document, json_schema, text_id

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))


def all_spans(doc: Document) -> list[tuple[str, int, int, str | None]]:
    """(kind, start, end, expected text or None) for every offset in a document."""
    spans: list[tuple[str, int, int, str | None]] = []
    spans += [("sentence", s, e, None) for s, e in doc.sentences]
    for ent in doc.entities:
        spans += [("mention", s, e, None) for s, e in ent.mentions]
    spans += [("timex", t.start, t.end, t.text) for t in doc.timexes]
    spans += [("quantity", q.start, q.end, q.text) for q in doc.quantities]
    for q in doc.quotes:
        spans.append(("quote", q.start, q.end, q.text))
        if q.cue:
            spans.append(("cue", q.cue[0], q.cue[1], None))
    spans += [("trigger", ev.trigger[0], ev.trigger[1], None) for ev in doc.events]
    return spans


def test_examples_exist(example_records):
    assert 6 <= len(example_records) <= 10
    for record in example_records:
        assert record["license"].startswith("CC BY 2.5") and record["url"].startswith("https://de.wikinews.org/")


def test_every_span_points_at_its_text(example_documents):
    checked = 0
    for doc in example_documents:
        for kind, start, end, expected in all_spans(doc):
            assert 0 <= start <= end <= len(doc.text), (doc.id, kind, start, end)
            if expected is not None:
                assert doc.text[start:end] == expected, (doc.id, kind)
            else:
                assert doc.text[start:end].strip(), (doc.id, kind, start, end)
            checked += 1
    assert checked > 50


def test_sentences_are_ordered_and_disjoint(example_documents):
    for doc in example_documents:
        ends = [0]
        for start, end in doc.sentences:
            assert start >= ends[-1] and end > start
            assert doc.text[start:end] == doc.text[start:end].strip()
            ends.append(end)


def test_entity_and_event_references_resolve(example_documents):
    for doc in example_documents:
        ids = {e.id for e in doc.entities}
        assert len(ids) == len(doc.entities)
        for q in doc.quotes:
            assert q.speaker is None or q.speaker in ids
        for ev in doc.events:
            assert set(ev.source) <= ids and set(ev.target) <= ids
            assert ev.place is None or ev.place in ids
            assert 0 <= ev.sentence < len(doc.sentences)
            assert all(0 <= i < len(doc.quantities) for i in ev.quantities)


def test_output_validates_against_published_schema(example_documents):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for doc in example_documents:
        errors = list(validator.iter_errors(doc.to_dict()))
        assert not errors, errors[0].message


def test_schema_file_is_up_to_date():
    assert json.loads(json.dumps(json_schema())) == SCHEMA, "run: chronik schema --output docs/schema.json"
    assert SCHEMA["$id"] == SCHEMA_ID


def test_schema_rejects_a_broken_document():
    bad = {"schema": SCHEMA_ID, "id": "x", "lang": "de", "text": "a", "sentences": [[0]]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_analyze_api_defaults():
    doc = chronik.analyze("Die Bundesregierung tagte am Montag in Berlin.", published="2024-03-14", title="T")
    assert doc.schema_ == SCHEMA_ID and doc.lang == "de" and doc.title == "T"
    assert doc.id == text_id(doc.text) and len(doc.id) == 64
    assert str(doc.published) == "2024-03-14"
    assert doc.sentences == [[0, len(doc.text)]]


def test_analyze_takes_an_article_too_and_refuses_other_types_clearly():
    article = chronik.Article(text="Die Bundesregierung tagte am Montag in Berlin.", published=date(2024, 3, 14))
    doc = chronik.analyze(article)
    assert str(doc.published) == "2024-03-14" and doc.timexes[0].value == "2024-03-11"
    with pytest.raises(TypeError, match="from the Article"):
        chronik.analyze(article, published="2024-03-15")
    with pytest.raises(TypeError, match="not bytes"):
        chronik.analyze(b"Die Bundesregierung tagte.")  # type: ignore[arg-type]


def test_load_returns_the_same_pipeline():
    assert chronik.load("de") is chronik.load("de")
    assert "chronik_sentences" in chronik.load("de").pipe_names


def test_empty_and_whitespace_text_give_an_empty_document():
    for text in ("", "   \n\n  "):
        doc = chronik.analyze(text)
        assert doc.sentences == [] and doc.events == [] and doc.entities == []


def test_non_german_text_is_reported_not_crashed():
    doc = chronik.analyze("The president met the prime minister in London on Monday and they signed a trade deal.")
    assert doc.lang == "en"
    assert any("language" in w for w in doc.warnings)
