"""The engine with storage around it: the one object every channel talks to.

It derives the pseudonymous session key, loads the state, runs the pure engine, saves with
a compare-and-set (retrying when another process got there first) and counts anonymously.
A failure anywhere gives the person a short apology with the crisis lines, never a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial

from bot.channels.base import Channels, default_channels
from bot.config import Config
from bot.crypto import Sealer, keyed_hash
from bot.engine.definitions import Definitions, load_definitions
from bot.engine.interpreter import Turn
from bot.engine.messages import Address, Event, Meta, Outgoing
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.errors import ConflictError, DuplicateError, ProblemsError, StoreError
from bot.nlu.warm import warm
from bot.peers.desk import Desk, Result, Sender
from bot.peers.repository import Peers
from bot.stats import format_stats
from bot.store.base import Queued, Store, iso_week
from bot.store.memory import MemoryStore

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
# The channels a `start` event (a conversation begun at a flow of the caller's choosing) is read from: the
# console's preview (bot/console/preview.py) and conversation tests (fresh_service_turner). From any other
# channel it is an unsupported event, so no worker can skip the main flow's welcome and crisis check.
FLOW_STARTERS = frozenset({"console", "test"})


def session_key(secret: bytes, channel: str, user_id: str | int) -> str:
    """The keyed hash of channel and user id: stable per person, useless without the secret."""
    return keyed_hash(secret, f"{channel}:{user_id}")


@dataclass(frozen=True)
class Delivery:
    """The channel delivers through the outbox: the turn is committed with this receipt (the channel's
    update id, so a redelivered update is recognised and skipped) and its replies become outbox rows."""

    receipt: str


@dataclass(frozen=True)
class Reply:
    messages: list[Outgoing]
    queued: bool = False  # the messages are in the outbox, committed with the turn
    mailboxes: tuple[tuple[str, str], ...] = ()  # (channel, mailbox key) of each outbox row written

    def mailboxes_of(self, channel: str) -> list[str]:
        return [key for name, key in self.mailboxes if name == channel]


class _Outbox:
    """Seals a turn's messages into outbox rows through the channel registry, and remembers where they go."""

    def __init__(self, channels: Channels | None, sender: Address):
        self.channels = channels
        self.sender = sender
        self.boxes: dict[tuple[str, str], None] = {}

    def __call__(self, msgs: list[Outgoing]) -> list[Queued]:
        if self.channels is None:
            return []
        rows = [q for m in msgs for q in self.channels.seal(m.to or self.sender, m)]
        self.boxes.update(dict.fromkeys((q.channel, q.chat_key) for q in rows))
        return rows

    def reply(self, messages: list[Outgoing]) -> Reply:
        return Reply(messages, queued=self.channels is not None, mailboxes=tuple(self.boxes))


