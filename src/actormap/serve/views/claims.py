"""The claims board: every number claimed about each actor, per unit, side by side by claimant and source."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import HTMLResponse

from actormap.analyze import BoardRow, claims_board
from actormap.serve import shapes
from actormap.serve.board import Board, Snapshot
from actormap.serve.render import render
from actormap.serve.views import board as current_board
from actormap.serve.views import snapshot as current


def _row(snap: Snapshot, row: BoardRow) -> dict[str, Any]:
    return {
        "subject": row.subject.id, "subject_name": row.subject.name, "subject_type": row.subject.type,
        "unit": row.unit, "conflicted": row.conflicted,
        "claims": [
            {**shapes.claim(snap, entry.claim), "number": i + 1,
             "document": shapes.document(snap, entry.document) if entry.document else None,
             "corroborated_by": [j + 1 for j in entry.corroborated_by],
             "conflicts_with": [j + 1 for j in entry.conflicts_with]}
            for i, entry in enumerate(row.entries)
        ],
    }


def claims_data(board: Board, snap: Snapshot, subject: str | None, unit: str | None, conflicts: bool) -> dict[str, Any]:
    """Rows of the claims board (conflicted first); entries are numbered from 1 within their row."""
    rows = claims_board(board.engine, subject or None, unit or None, graph=snap.graph)
    shown = [_row(snap, r) for r in rows if r.conflicted or not conflicts]
    return {"ok": True, "subject": subject, "unit": unit, "rows": shown,
            "conflicted": sum(1 for r in rows if r.conflicted)}


def api(
    board: Annotated[Board, Depends(current_board)],
    snap: Annotated[Snapshot, Depends(current)],
    subject: Annotated[str | None, Query(description="An actor's id, name or alias.")] = None,
    unit: Annotated[str | None, Query(description="A unit (fighters, USD) or unit class (people, money).")] = None,
    conflicts: Annotated[bool, Query(description="Only rows whose claims cannot all be true.")] = False,
) -> dict[str, Any]:
    """For each actor and unit, every claim with its claimant, qualifier and source; `conflicts_with` and
    `corroborated_by` number the other entries of the row."""
    return claims_data(board, snap, subject, unit, conflicts)


def page(request: Request, board: Annotated[Board, Depends(current_board)], snap: Annotated[Snapshot, Depends(current)],
         subject: str | None = None, unit: str | None = None, conflicts: bool = False) -> HTMLResponse:
    data = claims_data(board, snap, subject, unit, conflicts)
    units = sorted({c.unit for c in snap.graph.claims} | {c.unit_class for c in snap.graph.claims}, key=str.casefold)
    return render(request, "claims.html", {"title": "Claims board", **data, "units": units, "conflicts_only": conflicts,
                                           "subject_name": shapes.name_of(snap, data["subject"]) or subject or ""})
