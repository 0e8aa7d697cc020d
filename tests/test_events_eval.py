"""The event gold (tests/data/events) is consistent, the scorer matches actors as documented, and the
full pipeline codes events end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.document import Entity, Event
from chronik.eval.events import (
    Counts,
    actor_matches,
    actors_agree,
    gold_dir,
    load_gold,
    names_agree,
    parse_annotations,
    score_document,
)

TYPES = set(Event.model_fields["type"].annotation.__args__)  # type: ignore[union-attr]


def test_gold_has_40_articles_split_30_10() -> None:
    docs = load_gold()
    assert len(docs) == 40
    assert sum(d["split"] == "dev" for d in docs) == 30
    assert sum(d["split"] == "test" for d in docs) == 10
    assert sum(len(d["events"]) for d in docs) >= 250


def test_gold_offsets_and_labels_are_valid() -> None:
    for doc in load_gold():
        text = doc["text"]
        assert doc["license"].startswith("CC BY 2.5") and doc["date"]
        for ev in doc["events"]:
            start, end = ev["trigger"]
            assert text[start:end] == ev["trigger_text"]
            assert ev["type"] in TYPES
            assert ev["modality"] in {"asserted", "planned", "negated", "hypothetical"}
            for actor in ev["source"] + ev["target"] + ([ev["place"]] if ev["place"] else []):
                s, e = actor["span"]
                assert 0 <= s < e <= len(text) and actor["name"]


def test_gold_covers_every_type_and_modality() -> None:
    events = [ev for d in load_gold() for ev in d["events"]]
    assert {ev["type"] for ev in events} == TYPES
    assert {ev["modality"] for ev in events} == {"asserted", "planned", "negated", "hypothetical"}


def test_gold_json_matches_the_annotation_source() -> None:
    """The JSON files are compiled from annotations.txt; they must not drift apart."""
    folder = gold_dir()
    articles = {d["id"]: d for d in load_gold()}
    compiled = parse_annotations((folder / "annotations.txt").read_text(encoding="utf-8"), articles)
    for art_id, doc in articles.items():
        assert compiled.get(art_id, []) == doc["events"], art_id


def test_parse_annotations_locates_the_nearest_actor() -> None:
    text = "Merkel traf Macron. Danach traf Macron Scholz in Berlin."
    src = "@a\ntraf#2 | CONSULT/meet | Macron=Emmanuel Macron | Scholz | Berlin | 2024-03-14 | planned | reported\n"
    (ev,) = parse_annotations(src, {"a": {"text": text}})["a"]
    assert ev["trigger"] == [27, 31]
    assert ev["source"] == [{"span": [32, 38], "name": "Emmanuel Macron"}]
    assert ev["place"]["name"] == "Berlin" and ev["reported"] and ev["modality"] == "planned"


def test_parse_annotations_rejects_missing_strings() -> None:
    with pytest.raises(ValueError, match="not found"):
        parse_annotations(
            "@a\nkritisierte | ACCUSE | - | - | - | - | asserted\n", {"a": {"text": "Merkel traf Macron."}}
        )


def test_actor_matching_by_span_or_name() -> None:
    ent = Entity(id="e1", label="PER", name="Boris Johnson", mentions=[[10, 17]])
    assert actor_matches({"span": [12, 20], "name": "x"}, ent)  # overlapping mention
    assert actor_matches({"span": [50, 57], "name": "Johnson"}, ent)  # surname
    assert not actor_matches({"span": [50, 57], "name": "Theresa May"}, ent)
    assert names_agree("Boris Johnson", "boris johnson") and not names_agree("Boris", "Boris Johnson")
    assert actors_agree([], []) and not actors_agree([{"span": [10, 17], "name": "x"}], [])


def test_score_document_counts_levels() -> None:
    from chronik.document import Document

    text = "Merkel traf Macron in Berlin."
    ents = [
        Entity(id="e1", label="PER", name="Angela Merkel", mentions=[[0, 6]]),
        Entity(id="e2", label="PER", name="Emmanuel Macron", mentions=[[12, 18]]),
        Entity(id="e3", label="LOC", name="Berlin", mentions=[[22, 28]]),
    ]
    system = Event(
        id="ev1",
        type="CONSULT",
        trigger=[7, 11],
        sentence=0,
        source=["e1"],
        target=["e2"],
        place="e3",
        date="2024-03-14",
    )
    document = Document(id="d", lang="de", text=text, entities=ents, events=[system])
    gold = {
        "id": "d",
        "events": [
            {
                "trigger": [7, 11], "trigger_text": "traf", "type": "CONSULT", "mode": "meet",
                "source": [{"span": [0, 6], "name": "Angela Merkel"}], "target": [{"span": [12, 18], "name": "Macron"}],
                "place": {"span": [22, 28], "name": "Berlin"}, "date": "2024-03-13",
                "modality": "asserted", "reported": False,
            }
        ],
    }  # fmt: skip
    counts = Counts()
    score_document(gold, document, counts)
    assert (counts.tp["trigger"], counts.tp["roles"], counts.tp["place"], counts.tp["date"]) == (1, 1, 1, 0)
    assert (counts.date_n, counts.date_ok, counts.tp["modality"]) == (1, 0, 1)


@pytest.fixture(scope="module")
def analysed():
    from chronik.analysis import analyze

    text = (
        "Bundeskanzler Olaf Scholz hat am Montag den französischen Präsidenten Emmanuel Macron in Berlin getroffen. "
        "Die beiden Politiker unterzeichneten ein Abkommen über die Zusammenarbeit. "
        "Macron soll am Dienstag nach Paris zurückreisen."
    )
    return analyze(text, published="2024-03-14", title="Treffen in Berlin")


def test_pipeline_codes_events_end_to_end(analysed) -> None:
    names = {e.id: e.name for e in analysed.entities}
    kinds = [(e.type, e.modality) for e in analysed.events]
    assert ("CONSULT", "asserted") in kinds and ("AGREE", "asserted") in kinds
    meet = next(e for e in analysed.events if e.type == "CONSULT")
    assert meet.date == "2024-03-11" and meet.date_source == "timex"  # type: ignore[attr-defined]
    assert any("Scholz" in names.get(s, "") for s in meet.source)
    assert analysed.events[0].id == "ev1"


def test_render_text_prints_one_line_per_event(analysed) -> None:
    from chronik.output import render_text

    lines = render_text(analysed).splitlines()
    event_lines = [line for line in lines if "CONSULT" in line or "AGREE" in line]
    assert len(event_lines) >= 2
    assert event_lines[0].startswith("2024-03-11  CONSULT/meet")


def test_gold_files_are_utf8_json() -> None:
    for path in Path(gold_dir()).glob("dewn-*.json"):
        json.loads(path.read_text(encoding="utf-8"))
