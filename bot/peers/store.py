"""SQL for helpers, invites, contact requests and offers. Plain functions on a connection, so the
caller decides the transaction (the desk runs each event in one, with its receipt and outbox)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from bot.store.tables import contact_requests, helpers, invites, offers

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


def _helper(row: Any) -> Helper:
    return Helper(row.id, row.key, row.address, tuple(row.langs.split()), tuple(row.regions.split()),
                  tuple(row.themes.split()), row.hours, bool(row.available), bool(row.active), row.current_request)


def _request(row: Any) -> Request:
    return Request(row.id, row.worker_key, row.worker_address, row.lang, row.theme, row.region, row.time_window,
                   row.status, row.helper_id, row.created_at, row.expires_at, bool(row.worker_share),
                   bool(row.helper_share), bool(row.told_no_one))


# -- helpers ------------------------------------------------------------------------------------

def helper_by_key(conn: Connection, key: str) -> Helper | None:
    row = conn.execute(select(helpers).where(helpers.c.key == key, helpers.c.active.is_(True))).first()
    return _helper(row) if row else None


def helper_by_id(conn: Connection, helper_id: int) -> Helper | None:
    row = conn.execute(select(helpers).where(helpers.c.id == helper_id)).first()
    return _helper(row) if row else None


def all_helpers(conn: Connection) -> list[Helper]:
    return [_helper(r) for r in conn.execute(select(helpers).order_by(helpers.c.id))]


def add_helper(conn: Connection, key: str, address: str, langs: list[str], regions: list[str], now: float) -> int:
    existing = conn.execute(select(helpers.c.id).where(helpers.c.key == key)).first()
    values = {"address": address, "langs": " ".join(langs), "regions": " ".join(regions), "themes": "",
              "hours": None, "available": False, "active": True, "current_request": None}
    if existing:  # a deactivated helper invited again starts fresh
        conn.execute(update(helpers).where(helpers.c.id == existing.id).values(**values))
        return int(existing.id)
    pk = conn.execute(insert(helpers).values(key=key, created_at=now, **values)).inserted_primary_key
    assert pk is not None
    return int(pk[0])


def set_helper(conn: Connection, helper_id: int, **values: Any) -> None:
    conn.execute(update(helpers).where(helpers.c.id == helper_id).values(**values))


def matching_helpers(conn: Connection, lang: str) -> list[Helper]:
    rows = conn.execute(select(helpers).where(helpers.c.active.is_(True), helpers.c.available.is_(True)))
    return [h for h in map(_helper, rows) if lang in h.langs]


# -- invites ------------------------------------------------------------------------------------

def add_invite(conn: Connection, code_hash: str, region: str | None, now: float, expires_at: float) -> None:
    conn.execute(insert(invites).values(code_hash=code_hash, region=region, created_at=now, expires_at=expires_at))


def use_invite(conn: Connection, code_hash: str, now: float) -> tuple[bool, str | None]:
    """Single use even under a race: the UPDATE only succeeds for the first taker."""
    row = conn.execute(select(invites.c.region).where(invites.c.code_hash == code_hash)).first()
    res = conn.execute(update(invites).where(invites.c.code_hash == code_hash, invites.c.used_at.is_(None),
                                             invites.c.expires_at > now).values(used_at=now))
    return res.rowcount == 1, (row.region if row else None)


# -- requests -----------------------------------------------------------------------------------

def add_request(conn: Connection, worker_key: str, worker_address: str, lang: str, theme: str | None,
                region: str | None, time_window: str | None, now: float, expires_at: float) -> int:
    res = conn.execute(insert(contact_requests).values(
        worker_key=worker_key, worker_address=worker_address, lang=lang, theme=theme, region=region,
        time_window=time_window, status=OPEN, created_at=now, expires_at=expires_at, worker_share=False,
        helper_share=False, told_no_one=False))
    assert res.inserted_primary_key is not None
    return int(res.inserted_primary_key[0])


def get_request(conn: Connection, request_id: int) -> Request | None:
    row = conn.execute(select(contact_requests).where(contact_requests.c.id == request_id)).first()
    return _request(row) if row else None


def worker_request(conn: Connection, worker_key: str, statuses: tuple[str, ...] = (OPEN, ACCEPTED)) -> Request | None:
    row = conn.execute(select(contact_requests).where(contact_requests.c.worker_key == worker_key,
                                                      contact_requests.c.status.in_(statuses))
                       .order_by(contact_requests.c.id.desc())).first()
    return _request(row) if row else None


def helper_requests(conn: Connection, helper_id: int) -> list[Request]:
    rows = conn.execute(select(contact_requests).where(contact_requests.c.helper_id == helper_id,
                                                       contact_requests.c.status == ACCEPTED)
                        .order_by(contact_requests.c.id))
    return [_request(r) for r in rows]


def open_count(conn: Connection, helper_id: int) -> int:
    return int(conn.execute(select(func.count()).select_from(contact_requests).where(
        contact_requests.c.helper_id == helper_id, contact_requests.c.status == ACCEPTED)).scalar_one())


def try_accept(conn: Connection, request_id: int, helper_id: int, now: float) -> bool:
    """The race to accept: exactly one UPDATE finds the request still open, on SQLite and PostgreSQL."""
    res = conn.execute(update(contact_requests)
                       .where(contact_requests.c.id == request_id, contact_requests.c.status == OPEN)
                       .values(status=ACCEPTED, helper_id=helper_id, accepted_at=now))
    return res.rowcount == 1


def set_request(conn: Connection, request_id: int, **values: Any) -> None:
    conn.execute(update(contact_requests).where(contact_requests.c.id == request_id).values(**values))


def mark_told(conn: Connection, request_id: int) -> bool:
    """Only one process tells the person nobody took their request (several may tick at once)."""
    res = conn.execute(update(contact_requests).where(contact_requests.c.id == request_id,
                                                      contact_requests.c.status == OPEN,
                                                      contact_requests.c.told_no_one.is_(False))
                       .values(told_no_one=True))
    return res.rowcount == 1


def expire(conn: Connection, request_id: int, now: float) -> bool:
    res = conn.execute(update(contact_requests).where(contact_requests.c.id == request_id,
                                                      contact_requests.c.status == OPEN)
                       .values(status=EXPIRED, closed_at=now, worker_address=None))
    return res.rowcount == 1


def close_request(conn: Connection, request_id: int, status: str, now: float) -> None:
    """Closing erases the worker's address: it is kept only while a request is open."""
    set_request(conn, request_id, status=status, closed_at=now, worker_address=None)


