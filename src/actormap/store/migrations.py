"""Schema migrations: an ordered list, applied in one transaction and recorded in the `migrations` table.

A fresh database gets the current tables from `tables.py` in one step and every migration
recorded as applied; an existing one gets the migrations it lacks, in order. So a schema
change is two edits: the table in `tables.py` and a migration here that brings an
existing database to it (an ALTER), appended to MIGRATIONS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, inspect, select

from actormap.store import tables
from actormap.store.engine import writing


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    tables.metadata.create_all(conn)


MIGRATIONS: list[Migration] = [
    Migration("0001_evidence_store", _initial),  # documents, sources, statements, entities, failures, judgements (#4)
]


def applied(conn: Connection) -> list[str]:
    """Names of the migrations recorded in the database, oldest first."""
    if not inspect(conn).has_table(tables.migrations.name):
        return []
    rows = conn.execute(select(tables.migrations.c.name).order_by(tables.migrations.c.name))
    return [name for (name,) in rows]


def migrate(engine: Engine, migrations: list[Migration] | None = None) -> list[str]:
    """Bring the database up to date in one transaction; returns the names applied now."""
    migrations = MIGRATIONS if migrations is None else migrations
    with writing(engine) as conn:
        done = set(applied(conn))
        pending = [m for m in migrations if m.name not in done]
        if not pending:
            return []
        if not done:
            tables.metadata.create_all(conn)  # fresh: today's tables already include every migration
        else:
            for migration in pending:
                migration.apply(conn)
        now = datetime.now(timezone.utc)
        conn.execute(tables.migrations.insert(), [{"name": m.name, "applied_at": now} for m in pending])
        return [m.name for m in pending]
