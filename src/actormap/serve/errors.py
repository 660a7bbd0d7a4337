"""One error shape for every JSON response, and the handlers that give it.

Every JSON error, whatever raised it (an unknown id, a bad query parameter, a missing token,
a read-only board, a bug), is `{"ok": false, "status": N, "error": CODE, "message": TEXT}`,
with `details` added for a request that failed validation. Pages get the same message as
HTML.
"""

from __future__ import annotations

import logging
from typing import Any, TypedDict

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from actormap.errors import ActormapError

log = logging.getLogger("actormap.serve")

# HTTP status -> the error code a client can switch on.
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_type", 422: "invalid", 500: "internal", 503: "unavailable"}


class ErrorShape(TypedDict, total=False):
    ok: bool
    status: int
    error: str
    message: str
    details: list[dict[str, Any]]


class BoardError(Exception):
    """An error a request meets; becomes the one JSON error shape (or an error page)."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")


class NotFound(BoardError):
    """No such actor, document, edge or job."""

    def __init__(self, message: str) -> None:
        super().__init__(404, message)


class Forbidden(BoardError):
    """A write on a read-only board, or a cross-site write."""

    def __init__(self, message: str, code: str = "forbidden") -> None:
        super().__init__(403, message, code)


def error_body(status: int, message: str, code: str | None = None, details: list[dict[str, Any]] | None = None) -> ErrorShape:
    body: ErrorShape = {"ok": False, "status": status, "error": code or CODES.get(status, "error"), "message": message}
    if details:
        body["details"] = details
    return body


def wants_json(request: Request) -> bool:
    """API paths answer JSON; pages answer HTML."""
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_response(request: Request, status: int, message: str, code: str | None = None,
                   details: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None) -> Response:
    """The error as JSON for the API and as a page for a browser."""
    if wants_json(request):
        return JSONResponse(error_body(status, message, code, details), status_code=status, headers=headers)
    from actormap.serve.render import render_error  # the templates load only when a page needs them

    return render_error(request, status, message, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"where": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg", "")} for err in exc.errors()]


def install(app: FastAPI) -> None:
    """Make every error, raised anywhere in a request, take the one shape."""

    @app.exception_handler(BoardError)
    async def _board(request: Request, exc: BoardError) -> Response:
        return error_response(request, exc.status, exc.message, exc.code)

    @app.exception_handler(ActormapError)
    async def _library(request: Request, exc: ActormapError) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; the API is listed at /api/openapi.json"
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = _validation_details(exc)
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return error_response(request, 422, f"{first['where']}: {first['problem']}", details=details)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, f"internal error ({type(exc).__name__}); the server log has the details")
