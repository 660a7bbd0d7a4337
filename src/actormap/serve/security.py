"""What every request passes before a view sees it, and the headers every response carries.

In order: the Host header (a board on a loopback address answers only to loopback names, so
a web page cannot reach it by DNS rebinding); the token (when the board has one: an
`Authorization: Bearer` header, the cookie a browser got, or `?token=` once, which sets the
cookie and redirects to the same address without it); read-only (every write refused);
cross-site writes (a write whose Origin is another site is refused, so no page elsewhere can
post files to a board on this machine). Every response, error or not, carries a
Content-Security-Policy that allows nothing but this origin.
"""

from __future__ import annotations

import hmac
import logging
from urllib.parse import urlencode

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from actormap.serve.errors import error_response
from actormap.serve.settings import LOOPBACK_NAMES, ServeSettings, is_loopback

log = logging.getLogger("actormap.serve")

COOKIE = "actormap_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

CSP = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


def _hostname(host_header: str) -> str:
    """The name in a Host header, without the port (IPv6 in brackets kept bare)."""
    if host_header.startswith("["):
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def _same(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


class Guard:
    """The ASGI middleware that checks host, token, read-only and origin, and adds the security headers."""

    def __init__(self, app: ASGIApp, settings: ServeSettings) -> None:
        self.app = app
        self.settings = settings
        self.loopback = is_loopback(settings.host)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        refused = self.check(request)
        if refused is not None:
            await self._send_with_headers(refused, scope, receive, send)
            return
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = message.setdefault("headers", [])
                present = {k.decode().lower() for k, _ in headers}
                headers.extend((k.encode(), v.encode()) for k, v in HEADERS.items() if k not in present)
            await send(message)

        try:
            await self.app(scope, receive, send_secured)
        except Exception:
            log.exception("unhandled error on %s %s", request.method, request.url.path)
            if started:
                raise
            await self._send_with_headers(
                error_response(request, 500, "internal error; the server log has the details"), scope, receive, send)

    async def _send_with_headers(self, response: Response, scope: Scope, receive: Receive, send: Send) -> None:
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        await response(scope, receive, send)

    def check(self, request: Request) -> Response | None:
        """The response that refuses REQUEST, or None when it may go on."""
        host = _hostname(request.headers.get("host", ""))
        if self.loopback and host not in LOOPBACK_NAMES:
            return error_response(request, 403, f"this board answers only on 127.0.0.1 or localhost, not '{host}'",
                                  "wrong_host")
        if self.settings.token is not None:
            refused = self._check_token(request, self.settings.token)
            if refused is not None:
                return refused
        if request.method not in SAFE_METHODS:
            if self.settings.read_only:
                return error_response(request, 403, "this board is read-only (started with --read-only): "
                                                     "nothing can be uploaded or changed", "read_only")
            if not self._same_origin(request):
                return error_response(request, 403, "a write from another site is refused", "cross_site")
        return None

    def _check_token(self, request: Request, token: str) -> Response | None:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and _same(auth[7:].strip(), token):
            return None
        if _same(request.cookies.get(COOKIE), token):
            return None
        if _same(request.query_params.get("token"), token):
            if request.method == "GET" and not request.url.path.startswith("/api/"):
                return self._remember(request, token)
            return None
        return error_response(request, 401, "this board needs its token: open the address `actormap serve` printed "
                                            "(it ends in ?token=...) or send Authorization: Bearer TOKEN",
                              headers={"www-authenticate": "Bearer"})

    def _remember(self, request: Request, token: str) -> Response:
        """Set the token cookie and send the browser to the same address without the token in it."""
        query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
        response = RedirectResponse(request.url.path + (f"?{query}" if query else ""), status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")
        return response

    def _same_origin(self, request: Request) -> bool:
        headers: Headers = request.headers
        site = headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = headers.get("origin")
        if origin is None:
            return True  # not sent by a page (curl, a script): the token, when there is one, already vouched
        return origin.split("://", 1)[-1] == headers.get("host", "")
