"""Safety: loopback by default, the token elsewhere, read-only, no cross-site writes, a strict CSP, escaped text."""

from __future__ import annotations

import pytest

from actormap.errors import ConfigError
from actormap.serve.security import COOKIE, CSP
from actormap.serve.settings import ServeSettings, is_loopback, settings_for
from tests.serve.conftest import TOKEN


def test_loopback_needs_no_token_and_other_hosts_get_one() -> None:
    settings, generated = settings_for("127.0.0.1", 8000)
    assert settings.token is None and not generated
    settings, generated = settings_for("0.0.0.0", 8000)
    assert generated and settings.token and len(settings.token) >= 24
    settings, generated = settings_for("0.0.0.0", 8000, token="a-token-of-my-own-choosing")
    assert settings.token == "a-token-of-my-own-choosing" and not generated
    assert is_loopback("::1") and is_loopback("localhost") and not is_loopback("192.168.1.5")
    with pytest.raises(ConfigError):
        ServeSettings(token="short")


def test_default_host_is_loopback() -> None:
    assert ServeSettings().host == "127.0.0.1"


def test_every_response_carries_the_csp(empty_client) -> None:  # type: ignore[no-untyped-def]
    for path in ("/", "/api/graph", "/static/css/board.css", "/api/nope", "/claims"):
        headers = empty_client.get(path).headers
        assert headers["content-security-policy"] == CSP, path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in CSP and "script-src 'self'" in CSP and "http" not in CSP


def test_token_is_checked_on_every_request(token_client) -> None:  # type: ignore[no-untyped-def]
    for path in ("/", "/api/graph", "/static/css/board.css", "/api/openapi.json"):
        assert token_client.get(path).status_code == 401, path
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    assert token_client.get("/api/graph", headers=bearer).status_code == 200
    assert token_client.get("/static/css/board.css", headers=bearer).status_code == 200
    assert token_client.get("/api/graph", params={"token": TOKEN}).status_code == 200


def test_token_in_the_address_becomes_a_cookie(token_client) -> None:  # type: ignore[no-untyped-def]
    response = token_client.get("/claims", params={"token": TOKEN, "unit": "USD"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/claims?unit=USD"  # the token leaves the address bar
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert token_client.get("/claims?unit=USD").status_code == 200  # the client kept the cookie


def test_loopback_board_refuses_other_host_names(empty_client) -> None:  # type: ignore[no-untyped-def]
    response = empty_client.get("/api/graph", headers={"Host": "attacker.example:8000"})
    assert response.status_code == 403 and response.json()["error"] == "wrong_host"
    assert empty_client.get("/api/graph", headers={"Host": "localhost:8000"}).status_code == 200


def test_read_only_refuses_every_write(read_only_client) -> None:  # type: ignore[no-untyped-def]
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        response = read_only_client.request(method, "/api/documents")
        assert response.status_code == 403 and response.json()["error"] == "read_only", method
    assert read_only_client.get("/api/graph").status_code == 200
    page = read_only_client.get("/").text
    assert 'href="/ingest"' not in page and 'id="drop-overlay"' not in page


def test_cross_site_writes_are_refused(empty_client) -> None:  # type: ignore[no-untyped-def]
    files = {"files": ("a.txt", b"text")}
    response = empty_client.post("/api/documents", files=files, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and response.json()["error"] == "cross_site"
    response = empty_client.post("/api/documents", files=files, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403


@pytest.mark.slow
def test_document_text_is_escaped_in_every_page(client) -> None:  # type: ignore[no-untyped-def]
    hit = client.get("/api/entities", params={"q": "Qasim Brigade"}).json()["entities"][0]
    profile = client.get(f"/entities/{hit['id']}").text
    document_id = client.get(f"/api/entities/{hit['id']}").json()["documents"][0]["id"]
    reader = client.get(f"/documents/{document_id}").text
    for page in (profile, reader):
        assert "<script>window" not in page
        assert "&lt;script&gt;window.__pwned" in page
    assert "<img src=x" not in reader and "&lt;img src=x onerror=" in reader
    assert "<b>on time</b>" not in reader
    for page in (client.get("/timeline").text, client.get("/claims").text, client.get("/search?q=Qasim").text):
        assert "<script>window" not in page
