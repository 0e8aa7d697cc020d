"""Server-rendered HTML pages. Every value reaches the templates as plain data and is escaped
there; the only pre-built markup is the highlighted article from :mod:`chronik.web.render`."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from chronik.document import Document, EventType
from chronik.web import render
from chronik.web.queries import (
    MAX_ANALYZE_CHARS,
    EventFilters,
    actors_label,
    entity_actor_ids,
    event_filters,
    page,
    same_origin,
    sentence_href,
    store,
)

router = APIRouter(include_in_schema=False)
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
Offset = Query(0, ge=0, le=1_000_000)
PAGE = 50


def page_url(request: Request, offset: int) -> str:
    """This page's URL with another ``offset`` (for the pager)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    return request.url.path + "?" + urlencode([*params, ("offset", str(max(0, int(offset))))])


def _render(request: Request, name: str, nav: str | None, **context: Any) -> HTMLResponse:
    context.setdefault("q", None)
    return request.app.state.templates.TemplateResponse(request, name, {"nav": nav, **context})


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    stats = store(request).stats()
    per_day = stats.get("per_day") or []
    peak = max((d["n"] for d in per_day), default=1)
    top_type = max((t["n"] for t in stats.get("per_type") or []), default=1)
    return _render(
        request,
        "index.html",
        None,
        stats=stats,
        per_day=per_day[-120:],
        peak=peak,
        top_type=top_type,
        recent=store(request).list_documents(limit=10, offset=0),
        actors=store(request).actors(limit=12, offset=0),
    )


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, offset: int = Offset) -> HTMLResponse:
    docs = store(request).list_documents(limit=PAGE, offset=offset)
    return _render(request, "documents.html", "/documents", page=page(docs, PAGE, offset))


def _document_context(doc: Document, actor_ids: dict[str, int]) -> dict[str, Any]:
    """Everything the document view shows, from the document alone plus actor links."""

    def href(entity_id: str | None, name: str | None) -> str | None:
        if entity_id and entity_id in actor_ids:
            return f"/actors/{actor_ids[entity_id]}"
        # not an event argument or unknown to the store: search the actors by name instead
        return "/actors?" + urlencode({"q": name}) if name else None

    entities = [
        {
            "name": e.name,
            "label": e.label,
            "country": e.country,
            "roles": e.roles,
            "geo": e.geo,
            "mentions": e.mentions,
            "href": href(e.id, e.name),
        }
        for e in sorted(doc.entities, key=lambda e: -len(e.mentions))
    ]
    quotes = render.quote_records(doc)
    for q in quotes:
        q["speaker_href"] = href(q.get("speaker_id"), q.get("speaker")) if q.get("speaker") else None
    return {
        "doc": doc,
        "body": render.render_document(doc),
        "events": render.event_records(doc),
        "quotes": quotes,
        "entities": entities,
    }


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str = Path(max_length=200)) -> HTMLResponse:
    doc = store(request).get_document(doc_id)  # not the map's cache: a deleted document must go
    if doc is None:
        raise HTTPException(404, "no such document")
    context = _document_context(doc, entity_actor_ids(request, doc.id))
    return _render(request, "document.html", "/documents", stored=True, **context)


def snippet_markup(snippet: str | None) -> Markup:
    """A search snippet with the store's ``[hit]`` brackets as ``<mark>``; all text escaped."""
    out: list[str] = []
    inside = False
    for ch in snippet or "":
        if ch == "[" and not inside:
            out.append("<mark>")
            inside = True
        elif ch == "]" and inside:
            out.append("</mark>")
            inside = False
        else:
            out.append(str(escape(ch)))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=200), offset: int = Offset) -> HTMLResponse:
    hits = store(request).search(q, limit=PAGE, offset=offset) if q.strip() else []
    for hit in hits:
        hit["snippet_html"] = snippet_markup(hit.get("snippet"))
    quotes = store(request).quotes(q=q, limit=20, offset=0) if q.strip() and offset == 0 else []
    actors = store(request).actors(q=q, limit=20, offset=0) if q.strip() and offset == 0 else []
    return _render(request, "search.html", None, q=q, page=page(hits, PAGE, offset), quotes=quotes, actors=actors)


def _sentence_parts(ev: dict[str, Any]) -> tuple[str, str, str]:
    """The event's sentence split around its trigger (for highlighting the trigger in it)."""
    text = ev.get("sentence_text") or ""
    span = ev.get("sentence_span")
    trigger = ev.get("trigger") or [0, 0]
    if span and span[0] <= trigger[0] <= trigger[1] <= span[1]:
        a, b = trigger[0] - span[0], trigger[1] - span[0]
        return text[:a], text[a:b], text[b:]
    return text, "", ""


