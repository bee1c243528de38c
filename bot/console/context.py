"""What every console endpoint shares: the parts, the logged-in user, the CSRF and Origin checks, and the
page's words (knowledge/console.yaml, in French and English)."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from bot.channels.web.app import page_lang
from bot.channels.web.security import Origins
from bot.channels.web.wording import page_texts
from bot.config import Config
from bot.console.auth import Auth, User
from bot.console.content import Content
from bot.console.preview import Preview
from bot.console.watcher import Watcher
from bot.service import Entraide
from bot.types import Lang

HERE = Path(__file__).parent
COOKIE = "entraide_console"
PREFIX = "console_"

Endpoint = Callable[[Request], Awaitable[Response]]
Guarded = Callable[[Request, User], Awaitable[Response]]


@dataclass
class Ctx:
    cfg: Config
    svc: Entraide
    auth: Auth
    content: Content
    watcher: Watcher
    preview: Preview
    templates: Jinja2Templates
    origins: Origins

    def lang(self, request: Request) -> Lang:
        defs = self.svc.defs
        return page_lang(request, defs.languages, defs.default_lang)

    def texts(self, lang: Lang) -> dict[str, str]:
        return page_texts(self.svc.defs, lang, PREFIX)

    def user(self, request: Request) -> User | None:
        return self.auth.user(request.cookies.get(COOKIE, ""), time.time())

    def page(self, request: Request, name: str, user: User | None, status: int = 200, **values: Any) -> Response:
        lang = self.lang(request)
        other = next((lg for lg in self.svc.defs.languages if lg != lang), lang)
        return self.templates.TemplateResponse(request, name, {
            "lang": lang, "other": other, "t": self.texts(lang), "user": user,
            "csrf": self.auth.csrf(user) if user else "", **values}, status_code=status)

    def refuse(self, request: Request, user: User | None, status: int, key: str) -> Response:
        """A polite page (or JSON for the scripts) saying why, never a traceback."""
        t = self.texts(self.lang(request))
        if request.url.path.startswith("/console/api/"):
            return JSONResponse({"error": t.get(key, key)}, status_code=status)
        return self.page(request, "refused.html", user, status=status, message=t.get(key, key))


def guard(ctx: Ctx, handler: Guarded, *, edit: bool = False) -> Endpoint:
    """Logged in (else the login page); on a POST, the same origin and the session's CSRF token; `edit`:
    coordinators only (viewers read and try)."""

    async def endpoint(request: Request) -> Response:
        user = ctx.user(request)
        if user is None:
            if request.method == "GET" and not request.url.path.startswith("/console/api/"):
                return ctx.page(request, "login_needed.html", None, status=401)
            return ctx.refuse(request, None, 401, "refused_login")
        if request.method == "POST":
            if not ctx.origins.ok(request.headers):
                return ctx.refuse(request, user, 403, "refused_origin")
            given = request.headers.get("x-csrf-token", "") or (await form_of(request)).get("csrf", "")
            if not ctx.auth.csrf_ok(user, given):
                return ctx.refuse(request, user, 403, "refused_csrf")
        if edit and not user.can_edit:
            return ctx.refuse(request, user, 403, "refused_role")
        return await handler(request, user)

    return endpoint


async def form_of(request: Request, limit: int = 2_000_000) -> dict[str, str]:
    """An urlencoded form (the console's forms post nothing else), read once; python-multipart is not needed."""
    cached = getattr(request.state, "form", None)
    if cached is not None:
        return dict(cached)
    form: dict[str, str] = {}
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raw = await request.body()
        if len(raw) <= limit:
            form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    request.state.form = form
    return form


async def json_body(request: Request, limit: int = 1_000_000) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > limit:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def whole(value: object, default: int) -> int:
    """A form's or an address's whole number (a revision, a version, a helper): ASCII digits small enough for
    the database, else `default`. (`²` passes str.isdigit() and fails int(); 10**30 passes int() and fails
    SQLite: either was a bare 500.)"""
    text = str(value)
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else default


def back_to(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


def html(text: str, status: int = 200) -> Response:
    return HTMLResponse(text, status_code=status)
