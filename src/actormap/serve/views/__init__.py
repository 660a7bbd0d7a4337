"""The board's views, one module per kind of page; each serves its page and the JSON behind it.

A view module has one data function that returns the JSON the API answers with, an `api`
endpoint that returns it, and a `page` endpoint that renders the same data as HTML. The
routes that reach them are listed in `actormap.serve.app.routes`.
"""

from __future__ import annotations

from fastapi import Request

from actormap.serve.board import Board, Snapshot


def board(request: Request) -> Board:
    """The board of the app serving REQUEST (a FastAPI dependency)."""
    return request.app.state.board  # type: ignore[no-any-return]


def snapshot(request: Request) -> Snapshot:
    """The current map (a FastAPI dependency)."""
    return board(request).snapshot()
