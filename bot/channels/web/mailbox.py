"""Replies for web chat tabs: sealed into the shared outbox, pushed to whichever process holds the tab's socket.

A web tab's replies go through the same outbox as Telegram's (committed with the turn, encrypted with
ENTRAIDE_RELAY_KEY), under a mailbox key `web:<keyed hash>`. The process that holds the tab's socket
pushes them, oldest first, and deletes each row only when the page acknowledges it, so a reply survives
a dropped connection, a reload or a crash; the page drops a repeat by its reference.

A reference is the row id and a digest of its (randomly encrypted) envelope, never the id alone: row ids
are no high-water mark (PostgreSQL transactions commit out of id order, SQLite reuses the highest id once
its row is deleted), so the mailbox remembers which rows it pushed, not how far it got.

Everything about "a message produced elsewhere reaches a web socket" lives in this module: a helper's
relayed reply from Telegram, the desk's expiry follow-ups, a turn committed by another process (found
by polling; several processes share one database). Rows a tab never came back for are deleted after
`web.limits.keep_undelivered_hours`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select

from bot.crypto import InvalidToken, Sealer
from bot.engine.messages import Outgoing
from bot.service import Entraide
from bot.store.sql import SqlStore
from bot.store.tables import outbox

log = logging.getLogger(__name__)
WEB_PREFIX = "web:"
_REF = re.compile(r"^\d{1,18}\.[0-9a-f]{16}$")
_CHUNK = 400  # keys per polling query: well under SQLite's and PostgreSQL's parameter limits


def mailbox_of(session_key: str) -> str:
    """A tab's mailbox (and its peer address): fits the outbox's 64 characters; the colon keeps
    Telegram's sender from taking it (see bot.channels.delivery.Outbox.kick)."""
    return WEB_PREFIX + session_key[:60]


def is_web(address: str) -> bool:
    return address.startswith(WEB_PREFIX)


def seal_web(sealer: Sealer, mailbox: str, msg: Outgoing) -> list[tuple[str, str]]:
    """One encrypted row for a web tab: what the page shows, nothing about anyone else."""
    body: dict[str, Any] = {"text": msg.text, "buttons": [[b.label, b.payload] for b in msg.buttons],
                            "lang": msg.meta.lang, "crisis": msg.meta.crisis}
    return [(mailbox, sealer.seal(body))]


def seal_from_web(svc: Entraide, sealer: Sealer, own: str, msg: Outgoing) -> list[tuple[str, str]]:
    """Where a message from a web turn goes: this tab, another web tab, or a peer on another channel."""
    address = own if msg.to == "user" else msg.to.removeprefix("addr:")
    if is_web(address):
        return seal_web(sealer, address, msg)
    from bot.channels.telegram import seal_for_telegram  # a helper on Telegram (or a Rasa mailbox)

    return seal_for_telegram(svc, sealer, 0, msg)


def ref_of(row_id: int, envelope: str) -> str:
    return f"{row_id}.{hashlib.sha256(envelope.encode()).hexdigest()[:16]}"


@dataclass(frozen=True)
class Delivered:
    """One reply as the page receives it; `ref` acknowledges and de-duplicates it."""

    ref: str
    text: str
    buttons: list[list[str]]
    lang: str
    crisis: bool

    def frame(self) -> dict[str, Any]:
        return {"t": "msg", "ref": self.ref, "text": self.text, "buttons": self.buttons, "lang": self.lang,
                "crisis": self.crisis}


Push = Callable[[list[Delivered]], Awaitable[None]]


