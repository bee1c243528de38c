"""The peer desk's tables in memory: the same contract as bot.peers.sql, for unit tests and
`entraide test`. Rollback is the transaction's business (bot.store.memory copies the tables)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from bot.peers.repository import ACCEPTED, EXPIRED, OPEN, Helper, Request


@dataclass
class PeerTables:
    helpers: dict[int, Helper] = field(default_factory=dict)
    invites: dict[str, tuple[str | None, float, float | None]] = field(default_factory=dict)  # region, expires, used
    requests: dict[int, Request] = field(default_factory=dict)
    offers: dict[tuple[int, int], tuple[str, str | None]] = field(default_factory=dict)  # status, sealed message
    console_links: dict[str, tuple[str, str, float]] = field(default_factory=dict)  # role, who, expires
    last_ids: dict[str, int] = field(default_factory=dict)

    def new_id(self, table: str) -> int:
        """Numbered per table from 1, as SQL sequences are: helper no 1 and request no 1 both exist."""
        self.last_ids[table] = self.last_ids.get(table, 0) + 1
        return self.last_ids[table]


_HELPER_FIELDS = {"address", "langs", "regions", "themes", "hours", "available", "active", "current_request"}
_REQUEST_FIELDS = {f for f in Request.__dataclass_fields__} - {"id"}


def _helper_values(values: dict[str, Any]) -> dict[str, Any]:
    """Column values as the SQL store takes them (space-separated lists) into the dataclass's fields."""
    unknown = set(values) - _HELPER_FIELDS
    if unknown:
        raise KeyError(f"not a helper column: {sorted(unknown)}")
    out = dict(values)
    for name in ("langs", "regions", "themes"):
        if name in out and isinstance(out[name], str):
            out[name] = tuple(out[name].split())
    if "available" in out:
        out["available"] = bool(out["available"])
    return out


