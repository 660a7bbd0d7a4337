"""The resolved map across documents: canonical actors, their relations and claims, with evidence.

What the store's queries return and what exporters, the CLI's profiles and the web board
read. Every fact keeps the evidence (document, span, snippet) it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceDocument:
    """A stored document as a fact's provenance."""

    id: str
    source: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span of one document, with the words themselves."""

    document_id: str
    start: int
    end: int
    snippet: str


@dataclass
class CanonicalEntity:
    """One actor across all documents: every spelling, role and mention."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)


@dataclass
class GraphRelation:
    """A relation between two canonical actors, backed by one or more evidence spans."""

    type: str
    source: str
    target: str
    label: str | None = None
    attributed_to: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def document_ids(self) -> list[str]:
        return sorted({e.document_id for e in self.evidence})


@dataclass
class GraphClaim:
    """A number asserted about a canonical actor, with who asserts it and where."""

    subject: str
    value: float
    unit: str
    unit_class: str
    qualifier: str
    evidence: Evidence
    claimant: str | None = None
    value_max: float | None = None


@dataclass
class Graph:
    """Canonical entities, relations and claims, and the documents behind them."""

    entities: list[CanonicalEntity] = field(default_factory=list)
    relations: list[GraphRelation] = field(default_factory=list)
    claims: list[GraphClaim] = field(default_factory=list)
    documents: list[SourceDocument] = field(default_factory=list)

    def entity(self, entity_id: str) -> CanonicalEntity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def document(self, document_id: str) -> SourceDocument | None:
        return next((d for d in self.documents if d.id == document_id), None)
