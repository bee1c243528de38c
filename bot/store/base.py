"""What the service needs from storage. Two implementations: memory (tests) and SQL (real runs)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from bot.engine.state import SessionState


@dataclass(frozen=True)
class Queued:
    """A reply committed with its turn, to be delivered by the channel afterwards."""

    chat_key: str
    envelope: str  # encrypted address and message; see bot.crypto


@dataclass(frozen=True)
class Pending:
    id: int
    chat_key: str
    envelope: str
    receipt: str | None
    attempts: int
    not_before: float
    created_at: float


class Store(Protocol):
    def load(self, key: str) -> tuple[SessionState | None, int]:
        """The saved state and its version (0 when there is none)."""

    def save(self, key: str, state: SessionState, version: int, receipt: str | None = None,
             queued: Sequence[Queued] = (), hook: Any = None) -> int:
        """Save if the stored version is still `version`; return the new one or raise ConflictError.

        With a receipt, the update id and the queued replies are written in the same transaction;
        DuplicateError means the update was already handled and nothing changed.
        """

    def delete(self, key: str, receipt: str | None = None, queued: Sequence[Queued] = (), hook: Any = None) -> None:
        """Forget everything stored under `key` (same receipt and outbox rules as save)."""

    def seen(self, receipt: str) -> bool:
        """Whether an update was already handled."""

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        """Add to an anonymous counter."""

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        """Every counter as (week, metric, value, lang, n)."""

    def lease(self, chat_key: str, owner: str, now: float, ttl: float) -> bool:
        """Become the one sender for a chat until now + ttl (renewable by the same owner)."""

    def release(self, chat_key: str, owner: str) -> None: ...

    def pending(self, chat_key: str) -> list[Pending]:
        """Queued replies for a chat, oldest first."""

    def sent(self, row_id: int) -> None:
        """Delete a delivered (or abandoned) reply."""

    def postpone(self, row_id: int, not_before: float) -> None:
        """Count a failed attempt and wait before the next."""

    def waiting_chats(self, older_than: float, limit: int = 100) -> list[str]:
        """Chats with replies queued before `older_than` (a sender crashed or gave way); not pull mailboxes."""

    def prune_receipts(self, before: float) -> int:
        """Drop receipts older than any redelivery could be."""

    def close(self) -> None: ...


def iso_week(ts: float) -> str:
    y, w, _ = datetime.fromtimestamp(ts, UTC).isocalendar()
    return f"{y}-W{w:02d}"
