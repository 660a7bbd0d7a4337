"""The analyst's board: `actormap serve`, a web app over the evidence store (docs/board.md)."""

from __future__ import annotations

from actormap.serve.app import create_app, routes

__all__ = ["create_app", "routes"]
