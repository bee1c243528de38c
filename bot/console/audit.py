"""The console's audit log: who (a pseudonym), what (an action word), when, which version, and at most a
file path. Never a worker's words, key or address: the console never sees them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from bot.store.tables import console_audit


@dataclass(frozen=True)
class Entry:
    at: float
    who: str
    action: str
    version: int | None
    detail: str


def record(conn: Connection, at: float, who: str, action: str, version: int | None = None, detail: str = "") -> None:
    """In the caller's transaction, so an action and its record are committed together."""
    conn.execute(insert(console_audit).values(at=at, who=who[:24], action=action[:24], version=version,
                                              detail=detail[:200]))


def note(engine: Engine, at: float, who: str, action: str, version: int | None = None, detail: str = "") -> None:
    """An entry on its own (a login, a helper invited, a version this process refused): its own transaction."""
    with engine.begin() as conn:
        record(conn, at, who, action, version, detail)


def link_issued(conn: Connection, at: float, issuer: str, role: str, who: str) -> None:
    """A login link handed out: by whom, for which role, logging in as whom (so a viewer's later actions lead
    back to the coordinator who gave them the link; pseudonyms only)."""
    record(conn, at, issuer, "link", None, f"{role} {who}")


def recent(engine: Engine, limit: int = 100) -> list[Entry]:
    with engine.connect() as conn:
        rows = conn.execute(select(console_audit).order_by(console_audit.c.id.desc()).limit(limit))
        return [Entry(r.at, r.who, r.action, r.version, r.detail) for r in rows]