@dataclass(eq=False)
class Subscription:
    """One open socket listening to one mailbox."""

    mailbox: str
    push: Push
    pushed: set[str] = field(default_factory=set)  # references sent on this socket and still in the outbox
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Mailbox:
    """Delivers web tabs' outbox rows to the sockets this process holds."""

    def __init__(self, store: SqlStore, sealer: Sealer, *, every: float = 1.0, keep_seconds: float = 86400.0,
                 clock: Callable[[], float] = time.time):
        self.store = store
        self.sealer = sealer
        self.every = every
        self.keep_seconds = keep_seconds
        self.clock = clock
        self._subs: dict[str, list[Subscription]] = {}

    @property
    def sockets(self) -> int:
        return sum(len(s) for s in self._subs.values())

    async def attach(self, mailbox: str, push: Push) -> Subscription:
        """A socket (re)opens: everything still waiting is pushed now (the page drops what it has)."""
        sub = Subscription(mailbox, push)
        self._subs.setdefault(mailbox, []).append(sub)
        await self.kick(mailbox)
        return sub

    def detach(self, sub: Subscription) -> None:
        subs = self._subs.get(sub.mailbox, [])
        if sub in subs:
            subs.remove(sub)
        if not subs:
            self._subs.pop(sub.mailbox, None)

    async def ack(self, mailbox: str, refs: list[str]) -> None:
        """The page stored these replies: their rows are done (only this mailbox's, only these very rows)."""
        ids = {int(r.split(".")[0]): r for r in refs if _REF.match(r)}
        if not ids:
            return

        def work() -> None:
            with self.store.engine.begin() as conn:
                rows = conn.execute(select(outbox.c.id, outbox.c.envelope)
                                    .where(outbox.c.chat_key == mailbox, outbox.c.id.in_(ids)))
                done = [r.id for r in rows if ref_of(r.id, r.envelope) == ids[r.id]]
                if done:
                    conn.execute(delete(outbox).where(outbox.c.id.in_(done)))

        await asyncio.to_thread(work)

    async def clear(self, mailbox: str) -> None:
        """Everything waiting for a tab (quick exit: nobody will read it)."""
        def work() -> None:
            with self.store.engine.begin() as conn:
                conn.execute(delete(outbox).where(outbox.c.chat_key == mailbox))

        await asyncio.to_thread(work)

    async def kick(self, mailbox: str) -> None:
        """Push a mailbox's new rows to its sockets in this process now (after a turn committed here)."""
        if mailbox in self._subs:
            await self._deliver([mailbox], await asyncio.to_thread(self._rows, [mailbox]))

    async def run(self) -> None:
        """Poll for rows committed elsewhere (another process, the desk's tick); prune abandoned ones."""
        last_prune = 0.0
        while True:
            try:
                keys = list(self._subs)
                for i in range(0, len(keys), _CHUNK):
                    chunk = keys[i:i + _CHUNK]
                    await self._deliver(chunk, await asyncio.to_thread(self._rows, chunk))
                if self.clock() - last_prune > 600:
                    last_prune = self.clock()
                    await asyncio.to_thread(self.prune, last_prune - self.keep_seconds)
            except Exception as e:  # noqa: BLE001 - the poller must outlive a database hiccup
                log.warning("web mailbox poll failed: %s", e.__class__.__name__)
            await asyncio.sleep(self.every)

    def prune(self, before: float) -> int:
        """Rows for tabs that never came back: the person closed the tab, so nobody can read them."""
        with self.store.engine.begin() as conn:
            res = conn.execute(delete(outbox).where(outbox.c.chat_key.startswith(WEB_PREFIX),
                                                    outbox.c.created_at < before))
        return int(res.rowcount or 0)

    def _rows(self, keys: list[str]) -> dict[str, list[tuple[int, str]]]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.id, outbox.c.chat_key, outbox.c.envelope)
                                .where(outbox.c.chat_key.in_(keys)).order_by(outbox.c.id))
            out: dict[str, list[tuple[int, str]]] = {}
            for r in rows:
                out.setdefault(r.chat_key, []).append((int(r.id), r.envelope))
            return out

    async def _deliver(self, keys: list[str], rows: dict[str, list[tuple[int, str]]]) -> None:
        for mailbox in keys:
            for sub in list(self._subs.get(mailbox, [])):
                await self._push(sub, rows.get(mailbox, []))

    async def _push(self, sub: Subscription, items: list[tuple[int, str]]) -> None:
        """Send the rows this socket has not had; `items` is everything the mailbox holds."""
        async with sub.lock:
            refs = [(ref_of(i, env), i, env) for i, env in items]
            sub.pushed &= {r for r, _, _ in refs}  # forget what was acknowledged (maybe by another tab)
            out: list[Delivered] = []
            for ref, row_id, env in refs:
                if ref in sub.pushed:
                    continue
                try:
                    body = self.sealer.open(env)
                except InvalidToken:
                    log.error("a web reply cannot be decrypted (was ENTRAIDE_RELAY_KEY changed?); dropped")
                    await asyncio.to_thread(self.store.sent, row_id)
                    continue
                out.append(Delivered(ref, str(body.get("text", "")),
                                     [[str(b[0]), str(b[1])] for b in body.get("buttons", [])],
                                     str(body.get("lang", "fr")), bool(body.get("crisis"))))
            if not out:
                return
            with contextlib.suppress(Exception):  # a socket closing under us: the rows wait for the resume
                await sub.push(out)
                sub.pushed.update(d.ref for d in out)