def _timeline_days(events: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    days: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        ev["parts"] = _sentence_parts(ev)
        ev["href"] = sentence_href(ev["doc_id"], ev["sentence"])
        ev["label"] = actors_label(ev)
        days.setdefault(ev.get("day") or "undated", []).append(ev)
    return list(days.items())


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, filters: EventFilters = Depends(event_filters), offset: int = Offset) -> HTMLResponse:
    evs = store(request).events(**filters.as_kwargs(), limit=PAGE * 2, offset=offset)
    return _render(
        request,
        "timeline.html",
        "/timeline",
        total=store(request).count_events(**filters.as_kwargs()),
        filters=filters,
        types=EVENT_TYPES,
        page=page(evs, PAGE * 2, offset),
        days=_timeline_days(evs),
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: EventFilters = Depends(event_filters)) -> HTMLResponse:
    data_url = "/api/map?" + urlencode(filters.query_items())
    return _render(
        request,
        "map.html",
        "/map",
        filters=filters,
        types=EVENT_TYPES,
        data_url=data_url,
        places=store(request).places(limit=300),
    )


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: str = Query("", max_length=200), offset: int = Offset) -> HTMLResponse:
    rows = store(request).actors(q=q or None, limit=PAGE, offset=offset)
    return _render(request, "actors.html", "/actors", actor_q=q, page=page(rows, PAGE, offset))


def chronicle(actor: dict[str, Any]) -> dict[str, Any]:
    """One actor's record: who they met, what they said, where they were, day by day."""
    me = actor["id"]
    met: Counter[tuple[int | None, str]] = Counter()
    where: Counter[str] = Counter()
    days: dict[str, list[dict[str, Any]]] = {}
    for ev in actor.get("events") or []:
        others = [
            a for a in (ev.get("source_actors") or []) + (ev.get("target_actors") or []) if a.get("actor_id") != me
        ]
        for a in others:
            met[(a.get("actor_id"), a.get("actor") or a.get("name") or "?")] += 1
        if ev.get("place_name"):
            where[ev["place_name"]] += 1
        ev["parts"] = _sentence_parts(ev)
        ev["href"] = sentence_href(ev["doc_id"], ev["sentence"])
        ev["label"] = actors_label(ev)
        days.setdefault(ev.get("day") or ev.get("published") or "undated", []).append({"kind": "event", "event": ev})
    for q in actor.get("quotes") or []:
        q["href"] = sentence_href(q["doc_id"], 0).split("#")[0] + f"#q{int(q.get('idx') or 0)}"
        days.setdefault(q.get("published") or "undated", []).append({"kind": "quote", "quote": q})
    ordered = sorted(days.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    return {
        "met": [{"actor_id": k[0], "name": k[1], "n": n} for k, n in met.most_common(30)],
        "where": where.most_common(30),
        "days": ordered,
    }


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: int = Path(ge=1)) -> HTMLResponse:
    found = store(request).actor(actor_id)
    if found is None:
        raise HTTPException(404, "no such actor")
    return _render(request, "actor.html", "/actors", actor=found, chronicle=chronicle(found))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    speaker: str = Query("", max_length=200),
    q: str = Query("", max_length=200),
    offset: int = Offset,
) -> HTMLResponse:
    rows = store(request).quotes(speaker=speaker or None, q=q or None, limit=PAGE, offset=offset)
    return _render(request, "quotes.html", "/quotes", speaker=speaker, quote_q=q, page=page(rows, PAGE, offset))


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return _render(request, "analyze.html", "/analyze", max_chars=MAX_ANALYZE_CHARS)


@router.post("/analyze", response_class=HTMLResponse, dependencies=[Depends(same_origin)])
def analyze(
    request: Request,
    text: str = Form(..., max_length=MAX_ANALYZE_CHARS),
    title: str = Form("", max_length=500),
    published: str = Form("", max_length=10),
) -> HTMLResponse:
    pub: date | None = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            error = "published must be a date (YYYY-MM-DD)"
            return _render(
                request, "analyze.html", "/analyze", max_chars=MAX_ANALYZE_CHARS, text=text, title=title, error=error
            )
    if not text.strip():
        return _render(request, "analyze.html", "/analyze", max_chars=MAX_ANALYZE_CHARS, error="no text given")
    doc = request.app.state.analyzer(text, title=title or None, published=pub, source=None)
    return _render(request, "document.html", "/analyze", stored=False, **_document_context(doc, {}))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return _render(request, "docs.html", "/docs")


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


__all__ = ["page_url", "router"]
