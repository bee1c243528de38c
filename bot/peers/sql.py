"""Helpers, invites, contact requests and offers in SQL, on the connection of the caller's transaction
(the desk runs each event in one, with its receipt and outbox). bot.peers.repository says what the
desk needs; bot.peers.memory keeps the same in memory for unit tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, or_, select, update

from bot.console.audit import link_issued
from bot.peers.repository import ACCEPTED, EXPIRED, OPEN, Helper, Request
from bot.store.tables import console_links, contact_requests, helpers, invites, offers


def _helper(row: Any) -> Helper:
    return Helper(row.id, row.key, row.address, tuple(row.langs.split()), tuple(row.regions.split()),
                  tuple(row.themes.split()), row.hours, bool(row.available), bool(row.active), row.current_request)


def _request(row: Any) -> Request:
    return Request(row.id, row.worker_key, row.worker_address, row.lang, row.theme, row.region, row.time_window,
                   row.status, row.helper_id, row.created_at, row.expires_at, bool(row.worker_share),
                   bool(row.helper_share), bool(row.told_no_one))


def involved_clause(key: Any) -> Any:
    """True when `key` is an active helper or has an open or accepted request: the desk has something of theirs.

    A clause, so the store can ask it in the same statement as the session (bot.store.sql, `load_turn`)."""
    return or_(exists().where(helpers.c.key == key, helpers.c.active.is_(True)),
               exists().where(contact_requests.c.worker_key == key,
                                 # not IN (…): SQLAlchemy would rewrite an IN's SQL at every execution
                                 or_(contact_requests.c.status == OPEN, contact_requests.c.status == ACCEPTED)))


# Built once, run with the key as a parameter.
_INVOLVED = select(involved_clause(bindparam("key")).label("involved"))


class SqlPeers:
    """The desk's tables, read and written inside one open transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def involved(self, key: str) -> bool:
        return bool(self.conn.execute(_INVOLVED, {"key": key}).scalar())

    # -- helpers ------------------------------------------------------------------------------------

    def helper_by_key(self, key: str) -> Helper | None:
        row = self.conn.execute(select(helpers).where(helpers.c.key == key, helpers.c.active.is_(True))).first()
        return _helper(row) if row else None

    def helper_by_id(self, helper_id: int) -> Helper | None:
        row = self.conn.execute(select(helpers).where(helpers.c.id == helper_id)).first()
        return _helper(row) if row else None

    def all_helpers(self) -> list[Helper]:
        return [_helper(r) for r in self.conn.execute(select(helpers).order_by(helpers.c.id))]

    def add_helper(self, key: str, address: str, langs: list[str], regions: list[str], now: float) -> int:
        existing = self.conn.execute(select(helpers.c.id).where(helpers.c.key == key)).first()
        values = {"address": address, "langs": " ".join(langs), "regions": " ".join(regions), "themes": "",
                  "hours": None, "available": False, "active": True, "current_request": None}
        if existing:  # a deactivated helper invited again starts fresh
            self.conn.execute(update(helpers).where(helpers.c.id == existing.id).values(**values))
            return int(existing.id)
        pk = self.conn.execute(insert(helpers).values(key=key, created_at=now, **values)).inserted_primary_key
        assert pk is not None
        return int(pk[0])

    def set_helper(self, helper_id: int, **values: Any) -> None:
        self.conn.execute(update(helpers).where(helpers.c.id == helper_id).values(**values))

    def matching_helpers(self, lang: str) -> list[Helper]:
        rows = self.conn.execute(select(helpers).where(helpers.c.active.is_(True), helpers.c.available.is_(True)))
        return [h for h in map(_helper, rows) if lang in h.langs]

    # -- invites ------------------------------------------------------------------------------------

    def add_invite(self, code_hash: str, region: str | None, now: float, expires_at: float) -> None:
        self.conn.execute(insert(invites).values(code_hash=code_hash, region=region, created_at=now, expires_at=expires_at))

    def use_invite(self, code_hash: str, now: float) -> tuple[bool, str | None]:
        """Single use even under a race: the UPDATE only succeeds for the first taker."""
        row = self.conn.execute(select(invites.c.region).where(invites.c.code_hash == code_hash)).first()
        res = self.conn.execute(update(invites).where(invites.c.code_hash == code_hash, invites.c.used_at.is_(None),
                                                 invites.c.expires_at > now).values(used_at=now))
        return res.rowcount == 1, (row.region if row else None)

    def add_console_link(self, token_hash: str, role: str, who: str, expires_at: float, issuer: str = "",
                         now: float = 0.0) -> None:
        self.conn.execute(insert(console_links).values(token_hash=token_hash, role=role, who=who, expires_at=expires_at,
                                                       used_at=None))
        if issuer:
            link_issued(self.conn, now, issuer, role, who)

    # -- requests -----------------------------------------------------------------------------------

    def add_request(self, worker_key: str, worker_address: str, lang: str, theme: str | None,
                    region: str | None, time_window: str | None, now: float, expires_at: float) -> int:
        res = self.conn.execute(insert(contact_requests).values(
            worker_key=worker_key, worker_address=worker_address, lang=lang, theme=theme, region=region,
            time_window=time_window, status=OPEN, created_at=now, expires_at=expires_at, worker_share=False,
            helper_share=False, told_no_one=False))
        assert res.inserted_primary_key is not None
        return int(res.inserted_primary_key[0])

    def get_request(self, request_id: int) -> Request | None:
        row = self.conn.execute(select(contact_requests).where(contact_requests.c.id == request_id)).first()
        return _request(row) if row else None

    def worker_request(self, worker_key: str, statuses: tuple[str, ...] = (OPEN, ACCEPTED)) -> Request | None:
        row = self.conn.execute(select(contact_requests).where(contact_requests.c.worker_key == worker_key,
                                                          contact_requests.c.status.in_(statuses))
                           .order_by(contact_requests.c.id.desc())).first()
        return _request(row) if row else None

    def helper_requests(self, helper_id: int) -> list[Request]:
        rows = self.conn.execute(select(contact_requests).where(contact_requests.c.helper_id == helper_id,
                                                           contact_requests.c.status == ACCEPTED)
                            .order_by(contact_requests.c.id))
        return [_request(r) for r in rows]

    def open_count(self, helper_id: int) -> int:
        return int(self.conn.execute(select(func.count()).select_from(contact_requests).where(
            contact_requests.c.helper_id == helper_id, contact_requests.c.status == ACCEPTED)).scalar_one())

    def try_accept(self, request_id: int, helper_id: int, now: float) -> bool:
        """The race to accept: exactly one UPDATE finds the request still open, on SQLite and PostgreSQL."""
        res = self.conn.execute(update(contact_requests)
                           .where(contact_requests.c.id == request_id, contact_requests.c.status == OPEN)
                           .values(status=ACCEPTED, helper_id=helper_id, accepted_at=now))
        return res.rowcount == 1

    def set_request(self, request_id: int, **values: Any) -> None:
        self.conn.execute(update(contact_requests).where(contact_requests.c.id == request_id).values(**values))

    def mark_told(self, request_id: int) -> bool:
        """Only one process tells the person nobody took their request (several may tick at once)."""
        res = self.conn.execute(update(contact_requests).where(contact_requests.c.id == request_id,
                                                          contact_requests.c.status == OPEN,
                                                          contact_requests.c.told_no_one.is_(False))
                           .values(told_no_one=True))
        return res.rowcount == 1

    def expire(self, request_id: int, now: float) -> bool:
        res = self.conn.execute(update(contact_requests).where(contact_requests.c.id == request_id,
                                                          contact_requests.c.status == OPEN)
                           .values(status=EXPIRED, closed_at=now, worker_address=None))
        return res.rowcount == 1

    def close_request(self, request_id: int, status: str, now: float) -> None:
        """Closing erases the worker's address: it is kept only while a request is open."""
        self.set_request(request_id, status=status, closed_at=now, worker_address=None)

    def open_requests(self) -> list[Request]:
        rows = self.conn.execute(select(contact_requests).where(contact_requests.c.status == OPEN).order_by(contact_requests.c.id))
        return [_request(r) for r in rows]

    def due_requests(self, now: float) -> list[Request]:
        rows = self.conn.execute(select(contact_requests).where(contact_requests.c.status == OPEN,
                                                           contact_requests.c.expires_at < now))
        return [_request(r) for r in rows]

    def delete_worker(self, worker_key: str) -> list[Request]:
        """/forget: every request of this person, and their offers, gone. Returns what was live."""
        rows = [_request(r) for r in self.conn.execute(select(contact_requests).where(contact_requests.c.worker_key == worker_key))]
        ids = [r.id for r in rows]
        if ids:
            self.conn.execute(delete(offers).where(offers.c.request_id.in_(ids)))
            self.conn.execute(delete(contact_requests).where(contact_requests.c.id.in_(ids)))
        return [r for r in rows if r.status in (OPEN, ACCEPTED)]

    # -- offers -------------------------------------------------------------------------------------

    def add_offer(self, request_id: int, helper_id: int) -> None:
        """A fresh offer (again, if an earlier one was withdrawn when someone else took the request)."""
        self.conn.execute(delete(offers).where(offers.c.request_id == request_id, offers.c.helper_id == helper_id))
        self.conn.execute(insert(offers).values(request_id=request_id, helper_id=helper_id, status="sent"))

    def offer_status(self, request_id: int, helper_id: int) -> str | None:
        row = self.conn.execute(select(offers.c.status).where(offers.c.request_id == request_id,
                                                         offers.c.helper_id == helper_id)).first()
        return row.status if row else None

    def set_offer(self, request_id: int, helper_id: int, **values: Any) -> None:
        self.conn.execute(update(offers).where(offers.c.request_id == request_id, offers.c.helper_id == helper_id)
                     .values(**values))

    def request_offers(self, request_id: int) -> list[tuple[int, str, str | None]]:
        rows = self.conn.execute(select(offers.c.helper_id, offers.c.status, offers.c.message)
                            .where(offers.c.request_id == request_id))
        return [(r.helper_id, r.status, r.message) for r in rows]

    def offered_helper_ids(self, request_id: int) -> set[int]:
        """Helpers who have this request in hand or said no; not those whose offer was withdrawn."""
        return {hid for hid, status, _ in self.request_offers(request_id) if status != "gone"}
