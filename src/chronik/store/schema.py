"""The relational schema (SQLAlchemy 2 Core), one table per part of the document contract.

Offsets are stored exactly as in :mod:`chronik.document` (``str`` indexes, end-exclusive).
Surrogate integer keys (``id``) exist where other tables point at a row; each row also keeps
the ``doc_id`` and the contract's local id so a document can be rebuilt or deleted as a whole.
The same schema serves SQLite and PostgreSQL; full-text search is dialect-specific and lives in
the Alembic migration (FTS5 virtual tables on SQLite, GIN ``tsvector`` indexes on PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    # sha256 of the text: the idempotency key (a JSONL id may differ from the hash)
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("lang", String(8), nullable=False),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("n_words", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("warnings", Text),  # JSON list
    Column("extra", Text),  # JSON object of fields outside the contract, kept for a faithful round trip
    Column("ingested_at", DateTime, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

# Canonical actors across documents: one row per (normalised name, country); see merge.py.
actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("name_norm", String(300), nullable=False, index=True),
    # last name token of a multi-word person name, so "Trump" can find "Donald Trump"
    Column("surname_norm", String(300), index=True),
    Column("country", String(3)),
    Column("label", String(4), nullable=False),
    Column("n_docs", Integer, nullable=False, default=0),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    UniqueConstraint("name_norm", "country", "label", name="uq_actor_key"),
)

actor_names = Table(
    "actor_names",
    metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("name_norm", String(300), primary_key=True),
    Column("name", Text, nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Index("ix_actor_names_norm", "name_norm"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(64), nullable=False),
    Column("label", String(4), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("roles", Text),  # JSON list
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("geo_kind", String(8)),
    Column("precision_km", Float),
    Column("extra", Text),
    UniqueConstraint("doc_id", "local_id", name="uq_entity_local"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

timexes = Table(
    "timexes",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(64), nullable=False),
    Column("anchor", String(64)),
    Column("extra", Text),
)

quantities = Table(
    "quantities",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("value", Float),
    Column("unit", String(32)),
    Column("counted", Text),
    Column("extra", Text),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("speaker", String(64)),  # entity local id
    Column("speaker_text", Text),
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("extra", Text),
    UniqueConstraint("doc_id", "idx", name="uq_quote_local"),
)

# One row per real-world event; each extracted event (a "mention") points at one of these.
merged_events = Table(
    "merged_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(10), nullable=False),
    Column("day", Date),
    Column("mode", String(64)),
    Column("place_name", Text),
    Column("place_actor_id", Integer, ForeignKey("actors.id")),
    Column("lat", Float),
    Column("lon", Float),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("first_doc_id", String(64)),
    Column("added_at", DateTime, nullable=False),
    Index("ix_merged_type_day", "type", "day"),
)

merged_event_actors = Table(
    "merged_event_actors",
    metadata,
    Column("merged_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(6), primary_key=True),  # source | target
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Index("ix_mea_actor", "actor_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(64), nullable=False),
    Column("type", String(10), nullable=False),
    Column("mode", String(64)),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("place", String(64)),  # entity local id
    Column("place_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(64)),  # TIMEX3 value as extracted
    Column("day", Date),  # resolved calendar day: the date if it names one, else the publication day
    Column("modality", String(12), nullable=False),
    Column("merged_id", Integer, ForeignKey("merged_events.id"), index=True),
    Column("extra", Text),
    UniqueConstraint("doc_id", "local_id", name="uq_event_local"),
    Index("ix_events_type_day", "type", "day"),
    Index("ix_events_day", "day"),
    Index("ix_events_latlon", "lat", "lon"),
)

event_args = Table(
    "event_args",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(6), primary_key=True),  # source | target
    Column("idx", Integer, primary_key=True),
    Column("entity", String(64), nullable=False),  # entity local id
    Column("actor_id", Integer, ForeignKey("actors.id")),
    Index("ix_event_args_actor", "actor_id", "event_id"),
)

event_quantities = Table(
    "event_quantities",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("quantity", Integer, nullable=False),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)
