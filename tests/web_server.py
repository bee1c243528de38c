"""The web chat on a real uvicorn server, in a thread of the test process, on a free loopback port.

Each server has its own service and mailbox (as a separate process would) over a shared database file,
so two of them on one SQLite file or one PostgreSQL stand for two processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from websockets.asyncio.client import ClientConnection, connect

from bot.channels.web.serve import bind, server
from bot.config import Config
from bot.engine.definitions import Definitions
from bot.service import Entraide, build_service
from bot.store.sql import SqlStore


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class WebServer:
    def __init__(self, cfg: Config, defs: Definitions, db_url: str, poll_every: float = 0.2):
        self.store = SqlStore(db_url)
        self.svc: Entraide = build_service(cfg, defs, self.store)
        self.sock = bind("127.0.0.1", 0)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}/ws"
        self.server: uvicorn.Server = server(cfg, self.svc, poll_every=poll_every)
        self.thread = threading.Thread(target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])), daemon=True)

    def start(self) -> WebServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise AssertionError("the web server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.store.close()


@dataclass
class Tab:
    """A raw WebSocket client speaking the page's protocol, for tests below the browser."""

    conn: ClientConnection
    token: str = ""
    frames: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    async def open(cls, ws_url: str, origin: str, token: str | None = None, lang: str = "fr") -> Tab:
        conn = await connect(ws_url, origin=origin)  # type: ignore[arg-type]
        tab = cls(conn)
        await tab.send({"t": "hello", "token": token, "lang": lang})
        welcome = await tab.next(lambda f: f["t"] == "welcome")
        tab.token = welcome["token"]
        return tab

    async def send(self, frame: dict[str, Any]) -> None:
        await self.conn.send(json.dumps(frame))

    async def next(self, cond: Callable[[dict[str, Any]], bool], timeout: float = 30) -> dict[str, Any]:
        """The next frame (received from now on, or already kept) that matches; others are kept."""
        for f in self.frames:
            if cond(f):
                self.frames.remove(f)
                return f
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching frame; got {self.frames[-5:]}")
            f = json.loads(await asyncio.wait_for(self.conn.recv(), left))
            if cond(f):
                return f
            self.frames.append(f)

    async def turn(self, frame: dict[str, Any], timeout: float = 30) -> list[dict[str, Any]]:
        """Send a frame and collect the messages pushed until its `done` (acknowledging them)."""
        await self.send(frame)
        end = await self.next(lambda f: f["t"] in ("done", "refused") and f["id"] == frame["id"], timeout)
        assert end["t"] == "done", end
        msgs = [f for f in self.frames if f["t"] == "msg"]
        self.frames = [f for f in self.frames if f["t"] != "msg"]
        if msgs:
            await self.send({"t": "ack", "refs": [m["ref"] for m in msgs]})
        return msgs

    async def close(self) -> None:
        await self.conn.close()
