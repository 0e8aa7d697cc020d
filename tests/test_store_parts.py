"""A document written in parts (as a long text's chunk results are) is stored exactly as the same
document written in one piece: rows, actors with their spellings, merged events."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from chronik import chunks
from chronik.document import Document
from chronik.store import Store
from chronik.store import schema as s
from tests.store_docs import BACKENDS, article_b, make_doc, open_store

TEXT = (
    "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron getroffen. "
    "„Europa muss zusammenstehen“, sagte Scholz nach dem Treffen.\n\n"
    "Macron und Scholz berieten später in Potsdam über die Ukraine. Der Kanzler Olaf sprach von 3 Stunden.\n\n"
    "Am Mittwoch reiste Macron nach Paris zurück. „Wir bleiben einig“, sagte Macron dort."
)


def long_document() -> Document:
    doc = make_doc(
        TEXT,
        "2024-03-12",
        [
            # spellings in later parts ("Scholz berieten", "Kanzler Olaf") must reach the actor too
            ("e1", "PER", "Olaf Scholz", "DEU", ["Olaf Scholz", "Scholz nach", "Scholz berieten", "Kanzler Olaf"]),
            ("e2", "PER", "Emmanuel Macron", "FRA", ["Emmanuel Macron", "Macron und", "Macron nach", "Macron dort"]),
            ("e3", "LOC", "Berlin", "DEU", ["Berlin"]),
            ("e4", "LOC", "Potsdam", "DEU", ["Potsdam"]),
            ("e5", "LOC", "Paris", "FRA", ["Paris"]),
        ],
        [
            {"id": "v1", "type": "CONSULT", "trigger": "getroffen", "source": ["e1"], "target": ["e2"], "place": "e3"},
            {"id": "v2", "type": "CONSULT", "trigger": "berieten", "source": ["e2", "e1"], "place": "e4"},
            {"id": "v3", "type": "RETREAT", "trigger": "reiste", "source": ["e2"], "place": "e5", "date": "2024-03-13"},
        ],
        [("„Europa muss zusammenstehen“", "e1", "Scholz"), ("„Wir bleiben einig“", "e2", "Macron")],
        title="Scholz trifft Macron",
        source="https://example.org/long",
    )
    data = doc.to_dict()
    data["entities"][0]["roles"] = ["Bundeskanzler"]
    data["entities"][1]["roles"] = ["Präsident"]
    data["events"][1]["quantities"] = [0]
    data["events"][1]["confidence"] = 0.5
    tx = [("Dienstag", "2024-03-12"), ("Mittwoch", "2024-03-13")]
    data["timexes"] = [
        {"start": (i := TEXT.find(t)), "end": i + len(t), "text": t, "type": "DATE", "value": v, "rule": "weekday"}
        for t, v in tx
    ]
    q = TEXT.find("3 Stunden")
    data["quantities"] = [{"start": q, "end": q + 9, "text": "3 Stunden", "kind": "duration", "value": 3.0}]
    data["warnings"] = ["eine Warnung"]
    data["pipeline"] = "test"
    return Document.model_validate(data)


def split(doc: Document, cuts: list[int]) -> tuple[Document, list[Document]]:
    """``doc`` as head and parts cut at these offsets (each item goes to the part it starts in)."""
    head = doc.model_copy(
        update={"sentences": [], "entities": [], "timexes": [], "quantities": [], "quotes": [], "events": []}
    )
    head.warnings = []
    parts = []
    for k, (a, b) in enumerate(itertools.pairwise([0, *cuts, len(doc.text)])):

        def inside(start: int, a: int = a, b: int = b) -> bool:
            return a <= start < b

        entities = []
        for ent in doc.entities:
            mentions = [m for m in ent.mentions if inside(m[0])]
            if mentions:
                entities.append(ent.model_copy(update={"mentions": mentions}))
        parts.append(
            Document.model_construct(
                id=doc.id,
                lang=doc.lang,
                text="",
                sentences=[x for x in doc.sentences if inside(x[0])],
                entities=entities,
                timexes=[x for x in doc.timexes if inside(x.start)],
                quantities=[x for x in doc.quantities if inside(x.start)],
                quotes=[x for x in doc.quotes if inside(x.start)],
                events=[x for x in doc.events if inside(x.trigger[0])],
                warnings=list(doc.warnings) if k == 0 else [],
            )
        )
    return head, parts


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table (mentions without their row id, which follows write order)."""
    out = {}
    with store.engine.connect() as conn:
        for table in s.metadata.sorted_tables:
            skip = {"ingested_at", "added_at"} | ({"id"} if table.name == "mentions" else set())
            cols = [c for c in table.c if c.name not in skip]
            out[table.name] = sorted(map(tuple, conn.execute(select(*cols))), key=repr)
    return out


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


def test_a_document_stored_in_parts_equals_the_one_piece_document(backend: str, tmp_path) -> None:
    doc = long_document()
    cuts = [TEXT.find("Macron und"), TEXT.find("Am Mittwoch")]
    head, parts = split(doc, cuts)
    assert len(parts) == 3 and all(p.entities and p.events for p in parts)
    assert chunks.join(head, parts) == doc  # the parts are a faithful split

    (tmp_path / "one").mkdir()
    (tmp_path / "parts").mkdir()
    one = open_store(backend, tmp_path / "one")
    in_parts = open_store(backend, tmp_path / "parts")
    whole_store, parts_store = next(one), next(in_parts)
    try:
        for store in (whole_store, parts_store):
            assert store.add_document(article_b())  # actors and an event to link to
        assert whole_store.add_document(doc) is True
        assert parts_store.add_parts(head, parts) is True
        assert parts_store.add_parts(head, parts) is False  # idempotent like add_document
        assert parts_store.get_document(doc.id) == doc
        assert dump(parts_store) == dump(whole_store)
        assert parts_store.search("Potsdam")  # full-text index filled
    finally:
        for gen in (one, in_parts):
            next(gen, None)


def test_parts_must_be_readable_twice(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    head, parts = split(long_document(), [200])
    with pytest.raises(TypeError, match="re-iterable"):
        store.add_parts(head, iter(parts))
    assert store.count_documents() == 0
    store.close()


def test_packed_parts_round_trip() -> None:
    head, parts = split(long_document(), [150, 300])
    packed = chunks.Parts(head)
    for part in parts:
        packed.append(part)
    assert len(packed) == 3
    assert list(packed) == [Document.model_validate(p.model_dump(by_alias=True)) for p in parts]
    assert packed.document() == long_document()


def test_a_big_text_is_stored_as_text_and_the_cache_size_restored(tmp_path, monkeypatch) -> None:
    import chronik.store

    monkeypatch.setattr(chronik.store, "BIG_TEXT_CHARS", 10)  # every document counts as big
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    doc = long_document()
    head, parts = split(doc, [TEXT.find("Macron und")])
    assert store.add_parts(head, parts) is True
    assert store.get_document(doc.id) == doc
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT typeof(text) FROM documents").scalar_one() == "text"
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -chronik.store.CACHE_KIB
    assert store.search("Potsdam")
    store.close()
