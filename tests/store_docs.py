"""Hand-made documents and store fixtures for the store/ingest tests (no tests here).

Documents are built from plain text plus a small spec, offsets found by string search, so
the store, merging and exports are tested independently of NLP quality.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from chronik.document import Document, text_id
from chronik.store import Store

PG_URL = os.environ.get("CHRONIK_TEST_PG_URL")
PG_SKIP = "PostgreSQL tests need CHRONIK_TEST_PG_URL (e.g. postgresql+psycopg://chronik:chronik@localhost/chronik_test)"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(not PG_URL, reason=PG_SKIP)),
]

GEO = {
    "Berlin": {"lat": 52.52, "lon": 13.405, "geonameid": 2950159, "kind": "city", "precision_km": 10},
    "Potsdam": {"lat": 52.39, "lon": 13.065, "geonameid": 2852458, "kind": "city", "precision_km": 10},
    "Paris": {"lat": 48.857, "lon": 2.352, "geonameid": 2988507, "kind": "city", "precision_km": 10},
}


def _spans(text: str, surface: str) -> list[list[int]]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append([i, i + len(surface)])
        i = text.find(surface, i + len(surface))
    assert out, f"{surface!r} not in text"
    return out


def make_doc(
    text: str,
    published: str | None,
    entities: list[tuple[str, str, str, str | None, list[str]]],
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    quotes: list[tuple[str, str | None, str | None]] = (),  # type: ignore[assignment]
    title: str | None = None,
    source: str | None = None,
) -> Document:
    """``entities``: (id, label, name, country, surfaces); a LOC named in :data:`GEO` gets geo.
    ``events``: dicts with id, type, trigger (a word of the text) and optional source,
    target, place, date, modality, mode. ``quotes``: (quoted text, speaker id, speaker text)."""
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    sentences = [[a, (starts[k + 1] - 1) if k + 1 < len(starts) else len(text)] for k, a in enumerate(starts)]
    ents = []
    for eid, label, name, country, surfaces in entities:
        mentions = sorted(span for s in surfaces for span in _spans(text, s))
        ents.append(
            {
                "id": eid,
                "label": label,
                "name": name,
                "country": country,
                "mentions": mentions,
                "geo": GEO.get(name) if label == "LOC" else None,
            }
        )
    evs = []
    for ev in events:
        trig = _spans(text, ev["trigger"])[0]
        sent = next(k for k, (a, b) in enumerate(sentences) if a <= trig[0] < b + 1)
        evs.append(
            {
                "id": ev["id"],
                "type": ev["type"],
                "mode": ev.get("mode"),
                "trigger": trig,
                "sentence": sent,
                "source": ev.get("source", []),
                "target": ev.get("target", []),
                "place": ev.get("place"),
                "date": ev.get("date"),
                "modality": ev.get("modality", "asserted"),
                "quantities": ev.get("quantities", []),
            }
        )
    qts = []
    for quoted, speaker, speaker_text in quotes:
        span = _spans(text, quoted)[0]
        qts.append(
            {
                "start": span[0],
                "end": span[1],
                "text": quoted,
                "kind": "direct",
                "speaker": speaker,
                "speaker_text": speaker_text,
            }
        )
    return Document.model_validate(
        {
            "id": text_id(text),
            "lang": "de",
            "title": title,
            "published": date.fromisoformat(published) if published else None,
            "source": source,
            "text": text,
            "sentences": sentences,
            "entities": ents,
            "quotes": qts,
            "events": evs,
        }
    )


def open_store(backend: str, tmp_path: Any) -> Iterator[Store]:
    """A fresh, empty store: a SQLite file, or a private PostgreSQL schema dropped afterwards."""
    if backend == "sqlite":
        store = Store(f"sqlite:///{tmp_path / 'chronik.db'}")
        yield store
        store.close()
        return
    from sqlalchemy import create_engine, text

    assert PG_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    store = Store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


# --- a hand-made pair of articles reporting one meeting, plus distractors ------------------------

TEXT_A = (
    "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron getroffen. "
    "„Europa muss zusammenstehen“, sagte Scholz nach dem Treffen."
)
TEXT_B = (
    "Macron und Scholz berieten in Potsdam über die Lage in der Ukraine. Der französische Präsident lobte das Gespräch."
)


def article_a() -> Document:
    return make_doc(
        TEXT_A,
        "2024-03-12",
        [
            ("e1", "PER", "Olaf Scholz", "DEU", ["Olaf Scholz", "Scholz nach"]),
            ("e2", "PER", "Emmanuel Macron", "FRA", ["Emmanuel Macron"]),
            ("e3", "LOC", "Berlin", "DEU", ["Berlin"]),
        ],
        [{"id": "v1", "type": "CONSULT", "trigger": "getroffen", "source": ["e1"], "target": ["e2"], "place": "e3"}],
        [("„Europa muss zusammenstehen“", "e1", "Scholz")],
        title="Scholz trifft Macron",
        source="https://example.org/a",
    )


def article_b() -> Document:
    # the next day, the other spelling, a nearby place (Potsdam, ~25 km from Berlin)
    return make_doc(
        TEXT_B,
        "2024-03-13",
        [
            ("e1", "PER", "Macron", "FRA", ["Macron"]),
            ("e2", "PER", "Scholz", "DEU", ["Scholz"]),
            ("e3", "LOC", "Potsdam", "DEU", ["Potsdam"]),
        ],
        [{"id": "v1", "type": "CONSULT", "trigger": "berieten", "source": ["e1", "e2"], "place": "e3"}],
        title="Beratung in Potsdam",
        source="https://example.org/b",
    )
