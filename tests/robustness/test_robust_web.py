"""Hostile content and hostile requests against the web app: javascript: URLs and SVG handlers in
documents, SQL in search and filter parameters, path traversal, oversized input."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from chronik.document import Document, Entity, Event
from chronik.store import Store
from chronik.web import create_app
from tests.test_web_data import hand_made

SVG = '"><svg onload=alert(1)>'
JS_URL = "javascript:alert(1)"
SQL = ["' OR 1=1 --", '"; DROP TABLE documents; --', "x' UNION SELECT id, text FROM documents --", "%' OR '%'='"]


def svg_document() -> Document:
    text = f"Die Gruppe {SVG} forderte in Bern den Rücktritt. Sie drohte mit {SVG} Protesten."
    start = text.index("Gruppe")
    group = Entity(id="g1", label="ORG", name=f"Gruppe {SVG}", mentions=[[start, start + len("Gruppe")]])
    trigger = text.index("forderte")
    return Document(
        id="test-svg",
        lang="de",
        title=f"Titel {SVG}",
        published=date(2024, 5, 1),
        source=JS_URL,
        text=text,
        sentences=[[0, text.index(" Sie")], [text.index("Sie"), len(text)]],
        entities=[group],
        events=[Event(id="v1", type="REQUEST", trigger=[trigger, trigger + 8], sentence=0, source=["g1"])],
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('robust-web') / 'chronik.db'}"
    with Store(url) as store:
        for doc in [*hand_made(), svg_document()]:
            store.add_document(doc)
    with TestClient(create_app(url)) as c:
        yield c


def test_svg_handlers_and_javascript_urls_are_inert(client):
    for path in ["/documents/test-svg", "/", "/documents", "/timeline", "/actors", "/search?q=Gruppe"]:
        html = client.get(path).text
        assert "<svg onload" not in html, path
        assert 'href="javascript:' not in html.lower() and 'src="javascript:' not in html.lower(), path
    assert client.get("/api/documents/test-svg").json()["source"] == JS_URL  # stored as data, shown as text


@pytest.mark.parametrize("attack", SQL)
def test_sql_in_parameters_is_only_data(client, attack):
    before = client.get("/api/documents", params={"limit": 200}).json()["items"]
    for path, params in [
        ("/api/documents", {"q": attack}),
        ("/api/events", {"actor": attack}),
        ("/api/events", {"place": attack, "type": "CONSULT"}),
        ("/api/actors", {"q": attack}),
        ("/api/quotes", {"speaker": attack, "q": attack}),
        ("/search", {"q": attack}),
        ("/timeline", {"actor": attack}),
    ]:
        response = client.get(path, params=params)
        assert response.status_code in (200, 422), (path, response.status_code)
        if path.startswith("/api/") and response.status_code == 200:
            assert response.json()["items"] == [], (path, attack)
    assert client.get("/api/documents", params={"limit": 200}).json()["items"] == before


@pytest.mark.parametrize(
    "path",
    [
        "/documents/..%2F..%2Fpyproject.toml",
        "/documents/../../etc/passwd",
        "/static/../../../pyproject.toml",
        "/static/..%2F..%2F..%2Fpyproject.toml",
        "/static/%2e%2e/%2e%2e/store/__init__.py",
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_path_parameters_cannot_read_files(client, path):
    response = client.get(path)
    assert response.status_code in (404, 400, 422)
    assert "[build-system]" not in response.text and "root:" not in response.text and "import" not in response.text


def test_oversized_and_malformed_requests_are_refused(client):
    assert (
        client.post(
            "/api/analyze", content=b"{" * (3 * 1024 * 1024), headers={"content-type": "application/json"}
        ).status_code
        == 413
    )
    assert client.post(
        "/api/analyze", content=b"\xff\xfe not json", headers={"content-type": "application/json"}
    ).status_code in (400, 422)
    assert client.get("/api/events", params={"limit": 10**9}).status_code == 422
    assert client.get("/api/events", params={"date_from": "2024-13-45"}).status_code == 422
