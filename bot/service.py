"""The engine with storage around it: the one object every channel talks to.

It derives the pseudonymous session key, loads the state, runs the pure engine, saves with
a compare-and-set (retrying when another process got there first) and counts anonymously.
A failure anywhere gives the person a short apology with the crisis lines, never a traceback.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from bot.engine.definitions import Definitions
from bot.engine.messages import Event, Meta, Outgoing
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.errors import ConflictError, DuplicateError, StoreError
from bot.store.base import Queued, Store, iso_week

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


def session_key(secret: bytes, channel: str, user_id: str | int) -> str:
    """HMAC-SHA256 of channel and user id: stable per person, useless without the secret."""
    return hmac.new(secret, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Delivery:
    """How a channel that delivers through the outbox wants this turn committed."""

    receipt: str  # the channel's update id: a redelivered update is recognised and skipped
    chat_key: str  # keyed hash of the chat, to keep replies in order
    seal: Callable[[Outgoing], list[str]]  # encrypted envelopes (address and text) for the outbox


@dataclass(frozen=True)
class Reply:
    messages: list[Outgoing]
    queued: bool = False  # the messages are in the outbox, committed with the turn
    duplicate: bool = False  # this update was handled before; nothing to do


class Entraide:
    def __init__(self, defs: Definitions, store: Store, secret: bytes):
        self.defs = defs
        self.store = store
        self.secret = secret
        self._locks = [threading.Lock() for _ in range(64)]

    def key(self, channel: str, user_id: str | int) -> str:
        return session_key(self.secret, channel, user_id)

    def reload(self, defs: Definitions) -> None:
        """Swap in freshly validated flows and knowledge; conversations carry on."""
        self.defs = defs

    async def handle(self, channel: str, user_id: str | int, event: Event) -> list[Outgoing]:
        return await asyncio.to_thread(self.handle_sync, channel, user_id, event)

    def handle_sync(self, channel: str, user_id: str | int, event: Event) -> list[Outgoing]:
        return self.turn_sync(channel, user_id, event).messages

    async def turn(self, channel: str, user_id: str | int, event: Event, delivery: Delivery | None = None) -> Reply:
        return await asyncio.to_thread(self.turn_sync, channel, user_id, event, delivery)

    def turn_sync(self, channel: str, user_id: str | int, event: Event, delivery: Delivery | None = None) -> Reply:
        """One turn, committed with its receipt and outbox rows when the channel gives them."""
        key = self.key(channel, user_id)
        lock = self._locks[int(key[:8], 16) % len(self._locks)]
        with lock:
            try:
                return self._handle(key, event, delivery)
            except DuplicateError:
                log.info("update %s was already handled; skipped", delivery.receipt if delivery else "?")
                return Reply([], duplicate=True)
            except Exception:  # noqa: BLE001 - the person must get an answer whatever broke
                log.exception("turn failed for session %s… (update %s)", key[:8],
                              delivery.receipt if delivery else "-")
                return Reply(self.apology(event))

    def _handle(self, key: str, event: Event, delivery: Delivery | None) -> Reply:
        receipt = delivery.receipt if delivery else None
        for _ in range(MAX_ATTEMPTS):
            state, version = self.store.load(key)
            turn = handle(self.defs, state or SessionState(), event)
            queued = [Queued(delivery.chat_key, env) for m in turn.messages for env in delivery.seal(m)] if delivery else []
            try:
                if turn.forget:
                    self.store.delete(key, receipt, queued)
                else:
                    self.store.save(key, turn.state, version, receipt, queued)
            except ConflictError:
                continue
            self._count(turn.stats, turn.state.lang or self.defs.default_lang, event.now)
            return Reply(turn.messages, queued=bool(delivery))
        raise StoreError("could not save the session after several attempts")

    def _count(self, stats: list[tuple[str, str]], lang: str, now: float) -> None:
        week = iso_week(now)
        for metric, value in stats:
            try:
                self.store.count(metric, value, lang, week)
            except Exception:  # noqa: BLE001 - a lost count must never cost a reply
                log.warning("could not record a %s count", metric)

    def apology(self, event: Event) -> list[Outgoing]:
        lang = self.defs.default_lang
        text = self.defs.knowledge.message("error_sorry").get(lang)
        return [Outgoing(text, (), "user", Meta(lang=lang, crisis=False))]
