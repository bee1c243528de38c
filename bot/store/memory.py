"""An in-memory store for unit tests and `entraide test`: same contract, nothing on disk."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from bot.engine.state import SessionState
from bot.errors import ConflictError, DuplicateError
from bot.store.base import Pending, Queued


class MemoryStore:
    def __init__(self) -> None:
        self.sessions: dict[str, tuple[str, int]] = {}
        self.counters: dict[tuple[str, str, str, str], int] = {}
        self.receipts: dict[str, float] = {}
        self.outbox: list[Pending] = []
        self.leases: dict[str, tuple[str, float]] = {}
        self._next_id = 1

    def load(self, key: str) -> tuple[SessionState | None, int]:
        if key not in self.sessions:
            return None, 0
        raw, version = self.sessions[key]
        return SessionState.from_json(raw), version

    def save(self, key: str, state: SessionState, version: int, receipt: str | None = None,
             queued: Sequence[Queued] = (), hook: Any = None) -> int:
        current = self.sessions.get(key, ("", 0))[1]
        if receipt is not None and receipt in self.receipts:
            raise DuplicateError(f"update {receipt} was already handled")
        if current != version:
            raise ConflictError(f"session changed under us (expected version {version}, found {current})")
        self._extras(receipt, queued)
        self.sessions[key] = (state.to_json(), version + 1)
        return version + 1

    def delete(self, key: str, receipt: str | None = None, queued: Sequence[Queued] = (), hook: Any = None) -> None:
        if receipt is not None and receipt in self.receipts:
            raise DuplicateError(f"update {receipt} was already handled")
        self._extras(receipt, queued)
        self.sessions.pop(key, None)

    def _extras(self, receipt: str | None, queued: Sequence[Queued]) -> None:
        if receipt is not None:
            self.receipts[receipt] = 0.0
        for q in queued:
            self.outbox.append(Pending(self._next_id, q.chat_key, q.envelope, receipt, 0, 0.0, time.time()))
            self._next_id += 1

    def seen(self, receipt: str) -> bool:
        return receipt in self.receipts

    def lease(self, chat_key: str, owner: str, now: float, ttl: float) -> bool:
        holder = self.leases.get(chat_key)
        if holder and holder[0] != owner and holder[1] >= now:
            return False
        self.leases[chat_key] = (owner, now + ttl)
        return True

    def release(self, chat_key: str, owner: str) -> None:
        if self.leases.get(chat_key, ("", 0.0))[0] == owner:
            del self.leases[chat_key]

    def pending(self, chat_key: str) -> list[Pending]:
        return [p for p in self.outbox if p.chat_key == chat_key]

    def sent(self, row_id: int) -> None:
        self.outbox = [p for p in self.outbox if p.id != row_id]

    def postpone(self, row_id: int, not_before: float) -> None:
        self.outbox = [Pending(p.id, p.chat_key, p.envelope, p.receipt, p.attempts + 1, not_before, p.created_at)
                       if p.id == row_id else p for p in self.outbox]

    def waiting_chats(self, older_than: float, limit: int = 100) -> list[str]:
        return list(dict.fromkeys(p.chat_key for p in self.outbox if ":" not in p.chat_key))[:limit]

    def prune_receipts(self, before: float) -> int:
        old = [r for r, at in self.receipts.items() if at < before]
        for r in old:
            del self.receipts[r]
        return len(old)

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        k = (week, metric, value, lang)
        self.counters[k] = self.counters.get(k, 0) + n

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        return [(*k, v) for k, v in sorted(self.counters.items())]

    def close(self) -> None:
        pass