class Entraide:
    def __init__(self, defs: Definitions, store: Store, secret: bytes, desk: Desk | None = None,
                 channels: Channels | None = None, raise_errors: bool = False):
        self.defs = defs
        self.store = store
        self.secret = secret
        self.desk = desk  # peer helpers
        self.channels = channels  # how replies become outbox rows, for channels that deliver through it
        self._locks = [threading.Lock() for _ in range(64)]
        # A channel whose truths differ (the web tab, not Telegram, keeps the chat) registers how its
        # definitions differ; built once per (re)load. See bot.channels.web.wording.
        self.wording: dict[str, Callable[[Definitions], Definitions]] = {}
        self._worded: dict[str, tuple[Definitions, Definitions]] = {}
        self.raise_errors = raise_errors  # tests: see the failure instead of the person's apology
        self.executor: Executor | None = None  # where `turn` runs turn_sync; None: asyncio's default threads

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
        return await asyncio.get_running_loop().run_in_executor(
            self.executor, partial(self.turn_sync, channel, user_id, event, delivery, sender))

    def turn_sync(self, channel: str, user_id: str | int, event: Event, delivery: Delivery | None = None,
                  sender: Sender | None = None) -> Reply:
        """One turn, committed with its receipt and outbox rows when the channel delivers through the outbox."""
        if event.kind == "start" and channel not in FLOW_STARTERS:  # a worker never picks the flow
            event = replace(event, kind="unsupported", payload="")
        key = self.key(channel, user_id)
        lock = self._locks[int(key[:8], 16) % len(self._locks)]
        with lock:
            try:
                return self._handle(self.defs_for(channel), key, event, delivery,
                                    sender or Sender(Address(channel, str(user_id))))
            except DuplicateError:
                log.info("update %s was already handled; skipped", delivery.receipt if delivery else "?")
                return Reply([])
            except Exception:  # noqa: BLE001 - the person must get an answer whatever broke
                if self.raise_errors:
                    raise
                log.exception("turn failed for session %s… (update %s)", key[:8],
                              delivery.receipt if delivery else "-")
                return Reply(self.apology(event))

    def _handle(self, defs: Definitions, key: str, event: Event, delivery: Delivery | None, sender: Sender) -> Reply:
        """One transaction per update: receipt, session, desk, outbox rows and counters together (a
        redelivered or retried update counts nothing twice). The desk is consulted only for its own
        commands and buttons, or when it holds something of this person's; the engine thinks first."""
        receipt = delivery.receipt if delivery else None
        for _attempt in range(MAX_ATTEMPTS):
            out = _Outbox(self.channels if delivery else None, sender.address)
            state, version, involved = self.store.load_turn(key)
            desk = self.desk if self.desk is not None and (involved or self.desk.claims(event)) else None
            lang = state.lang if state and state.lang else (event.lang_hint or self.defs.default_lang)
            turn = None if desk else handle(defs, state or SessionState(), event)
            try:
                with self.store.transaction(receipt) as tx:
                    routed = desk.route(tx.peers, key, event, sender, lang) if desk else None
                    if routed is not None:
                        tx.queue(out(routed.messages))
                        messages = routed.messages
                        tx.count(routed.stats, lang, iso_week(event.now))
                    else:
                        turn = turn or handle(defs, state or SessionState(), event)
                        extra = self._desk_part(tx.peers, key, sender, turn, event.now)
                        messages = turn.messages + extra.messages
                        tx.queue(out(messages))
                        lang = turn.state.lang or self.defs.default_lang
                        tx.count(turn.stats + extra.stats, lang, iso_week(event.now))
                        if turn.forget:
                            tx.delete(key)
                        else:
                            tx.save(key, turn.state, version)
            except ConflictError:
                continue
            return out.reply(messages)
        raise StoreError("could not save the session after several attempts")

    def _desk_part(self, peers: Peers, key: str, who: Sender, turn: Turn, now: float) -> Result:
        """What an engine turn asks of the desk (a new contact request, or /forget), in the turn's transaction."""
        if self.desk is None:
            return Result()
        if turn.forget:
            return self.desk.forget_worker(peers, key, now)
        if "request_helper" in turn.actions:
            st = turn.state
            return self.desk.create_request(peers, key, who, st.lang or self.defs.default_lang, st.slots,
                                            st.slots.get("theme") or st.nlu_theme, now)
        return Result()

    def tick(self, now: float, queue: bool = False) -> Reply:
        """Time passing: requests nobody took. Run by each channel every few seconds."""
        if self.desk is None:
            return Reply([])
        out = _Outbox(self.channels if queue else None, Address("system", "-"))
        with self.store.transaction() as tx:
            done = self.desk.tick(tx.peers, now)
            tx.queue(out(done.messages))
            tx.count(done.stats, self.defs.default_lang, iso_week(now))
        return out.reply(done.messages)

    def commit(self, work: Callable[[Peers], Result | None]) -> list[Outgoing]:
        """A desk operation from outside a turn (the CLI, a Rasa action), in one transaction: what it says
        to others goes to the outbox for the running channels; what it says to the caller is returned."""
        out = _Outbox(self.channels, Address("system", "-"))
        with self.store.transaction() as tx:
            res = work(tx.peers)
            messages = res.messages if res else []
            tx.queue(out([m for m in messages if m.to is not None]))
        return [m for m in messages if m.to is None]


    def apology(self, event: Event) -> list[Outgoing]:
        lang = self.defs.default_lang
        text = self.defs.knowledge.message("error_sorry").get(lang)
        return [Outgoing(text, (), None, Meta(lang=lang, crisis=False))]


def build_service(cfg: Config, defs: Definitions, store: Store, invite_codes: Callable[[], str] | None = None) -> Entraide:
    """The service every channel uses: engine, store, the peer-helper desk and the channel registry."""
    warm()  # the model, the crisis rules and langdetect are built now, not on the first people's messages
    svc = Entraide(defs, store, cfg.secret)
    svc.executor = store_executor(store)
    svc.channels = Channels(svc.key, Sealer(cfg.relay_key), default_channels())
    svc.desk = Desk(lambda: svc.defs, Sealer(cfg.relay_key), cfg.settings.helpers, cfg.secret,
                    stats_text=lambda lang: format_stats(store.stats(), lang), reload=lambda: svc.reload_from(cfg), codes=invite_codes)
    return svc


def store_executor(store: Store) -> Executor | None:
    """The threads a store's turns and outbox writes run on, when it says how many are worth having."""
    return ThreadPoolExecutor(store.threads, thread_name_prefix="store") if store.threads else None


def fresh_service_turner(cfg: Config, defs: Definitions) -> Callable[[], Callable[[SessionState, Event],
                                                                          tuple[list[Outgoing], SessionState]]]:
    """For `entraide test`: each conversation test on its own empty in-memory database, desk included."""
    def new() -> Callable[[SessionState, Event], tuple[list[Outgoing], SessionState]]:
        store = MemoryStore()
        svc = build_service(cfg, defs, store)

        def turn(_state: SessionState, event: Event) -> tuple[list[Outgoing], SessionState]:
            messages = svc.handle_sync("test", "tester", event)
            state, _ = store.load(svc.key("test", "tester"))
            return [m for m in messages if m.to is None], state or SessionState()
        return turn
    return new