class MemoryPeers:
    def __init__(self, tables: PeerTables):
        self.t = tables

    def involved(self, key: str) -> bool:
        return self.helper_by_key(key) is not None or self.worker_request(key) is not None

    # -- helpers ----------------------------------------------------------------------------------

    def helper_by_key(self, key: str) -> Helper | None:
        return next((h for h in self.t.helpers.values() if h.key == key and h.active), None)

    def helper_by_id(self, helper_id: int) -> Helper | None:
        return self.t.helpers.get(helper_id)

    def all_helpers(self) -> list[Helper]:
        return [self.t.helpers[i] for i in sorted(self.t.helpers)]

    def add_helper(self, key: str, address: str, langs: list[str], regions: list[str], now: float) -> int:
        existing = next((h for h in self.t.helpers.values() if h.key == key), None)
        hid = existing.id if existing else self.t.new_id("helpers")
        self.t.helpers[hid] = Helper(hid, key, address, tuple(langs), tuple(regions), (), None, False, True, None)
        return hid

    def set_helper(self, helper_id: int, **values: Any) -> None:
        if helper_id in self.t.helpers:
            self.t.helpers[helper_id] = replace(self.t.helpers[helper_id], **_helper_values(values))

    def matching_helpers(self, lang: str) -> list[Helper]:
        return [h for h in self.all_helpers() if h.active and h.available and lang in h.langs]

    # -- invites ----------------------------------------------------------------------------------

    def add_invite(self, code_hash: str, region: str | None, now: float, expires_at: float) -> None:
        self.t.invites[code_hash] = (region, expires_at, None)

    def add_console_link(self, token_hash: str, role: str, who: str, expires_at: float, issuer: str = "",
                         now: float = 0.0) -> None:
        self.t.console_links[token_hash] = (role, who, expires_at)  # no console (nor its audit log) on memory

    def use_invite(self, code_hash: str, now: float) -> tuple[bool, str | None]:
        invite = self.t.invites.get(code_hash)
        if invite is None:
            return False, None
        region, expires_at, used = invite
        if used is not None or expires_at <= now:
            return False, region
        self.t.invites[code_hash] = (region, expires_at, now)
        return True, region

    # -- requests ---------------------------------------------------------------------------------

    def add_request(self, worker_key: str, worker_address: str, lang: str, theme: str | None, region: str | None,
                    time_window: str | None, now: float, expires_at: float) -> int:
        rid = self.t.new_id("requests")
        self.t.requests[rid] = Request(rid, worker_key, worker_address, lang, theme, region, time_window, OPEN, None,
                                       now, expires_at, False, False, False)
        return rid

    def get_request(self, request_id: int) -> Request | None:
        return self.t.requests.get(request_id)

    def _requests(self) -> list[Request]:
        return [self.t.requests[i] for i in sorted(self.t.requests)]

    def worker_request(self, worker_key: str, statuses: tuple[str, ...] = (OPEN, ACCEPTED)) -> Request | None:
        mine = [r for r in self._requests() if r.worker_key == worker_key and r.status in statuses]
        return mine[-1] if mine else None

    def helper_requests(self, helper_id: int) -> list[Request]:
        return [r for r in self._requests() if r.helper_id == helper_id and r.status == ACCEPTED]

    def open_count(self, helper_id: int) -> int:
        return len(self.helper_requests(helper_id))

    def try_accept(self, request_id: int, helper_id: int, now: float) -> bool:
        r = self.t.requests.get(request_id)
        if r is None or r.status != OPEN:
            return False
        self.t.requests[request_id] = replace(r, status=ACCEPTED, helper_id=helper_id)
        return True

    def set_request(self, request_id: int, **values: Any) -> None:
        r = self.t.requests.get(request_id)
        if r is None:
            return
        values = {k: v for k, v in values.items() if k not in ("accepted_at", "closed_at")}  # kept only in SQL
        unknown = set(values) - _REQUEST_FIELDS
        if unknown:
            raise KeyError(f"not a request column: {sorted(unknown)}")
        self.t.requests[request_id] = replace(r, **values)

    def mark_told(self, request_id: int) -> bool:
        r = self.t.requests.get(request_id)
        if r is None or r.status != OPEN or r.told_no_one:
            return False
        self.t.requests[request_id] = replace(r, told_no_one=True)
        return True

    def expire(self, request_id: int, now: float) -> bool:
        r = self.t.requests.get(request_id)
        if r is None or r.status != OPEN:
            return False
        self.t.requests[request_id] = replace(r, status=EXPIRED, worker_address=None)
        return True

    def close_request(self, request_id: int, status: str, now: float) -> None:
        self.set_request(request_id, status=status, worker_address=None)

    def open_requests(self) -> list[Request]:
        return [r for r in self._requests() if r.status == OPEN]

    def due_requests(self, now: float) -> list[Request]:
        return [r for r in self.open_requests() if r.expires_at < now]

    def delete_worker(self, worker_key: str) -> list[Request]:
        mine = [r for r in self._requests() if r.worker_key == worker_key]
        for r in mine:
            del self.t.requests[r.id]
            for k in [k for k in self.t.offers if k[0] == r.id]:
                del self.t.offers[k]
        return [r for r in mine if r.status in (OPEN, ACCEPTED)]

    # -- offers -----------------------------------------------------------------------------------

    def add_offer(self, request_id: int, helper_id: int) -> None:
        self.t.offers.pop((request_id, helper_id), None)
        self.t.offers[(request_id, helper_id)] = ("sent", None)

    def offer_status(self, request_id: int, helper_id: int) -> str | None:
        offer = self.t.offers.get((request_id, helper_id))
        return offer[0] if offer else None

    def set_offer(self, request_id: int, helper_id: int, **values: Any) -> None:
        offer = self.t.offers.get((request_id, helper_id))
        if offer is None:
            return
        unknown = set(values) - {"status", "message"}
        if unknown:
            raise KeyError(f"not an offer column: {sorted(unknown)}")
        self.t.offers[(request_id, helper_id)] = (values.get("status", offer[0]), values.get("message", offer[1]))

    def request_offers(self, request_id: int) -> list[tuple[int, str, str | None]]:
        return [(hid, status, message) for (rid, hid), (status, message) in self.t.offers.items() if rid == request_id]

    def offered_helper_ids(self, request_id: int) -> set[int]:
        return {hid for hid, status, _ in self.request_offers(request_id) if status != "gone"}
