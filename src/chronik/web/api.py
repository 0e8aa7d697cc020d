"""The JSON API (``/api``): paginated, validated, read-only unless ingest is allowed."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from chronik.web.queries import (
    MAX_ANALYZE_CHARS,
    MAX_MAP_EVENTS,
    MAX_PAGE,
    EventFilters,
    event_filters,
    map_places,
    mentioned_places,
    page,
    same_origin,
    store,
)

router = APIRouter(tags=["api"])

Limit = Query(50, ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")
Offset = Query(0, ge=0, le=1_000_000)


class ArticleIn(BaseModel):
    """An article to analyse (and, with ``POST /api/documents``, store)."""

    text: str = Field(min_length=1, max_length=MAX_ANALYZE_CHARS)
    title: str | None = Field(None, max_length=1000)
    published: date | None = None
    source: str | None = Field(None, max_length=2000)


@router.get("/documents", summary="List documents, or full-text search them with q")
def documents(
    request: Request,
    q: str | None = Query(None, max_length=200, description="words that must all occur (full-text search)"),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    if q:
        return page(store(request).search(q, limit=limit, offset=offset), limit, offset)
    return page(store(request).list_documents(limit=limit, offset=offset), limit, offset)


@router.get("/documents/{doc_id:path}", summary="One document with all its annotations (the chronik/1 contract)")
def document(request: Request, doc_id: str = Path(max_length=200)) -> dict[str, Any]:
    doc = store(request).get_document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    return doc.to_dict()


@router.post(
    "/documents",
    status_code=201,
    summary="Analyse an article and store it (needs --allow-ingest)",
    dependencies=[Depends(same_origin)],
)
def ingest(request: Request, article: ArticleIn) -> dict[str, Any]:
    if not request.app.state.allow_ingest:
        raise HTTPException(403, "ingest is disabled; start the server with --allow-ingest")
    doc = request.app.state.analyzer(
        article.text, title=article.title, published=article.published, source=article.source
    )
    added = store(request).add_document(doc)
    return {"id": doc.id, "added": added, "events": len(doc.events), "url": f"/documents/{doc.id}"}


@router.post("/analyze", summary="Analyse an article without storing it", dependencies=[Depends(same_origin)])
def analyze(request: Request, article: ArticleIn) -> dict[str, Any]:
    doc = request.app.state.analyzer(
        article.text, title=article.title, published=article.published, source=article.source
    )
    return doc.to_dict()


@router.get("/events", summary="Events (one per mention in an article), newest day first")
def events(
    request: Request, filters: EventFilters = Depends(event_filters), limit: int = Limit, offset: int = Offset
) -> dict[str, Any]:
    return page(store(request).events(**filters.as_kwargs(), limit=limit, offset=offset), limit, offset)


@router.get("/actors", summary="Canonical actors, most documents first")
def actors(
    request: Request,
    q: str | None = Query(None, max_length=200, description="part of any spelling of the name"),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    return page(store(request).actors(q=q or None, limit=limit, offset=offset), limit, offset)


@router.get("/actors/{actor_id}", summary="One actor with their events, quotes, roles and countries")
def actor(request: Request, actor_id: int = Path(ge=1)) -> dict[str, Any]:
    found = store(request).actor(actor_id)
    if found is None:
        raise HTTPException(404, "no such actor")
    return found


@router.get("/quotes", summary="Quotes, by speaker and/or words in the quote")
def quotes(
    request: Request,
    speaker: str | None = Query(None, max_length=200, description="actor id or part of the speaker's name"),
    q: str | None = Query(None, max_length=200, description="words that must occur in the quote"),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    return page(store(request).quotes(speaker=speaker or None, q=q or None, limit=limit, offset=offset), limit, offset)


@router.get("/stats", summary="Counts, events per day and per type")
def stats(request: Request) -> dict[str, Any]:
    return store(request).stats()


@router.get("/places", summary="Places where events happened, most events first")
def places(request: Request, limit: int = Query(500, ge=1, le=5000)) -> list[dict[str, Any]]:
    return store(request).places(limit=limit)


@router.get("/map", summary="Geocoded events grouped by place, with each place's precision (for the map page)")
def map_data(
    request: Request, filters: EventFilters = Depends(event_filters), limit: int = Query(1000, ge=1, le=MAX_MAP_EVENTS)
) -> dict[str, Any]:
    kwargs = filters.as_kwargs()
    # the whole world as default box: the store then returns only events with coordinates
    kwargs["bbox"] = kwargs["bbox"] or (-180.0, -90.0, 180.0, 90.0)
    evs = store(request).events(**kwargs, limit=limit, offset=0)
    places = map_places(request, evs)
    # places only mentioned are context for the unfiltered map; with a filter they would mislead
    filtered = any(v is not None for k, v in filters.as_kwargs().items())
    mentioned = [] if filtered else mentioned_places(request)
    return {"n_events": sum(len(p["events"]) for p in places), "places": places, "mentioned": mentioned}
