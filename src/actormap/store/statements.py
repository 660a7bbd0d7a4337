"""A record's facts as statements: one row per entity, mention, relation, claim and quote, with provenance.

A statement's id is the SHA-256 of what it says and where it comes from, so writing the
same record twice (or the same fact twice in one record) stores it once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any, TypedDict

from actormap.model import Record


class StatementRow(TypedDict):
    id: str
    document_id: str
    kind: str
    subject: str | None
    span_start: int | None
    span_end: int | None
    extractor: str
    extractor_version: str
    origin: str
    item: dict[str, Any]
    retired: bool


class EntityRow(TypedDict):
    document_id: str
    local_id: str
    canonical_id: str
    type: str
    name: str
    statement_id: str
    retired: bool


def _digest(*parts: object) -> str:
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def statement_id(document_id: str, kind: str, subject: str | None, span: tuple[int | None, int | None],
                 item: dict[str, Any], extractor: str, extractor_version: str) -> str:
    """The deterministic id of a statement: a hash of every field that makes it this fact from this source."""
    return _digest(document_id, kind, subject, list(span), item, extractor, extractor_version)


def canonical_id(document_id: str, local_id: str) -> str:
    """An entity's starting canonical id, before any resolution across documents: its own, made global."""
    return _digest(document_id, local_id)[:16]


def _facts(record: Record) -> Iterator[tuple[str, str | None, dict[str, Any], Any]]:
    """(kind, subject, item, span or None) for each fact in the record, in record order."""
    for entity in record["entities"]:
        mentions = entity["mentions"]
        yield "entity", entity["id"], {k: v for k, v in entity.items() if k != "mentions"}, mentions[0] if mentions else None
        for mention in mentions:
            yield "mention", entity["id"], {"entity": entity["id"], **mention}, mention
    for relation in record["relations"]:
        yield "relation", relation["source"], dict(relation), relation["evidence"]
    for claim in record["claims"]:
        yield "claim", claim.get("subject"), dict(claim), claim.get("evidence")
    for quote in record["quotes"]:
        yield "quote", quote["speaker"], dict(quote), quote["evidence"]


def statement_rows(record: Record, extractor: str, extractor_version: str) -> list[StatementRow]:
    """The record's statements, without repeats, in record order."""
    document_id = record["document"]["id"]
    rows: dict[str, StatementRow] = {}
    for kind, subject, item, span in _facts(record):
        start, end = (span["start"], span["end"]) if span else (None, None)
        sid = statement_id(document_id, kind, subject, (start, end), item, extractor, extractor_version)
        rows.setdefault(sid, {
            "id": sid, "document_id": document_id, "kind": kind, "subject": subject,
            "span_start": start, "span_end": end, "extractor": extractor,
            "extractor_version": extractor_version, "origin": "extractor", "item": item, "retired": False,
        })
    return list(rows.values())


def entity_rows(record: Record, statements: list[StatementRow]) -> list[EntityRow]:
    """One row per entity of the record, pointing at its entity statement."""
    document_id = record["document"]["id"]
    statement_of = {s["subject"]: s["id"] for s in statements if s["kind"] == "entity"}
    return [
        {
            "document_id": document_id, "local_id": e["id"], "canonical_id": canonical_id(document_id, e["id"]),
            "type": e["type"], "name": e["name"], "statement_id": statement_of[e["id"]], "retired": False,
        }
        for e in record["entities"]
    ]
