"""Deliver replies from the outbox: in order per chat, once, across restarts and processes.

A turn's replies are committed to the outbox in the same transaction as the session, so a crash
between thinking and sending loses nothing. One process at a time holds a chat's lease and sends
its rows oldest first, deleting each as soon as the channel accepted it (the last of a burst in the
same transaction that releases the lease: taking the lease with the rows, and giving it back with
the last deletion, makes a two-message reply three round trips to the database instead of seven).
A sweeper picks up rows left behind by a process that died. The only way a reply can be sent twice is a crash in the
instant between the channel accepting it and the row's deletion.

Those writes (claims, deletions, finished bursts) go through one writer for all chats (`_SenderWrites`): what the
senders ask for while a transaction runs goes in the next one, so a crowd's hundreds of chats share a few commits
and a few trips to the store's thread, and a quiet chat's write still goes at once. A delivered row's deletion
waits for the writer's transaction already running and, on SQLite, where turns share the one store thread,
for the turns queued before it: under a crowd the instant in which a crash could send a row twice is that
long. A shared write that fails is tried once more before its chats pause (each part may run twice).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

from bot.crypto import InvalidToken, Sealer
from bot.store.base import Pending, SenderReads, SenderWrites, Store

log = logging.getLogger(__name__)
T = TypeVar("T")


class Transient(Exception):
    """Worth retrying: the network or the server failed, or asked us to wait."""

    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


class Permanent(Exception):
    """Retrying cannot help (the person blocked the bot, the chat is gone, the request is invalid)."""


Send = Callable[[dict[str, Any]], Awaitable[None]]


def backoff(attempt: int, cap: float = 60.0) -> float:
    """Seconds to wait before retry number `attempt` (from 0): 0.5 s doubling, at most `cap`."""
    return min(cap, 0.5 * 2 ** min(attempt, 30))


class Outbox:
    def __init__(self, store: Store, sealer: Sealer, send: Send, channel: str, *, per_chat_interval: float = 1.0,
                 give_up_after: float = 3600.0, lease_ttl: float = 30.0, max_backoff: float = 60.0,
                 max_in_flight: int = 16, clock: Callable[[], float] = time.time, executor: Executor | None = None):
        self.store = store
        self.sealer = sealer
        self.send = send
        self.channel = channel  # only this channel's rows: another channel's sender delivers the rest
        self.per_chat_interval = per_chat_interval
        self.give_up_after = give_up_after
        self.lease_ttl = lease_ttl
        self.max_backoff = max_backoff
        self.clock = clock
        self.owner = uuid.uuid4().hex[:16]
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._again: set[str] = set()  # chats kicked while their sender was busy: rows may have come after its last look
        # More concurrent sends than HTTP connections only queue inside httpcore, whose pool costs
        # grow with the queue (measured in bench/telegram.py).
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._writes = _SenderWrites(store, self.owner, lease_ttl, clock, executor)
        self.delivered = 0
        self.abandoned = 0

    def kick(self, chat_key: str) -> None:
        """Start delivering a chat's queued replies unless this process already is (then it looks once more)."""
        task = self._tasks.get(chat_key)
        if task is None or task.done():
            self._tasks[chat_key] = asyncio.create_task(self._deliver_chat(chat_key))
        else:
            self._again.add(chat_key)

    async def sweep_forever(self, every: float = 2.0, prune_every: float = 3600.0) -> None:
        """Pick up replies another (crashed) process left behind; prune old receipts."""
        last_prune = 0.0
        while True:
            try:
                now = self.clock()
                for chat_key in await asyncio.to_thread(self.store.waiting_chats, self.channel,
                                                              now - self.lease_ttl / 3):
                    self.kick(chat_key)
                if now - last_prune > prune_every:
                    # Telegram keeps an update for 24 hours; a week of receipts is plenty.
                    await asyncio.to_thread(self.store.prune_receipts, now - 7 * 86400)
                    last_prune = now
            except Exception as e:  # noqa: BLE001 - the sweeper must outlive a database hiccup
                log.warning("outbox sweep failed: %s", e.__class__.__name__)
            await asyncio.sleep(every)

    async def drain(self, timeout: float = 10.0) -> None:
        """Let in-flight deliveries finish (on shutdown)."""
        tasks = [t for t in self._tasks.values() if not t.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    async def _deliver_chat(self, chat_key: str) -> None:
        """Bursts of sending under the chat's lease: one round trip to take the lease and read the rows, one
        per row sent to delete it, the last row's deletion together with releasing the lease."""
        try:
            while True:
                self._again.discard(chat_key)
                rows = await self._writes.claim(chat_key)
                if rows is None:
                    return
                burst = _Burst()
                try:
                    await self._send_all(chat_key, rows, burst)
                finally:
                    waiting = await self._writes.finish(chat_key, burst.sent_id)
                # A turn committed while we held the lease could not take it; look once more.
                if not waiting and chat_key not in self._again:
                    return
        except Exception as e:  # noqa: BLE001 - the sweeper will try again
            log.warning("delivery for a chat paused: %s", e.__class__.__name__)

    async def _send_all(self, chat_key: str, rows: list[Pending], burst: _Burst) -> None:
        """Send the rows oldest first while the lease holds; return once all left (or the lease was lost)."""
        last_sent = 0.0
        leased_at = self.clock()
        while rows:
            for i, row in enumerate(rows):
                now = self.clock()
                if row.not_before > now:
                    await asyncio.sleep(min(row.not_before - now, self.lease_ttl / 5))
                    break  # look again: the row may have been sent by a retry elsewhere
                gap = self.per_chat_interval - (now - last_sent)
                if gap > 0:
                    await asyncio.sleep(gap)
                # Renew well before the lease could run out, so a whole send always fits inside it.
                if self.clock() - leased_at > self.lease_ttl / 5:
                    if not await asyncio.to_thread(self.store.lease, chat_key, self.owner, self.clock(),
                                                   self.lease_ttl):
                        return
                    leased_at = self.clock()
                # The burst's last row is deleted by `finish`, in the same transaction that releases the lease.
                if not await self._send_row(row, burst if i == len(rows) - 1 else None):
                    break
                last_sent = self.clock()
            else:
                return
            claimed = await self._writes.claim(chat_key)
            if claimed is None:
                return
            rows, leased_at = claimed, self.clock()

    async def _send_row(self, row: Pending, burst: _Burst | None = None) -> bool:
        """Send one row; True when it left (or was abandoned), False when it waits for a retry.

        Given the burst, a delivered row's deletion is left to the burst's `finish` (at once after)."""
        where = f"update {row.receipt or '-'}"
        try:
            envelope = self.sealer.open(row.envelope)
        except InvalidToken:
            log.error("reply for %s cannot be decrypted (was ENTRAIDE_RELAY_KEY changed?); dropped", where)
            await self._writes.sent(row.id)
            self.abandoned += 1
            return True
        try:
            async with self._in_flight:
                await self.send(envelope)
        except Permanent as e:
            log.error("reply for %s could not be delivered and will not be retried: %s", where, e)
            await self._writes.sent(row.id)
            self.abandoned += 1
            return True
        except Transient as e:
            if row.created_at < self.clock() - self.give_up_after:
                log.error("reply for %s given up after %d attempts: %s", where, row.attempts + 1, e)
                await self._writes.sent(row.id)
                self.abandoned += 1
                return True
            delay = e.retry_after if e.retry_after is not None else backoff(row.attempts, self.max_backoff)
            log.warning("reply for %s not sent (%s); retrying in %.1f s", where, e, delay)
            await asyncio.to_thread(self.store.postpone, row.id, self.clock() + delay)
            return False
        if burst is not None:
            burst.sent_id = row.id
        else:
            await self._writes.sent(row.id)
        self.delivered += 1
        return True


class _SenderWrites:
    """One writer for every chat's sender (group commit): a write asked for while none runs goes at once, in the
    next turn of the event loop; those asked for meanwhile wait for it to end and then go together."""

    def __init__(self, store: Store, owner: str, ttl: float, clock: Callable[[], float], executor: Executor | None):
        self.store = store
        self.owner = owner
        self.ttl = ttl
        self.clock = clock
        self.executor = executor  # the turns' (bot.service.store_executor): one queue for the store's work
        self._sent: list[tuple[int, asyncio.Future[None]]] = []
        self._finished: list[tuple[str, int | None, asyncio.Future[bool]]] = []
        self._claims: list[tuple[str, asyncio.Future[list[Pending] | None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def sent(self, row_id: int) -> None:
        """Delete a delivered (or abandoned) row."""
        fut: asyncio.Future[None] = self._future()
        self._sent.append((row_id, fut))
        await fut

    async def finish(self, chat_key: str, sent_id: int | None) -> bool:
        """End a burst (`Store.finish`): whether rows still wait."""
        fut: asyncio.Future[bool] = self._future()
        self._finished.append((chat_key, sent_id, fut))
        return await fut

    async def claim(self, chat_key: str) -> list[Pending] | None:
        """Take a chat's lease and read its rows (`Store.claim`)."""
        fut: asyncio.Future[list[Pending] | None] = self._future()
        self._claims.append((chat_key, fut))
        return await fut

    def _future(self) -> asyncio.Future[Any]:
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write())
        return asyncio.get_running_loop().create_future()

    async def _write(self) -> None:
        while self._sent or self._finished or self._claims:
            sent, finished, claims = self._sent, self._finished, self._claims
            self._sent, self._finished, self._claims = [], [], []
            reads: SenderReads | None = None
            # Tried twice: one failed write would otherwise pause every chat in it, and each delivered row it
            # meant to delete would go again from the sweeper. Every part may run twice (a deletion by id, a
            # release of our own lease, a lease we already hold taken again), so a second try is safe.
            for attempt in (1, 2):
                writes = SenderWrites(self.owner, self.clock(), self.ttl, tuple(row_id for row_id, _ in sent),
                                      tuple((chat, row_id) for chat, row_id, _ in finished),
                                      tuple(c for c, _ in claims))
                try:
                    reads = await asyncio.get_running_loop().run_in_executor(
                        self.executor, self.store.write_for_senders, writes)
                    break
                except Exception as e:  # noqa: BLE001 - each sender hears of it, as when it wrote alone
                    if attempt == 1:
                        log.warning("shared outbox write failed (%s), trying once more", type(e).__name__)
                        continue
                    for fut in [f for *_, f in sent] + [f for *_, f in finished] + [f for *_, f in claims]:
                        if not fut.done():
                            fut.set_exception(e)
            if reads is None:
                continue
            for _, fut in sent:
                _resolve(fut, None)
            for (*_, fut_w), waiting in zip(finished, reads.waiting, strict=True):
                _resolve(fut_w, waiting)
            for (_, fut_c), rows in zip(claims, reads.claimed, strict=True):
                _resolve(fut_c, rows)


def _resolve(fut: asyncio.Future[T], value: T) -> None:
    if not fut.done():  # its sender may have been cancelled meanwhile
        fut.set_result(value)


class _Burst:
    """What a burst leaves for `Store.finish`: the delivered row still to delete."""

    sent_id: int | None = None
