"""`entraide run`: the web chat on uvicorn, alone or beside the Telegram bot in the same process.

uvicorn's access log is off and its own INFO lines (which name each client's address) are silenced:
this app never logs an address. Several processes may share one PostgreSQL: each serves its own
sockets, and replies committed by another process reach them through the mailbox (see mailbox.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import Callable, Generator

import uvicorn

from bot.channels.web.app import create_app
from bot.config import Config
from bot.service import Entraide

log = logging.getLogger(__name__)


class _Server(uvicorn.Server):
    """Signals belong to `run` (it may also stop the Telegram bot), not to uvicorn."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def quiet_uvicorn() -> None:
    """uvicorn logs each WebSocket with the client's address at INFO; keep only its warnings and errors."""
    for name in ("uvicorn", "uvicorn.error", "uvicorn.asgi", "websockets.server"):
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger("uvicorn.access").disabled = True


def server(cfg: Config, svc: Entraide, *, kick_other: Callable[[str], None] | None = None, tick: bool = True,
           host: str | None = None, port: int | None = None, poll_every: float = 1.0) -> uvicorn.Server:
    web = cfg.settings.web
    console = svc.store.sql_engine() if cfg.settings.console.enabled else None  # none for an in-memory store
    app = create_app(cfg, svc, kick_other=kick_other, tick=tick, poll_every=poll_every, console=console)
    quiet_uvicorn()
    config = uvicorn.Config(
        app, host=host or web.host, port=web.port if port is None else port, log_config=None, access_log=False,
        server_header=False, date_header=False, ws="websockets-sansio", lifespan="on",
        ws_max_size=web.limits.max_message_chars * 4 + 4096,  # UTF-8 at worst, plus the frame's JSON
        proxy_headers=bool(web.forwarded_allow_ips), forwarded_allow_ips=web.forwarded_allow_ips or None,
    )
    return _Server(config)


def bind(host: str, port: int) -> socket.socket:
    """Listen before uvicorn starts, so a port in use is a clear OSError here, not uvicorn's sys.exit."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def address(cfg: Config) -> str:
    web = cfg.settings.web
    host = f"[{web.host}]" if ":" in web.host else web.host
    return f"http://{host}:{web.port}/"


async def run(cfg: Config, svc: Entraide, telegram: bool, webhook_url: str | None = None,
              listen: str = "127.0.0.1", port: int = 8443, ready: Callable[[str], None] | None = None) -> None:
    """Until SIGINT/SIGTERM; SIGHUP reloads flows and knowledge. With `telegram`, the bot runs too."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    bot = None
    if telegram:
        from bot.channels.telegram import TelegramBot, quiet_http, webhook_secret

        quiet_http()
        bot = TelegramBot(cfg, svc)
    sock = bind(cfg.settings.web.host, cfg.settings.web.port)
    web = server(cfg, svc, kick_other=bot.outbox.kick if bot else None, tick=bot is None)
    # the console, when served, makes it reload the published version rather than the files (bot/console/watcher.py)
    desk_reload = svc.desk.reload if svc.desk is not None else None
    reload = desk_reload or (lambda: svc.reload_from(cfg))
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, reload))
    tasks: list[asyncio.Task[None]] = [asyncio.create_task(web.serve(sockets=[sock]))]
    if bot is not None:
        await bot.start()
        tasks.append(asyncio.create_task(
            bot.serve_webhook(stop, webhook_url, listen, port, webhook_secret(cfg)) if webhook_url else bot.poll(stop)))
    while not web.started and not tasks[0].done():
        await asyncio.sleep(0.05)
    if web.started and ready is not None:
        ready(address(cfg))
    try:
        done, _ = await asyncio.wait([*tasks, asyncio.create_task(stop.wait())], return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t in tasks and t.exception() is not None:
                raise t.exception()  # type: ignore[misc]
    finally:
        stop.set()
        web.should_exit = True
        if bot is not None:
            await bot.stop()
        await asyncio.gather(*tasks, return_exceptions=True)
