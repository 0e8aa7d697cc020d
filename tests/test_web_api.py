"""HTTP API and server-rendered pages, with FastAPI's test client, over a database built from
hand-made documents plus the bundled examples (analysed by the real pipeline)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from fastapi.testclient import TestClient

from chronik.web import create_app
from tests.test_web_data import XSS_IMG, XSS_SCRIPT, build_db

PAGES = ["/", "/documents", "/timeline", "/map", "/actors", "/quotes", "/search?q=Macron", "/analyze", "/docs"]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory, example_documents) -> str:
    return build_db(tmp_path_factory.mktemp("web") / "chronik.db", example_documents)


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url)) as c:
        yield c


def actor_id(client: TestClient, name: str) -> int:
    items = client.get("/api/actors", params={"q": name}).json()["items"]
    return next(a["id"] for a in items if a["name"] == name)


# --- API -------------------------------------------------------------------------------------


def test_documents_are_listed_and_paginated(client: TestClient, example_records) -> None:
    everything = client.get("/api/documents", params={"limit": 200}).json()
    ids = {d["id"] for d in everything["items"]}
    assert {"test-summit", "test-berlin", "test-xss"} <= ids
    assert {r["id"] for r in example_records} <= ids
    first = client.get("/api/documents", params={"limit": 2}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": first["next_offset"]}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}


def test_document_search_and_detail(client: TestClient) -> None:
    hits = client.get("/api/documents", params={"q": "Macron Kanzleramt"}).json()["items"]
    assert [h["doc_id"] for h in hits] == ["test-berlin"]
    doc = client.get("/api/documents/test-summit").json()
    assert doc["schema"] == "chronik/1"
    assert len(doc["entities"]) == 4 and len(doc["events"]) == 3 and doc["quotes"][0]["speaker"] == "e1"
    assert doc["text"][slice(*doc["events"][0]["trigger"])] == "getroffen"
    assert client.get("/api/documents/nope").status_code == 404


def test_event_filters(client: TestClient) -> None:
    def ids(**params: object) -> set[str]:
        items = client.get("/api/events", params={"limit": 200, **params}).json()["items"]
        return {f"{e['doc_id']}/{e['local_id']}" for e in items}

    assert ids(actor="Scholz") >= {"test-summit/ev1", "test-summit/ev2", "test-berlin/b1"}
    assert ids(type="CONSULT", date_from="2024-03-12", date_to="2024-03-13") == {"test-summit/ev1", "test-berlin/b1"}
    assert ids(modality="planned", date_from="2024-01-01") == {"test-summit/ev2"}
    assert ids(mode="meet", place="paris") == {"test-summit/ev1"}
    assert ids(bbox="10,50,15,55") == {"test-berlin/b1"}  # Berlin, not Paris
    assert ids(actor=str(actor_id(client, "Emmanuel Macron")), date_from="2024-01-01") == {
        "test-summit/ev1",
        "test-summit/ev2",
        "test-berlin/b1",
    }
    event = client.get("/api/events", params={"place": "Paris"}).json()["items"][0]
    assert event["sentence_text"].startswith("Bundeskanzler Olaf Scholz") and event["trigger_text"] == "getroffen"


def test_blank_filters_mean_no_filter(client: TestClient) -> None:
    blank = {"actor": "", "type": "", "mode": "", "modality": "", "date_from": "", "date_to": "", "place": ""}
    everything = client.get("/api/events", params={"limit": 200}).json()["items"]
    assert client.get("/api/events", params={**blank, "limit": 200}).json()["items"] == everything
    assert client.get("/timeline", params=blank).status_code == 200
    assert client.get("/map", params={**blank, "type": "CONSULT"}).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 201},
        {"limit": 0},
        {"offset": -1},
        {"type": "NOPE"},
        {"modality": "sure"},
        {"date_from": "gestern"},
        {"bbox": "1,2,3"},
        {"bbox": "10,50,5,55"},
        {"actor": "x" * 201},
    ],
)
def test_bad_parameters_are_rejected(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/api/events", params=params).status_code == 422


def test_actor_with_events_quotes_roles_countries(client: TestClient) -> None:
    scholz = client.get(f"/api/actors/{actor_id(client, 'Olaf Scholz')}").json()
    assert scholz["roles"] == ["Bundeskanzler"] and scholz["countries"] == ["DEU"]
    assert {e["local_id"] for e in scholz["events"]} >= {"ev1", "ev2", "b1"}
    assert [q["text"] for q in scholz["quotes"]] == ["„Wir stehen fest an der Seite der Ukraine“"]
    assert client.get("/api/actors/999999").status_code == 404


def test_quotes_by_speaker_and_text(client: TestClient) -> None:
    by_speaker = client.get("/api/quotes", params={"speaker": "Scholz"}).json()["items"]
    assert any(q["doc_id"] == "test-summit" for q in by_speaker)
    by_text = client.get("/api/quotes", params={"q": "Seite Ukraine"}).json()["items"]
    assert [q["doc_id"] for q in by_text] == ["test-summit"]
    assert client.get("/api/quotes", params={"q": "' OR 1=1 --"}).json()["items"] == []


def test_stats_and_map_data(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] >= 3
    per_day = {d["day"]: d["n"] for d in stats["per_day"]}
    assert per_day["2024-03-12"] >= 3 and per_day["2024-03-13"] >= 1
    assert {t["type"] for t in stats["per_type"]} >= {"CONSULT", "AID", "PROTEST", "THREATEN"}
    # keyed by name and position: the examples' geocoder may place "Russland" elsewhere than our test data
    places = {(p["name"], p["lat"]): p for p in client.get("/api/map").json()["places"]}
    assert places[("Paris", 48.8566)]["kind"] == "city" and places[("Paris", 48.8566)]["precision_km"] == 5
    assert places[("Russland", 61.5)]["kind"] == "country" and places[("Russland", 61.5)]["precision_km"] == 1500
    assert places[("Paris", 48.8566)]["events"][0]["href"] == "/documents/test-summit#s0"
    mentioned = {(p["name"], p["lat"]): p for p in client.get("/api/map").json()["mentioned"]}
    assert mentioned[("Russland", 61.5)]["mentions"][0]["href"] == "/documents/test-summit#s3"
    assert client.get("/api/map", params={"type": "CONSULT"}).json()["mentioned"] == []


def test_read_only_by_default(client: TestClient) -> None:
    response = client.post("/api/documents", json={"text": "Merkel traf Macron in Berlin."})
    assert response.status_code == 403
    assert client.delete("/api/documents/test-summit").status_code == 405


def test_ingest_when_allowed(tmp_path, example_documents) -> None:
    url = build_db(tmp_path / "ingest.db", [])
    with TestClient(create_app(url, allow_ingest=True)) as c:
        text = "Bundeskanzlerin Angela Merkel hat am Montag in Berlin den Präsidenten getroffen."
        response = c.post("/api/documents", json={"text": text, "title": "Test", "published": "2015-03-02"})
        assert response.status_code == 201, response.text
        doc_id = response.json()["id"]
        assert response.json()["added"] is True
        assert c.get(f"/api/documents/{doc_id}").json()["text"] == text
        assert c.post("/api/documents", json={"text": text}).json()["added"] is False


def test_cross_site_posts_are_refused(tmp_path) -> None:
    url = build_db(tmp_path / "csrf.db", [])
    with TestClient(create_app(url, allow_ingest=True)) as c:
        article = {"text": "Merkel traf Macron in Berlin."}
        assert c.post("/api/documents", json=article, headers={"origin": "https://evil.example"}).status_code == 403
        assert c.post("/analyze", data=article, headers={"origin": "https://evil.example"}).status_code == 403
        # a cross-site <form enctype="text/plain"> cannot pass for JSON
        body = '{"text": "Merkel traf Macron in Berlin."}'
        assert c.post("/api/documents", content=body, headers={"content-type": "text/plain"}).status_code == 422
        assert len(c.get("/api/documents").json()["items"]) == 3  # the hand-made ones only
        assert c.post("/api/documents", json=article, headers={"origin": "http://testserver"}).status_code == 201


def test_request_size_is_limited(client: TestClient) -> None:
    big = b"x" * (3 * 1024 * 1024)
    assert client.post("/api/analyze", content=big, headers={"content-type": "application/json"}).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the body is counted as it arrives
        for _ in range(40):
            yield b"x" * 100_000

    response = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.headers["x-content-type-options"] == "nosniff"


# --- pages and security ------------------------------------------------------------------------


@pytest.mark.parametrize("path", [*PAGES, "/api/stats", "/static/style.css", "/nope", "/api/nope"])
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (200, 404)
    csp = response.headers["content-security-policy"]
    assert (
        "script-src 'self';" in csp
        and "frame-ancestors 'none'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_and_no_external_assets(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert re.findall(r"<script(?![^>]*\bsrc=\"/static/)[^>]*>", html) == []
    assert not re.search(r"(src|href)=\"(https?:)?//", html.replace('href="https://example.org', ""))


def test_every_page_renders_real_data(client: TestClient) -> None:
    home = client.get("/").text
    assert "Scholz trifft Macron in Paris" in home and "CONSULT" in home
    timeline = client.get("/timeline", params={"actor": "Scholz"}).text
    recent = client.get("/timeline", params={"actor": "Scholz", "date_from": "2024-01-01"}).text
    assert "3 event mention(s) match" in recent
    assert 'href="/documents/test-summit#s0"' in timeline and "2024-03-13" in timeline
    assert ">getroffen</a>" in timeline
    macron = client.get(f"/actors/{actor_id(client, 'Emmanuel Macron')}").text
    assert "Olaf Scholz" in macron and "Berlin" in macron and "2024-03-12" in macron and "2024-03-13" in macron
    scholz = client.get(f"/actors/{actor_id(client, 'Olaf Scholz')}").text
    assert "Wir stehen fest an der Seite der Ukraine" in scholz and 'href="/documents/test-summit#q0"' in scholz
    assert 'data-places="/api/map?"' in client.get("/map").text
    assert "Wir stehen fest" in client.get("/quotes", params={"speaker": "Scholz"}).text
    search = client.get("/search", params={"q": "Kanzleramt"}).text
    assert "<mark>Kanzleramt</mark>" in search and "/documents/test-berlin" in search


def test_document_page_highlights(client: TestClient) -> None:
    html = client.get("/documents/test-summit").text
    assert '<span class="badge badge-quote">Olaf Scholz</span>' in html
    assert 'data-event="ev1"' in html and 'id="event-ev1"' in html and 'id="s3"' in html
    assert 'class="timex timex-DATE"' in html and 'class="qty qty-money"' in html
    # entity → actor links come from the store's event arguments
    assert re.search(r'href="/actors/\d+">Emmanuel Macron</a>', html)


def article_text(html: str) -> str:
    """The article's text as the browser shows it, speaker badges left out."""
    article = html[html.index('<article class="article-text"') : html.index("</article>")]
    article = re.sub(r'<span class="badge[^"]*">[^<]*</span>', "", article)
    return unescape(re.sub(r"<[^>]+>", "", article))


