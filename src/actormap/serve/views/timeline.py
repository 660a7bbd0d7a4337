"""The timeline: documents by the date they were published, and claims dated by their document."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from actormap.serve import shapes
from actormap.serve.board import Snapshot
from actormap.serve.render import render
from actormap.serve.views import snapshot as current


def timeline_data(snap: Snapshot) -> dict[str, Any]:
    """Dated documents and claims, oldest first, and the documents that carry no date."""
    dated = sorted((d for d in snap.graph.documents if d.published), key=lambda d: (d.published, d.id))
    claims = []
    for claim in snap.graph.claims:
        document = snap.documents.get(claim.evidence.document_id)
        if document is not None and document.published:
            claims.append({**shapes.claim(snap, claim), "date": document.published})
    claims.sort(key=lambda c: (c["date"], c["subject_name"] or ""))
    return {"ok": True, "documents": [{**shapes.document(snap, d), "date": d.published} for d in dated],
            "claims": claims,
            "undated": [shapes.document(snap, d) for d in snap.graph.documents if not d.published]}


def api(snap: Annotated[Snapshot, Depends(current)]) -> dict[str, Any]:
    """Documents with a publication date and the claims they carry, dated by it; `undated` lists the rest."""
    return timeline_data(snap)


def page(request: Request, snap: Annotated[Snapshot, Depends(current)]) -> HTMLResponse:
    return render(request, "timeline.html", {"title": "Timeline", **timeline_data(snap)})
