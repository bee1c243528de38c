"""Replies for web chat tabs: filed in the shared outbox, pushed by whichever process holds the tab's socket.

A web tab's replies go through the same outbox as Telegram's (committed with the turn, sealed with
ENTRAIDE_RELAY_KEY), filed under the channel "web" and the tab's mailbox (the keyed hash of its address).
The process that holds the tab's socket pushes them, oldest first, and deletes each row only when the
page acknowledges it, so a reply survives a dropped connection, a reload or a crash; the page drops a
repeat by its reference.

A reference is the row id and a digest of its (randomly encrypted) envelope, never the id alone: row ids
are no high-water mark (PostgreSQL transactions commit out of id order, SQLite reuses the highest id once
its row is deleted), so the mailbox remembers which rows it pushed, not how far it got.

An offer to a peer helper (an envelope with the desk's `ref`) is recorded as landed, under its reference,
just before it is pushed: the page keys each message by that reference, so when the request is taken or
withdrawn the desk's edit (an envelope with `edit` = that reference) reaches the page as a `msg` frame
naming the message it replaces, and the page rewrites that message and takes its buttons away, as
Telegram edits one. The edit is a row like any other: pushed until acknowledged, dropped by the page if
repeated; a page that no longer has the offer (erased) acknowledges it all the same. An offer pushed only
after it was taken (the tab was offline) comes without its buttons; the desk's separate note follows it.

Everything about "a message produced elsewhere reaches a web socket" lives here: a helper's relayed reply
from Telegram, the desk's expiry follow-ups, a turn committed by another process (found by polling every
second; several processes share one database). Rows a tab never came back for are deleted after
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

from bot.channels.base import Envelope, plain_envelope
from bot.crypto import InvalidToken, Sealer, keyed_hash
from bot.engine.messages import Address, Outgoing
from bot.store.base import Pending, Store

log = logging.getLogger(__name__)
CHANNEL = "web"
_REF = re.compile(r"^\d{1,18}\.[0-9a-f]{16}$")


class WebChannel:
    """How the registry files a message for a web tab (bot.channels.base): text, buttons, language."""

    name = CHANNEL
    push = False  # the process holding the tab's socket delivers (Mailbox), not an outbox sender

    def envelopes(self, to: Address, msg: Outgoing) -> list[Envelope]:
        return [plain_envelope(to, msg)]


def tab_address(secret: bytes, token: str) -> Address:
    """A tab's address for the desk and the relay: a keyed hash of its token, so the token itself is
    never stored, even sealed."""
    return Address(CHANNEL, keyed_hash(secret, f"web-tab:{token}")[:32])


def ref_of(row: Pending) -> str:
    return f"{row.id}.{hashlib.sha256(row.envelope.encode()).hexdigest()[:16]}"


@dataclass(frozen=True)
class Delivered:
    """One reply as the page receives it; `ref` acknowledges and de-duplicates it."""

    ref: str
    text: str
    buttons: list[list[str]]
    lang: str
    crisis: bool
    edit: str = ""  # the reference of an earlier message this one replaces (its buttons go)

    def frame(self) -> dict[str, Any]:
        frame: dict[str, Any] = {"t": "msg", "ref": self.ref, "text": self.text, "buttons": self.buttons,
                                 "lang": self.lang, "crisis": self.crisis}
        if self.edit:
            frame["edit"] = self.edit
        return frame


Push = Callable[[list[Delivered]], Awaitable[None]]
# The desk's offer reference, the tab's address and the delivered reference: where an offer landed.
# False: it is no longer on offer (taken while the tab was offline), so it is shown without its buttons.
Landed = Callable[[str, Address, str], bool]


@dataclass(eq=False)
class Subscription:
    """One open socket listening to one mailbox."""

    mailbox: str
    push: Push
    pushed: set[str] = field(default_factory=set)  # references sent on this socket and still in the outbox
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Mailbox:
    """Delivers web tabs' outbox rows to the sockets this process holds."""

    def __init__(self, store: Store, sealer: Sealer, *, every: float = 1.0, keep_seconds: float = 86400.0,
                 clock: Callable[[], float] = time.time, landed: Landed | None = None):
        self.store = store
        self.landed = landed
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
        wanted = {r for r in refs if _REF.match(r)}
        if not wanted:
            return

        def work() -> None:
            for row in self.store.pending(mailbox):
                if ref_of(row) in wanted:
                    self.store.sent(row.id)

        await asyncio.to_thread(work)

    async def clear(self, mailbox: str) -> None:
        """Everything waiting for a tab (quick exit: nobody will read it)."""
        def work() -> None:
            for row in self.store.pending(mailbox):
                self.store.sent(row.id)

        await asyncio.to_thread(work)

    async def kick(self, mailbox: str) -> None:
        """Push a mailbox's new rows to its sockets in this process now (after a turn committed here)."""
        if mailbox in self._subs:
            await self._deliver([mailbox], await asyncio.to_thread(self.store.pending_for, [mailbox]))

    async def run(self) -> None:
        """Poll for rows committed elsewhere (another process, the desk's tick); prune abandoned ones."""
        last_prune = 0.0
        while True:
            try:
                keys = list(self._subs)
                if keys:
                    await self._deliver(keys, await asyncio.to_thread(self.store.pending_for, keys))
                if self.clock() - last_prune > 600:
                    last_prune = self.clock()
                    await asyncio.to_thread(self.store.prune_outbox, CHANNEL, last_prune - self.keep_seconds)
            except Exception as e:  # noqa: BLE001 - the poller must outlive a database hiccup
                log.warning("web mailbox poll failed: %s", e.__class__.__name__)
            await asyncio.sleep(self.every)

    async def _deliver(self, keys: list[str], rows: dict[str, list[Pending]]) -> None:
        for mailbox in keys:
            for sub in list(self._subs.get(mailbox, [])):
                await self._push(sub, rows.get(mailbox, []))

    async def _push(self, sub: Subscription, rows: list[Pending]) -> None:
        """Send the rows this socket has not had; `rows` is everything the mailbox holds."""
        async with sub.lock:
            refs = [(ref_of(r), r) for r in rows]
            sub.pushed &= {ref for ref, _ in refs}  # forget what was acknowledged (maybe by another tab)
            out: list[Delivered] = []
            for ref, row in refs:
                if ref in sub.pushed:
                    continue
                try:
                    body = self.sealer.open(row.envelope)
                except InvalidToken:
                    log.error("a web reply cannot be decrypted (was ENTRAIDE_RELAY_KEY changed?); dropped")
                    await asyncio.to_thread(self.store.sent, row.id)
                    continue
                edit = str(body.get("edit", ""))
                live = True
                if body.get("ref") and not edit:
                    live = await self._record(str(body["ref"]), Address(CHANNEL, str(body.get("to", ""))), ref)
                out.append(Delivered(ref, str(body.get("text", "")),
                                     [[str(b[0]), str(b[1])] for b in body.get("buttons", [])] if live else [],
                                     str(body.get("lang", "fr")), bool(body.get("crisis")),
                                     edit if _REF.match(edit) else ""))  # else: shown as a new message
            if not out:
                return
            with contextlib.suppress(Exception):  # a socket closing under us: the rows wait for the resume
                await sub.push(out)
                sub.pushed.update(d.ref for d in out)

    async def _record(self, offer: str, to: Address, ref: str) -> bool:
        """Before the page can show an offer, the desk knows where: its later edit then always finds it.
        Pushed again after a reconnect, it is recorded again, with the same reference (no harm).
        False when the offer is already gone (its buttons would only answer "already taken")."""
        if self.landed is None:
            return True
        try:
            return await asyncio.to_thread(self.landed, offer, to, ref)
        except Exception as e:  # noqa: BLE001 - the offer still goes; only its later "taken" edit is lost
            log.warning("could not record where a web offer landed: %s", e.__class__.__name__)
            return True
