"""Opening the store: one engine for SQLite or PostgreSQL, and write transactions that never interleave.

SQLite runs in WAL mode with a busy timeout and takes the write lock when a transaction
begins (BEGIN IMMEDIATE), so two processes writing at once queue instead of failing; two
processes opening a new file at once retry its switch to WAL, which SQLite refuses without
waiting.
PostgreSQL writers take one transaction-scoped advisory lock for the same effect. Each
write transaction therefore sees every earlier commit, and ON CONFLICT DO NOTHING makes a
repeated write a no-op.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from actormap.errors import ConfigError

BUSY_TIMEOUT_MS = 60_000
# Any fixed 64-bit number: the key of the advisory lock PostgreSQL writers share.
PG_WRITE_LOCK = 0x616374_6F726D6170
WRITER_OPTION = "actormap_writer"


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL for URL: a bare path means SQLite, and postgresql:// uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return f"postgresql+psycopg://{rest}"
    return url


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (pysqlite would defer it otherwise).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _set_wal(cursor)
    # WAL + NORMAL: a killed process loses nothing committed; only a power cut may lose the last commits.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _set_wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """Switch a new database to WAL. SQLite answers "database is locked" at once, without its busy
    handler, when another process is switching the same new file at the same moment (two ingests
    started together on a fresh store); waiting and asking again is safe, as the first to win
    leaves the file in WAL mode."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(connection: Connection) -> None:
    # A writer takes the write lock up front: upgrading a read lock later could fail at once (SQLITE_BUSY).
    writer = connection.get_execution_options().get(WRITER_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def create(url: str) -> Engine:
    """An engine for URL (not yet migrated); a malformed URL or an unsupported backend is a ConfigError."""
    how = "give sqlite:///PATH or postgresql://USER:PASS@HOST/DB"
    try:
        parsed = make_url(normalize_url(url))
    except (ArgumentError, ValueError) as exc:
        raise ConfigError(f"database URL '{url}' cannot be used ({exc}); {how}") from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ConfigError(f"database URL '{url}': {backend} is not supported; {how}")
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:" and not Path(parsed.database).parent.is_dir():
        raise ConfigError(f"database URL '{url}': the folder {Path(parsed.database).parent} does not exist")
    try:
        engine = create_engine(parsed)
    except (ArgumentError, ImportError) as exc:
        raise ConfigError(f"database URL '{url}' cannot be used ({exc}); {how}") from None
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction, committed on success and rolled back on any error; writers queue."""
    with engine.connect() as conn, conn.execution_options(**{WRITER_OPTION: True}).begin():
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(PG_WRITE_LOCK)))
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read-only transaction (a snapshot); it does not wait for writers."""
    with engine.connect() as conn, conn.begin():
        yield conn


def insert(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    """An INSERT for TABLE in the connection's dialect, which has on_conflict_do_nothing/do_update."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)
