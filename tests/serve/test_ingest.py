"""Uploading files to the board: kept, ingested and resolved in the background, with progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from actormap.serve.jobs import safe_name
from tests.conftest import ROOT
from tests.serve.conftest import wait_for_job

pytestmark = pytest.mark.slow


def test_upload_ingests_with_progress(empty_client) -> None:  # type: ignore[no-untyped-def]
    example = (ROOT / "examples" / "sahel-gold-routes.txt").read_bytes()
    files = [("files", ("sahel.txt", example, "text/plain")), ("files", ("notes.xyz", b"no reader", "text/plain"))]
    response = empty_client.post("/api/documents", files=files)
    assert response.status_code == 202
    started = response.json()
    assert started["url"] == f"/api/jobs/{started['job']['id']}"
    assert started["job"]["total"] == 2
    job = wait_for_job(empty_client, started["job"]["id"])
    assert job["state"] == "done" and job["done"] == 2
    outcomes = {f["name"]: f for f in job["files"]}
    assert outcomes["sahel.txt"]["outcome"] == "stored"
    assert outcomes["notes.xyz"]["outcome"] == "failed" and outcomes["notes.xyz"]["problem"]
    hits = empty_client.get("/api/entities", params={"q": "Ag Ghaly"}).json()["entities"]
    assert hits and hits[0]["name"] in ("Iyad Ag Ghaly", "Ag Ghaly")  # the map was reloaded
    kept = Path(empty_client.app.state.settings.uploads)  # type: ignore[attr-defined]
    assert [p.name for p in kept.glob("*/sahel.txt")] == ["sahel.txt"]
    again = wait_for_job(empty_client, empty_client.post("/api/documents", files=files[:1]).json()["job"]["id"])
    assert again["files"][0]["outcome"] == "duplicate"  # same content from another path: stored once


def test_upload_limit(empty_client) -> None:  # type: ignore[no-untyped-def]
    empty_client.app.state.settings = type(empty_client.app.state.settings)(max_upload_mb=1, uploads="x")  # type: ignore[attr-defined]
    response = empty_client.post("/api/documents", files={"files": ("big.txt", b"x" * (1024 * 1024 + 1))})
    assert response.status_code == 413 and response.json()["error"] == "too_large"


@pytest.mark.parametrize(("given", "kept"), [
    ("report.txt", "report.txt"), ("../../etc/passwd", "passwd"), ("C:\\Users\\me\\notes.md", "notes.md"),
    (".hidden", "hidden"), ("", "upload"), ("bad<name>.txt", "bad_name_.txt"),
])
def test_safe_name(given: str, kept: str) -> None:
    assert safe_name(given) == kept
