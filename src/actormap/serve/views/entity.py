"""An actor's profile: names, descriptors, relations with the evidence behind each, claims about it, documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from actormap.analyze import profile
from actormap.serve import shapes
from actormap.serve.board import Board, Snapshot, edge_id
from actormap.serve.render import render
from actormap.serve.views import board as current_board
from actormap.serve.views import snapshot as current


def profile_data(board: Board, snap: Snapshot, entity_id: str) -> dict[str, Any]:
    """The profile `actormap show --json` gives, with names, edge ids and links to every piece of evidence."""
    entity = snap.entity(entity_id)
    result = profile(board.engine, entity.id, graph=snap.graph)
    relations = {
        rtype: [
            {"edge": edge_id(link.relation), "counterpart": link.counterpart.id, "counterpart_name": link.counterpart.name,
             "counterpart_type": link.counterpart.type, "outgoing": link.outgoing, "label": link.relation.label,
             "documents": link.documents, "publishers": link.publishers,
             "attributed_to": [{"id": a, "name": shapes.name_of(snap, a)} for a in link.relation.attributed_to],
             "evidence": [shapes.evidence(snap, e) for e in link.relation.evidence]}
            for link in links
        ]
        for rtype, links in sorted(result.relations.items())
    }
    return {"ok": True, "entity": shapes.entity_summary(snap, result.entity), "relations": relations,
            "claims": [shapes.claim(snap, c) for c in result.claims],
            "documents": [shapes.document(snap, d) for d in result.documents]}


def api(entity: str, board: Annotated[Board, Depends(current_board)],
        snap: Annotated[Snapshot, Depends(current)]) -> dict[str, Any]:
    """An actor's profile: aliases, descriptors, relations by type (counterpart, direction, backing, evidence),
    claims about it and the documents that name it."""
    return profile_data(board, snap, entity)


def page(request: Request, entity: str, board: Annotated[Board, Depends(current_board)],
         snap: Annotated[Snapshot, Depends(current)]) -> HTMLResponse:
    data = profile_data(board, snap, entity)
    return render(request, "entity.html", {"title": data["entity"]["name"], **data, "legend": shapes.legend()})
