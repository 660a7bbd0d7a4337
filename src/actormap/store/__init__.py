"""The evidence store: documents, their versions and every extracted fact as a statement with provenance.

SQLAlchemy Core over SQLite (the default) or PostgreSQL, the same code for both; see
docs/store.md for the tables, versioning and the guarantees under faults and concurrency.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from actormap import settings
from actormap.errors import ConfigError
from actormap.store.documents import Outcome, known_document_ids, record_failure, write_document
from actormap.store.engine import create, reading, writing
from actormap.store.migrations import migrate
from actormap.store.stats import Stats, stats


def open_store(url: str | None = None) -> Engine:
    """An engine on the store at URL (or $ACTORMAP_DB, or ./actormap.db), migrated to the current schema."""
    url = settings.resolve("db", url)
    engine = create(url)
    try:
        migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        shown = engine.url.render_as_string(hide_password=True)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ConfigError(f"cannot open the database {shown}: {reason}; check --db or $ACTORMAP_DB") from None
    return engine


__all__ = [
    "Outcome", "Stats", "known_document_ids", "migrate", "open_store", "reading", "record_failure",
    "stats", "write_document", "writing",
]
