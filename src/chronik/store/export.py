"""Exports of a chronicle: JSONL (whole documents), Parquet (event mentions, flat), and a
GDELT 2.0 event-table-like TSV (merged events, PLOVER codes); columns in docs/export-gdelt.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select

from chronik.store import Store
from chronik.store import schema as s

# PLOVER types → GDELT QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal
# conflict, 4 material conflict), following the CAMEO root codes PLOVER replaces.
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "REQUEST": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

# GDELT geo types: 1 country, 4 world city, 5 world state (ADM1); sites count as cities.
GEO_TYPE: dict[str, int] = {"country": 1, "admin1": 5, "city": 4, "site": 4}

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

GDELT_COLUMNS: list[str] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *[f"Actor1{c}" for c in _ACTOR],
    *[f"Actor2{c}" for c in _ACTOR],
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *[f"Actor1Geo_{c}" for c in _GEO],
    *[f"Actor2Geo_{c}" for c in _GEO],
    *[f"ActionGeo_{c}" for c in _GEO],
    "DATEADDED",
    "SOURCEURL",
]

PARQUET_COLUMNS: list[str] = [
    "event_id",
    "merged_id",
    "doc_id",
    "local_id",
    "type",
    "mode",
    "modality",
    "date",
    "day",
    "trigger_start",
    "trigger_end",
    "trigger_text",
    "sentence",
    "sentence_text",
    "place_name",
    "lat",
    "lon",
    "source_actors",
    "source_actor_ids",
    "target_actors",
    "target_actor_ids",
    "source_groups",
    "target_groups",
    "title",
    "source",
    "published",
    "n_mentions",
    "n_sources",
]


def export_jsonl(store: Store, out: IO[str]) -> int:
    """Every stored document as one contract JSON line; returns the count."""
    n = 0
    for doc in store.iter_documents():
        out.write(doc.to_json() + "\n")
        n += 1
    return n


def event_records(store: Store) -> Iterator[dict[str, Any]]:
    """Flat event-mention records with the :data:`PARQUET_COLUMNS` keys."""
    for ev in store.iter_events():
        yield {
            "event_id": ev["id"],
            "merged_id": ev["merged_id"],
            "doc_id": ev["doc_id"],
            "local_id": ev["local_id"],
            "type": ev["type"],
            "mode": ev["mode"],
            "modality": ev["modality"],
            "date": ev["date"],
            "day": date.fromisoformat(ev["day"]) if ev["day"] else None,
            "trigger_start": ev["trigger"][0],
            "trigger_end": ev["trigger"][1],
            "trigger_text": ev["trigger_text"],
            "sentence": ev["sentence"],
            "sentence_text": ev["sentence_text"],
            "place_name": ev["place_name"],
            "lat": ev["lat"],
            "lon": ev["lon"],
            "source_actors": [a["actor"] or a["name"] or a["entity"] for a in ev["source_actors"]],
            "source_actor_ids": [a["actor_id"] for a in ev["source_actors"] if a["actor_id"] is not None],
            "target_actors": [a["actor"] or a["name"] or a["entity"] for a in ev["target_actors"]],
            "target_actor_ids": [a["actor_id"] for a in ev["target_actors"] if a["actor_id"] is not None],
            # the unnamed people the text gives for a role without an actor ("Demonstranten"), as written
            "source_groups": [g["text"] for g in ev.get("source_groups") or []],
            "target_groups": [g["text"] for g in ev.get("target_groups") or []],
            "title": ev["title"],
            "source": ev["source"],
            "published": date.fromisoformat(ev["published"]) if ev["published"] else None,
            "n_mentions": ev["n_mentions"],
            "n_sources": ev["n_sources"],
        }


def export_parquet(store: Store, path: Path, batch: int = 10_000) -> int:
    """Event mentions as a Parquet file (schema fixed, so an empty store gives an empty file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("event_id", pa.int64()),
            ("merged_id", pa.int64()),
            ("doc_id", pa.string()),
            ("local_id", pa.string()),
            ("type", pa.string()),
            ("mode", pa.string()),
            ("modality", pa.string()),
            ("date", pa.string()),
            ("day", pa.date32()),
            ("trigger_start", pa.int32()),
            ("trigger_end", pa.int32()),
            ("trigger_text", pa.string()),
            ("sentence", pa.int32()),
            ("sentence_text", pa.string()),
            ("place_name", pa.string()),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("source_actors", pa.list_(pa.string())),
            ("source_actor_ids", pa.list_(pa.int64())),
            ("target_actors", pa.list_(pa.string())),
            ("target_actor_ids", pa.list_(pa.int64())),
            ("source_groups", pa.list_(pa.string())),
            ("target_groups", pa.list_(pa.string())),
            ("title", pa.string()),
            ("source", pa.string()),
            ("published", pa.date32()),
            ("n_mentions", pa.int32()),
            ("n_sources", pa.int32()),
        ]
    )
    assert schema.names == PARQUET_COLUMNS
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in event_records(store):
            rows.append(record)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def _tsv(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _geo(info: dict[str, Any] | None, name: str | None = None, lat: Any = None, lon: Any = None) -> list[Any]:
    """The 8 GDELT geo fields; ``info`` is the place actor (country, geonameid, geo kind)."""
    lat = lat if lat is not None else (info or {}).get("lat")
    lon = lon if lon is not None else (info or {}).get("lon")
    if lat is None and name is None:
        return [0, "", "", "", "", "", "", ""]
    kind = (info or {}).get("kind")
    return [
        GEO_TYPE.get(kind or "", 4 if lat is not None else 0),
        name or (info or {}).get("name"),
        (info or {}).get("country"),
        "",
        "",
        lat,
        lon,
        (info or {}).get("geonameid"),
    ]


def _actor_fields(actor: dict[str, Any] | None, described: str | None = None) -> list[Any]:
    """The 10 GDELT actor fields; with no actor, ``described`` (the unnamed people the reports give for the role,
    "Demonstranten") is the name, as GDELT names unnamed actors by their role ("PROTESTER"), with no code."""
    if actor is None:
        return ["", described or "", *[""] * (len(_ACTOR) - 2)]
    country = actor.get("country")
    # CAMEO-style code: country (ISO alpha-3, as GDELT's CountryCode) then nothing more: the
    # role/type coding GDELT appends (GOV, MIL …) is not extracted by chronik.
    return [country or "", actor.get("name"), country, "", "", "", "", "", "", ""]


def _actor_details(store: Store, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    ac, en = s.actors.c, s.entities.c
    out: dict[int, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(select(ac.id, ac.name, ac.country, ac.lat, ac.lon, ac.geonameid).where(ac.id.in_(ids))):
            out[r.id] = {
                "name": r.name,
                "country": r.country,
                "lat": r.lat,
                "lon": r.lon,
                "geonameid": r.geonameid,
            }
        kinds = select(en.actor_id, func.max(en.geo_kind).label("kind")).where(
            en.actor_id.in_(ids), en.geo_kind.is_not(None)
        )
        for r in conn.execute(kinds.group_by(en.actor_id)):
            out[r.actor_id]["kind"] = r.kind
    return out


def _root_flags(store: Store, ids: list[int]) -> dict[int, int]:
    """IsRootEvent: 1 if some mention is in the first sentence of its article (GDELT uses the
    lead paragraph as its proxy for importance)."""
    if not ids:
        return {}
    e = s.events.c
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(e.merged_id, func.min(e.sentence).label("first")).where(e.merged_id.in_(ids)).group_by(e.merged_id)
        )
        return {r.merged_id: int(r.first == 0) for r in rows}


def gdelt_rows(store: Store, batch: int = 1000) -> Iterator[list[Any]]:
    """One GDELT-like row per merged event, values in :data:`GDELT_COLUMNS` order."""
    chunk: list[dict[str, Any]] = []

    def flush(chunk: list[dict[str, Any]]) -> Iterator[list[Any]]:
        ids = set()
        for m in chunk:
            for a in m["source_actors"][:1] + m["target_actors"][:1]:
                ids.add(a["actor_id"])
            if m.get("place_actor_id"):
                ids.add(m["place_actor_id"])
        details = _actor_details(store, ids)
        roots = _root_flags(store, [m["id"] for m in chunk])
        for m in chunk:
            yield _gdelt_row(m, details, roots.get(m["id"], 0))

    for merged in store.iter_merged_events():
        chunk.append(merged)
        if len(chunk) >= batch:
            yield from flush(chunk)
            chunk = []
    if chunk:
        yield from flush(chunk)


def _gdelt_row(m: dict[str, Any], details: dict[int, dict[str, Any]], is_root: int) -> list[Any]:
    day = date.fromisoformat(m["day"]) if m["day"] else None
    a1 = details.get(m["source_actors"][0]["actor_id"]) if m["source_actors"] else None
    a2 = details.get(m["target_actors"][0]["actor_id"]) if m["target_actors"] else None
    place = details.get(m.get("place_actor_id") or -1)
    code = m["type"] if not m["mode"] else f"{m['type']}.{m['mode']}"
    added = (m.get("added_at") or "").replace("-", "").replace("T", "").replace(":", "")[:14]
    row = [
        m["id"],
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor_fields(a1, _described(m.get("source_groups"))),
        *_actor_fields(a2, _described(m.get("target_groups"))),
        is_root,
        code,
        m["type"],
        m["type"],
        QUAD_CLASS.get(m["type"], ""),
        "",  # GoldsteinScale: PLOVER has no Goldstein weights; left empty rather than invented
        m["n_mentions"],
        m["n_sources"],
        m["n_sources"],
        "",  # AvgTone: no tone model
        *_geo(a1 if a1 and a1.get("lat") is not None else None),
        *_geo(a2 if a2 and a2.get("lat") is not None else None),
        *_geo(place, m["place_name"], m["lat"], m["lon"]),
        added,
        m.get("source_url") or "",
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return row


def _described(groups: list[dict[str, Any]] | None) -> str | None:
    """The described actor most mentions of a merged event give (the first on a tie)."""
    if not groups:
        return None
    return max(groups, key=lambda g: g.get("n_mentions", 1))["text"]


def export_gdelt(store: Store, out: IO[str], header: bool = True) -> int:
    """Merged events as GDELT-2.0-like TSV (UTF-8, ``\\t``-separated, one header line unless
    ``header=False``; real GDELT files have none)."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for row in gdelt_rows(store):
        out.write("\t".join(_tsv(v) for v in row) + "\n")
        n += 1
    return n


def export_json_lines(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n
