"""What the service needs from storage. Two implementations: memory (tests) and SQL (real runs)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from bot.engine.state import SessionState


class Store(Protocol):
    def load(self, key: str) -> tuple[SessionState | None, int]:
        """The saved state and its version (0 when there is none)."""

    def save(self, key: str, state: SessionState, version: int) -> int:
        """Save if the stored version is still `version`; return the new one or raise ConflictError."""

    def delete(self, key: str) -> None:
        """Forget everything stored under `key`."""

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        """Add to an anonymous counter."""

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        """Every counter as (week, metric, value, lang, n)."""

    def close(self) -> None: ...


def iso_week(ts: float) -> str:
    y, w, _ = datetime.fromtimestamp(ts, UTC).isocalendar()
    return f"{y}-W{w:02d}"
