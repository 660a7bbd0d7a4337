"""Pages: Jinja2 templates with autoescaping on for every template, so document text is always escaped."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from actormap import __version__

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name: no page ever writes text unescaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["static"] = lambda path: f"/static/{path}?v={__version__}"
    env.filters["number"] = number
    return env


def number(value: float | None) -> str:
    """A claimed number as people write it: 1,200 or 2.5."""
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def render(request: Request, template: str, context: dict[str, Any], status: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    """The page TEMPLATE filled with CONTEXT (plus the board's own flags)."""
    board = getattr(request.app.state, "settings", None)
    page = environment().get_template(template).render(
        read_only=bool(board and board.read_only), path=request.url.path, **context)
    return HTMLResponse(page, status_code=status, headers=headers)


def render_error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    return render(request, "error.html", {"title": f"Error {status}", "status": status, "message": message},
                  status=status, headers=headers)