def test_every_example_document_renders(client: TestClient, example_records) -> None:
    for record in example_records:
        response = client.get(f"/documents/{record['id']}")
        assert response.status_code == 200
        assert article_text(response.text) == record["text"]


def test_hostile_document_is_escaped(client: TestClient) -> None:
    for path in ["/documents/test-xss", "/", "/documents", "/timeline", "/quotes", "/actors", "/search?q=Hacker"]:
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    page = client.get("/documents/test-xss").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    reflected = client.get("/search", params={"q": XSS_SCRIPT + XSS_IMG}).text
    assert "<script>alert" not in reflected and "<img src=x" not in reflected


def test_analyze_page_runs_the_pipeline(client: TestClient) -> None:
    text = f"Der Bundestag hat am Freitag ein Gesetz beschlossen. {XSS_SCRIPT}"
    html = client.post("/analyze", data={"text": text, "title": XSS_IMG, "published": "2024-03-15"}).text
    assert 'class="article-text"' in html and 'id="s0"' in html
    assert article_text(html) == text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert client.post("/analyze", data={"text": "x", "published": "morgen"}).status_code == 200
    assert client.post("/analyze", data={"text": "x" * 100_001}).status_code == 422


def test_analysis_over_its_time_budget_is_refused(client: TestClient) -> None:
    from chronik.web.app import Analyzer

    app = client.app
    normal = app.state.analyzer
    app.state.analyzer = Analyzer(time_budget_s=0.0)
    try:
        response = client.post("/api/analyze", json={"text": "Merkel traf Macron in Berlin. " * 20})
        assert response.status_code == 422 and "not analysed" in response.json()["detail"]
        page = client.post("/analyze", data={"text": "Merkel traf Macron in Berlin."})
        assert page.status_code == 422 and "time budget" in page.text
    finally:
        app.state.analyzer = normal


def test_openapi_and_local_swagger(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/events", "/api/actors/{actor_id}", "/api/quotes", "/api/stats"} <= set(
        spec["paths"]
    )
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    world = client.get("/static/world/countries-110m.json").json()
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) > 150


def test_empty_database_pages(tmp_path) -> None:
    with TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}")) as c:
        for path in [*PAGES, "/api/map", "/api/stats", "/api/events"]:
            assert c.get(path).status_code == 200, path
        assert "No articles stored yet" in c.get("/").text
