"""Every JSON error has one shape: {ok: false, status, error, message} (+ details for invalid requests)."""

from __future__ import annotations

import pytest

from actormap.serve.errors import BoardError
from tests.serve.conftest import TOKEN

SHAPE = {"ok", "status", "error", "message"}


def assert_shape(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert SHAPE <= set(body) <= SHAPE | {"details"}
    assert body["ok"] is False and body["status"] == status and body["error"] == code
    assert isinstance(body["message"], str) and body["message"]
    return body


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/api/entities/0000000000000000", 404, "not_found"),
    ("GET", "/api/documents/0000000000000000", 404, "not_found"),
    ("GET", "/api/edges/nope", 404, "not_found"),
    ("GET", "/api/jobs/nope", 404, "not_found"),
    ("GET", "/api/no-such-thing", 404, "not_found"),
    ("GET", "/api/entities", 422, "invalid"),  # q is required
    ("GET", "/api/graph?min_sources=many", 422, "invalid"),
    ("GET", "/api/graph?date_from=yesterday", 422, "invalid"),
    ("DELETE", "/api/graph", 405, "method_not_allowed"),
    ("POST", "/api/documents", 422, "invalid"),  # no files
    ("GET", "/api/claims?subject=Nobody%20At%20All", 404, "not_found"),
])
def test_error_shape(empty_client, method: str, path: str, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    body = assert_shape(empty_client.request(method, path), status, code)
    if status == 422:
        assert body["details"][0]["where"]


def test_error_shape_of_a_bug(empty_client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("actormap.serve.views.timeline.timeline_data", broken)
    body = assert_shape(empty_client.get("/api/timeline"), 500, "internal")
    assert "boom" not in body["message"]  # internals stay in the server log


def test_error_shape_of_refusals(read_only_client, token_client) -> None:  # type: ignore[no-untyped-def]
    assert_shape(read_only_client.post("/api/documents", files={"files": ("a.txt", b"x")}), 403, "read_only")
    assert_shape(token_client.get("/api/graph"), 401, "unauthorized")
    assert_shape(token_client.get("/api/graph", headers={"Authorization": f"Bearer {TOKEN}x"}), 401, "unauthorized")


def test_pages_get_an_error_page(empty_client) -> None:  # type: ignore[no-untyped-def]
    response = empty_client.get("/entities/0000000000000000")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no actor has the id" in response.text


def test_board_error_codes() -> None:
    assert BoardError(413, "too big").code == "too_large"
    assert BoardError(418, "teapot").code == "error"
