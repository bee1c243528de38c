"""The web chat's Starlette app: the page, the poster, the socket and the quick-exit beacon.

    app = create_app(cfg, svc)   # then any ASGI server; `entraide run` uses uvicorn (bot.channels.web.serve)

Routes: `/` the chat page (`?lang=en`, `?start=<region id>` as Telegram's deep links), `/poster` a printable
poster with a QR code, `/ws` the conversation, `/exit` what "Quick exit" sends as it leaves, `/static/…`
the page's own script and styles, `/healthz` for a proxy's checks, `/console/…` the coordinators' console.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.websockets import WebSocket

from bot.channels.web import frames
from bot.channels.web.chat_socket import ChatSocket
from bot.channels.web.limits import Gate
from bot.channels.web.mailbox import CHANNEL, Mailbox, WebChannel, tab_address
from bot.channels.web.qr import qr_svg
from bot.channels.web.security import Origins, SecurityHeaders
from bot.channels.web.wording import POSTER, for_web, page_texts
from bot.config import Config
from bot.crypto import Sealer
from bot.engine.messages import Address, Event
from bot.peers.desk import Sender
from bot.peers.repository import Peers
from bot.service import Delivery, Entraide, Reply
from bot.types import Lang

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
STATIC = HERE / "static"
_DEEP_LINK = re.compile(frames.DEEP_LINK)


def _asset_versions() -> dict[str, str]:
    """A content hash per static file, so a new release is fetched at once and an old one cached."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:10] for p in STATIC.iterdir() if p.is_file()}


def page_lang(request: Request, languages: tuple[Lang, ...], default: Lang) -> Lang:
    """`?lang=` first, then the browser's preference, then the configured default; never stored."""
    wanted = request.query_params.get("lang", "")
    if wanted in languages:
        return "en" if wanted == "en" else "fr"
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in languages:
            return "en" if code == "en" else "fr"
    return default


