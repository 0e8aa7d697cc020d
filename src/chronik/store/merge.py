"""Across documents: canonical actors and merged events.

Actors: an entity becomes the actor with the same normalised name, label and country; failing
that, the single actor already known under one of its spellings; failing that (persons only),
the single actor whose surname it is ("Trump" → "Donald Trump") or whose full name extends it.
Ambiguity (two candidates) never links: a wrong merge is worse than a duplicate.

Events: an extracted event joins an existing merged event of the same type when the days are
at most one apart, at least one actor (source or target) is shared, and the places, where both
are known, are within :data:`PLACE_KM` of each other. Otherwise it starts a new merged event.
Both run inside the caller's transaction, so one document's merge commits with the document.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from chronik.store.schema import actor_names, actors, events, merged_event_actors, merged_events

PLACE_KM = 100.0
DAY_WINDOW = 1
_PUNCT = re.compile(r"[^\w\s'-]+")
_SPACE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """Case-, accent-width- and punctuation-insensitive key; keeps umlauts (Müller ≠ Muller)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()[:300]


def _surname(name_norm: str, label: str) -> str | None:
    parts = name_norm.split(" ")
    return parts[-1] if label == "PER" and len(parts) > 1 else None


def _country_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@dataclass
class ActorInfo:
    name: str
    label: str
    country: str | None = None
    spellings: set[str] = field(default_factory=set)
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


# Statements are built once with bound parameters: building SQLAlchemy constructs per call
# cost more than running them (an article has dozens of entities).
_A = actors.c
_N = actor_names.c
_EXACT = select(_A.id).where(_A.name_norm == bindparam("norm"), _A.label == bindparam("label"))
_EXACT_COUNTRY = _EXACT.where(_A.country == bindparam("country")).limit(1)
_EXACT_NO_COUNTRY = _EXACT.where(_A.country.is_(None)).limit(1)
_BY_SPELLING = (
    select(_A.id, _A.country)
    .join(actor_names, _N.actor_id == _A.id)
    .where(_N.name_norm.in_(bindparam("norms", expanding=True)), _A.label == bindparam("label"))
)
_BY_SURNAME = select(_A.id, _A.country).where(_A.surname_norm == bindparam("norm"), _A.label == "PER")
_SURNAME_ONLY = select(_A.id, _A.country).where(
    _A.name_norm == bindparam("norm"), _A.label == "PER", _A.surname_norm.is_(None)
)
_ACTOR_ROW = select(actors).where(_A.id == bindparam("id"))
_INSERT_ACTOR = insert(actors)
_KNOWN_SPELLINGS = select(_N.name_norm).where(
    _N.actor_id == bindparam("id"), _N.name_norm.in_(bindparam("norms", expanding=True))
)
_COUNT_SPELLINGS = (
    update(actor_names)
    .where(_N.actor_id == bindparam("id"), _N.name_norm.in_(bindparam("norms", expanding=True)))
    .values(count=_N.count + 1)
)
_INSERT_SPELLING = insert(actor_names)


def _unique(conn: Connection, stmt: Any, params: dict[str, Any], info: ActorInfo) -> int | None:
    ids = {row.id for row in conn.execute(stmt, params) if _country_ok(row.country, info.country)}
    return ids.pop() if len(ids) == 1 else None


def find_actor(conn: Connection, info: ActorInfo) -> int | None:
    """The existing actor this entity is, or None (rules in the module docstring)."""
    norm = normalize_name(info.name)
    if info.country is not None:
        row = conn.execute(_EXACT_COUNTRY, {"norm": norm, "label": info.label, "country": info.country}).first()
    else:
        row = conn.execute(_EXACT_NO_COUNTRY, {"norm": norm, "label": info.label}).first()
    if row is not None:
        return int(row.id)
    norms = sorted({norm} | {normalize_name(s) for s in info.spellings} - {""})
    found = _unique(conn, _BY_SPELLING, {"norms": norms, "label": info.label}, info)
    if found is not None or info.label != "PER":
        return found
    surname = _surname(norm, "PER")
    if surname is None:  # a bare surname: the one person known by it
        return _unique(conn, _BY_SURNAME, {"norm": norm}, info)
    # a full name: the one person known only by its surname so far
    return _unique(conn, _SURNAME_ONLY, {"norm": surname}, info)


