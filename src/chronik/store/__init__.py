"""The chronicle store: analysed documents in SQLite (default) or PostgreSQL, queried by the
CLI and the web UI through :class:`Store`.

The store never runs NLP; it takes :class:`chronik.document.Document` objects and keeps every
part of them with offsets, links entities to canonical actors across documents and merges
reports of the same real event (see :mod:`chronik.store.merge`). Every query is parametrised.

Example::

    from chronik.store import Store
    store = Store("sqlite:///chronik.db")
    store.add_document(doc)                     # False if a document with this text is stored
    store.events(actor="Macron", type="CONSULT", date_from="2024-01-01")
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from sqlalchemy import (
    Connection,
    Engine,
    LargeBinary,
    Text,
    and_,
    bindparam,
    cast,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError

from chronik.document import Document, Entity, Event, text_id
from chronik.store import schema as s
from chronik.store.merge import ActorInfo, EventInfo, event_day, merge_event, normalize_name, resolve_actor

DEFAULT_URL = "sqlite:///chronik.db"
_WORD = re.compile(r"\w+")
# SQLite page cache per connection (KiB). Writing a document of many MB (hundreds of thousands of
# rows in one transaction) would fill all of it, so it is capped at the smaller size meanwhile:
# one worker analysing and storing a 20 MB text must stay within its memory (docs/reliability.md).
CACHE_KIB = 65536
BIG_WRITE_CACHE_KIB = 8192
BIG_TEXT_CHARS = 1_000_000

__all__ = ["DEFAULT_URL", "Store", "normalize_url"]


def normalize_url(url: str) -> str:
    """Accept a bare file path or ``postgresql://`` and return a SQLAlchemy URL."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL: readers (the web UI) never block the ingest writer; NORMAL sync is durable in WAL
    # mode up to the last commit even after kill -9 (only a power cut may lose the last one).
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


def _date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def _extra(model: Any, drop: Sequence[str] = ()) -> str | None:
    extra = {k: v for k, v in (model.model_extra or {}).items() if k not in drop}
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


# contract fields of an event with no column of their own: kept in ``extra`` when not empty (an older row lacks them)
_EVENT_GROUPS = ("source_groups", "target_groups")


def _event_extra(ev: Event) -> str | None:
    """The event's extra fields and its described actors (unnamed people as written: output, not actors)."""
    extra = dict(ev.model_extra or {})
    for key in _EVENT_GROUPS:
        if groups := getattr(ev, key):
            extra[key] = [g.model_dump(mode="json") for g in groups]
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


def _event_groups(extra: str | None) -> dict[str, list[dict[str, Any]]]:
    """The described actors of a stored event row (empty lists where it has none)."""
    found = _json(extra)
    return {key: found.get(key) or [] for key in _EVENT_GROUPS}


def _fts_query(q: str) -> str:
    """User text → an FTS5 query of quoted terms (all must occur); no FTS syntax gets through."""
    terms = _WORD.findall(q)
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _actor_ids(actor: str | int) -> Any:
    """Actor ids for a filter: an id, or every actor with a spelling containing the text.
    Text with no letters or digits matches nobody (it would otherwise match everybody)."""
    if isinstance(actor, int) or str(actor).strip().isdigit():
        return [int(actor)]
    norm = normalize_name(str(actor))
    if not norm:
        return []
    return select(s.actor_names.c.actor_id).where(s.actor_names.c.name_norm.contains(norm, autoescape=True))


class EventFilters(TypedDict, total=False):
    """Filters of :meth:`Store.events` and :meth:`Store.count_events` (all optional, combined with AND)."""

    actor: str | int | None
    type: str | None
    mode: str | None
    modality: str | None
    date_from: date | str | None
    date_to: date | str | None
    place: str | None
    bbox: Sequence[float] | None


