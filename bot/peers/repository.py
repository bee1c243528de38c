"""What the peer desk needs from storage: helpers, invites, contact requests and offers, read and
written inside the caller's transaction. Two implementations: bot.peers.sql (real runs) and
bot.peers.memory (unit tests), so the desk runs on either."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

OPEN, ACCEPTED, CLOSED, EXPIRED, CANCELLED = "open", "accepted", "closed", "expired", "cancelled"


@dataclass(frozen=True)
class Helper:
    id: int
    key: str
    address: str | None
    langs: tuple[str, ...]
    regions: tuple[str, ...]
    themes: tuple[str, ...]
    hours: str | None
    available: bool
    active: bool
    current_request: int | None

    @property
    def lang(self) -> str:
        return self.langs[0] if self.langs else "fr"


@dataclass(frozen=True)
class Request:
    id: int
    worker_key: str
    worker_address: str | None
    lang: str
    theme: str | None
    region: str | None
    time_window: str | None
    status: str
    helper_id: int | None
    created_at: float
    expires_at: float
    worker_share: bool
    helper_share: bool
    told_no_one: bool


class Peers(Protocol):
    def involved(self, key: str) -> bool:
        """Whether this person is an active helper or has a request open or in conversation: only then
        can an ordinary message be the desk's, so only then does a turn consult it."""
        ...

    def helper_by_key(self, key: str) -> Helper | None:
        ...

    def helper_by_id(self, helper_id: int) -> Helper | None:
        ...

    def all_helpers(self) -> list[Helper]:
        ...

    def add_helper(self, key: str, address: str, langs: list[str], regions: list[str], now: float) -> int:
        ...

    def set_helper(self, helper_id: int, **values: Any) -> None:
        ...

    def matching_helpers(self, lang: str) -> list[Helper]:
        ...

    def add_invite(self, code_hash: str, region: str | None, now: float, expires_at: float) -> None:
        ...

    def use_invite(self, code_hash: str, now: float) -> tuple[bool, str | None]:
        """Single use even under a race: the UPDATE only succeeds for the first taker."""
        ...

    def add_console_link(self, token_hash: str, role: str, who: str, expires_at: float, issuer: str = "",
                         now: float = 0.0) -> None:
        """A coordinator's /console: the web console's login link, written in the command's own transaction,
        with its audit entry (`issuer`: the coordinator's pseudonym) where the store keeps the console's log."""
        ...

    def add_request(self, worker_key: str, worker_address: str, lang: str, theme: str | None, region: str | None,
                    time_window: str | None, now: float, expires_at: float) -> int:
        ...

    def get_request(self, request_id: int) -> Request | None:
        ...

    def worker_request(self, worker_key: str, statuses: tuple[str, ...] = (OPEN, ACCEPTED)) -> Request | None:
        """The person's latest request in one of these states."""
        ...

    def helper_requests(self, helper_id: int) -> list[Request]:
        """Requests this helper has accepted and not closed, oldest first."""
        ...

    def open_count(self, helper_id: int) -> int:
        ...

    def try_accept(self, request_id: int, helper_id: int, now: float) -> bool:
        """The race to accept: exactly one UPDATE finds the request still open, on SQLite and PostgreSQL."""
        ...

    def set_request(self, request_id: int, **values: Any) -> None:
        ...

    def mark_told(self, request_id: int) -> bool:
        """Only one process tells the person nobody took their request (several may tick at once)."""
        ...

    def expire(self, request_id: int, now: float) -> bool:
        """An open request closed as expired, its address erased; False when it was no longer open."""
        ...

    def close_request(self, request_id: int, status: str, now: float) -> None:
        """Closing erases the worker's address: it is kept only while a request is open."""
        ...

    def open_requests(self) -> list[Request]:
        ...

    def due_requests(self, now: float) -> list[Request]:
        ...

    def delete_worker(self, worker_key: str) -> list[Request]:
        """/forget: every request of this person, and their offers, gone. Returns what was live."""
        ...

    def add_offer(self, request_id: int, helper_id: int) -> None:
        """A fresh offer (again, if an earlier one was withdrawn when someone else took the request)."""
        ...

    def offer_status(self, request_id: int, helper_id: int) -> str | None:
        ...

    def set_offer(self, request_id: int, helper_id: int, **values: Any) -> None:
        ...

    def request_offers(self, request_id: int) -> list[tuple[int, str, str | None]]:
        ...

    def offered_helper_ids(self, request_id: int) -> set[int]:
        """Helpers who have this request in hand or said no; not those whose offer was withdrawn."""
        ...
