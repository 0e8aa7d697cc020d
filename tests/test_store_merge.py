"""Event merging across articles on hand-made pairs: one real event reported twice becomes one
merged event; near misses (other type, days apart, far away, no shared actor) stay apart."""

from __future__ import annotations

import pytest

from chronik.store import Store
from chronik.store.merge import event_day, km, normalize_name
from tests.store_docs import BACKENDS, article_a, article_b, make_doc, open_store


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    yield from open_store(request.param, tmp_path)


def _protest(text: str, published: str, place: str, actor: str = "Greenpeace", date: str | None = None):
    return make_doc(
        text,
        published,
        [("e1", "ORG", actor, "DEU", [actor]), ("e2", "LOC", place, None, [place])],
        [{"id": "v1", "type": "PROTEST", "trigger": "protestierten", "source": ["e1"], "place": "e2", "date": date}],
        source=f"https://example.org/{abs(hash(text))}",
    )


def test_pair_reporting_one_meeting_merges(store: Store) -> None:
    store.add_document(article_a())
    store.add_document(article_b())
    merged = store.merged_events()
    assert len(merged) == 1
    m = merged[0]
    assert m["type"] == "CONSULT" and m["n_mentions"] == 2 and m["n_sources"] == 2
    assert m["day"] == "2024-03-12"  # the first report's day
    names = {a["name"] for a in m["source_actors"] + m["target_actors"]}
    assert names == {"Olaf Scholz", "Emmanuel Macron"}
    mentions = store.events(merged_id=m["id"])
    assert {e["doc_id"] for e in mentions} == {article_a().id, article_b().id}


def test_explicit_event_date_beats_publication_day(store: Store) -> None:
    # published 3 days later, but the event is dated to the same day as the first report
    a = _protest("Aktivisten von Greenpeace protestierten in Berlin.", "2024-05-01", "Berlin")
    b = _protest(
        "Am Mittwoch protestierten Mitglieder von Greenpeace in Berlin.", "2024-05-04", "Berlin", date="2024-05-01"
    )
    store.add_document(a)
    store.add_document(b)
    assert [m["n_mentions"] for m in store.merged_events()] == [2]


@pytest.mark.parametrize(
    ("text", "published", "place", "actor", "why"),
    [
        ("Greenpeace protestierten in Berlin erneut.", "2024-05-04", "Berlin", "Greenpeace", "3 days later"),
        ("Greenpeace protestierten in Paris.", "2024-05-01", "Paris", "Greenpeace", "900 km away"),
        ("Attac protestierten in Berlin.", "2024-05-01", "Berlin", "Attac", "no shared actor"),
    ],
)
def test_near_misses_stay_apart(store: Store, text: str, published: str, place: str, actor: str, why: str) -> None:
    store.add_document(_protest("Aktivisten von Greenpeace protestierten in Berlin.", "2024-05-01", "Berlin"))
    store.add_document(_protest(text, published, place, actor))
    assert len(store.merged_events()) == 2, why


def test_other_type_stays_apart(store: Store) -> None:
    store.add_document(article_a())
    doc = article_b()
    doc.events[0].type = "ACCUSE"
    store.add_document(doc)
    assert sorted(m["type"] for m in store.merged_events()) == ["ACCUSE", "CONSULT"]


def test_repeat_mention_in_one_article_counts_one_source(store: Store) -> None:
    text = "Greenpeace protestierten in Berlin. Erneut protestierten sie am Abend, so Greenpeace."
    doc = make_doc(
        text,
        "2024-05-01",
        [("e1", "ORG", "Greenpeace", "DEU", ["Greenpeace"]), ("e2", "LOC", "Berlin", None, ["Berlin"])],
        [
            {"id": "v1", "type": "PROTEST", "trigger": "protestierten in", "source": ["e1"], "place": "e2"},
            {"id": "v2", "type": "PROTEST", "trigger": "protestierten sie", "source": ["e1"]},
        ],
    )
    store.add_document(doc)
    [m] = store.merged_events()
    assert m["n_mentions"] == 2 and m["n_sources"] == 1


def test_events_without_actor_or_day_never_merge(store: Store) -> None:
    for i in range(2):
        store.add_document(
            make_doc(
                f"Es wurde protestierten {i}.",
                None,
                [("e1", "ORG", "Greenpeace", "DEU", ["protestierten"])],
                [{"id": "v1", "type": "PROTEST", "trigger": "protestierten", "source": ["e1"]}],
            )
        )
    assert len(store.merged_events()) == 2


def test_helpers() -> None:
    assert normalize_name("  Dr. Angela  MERKEL ") == "dr angela merkel"
    assert normalize_name("Müller") != normalize_name("Muller")
    assert event_day("2024-03-14TEV", None).isoformat() == "2024-03-14"
    assert event_day("XXXX-10-28", None) is None
    assert event_day("2024-W11", __import__("datetime").date(2024, 3, 1)).isoformat() == "2024-03-01"
    assert 20 < km(52.52, 13.405, 52.39, 13.065) < 30
