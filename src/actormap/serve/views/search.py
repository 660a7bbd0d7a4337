"""Searching actors by any name: the search box's suggestions and its results page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from actormap.serve import shapes
from actormap.serve.board import Snapshot
from actormap.serve.render import render
from actormap.serve.views import snapshot as current


def search_data(snap: Snapshot, q: str, types: list[str], limit: int) -> dict[str, Any]:
    hits = snap.search.search(q, limit=limit, types=set(types) or None)
    return {"ok": True, "query": q, "entities": [
        {**shapes.entity_summary(snap, h.entity), "matched": h.matched, "how": h.how, "score": round(h.score, 3)}
        for h in hits
    ]}


def api(
    snap: Annotated[Snapshot, Depends(current)],
    q: Annotated[str, Query(min_length=1, max_length=200, description="Any name, alias, spelling or script.")],
    type: Annotated[list[str], Query(description="Only actors of these types.")] = [],  # noqa: A002,B006
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    """Actors named Q by a name or alias, in part, in another spelling or in Arabic script; best first,
    each with the name that matched and how (exact, prefix, contains, spelling, id)."""
    return search_data(snap, q, type, limit)


def page(request: Request, snap: Annotated[Snapshot, Depends(current)],
         q: Annotated[str, Query(max_length=200)] = "") -> Response:
    """The results page of the search box; a single exact match goes straight to its profile."""
    data = search_data(snap, q, [], 50) if q.strip() else {"entities": []}
    exact = [e for e in data["entities"] if e["how"] in ("exact", "id")]
    if len(exact) == 1 and len(data["entities"]) == 1:
        return RedirectResponse(exact[0]["url"], status_code=303)
    return render(request, "search.html", {"title": f"Search: {q}" if q else "Search", "q": q,
                                           "results": data["entities"]})
