"""The network: actors as nodes, relations as edges, filtered by type, backing and date; an edge's evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import HTMLResponse

from actormap.model.graph import GraphRelation
from actormap.model.nouns import load_nouns
from actormap.serve import shapes
from actormap.serve.board import Snapshot, edge_id
from actormap.serve.render import render
from actormap.serve.views import snapshot as current

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True)
class Filters:
    """What the network shows: relation and entity types (none = all), backing, a date range of the evidence."""

    relation_types: frozenset[str] = frozenset()
    entity_types: frozenset[str] = frozenset()
    min_sources: int = 1
    date_from: str | None = None
    date_to: str | None = None
    isolated: bool = False

    def dated(self, published: str | None) -> bool:
        if self.date_from is None and self.date_to is None:
            return True
        if not published:
            return False
        return (self.date_from is None or published >= self.date_from) and \
            (self.date_to is None or published[:len(self.date_to)] <= self.date_to)


def _kept(snap: Snapshot, relation: GraphRelation, filters: Filters) -> bool:
    if filters.relation_types and relation.type not in filters.relation_types:
        return False
    if filters.entity_types:
        ends = (snap.entities.get(relation.source), snap.entities.get(relation.target))
        if any(e is None or e.type not in filters.entity_types for e in ends):
            return False
    documents = relation.document_ids
    if filters.date_from or filters.date_to:
        documents = [d for d in documents if filters.dated(snap.documents[d].published if d in snap.documents else None)]
    return len(documents) >= filters.min_sources


def graph_data(snap: Snapshot, filters: Filters) -> dict[str, Any]:
    """Nodes and edges of the filtered network, with degrees counted in it, and the legend."""
    edges: list[dict[str, Any]] = []
    degree: dict[str, int] = {}
    for relation in snap.graph.relations:
        if not _kept(snap, relation, filters):
            continue
        degree[relation.source] = degree.get(relation.source, 0) + 1
        degree[relation.target] = degree.get(relation.target, 0) + 1
        edges.append({"id": edge_id(relation), "source": relation.source, "target": relation.target,
                      "type": relation.type, "label": relation.label, "documents": len(relation.document_ids)})
    nodes = [
        {"id": e.id, "name": e.name, "type": e.type, "degree": degree.get(e.id, 0), "documents": len(e.document_ids)}
        for e in snap.graph.entities
        if e.id in degree or (filters.isolated and (not filters.entity_types or e.type in filters.entity_types))
    ]
    nouns = load_nouns()
    return {"ok": True, "nodes": nodes, "edges": edges, "legend": shapes.legend(),
            "relation_types": list(nouns.relation_types), "entity_types": list(nouns.entity_types),
            "totals": {"actors": len(snap.graph.entities), "relations": len(snap.graph.relations),
                       "documents": len(snap.graph.documents)}}


def api(
    snap: Annotated[Snapshot, Depends(current)],
    relation_type: Annotated[list[str], Query(description="Only these relation types (repeat the parameter).")] = [],  # noqa: B006
    entity_type: Annotated[list[str], Query(description="Only relations between actors of these types.")] = [],  # noqa: B006
    min_sources: Annotated[int, Query(ge=1, le=1000, description="Only relations backed by this many documents.")] = 1,
    date_from: Annotated[str | None, Query(pattern=DATE, description="Evidence published on or after (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="Evidence published on or before (YYYY[-MM[-DD]]).")] = None,
    isolated: Annotated[bool, Query(description="Also actors with no relation shown.")] = False,
) -> dict[str, Any]:
    """The network: `nodes` (id, name, type, degree, documents) and `edges` (id, source, target, type, label,
    documents), with the colour legend. Filters combine."""
    filters = Filters(frozenset(relation_type), frozenset(entity_type), min_sources, date_from, date_to, isolated)
    return graph_data(snap, filters)


def edge_api(edge: str, snap: Annotated[Snapshot, Depends(current)]) -> dict[str, Any]:
    """One relation with every piece of evidence behind it: the sentence, its document and where it sits."""
    return {"ok": True, "relation": shapes.relation(snap, snap.edge(edge))}


def page(request: Request, snap: Annotated[Snapshot, Depends(current)]) -> HTMLResponse:
    """The network page; the graph itself is drawn by static/js/network.js from /api/graph."""
    nouns = load_nouns()
    dates = sorted(d.published for d in snap.graph.documents if d.published)
    return render(request, "network.html", {
        "title": "Network", "relation_types": list(nouns.relation_types), "entity_types": list(nouns.entity_types),
        "legend": shapes.legend(), "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
        "totals": {"actors": len(snap.graph.entities), "relations": len(snap.graph.relations),
                   "documents": len(snap.graph.documents)},
    })