class Store:
    """A chronicle database. ``url``: SQLAlchemy URL (``sqlite:///chronik.db``,
    ``postgresql+psycopg://user:pw@host/db``) or a bare SQLite file path.
    The schema is created or upgraded (Alembic) on first use."""

    def __init__(self, url: str = DEFAULT_URL, *, migrate: bool = True) -> None:
        self.url = normalize_url(url)
        self.engine: Engine = create_engine(self.url, future=True)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            from chronik.store.migrate import upgrade

            upgrade(self.engine)

    def _newest(self, column: Any) -> Any:
        """Descending with unknown (NULL) last. SQLite sorts NULL lowest, so a plain DESC already
        does that and can walk the index; PostgreSQL needs the explicit NULLS LAST."""
        return column.desc() if self.dialect == "sqlite" else column.desc().nulls_last()

    def optimize(self) -> None:
        """Refresh the query planner's statistics (cheap; run after a large ingest)."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA optimize" if self.dialect == "sqlite" else "ANALYZE")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """True if a document with this id or this content hash is stored."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(s.documents.c.id).where(or_(s.documents.c.id == doc_id, s.documents.c.content_hash == doc_id))
            ).first()
        return row is not None

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The subset of these content hashes (sha256 of text) already stored."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), 500):
                chunk = list(hashes[i : i + 500])
                found.update(
                    conn.execute(select(s.documents.c.content_hash).where(s.documents.c.content_hash.in_(chunk)))
                    .scalars()
                    .all()
                )
        return found

    def add_document(self, doc: Document) -> bool:
        """Store one document atomically (one transaction, with its actor links and event
        merges). Returns False, storing nothing, when a document with this text is stored.
        Raises ValueError when its id is taken by a different text (e.g. a reused JSONL id)."""
        return self.add_parts(doc, [doc])

    def add_parts(self, head: Document, parts: Iterable[Document]) -> bool:
        """Store one document given in parts, like :meth:`add_document` (one transaction; the
        stored document equals the parts joined, :func:`chronik.chunks.join`): ``head`` gives the
        document's own fields and text, ``parts`` (e.g. :class:`chronik.chunks.Parts`) every list,
        with offsets into ``head.text`` and ids and indexes counted across the parts. ``parts``
        is read twice (entities and their spellings first, then the rows), so it must be a
        collection, not an iterator; only one part is held at a time."""
        if iter(parts) is parts:
            raise TypeError("parts must be re-iterable (a list or chronik.chunks.Parts), not an iterator")
        digest = text_id(head.text)
        big = self.dialect == "sqlite" and len(head.text) > BIG_TEXT_CHARS
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    select(s.documents.c.id, s.documents.c.content_hash).where(
                        or_(s.documents.c.id == head.id, s.documents.c.content_hash == digest)
                    )
                ).all()
                if any(row.content_hash == digest for row in exists):
                    return False
                if exists:
                    raise ValueError(f"document id {head.id!r} is already stored with a different text")
                if big:
                    conn.exec_driver_sql(f"PRAGMA cache_size=-{BIG_WRITE_CACHE_KIB}")
                try:
                    _insert_document(conn, head, parts, digest, self.dialect)
                finally:
                    if big:
                        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        except IntegrityError:
            # another writer stored the same document between our check and our insert
            if self.has_document(digest):
                return False
            raise
        return True

    def record_error(self, run_id: str, source: str, message: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(s.ingest_errors).values(run_id=run_id, source=source, message=message, at=datetime.now())
            )

    def errors(self, run_id: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Recorded ingest errors, newest first. Keys: run_id, source, message, at."""
        stmt = select(s.ingest_errors).order_by(s.ingest_errors.c.id.desc()).limit(limit)
        if run_id is not None:
            stmt = stmt.where(s.ingest_errors.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [
                {"run_id": r.run_id, "source": r.source, "message": r.message, "at": _iso(r.at)}
                for r in conn.execute(stmt)
            ]

    # --- reading documents -----------------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        """The stored document rebuilt in full (all facts, offsets, extras), or None.
        ``doc_id`` is the document id or its content hash (sha256 of the text)."""
        with self.engine.connect() as conn:
            return _load_document(conn, doc_id)

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        """Every stored document, in ingest order."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = (
                    conn.execute(
                        select(s.documents.c.id).where(s.documents.c.id > last).order_by(s.documents.c.id).limit(batch)
                    )
                    .scalars()
                    .all()
                )
                if not ids:
                    return
                for doc_id in ids:
                    doc = _load_document(conn, doc_id)
                    if doc is not None:
                        yield doc
            last = ids[-1]

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(s.documents)).scalar_one())

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Documents, newest publication first. Keys: id, title, published (ISO date or None),
        source, lang, n_words, n_events, ingested_at."""
        d = s.documents.c
        stmt = (
            select(d.id, d.title, d.published, d.source, d.lang, d.n_words, d.n_events, d.ingested_at)
            .order_by(self._newest(d.published), d.ingested_at.desc(), d.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.id,
                    "title": r.title,
                    "published": _iso(r.published),
                    "source": r.source,
                    "lang": r.lang,
                    "n_words": r.n_words,
                    "n_events": r.n_events,
                    "ingested_at": _iso(r.ingested_at),
                }
                for r in conn.execute(stmt)
            ]

    def search(self, q: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over document titles and texts (all words must occur), best first.
        Keys: doc_id, title, published, source, snippet (text around the hits, matches wrapped
        in ``[`` ``]``), rank (lower is better on SQLite, higher on PostgreSQL; order is already
        applied)."""
        if not _WORD.search(q or ""):
            return []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                rows = conn.execute(
                    text(
                        "SELECT d.id AS doc_id, d.title, d.published, d.source,"
                        " snippet(documents_fts, 1, '[', ']', ' … ', 24) AS snippet, bm25(documents_fts) AS rank"
                        " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
                        " WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
                    ),
                    {"q": _fts_query(q), "limit": limit, "offset": offset},
                )
            else:
                rows = conn.execute(
                    text(
                        "SELECT d.id AS doc_id, d.title, d.published, d.source,"
                        " ts_headline('german', d.text, websearch_to_tsquery('german', :q),"
                        " 'StartSel=[,StopSel=],MaxWords=30,MinWords=10') AS snippet,"
                        " ts_rank(to_tsvector('german', coalesce(d.title, '') || ' ' || d.text),"
                        " websearch_to_tsquery('german', :q)) AS rank"
                        " FROM documents d"
                        " WHERE to_tsvector('german', coalesce(d.title, '') || ' ' || d.text)"
                        " @@ websearch_to_tsquery('german', :q)"
                        " ORDER BY rank DESC LIMIT :limit OFFSET :offset"
                    ),
                    {"q": " ".join(_WORD.findall(q)), "limit": limit, "offset": offset},
                )
            return [
                {
                    "doc_id": r.doc_id,
                    "title": r.title,
                    "published": _iso(r.published),
                    "source": r.source,
                    "snippet": r.snippet,
                    "rank": float(r.rank),
                }
                for r in rows
            ]

    # --- events ----------------------------------------------------------------------------

    def events(
        self,
        limit: int = 100,
        offset: int = 0,
        merged_id: int | None = None,
        doc_id: str | None = None,
        **filters: Unpack[EventFilters],
    ) -> list[dict[str, Any]]:
        """Extracted events (one row per mention in an article), newest day first.

        Filters: ``actor`` (int: actor id; str: any spelling containing it, case-insensitive,
        as source or target), ``type`` (PLOVER type, e.g. CONSULT), ``mode``, ``modality``,
        ``date_from``/``date_to`` (inclusive, on the resolved day), ``place`` (place name
        containing it), ``bbox`` = (min_lon, min_lat, max_lon, max_lat), ``merged_id``, ``doc_id``.

        Keys: id (int), local_id (the id inside its document), merged_id, n_mentions and
        n_sources (of the merged event), doc_id, title, source, published, type, mode,
        modality, date (TIMEX3 value or None), day (resolved ISO day or None), trigger
        ([start, end]), trigger_text, sentence (index), sentence_span ([start, end]),
        sentence_text, place (entity id or None), place_name, lat, lon, source_actors and
        target_actors (lists of {entity, name, actor_id, actor}: the entity id and name in the
        document, the canonical actor id and name), source_groups and target_groups (the unnamed
        actors the text describes where a role has no entity: lists of {start, end, text}),
        quantities (indexes into the document's quantities)."""
        e = s.events.c
        conds = self._event_filters(**filters)
        if merged_id is not None:
            conds.append(e.merged_id == merged_id)
        if doc_id is not None:
            conds.append(e.doc_id == doc_id)
        return self._select_events(conds, [self._newest(e.day), e.id.desc()], limit, offset)

    def iter_events(self, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """Every event mention in id order (for exports); keys as :meth:`events`."""
        last = 0
        while True:
            rows = self._select_events([s.events.c.id > last], [s.events.c.id], batch, 0)
            if not rows:
                return
            yield from rows
            last = rows[-1]["id"]

    def _select_events(self, conds: list[Any], order: list[Any], limit: int, offset: int) -> list[dict[str, Any]]:
        e, d, st, m = s.events.c, s.documents.c, s.sentences.c, s.merged_events.c
        # Two steps in one statement: pick the page of ids on the narrow events table (indexes
        # on type/day serve filter and order), then join documents (with their text) for that
        # page only. Joining first made the database read every matching article's text.
        page = select(e.id).where(*conds).order_by(*order).limit(limit).offset(offset)
        stmt = (
            select(
                s.events,
                d.title,
                d.source.label("doc_source"),
                d.published,
                st.start.label("s_start"),
                st.end.label("s_end"),
                func.substr(d.text, st.start + 1, st.end - st.start).label("sentence_text"),
                func.substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start).label("trigger_text"),
                m.n_mentions,
                m.n_sources,
            )
            .select_from(
                s.events.join(s.documents, d.id == e.doc_id)
                .outerjoin(s.sentences, and_(st.doc_id == e.doc_id, st.idx == e.sentence))
                .outerjoin(s.merged_events, m.id == e.merged_id)
            )
            .where(e.id.in_(page.scalar_subquery()))
            .order_by(*order)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            args = self._event_args(conn, [r.id for r in rows])
            quants = self._event_quantities(conn, [r.id for r in rows])
        out = []
        for r in rows:
            out.append(
                {
                    "id": r.id,
                    "local_id": r.local_id,
                    "merged_id": r.merged_id,
                    "n_mentions": r.n_mentions,
                    "n_sources": r.n_sources,
                    "doc_id": r.doc_id,
                    "title": r.title,
                    "source": r.doc_source,
                    "published": _iso(r.published),
                    "type": r.type,
                    "mode": r.mode,
                    "modality": r.modality,
                    "date": r.date,
                    "day": _iso(r.day),
                    "trigger": [r.trigger_start, r.trigger_end],
                    "trigger_text": r.trigger_text,
                    "sentence": r.sentence,
                    "sentence_span": [r.s_start, r.s_end] if r.s_start is not None else None,
                    "sentence_text": r.sentence_text,
                    "place": r.place,
                    "place_name": r.place_name,
                    "lat": r.lat,
                    "lon": r.lon,
                    "source_actors": args.get((r.id, "source"), []),
                    "target_actors": args.get((r.id, "target"), []),
                    **_event_groups(r.extra),
                    "quantities": quants.get(r.id, []),
                }
            )
        return out

    def count_events(self, **filters: Unpack[EventFilters]) -> int:
        """Number of event mentions matching the filters of :meth:`events` (no limit)."""
        stmt = select(func.count()).select_from(s.events)
        for cond in self._event_filters(**filters):
            stmt = stmt.where(cond)
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    @staticmethod
    def _event_filters(**filters: Unpack[EventFilters]) -> list[Any]:
        e = s.events.c
        conds: list[Any] = []
        actor, type, mode, modality = (filters.get(k) for k in ("actor", "type", "mode", "modality"))
        date_from, date_to, place, bbox = (filters.get(k) for k in ("date_from", "date_to", "place", "bbox"))
        if actor is not None and actor != "":
            conds.append(
                e.id.in_(select(s.event_args.c.event_id).where(s.event_args.c.actor_id.in_(_actor_ids(actor))))
            )
        if type:
            conds.append(e.type == type.upper())
        if mode:
            conds.append(e.mode == mode)
        if modality:
            conds.append(e.modality == modality)
        if date_from:
            conds.append(e.day >= _date(date_from))
        if date_to:
            conds.append(e.day <= _date(date_to))
        if place:
            conds.append(func.lower(e.place_name).contains(place.casefold(), autoescape=True))
        if bbox is not None:
            min_lon, min_lat, max_lon, max_lat = (float(x) for x in bbox)
            conds += [e.lat >= min_lat, e.lat <= max_lat, e.lon >= min_lon, e.lon <= max_lon]
        return conds

    @staticmethod
    def _event_args(conn: Connection, ids: list[int]) -> dict[tuple[int, str], list[dict[str, Any]]]:
        out: dict[tuple[int, str], list[dict[str, Any]]] = {}
        if not ids:
            return out
        a, en, ac = s.event_args.c, s.entities.c, s.actors.c
        rows = conn.execute(
            select(a.event_id, a.role, a.idx, a.entity, a.actor_id, en.name, ac.name.label("actor"))
            .select_from(
                s.event_args.join(s.events, s.events.c.id == a.event_id)
                .outerjoin(s.entities, and_(en.doc_id == s.events.c.doc_id, en.local_id == a.entity))
                .outerjoin(s.actors, ac.id == a.actor_id)
            )
            .where(a.event_id.in_(ids))
            .order_by(a.event_id, a.role, a.idx)
        )
        for r in rows:
            out.setdefault((r.event_id, r.role), []).append(
                {"entity": r.entity, "name": r.name, "actor_id": r.actor_id, "actor": r.actor}
            )
        return out

    @staticmethod
    def _event_quantities(conn: Connection, ids: list[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        if ids:
            q = s.event_quantities.c
            stmt = select(q.event_id, q.quantity).where(q.event_id.in_(ids)).order_by(q.event_id, q.idx)
            for r in conn.execute(stmt):
                out.setdefault(r.event_id, []).append(r.quantity)
        return out

    def merged_events(
        self,
        actor: str | int | None = None,
        type: str | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Real-world events (reports merged across articles), newest first. Keys: id, type,
        mode, day, place_name, place_actor_id, lat, lon, n_mentions, n_sources, first_doc_id,
        source_actors and target_actors (lists of {actor_id, name, country}), source_groups and
        target_groups (the described actors of its mentions, {text, n_mentions}, for a role without actor)."""
        m = s.merged_events.c
        stmt = select(s.merged_events).order_by(self._newest(m.day), m.id.desc()).limit(limit).offset(offset)
        if actor:
            ids = _actor_ids(actor)
            stmt = stmt.where(
                m.id.in_(select(s.merged_event_actors.c.merged_id).where(s.merged_event_actors.c.actor_id.in_(ids)))
            )
        if type:
            stmt = stmt.where(m.type == type.upper())
        if date_from:
            stmt = stmt.where(m.day >= _date(date_from))
        if date_to:
            stmt = stmt.where(m.day <= _date(date_to))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            roles = self._merged_actors(conn, [r.id for r in rows])
            roles.update(self._merged_groups(conn, [r.id for r in rows]))
        return [_merged_row(r, roles) for r in rows]

    def iter_merged_events(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """All merged events in id order (for exports); keys as :meth:`merged_events` plus
        source_url (first source's URL or path) and added_at."""
        last = 0
        m = s.merged_events.c
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(s.merged_events, s.documents.c.source.label("source_url"))
                    .outerjoin(s.documents, s.documents.c.id == m.first_doc_id)
                    .where(m.id > last)
                    .order_by(m.id)
                    .limit(batch)
                ).all()
                if not rows:
                    return
                roles = self._merged_actors(conn, [r.id for r in rows])
                roles.update(self._merged_groups(conn, [r.id for r in rows]))
            for r in rows:
                yield _merged_row(r, roles, source_url=r.source_url, added_at=_iso(r.added_at))
            last = rows[-1].id

    @staticmethod
    def _merged_actors(conn: Connection, ids: list[int]) -> dict[tuple[int, str], list[dict[str, Any]]]:
        out: dict[tuple[int, str], list[dict[str, Any]]] = {}
        if not ids:
            return out
        mea, ac = s.merged_event_actors.c, s.actors.c
        rows = conn.execute(
            select(mea.merged_id, mea.role, ac.id, ac.name, ac.country, ac.label)
            .join(s.actors, ac.id == mea.actor_id)
            .where(mea.merged_id.in_(ids))
            .order_by(mea.merged_id, mea.role, ac.id)
        )
        for r in rows:
            out.setdefault((r.merged_id, r.role), []).append(
                {"actor_id": r.id, "name": r.name, "country": r.country, "label": r.label}
            )
        return out

    @staticmethod
    def _merged_groups(conn: Connection, ids: list[int]) -> dict[tuple[int, str], list[dict[str, Any]]]:
        """The described actors of the merged events' mentions, keyed (merged id, "source_groups" or
        "target_groups"): each text once, ``{"text", "n_mentions"}`` in order of first mention (offsets
        are per article, so a merged event keeps the words only)."""
        out: dict[tuple[int, str], list[dict[str, Any]]] = {}
        if not ids:
            return out
        e = s.events.c
        rows = conn.execute(
            select(e.merged_id, e.extra).where(e.merged_id.in_(ids), e.extra.is_not(None)).order_by(e.merged_id, e.id)
        )
        for r in rows:
            for key, groups in _event_groups(r.extra).items():
                found = out.setdefault((r.merged_id, key), [])
                for g in groups:
                    same = next((f for f in found if f["text"] == g.get("text")), None)
                    if same is None:
                        found.append({"text": g.get("text"), "n_mentions": 1})
                    else:
                        same["n_mentions"] += 1
        return out

    # --- actors, quotes, places, stats ------------------------------------------------------

    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Canonical actors, most documents first; ``q`` matches any spelling (substring,
        case-insensitive). Keys: id, name, label (PER/ORG/LOC/MISC), country, n_docs,
        n_events (as source or target), lat, lon."""
        ac = s.actors.c
        n_events = (
            select(func.count(func.distinct(s.event_args.c.event_id)))
            .where(s.event_args.c.actor_id == ac.id)
            .scalar_subquery()
        )
        stmt = (
            select(s.actors, n_events.label("n_events")).order_by(ac.n_docs.desc(), ac.name).limit(limit).offset(offset)
        )
        if q:
            stmt = stmt.where(ac.id.in_(_actor_ids(q)))
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.id,
                    "name": r.name,
                    "label": r.label,
                    "country": r.country,
                    "n_docs": r.n_docs,
                    "n_events": r.n_events,
                    "lat": r.lat,
                    "lon": r.lon,
                }
                for r in conn.execute(stmt)
            ]

    def actor(self, actor_id: int) -> dict[str, Any] | None:
        """One actor in full, or None. Keys: id, name, label, country, n_docs, lat, lon,
        names (list of {name, count}: every spelling seen), roles (distinct role strings of its
        entities, e.g. "Bundeskanzler"), countries (distinct countries of its entities),
        documents (list of doc ids, up to 200), events (as :meth:`events`, up to 100),
        quotes (as :meth:`quotes`, up to 100)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(s.actors).where(s.actors.c.id == int(actor_id))).first()
            if row is None:
                return None
            names = [
                {"name": r.name, "count": r.count}
                for r in conn.execute(
                    select(s.actor_names.c.name, s.actor_names.c.count)
                    .where(s.actor_names.c.actor_id == row.id)
                    .order_by(s.actor_names.c.count.desc(), s.actor_names.c.name)
                )
            ]
            ents = conn.execute(
                select(s.entities.c.roles, s.entities.c.country, s.entities.c.doc_id).where(
                    s.entities.c.actor_id == row.id
                )
            ).all()
        roles: list[str] = []
        for r in ents:
            for role in json.loads(r.roles or "[]"):
                if role not in roles:
                    roles.append(role)
        return {
            "id": row.id,
            "name": row.name,
            "label": row.label,
            "country": row.country,
            "n_docs": row.n_docs,
            "lat": row.lat,
            "lon": row.lon,
            "names": names,
            "roles": roles,
            "countries": sorted({r.country for r in ents if r.country}),
            "documents": sorted({r.doc_id for r in ents})[:200],
            "events": self.events(actor=int(row.id), limit=100),
            "quotes": self.quotes(speaker=int(row.id), limit=100),
        }

    def quotes(
        self, speaker: str | int | None = None, q: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Quotes, newest document first. ``speaker``: actor id (int) or a spelling (substring);
        ``q``: words that must occur in the quote (full-text). Keys: id, doc_id, idx, title,
        published, start, end, text, kind, speaker (entity id), speaker_text, speaker_name
        (canonical actor name), actor_id, cue ([start, end] or None)."""
        qt, d, ac = s.quotes.c, s.documents.c, s.actors.c
        stmt = (
            select(s.quotes, d.title, d.published, ac.name.label("speaker_name"))
            .select_from(s.quotes.join(s.documents, d.id == qt.doc_id).outerjoin(s.actors, ac.id == qt.actor_id))
            .order_by(self._newest(d.published), qt.id.desc())
            .limit(limit)
            .offset(offset)
        )
        if speaker is not None and speaker != "":
            if isinstance(speaker, int) or str(speaker).isdigit():
                stmt = stmt.where(qt.actor_id == int(speaker))
            else:
                stmt = stmt.where(
                    or_(
                        qt.actor_id.in_(_actor_ids(speaker)),
                        func.lower(qt.speaker_text).contains(str(speaker).casefold(), autoescape=True),
                    )
                    if normalize_name(str(speaker))
                    else qt.id.in_([])
                )
        if q and _WORD.search(q):
            if self.dialect == "sqlite":
                hits = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :fq").bindparams(fq=_fts_query(q))
                stmt = stmt.where(qt.id.in_(hits))
            else:
                stmt = stmt.where(func.to_tsvector("german", qt.text).op("@@")(func.websearch_to_tsquery("german", q)))
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.id,
                    "doc_id": r.doc_id,
                    "idx": r.idx,
                    "title": r.title,
                    "published": _iso(r.published),
                    "start": r.start,
                    "end": r.end,
                    "text": r.text,
                    "kind": r.kind,
                    "speaker": r.speaker,
                    "speaker_text": r.speaker_text,
                    "speaker_name": r.speaker_name,
                    "actor_id": r.actor_id,
                    "cue": [r.cue_start, r.cue_end] if r.cue_start is not None else None,
                }
                for r in conn.execute(stmt)
            ]

    def places(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Places where events happened, most events first. Keys: name, lat, lon (None if not
        geocoded), n_events (mentions), n_merged (distinct real events)."""
        e = s.events.c
        stmt = (
            select(
                e.place_name,
                e.lat,
                e.lon,
                func.count().label("n"),
                func.count(func.distinct(e.merged_id)).label("n_merged"),
            )
            .where(e.place_name.is_not(None))
            .group_by(e.place_name, e.lat, e.lon)
            .order_by(func.count().desc(), e.place_name)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [
                {"name": r.place_name, "lat": r.lat, "lon": r.lon, "n_events": r.n, "n_merged": r.n_merged}
                for r in conn.execute(stmt)
            ]

    def stats(self) -> dict[str, Any]:
        """Overview. Keys: documents, words, events (mentions), merged_events, actors, quotes,
        errors (counts); per_day (list of {day, n}, ascending, resolved event day);
        per_type (list of {type, n}, most first)."""
        e = s.events.c
        with self.engine.connect() as conn:

            def count(table: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

            per_day = [
                {"day": _iso(r.day), "n": r.n}
                for r in conn.execute(
                    select(e.day, func.count().label("n")).where(e.day.is_not(None)).group_by(e.day).order_by(e.day)
                )
            ]
            per_type = [
                {"type": r.type, "n": r.n}
                for r in conn.execute(
                    select(e.type, func.count().label("n")).group_by(e.type).order_by(func.count().desc(), e.type)
                )
            ]
            words = conn.execute(select(func.coalesce(func.sum(s.documents.c.n_words), 0))).scalar_one()
            return {
                "documents": count(s.documents),
                "words": int(words),
                "events": count(s.events),
                "merged_events": count(s.merged_events),
                "actors": count(s.actors),
                "quotes": count(s.quotes),
                "errors": count(s.ingest_errors),
                "per_day": per_day,
                "per_type": per_type,
            }

    def delete_document(self, doc_id: str) -> bool:
        """Remove one document and its facts (merged events keep their other mentions)."""
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                _fts_delete(conn, doc_id)
            ids = select(s.events.c.id).where(s.events.c.doc_id == doc_id)
            conn.execute(delete(s.event_args).where(s.event_args.c.event_id.in_(ids)))
            conn.execute(delete(s.event_quantities).where(s.event_quantities.c.event_id.in_(ids)))
            conn.execute(delete(s.events).where(s.events.c.doc_id == doc_id))
            ents = select(s.entities.c.id).where(s.entities.c.doc_id == doc_id)
            conn.execute(delete(s.mentions).where(s.mentions.c.entity_id.in_(ents)))
            for table in (s.entities, s.quotes, s.timexes, s.quantities, s.sentences):
                conn.execute(delete(table).where(table.c.doc_id == doc_id))
            return conn.execute(delete(s.documents).where(s.documents.c.id == doc_id)).rowcount > 0


# --- insert / load helpers ------------------------------------------------------------------


def _fts_delete(conn: Connection, doc_id: str) -> None:
    conn.execute(
        text(
            "INSERT INTO documents_fts(documents_fts, rowid, title, text)"
            " SELECT 'delete', rowid, title, text FROM documents WHERE id = :id"
        ),
        {"id": doc_id},
    )
    conn.execute(
        text(
            "INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_text)"
            " SELECT 'delete', id, text, speaker_text FROM quotes WHERE doc_id = :id"
        ),
        {"id": doc_id},
    )


_INS = {t.name: insert(t) for t in s.metadata.sorted_tables}
_LOCAL_IDS = {
    name: select(t.c.local_id, t.c.id).where(t.c.doc_id == bindparam("doc"))
    for name, t in (("entities", s.entities), ("events", s.events))
}
_INSERT_BIG_DOCUMENT = insert(s.documents).values(text=cast(bindparam("text", type_=LargeBinary), Text))
_EVENT_IDS = _LOCAL_IDS["events"].where(s.events.c.local_id.in_(bindparam("ids", expanding=True)))
_FTS_DOC = text("INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents WHERE id = :id")
_FTS_QUOTES = text(
    "INSERT INTO quotes_fts(rowid, text, speaker_text) SELECT id, text, speaker_text FROM quotes WHERE doc_id = :id"
)


def _geo_fields(ent: Any) -> dict[str, Any]:
    geo = ent.geo
    if geo is None:
        return {"lat": None, "lon": None, "geonameid": None, "geo_kind": None, "precision_km": None}
    return {
        "lat": geo.lat,
        "lon": geo.lon,
        "geonameid": geo.geonameid,
        "geo_kind": geo.kind,
        "precision_km": geo.precision_km,
    }


def count_words(text: str) -> int:
    """Words (``\\w+`` runs) in ``text``, counted without a list of them (a 20 MB text has 3 million)."""
    return sum(1 for _ in _WORD.finditer(text))


class _Outline:
    """What the first pass over a document's parts learns: every entity (first occurrence, without
    mentions) with its roles and spellings over all parts, the warnings and the number of events."""

    def __init__(self, text: str, parts: Iterable[Document]) -> None:
        self.entities: dict[str, Entity] = {}
        self.spellings: dict[str, set[str]] = {}
        self.warnings: list[str] = []
        self.n_events = 0
        n = len(text)
        for part in parts:
            for ent in part.entities:
                known = self.entities.get(ent.id)
                if known is None:
                    known = self.entities[ent.id] = ent.model_copy(update={"mentions": [], "roles": list(ent.roles)})
                    self.spellings[ent.id] = set()
                else:
                    known.roles.extend(r for r in ent.roles if r not in known.roles)
                self.spellings[ent.id].update(text[a:b] for a, b in ent.mentions if 0 <= a < b <= n)
            self.warnings.extend(part.warnings)
            self.n_events += len(part.events)


def _insert_document(conn: Connection, head: Document, parts: Iterable[Document], digest: str, dialect: str) -> None:
    """All rows of one document, in the caller's transaction (see :meth:`Store.add_parts`). Rows
    go in bulk (one statement per table and part); only actor resolution and event merging are
    per item, as they read the store. Actors are resolved before any part's rows are written,
    from the spellings of all parts, so a document stored in parts equals the one-piece one."""
    outline = _Outline(head.text, parts)
    # sqlite3 binds a str through its UTF-8 form, which then stays cached in the str for as long as
    # the text lives; a big text goes as UTF-8 bytes (freed after the statement), cast back to TEXT
    as_bytes = dialect == "sqlite" and len(head.text) > BIG_TEXT_CHARS
    conn.execute(
        _INSERT_BIG_DOCUMENT if as_bytes else _INS["documents"],
        {
            "id": head.id,
            "content_hash": digest,
            "lang": head.lang,
            "title": head.title,
            "published": head.published,
            "source": head.source,
            "text": head.text.encode() if as_bytes else head.text,
            "n_words": count_words(head.text),
            "n_events": outline.n_events,
            "warnings": json.dumps(outline.warnings, ensure_ascii=False),
            "extra": _extra(head),
            "ingested_at": datetime.now(),
        },
    )
    actor_of: dict[str, int] = {}
    entity_rows = []
    for ent in outline.entities.values():
        geo = _geo_fields(ent)
        actor_of[ent.id] = resolve_actor(
            conn,
            ActorInfo(
                name=ent.name,
                label=ent.label,
                country=ent.country,
                spellings=outline.spellings[ent.id],
                lat=geo["lat"],
                lon=geo["lon"],
                geonameid=geo["geonameid"],
            ),
        )
        extra = None
        if ent.model_extra or (ent.geo is not None and ent.geo.model_extra):
            extra = json.dumps(
                {"entity": ent.model_extra or {}, "geo": (ent.geo.model_extra or {}) if ent.geo else {}},
                ensure_ascii=False,
                default=str,
            )
        entity_rows.append(
            {
                "doc_id": head.id,
                "local_id": ent.id,
                "label": ent.label,
                "name": ent.name,
                "country": ent.country,
                "roles": json.dumps(ent.roles, ensure_ascii=False),
                "actor_id": actor_of[ent.id],
                "extra": extra,
                **geo,
            }
        )
    pk: dict[str, int] = {}
    if entity_rows:
        conn.execute(_INS["entities"], entity_rows)
        pk = {r.local_id: r.id for r in conn.execute(_LOCAL_IDS["entities"], {"doc": head.id})}
    rows = _RowCounter()
    places = {
        e.id: (e.name, e.geo.lat if e.geo else None, e.geo.lon if e.geo else None) for e in outline.entities.values()
    }
    doc_merged: set[int] = set()
    for part in parts:
        _insert_part(conn, head, part, rows, pk, actor_of, places, doc_merged)
    if dialect == "sqlite":
        # external-content FTS5 tables are filled explicitly, in the same transaction
        conn.execute(_FTS_DOC, {"id": head.id})
        if rows.next["quotes"]:
            conn.execute(_FTS_QUOTES, {"id": head.id})


class _RowCounter:
    """Per table, the ``idx`` the next row of this document gets (per entity for mentions)."""

    def __init__(self) -> None:
        self.next: dict[str, int] = {"sentences": 0, "timexes": 0, "quantities": 0, "quotes": 0}
        self.mentions: dict[str, int] = {}

    def take(self, table: str, n: int) -> int:
        first = self.next[table]
        self.next[table] = first + n
        return first


def _insert_part(
    conn: Connection,
    head: Document,
    part: Document,
    rows: _RowCounter,
    pk: dict[str, int],
    actor_of: dict[str, int],
    places: dict[str, tuple[str, float | None, float | None]],
    doc_merged: set[int],
) -> None:
    """The rows of one part: sentences, mentions, timexes, quantities, quotes and events."""
    if part.sentences:
        first = rows.take("sentences", len(part.sentences))
        conn.execute(
            _INS["sentences"],
            [{"doc_id": head.id, "idx": first + i, "start": a, "end": b} for i, (a, b) in enumerate(part.sentences)],
        )
    mention_rows = []
    for ent in part.entities:
        first = rows.mentions.get(ent.id, 0)
        rows.mentions[ent.id] = first + len(ent.mentions)
        mention_rows.extend(
            {"entity_id": pk[ent.id], "idx": first + i, "start": a, "end": b, "text": head.text[a:b]}
            for i, (a, b) in enumerate(ent.mentions)
        )
    if mention_rows:
        conn.execute(_INS["mentions"], mention_rows)
    _insert_spans(conn, "timexes", head, part.timexes, ("type", "value", "anchor"), first=rows)
    _insert_spans(conn, "quantities", head, part.quantities, ("kind", "value", "unit", "counted"), first=rows)
    _insert_spans(
        conn,
        "quotes",
        head,
        part.quotes,
        ("kind", "speaker", "speaker_text"),
        lambda q: {
            "actor_id": actor_of.get(q.speaker) if q.speaker else None,
            "cue_start": q.cue[0] if q.cue else None,
            "cue_end": q.cue[1] if q.cue else None,
        },
        first=rows,
    )
    _insert_events(conn, head, part, actor_of, places, doc_merged)


def _merged_row(r: Any, roles: dict[tuple[int, str], list[dict[str, Any]]], **more: Any) -> dict[str, Any]:
    """One merged event as returned by :meth:`Store.merged_events` (plus ``more`` keys for exports)."""
    return {
        "id": r.id,
        "type": r.type,
        "mode": r.mode,
        "day": _iso(r.day),
        "place_name": r.place_name,
        "place_actor_id": r.place_actor_id,
        "lat": r.lat,
        "lon": r.lon,
        "n_mentions": r.n_mentions,
        "n_sources": r.n_sources,
        "first_doc_id": r.first_doc_id,
        **more,
        "source_actors": roles.get((r.id, "source"), []),
        "target_actors": roles.get((r.id, "target"), []),
        # the unnamed people its mentions describe, for a role no mention names an actor for (as an event's)
        "source_groups": [] if roles.get((r.id, "source")) else roles.get((r.id, "source_groups"), []),
        "target_groups": [] if roles.get((r.id, "target")) else roles.get((r.id, "target_groups"), []),
    }


def _insert_spans(
    conn: Connection,
    table: str,
    doc: Document,
    items: Sequence[Any],
    fields: Sequence[str],
    more: Callable[[Any], dict[str, Any]] | None = None,
    *,
    first: _RowCounter,
) -> None:
    """Rows for a list of span objects (timexes, quantities, quotes): position in the document,
    offsets, text, the named fields, anything ``more`` adds, and the object's extra fields."""
    if not items:
        return
    start = first.take(table, len(items))
    rows = [
        {
            "doc_id": doc.id,
            "idx": start + i,
            "start": item.start,
            "end": item.end,
            "text": item.text,
            **{name: getattr(item, name) for name in fields},
            **(more(item) if more else {}),
            "extra": _extra(item),
        }
        for i, item in enumerate(items)
    ]
    conn.execute(_INS[table], rows)


def _insert_events(
    conn: Connection,
    doc: Document,
    part: Document,
    actor_of: dict[str, int],
    places: dict[str, tuple[str, float | None, float | None]],
    doc_merged: set[int],
) -> None:
    """One part's events (``doc`` is the head): merged across documents, with their arguments."""
    if not part.events:
        return
    rows = []
    for ev in part.events:
        roles = {("source", actor_of[x]) for x in ev.source if x in actor_of}
        roles |= {("target", actor_of[x]) for x in ev.target if x in actor_of}
        place_name, lat, lon = places.get(ev.place, (None, None, None)) if ev.place else (None, None, None)
        day = event_day(ev.date, doc.published)
        merged_id = merge_event(
            conn,
            EventInfo(
                type=ev.type,
                day=day,
                doc_id=doc.id,
                mode=ev.mode,
                roles=roles,
                place_actor_id=actor_of.get(ev.place) if ev.place else None,
                place_name=place_name,
                lat=lat,
                lon=lon,
                doc_merged=doc_merged,
            ),
        )
        rows.append(
            {
                "doc_id": doc.id,
                "local_id": ev.id,
                "type": ev.type,
                "mode": ev.mode,
                "trigger_start": ev.trigger[0],
                "trigger_end": ev.trigger[1],
                "sentence": ev.sentence,
                "place": ev.place,
                "place_name": place_name,
                "lat": lat,
                "lon": lon,
                "date": ev.date,
                "day": day,
                "modality": ev.modality,
                "merged_id": merged_id,
                "extra": _event_extra(ev),
            }
        )
    conn.execute(_INS["events"], rows)
    pk: dict[str, int] = {}
    local_ids = [ev.id for ev in part.events]
    for i in range(0, len(local_ids), 500):
        found = conn.execute(_EVENT_IDS, {"doc": doc.id, "ids": local_ids[i : i + 500]})
        pk.update({r.local_id: r.id for r in found})
    arg_rows = [
        {"event_id": pk[ev.id], "role": role, "idx": i, "entity": x, "actor_id": actor_of.get(x)}
        for ev in part.events
        for role, ids in (("source", ev.source), ("target", ev.target))
        for i, x in enumerate(ids)
    ]
    if arg_rows:
        conn.execute(_INS["event_args"], arg_rows)
    q_rows = [
        {"event_id": pk[ev.id], "idx": i, "quantity": q} for ev in part.events for i, q in enumerate(ev.quantities)
    ]
    if q_rows:
        conn.execute(_INS["event_quantities"], q_rows)


def _json(value: str | None) -> dict[str, Any]:
    return json.loads(value) if value else {}


def _load_spans(
    conn: Connection,
    table: Any,
    doc_id: str,
    fields: Sequence[str],
    more: Callable[[Any], dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The span objects of one table (the inverse of :func:`_insert_spans`), in document order."""
    rows = conn.execute(select(table).where(table.c.doc_id == doc_id).order_by(table.c.idx))
    return [
        {
            "start": r.start,
            "end": r.end,
            "text": r.text,
            **{name: getattr(r, name) for name in fields},
            **(more(r) if more else {}),
            **_json(r.extra),
        }
        for r in rows
    ]


def _load_document(conn: Connection, doc_id: str) -> Document | None:
    d = conn.execute(select(s.documents).where(s.documents.c.id == doc_id)).first()
    if d is None:  # a JSONL id may differ from the content hash; both find the document
        d = conn.execute(select(s.documents).where(s.documents.c.content_hash == doc_id)).first()
    if d is None:
        return None
    doc_id = d.id
    sents = conn.execute(
        select(s.sentences.c.start, s.sentences.c.end).where(s.sentences.c.doc_id == doc_id).order_by(s.sentences.c.idx)
    ).all()
    ent_rows = conn.execute(select(s.entities).where(s.entities.c.doc_id == doc_id).order_by(s.entities.c.id)).all()
    mention_rows = conn.execute(
        select(s.mentions)
        .where(s.mentions.c.entity_id.in_([r.id for r in ent_rows]))
        .order_by(s.mentions.c.entity_id, s.mentions.c.idx)
    ).all()
    spans: dict[int, list[list[int]]] = {}
    for m in mention_rows:
        spans.setdefault(m.entity_id, []).append([m.start, m.end])
    entities = []
    for r in ent_rows:
        extra = _json(r.extra)
        geo = None
        if r.lat is not None:
            geo = {
                "lat": r.lat,
                "lon": r.lon,
                "geonameid": r.geonameid,
                "kind": r.geo_kind,
                "precision_km": r.precision_km,
                **extra.get("geo", {}),
            }
        entities.append(
            {
                "id": r.local_id,
                "label": r.label,
                "name": r.name,
                "country": r.country,
                "roles": json.loads(r.roles or "[]"),
                "mentions": spans.get(r.id, []),
                "geo": geo,
                **extra.get("entity", {}),
            }
        )
    timexes = _load_spans(conn, s.timexes, doc_id, ("type", "value", "anchor"))
    quantities = _load_spans(conn, s.quantities, doc_id, ("kind", "value", "unit", "counted"))
    quotes = _load_spans(
        conn,
        s.quotes,
        doc_id,
        ("kind", "speaker", "speaker_text"),
        lambda r: {"cue": [r.cue_start, r.cue_end] if r.cue_start is not None else None},
    )
    ev_rows = conn.execute(select(s.events).where(s.events.c.doc_id == doc_id).order_by(s.events.c.id)).all()
    ids = [r.id for r in ev_rows]
    args = Store._event_args(conn, ids)
    quants = Store._event_quantities(conn, ids)
    events = [
        {
            "id": r.local_id,
            "type": r.type,
            "mode": r.mode,
            "trigger": [r.trigger_start, r.trigger_end],
            "sentence": r.sentence,
            "source": [a["entity"] for a in args.get((r.id, "source"), [])],
            "target": [a["entity"] for a in args.get((r.id, "target"), [])],
            "place": r.place,
            "date": r.date,
            "modality": r.modality,
            "quantities": quants.get(r.id, []),
            **_json(r.extra),
        }
        for r in ev_rows
    ]
    return Document.model_validate(
        {
            "schema": _json(d.extra).pop("schema", None) or "chronik/1",
            "id": d.id,
            "lang": d.lang,
            "title": d.title,
            "published": d.published,
            "source": d.source,
            "text": d.text,
            "sentences": [[a, b] for a, b in sents],
            "entities": entities,
            "timexes": timexes,
            "quantities": quantities,
            "quotes": quotes,
            "events": events,
            "warnings": json.loads(d.warnings or "[]"),
            **{k: v for k, v in _json(d.extra).items() if k != "schema"},
        }
    )
