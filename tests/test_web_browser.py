"""Browser tests: Debian's headless Chromium, driven by Playwright, against a live server.

Skipped (with the reason) when ``/usr/bin/chromium`` or the ``playwright`` package is missing;
``.ci/run`` installs both. Never ``playwright install``: it downloads browsers. Screenshots go
to ``$CHRONIK_SCREENSHOTS`` when set (``docs/screenshots`` for the README), else a temp folder.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_web_data import XSS_IMG, XSS_SCRIPT, build_db

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install playwright)")


class LiveServer:
    """uvicorn in a thread on a free local port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, example_documents) -> Iterator[LiveServer]:
    from chronik.web import create_app

    url = build_db(tmp_path_factory.mktemp("browser") / "chronik.db", example_documents)
    with LiveServer(create_app(url)) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = Path(os.environ.get("CHRONIK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    target.mkdir(parents=True, exist_ok=True)
    return target


class Watch:
    """What a page did that it must not: dialogs (XSS), CSP refusals, requests leaving the host."""

    def __init__(self, page: Any, base: str) -> None:
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        self.external: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.route("**/*", lambda route: self._route(route, base))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any, base: str) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"script ran: {self.dialogs}"
        assert self.external == [], f"requests leaving the server: {self.external}"
        assert self.console_errors == [], self.console_errors


@pytest.fixture
def page(browser: Any, server: LiveServer) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="de-DE")
    pg = context.new_page()
    watch = Watch(pg, server.url)
    yield pg, watch
    context.close()


def test_document_view_highlights_and_event_record(page: tuple[Any, Watch], server: LiveServer, shots: Path) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/documents/test-summit")
    article = pg.locator("article.article-text")
    assert article.locator(".ent-PER").count() == 3
    assert article.locator(".ent-LOC").count() == 2
    assert article.locator(".timex").inner_text() == "am Dienstag"
    assert article.locator(".qty-money").inner_text() == "500 Millionen Euro"
    quote = article.locator(".quote")
    assert quote.get_attribute("data-speaker") == "Olaf Scholz"
    # the speaker badge sits right before the quote it belongs to
    badge = quote.locator("xpath=preceding-sibling::*[1]")
    assert "badge" in badge.get_attribute("class") and badge.inner_text() == "Olaf Scholz"
    assert pg.locator("#event-panel").is_hidden()
    article.locator('a.trigger[data-event="ev1"]').click()
    panel = pg.locator("#event-panel")
    assert panel.is_visible()
    record = panel.inner_text()
    assert "CONSULT" in record and "Olaf Scholz" in record and "Emmanuel Macron" in record
    assert "Paris" in record and "2024-03-12" in record and "asserted" in record
    pg.screenshot(path=str(shots / "document.png"))
    watch.assert_clean()


def test_timeline_click_through_to_sentence(page: tuple[Any, Watch], server: LiveServer, shots: Path) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/timeline")
    # the filter form (it also submits its empty fields, which mean "any")
    pg.fill("form.filters input[name=actor]", "Scholz")
    pg.select_option("form.filters select[name=type]", "CONSULT")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_url("**/timeline?*type=CONSULT*")
    types = pg.locator(".timeline .item .type").all_inner_texts()
    assert types and set(types) == {"CONSULT"}
    pg.goto(f"{server.url}/timeline?actor=Scholz")
    assert pg.locator(".timeline .day h3").first.inner_text() == "2024-03-13"
    pg.screenshot(path=str(shots / "timeline.png"))
    item = pg.locator('.timeline .item:has(a.to-sentence[href="/documents/test-summit#s0"])')
    assert "CONSULT" in item.inner_text()
    item.locator("a.to-sentence").click()
    pg.wait_for_url("**/documents/test-summit#s0")
    target = pg.evaluate("document.querySelector(':target') && document.querySelector(':target').id")
    assert target == "s0"
    assert "getroffen" in pg.locator("#s0").inner_text()
    # the target sentence is visibly highlighted
    assert pg.evaluate("getComputedStyle(document.getElementById('s0')).backgroundColor") != "rgba(0, 0, 0, 0)"
    watch.assert_clean()


