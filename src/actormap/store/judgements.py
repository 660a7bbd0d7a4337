"""Analyst overrides of entity resolution, recorded so that they outlive re-ingest, reextract and re-resolution.

A judgement names entities by **anchors**, not by ids: for each document the entity was read
in, the document id, its source path or URL and the entity's name there. Canonical ids change
when clusters change and local ids when the extractor changes; a name in a document (or in
the next version of the file it came from) does not. Resolution (`actormap.resolve`) finds
the anchors' entities again on every run and applies the judgement to them.

The row keeps the canonical ids at the time in `entity`/`other` (for reading the history)
and the anchors, with a rename's new name, as JSON in `value`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, func, select

from actormap.errors import ActormapError
from actormap.store.engine import reading, writing
from actormap.store.tables import JUDGEMENT_ACTIONS, documents, entities, judgements, sources


@dataclass(frozen=True)
class Anchor:
    """An entity as an analyst saw it: its name in one document, and where that document came from."""

    document: str
    source: str
    name: str


@dataclass(frozen=True)
class Judgement:
    """One recorded override. `anchors` name ENTITY's side, `other_anchors` the other side."""

    id: int
    action: str
    entity: str
    other: str | None
    anchors: tuple[Anchor, ...]
    other_anchors: tuple[Anchor, ...] = ()
    name: str | None = None  # a rename's new name
    author: str | None = None
    note: str | None = None
    at: datetime | None = None


def members(conn: Connection, canonical_id: str) -> list[Anchor]:
    """The anchors of the current (not retired) entities that share CANONICAL_ID, in document order."""
    rows = conn.execute(
        select(entities.c.document_id, documents.c.source, entities.c.name)
        .join(documents, documents.c.id == entities.c.document_id)
        .where(entities.c.canonical_id == canonical_id, entities.c.retired.is_(False))
        .order_by(entities.c.document_id, entities.c.local_id)
    ).all()
    return [Anchor(document=d, source=s, name=n) for d, s, n in rows]


def find_document(conn: Connection, reference: str) -> str:
    """The id of the current document REFERENCE names: its id (or a unique prefix of 6+ characters), source or a path it was read from."""
    current = documents.c.retired.is_(False)
    found = set(conn.execute(select(documents.c.id).where(current, documents.c.id == reference)).scalars())
    if not found and len(reference) >= 6:
        found = set(conn.execute(select(documents.c.id).where(current, documents.c.id.startswith(reference, autoescape=True))).scalars())
    if not found:
        found = set(conn.execute(select(documents.c.id).where(current, documents.c.source == reference)).scalars())
    if not found:
        path = select(sources.c.document_id).where(sources.c.path == reference)
        found = set(conn.execute(select(documents.c.id).where(current, documents.c.id.in_(path))).scalars())
    if len(found) == 1:
        return found.pop()
    if found:
        raise ActormapError(f"document '{reference}' is ambiguous ({', '.join(sorted(found))}): give the full id")
    raise ActormapError(f"no current document '{reference}': give a document id, source path or URL (see `actormap entities --json`)")


def _split_sides(conn: Connection, entity: str, document: str) -> tuple[list[Anchor], list[Anchor]]:
    everyone = members(conn, entity)
    detached = [a for a in everyone if a.document == document]
    rest = [a for a in everyone if a.document != document]
    if not detached:
        raise ActormapError(f"entity {entity} is not mentioned in document {document}: nothing to split")
    if not rest:
        raise ActormapError(f"entity {entity} is only mentioned in document {document}: nothing to split it from")
    return detached, rest


def record(
    engine: Engine,
    action: str,
    entity: str,
    other: str | None = None,
    *,
    document: str | None = None,
    name: str | None = None,
    author: str | None = None,
    note: str | None = None,
) -> Judgement:
    """Record a judgement about canonical entities, anchored to their current members.

    merge/not-same: ENTITY and OTHER are (or are not) one actor. split: ENTITY's entity in
    DOCUMENT (an id, source or path) is not the rest of ENTITY. rename: ENTITY is called NAME.
    """
    if action not in JUDGEMENT_ACTIONS:
        raise ActormapError(f"unknown judgement '{action}': use one of {', '.join(JUDGEMENT_ACTIONS)}")
    with writing(engine) as conn:
        other_anchors: list[Anchor] = []
        if action == "split":
            if document is None:
                raise ActormapError("split needs the document whose entity to detach")
            anchors, other_anchors = _split_sides(conn, entity, find_document(conn, document))
        else:
            anchors = members(conn, entity)
        if not anchors:
            raise ActormapError(f"no current entity has the id {entity}")
        if action in ("merge", "not-same"):
            if other is None:
                raise ActormapError(f"{action} needs two different entities")
            if other == entity:
                fix = "nothing to do" if action == "merge" else "detach a document's entity with `actormap split ENTITY --document DOC`"
                raise ActormapError(f"both name one actor ({entity}): {fix}")
            other_anchors = members(conn, other)
            if not other_anchors:
                raise ActormapError(f"no current entity has the id {other}")
        if action == "rename" and not (name and name.strip()):
            raise ActormapError("rename needs a non-empty name")
        value: dict[str, object] = {"anchors": [_encode(a) for a in anchors], "other_anchors": [_encode(a) for a in other_anchors]}
        if action == "rename" and name:
            value["name"] = name.strip()
        row = {"action": action, "entity": entity, "other": other if action != "split" else None,
               "value": json.dumps(value, ensure_ascii=False), "author": author, "note": note,
               "at": datetime.now(timezone.utc)}
        inserted = conn.execute(judgements.insert().values(**row)).inserted_primary_key
        assert inserted is not None
        new_id = inserted[0]
    return _decode({**row, "id": new_id})


def _encode(anchor: Anchor) -> list[str]:
    return [anchor.document, anchor.source, anchor.name]


def _decode(row: dict) -> Judgement:
    value = json.loads(row["value"] or "{}")
    return Judgement(
        id=row["id"], action=row["action"], entity=row["entity"], other=row["other"],
        anchors=tuple(Anchor(*a) for a in value.get("anchors", [])),
        other_anchors=tuple(Anchor(*a) for a in value.get("other_anchors", [])),
        name=value.get("name"), author=row["author"], note=row["note"], at=row["at"],
    )


def load(conn: Connection) -> list[Judgement]:
    """Every judgement, oldest first (a later one overrides an earlier one it contradicts)."""
    rows = conn.execute(select(judgements).order_by(judgements.c.id)).mappings().all()
    return [_decode(dict(r)) for r in rows]


def all_judgements(engine: Engine) -> list[Judgement]:
    """Every judgement, oldest first, read in one transaction."""
    with reading(engine) as conn:
        return load(conn)


def current_documents(conn: Connection) -> dict[str, set[str]]:
    """Source path -> the current document ids its latest version (or the document's own source) carries."""
    latest = select(sources.c.path, func.max(sources.c.version).label("version")).group_by(sources.c.path).subquery()
    rows = conn.execute(
        select(sources.c.path, sources.c.document_id)
        .join(latest, (latest.c.path == sources.c.path) & (latest.c.version == sources.c.version))
    ).all()
    carried: dict[str, set[str]] = {}
    for path, document_id in rows:
        carried.setdefault(path, set()).add(document_id)
    for document_id, source in conn.execute(select(documents.c.id, documents.c.source).where(documents.c.retired.is_(False))):
        carried.setdefault(source, set()).add(document_id)
    return carried