def _add_spellings(conn: Connection, actor_id: int, spellings: set[str], new_actor: bool) -> None:
    by_norm: dict[str, str] = {}
    for s in sorted(spellings):
        n = normalize_name(s)
        if n:
            by_norm.setdefault(n, s.strip())
    if not by_norm:
        return
    known: set[str] = set()
    if not new_actor:
        known = set(conn.execute(_KNOWN_SPELLINGS, {"id": actor_id, "norms": list(by_norm)}).scalars())
    if known:
        conn.execute(_COUNT_SPELLINGS, {"id": actor_id, "norms": sorted(known)})
    new = [{"actor_id": actor_id, "name_norm": n, "name": s, "count": 1} for n, s in by_norm.items() if n not in known]
    if new:
        conn.execute(_INSERT_SPELLING, new)


def resolve_actor(conn: Connection, info: ActorInfo) -> int:
    """Find or create the canonical actor for one document entity; records its spellings."""
    info.spellings.add(info.name)
    actor_id = find_actor(conn, info)
    norm = normalize_name(info.name) or info.name.casefold()
    new_actor = actor_id is None
    if actor_id is None:
        actor_id = int(
            conn.execute(
                _INSERT_ACTOR,
                {
                    "name": info.name.strip(),
                    "name_norm": norm,
                    "surname_norm": _surname(norm, info.label),
                    "country": info.country,
                    "label": info.label,
                    "n_docs": 1,
                    "lat": info.lat,
                    "lon": info.lon,
                    "geonameid": info.geonameid,
                },
            ).inserted_primary_key[0]
        )
    else:
        _upgrade_actor(conn, actor_id, info, norm)
    _add_spellings(conn, actor_id, info.spellings, new_actor)
    return actor_id


def _key_free(conn: Connection, norm: str, country: str | None, label: str, actor_id: int) -> bool:
    if country is not None:
        row = conn.execute(_EXACT_COUNTRY, {"norm": norm, "label": label, "country": country}).first()
    else:
        row = conn.execute(_EXACT_NO_COUNTRY, {"norm": norm, "label": label}).first()
    return row is None or row.id == actor_id


def _upgrade_actor(conn: Connection, actor_id: int, info: ActorInfo, norm: str) -> None:
    """Count the document; adopt a longer name, a country or a geo point the actor lacked."""
    row = conn.execute(_ACTOR_ROW, {"id": actor_id}).one()
    values: dict[str, object] = {"n_docs": row.n_docs + 1}
    name_norm, country = row.name_norm, row.country
    if len(norm.split(" ")) > len(row.name_norm.split(" ")) and _key_free(conn, norm, country, row.label, actor_id):
        values.update(name=info.name.strip(), name_norm=norm, surname_norm=_surname(norm, row.label))
        name_norm = norm
    if country is None and info.country is not None and _key_free(conn, name_norm, info.country, row.label, actor_id):
        values["country"] = info.country
    if row.lat is None and info.lat is not None:
        values.update(lat=info.lat, lon=info.lon, geonameid=info.geonameid)
    conn.execute(update(actors).where(_A.id == actor_id).values(**values))


# --- events -------------------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def event_day(value: str | None, published: date | None) -> date | None:
    """The calendar day an event happened: its TIMEX3 value if it names a day, else the
    publication day (news reports events of the day before or the day itself)."""
    if value:
        m = _DAY.match(value)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    return published


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class EventInfo:
    type: str
    day: date | None
    doc_id: str
    mode: str | None = None
    roles: set[tuple[str, int]] = field(default_factory=set)  # (source|target, actor id)
    place_actor_id: int | None = None
    place_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    # merged ids this document already reported (for n_sources when its events are written
    # in bulk after merging); None: look it up in the events table
    doc_merged: set[int] | None = None


def _place_ok(info: EventInfo, cand: object) -> bool:
    lat, lon, pid = cand.lat, cand.lon, cand.place_actor_id  # type: ignore[attr-defined]
    if info.lat is not None and lat is not None:
        return km(info.lat, info.lon or 0.0, lat, lon) <= PLACE_KM
    if info.place_actor_id is not None and pid is not None:
        return info.place_actor_id == pid
    return True  # a place known on one side only does not contradict


