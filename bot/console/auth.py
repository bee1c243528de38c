"""Login without passwords: a single-use link, then a server-side session behind an HttpOnly cookie.

Links and sessions are random tokens; the database keeps only their keyed hash (bot.crypto.keyed_hash), so a
copy of it opens nothing. A link works once and for `console.link_minutes`; a session ends after
`console.idle_minutes` unused. Who is a pseudonym: a keyed hash, never a name or a Telegram id.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Engine, delete, insert, select, update

from bot.console.audit import link_issued
from bot.crypto import keyed_hash
from bot.store.tables import console_links, console_sessions

Role = Literal["coordinator", "viewer"]
ROLES: tuple[Role, ...] = ("coordinator", "viewer")
SEEN_EVERY = 60.0  # seconds: a session's last use is written at most this often


@dataclass(frozen=True)
class User:
    """Who is logged in: their role and pseudonym; `token` is the cookie's value (kept for the CSRF token)."""

    role: Role
    who: str
    token: str

    @property
    def can_edit(self) -> bool:
        return self.role == "coordinator"


def pseudonym(secret: bytes, identity: str) -> str:
    """Twelve hex digits of a keyed hash: the same person is recognisable in the audit log, not identifiable."""
    return keyed_hash(secret, f"console-who:{identity}")[:12]


def link_who(secret: bytes, issuer: str, role: Role) -> str:
    """Who a new link logs in as: the issuer's own pseudonym, or for a viewer link one derived from it (the
    audit log tells a viewer's session from its coordinator's, without naming either)."""
    return pseudonym(secret, issuer if role == "coordinator" else f"viewer-from:{issuer}")


class Auth:
    def __init__(self, engine: Engine, secret: bytes, link_minutes: int, idle_minutes: int):
        self.engine = engine
        self.secret = secret
        self.link_seconds = link_minutes * 60.0
        self.idle_seconds = idle_minutes * 60.0

    def _hash(self, kind: str, token: str) -> str:
        return keyed_hash(self.secret, f"console-{kind}:{token}")

    def new_link(self, role: Role, who: str, now: float, issuer: str = "") -> str:
        """A fresh login token; the caller makes it a URL. `issuer` (a pseudonym): recorded in the audit log."""
        if role not in ROLES:
            raise ValueError(f"role {role!r}: use one of {', '.join(ROLES)}")
        token, row = self.link_row(role, who, now)
        with self.engine.begin() as conn:
            conn.execute(delete(console_links).where(console_links.c.expires_at < now - 86400))
            conn.execute(insert(console_links).values(**row, used_at=None))
            if issuer:
                link_issued(conn, now, issuer, role, who)
        return token

    def link_row(self, role: Role, who: str, now: float) -> tuple[str, dict[str, Any]]:
        """A fresh token and the row that stores it (for a caller writing it in its own transaction)."""
        token = secrets.token_urlsafe(32)
        return token, {"token_hash": self._hash("link", token), "role": role, "who": who,
                       "expires_at": now + self.link_seconds}

    def use_link(self, token: str, now: float) -> User | None:
        """Spend a link (once: the update succeeds for one caller only) and open a session."""
        h = self._hash("link", token[:100])
        with self.engine.begin() as conn:
            done = conn.execute(update(console_links)
                                .where(console_links.c.token_hash == h, console_links.c.used_at.is_(None),
                                       console_links.c.expires_at > now)
                                .values(used_at=now))
            if done.rowcount != 1:
                return None
            row = conn.execute(select(console_links.c.role, console_links.c.who)
                               .where(console_links.c.token_hash == h)).one()
            session = secrets.token_urlsafe(32)
            conn.execute(delete(console_sessions).where(console_sessions.c.seen_at < now - self.idle_seconds))
            conn.execute(insert(console_sessions).values(token_hash=self._hash("session", session), role=row.role,
                                                         who=row.who, created_at=now, seen_at=now))
        return User(row.role, row.who, session)

    def user(self, token: str, now: float) -> User | None:
        """The session's user, or None when unknown or idle too long."""
        if not token or len(token) > 100:
            return None
        h = self._hash("session", token)
        with self.engine.connect() as conn:
            row = conn.execute(select(console_sessions).where(console_sessions.c.token_hash == h)).first()
        if row is None or row.seen_at < now - self.idle_seconds:
            return None
        if now - row.seen_at > SEEN_EVERY:
            with self.engine.begin() as conn:
                conn.execute(update(console_sessions).where(console_sessions.c.token_hash == h).values(seen_at=now))
        return User(row.role, row.who, token)

    def end(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(console_sessions).where(console_sessions.c.token_hash == self._hash("session", token)))

    def csrf(self, user: User) -> str:
        """Bound to the session: a page from another session (or another site) cannot forge it."""
        return self._hash("csrf", user.token)

    def csrf_ok(self, user: User, given: str) -> bool:
        return bool(given) and hmac.compare_digest(self.csrf(user), given)
