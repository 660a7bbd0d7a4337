"""Migrations: a fresh database gets every table; pending ones apply in order, in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from actormap.store import migrate
from actormap.store.migrations import MIGRATIONS, Migration, applied
from actormap.store.tables import metadata


def test_migrations_fresh_database_gets_every_table_and_records_every_migration(fresh_db):
    with fresh_db.connect() as conn:
        assert set(metadata.tables) <= set(inspect(conn).get_table_names())
        assert applied(conn) == [m.name for m in MIGRATIONS]


def test_migrations_run_again_change_nothing(fresh_db):
    assert migrate(fresh_db) == []


def test_migrations_pending_ones_apply_in_order_and_are_recorded(fresh_db):
    def add_notes(conn):
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))

    def add_body(conn):
        conn.execute(text("ALTER TABLE notes ADD COLUMN body TEXT"))

    later = [*MIGRATIONS, Migration("0002_notes", add_notes), Migration("0003_notes_body", add_body)]
    assert migrate(fresh_db, later) == ["0002_notes", "0003_notes_body"]
    with fresh_db.connect() as conn:
        assert {c["name"] for c in inspect(conn).get_columns("notes")} == {"id", "body"}
        assert applied(conn)[-2:] == ["0002_notes", "0003_notes_body"]
    assert migrate(fresh_db, later) == []


def test_migrations_a_failing_migration_leaves_the_database_as_it_was(fresh_db):
    def half_done(conn):
        conn.execute(text("CREATE TABLE half (id INTEGER PRIMARY KEY)"))
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        migrate(fresh_db, [*MIGRATIONS, Migration("0002_half", half_done)])
    with fresh_db.connect() as conn:
        assert "half" not in inspect(conn).get_table_names()
        assert applied(conn) == [m.name for m in MIGRATIONS]
