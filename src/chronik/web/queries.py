"""Shared between the API and the pages: query parameters, paging, and what the store does not
hand out directly (place precision for the map, entity → actor links of one document).

The store returns events with coordinates but without the place's precision; that lives on
the place entity of the stored document, so it is read from ``get_document`` (cached: a stored
document does not change).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import HTTPException, Query, Request
from pydantic import BeforeValidator

from chronik.document import Document, EventType, Modality

MAX_PAGE = 200
# Pasted or posted text analysed on the fly: enough for a long article, bounded CPU per request.
MAX_ANALYZE_CHARS = 100_000
MAX_MAP_EVENTS = 2000
# Places merely mentioned (no event there) are read from the latest articles' entities.
MENTION_DOCS = 100
_DOC_CACHE_SIZE = 256
_PLACE_CACHE_SIZE = 50_000


@dataclass
class EventFilters:
    """The filters of ``Store.events``, validated (see :func:`event_filters`)."""

    actor: str | None = None
    type: str | None = None
    mode: str | None = None
    modality: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    place: str | None = None
    bbox: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "actor": self.actor or None,
            "type": self.type,
            "mode": self.mode or None,
            "modality": self.modality,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "place": self.place or None,
            "bbox": parse_bbox(self.bbox),
        }

    def query_items(self) -> list[tuple[str, str]]:
        """The non-empty filters, to carry over into links (map data URL, pager)."""
        items = [(k, v) for k, v in vars(self).items() if v not in (None, "")]
        return [(k, v.isoformat() if isinstance(v, date) else str(v)) for k, v in items]


def _blank_is_none(value: Any) -> Any:
    # an HTML filter form submits its empty fields as "": that means "no filter", not an error
    return None if value == "" else value


Blank = BeforeValidator(_blank_is_none)


def event_filters(
    actor: Annotated[
        str | None, Query(max_length=200, description="actor id, or part of any spelling of a name"), Blank
    ] = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type"), Blank] = None,
    mode: Annotated[str | None, Query(max_length=64), Blank] = None,
    modality: Annotated[Modality | None, Query(), Blank] = None,
    date_from: Annotated[date | None, Query(description="first day (inclusive)"), Blank] = None,
    date_to: Annotated[date | None, Query(description="last day (inclusive)"), Blank] = None,
    place: Annotated[str | None, Query(max_length=200, description="part of the place name"), Blank] = None,
    bbox: Annotated[
        str | None,
        Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat", examples=["5.8,47.2,15.1,55.1"]),
        Blank,
    ] = None,
) -> EventFilters:
    """Query parameters → :class:`EventFilters` (a FastAPI dependency, shared by API and pages)."""
    parse_bbox(bbox)  # reject a malformed box up front (422)
    return EventFilters(actor, type, mode, modality, date_from, date_to, place, bbox)


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = parts
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise HTTPException(422, "bbox out of range or min > max")
    return min_lon, min_lat, max_lon, max_lat


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """A page of results; ``next_offset`` is None on the last page (a full page may be last too)."""
    return {
        "items": items,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(items) == limit else None,
    }


def same_origin(request: Request) -> None:
    """Refuse a cross-site POST (a page elsewhere making the browser submit to this server).
    Browsers send ``Origin`` on POSTs; clients like curl send none and are let through."""
    origin = request.headers.get("origin")
    if origin is None:
        return
    host = request.headers.get("host", "")
    if origin in ("null", "") or origin.split("://", 1)[-1] != host:
        raise HTTPException(403, "cross-origin request refused")


def store(request: Request) -> Any:
    return request.app.state.store


def cached_document(request: Request, doc_id: str) -> Document | None:
    """``get_document`` behind a small LRU: the map and the pages ask for the same few often."""
    cache: OrderedDict[str, Document] = request.app.state.doc_cache
    with request.app.state.doc_cache_lock:
        if doc_id in cache:
            cache.move_to_end(doc_id)
            return cache[doc_id]
    doc = store(request).get_document(doc_id)
    if doc is not None:
        _cache_put(request, cache, doc_id, doc, _DOC_CACHE_SIZE)
    return doc


def _cache_put(request: Request, cache: OrderedDict[str, Any], key: str, value: Any, size: int) -> None:
    """Store ``value`` under ``key`` and drop the oldest entries beyond ``size`` (the document and the place cache
    share one lock: both are filled from the same requests)."""
    with request.app.state.doc_cache_lock:
        cache[key] = value
        while len(cache) > size:
            cache.popitem(last=False)


def _sentence_of(doc: Document, offset: int) -> int:
    for i, (start, end) in enumerate(doc.sentences):
        if start <= offset < end:
            return i
    return 0


def doc_places(request: Request, doc_id: str) -> list[dict[str, Any]]:
    """The geocoded place entities of one stored document, each with its precision and the
    sentence of its first mention. Small and immutable, so kept for many more documents than
    the document cache holds: the map asks for them on every load."""
    cache: OrderedDict[str, list[dict[str, Any]]] = request.app.state.place_cache
    with request.app.state.doc_cache_lock:
        if doc_id in cache:
            return cache[doc_id]
    doc = cached_document(request, doc_id)
    places: list[dict[str, Any]] = []
    for ent in doc.entities if doc is not None else []:
        if ent.geo is None:
            continue
        places.append(
            {
                "entity": ent.id,
                "name": ent.name,
                **ent.geo.model_dump(include={"lat", "lon", "kind", "precision_km"}),
                "sentence": _sentence_of(doc, ent.mentions[0][0]) if ent.mentions else None,
                "title": doc.title or doc.id,
                "date": doc.published.isoformat() if doc.published else None,
            }
        )
    if doc is not None:
        _cache_put(request, cache, doc_id, places, _PLACE_CACHE_SIZE)
    return places


def _place_geo(request: Request, doc_id: str, place: str | None) -> dict[str, Any] | None:
    if not place:
        return None
    return next((p for p in doc_places(request, doc_id) if p["entity"] == place), None)


def map_places(request: Request, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with coordinates grouped into places, each with its kind and precision radius."""
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    for ev in events:
        if ev.get("lat") is None or ev.get("lon") is None:
            continue
        key = (ev.get("place_name") or "?", round(ev["lat"], 4), round(ev["lon"], 4))
        place = places.get(key)
        if place is None:
            geo = _place_geo(request, ev["doc_id"], ev.get("place")) or {}
            place = {
                "name": key[0],
                "lat": ev["lat"],
                "lon": ev["lon"],
                "kind": geo.get("kind"),
                "precision_km": geo.get("precision_km") or 0.0,
                "events": [],
            }
            places[key] = place
        place["events"].append(
            {
                "id": ev["id"],
                "type": ev["type"],
                "date": ev.get("day") or ev.get("date"),
                "label": actors_label(ev) or (ev.get("trigger_text") or ""),
                "href": sentence_href(ev["doc_id"], ev["sentence"]),
            }
        )
    return sorted(places.values(), key=lambda p: -len(p["events"]))


