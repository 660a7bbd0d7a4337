"""The document record `actormap.document/1` (docs/record-format.md) as typed dictionaries."""

from __future__ import annotations

from typing import TypedDict

RECORD_FORMAT = "actormap.document/1"


class Span(TypedDict):
    start: int
    end: int


class DocumentHeader(TypedDict):
    id: str
    title: str
    source: str
    published: str | None


class EntityRecord(TypedDict):
    id: str
    type: str
    name: str
    aliases: list[str]
    descriptors: list[str]
    mentions: list[Span]


class RelationRecord(TypedDict):
    type: str
    source: str
    target: str
    label: str | None
    attributed_to: str | None
    evidence: Span


class ClaimRecord(TypedDict, total=False):
    subject: str
    value: float
    value_max: float
    unit: str
    unit_class: str
    qualifier: str
    claimant: str | None
    evidence: Span


class QuoteRecord(TypedDict):
    speaker: str | None
    speaker_description: str | None
    text: str
    evidence: Span


class Record(TypedDict):
    format: str
    document: DocumentHeader
    entities: list[EntityRecord]
    relations: list[RelationRecord]
    claims: list[ClaimRecord]
    quotes: list[QuoteRecord]
