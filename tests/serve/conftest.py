"""Fixtures for the board: a small ingested corpus, in-process API clients, and a live server for the browser.

`corpus_db` ingests a few fixture documents, a dated e-mail and a hostile document (with
`<script>` and `onerror=` in its text) once per session; `client` serves it in process.
`empty_client`, `token_client` and `read_only_client` serve fresh empty stores.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import FIXTURES, ROOT

LOOPBACK = "http://127.0.0.1"
CORPUS = ("sahel-ngo-report.txt", "libya-wire.txt", "syria-sweida-wire.txt", "sudan-gold-feature.txt")
TOKEN = "test-token-0123456789abcdef"

HOSTILE = """Qasim Brigade payments exposed <script>window.__pwned = "script"</script>

Colonel Yusuf Barakat, the commander of the Qasim Brigade, said the brigade had 400 fighters. <img src=x onerror="window.__pwned = 'onerror'">
The Qasim Brigade is funded by the Haddad Trading Company, according to two officials in Homs.
"Nobody pays us <b>on time</b>," Barakat said.
"""

DATED = """From: Desk <desk@example.org>
To: Editors <editors@example.org>
Subject: Sahel update: JNIM fighters near Gao
Date: Tue, 14 May 2024 09:30:00 +0000
Content-Type: text/plain; charset=utf-8

Iyad Ag Ghaly, the leader of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), commands about 6,000 fighters, the army said.
Moussa Ag Intalla is based in Menaka.
"""


def write_corpus(folder: Path) -> list[Path]:
    """The corpus files: fixture reports, the bundled example, a dated e-mail and the hostile document."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [shutil.copy(FIXTURES / name, folder / name) for name in CORPUS]
    files.append(shutil.copy(ROOT / "examples" / "sahel-gold-routes.txt", folder / "sahel-gold-routes.txt"))
    (folder / "sahel-update.eml").write_text(DATED, encoding="utf-8")
    (folder / "qasim-brigade.txt").write_text(HOSTILE, encoding="utf-8")
    return [Path(f) for f in files] + [folder / "sahel-update.eml", folder / "qasim-brigade.txt"]


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, nlp) -> str:  # type: ignore[no-untyped-def]
    """A SQLite store holding the ingested and resolved corpus (built once)."""
    from actormap.ingest.batch import ingest_paths
    from actormap.resolve import resolve
    from actormap.store import open_store

    root = tmp_path_factory.mktemp("board")
    url = f"sqlite:///{root / 'board.db'}"
    engine = open_store(url)
    summary = ingest_paths(write_corpus(root / "corpus"), engine, nlp=nlp)
    assert not summary.failures, summary.failures
    resolve(engine)
    engine.dispose()
    return url


def make_client(url: str, uploads: Path, **settings: object) -> TestClient:
    from actormap.serve import create_app
    from actormap.serve.settings import ServeSettings
    from actormap.store import open_store

    app = create_app(open_store(url), ServeSettings(uploads=str(uploads), **settings))  # type: ignore[arg-type]
    return TestClient(app, base_url=LOOPBACK)


@pytest.fixture(scope="session")
def client(corpus_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The board over the corpus, in process."""
    with make_client(corpus_db, tmp_path_factory.mktemp("uploads")) as test_client:
        yield test_client


@pytest.fixture
def empty_client(tmp_path: Path, nlp) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """A writable board over a new empty store (its upload jobs use the session's pipeline)."""
    with make_client(f"sqlite:///{tmp_path / 'empty.db'}", tmp_path / "uploads") as test_client:
        test_client.app.state.jobs.nlp = nlp  # type: ignore[attr-defined]
        yield test_client


@pytest.fixture
def read_only_client(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(f"sqlite:///{tmp_path / 'ro.db'}", tmp_path / "uploads", read_only=True) as test_client:
        yield test_client


@pytest.fixture
def token_client(tmp_path: Path) -> Iterator[TestClient]:
    """A board listening on all addresses, so every request needs TOKEN."""
    with make_client(f"sqlite:///{tmp_path / 'token.db'}", tmp_path / "uploads", host="0.0.0.0", token=TOKEN) as c:
        yield c


def wait_for_job(test_client: TestClient, job_id: str, seconds: float = 120) -> dict:
    """Poll an upload job until it ends; its final state."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = test_client.get(f"/api/jobs/{job_id}").json()["job"]
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish in {seconds} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_board(url: str, uploads: Path, nlp: object = None) -> Iterator[str]:
    """The board over the store at URL, served by uvicorn on a free loopback port; yields its base URL."""
    import uvicorn

    from actormap.serve import create_app
    from actormap.serve.settings import ServeSettings
    from actormap.store import open_store

    port = free_port()
    app = create_app(open_store(url), ServeSettings(port=port, uploads=str(uploads)))
    app.state.jobs.nlp = nlp
    app.state.board.snapshot().search.search("warm up")  # the name database loads here, not in a test's timeout
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the board did not start")
        time.sleep(0.05)
    try:
        yield f"{LOOPBACK}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_board(corpus_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The board over the corpus, live, for the browser; its base URL."""
    with running_board(corpus_db, tmp_path_factory.mktemp("up")) as base:
        yield base


@pytest.fixture
def live_empty_board(tmp_path: Path, nlp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A live board over a new empty store, for uploading from the browser."""
    with running_board(f"sqlite:///{tmp_path / 'live.db'}", tmp_path / "uploads", nlp) as base:
        yield base
