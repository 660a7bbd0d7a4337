"""The board's web app: every route, page and API, in one list; `create_app` wires them to a store.

Pages and API share their data: each page view renders the same dictionary its API route
answers with (see `actormap.serve.views`). The API lives under /api with its OpenAPI
document at /api/openapi.json (no interactive docs page: it would load scripts from a CDN).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.middleware.gzip import GZipMiddleware

from actormap import __version__
from actormap.serve import errors
from actormap.serve.board import Board
from actormap.serve.jobs import Jobs
from actormap.serve.render import STATIC
from actormap.serve.security import Guard
from actormap.serve.settings import ServeSettings
from actormap.serve.views import claims, document, entity, ingest, network, places, search, timeline


@dataclass(frozen=True)
class Route:
    """One route: its path, the view it calls, and whether it is an API route (JSON, in the OpenAPI document)."""

    path: str
    view: Callable[..., Any]
    methods: tuple[str, ...] = ("GET",)
    api: bool = True
    status: int = 200
    name: str | None = None
    tags: tuple[str, ...] = field(default=())


def api(path: str, view: Callable[..., Any], *tags: str, methods: tuple[str, ...] = ("GET",), status: int = 200) -> Route:
    return Route(path, view, methods, api=True, status=status, tags=tags)


def page(path: str, view: Callable[..., Any], name: str) -> Route:
    return Route(path, view, api=False, name=name)


def routes() -> list[Route]:
    """Every route of the board."""
    return [
        page("/", network.page, "network"),
        page("/entities/{entity}", entity.page, "entity"),
        page("/documents/{document}", document.page, "document"),
        page("/claims", claims.page, "claims"),
        page("/timeline", timeline.page, "timeline"),
        page("/map", places.page, "map"),
        page("/search", search.page, "search"),
        page("/ingest", ingest.page, "ingest"),
        api("/api/entities", search.api, "actors"),
        api("/api/entities/{entity}", entity.api, "actors"),
        api("/api/graph", network.api, "network"),
        api("/api/edges/{edge}", network.edge_api, "network"),
        api("/api/claims", claims.api, "claims"),
        api("/api/documents/{document}", document.api, "documents"),
        api("/api/documents", ingest.upload, "documents", methods=("POST",), status=202),
        api("/api/jobs/{job}", ingest.job, "documents"),
        api("/api/timeline", timeline.api, "timeline"),
        api("/api/places", places.api, "map"),
    ]


def create_app(engine: Engine, settings: ServeSettings | None = None) -> FastAPI:
    """The board over the store ENGINE opens (already migrated, as `open_store` gives it)."""
    settings = settings or ServeSettings()
    app = FastAPI(title="actormap board", version=__version__, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="The sourced map of actors: search, profiles, the network, documents, claims, "
                              "timeline and places. Every error answers {ok: false, status, error, message}.")
    board = Board(engine)
    app.state.settings = settings
    app.state.board = board
    app.state.jobs = Jobs(engine, Path(settings.uploads), on_done=board.invalidate)
    for route in routes():
        extra: dict[str, Any] = {} if route.api else {"response_class": HTMLResponse}
        app.add_api_route(route.path, route.view, methods=list(route.methods), include_in_schema=route.api,
                          status_code=route.status, name=route.name, tags=list(route.tags) or None, **extra)
    app.mount("/static", StaticFiles(directory=Path(STATIC)), name="static")
    errors.install(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(Guard, settings=settings)
    return app
