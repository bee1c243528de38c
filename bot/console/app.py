"""The console's Starlette app, mounted at /console by the web chat's app (bot/channels/web/app.py).

    console, watcher = create_console(cfg, svc, engine)

Routes: `/` files and status, `/login` (a link's page, then its POST), `/logout`, `/edit`, `/save`,
`/api/check`, `/publish`, `/versions`, `/versions/{n}/diff`, `/rollback`, `/preview`, `/api/preview`,
`/api/preview/test`, `/tests`, `/graph`,
`/helpers`, `/helpers/invite`, `/helpers/deactivate`, `/stats`, `/stats.csv`, `/audit`, `/static/…`; the
forms' routes (bot/console/forms.py).
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.channels.web.security import Origins
from bot.config import Config
from bot.console import editing, forms, people, statistics, trying
from bot.console.auth import Auth, Role, User, link_who
from bot.console.content import Content, read_dirs
from bot.console.context import COOKIE, HERE, Ctx, back_to, form_of, guard
from bot.console.preview import Preview
from bot.console.watcher import Watcher
from bot.peers.repository import Peers
from bot.service import Entraide

STATIC = HERE / "static"


def login_url(cfg: Config, token: str) -> str:
    """Where a link points: `web.public_url` behind a proxy, else the address `entraide run` listens on."""
    web = cfg.settings.web
    host = f"[{web.host}]" if ":" in web.host else web.host
    base = web.public_url or f"http://{host}:{web.port}/"
    return f"{base.rstrip('/')}/console/login?token={token}"


def create_console(cfg: Config, svc: Entraide, engine: Engine) -> tuple[Starlette, Watcher]:
    settings = cfg.settings.console
    content = Content(engine)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    versions = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:10] for p in STATIC.iterdir() if p.is_file()}
    templates.env.globals["asset"] = lambda name: f"/console/static/{name}?v={versions.get(name, '0')}"
    templates.env.filters["replace_lang"] = lambda params, lang: urlencode({**dict(params), "lang": lang})
    templates.env.filters["when"] = lambda ts: datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC")
    ctx = Ctx(cfg, svc, Auth(engine, cfg.secret, settings.link_minutes, settings.idle_minutes), content,
              Watcher(cfg, svc, content, settings.poll_seconds), Preview(cfg), templates, Origins(cfg.settings.web))
    templates.env.globals["watcher"] = ctx.watcher  # the home page says how this process follows publications

    if svc.desk is not None:  # a coordinator's /console to the bot gets a link
        def link(p: Peers, key: str, now: float, role: Role = "coordinator") -> str:
            issuer = f"key:{key}"
            token, row = ctx.auth.link_row(role, link_who(cfg.secret, issuer, role), now)
            # in the command's transaction (SQLite has one writer at a time), with its audit entry
            p.add_console_link(**row, issuer=link_who(cfg.secret, issuer, "coordinator"), now=now)
            return login_url(cfg, token)

        svc.desk.console_link = link
        svc.desk.console_minutes = settings.link_minutes
        svc.desk.reload = ctx.watcher.reload  # a coordinator's /reload: the published version

    def g(handler: Callable[..., Awaitable[Response]], edit: bool = False) -> Callable[[Request], Awaitable[Response]]:
        return guard(ctx, functools.partial(handler, ctx), edit=edit)

    async def login_page(request: Request) -> Response:
        """A link opens a page with a button, so a link preview (Telegram fetches links) spends nothing."""
        token = request.query_params.get("token", "")
        return ctx.page(request, "login.html", None, token=token[:100])

    async def login(request: Request) -> Response:
        if not ctx.origins.ok(request.headers):
            return ctx.refuse(request, None, 403, "refused_origin")
        form = await form_of(request)
        now = time.time()
        user = ctx.auth.use_link(str(form.get("token", "")), now)
        if user is None:
            return ctx.refuse(request, None, 400, "refused_link")
        if not content.current():  # the console's first use: the files on disk become version 1
            content.seed(read_dirs(cfg.flows_dir, cfg.knowledge_dir), user.who, now)
        await editing.audit_login(ctx, user.who, now, user.role)
        response = back_to("/console/")
        secure = request.url.scheme == "https" or (cfg.settings.web.public_url or "").startswith("https://")
        response.set_cookie(COOKIE, user.token, max_age=settings.idle_minutes * 60 * 48, path="/console",
                            httponly=True, samesite="strict", secure=secure)
        return response

    async def logout(request: Request, user: User) -> Response:
        ctx.auth.end(user.token)
        response = back_to("/console/login")
        response.delete_cookie(COOKIE, path="/console")
        return response

    routes: list[Any] = [
        Route("/", g(editing.home)),
        Route("/login", login_page),
        Route("/login", login, methods=["POST"]),
        Route("/logout", guard(ctx, logout), methods=["POST"]),
        Route("/edit", g(editing.edit)),
        Route("/save", g(editing.save, edit=True), methods=["POST"]),
        Route("/api/check", g(editing.api_check), methods=["POST"]),
        Route("/publish", g(editing.publish_page)),
        Route("/publish", g(editing.publish, edit=True), methods=["POST"]),
        Route("/versions", g(editing.versions)),
        Route("/versions/{version:int}/diff", g(editing.version_diff)),
        Route("/rollback", g(editing.rollback, edit=True), methods=["POST"]),
        Route("/preview", g(trying.preview_page)),
        Route("/api/preview/test", g(trying.api_save_test, edit=True), methods=["POST"]),
        Route("/tests", g(trying.tests_page)),
        Route("/graph", g(editing.graph_page)),
        Route("/api/preview", g(editing.api_preview), methods=["POST"]),
        Route("/helpers", g(people.helpers, edit=True)),
        Route("/helpers/invite", g(people.invite, edit=True), methods=["POST"]),
        Route("/helpers/deactivate", g(people.deactivate, edit=True), methods=["POST"]),
        Route("/stats", g(statistics.stats)),
        Route("/stats.csv", g(statistics.stats_csv)),
        Route("/audit", g(people.audit)),
        *forms.routes(g),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="console-static"),
    ]
    return Starlette(routes=routes), ctx.watcher
