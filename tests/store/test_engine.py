"""Opening the store: the database setting, URLs, SQLite's pragmas, clean errors."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from actormap import settings
from actormap.errors import ConfigError
from actormap.store import open_store, reading
from actormap.store.engine import normalize_url


def test_engine_db_setting_prefers_option_then_environment_then_default(monkeypatch):
    monkeypatch.delenv("ACTORMAP_DB", raising=False)
    assert settings.resolve("db") == "sqlite:///./actormap.db"
    monkeypatch.setenv("ACTORMAP_DB", "sqlite:///env.db")
    assert settings.resolve("db") == "sqlite:///env.db"
    assert settings.resolve("db", "sqlite:///option.db") == "sqlite:///option.db"


def test_engine_normalizes_bare_paths_and_postgresql_urls():
    assert normalize_url("data/store.db") == "sqlite:///data/store.db"
    assert normalize_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalize_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalize_url("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_engine_sqlite_runs_in_wal_mode(tmp_path):
    engine = open_store(str(tmp_path / "store.db"))
    with reading(engine) as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000
    engine.dispose()


def test_engine_default_is_actormap_db_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ACTORMAP_DB", raising=False)
    open_store().dispose()
    assert (tmp_path / "actormap.db").exists()


@pytest.mark.parametrize("url, says", [
    ("mysql://u:p@localhost/db", "not supported"),
    ("sqlite:////no/such/folder/store.db", "does not exist"),
    ("nonsense://", "not supported"),
    ("postgresql://u@h:port/db", "cannot be used"),
    ("sqlite+nodriver:///x.db", "cannot be used"),
])
def test_engine_rejects_unusable_urls(url, says):
    with pytest.raises(ConfigError, match=says):
        open_store(url)


def test_engine_unreachable_postgres_is_one_clean_error_without_the_password():
    with pytest.raises(ConfigError) as caught:
        open_store("postgresql://someone:secret@127.0.0.1:9/nowhere")
    assert "cannot open the database" in str(caught.value)
    assert "secret" not in str(caught.value)


OPEN_STORE = "import sys; from actormap.store import open_store; open_store(sys.argv[1]).dispose()"


def test_engine_two_processes_opening_a_new_sqlite_store_at_once_both_succeed(tmp_path):
    # Switching a new file to WAL answered "database is locked" at once in about a third of
    # such races; ten rounds catch that nearly always.
    import subprocess
    import sys

    for round_ in range(10):
        url = f"sqlite:///{tmp_path / f'race-{round_}.db'}"
        procs = [
            subprocess.Popen([sys.executable, "-c", OPEN_STORE, url], stderr=subprocess.PIPE, text=True) for _ in range(2)
        ]
        errors = [proc.communicate(timeout=120)[1] for proc in procs]
        assert all(proc.returncode == 0 for proc in procs), errors
