"""On PostgreSQL, a publish reaches every process at once: the transaction that stores a version sends a
NOTIFY (PostgreSQL delivers it at commit, so never before the version can be read), and each process keeps
one psycopg connection that LISTENs and wakes its watcher (bot.console.watcher).

Polling stays underneath: SQLite has no such thing, and while the listening connection is down (the
database restarted, the network dropped) the watcher still looks every `console.poll_seconds`. The
listener reconnects by itself, waiting longer after each failure, and looks once on each reconnection for
whatever was published while it was away.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable, Sequence

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)

CHANNEL = "entraide_published"
BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)  # seconds before each reconnection attempt, the last one repeated
STEADY = 60.0  # seconds a connection must last for the next reconnection to wait the shortest time again
APPLICATION = "entraide listener"  # pg_stat_activity.application_name, followed by the process id


def announce(conn: Connection, version: int) -> None:
    """In the publishing transaction: tell the listening processes (nothing on SQLite: they poll)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_notify(:channel, :version)"), {"channel": CHANNEL, "version": str(version)})


def listen_url(engine: Engine) -> str | None:
    """The database's address as libpq reads it (SQLAlchemy's `postgresql+psycopg://` without the driver
    name); None when the database is not PostgreSQL."""
    if engine.dialect.name != "postgresql":
        return None
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """One LISTEN connection, kept open: `wake()` on each notification and after each (re)connection."""

    def __init__(self, url: str, wake: Callable[[], None], backoff: Sequence[float] = BACKOFF):
        self.url = url
        self.wake = wake
        self.backoff = tuple(backoff)
        self.connected = False
        self.failures = 0  # in a row; 0 once connected

    async def run(self) -> None:
        attempt = 0  # the backoff's step: starts again only after a connection that held (STEADY)
        while True:
            began = time.monotonic()
            try:
                await self._listen()
            except Exception as e:  # noqa: BLE001 - psycopg's, the network's: reconnect, never stop the process
                self.failures += 1
                log.warning("listening for published versions stopped (%s); polling meanwhile, reconnecting",
                            e.__class__.__name__)
            finally:
                held = self.connected and time.monotonic() - began >= STEADY
                self.connected = False
            attempt = 1 if held else attempt + 1  # dropped at once, again and again: wait longer each time
            await asyncio.sleep(self.backoff[min(attempt, len(self.backoff)) - 1])

    async def _listen(self) -> None:
        import psycopg  # here, not at the top: a process on SQLite never listens, and psycopg is 10 MB

        # keepalives: a connection dropped silently (a network cut) is noticed in about a minute, not hours
        async with await psycopg.AsyncConnection.connect(
                self.url, autocommit=True, application_name=f"{APPLICATION} {os.getpid()}", connect_timeout=10,
                keepalives=1, keepalives_idle=30, keepalives_interval=10, keepalives_count=3) as conn:
            await conn.execute(f"LISTEN {CHANNEL}")
            self.connected, self.failures = True, 0
            log.info("listening for published versions (PostgreSQL NOTIFY)")
            self.wake()  # anything published while this process was not listening
            async for _ in conn.notifies():
                self.wake()