def mentioned_places(request: Request, n_docs: int = MENTION_DOCS) -> list[dict[str, Any]]:
    """Geocoded place entities of the latest ``n_docs`` articles, merged by name and position,
    each with its precision and links to the sentences that mention it. The store has no query
    for geocoded entities, so this reads the documents (cached)."""
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    for row in store(request).list_documents(limit=n_docs, offset=0):
        for found in doc_places(request, row["id"]):
            if found["sentence"] is None:
                continue
            key = (found["name"], round(found["lat"], 4), round(found["lon"], 4))
            place = places.setdefault(
                key,
                {k: found[k] for k in ("name", "lat", "lon", "kind", "precision_km")} | {"mentions": []},
            )
            place["mentions"].append(
                {
                    "doc_id": row["id"],
                    "title": found["title"],
                    "date": found["date"],
                    "href": sentence_href(row["id"], found["sentence"]),
                }
            )
    return sorted(places.values(), key=lambda p: -len(p["mentions"]))


def actors_label(ev: dict[str, Any]) -> str:
    def names(key: str) -> str:
        return " + ".join(a.get("actor") or a.get("name") or "?" for a in ev.get(key) or [])

    def described(key: str) -> str:
        # unnamed people the text describes ("(Demonstranten)"), in parentheses where a role has no entity: shown
        # like a name, never linked (no actor page behind them)
        groups = [" ".join(str(g.get("text") or "").split()) for g in ev.get(key) or []]
        return f"({' + '.join(groups)})" if groups else ""

    src = names("source_actors") or described("source_groups")
    tgt = names("target_actors") or described("target_groups")
    return f"{src} → {tgt}" if src and tgt else src or tgt


def sentence_href(doc_id: str, sentence: int) -> str:
    from urllib.parse import quote

    return f"/documents/{quote(doc_id, safe='')}#s{int(sentence)}"


def entity_actor_ids(request: Request, doc_id: str) -> dict[str, int]:
    """Entity id → canonical actor id for one stored document. The store's document has no
    actor links, so they are collected from its events' arguments and its quotes' speakers."""
    links: dict[str, int] = {}
    for ev in store(request).events(doc_id=doc_id, limit=1000):
        for arg in (ev.get("source_actors") or []) + (ev.get("target_actors") or []):
            if arg.get("actor_id") is not None and arg.get("entity"):
                links.setdefault(arg["entity"], int(arg["actor_id"]))
    return links
