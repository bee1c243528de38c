"""An in-memory store for unit tests and `entraide test`: same contract, nothing on disk.

A transaction works on the live tables under one lock and puts a copy back if anything inside
raises, so a failed turn leaves nothing behind, exactly as a rolled-back SQL transaction. The copy
is shallow: every row is an immutable value (tuples, frozen or replaced dataclasses), so copying the
containers is enough, and a long `entraide simulate` does not slow down as its tables grow.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields

from bot.engine.state import SessionState
from bot.errors import ConflictError, DuplicateError
from bot.peers.memory import MemoryPeers, PeerTables
from bot.store.base import Pending, Queued, Store


@dataclass
class _Tables:
    sessions: dict[str, tuple[str, int]] = field(default_factory=dict)
    receipts: dict[str, float] = field(default_factory=dict)
    outbox: list[tuple[Pending, str]] = field(default_factory=list)  # (row, channel)
    peers: PeerTables = field(default_factory=PeerTables)
    counters: dict[tuple[str, str, str, str], int] = field(default_factory=dict)
    next_row: int = 1

    def snapshot(self) -> _Tables:
        """The containers copied, the rows shared: rows are never changed in place, only replaced."""
        peers = PeerTables(**{f.name: copy.copy(getattr(self.peers, f.name)) for f in fields(PeerTables)})
        return _Tables(**{f.name: copy.copy(getattr(self, f.name)) for f in fields(_Tables) if f.name != "peers"},
                       peers=peers)


class MemoryTransaction:
    def __init__(self, tables: _Tables):
        self.t = tables
        self.peers = MemoryPeers(tables.peers)
        self._rows: list[Queued] = []

    def save(self, key: str, state: SessionState, version: int) -> int:
        current = self.t.sessions.get(key, ("", 0))[1]
        if current != version:
            raise ConflictError(f"session changed under us (expected version {version}, found {current})")
        self.t.sessions[key] = (state.to_json(), version + 1)
        return version + 1

    def delete(self, key: str) -> None:
        self.t.sessions.pop(key, None)

    def queue(self, rows: Sequence[Queued]) -> None:
        self._rows.extend(rows)

    def count(self, stats: Sequence[tuple[str, str]], lang: str, week: str) -> None:
        for metric, value in stats:
            k = (week, metric, value, lang)
            self.t.counters[k] = self.t.counters.get(k, 0) + 1

    def flush(self, receipt: str | None) -> None:
        for q in self._rows:
            self.t.outbox.append((Pending(self.t.next_row, q.chat_key, q.envelope, receipt, 0, 0.0, time.time()),
                                  q.channel))
            self.t.next_row += 1


class MemoryStore(Store):
    def __init__(self) -> None:
        self.t = _Tables()
        self.leases: dict[str, tuple[str, float]] = {}
        self._lock = threading.RLock()

    def load(self, key: str) -> tuple[SessionState | None, int]:
        with self._lock:
            if key not in self.t.sessions:
                return None, 0
            raw, version = self.t.sessions[key]
        return SessionState.from_json(raw), version

    def load_turn(self, key: str) -> tuple[SessionState | None, int, bool]:
        with self._lock:
            state, version = self.load(key)
            return state, version, MemoryPeers(self.t.peers).involved(key)

    @contextmanager
    def transaction(self, receipt: str | None = None) -> Iterator[MemoryTransaction]:
        with self._lock:
            if receipt is not None and receipt in self.t.receipts:
                raise DuplicateError(f"update {receipt} was already handled")
            before = self.t.snapshot()
            try:
                if receipt is not None:
                    self.t.receipts[receipt] = time.time()
                tx = MemoryTransaction(self.t)
                yield tx
                tx.flush(receipt)
            except BaseException:
                self.t = before
                raise

    @property
    def outbox(self) -> list[Pending]:
        return [row for row, _ in self.t.outbox]

    def seen(self, receipt: str) -> bool:
        return receipt in self.t.receipts

    def lease(self, chat_key: str, owner: str, now: float, ttl: float) -> bool:
        with self._lock:
            holder = self.leases.get(chat_key)
            if holder and holder[0] != owner and holder[1] >= now:
                return False
            self.leases[chat_key] = (owner, now + ttl)
            return True

    def release(self, chat_key: str, owner: str) -> None:
        with self._lock:
            if self.leases.get(chat_key, ("", 0.0))[0] == owner:
                del self.leases[chat_key]

    def pending(self, chat_key: str) -> list[Pending]:
        return [p for p in self.outbox if p.chat_key == chat_key]

    def pending_for(self, chat_keys: Sequence[str]) -> dict[str, list[Pending]]:
        wanted = set(chat_keys)
        out: dict[str, list[Pending]] = {}
        for p in self.outbox:
            if p.chat_key in wanted:
                out.setdefault(p.chat_key, []).append(p)
        return out

    def prune_outbox(self, channel: str, before: float) -> int:
        with self._lock:
            kept = [(p, c) for p, c in self.t.outbox if c != channel or p.created_at >= before]
            gone = len(self.t.outbox) - len(kept)
            self.t.outbox = kept
            return gone

    def sent(self, row_id: int) -> None:
        with self._lock:
            self.t.outbox = [(p, c) for p, c in self.t.outbox if p.id != row_id]

    def postpone(self, row_id: int, not_before: float) -> None:
        with self._lock:
            self.t.outbox = [(Pending(p.id, p.chat_key, p.envelope, p.receipt, p.attempts + 1, not_before,
                                      p.created_at) if p.id == row_id else p, c) for p, c in self.t.outbox]

    def waiting_chats(self, channel: str, older_than: float, limit: int = 100) -> list[str]:
        return list(dict.fromkeys(p.chat_key for p, c in self.t.outbox
                                  if c == channel and p.created_at < older_than))[:limit]

    def prune_receipts(self, before: float) -> int:
        with self._lock:
            old = [r for r, at in self.t.receipts.items() if at < before]
            for r in old:
                del self.t.receipts[r]
            return len(old)

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        with self._lock:
            k = (week, metric, value, lang)
            self.t.counters[k] = self.t.counters.get(k, 0) + n

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        return [(*k, v) for k, v in sorted(self.t.counters.items())]

    def close(self) -> None:
        pass
