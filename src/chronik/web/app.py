"""The chronik web application: a read-only HTTP API under ``/api`` and server-rendered pages.

:func:`create_app` opens a :class:`chronik.store.Store` and wires both. Everything the browser
loads comes from this package (``static/``): no CDN, so it works offline. Templates autoescape;
document text is only ever turned into markup by :mod:`chronik.web.render`, which escapes it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronik.document import Document
from chronik.web.queries import MAX_ANALYZE_CHARS
from chronik.web.security import SecurityMiddleware

HERE = Path(__file__).parent
# Request bodies (ingest, pasted text) above this are refused before they are read in full.
MAX_BODY = 2 * 1024 * 1024
# Seconds one pasted or posted text may take; the CLI's default budget is for batch ingest.
ANALYZE_BUDGET_S = 60.0


class StoreLike(Protocol):
    """The part of :class:`chronik.store.Store` the web layer reads (and writes on ingest)."""

    def add_document(self, doc: Document) -> bool: ...
    def get_document(self, doc_id: str) -> Document | None: ...
    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]: ...
    def search(self, q: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]: ...
    def events(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]: ...
    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]: ...
    def actor(self, actor_id: int) -> dict[str, Any] | None: ...
    def quotes(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]: ...
    def places(self, limit: int = 1000) -> list[dict[str, Any]]: ...
    def stats(self) -> dict[str, Any]: ...


class Analyzer:
    """Runs the pipeline for the web, one text at a time (the shared spaCy pipeline is not meant
    to be used from several threads at once), with a time budget fit for a request."""

    def __init__(self, time_budget_s: float = ANALYZE_BUDGET_S) -> None:
        self._lock = threading.Lock()
        self.time_budget_s = time_budget_s

    def __call__(self, text: str, *, title: str | None, published: date | None, source: str | None) -> Document:
        from chronik.analysis import Article, DocumentRefused, Limits, analyze_articles

        article = Article(text=text, title=title, published=published, source=source)
        limits = Limits(max_chars=MAX_ANALYZE_CHARS, time_budget_s=self.time_budget_s)
        with self._lock:
            try:
                return next(analyze_articles([article], limits=limits))
            except DocumentRefused as exc:
                raise HTTPException(422, f"text not analysed: {exc}") from None


def templates() -> Jinja2Templates:
    # Autoescape on for every template, whatever its extension; nothing is marked safe except
    # the output of chronik.web.render, which escapes the text itself.
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    from chronik import __version__
    from chronik.web.pages import page_url
    from chronik.web.render import number

    env.globals.update(version=__version__, page_url=page_url)
    env.filters["num"] = number
    return Jinja2Templates(env=env)


def create_app(store_url: str, allow_ingest: bool = False) -> FastAPI:
    """The web app over the database at ``store_url`` (read-only unless ``allow_ingest``)."""
    from chronik.store import Store

    return build_app(Store(store_url), allow_ingest=allow_ingest)


def build_app(store: StoreLike, *, allow_ingest: bool = False) -> FastAPI:
    from chronik import __version__
    from chronik.web import api, pages

    app = FastAPI(
        title="chronik",
        version=__version__,
        description="German news → events, actors, quotes, places; every fact with offsets into its article.",
        docs_url=None,  # served by pages.docs with the vendored Swagger UI, no CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.analyzer = Analyzer()
    app.state.templates = templates()
    app.state.doc_cache = OrderedDict()
    app.state.place_cache = OrderedDict()
    app.state.doc_cache_lock = threading.Lock()
    app.add_middleware(SecurityMiddleware, max_body=MAX_BODY)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_html(request):
            return _error_page(request, exc.status_code, str(exc.detail))
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_html(request):
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
            return _error_page(request, 422, problems or "invalid request")
        return await request_validation_exception_handler(request, exc)

    return app


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith(("/api/", "/static/")) or path in ("/api", "/openapi.json"))


def _error_page(request: Request, status: int, message: str) -> HTMLResponse:
    tpl: Jinja2Templates = request.app.state.templates
    return tpl.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "nav": None, "q": None}, status_code=status
    )
