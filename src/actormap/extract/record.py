"""Turns an annotated spaCy Doc into the document record `actormap.document/1`."""

from __future__ import annotations

from spacy.tokens import Doc

from actormap.model import RECORD_FORMAT, Document, Record
from actormap.model.record import ClaimRecord, EntityRecord, QuoteRecord, RelationRecord


def _entities(doc: Doc) -> list[EntityRecord]:
    return [
        {
            "id": actor.id,
            "type": actor.type,
            "name": actor.name,
            "aliases": actor.aliases,
            "descriptors": [d.text for d in actor.descriptors],
            "mentions": [{"start": m.start_char, "end": m.end_char} for m in actor.mentions],
        }
        for actor in doc._.actors or []
    ]


def _quotes(doc: Doc) -> list[QuoteRecord]:
    return [
        {
            "speaker": quote.speaker.id if quote.speaker is not None else None,
            "speaker_description": quote.speaker_description,
            "text": quote.text,
            "evidence": {"start": quote.start, "end": quote.end},
        }
        for quote in doc._.quotes or []
    ]


def _relations(doc: Doc) -> list[RelationRecord]:
    return [relation.to_record() for relation in doc._.relations or []]


def _claims(doc: Doc) -> list[ClaimRecord]:
    return [claim.to_record() for claim in doc._.claims or []]


def to_record(doc: Doc, document: Document) -> Record:
    """The record of one document: its header and everything extracted from it."""
    return {
        "format": RECORD_FORMAT,
        "document": {
            "id": document.id,
            "title": document.display_title,
            "source": document.source,
            "published": document.published,
        },
        "entities": _entities(doc),
        "relations": _relations(doc),
        "claims": _claims(doc),
        "quotes": _quotes(doc),
    }
