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
