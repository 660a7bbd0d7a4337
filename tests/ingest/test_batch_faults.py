"""Batch ingest under faults, with real processes: SIGKILL mid-ingest then a re-run, and two ingests at once.

Each ends with exactly the state of one uninterrupted run into a fresh database (compared
through every document, version, statement id, entity and failure), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from actormap.ingest.batch import ingest_paths
from actormap.resolve import resolve
from actormap.store import open_store, reading, stats
from tests.store.corpus import write_corpus
from tests.store.fixtures import new_db_url, snapshot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

CORPUS_SIZE = 60


def actormap_command() -> list[str]:
    script = Path(sys.executable).with_name("actormap")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from actormap.cli import main; main()"]


def start_ingest(corpus: Path, url: str, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "ACTORMAP_DB"}
    with open(log, "wb") as out:
        return subprocess.Popen([*actormap_command(), "ingest", str(corpus), "--db", url], stdout=out, stderr=subprocess.STDOUT, env=env)


def corpus_with_a_bad_file(folder: Path) -> Path:
    write_corpus(folder, CORPUS_SIZE)
    (folder / "article-00003-copy.txt").write_bytes((folder / "article-00003.txt").read_bytes())
    (folder / "zz-junk.txt").write_bytes(b"\x00\x01binary\x00" * 64)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp) -> tuple[Path, dict]:
    """The corpus, and the snapshot of one uninterrupted in-process run over it (the same on every backend)."""
    folder = tmp_path_factory.mktemp("faults")
    corpus = corpus_with_a_bad_file(folder / "corpus")
    engine = open_store(f"sqlite:///{folder / 'reference.db'}")
    ingest_paths([corpus], engine, nlp=nlp)
    resolve(engine)  # `actormap ingest` resolves afterwards
    expected = snapshot(engine)
    engine.dispose()
    return corpus, expected


def wait_for_documents(engine, at_least: int, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if stats(engine).documents >= at_least:
            return
        time.sleep(0.005)
    raise AssertionError(f"the ingest ended or stalled before storing {at_least} documents:\n{log.read_text()}")


def assert_intact(engine) -> None:
    if engine.dialect.name == "sqlite":
        with reading(engine) as conn:
            assert conn.execute(sql("PRAGMA integrity_check")).scalar() == "ok"


def test_batch_sigkill_mid_ingest_then_rerun_ends_as_one_uninterrupted_run(new_db_url, corpus, tmp_path):
    corpus, expected = corpus
    url = new_db_url()
    engine = open_store(url)
    for at_least in (5, 30):  # killed twice: once early, once in the middle of the re-run
        proc = start_ingest(corpus, url, tmp_path / "killed.log")
        wait_for_documents(engine, at_least, proc, tmp_path / "killed.log")
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
        assert stats(engine).documents < CORPUS_SIZE, "finished before it was killed: make the corpus bigger"
        assert_intact(engine)
    proc = start_ingest(corpus, url, tmp_path / "rerun.log")
    assert proc.wait(timeout=300) == 1, (tmp_path / "rerun.log").read_text()  # 1: the junk file failed
    assert "zz-junk.txt" in (tmp_path / "rerun.log").read_text()
    assert snapshot(engine) == expected
    assert_intact(engine)


def test_batch_two_ingests_at_once_neither_corrupt_nor_duplicate(new_db_url, corpus, tmp_path):
    corpus, expected = corpus
    url = new_db_url()  # not opened yet: the two processes also race to create the tables
    procs = [start_ingest(corpus, url, tmp_path / f"ingest-{i}.log") for i in range(2)]
    for i, proc in enumerate(procs):
        proc.wait(timeout=300)
        log = (tmp_path / f"ingest-{i}.log").read_text()
        assert proc.returncode == 1 and "zz-junk.txt" in log and "Traceback" not in log, log
    engine = open_store(url)
    assert snapshot(engine) == expected
    assert_intact(engine)
