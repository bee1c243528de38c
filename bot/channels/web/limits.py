"""Abuse limits for the web chat, in memory only: token buckets and socket counts.

Network addresses never leave this module and are never kept as such: each is replaced at once by a
keyed hash whose key is drawn at random when the process starts, so not even a memory dump links a
bucket to an address after a restart. Nothing here is written to disk or logged.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.config import WebLimits

_MAX_BUCKETS = 50_000  # then idle (full) buckets are dropped


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """`per_minute` on average, with bursts up to `burst`."""

    def __init__(self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic):
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, key: str) -> bool:
        now = self.clock()
        b = self._buckets.get(key)
        if b is None:
            if len(self._buckets) >= _MAX_BUCKETS:
                self._forget_idle(now)
            b = self._buckets[key] = _Bucket(self.burst, now)
        b.tokens = min(self.burst, b.tokens + (now - b.updated) * self.rate)
        b.updated = now
        if b.tokens < 1.0:
            return False
        b.tokens -= 1.0
        return True

    def _forget_idle(self, now: float) -> None:
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.updated) * self.rate >= self.burst]
        for k in full:
            del self._buckets[k]


class Gate:
    """What the web chat lets in: sockets per process and per address, messages per tab and per address."""

    def __init__(self, limits: WebLimits, clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self._salt = secrets.token_bytes(16)
        self._sockets: dict[str, int] = {}
        self.open = 0
        # Half a minute's worth at once: someone going through quick replies briskly is never held back.
        self.per_tab = RateLimiter(limits.messages_per_minute, max(3, limits.messages_per_minute // 2), clock)
        self.per_address = RateLimiter(limits.messages_per_minute_per_address,
                                       max(3, limits.messages_per_minute_per_address // 2), clock)

    def address(self, host: str | None) -> str:
        """A keyed hash standing for the address, for this process's lifetime only."""
        return hashlib.blake2b((host or "-").encode(), key=self._salt, digest_size=12).hexdigest()

    def enter(self, address: str) -> bool:
        """A socket opens; False when this process or this address has too many."""
        if self.open >= self.limits.max_sockets or self._sockets.get(address, 0) >= self.limits.max_sockets_per_address:
            return False
        self.open += 1
        self._sockets[address] = self._sockets.get(address, 0) + 1
        return True

    def leave(self, address: str) -> None:
        self.open -= 1
        n = self._sockets.get(address, 0) - 1
        if n > 0:
            self._sockets[address] = n
        else:
            self._sockets.pop(address, None)

    def message(self, tab: str, address: str) -> bool:
        """One message from a tab; both its own and its address's budgets must allow it. The tab's own
        comes first, so one tab flooding spends its budget, not its neighbours' behind the same address."""
        return self.per_tab.allow(tab) and self.per_address.allow(address)