def open_requests(conn: Connection) -> list[Request]:
    rows = conn.execute(select(contact_requests).where(contact_requests.c.status == OPEN).order_by(contact_requests.c.id))
    return [_request(r) for r in rows]


def due_requests(conn: Connection, now: float) -> list[Request]:
    rows = conn.execute(select(contact_requests).where(contact_requests.c.status == OPEN,
                                                       contact_requests.c.expires_at < now))
    return [_request(r) for r in rows]


def delete_worker(conn: Connection, worker_key: str) -> list[Request]:
    """/forget: every request of this person, and their offers, gone. Returns what was live."""
    rows = [_request(r) for r in conn.execute(select(contact_requests).where(contact_requests.c.worker_key == worker_key))]
    ids = [r.id for r in rows]
    if ids:
        conn.execute(delete(offers).where(offers.c.request_id.in_(ids)))
        conn.execute(delete(contact_requests).where(contact_requests.c.id.in_(ids)))
    return [r for r in rows if r.status in (OPEN, ACCEPTED)]


# -- offers -------------------------------------------------------------------------------------

def add_offer(conn: Connection, request_id: int, helper_id: int) -> None:
    """A fresh offer (again, if an earlier one was withdrawn when someone else took the request)."""
    conn.execute(delete(offers).where(offers.c.request_id == request_id, offers.c.helper_id == helper_id))
    conn.execute(insert(offers).values(request_id=request_id, helper_id=helper_id, status="sent"))


def offer_status(conn: Connection, request_id: int, helper_id: int) -> str | None:
    row = conn.execute(select(offers.c.status).where(offers.c.request_id == request_id,
                                                     offers.c.helper_id == helper_id)).first()
    return row.status if row else None


def set_offer(conn: Connection, request_id: int, helper_id: int, **values: Any) -> None:
    conn.execute(update(offers).where(offers.c.request_id == request_id, offers.c.helper_id == helper_id)
                 .values(**values))


def request_offers(conn: Connection, request_id: int) -> list[tuple[int, str, str | None]]:
    rows = conn.execute(select(offers.c.helper_id, offers.c.status, offers.c.message)
                        .where(offers.c.request_id == request_id))
    return [(r.helper_id, r.status, r.message) for r in rows]


def offered_helper_ids(conn: Connection, request_id: int) -> set[int]:
    """Helpers who have this request in hand or said no; not those whose offer was withdrawn."""
    return {hid for hid, status, _ in request_offers(conn, request_id) if status != "gone"}
