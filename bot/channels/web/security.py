"""Who may talk to the web chat and what a browser may do with its pages: the Origin check and headers.

Every response carries a strict Content-Security-Policy (scripts, styles and connections to this app
only; no inline script or style; nothing from a CDN), no referrer, no caching of pages (so Back after a
quick exit shows nothing) and no cookie, ever (the coordinators' console under /console is the one
exception: its own session cookie, and its own policy, `console_csp`). `frame-ancestors` lists the sites in
`web.allowed_origins`, the only ones allowed to embed the chat.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.config import WebSettings

_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Origins:
    """The page's own origin (whatever host it was reached at), `web.public_url`'s, and `allowed_origins`."""

    def __init__(self, settings: WebSettings):
        extra = [settings.public_url] if settings.public_url else []
        self.allowed = {origin_of(o) for o in [*settings.allowed_origins, *extra]}
        self.ancestors = [origin_of(o) for o in settings.allowed_origins]

    def ok(self, headers: Headers) -> bool:
        """A browser always sends Origin on a WebSocket or a POST; without one, or from elsewhere, no."""
        origin = (headers.get("origin") or "").lower()
        if not origin or origin == "null":
            return False
        host = (headers.get("host") or "").lower()
        return origin in self.allowed or (bool(host) and urlsplit(origin).netloc == host)


def csp(host: str | None, ancestors: Iterable[str]) -> str:
    sockets = f" ws://{host} wss://{host}" if host and _HOST.match(host) else ""
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        f"connect-src 'self'{sockets}",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors " + " ".join(["'self'", *ancestors]),
        "require-trusted-types-for 'script'",
    ])


def console_csp(nonce: str) -> str:
    """The console: its own scripts and styles only, never framed, forms and fetches to itself. The code
    editor (CodeMirror) writes its styles into a <style> element: it carries this response's nonce."""
    return "; ".join(["default-src 'none'", "script-src 'self'", f"style-src 'self' 'nonce-{nonce}'", "img-src 'self' data:",
                      "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"])


CONSOLE = "/console"


class SecurityHeaders:
    """ASGI middleware: the same strict headers on every HTTP response, and any Set-Cookie removed (except the
    console's own session cookie under /console: coordinators log in; workers never get a cookie)."""

    def __init__(self, app: ASGIApp, settings: WebSettings):
        self.app = app
        self.ancestors = Origins(settings).ancestors

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = Headers(scope=scope).get("host")
        path = scope.get("path", "")
        console = path == CONSOLE or path.startswith(CONSOLE + "/")
        if console:
            nonce = secrets.token_urlsafe(16)
            scope.setdefault("state", {})["csp_nonce"] = nonce  # request.state.csp_nonce in the templates
        policy = console_csp(nonce) if console else csp(host, self.ancestors)
        static = path.startswith(("/static/", "/console/static/"))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if console or k.lower() != b"set-cookie"]
                headers += [
                    (b"content-security-policy", policy.encode()),
                    # the console's own forms need an Origin header, which Chromium nulls under no-referrer
                    (b"referrer-policy", b"same-origin" if console else b"no-referrer"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"cross-origin-resource-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
                ]
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
