"""What the service needs from storage. Two implementations: memory (unit tests) and SQL (real runs)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Engine

from bot.engine.state import SessionState
from bot.peers.repository import Peers


@dataclass(frozen=True)
class Queued:
    """A reply committed with its turn, to be delivered by the channel afterwards."""

    chat_key: str
    envelope: str  # encrypted address and message; see bot.crypto
    channel: str  # whose sender delivers it (bot.channels.base)


@dataclass(frozen=True)
class Pending:
    id: int
    chat_key: str
    envelope: str
    receipt: str | None
    attempts: int
    not_before: float
    created_at: float


@dataclass(frozen=True)
class SenderWrites:
    """What a process's outbox senders have to write at one moment, for every chat at once (`Store.write_for_senders`):
    delivered rows to delete, bursts to finish (chat and its last delivered row) and chats to claim."""

    owner: str
    now: float
    ttl: float
    sent: tuple[int, ...] = ()
    finished: tuple[tuple[str, int | None], ...] = ()
    claims: tuple[str, ...] = ()


@dataclass(frozen=True)
class SenderReads:
    """What `Store.write_for_senders` answers, in the order asked: whether rows still wait after each finished burst,
    and each claimed chat's rows (None when another sender holds its lease)."""

    waiting: tuple[bool, ...]
    claimed: tuple[list[Pending] | None, ...]


class Transaction(Protocol):
    """One unit of work: the session, the peer desk's tables and the outbox rows it queues are
    committed together with the update's receipt, or not at all."""

    @property
    def peers(self) -> Peers:
        """The desk's tables, inside this transaction."""
        ...

    def save(self, key: str, state: SessionState, version: int) -> int:
        """Save if the stored version is still `version`; return the new one or raise ConflictError."""
        ...

    def delete(self, key: str) -> None:
        """Forget everything stored under `key`."""
        ...

    def queue(self, rows: Sequence[Queued]) -> None:
        """Replies to deliver once the transaction commits."""
        ...

    def count(self, stats: Sequence[tuple[str, str]], lang: str, week: str) -> None:
        """Anonymous counters (metric, value) of this unit of work: counted once, with the turn."""
        ...


class Store(ABC):
    """What the service, the desk and the channels need from storage, honoured in full by every implementation."""

    # How many threads turns and senders' writes are worth running on (bot.service.store_executor); None: asyncio's
    # default pool. A store whose writes queue for one lock gains nothing from more, and its threads would only
    # take Python's lock from each other and from the event loop.
    threads: int | None = None

    @abstractmethod
    def load(self, key: str) -> tuple[SessionState | None, int]:
        """The saved state and its version (0 when there is none)."""

    @abstractmethod
    def load_turn(self, key: str) -> tuple[SessionState | None, int, bool]:
        """`load`, plus whether the peer desk is involved with this person (Peers.involved), in one read."""

    @abstractmethod
    def transaction(self, receipt: str | None = None) -> AbstractContextManager[Transaction]:
        """Open a transaction; the receipt is recorded first, so a redelivered update raises
        DuplicateError before anything changes. An exception inside rolls everything back."""

    def save(self, key: str, state: SessionState, version: int, receipt: str | None = None,
             queued: Sequence[Queued] = ()) -> int:
        """A session save with its receipt and replies, in one transaction."""
        with self.transaction(receipt) as tx:
            tx.queue(queued)
            return tx.save(key, state, version)

    def delete(self, key: str, receipt: str | None = None, queued: Sequence[Queued] = ()) -> None:
        with self.transaction(receipt) as tx:
            tx.queue(queued)
            tx.delete(key)

    @abstractmethod
    def seen(self, receipt: str) -> bool:
        """Whether an update was already handled."""

    @abstractmethod
    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        """Add to an anonymous counter."""

    @abstractmethod
    def stats(self) -> list[tuple[str, str, str, str, int]]:
        """Every counter as (week, metric, value, lang, n)."""

    @abstractmethod
    def lease(self, chat_key: str, owner: str, now: float, ttl: float) -> bool:
        """Become the one sender for a chat until now + ttl (renewable by the same owner)."""

    @abstractmethod
    def release(self, chat_key: str, owner: str) -> None: ...

    @abstractmethod
    def pending(self, chat_key: str) -> list[Pending]:
        """Queued replies for a chat, oldest first."""

    @abstractmethod
    def pending_for(self, chat_keys: Sequence[str]) -> dict[str, list[Pending]]:
        """`pending` for many chats in one read (a process polling the mailboxes of its open sockets)."""

    @abstractmethod
    def prune_outbox(self, channel: str, before: float) -> int:
        """Drop a channel's replies queued before `before` that nobody came back for (web tabs closed)."""

    @abstractmethod
    def sent(self, row_id: int) -> None:
        """Delete a delivered (or abandoned) reply."""

    @abstractmethod
    def postpone(self, row_id: int, not_before: float) -> None:
        """Count a failed attempt and wait before the next."""

    @abstractmethod
    def waiting_chats(self, channel: str, older_than: float, limit: int = 100) -> list[str]:
        """A channel's chats with replies queued before `older_than` (a sender crashed or gave way)."""

    def claim(self, chat_key: str, owner: str, now: float, ttl: float) -> list[Pending] | None:
        """`lease`, then `pending` when the lease was ours (None when another sender holds it).

        One call, so the SQL store does both on one connection: the outbox pays one round trip per burst."""
        if not self.lease(chat_key, owner, now, ttl):
            return None
        return self.pending(chat_key)

    def finish(self, chat_key: str, owner: str, sent_id: int | None = None) -> bool:
        """End a burst: delete the last delivered row (if any), release the lease, and say whether rows
        are still waiting (committed meanwhile, while the lease kept their own sender out)."""
        if sent_id is not None:
            self.sent(sent_id)
        self.release(chat_key, owner)
        return bool(self.pending(chat_key))

    def write_for_senders(self, writes: SenderWrites) -> SenderReads:
        """`sent`, then `finish` and `claim`, for many chats: the SQL store does them in one transaction, so a
        crowd's senders share one commit (and one trip to a thread) instead of paying one each."""
        for row_id in writes.sent:
            self.sent(row_id)
        waiting = tuple(self.finish(chat, writes.owner, sent_id) for chat, sent_id in writes.finished)
        return SenderReads(waiting, tuple(self.claim(chat, writes.owner, writes.now, writes.ttl)
                                          for chat in writes.claims))

    @abstractmethod
    def prune_receipts(self, before: float) -> int:
        """Drop receipts older than any redelivery could be."""

    def sql_engine(self) -> Engine | None:
        """The SQL database behind this store, for the web console's own tables (bot/console); None in memory."""
        return None

    @abstractmethod
    def close(self) -> None: ...


def iso_week(ts: float) -> str:
    y, w, _ = datetime.fromtimestamp(ts, UTC).isocalendar()
    return f"{y}-W{w:02d}"
