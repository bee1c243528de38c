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

from sqlalchemy import Connection

from bot.config import Config
from bot.crypto import Sealer
from bot.engine.definitions import Definitions, load_definitions
from bot.engine.interpreter import Turn
from bot.engine.messages import Event, Meta, Outgoing
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.errors import ConflictError, DuplicateError, ProblemsError, StoreError
from bot.nlu import crisis_neighbours
from bot.peers.desk import Desk, Result, Sender
from bot.stats import format_stats
from bot.store.base import Queued, Store, iso_week
from bot.store.sql import Hook, SqlStore

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


class _NotPeer(Exception):
    """The peer desk declined the event: roll its transaction back and let the engine have it."""


def session_key(secret: bytes, channel: str, user_id: str | int) -> str:
    """HMAC-SHA256 of channel and user id: stable per person, useless without the secret."""
    return hmac.new(secret, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Delivery:
    """How a channel that delivers through the outbox wants this turn committed."""

    receipt: str  # the channel's update id: a redelivered update is recognised and skipped
    seal: Callable[[Outgoing], list[tuple[str, str]]]  # (chat key, encrypted envelope) pairs for the outbox


@dataclass(frozen=True)
class Reply:
    messages: list[Outgoing]
    queued: bool = False  # the messages are in the outbox, committed with the turn
    chat_keys: tuple[str, ...] = ()  # whose outbox rows to deliver


class _Outbox:
    """Seals a turn's messages into outbox rows and remembers which chats they go to."""

    def __init__(self, seal_one: Callable[[Outgoing], list[tuple[str, str]]] | None):
        self.seal_one = seal_one
        self.keys: dict[str, None] = {}

    def __call__(self, msgs: list[Outgoing]) -> list[Queued]:
        queued = [Queued(k, env) for m in msgs for k, env in self.seal_one(m)] if self.seal_one else []
        self.keys.update(dict.fromkeys(q.chat_key for q in queued))
        return queued

    def reply(self, messages: list[Outgoing]) -> Reply:
        return Reply(messages, queued=self.seal_one is not None, chat_keys=tuple(self.keys))


class Entraide:
    def __init__(self, defs: Definitions, store: Store, secret: bytes, desk: Desk | None = None):
        self.defs = defs
        self.store = store
        self.secret = secret
        self.desk = desk  # peer helpers; needs the SQL store
        self._locks = [threading.Lock() for _ in range(64)]
        # A channel whose truths differ (the web tab, not Telegram, keeps the chat) registers how its
        # definitions differ; built once per (re)load. See bot.channels.web.wording.
        self.wording: dict[str, Callable[[Definitions], Definitions]] = {}
        self._worded: dict[str, tuple[Definitions, Definitions]] = {}

    def key(self, channel: str, user_id: str | int) -> str:
        return session_key(self.secret, channel, user_id)

    def reload(self, defs: Definitions) -> None:
        """Swap in freshly validated flows and knowledge; conversations carry on."""
        self.defs = defs

    def reload_from(self, cfg: Config) -> tuple[bool, str]:
        """Load, check and swap in flows and knowledge from disk; on any error keep the running ones.

        Returns (ok, the file and line of each error when not ok)."""
        try:
            defs = load_definitions(cfg)
        except ProblemsError as e:
            log.warning("reload refused: %d problem(s); the running flows and knowledge stay", len(e.problems))
            return False, "\n".join(str(p) for p in e.problems[:10])
        self.reload(defs)
        log.info("flows and knowledge reloaded")
        return True, ""

    def defs_for(self, channel: str) -> Definitions:
        """The definitions a channel's turns run on: its own wording where it registered one."""
        adapt = self.wording.get(channel)
        if adapt is None:
            return self.defs
        cached = self._worded.get(channel)
        if cached is None or cached[0] is not self.defs:
            cached = self._worded[channel] = (self.defs, adapt(self.defs))
        return cached[1]

    def handle_sync(self, channel: str, user_id: str | int, event: Event, sender: Sender | None = None) -> list[Outgoing]:
        return self.turn_sync(channel, user_id, event, None, sender).messages

    async def turn(self, channel: str, user_id: str | int, event: Event, delivery: Delivery | None = None,
                   sender: Sender | None = None) -> Reply:
        return await asyncio.to_thread(self.turn_sync, channel, user_id, event, delivery, sender)

    def turn_sync(self, channel: str, user_id: str | int, event: Event, delivery: Delivery | None = None,
                  sender: Sender | None = None) -> Reply:
        """One turn, committed with its receipt and outbox rows when the channel gives them."""
        key = self.key(channel, user_id)
        lock = self._locks[int(key[:8], 16) % len(self._locks)]
        with lock:
            try:
                return self._handle(channel, key, event, delivery, sender or Sender(str(user_id)))
            except DuplicateError:
                log.info("update %s was already handled; skipped", delivery.receipt if delivery else "?")
                return Reply([])
            except Exception:  # noqa: BLE001 - the person must get an answer whatever broke
                log.exception("turn failed for session %s… (update %s)", key[:8],
                              delivery.receipt if delivery else "-")
                return Reply(self.apology(event))

    def _handle(self, channel: str, key: str, event: Event, delivery: Delivery | None, sender: Sender) -> Reply:
        receipt = delivery.receipt if delivery else None
        desk = self.desk if isinstance(self.store, SqlStore) else None
        seal = _Outbox(delivery.seal if delivery else None)
        loaded = self.store.load(key)
        if desk is not None and isinstance(self.store, SqlStore):
            state = loaded[0]
            lang = state.lang if state and state.lang else (event.lang_hint or self.defs.default_lang)
            routed: list[Result] = []

            def work(conn: Connection) -> list[Queued]:
                res = desk.route(conn, key, event, sender, lang)
                if res is None:
                    raise _NotPeer
                routed.append(res)
                return seal(res.messages)

            try:
                self.store.atomic(receipt, work)
            except _NotPeer:
                pass
            else:
                self._count(routed[0].stats, lang, event.now)
                return seal.reply(routed[0].messages)
        for attempt in range(MAX_ATTEMPTS):
            seal.keys.clear()  # a rolled-back attempt wrote nothing
            state, version = loaded if attempt == 0 else self.store.load(key)
            turn = handle(self.defs_for(channel), state or SessionState(), event)
            extra: list[Result] = []
            hook = (self._peer_hook(desk, key, sender, turn, event.now, seal, extra)
                    if desk is not None and (turn.forget or "request_helper" in turn.actions) else None)
            queued = seal(turn.messages)
            try:
                if turn.forget:
                    self.store.delete(key, receipt, queued, hook=hook)
                else:
                    self.store.save(key, turn.state, version, receipt, queued, hook=hook)
            except ConflictError:
                continue
            lang = turn.state.lang or self.defs.default_lang
            self._count(turn.stats + (extra[0].stats if extra else []), lang, event.now)
            return seal.reply(turn.messages + (extra[0].messages if extra else []))
        raise StoreError("could not save the session after several attempts")

    def _peer_hook(self, desk: Desk, key: str, who: Sender, turn: Turn, now: float,
                   seal: Callable[[list[Outgoing]], list[Queued]], extra: list[Result]) -> Hook:
        """The desk's part of an engine turn (a new request, or /forget), in the session's transaction."""
        def hook(conn: Connection) -> list[Queued]:
            extra.clear()
            st = turn.state
            if turn.forget:
                extra.append(desk.forget_worker(conn, key, now))
            else:
                extra.append(desk.create_request(conn, key, who, st.lang or self.defs.default_lang, st.slots,
                                                 st.slots.get("theme") or st.nlu_theme, now))
            return seal(extra[0].messages)
        return hook

    def tick(self, now: float, delivery_seal: Callable[[Outgoing], list[tuple[str, str]]] | None = None) -> Reply:
        """Time passing: requests nobody took. Run by each channel every few seconds."""
        if self.desk is None or not isinstance(self.store, SqlStore):
            return Reply([])
        desk = self.desk
        seal = _Outbox(delivery_seal)
        done: list[Result] = []

        def work(conn: Connection) -> list[Queued]:
            done.append(desk.tick(conn, now))
            return seal(done[0].messages)

        self.store.atomic(None, work)
        self._count(done[0].stats, self.defs.default_lang, now)
        return seal.reply(done[0].messages)

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


def build_service(cfg: Config, defs: Definitions, store: SqlStore) -> Entraide:
    """The service every channel uses: engine, SQL store and the peer-helper desk."""
    crisis_neighbours.warm()  # the model loads now, not on a person's first message
    svc = Entraide(defs, store, cfg.secret)
    svc.desk = Desk(lambda: svc.defs, Sealer(cfg.relay_key), cfg.settings.helpers, cfg.secret,
                    stats_text=lambda lang: format_stats(store.stats(), lang), reload=lambda: svc.reload_from(cfg))
    return svc


def fresh_service_turner(cfg: Config, defs: Definitions) -> Callable[[], Callable[[SessionState, Event],
                                                                          tuple[list[Outgoing], SessionState]]]:
    """For `entraide test`: each conversation test on its own empty in-memory database, desk included."""
    def new() -> Callable[[SessionState, Event], tuple[list[Outgoing], SessionState]]:
        store = SqlStore("sqlite://")
        svc = build_service(cfg, defs, store)

        def turn(_state: SessionState, event: Event) -> tuple[list[Outgoing], SessionState]:
            messages = svc.handle_sync("test", "tester", event)
            state, _ = store.load(svc.key("test", "tester"))
            return [m for m in messages if m.to == "user"], state or SessionState()
        return turn
    return new
