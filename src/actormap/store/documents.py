"""Writing documents: one transaction per file read, versioned by path, deduplicated by content.

A file's path keeps a history of versions in `sources`. The same content again is
unchanged (nothing written); new content is a new version, and the content it replaced is
retired (its statements too, never deleted) unless another file still carries it. The
same content from another path is stored once, with the extra path recorded.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, bindparam, delete, func, or_, select, update

from actormap.model import Document, Record
from actormap.store.engine import insert, reading, writing
from actormap.store.statements import StatementRow, entity_rows, statement_rows
from actormap.store.tables import documents, entities, failures, sources, statements


class Outcome(str, Enum):
    """What ingesting one file did."""

    STORED = "stored"  # new content from a new path
    NEW_VERSION = "new version"  # a known path with different content; the old content is retired
    DUPLICATE = "duplicate"  # content already stored from another path; this path is recorded
    UNCHANGED = "unchanged"  # this path already has this content: nothing written
    FAILED = "failed"  # not stored; the problem is recorded in `failures`


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _plain_json(value: dict[str, Any]) -> dict[str, Any]:
    """Reader metadata as JSON (dates and other objects become strings)."""
    return json.loads(json.dumps(value, default=str))


@dataclass(frozen=True)
class _Before:
    """What the store holds for one path and one content, read in one query."""

    version: int | None  # the path's latest version
    document_id: str | None  # the content of that version
    stored: bool | None  # None: this content is new; else whether it is retired
    failed: bool  # the path has a failure on record


def _before_query() -> Select:
    path, document_id = bindparam("path"), bindparam("document_id")
    latest = select(sources.c.version, sources.c.document_id).where(sources.c.path == path)
    latest = latest.order_by(sources.c.version.desc()).limit(1).subquery()
    return select(
        select(latest.c.version).scalar_subquery(),
        select(latest.c.document_id).scalar_subquery(),
        select(documents.c.retired).where(documents.c.id == document_id).scalar_subquery(),
        select(failures.c.path).where(failures.c.path == path).exists(),
    )


_BEFORE = _before_query()  # built once: building it costs more than running it


def _before(conn: Connection, path: str, document_id: str) -> _Before:
    row = conn.execute(_BEFORE, {"path": path, "document_id": document_id}).one()
    return _Before(row[0], row[1], row[2], bool(row[3]))


def insert_statements(conn: Connection, rows: list[StatementRow]) -> None:
    if rows:
        conn.execute(insert(conn, statements).on_conflict_do_nothing(), rows)


def _insert_document(conn: Connection, document: Document, record: Record, version: int, extractor: tuple[str, str]) -> None:
    conn.execute(insert(conn, documents).on_conflict_do_nothing(), {
        "id": document.id, "content_hash": hashlib.sha256(document.text.encode("utf-8")).hexdigest(), "source": document.source,
        "title": record["document"]["title"], "publisher": document.publisher, "author": document.author,
        "published": document.published, "text": document.text, "meta": _plain_json(document.meta),
        "version": version, "retired": False, "superseded_by": None,
        "extractor": extractor[0], "extractor_version": extractor[1], "ingested_at": _now(),
    })
    rows = statement_rows(record, *extractor)
    insert_statements(conn, rows)
    if record["entities"]:
        conn.execute(insert(conn, entities).on_conflict_do_nothing(), entity_rows(record, rows))


def _set_retired(conn: Connection, document_id: str, retired: bool, superseded_by: str | None = None) -> None:
    """Retire a document with all its statements and entities, or bring back the ones of its current extraction."""
    conn.execute(update(documents).where(documents.c.id == document_id).values(retired=retired, superseded_by=superseded_by))
    if retired:
        conn.execute(update(statements).where(statements.c.document_id == document_id).values(retired=True))
        conn.execute(update(entities).where(entities.c.document_id == document_id).values(retired=True))
        return
    extractor, version = conn.execute(
        select(documents.c.extractor, documents.c.extractor_version).where(documents.c.id == document_id)
    ).one()
    from_current = and_(statements.c.extractor == extractor, statements.c.extractor_version == version)
    conn.execute(
        update(statements)
        .where(statements.c.document_id == document_id, or_(statements.c.origin == "analyst", from_current))
        .values(retired=False)
    )
    live = select(statements.c.id).where(statements.c.document_id == document_id, statements.c.retired.is_(False))
    conn.execute(update(entities).where(entities.c.document_id == document_id, entities.c.statement_id.in_(live)).values(retired=False))


def _still_carried(conn: Connection, document_id: str) -> bool:
    """Whether some path's latest version is DOCUMENT_ID."""
    s = sources.alias("s")
    latest = select(func.max(sources.c.version)).where(sources.c.path == s.c.path).scalar_subquery()
    row = conn.execute(select(s.c.path).where(s.c.document_id == document_id, s.c.version == latest).limit(1)).first()
    return row is not None


def write_document(engine: Engine, path: str, document: Document, record: Record | None, extractor: tuple[str, str]) -> Outcome:
    """Store what PATH now holds in one transaction; RECORD may be None only when the content is already stored."""
    with writing(engine) as conn:
        before = _before(conn, path, document.id)
        if before.failed:
            conn.execute(delete(failures).where(failures.c.path == path))
        if before.document_id == document.id:
            return Outcome.UNCHANGED
        version = (before.version or 0) + 1
        if before.stored is None:
            if record is None:
                raise ValueError(f"{path}: content {document.id} is not stored and was not extracted")
            _insert_document(conn, document, record, version, extractor)
        elif before.stored:
            _set_retired(conn, document.id, False)
        conn.execute(insert(conn, sources).on_conflict_do_nothing(),
                     {"path": path, "version": version, "document_id": document.id, "seen_at": _now()})
        if before.document_id is not None and not _still_carried(conn, before.document_id):
            _set_retired(conn, before.document_id, True, superseded_by=document.id)
    if before.document_id is not None:
        return Outcome.NEW_VERSION
    return Outcome.STORED if before.stored is None else Outcome.DUPLICATE


def record_failure(engine: Engine, path: str, problem: str) -> None:
    """Note that PATH could not be stored, and why; nothing stored from it before is touched."""
    row = {"path": path, "problem": problem, "at": _now()}
    with writing(engine) as conn:
        upsert = insert(conn, failures).on_conflict_do_update(index_elements=["path"], set_={"problem": problem, "at": row["at"]})
        conn.execute(upsert, row)


def known_document_ids(engine: Engine) -> set[str]:
    """Ids of every stored document: content that needs no extraction when it turns up again."""
    with reading(engine) as conn:
        return set(conn.execute(select(documents.c.id)).scalars())


def stored_document(conn: Connection, document_id: str) -> Document:
    """A stored document as the Document it was read as."""
    row = conn.execute(select(documents).where(documents.c.id == document_id)).one()
    return Document(text=row.text, source=row.source, title=row.title, published=row.published,
                    publisher=row.publisher, author=row.author, meta=dict(row.meta or {}))


def iter_documents(engine: Engine, ids: Iterable[str]) -> Iterator[Document]:
    """The stored documents with these ids, each read in its own short transaction."""
    for document_id in ids:
        with reading(engine) as conn:
            yield stored_document(conn, document_id)
