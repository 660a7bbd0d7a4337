"""The queries the board needs that `analyze` has no use for: one document with every fact read in it.

A fact's actors are given by their canonical ids (the map's) as well as the document's own
entity ids, so the reader links each highlighted name to the actor's profile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from actormap.store.engine import reading
from actormap.store.tables import documents, entities, statements

# The kinds of fact the reader highlights, in the order the side panel lists them.
SPAN_KINDS = ("mention", "quote", "relation", "claim")


@dataclass
class Actor:
    """A document's entity, with the actor it belongs to on the map."""

    local_id: str
    canonical_id: str
    name: str
    type: str


@dataclass
class Fact:
    """One statement of a document with its span."""

    kind: str
    start: int
    end: int
    item: dict[str, Any]


@dataclass
class StoredDocument:
    """A document's text and metadata, its actors and every fact with a span."""

    id: str
    source: str
    title: str | None
    publisher: str | None
    author: str | None
    published: str | None
    text: str
    retired: bool
    superseded_by: str | None
    actors: dict[str, Actor] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


def stored_document(engine: Engine, document_id: str) -> StoredDocument | None:
    """The document with this id (current or retired) with its current facts, or None."""
    with reading(engine) as conn:
        row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
        if row is None:
            return None
        result = StoredDocument(row.id, row.source, row.title, row.publisher, row.author, row.published, row.text,
                                row.retired, row.superseded_by)
        for local_id, canonical_id, name, etype in conn.execute(
            select(entities.c.local_id, entities.c.canonical_id, entities.c.name, entities.c.type)
            .where(entities.c.document_id == document_id)
        ):
            result.actors[local_id] = Actor(local_id, canonical_id, name, etype)
        facts = conn.execute(
            select(statements.c.kind, statements.c.span_start, statements.c.span_end, statements.c.item)
            .where(statements.c.document_id == document_id, statements.c.kind.in_(SPAN_KINDS),
                   statements.c.retired.is_(row.retired), statements.c.span_start.is_not(None))
            .order_by(statements.c.span_start, statements.c.span_end, statements.c.kind)
        ).all()
    result.facts = [Fact(kind, start, end, item or {}) for kind, start, end, item in facts]
    return result
