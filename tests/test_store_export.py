"""Export formats (columns and values) and schema migrations."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import create_engine, inspect

from chronik.document import Document
from chronik.store import Store
from chronik.store.export import (
    GDELT_COLUMNS,
    PARQUET_COLUMNS,
    export_gdelt,
    export_jsonl,
    export_parquet,
)
from chronik.store.migrate import current, downgrade, head, upgrade
from tests.store_docs import BACKENDS, article_a, article_b, open_store


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    yield from open_store(request.param, tmp_path)


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_document(article_a())
    store.add_document(article_b())
    return store


def test_jsonl_round_trips_documents(filled: Store) -> None:
    out = io.StringIO()
    assert export_jsonl(filled, out) == 2
    docs = [Document.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert sorted(d.id for d in docs) == sorted([article_a().id, article_b().id])
    assert {d.id: d for d in docs}[article_a().id] == article_a()
    assert json.loads(out.getvalue().splitlines()[0])["schema"] == "chronik/1"


def test_parquet_columns_and_values(filled: Store, tmp_path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export_parquet(filled, path) == 2
    table = pq.read_table(path)
    assert table.column_names == PARQUET_COLUMNS
    rows = {r["place_name"]: r for r in table.to_pylist()}
    berlin = rows["Berlin"]
    assert berlin["type"] == "CONSULT" and berlin["trigger_text"] == "getroffen"
    assert berlin["source_actors"] == ["Olaf Scholz"] and berlin["target_actors"] == ["Emmanuel Macron"]
    assert str(berlin["day"]) == "2024-03-12" and berlin["n_sources"] == 2
    assert rows["Potsdam"]["merged_id"] == berlin["merged_id"]


def test_parquet_of_empty_store_has_the_columns(store: Store, tmp_path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    assert export_parquet(store, path) == 0
    assert pq.read_table(path).column_names == PARQUET_COLUMNS


def test_gdelt_columns_and_values(filled: Store) -> None:
    out = io.StringIO()
    assert export_gdelt(filled, out) == 1  # two reports, one real event
    lines = out.getvalue().splitlines()
    header = lines[0].split("\t")
    assert header == GDELT_COLUMNS and len(header) == 61
    row = dict(zip(header, lines[1].split("\t"), strict=True))
    assert row["SQLDATE"] == "20240312" and row["MonthYear"] == "202403" and row["Year"] == "2024"
    assert row["Actor1Name"] == "Olaf Scholz" and row["Actor1CountryCode"] == "DEU" and row["Actor1Code"] == "DEU"
    assert row["Actor2Name"] == "Emmanuel Macron" and row["Actor2CountryCode"] == "FRA"
    assert row["EventCode"] == row["EventRootCode"] == "CONSULT"
    assert row["QuadClass"] == "1" and row["IsRootEvent"] == "1"
    assert row["NumMentions"] == "2" and row["NumSources"] == "2" and row["NumArticles"] == "2"
    assert row["ActionGeo_FullName"] == "Berlin" and row["ActionGeo_Type"] == "4"
    assert float(row["ActionGeo_Lat"]) == pytest.approx(52.52) and row["ActionGeo_FeatureID"] == "2950159"
    assert row["SOURCEURL"] == "https://example.org/a" and len(row["DATEADDED"]) == 14
    assert row["GoldsteinScale"] == "" and row["AvgTone"] == ""


def test_migrations_up_down_up(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    assert current(engine) == head()
    tables = set(inspect(engine).get_table_names())
    assert {"documents", "events", "merged_events", "actors", "quotes", "documents_fts"} <= tables
    downgrade(engine, "base")
    assert "documents" not in set(inspect(engine).get_table_names())
    upgrade(engine)
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    assert store.add_document(article_a())
    with store.engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"


def test_migrations_down_and_up_on_each_backend(store: Store) -> None:
    assert current(store.engine) == head()
    downgrade(store.engine, "base")
    assert "events" not in set(inspect(store.engine).get_table_names())
    upgrade(store.engine)
    assert {"events", "merged_events", "ingest_errors"} <= set(inspect(store.engine).get_table_names())
    assert store.add_document(article_a()) and store.search("Macron")
