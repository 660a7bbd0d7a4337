"""Re-running extraction on stored documents with the current extractor, keeping analyst edits.

Per document, in one transaction: statements the current extractor no longer produces are
retired (not deleted), new ones are added, and entities are updated in place so their
`canonical_id` (rewritten by resolution) survives. Statements with origin 'analyst' and
the `judgements` table are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language
from sqlalchemy import Connection, Engine, select, update

from actormap import extract as extraction
from actormap.model import Record
from actormap.store.documents import iter_documents
from actormap.store.engine import insert, reading, writing
from actormap.store.statements import entity_rows, statement_rows
from actormap.store.tables import documents, entities, statements

CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit


@dataclass
class ReextractSummary:
    documents: int = 0
    changed: int = 0
    added: int = 0
    retired: int = 0


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def replace_extraction(conn: Connection, record: Record, extractor: tuple[str, str]) -> tuple[int, int]:
    """Make RECORD the document's extraction; returns (statements added, statements retired)."""
    document_id = record["document"]["id"]
    if conn.execute(select(documents.c.retired).where(documents.c.id == document_id)).scalar_one():
        return 0, 0  # retired by a newer version since it was read: its statements stay retired
    rows = statement_rows(record, *extractor)
    new_ids = {r["id"] for r in rows}
    live = set(conn.execute(select(statements.c.id).where(
        statements.c.document_id == document_id, statements.c.origin == "extractor", statements.c.retired.is_(False),
    )).scalars())
    gone = sorted(live - new_ids)
    for chunk in _chunks(gone):
        conn.execute(update(statements).where(statements.c.id.in_(chunk)).values(retired=True))
    if rows:
        stmt = insert(conn, statements)
        conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={"retired": False}), rows)
    conn.execute(update(entities).where(entities.c.document_id == document_id).values(retired=True))
    if record["entities"]:
        stmt = insert(conn, entities)
        kept = {c: stmt.excluded[c] for c in ("type", "name", "statement_id", "retired")}  # not canonical_id
        conn.execute(stmt.on_conflict_do_update(index_elements=["document_id", "local_id"], set_=kept), entity_rows(record, rows))
    conn.execute(update(documents).where(documents.c.id == document_id).values(extractor=extractor[0], extractor_version=extractor[1]))
    return len(new_ids - live), len(gone)


def reextract(engine: Engine, nlp: Language | None = None, on_progress: Callable[[int, int], None] | None = None) -> ReextractSummary:
    """Re-extract every current (not retired) document with the current extractor, one transaction each."""
    extractor = (extraction.EXTRACTOR_NAME, extraction.EXTRACTOR_VERSION)
    with reading(engine) as conn:
        ids = list(conn.execute(select(documents.c.id).where(documents.c.retired.is_(False)).order_by(documents.c.id)).scalars())
    summary = ReextractSummary()
    for record in extraction.extract_documents(iter_documents(engine, ids), nlp):
        with writing(engine) as conn:
            added, retired = replace_extraction(conn, record, extractor)
        summary.documents += 1
        summary.changed += bool(added or retired)
        summary.added += added
        summary.retired += retired
        if on_progress:
            on_progress(summary.documents, len(ids))
    return summary