def create_app(cfg: Config, svc: Entraide, *, kick_other: Callable[[str], None] | None = None, tick: bool = True,
               poll_every: float = 1.0, console: Engine | None = None) -> Starlette:
    """`kick_other` starts delivery of rows for another channel run in this process (Telegram's outbox);
    `tick` runs the desk's expiry follow-ups here (off when the Telegram bot in this process does it);
    `console`: the database of the coordinators' console, mounted at /console (bot/console)."""
    settings = cfg.settings.web
    if svc.channels is None:
        raise ValueError("the web chat delivers through the outbox: build the service with build_service()")
    if svc.channels.get(CHANNEL) is None:
        svc.channels.register(WebChannel())
    svc.wording[CHANNEL] = for_web

    def landed(offer: str, to: Address, ref: str) -> bool:
        """An offer reaches a helper's tab: the desk records where, to edit it once taken or withdrawn.
        False when it is no longer on offer (taken while the tab was offline)."""
        desk, live = svc.desk, [True]
        if desk is not None:
            def record(peers: Peers) -> None:
                live[0] = desk.record_offer_message(peers, offer, to, ref)

            svc.commit(record)
        return live[0]

    mailbox = Mailbox(svc.store, Sealer(cfg.relay_key), every=poll_every,
                      keep_seconds=settings.limits.keep_undelivered_hours * 3600.0, landed=landed)
    gate = Gate(settings.limits)
    origins = Origins(settings)

    async def delivered(reply: Reply) -> None:
        """A turn (or tick) committed here: push its web rows now, start another channel's sender."""
        for key in reply.mailboxes_of(CHANNEL):
            await mailbox.kick(key)
        if kick_other is not None:
            for channel, key in reply.mailboxes:
                if channel != CHANNEL:
                    kick_other(key)

    socket = ChatSocket(svc, settings, mailbox, gate, lambda ws: origins.ok(ws.headers), delivered)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    versions = _asset_versions()
    templates.env.globals["asset"] = lambda name: f"/static/{name}?v={versions.get(name, '0')}"

    def texts(lang: Lang) -> dict[str, str]:
        return page_texts(svc.defs_for(CHANNEL), lang)

    def public_url(request: Request) -> str:
        return settings.public_url or str(request.base_url)

    async def chat_page(request: Request) -> Response:
        defs = svc.defs_for(CHANNEL)
        lang = page_lang(request, defs.languages, defs.default_lang)
        start = request.query_params.get("start", "")
        config = {
            "texts": {lg: texts(lg) for lg in defs.languages},
            "lang": lang,
            "languages": list(defs.languages),
            "maxChars": settings.limits.max_message_chars,
            "exitUrl": settings.exit_url,
            "start": start if _DEEP_LINK.match(start) else "",
        }
        return templates.TemplateResponse(request, "chat.html", {
            "lang": lang, "t": texts(lang), "config": config, "embed": "embed" in request.query_params,
            "other": next((lg for lg in defs.languages if lg != lang), lang),
        })

    async def poster(request: Request) -> Response:
        defs = svc.defs_for(CHANNEL)
        lang = page_lang(request, defs.languages, defs.default_lang)
        url = public_url(request)
        start = request.query_params.get("start", "")
        if _DEEP_LINK.match(start):
            url = f"{url}{'&' if '?' in url else '?'}start={start}"
        return templates.TemplateResponse(request, "poster.html", {
            "lang": lang, "langs": [lang, *[lg for lg in defs.languages if lg != lang]],
            "t": {lg: page_texts(defs, lg, POSTER) for lg in defs.languages}, "url": url, "qr": qr_svg(url),
            "snippet": f'<iframe src="{url}{"&" if "?" in url else "?"}embed" title="Entraide" '
                       'style="width:100%;max-width:32rem;height:40rem;border:0"></iframe>',
        })

    async def quick_exit(request: Request) -> Response:
        """The page is already gone: erase the tab's session now, tell a peer helper the person left."""
        if not origins.ok(request.headers):
            return PlainTextResponse("", status_code=403)
        if not gate.per_address.allow(gate.address(request.client.host if request.client else None)):
            return PlainTextResponse("", status_code=429)
        body = await request.body()
        try:
            token = json.loads(body[:1024]).get("token", "")
        except (ValueError, AttributeError):
            token = ""
        if not isinstance(token, str) or not frames.TOKEN.match(token):
            return PlainTextResponse("", status_code=400)
        address = tab_address(svc.secret, token)
        reply = await svc.turn(CHANNEL, token, Event("command", time.time(), command="forget"),
                               Delivery("web:x" + secrets.token_hex(16)), Sender(address))
        await mailbox.clear(svc.key(CHANNEL, address.id))  # nobody will read what waited for this tab
        await delivered(reply)  # a helper in conversation is told the person left
        return Response(status_code=204)

    async def healthz(_request: Request) -> Response:
        return PlainTextResponse("ok")

    async def ticker() -> None:
        while True:
            await asyncio.sleep(15.0)
            try:
                await delivered(await asyncio.to_thread(svc.tick, time.time(), True))
            except Exception as e:  # noqa: BLE001 - try again at the next tick
                log.warning("peer tick failed: %s", e.__class__.__name__)

    console_app, watcher = None, None
    if console is not None:
        from bot.console.app import create_console

        console_app, watcher = create_console(cfg, svc, console)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(mailbox.run())] + ([asyncio.create_task(ticker())] if tick else [])
        if watcher is not None:  # the newest published version, before the first person is served
            await asyncio.to_thread(watcher.check_once)
            tasks.append(asyncio.create_task(watcher.run()))
        try:
            yield
        finally:
            for t in tasks:
                t.cancel()

    async def ws_endpoint(ws: WebSocket) -> None:
        await socket(ws)

    app = Starlette(
        routes=[
            Route("/", chat_page),
            Route("/poster", poster),
            Route("/exit", quick_exit, methods=["POST"]),
            Route("/healthz", healthz),
            WebSocketRoute("/ws", ws_endpoint),
            *([Mount("/console", app=console_app)] if console_app is not None else []),
            Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
        ],
        middleware=[Middleware(SecurityHeaders, settings=settings)],
        lifespan=lifespan,
    )
    app.state.mailbox = mailbox
    app.state.socket = socket
    app.state.gate = gate
    app.state.watcher = watcher
    return app
