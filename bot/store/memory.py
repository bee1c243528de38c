"""An in-memory store for unit tests and `entraide test`: same contract, nothing on disk."""

from __future__ import annotations

from bot.engine.state import SessionState
from bot.errors import ConflictError


class MemoryStore:
    def __init__(self) -> None:
        self.sessions: dict[str, tuple[str, int]] = {}
        self.counters: dict[tuple[str, str, str, str], int] = {}

    def load(self, key: str) -> tuple[SessionState | None, int]:
        if key not in self.sessions:
            return None, 0
        raw, version = self.sessions[key]
        return SessionState.from_json(raw), version

    def save(self, key: str, state: SessionState, version: int) -> int:
        current = self.sessions.get(key, ("", 0))[1]
        if current != version:
            raise ConflictError(f"session changed under us (expected version {version}, found {current})")
        self.sessions[key] = (state.to_json(), version + 1)
        return version + 1

    def delete(self, key: str) -> None:
        self.sessions.pop(key, None)

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        k = (week, metric, value, lang)
        self.counters[k] = self.counters.get(k, 0) + n

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        return [(*k, v) for k, v in sorted(self.counters.items())]

    def close(self) -> None:
        pass
