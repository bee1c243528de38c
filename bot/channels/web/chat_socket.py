"""One tab's WebSocket: checks, then each frame to the engine and the tab's mailbox back.

The tab's token (random, kept in the tab's sessionStorage) is the user id the service hashes into the
session key; it is never stored, logged or put in a URL. A typed message, a quick reply or a control
becomes one engine turn, committed once under a receipt derived from the token and the page's message
id, so a message resent after a reconnect is recognised and skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from bot.channels.web import frames
from bot.channels.web.limits import Gate
from bot.channels.web.mailbox import CHANNEL, Delivered, Mailbox, tab_address
from bot.channels.web.wording import message
from bot.config import WebSettings
from bot.engine.definitions import Definitions
from bot.engine.messages import Address, Event
from bot.nlu.crisis import detect_all
from bot.peers.desk import Sender
from bot.service import Delivery, Entraide, Reply
from bot.types import Lang

log = logging.getLogger(__name__)
HELLO_SECONDS = 10.0
MAX_BAD_FRAMES = 10
# Close codes the page understands (4000-4999 are the application's own).
CLOSE_POLICY = 1008  # a foreign Origin, or a client that keeps sending nonsense or floods
CLOSE_BUSY = 1013  # too many sockets: try again later
CLOSE_IDLE = 4000  # silent too long: the page reconnects when the person writes


@dataclass
class _Tab:
    token: str
    key: str  # the session key (keyed hash): the only name the rate limiter sees
    address: Address  # a keyed hash of the token: what the desk seals to relay a helper's words
    mailbox: str
    lang: Lang
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    refused: int = 0  # messages refused in a row by the rate limit
    last_note: float = 0.0


class ChatSocket:
    """Shared by every socket of the app: the service, the mailbox and the limits."""

    def __init__(self, svc: Entraide, settings: WebSettings, mailbox: Mailbox, gate: Gate,
                 allowed: Callable[[WebSocket], bool], delivered: Callable[[Reply], Awaitable[None]]):
        self.svc = svc
        self.settings = settings
        self.delivered = delivered
        self.mailbox = mailbox
        self.gate = gate
        self.allowed = allowed
        self.turns = 0

    async def __call__(self, ws: WebSocket) -> None:
        if not self.allowed(ws):
            await ws.close(CLOSE_POLICY)  # before the handshake: the browser sees a refusal (403)
            return
        address = self.gate.address(ws.client.host if ws.client else None)
        if not self.gate.enter(address):
            await ws.accept()
            await ws.close(CLOSE_BUSY)
            return
        try:
            await ws.accept()
            await self._serve(ws, address)
        except (WebSocketDisconnect, RuntimeError):
            pass  # the tab went away; its replies wait in the mailbox for the resume
        finally:
            self.gate.leave(address)

    async def _serve(self, ws: WebSocket, address: str) -> None:
        hello = await self._hello(ws)
        if hello is None:
            return
        token = hello.token or secrets.token_urlsafe(32)
        reach = tab_address(self.svc.secret, token)
        tab = _Tab(token, self.svc.key(CHANNEL, token), reach, self.svc.key(CHANNEL, reach.id),
                   "en" if hello.lang == "en" else "fr")
        await self._send(ws, tab, {"t": "welcome", "token": token})

        async def push(items: list[Delivered]) -> None:
            tab.lang = "en" if items[-1].lang == "en" else "fr"
            for d in items:
                await self._send(ws, tab, d.frame())

        sub = await self.mailbox.attach(tab.mailbox, push)
        try:
            await self._frames(ws, tab, address)
        finally:
            self.mailbox.detach(sub)

    async def _hello(self, ws: WebSocket) -> frames.Hello | None:
        try:
            raw = await asyncio.wait_for(ws.receive_text(), HELLO_SECONDS)
        except (TimeoutError, KeyError):
            await ws.close(CLOSE_POLICY)
            return None
        frame = frames.parse(raw)
        if not isinstance(frame, frames.Hello):
            await ws.close(CLOSE_POLICY)
            return None
        return frame

    async def _frames(self, ws: WebSocket, tab: _Tab, address: str) -> None:
        idle = self.settings.limits.idle_minutes * 60.0
        bad = 0
        while True:
            try:
                msg = await asyncio.wait_for(ws.receive(), idle)
            except TimeoutError:
                await ws.close(CLOSE_IDLE)
                return
            if msg["type"] == "websocket.disconnect":
                return
            frame = frames.parse(msg["text"]) if msg.get("text") is not None else None
            if frame is None or isinstance(frame, frames.Hello):
                bad += 1
                if bad > MAX_BAD_FRAMES:
                    await ws.close(CLOSE_POLICY)
                    return
                await self._send(ws, tab, {"t": "bad"})
                continue
            if isinstance(frame, frames.Ack):
                await self.mailbox.ack(tab.mailbox, frame.refs)
                continue
            if not await self._admit(ws, tab, address, frame):
                if tab.refused > 3 * self.gate.per_tab.burst + MAX_BAD_FRAMES:
                    await ws.close(CLOSE_POLICY)
                    return
                continue
            await self._turn(ws, tab, frame)

    async def _admit(self, ws: WebSocket, tab: _Tab, address: str, frame: frames.Turn) -> bool:
        """Length and rate limits; a refusal is a polite note, and the page keeps the text."""
        limit = self.settings.limits.max_message_chars
        if isinstance(frame, frames.Say) and len(frame.text) > limit and not await _shows_danger(frame.text):
            await self._refuse(ws, tab, frame.id, "too_long", message(self._defs(), "web_too_long", tab.lang, max=limit))
            return False
        if not self.gate.message(tab.key, address):
            tab.refused += 1
            if time.monotonic() - tab.last_note > 2.0:  # a flood gets a note now and then, not one per frame
                tab.last_note = time.monotonic()
                await self._refuse(ws, tab, frame.id, "slow_down", message(self._defs(), "web_slow_down", tab.lang))
            else:
                await self._send(ws, tab, {"t": "refused", "id": frame.id, "reason": "slow_down"})
            return False
        tab.refused = 0
        return True

    async def _turn(self, ws: WebSocket, tab: _Tab, frame: frames.Turn) -> None:
        receipt = "web:" + self.svc.key("web-receipt", f"{tab.token}:{frame.id}")[:40]
        if not await asyncio.to_thread(self.svc.store.seen, receipt):
            reply = await self.svc.turn(CHANNEL, tab.token, _event(frame, tab.lang), Delivery(receipt),
                                        Sender(tab.address))
            self.turns += 1
            if reply.queued:
                await self.delivered(reply)
            else:  # the turn failed and nothing was committed: the apology goes straight to the page
                for m in reply.messages:
                    await self._send(ws, tab, {"t": "note", "text": m.text, "lang": m.meta.lang, "crisis": m.meta.crisis})
        await self._send(ws, tab, {"t": "done", "id": frame.id})

    async def _refuse(self, ws: WebSocket, tab: _Tab, cid: str, reason: str, text: str) -> None:
        await self._send(ws, tab, {"t": "refused", "id": cid, "reason": reason, "text": text, "lang": tab.lang})

    async def _send(self, ws: WebSocket, tab: _Tab, frame: dict[str, Any]) -> None:
        async with tab.send_lock:
            if ws.application_state == WebSocketState.CONNECTED:
                with contextlib.suppress(RuntimeError):
                    await ws.send_text(json.dumps(frame, ensure_ascii=False))

    def _defs(self) -> Definitions:
        return self.svc.defs_for(CHANNEL)


async def _shows_danger(text: str) -> bool:
    """Too long a message is refused politely, unless it shows danger: then it is read like any other,
    because the crisis answer must never wait for someone to shorten their words."""
    return (await asyncio.to_thread(detect_all, text, neighbours=False)).crisis


def _event(frame: frames.Turn, lang: Lang) -> Event:
    now = time.time()
    if isinstance(frame, frames.Say):
        return Event.from_text(frame.text, now, lang)
    if isinstance(frame, frames.Press):
        return Event("button", now, payload=frame.payload, lang_hint=lang)
    command = "restart" if frame.command == "start" else frame.command
    return Event("command", now, command=command, arg=frame.arg, lang_hint=lang)