def test_map_draws_world_and_markers(page: tuple[Any, Watch], server: LiveServer, shots: Path) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/map")
    pg.wait_for_selector("#map[data-ready='1']", timeout=15_000)
    assert pg.locator("#map path.country").count() > 150
    pins = pg.locator("#map .marker.pin.event")
    areas = pg.locator("#map .marker.area.event")
    assert pins.count() >= 3  # Paris, Berlin, Wien
    assert areas.count() >= 1  # Russland: a precision circle, not a pin
    russia = pg.locator('#map .marker.area.event[data-place="Russland"]')
    assert russia.count() >= 1 and {n.evaluate("n => n.tagName") for n in russia.all()} == {"ellipse"}
    paris = '#map .marker.pin.event[data-place="Paris"][data-lat="48.8566"]'  # the test document's Paris
    assert pg.locator(paris).count() == 1
    # places only mentioned (no event there) are a second, grey layer
    assert pg.locator("#map .marker.mention").count() >= 4
    pg.screenshot(path=str(shots / "map.png"))
    pg.locator(paris).click()
    panel = pg.locator("#map-panel")
    assert panel.is_visible() and "CONSULT" in panel.inner_text()
    panel.locator("a").first.click()
    pg.wait_for_url("**/documents/test-summit#s0")
    watch.assert_clean()


def test_hostile_document_renders_as_text(page: tuple[Any, Watch], server: LiveServer, shots: Path) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/documents/test-xss")
    assert pg.locator("h1.doc-title").inner_text() == f"{XSS_SCRIPT} {XSS_IMG}"
    assert pg.locator("main img").count() == 0
    assert pg.locator("main script").count() == 0
    article = pg.locator("article.article-text").inner_text()
    assert XSS_SCRIPT in article and XSS_IMG in article
    pg.locator('a.trigger[data-event="x1"]').click()
    assert "Wien <script>" in pg.locator("#event-panel").inner_text()
    pg.screenshot(path=str(shots / "xss.png"))
    pg.goto(f"{server.url}/search?q=" + XSS_IMG.replace(" ", "+"))
    assert pg.locator("main img").count() == 0
    watch.assert_clean()


def test_actor_page_and_overview(page: tuple[Any, Watch], server: LiveServer, shots: Path) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/actors?q=Macron")
    pg.locator("table a", has_text="Emmanuel Macron").click()
    pg.wait_for_url("**/actors/*")
    chronicle = pg.locator(".chronicle").inner_text()
    assert "2024-03-12" in chronicle and "2024-03-13" in chronicle and "CONSULT" in chronicle
    assert "Olaf Scholz" in pg.locator("aside").inner_text()
    pg.screenshot(path=str(shots / "actor.png"))
    pg.goto(f"{server.url}/")
    assert pg.locator(".bars rect").count() >= 2
    pg.screenshot(path=str(shots / "overview.png"))
    watch.assert_clean()


def test_analyze_pasted_text(page: tuple[Any, Watch], server: LiveServer, shots: Path) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/analyze")
    text = "Bundeskanzler Olaf Scholz hat am Dienstag in Paris den Präsidenten Emmanuel Macron getroffen."
    pg.fill("textarea[name=text]", text)
    pg.fill("input[name=title]", "Eingefügt")
    pg.fill("input[name=published]", "2024-03-14")  # anchors "am Dienstag"
    pg.click("form[action='/analyze'] button[type=submit]")
    pg.wait_for_selector("article.article-text")
    assert pg.locator("article.article-text").inner_text().replace("\n", "").endswith("getroffen.")
    assert pg.locator("h1.doc-title").inner_text() == "Eingefügt"
    pg.screenshot(path=str(shots / "analyze.png"))
    watch.assert_clean()


def test_api_docs_work_offline(page: tuple[Any, Watch], server: LiveServer) -> None:
    pg, watch = page
    pg.goto(f"{server.url}/docs")
    pg.wait_for_selector(".swagger-ui .info", timeout=20_000)
    assert "chronik" in pg.locator(".swagger-ui .info").inner_text()
    assert pg.locator(".opblock").count() >= 8
    watch.assert_clean()


def test_real_example_document(page: tuple[Any, Watch], server: LiveServer, shots: Path, example_records) -> None:
    """The bundled example with the most events, as the pipeline analysed it."""
    import json
    from urllib.request import urlopen

    ids = {r["id"] for r in example_records}
    with urlopen(f"{server.url}/api/documents?limit=200") as response:
        docs = [d for d in json.load(response)["items"] if d["id"] in ids]
    best = max(docs, key=lambda d: (d["n_events"], d["n_words"]))
    pg, watch = page
    pg.goto(f"{server.url}/documents/{best['id']}")
    article = pg.locator("article.article-text")
    assert article.locator(".sent").count() >= 1
    assert article.locator(".trigger[data-event]").count() == best["n_events"]
    if best["n_events"]:
        article.locator(".trigger[data-event]").first.click()
        assert pg.locator("#event-panel").is_visible()
    pg.screenshot(path=str(shots / "example.png"))
    watch.assert_clean()
