"""The JSON the API answers with, built in one place from the map's nouns (and read by the pages too).

Colours live here as well: one per declared entity type and relation type, taken in
declaration order from fixed palettes, so a type added to nouns.yaml gets a colour and the
network, the legend and the profile agree.
"""

from __future__ import annotations

from typing import Any, TypedDict
from urllib.parse import urlencode

from actormap.model.graph import CanonicalEntity, Evidence, GraphClaim, GraphRelation, SourceDocument
from actormap.model.nouns import load_nouns
from actormap.serve.board import Snapshot, edge_id

ENTITY_PALETTE = ("#2f6fb7", "#d1495b", "#3a9d5d", "#e39b17", "#7b5ea7", "#8c6d46", "#1b998b", "#c4458e")
RELATION_PALETTE = ("#e4572e", "#2e86ab", "#8f5db7", "#f2a541", "#5a8f29", "#c0392b", "#17a2b8", "#6c757d",
                    "#b5651d", "#ff6f91")


def legend() -> dict[str, dict[str, str]]:
    """Colour per entity type and relation type, in declaration order."""
    nouns = load_nouns()
    return {
        "entity_types": {t: ENTITY_PALETTE[i % len(ENTITY_PALETTE)] for i, t in enumerate(nouns.entity_types)},
        "relation_types": {t: RELATION_PALETTE[i % len(RELATION_PALETTE)] for i, t in enumerate(nouns.relation_types)},
    }


def document_url(document_id: str, start: int | None = None, end: int | None = None) -> str:
    """The reader's address for a document, scrolled to and marking a span when one is given."""
    if start is None or end is None:
        return f"/documents/{document_id}"
    return f"/documents/{document_id}?{urlencode({'start': start, 'end': end})}#target"


class EvidenceShape(TypedDict):
    document_id: str
    start: int
    end: int
    snippet: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str


def evidence(snapshot: Snapshot, item: Evidence) -> EvidenceShape:
    document = snapshot.documents.get(item.document_id)
    return {
        "document_id": item.document_id, "start": item.start, "end": item.end, "snippet": item.snippet,
        "title": (document.title or document.source) if document else None,
        "publisher": snapshot.publishers.get(item.document_id) if document else None,
        "published": document.published if document else None,
        "url": document_url(item.document_id, item.start, item.end),
    }


def entity_summary(snapshot: Snapshot, entity: CanonicalEntity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "type": entity.type, "aliases": entity.aliases,
            "descriptors": entity.descriptors, "documents": len(entity.document_ids),
            "degree": snapshot.degree.get(entity.id, 0), "url": f"/entities/{entity.id}"}


def name_of(snapshot: Snapshot, entity_id: str | None) -> str | None:
    entity = snapshot.entities.get(entity_id or "")
    return entity.name if entity else None


def relation(snapshot: Snapshot, item: GraphRelation) -> dict[str, Any]:
    return {
        "id": edge_id(item), "type": item.type, "label": item.label,
        "source": item.source, "source_name": name_of(snapshot, item.source),
        "target": item.target, "target_name": name_of(snapshot, item.target),
        "attributed_to": [{"id": a, "name": name_of(snapshot, a)} for a in item.attributed_to],
        "documents": len(item.document_ids), "publishers": snapshot.publishers_of(item),
        "evidence": [evidence(snapshot, e) for e in item.evidence],
    }


def claim(snapshot: Snapshot, item: GraphClaim) -> dict[str, Any]:
    return {
        "subject": item.subject, "subject_name": name_of(snapshot, item.subject),
        "value": item.value, "value_max": item.value_max, "unit": item.unit, "unit_class": item.unit_class,
        "qualifier": item.qualifier, "claimant": item.claimant, "claimant_name": name_of(snapshot, item.claimant),
        "evidence": evidence(snapshot, item.evidence),
    }


def document(snapshot: Snapshot, item: SourceDocument) -> dict[str, Any]:
    return {"id": item.id, "title": item.title or item.source, "source": item.source,
            "publisher": snapshot.publishers.get(item.id), "published": item.published,
            "url": document_url(item.id)}