_M = merged_events.c
_MEA = merged_event_actors.c
_SHARED = (
    select(_MEA.merged_id, func.count().label("n"))
    .join(merged_events, _M.id == _MEA.merged_id)
    .where(
        _MEA.actor_id.in_(bindparam("actors", expanding=True)),
        _M.type == bindparam("type"),
        _M.day >= bindparam("lo"),
        _M.day <= bindparam("hi"),
    )
    .group_by(_MEA.merged_id)
    .subquery()
)
_CANDIDATES = select(merged_events, _SHARED.c.n).join(_SHARED, _SHARED.c.merged_id == _M.id).limit(500)
_SEEN_DOC = (
    select(events.c.id).where(events.c.merged_id == bindparam("mid"), events.c.doc_id == bindparam("doc")).limit(1)
)
_MERGED_ROW = select(merged_events).where(_M.id == bindparam("mid"))
_MERGED_ROLES = select(_MEA.role, _MEA.actor_id).where(_MEA.merged_id == bindparam("mid"))
_INSERT_MERGED = insert(merged_events)
_INSERT_ROLE = insert(merged_event_actors)


def find_merged(conn: Connection, info: EventInfo) -> int | None:
    """The merged event this extracted event reports, or None."""
    actor_ids = {a for _, a in info.roles}
    if info.day is None or not actor_ids:
        return None  # without a day and an actor there is no evidence two reports are one event
    lo, hi = info.day - timedelta(days=DAY_WINDOW), info.day + timedelta(days=DAY_WINDOW)
    rows = conn.execute(_CANDIDATES, {"actors": sorted(actor_ids), "type": info.type, "lo": lo, "hi": hi}).all()
    best: tuple[int, int, int] | None = None
    for row in rows:
        if not _place_ok(info, row):
            continue
        key = (-int(row.n), abs((row.day - info.day).days), int(row.id))
        best = key if best is None or key < best else best
    return best[2] if best else None


def merge_event(conn: Connection, info: EventInfo) -> int:
    """Attach an extracted event to its merged event (created if new); returns the merged id.
    Call before inserting the event row, so ``n_sources`` can tell a new source from a repeat."""
    merged_id = find_merged(conn, info)
    if merged_id is None:
        merged_id = int(
            conn.execute(
                _INSERT_MERGED,
                {
                    "type": info.type,
                    "day": info.day,
                    "mode": info.mode,
                    "place_name": info.place_name,
                    "place_actor_id": info.place_actor_id,
                    "lat": info.lat,
                    "lon": info.lon,
                    "n_mentions": 1,
                    "n_sources": 1,
                    "first_doc_id": info.doc_id,
                    "added_at": datetime.now(),
                },
            ).inserted_primary_key[0]
        )
        known: set[tuple[str, int]] = set()
    else:
        if info.doc_merged is not None:
            seen: object = merged_id in info.doc_merged
        else:
            seen = conn.execute(_SEEN_DOC, {"mid": merged_id, "doc": info.doc_id}).first()
        row = conn.execute(_MERGED_ROW, {"mid": merged_id}).one()
        values: dict[str, object] = {
            "n_mentions": row.n_mentions + 1,
            "n_sources": row.n_sources + (0 if seen else 1),
        }
        if row.lat is None and info.lat is not None:
            values.update(lat=info.lat, lon=info.lon, place_name=info.place_name, place_actor_id=info.place_actor_id)
        elif row.place_name is None and info.place_name is not None:
            values.update(place_name=info.place_name, place_actor_id=info.place_actor_id)
        if row.mode is None and info.mode is not None:
            values["mode"] = info.mode
        conn.execute(update(merged_events).where(_M.id == merged_id).values(**values))
        known = {(r.role, r.actor_id) for r in conn.execute(_MERGED_ROLES, {"mid": merged_id})}
    new = [{"merged_id": merged_id, "role": r, "actor_id": a} for r, a in sorted(info.roles - known)]
    if new:
        conn.execute(_INSERT_ROLE, new)
    if info.doc_merged is not None:
        info.doc_merged.add(merged_id)
    return merged_id


__all__ = [
    "ActorInfo",
    "EventInfo",
    "event_day",
    "find_actor",
    "km",
    "merge_event",
    "normalize_name",
    "resolve_actor",
]
