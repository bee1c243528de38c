"""The SQLAlchemy store: SQLite by default, PostgreSQL through DATABASE_URL.

Several bot processes may share one PostgreSQL, so a save is a compare-and-set on `version`:
two processes handling the same person at once cannot silently overwrite each other.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Dialect,
    Engine,
    String,
    bindparam,
    create_engine,
    delete,
    event,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from bot.engine.state import SessionState
from bot.errors import ConflictError, DuplicateError, StoreError
from bot.peers.sql import SqlPeers, involved_clause
from bot.store.base import Pending, Queued, SenderReads, SenderWrites, Store
from bot.store.migrate import upgrade
from bot.store.prepared import Prepared
from bot.store.tables import outbox, outbox_leases, receipts, sessions, stats

WRITES = "entraide_writes"  # execution option: this connection's transaction will write


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url in ("sqlite://", "sqlite:///:memory:"):  # one shared in-memory database (tests, `entraide test`)
        return create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # SQLAlchemy says BEGIN itself (below), not the driver
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            # A transaction that will write takes SQLite's one write lock at once: two that read and then
            # write would otherwise deadlock on the upgrade, and one fails at once whatever busy_timeout.
            # Said on the driver's connection: through exec_driver_sql it cost a full execution context.
            conn.connection.driver_connection.execute(
                "BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITES) else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def upsert(dialect: str) -> Any:
    """The dialect's INSERT ... ON CONFLICT. PostgreSQL's module (2.4 MB with its drivers' dialects) is
    imported only by a process that runs on PostgreSQL."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def counter_upsert(dialect: str) -> Any:
    """Run with the row to add (`counter_row`): an existing counter grows by its n."""
    counter = upsert(dialect)(stats)
    return counter.on_conflict_do_update(index_elements=["week", "metric", "value", "lang"],
                                         set_={"n": stats.c.n + counter.excluded.n})


def counter_row(metric: str, value: str, lang: str, week: str, n: int) -> dict[str, Any]:
    return {"week": week, "metric": metric[:40], "value": value[:64], "lang": lang[:2], "n": n}


PENDING_COLUMNS = (outbox.c.id, outbox.c.chat_key, outbox.c.envelope, outbox.c.receipt, outbox.c.attempts,
                   outbox.c.not_before, outbox.c.created_at)  # Pending's fields, in order
OUTBOX_COLUMNS = ("chat_key", "channel", "envelope", "receipt", "created_at", "attempts", "not_before")
STATS_COLUMNS = ("week", "metric", "value", "lang", "n")


class TurnStatements:
    """What every turn and every send runs, prepared for this engine's driver (bot.store.prepared): a turn's store work
    is then mostly SQLite's (or PostgreSQL's) own, not SQLAlchemy's bookkeeping around it."""

    def __init__(self, dialect: Dialect):
        # The turn's one read: the session (NULLs when there is none) and whether the desk is involved.
        key: BindParameter[str] = bindparam("b_key", type_=String)
        self.read = Prepared(select(
            select(sessions.c.state).where(sessions.c.key == key).scalar_subquery().label("state"),
            select(sessions.c.version).where(sessions.c.key == key).scalar_subquery().label("version"),
            involved_clause(key).label("involved")), dialect)
        self.receipt = Prepared(insert(receipts), dialect, ("receipt", "at"))
        self.insert_session = Prepared(insert(sessions), dialect, ("key", "state", "version", "updated_at"))
        self.update_session = Prepared(
            update(sessions)
            .where(sessions.c.key == bindparam("b_key"), sessions.c.version == bindparam("b_version"))
            .values(state=bindparam("b_state"), version=bindparam("b_next"),
                    updated_at=bindparam("b_at", type_=sessions.c.updated_at.type)), dialect)
        self.count = Prepared(counter_upsert(dialect.name), dialect, STATS_COLUMNS)
        self.outbox = Prepared(insert(outbox), dialect, OUTBOX_COLUMNS)
        # The sender's, for every message delivered: claim a chat (lease, then its rows), delete, finish.
        lease = upsert(dialect.name)(outbox_leases)  # taken when free, run out, or already ours (a renewal)
        self.lease = Prepared(lease.on_conflict_do_update(
            index_elements=["chat_key"], set_={"owner": lease.excluded.owner, "until": lease.excluded.until},
            where=or_(outbox_leases.c.until < bindparam("b_now"), outbox_leases.c.owner == lease.excluded.owner),
        ).returning(outbox_leases.c.owner), dialect, ("chat_key", "owner", "until"))
        self.release = Prepared(delete(outbox_leases).where(outbox_leases.c.chat_key == bindparam("b_chat"),
                                                            outbox_leases.c.owner == bindparam("b_owner")), dialect)
        self.pending = Prepared(select(*PENDING_COLUMNS).where(outbox.c.chat_key == bindparam("b_chat"))
                                .order_by(outbox.c.id), dialect)
        self.any_pending = Prepared(select(outbox.c.id).where(outbox.c.chat_key == bindparam("b_chat")).limit(1),
                                    dialect)
        self.sent = Prepared(delete(outbox).where(outbox.c.id == bindparam("b_id")), dialect)


class SqlTransaction:
    """The session table, the desk's tables and the outbox on one open connection.

    The turn's own statements run on the driver's cursor of that connection (TurnStatements), the desk's
    through SQLAlchemy on the same connection: one transaction either way."""

    def __init__(self, conn: Connection, turn: TurnStatements, integrity: type[Exception]):
        self.conn = conn
        self.peers = SqlPeers(conn)
        self._turn = turn
        self._integrity = integrity  # the driver's IntegrityError (a unique key already taken)
        self._cursor: Any = None
        self._rows: list[Queued] = []

    @property
    def cursor(self) -> Any:
        if self._cursor is None:
            self._cursor = self.conn.connection.cursor()
        return self._cursor

    def receipt(self, receipt: str) -> None:
        try:  # first: a redelivered update fails here, before anything changes
            self._turn.receipt.run(self.cursor, {"receipt": receipt, "at": datetime.now(UTC).timestamp()})
        except self._integrity:
            raise DuplicateError(f"update {receipt} was already handled") from None

    def save(self, key: str, state: SessionState, version: int) -> int:
        now = datetime.now(UTC)
        if version == 0:
            try:  # a lost race aborts the whole transaction; the caller retries from a fresh load
                self._turn.insert_session.run(self.cursor, {"key": key, "state": state.to_json(), "version": 1,
                                                            "updated_at": now})
            except self._integrity:
                raise ConflictError("session created concurrently") from None
            return 1
        cur = self._turn.update_session.run(self.cursor, {
            "b_key": key, "b_version": version, "b_state": state.to_json(), "b_next": version + 1, "b_at": now})
        if cur.rowcount != 1:
            raise ConflictError(f"session changed under us (expected version {version})")
        return version + 1

    def delete(self, key: str) -> None:
        self.conn.execute(delete(sessions).where(sessions.c.key == key))

    def queue(self, rows: Sequence[Queued]) -> None:
        self._rows.extend(rows)

    def count(self, stats: Sequence[tuple[str, str]], lang: str, week: str) -> None:
        if stats:
            self._turn.count.run_many(self.cursor, [counter_row(metric, value, lang, week, 1)
                                                    for metric, value in stats])

    def flush(self, receipt: str | None) -> None:
        if self._rows:
            now = datetime.now(UTC).timestamp()
            self._turn.outbox.run_many(self.cursor, [
                {"chat_key": q.chat_key, "channel": q.channel, "envelope": q.envelope, "receipt": receipt,
                 "created_at": now, "attempts": 0, "not_before": 0.0} for q in self._rows])
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None


class SqlStore(Store):
    def __init__(self, url: str, migrate: bool = True):
        self.url = url
        self.engine = make_engine(url)
        # SQLite has one writer: this process's threads queue for it on a lock of their own, woken in turn,
        # instead of polling SQLite's lock in its busy handler (sleeps and retries that cost the turn threads
        # and the outbox sender latency and CPU). Other processes still meet at SQLite's lock as before.
        self._writer: AbstractContextManager[Any] = (threading.RLock() if self.engine.dialect.name == "sqlite"
                                                     else nullcontext())
        # ...and its turns and outbox writes run on one thread: each spends its time holding Python's lock or that
        # one, so more threads only pass the locks around (bench/telegram.py: 40-65 context switches per update
        # with asyncio's six threads, 15-27 with one, and 8-14% less CPU per message).
        self.threads = 1 if self.engine.dialect.name == "sqlite" else None
        self._turn = TurnStatements(self.engine.dialect)
        driver = self.engine.dialect.loaded_dbapi
        self._integrity: type[Exception] = driver.IntegrityError
        self._driver_error: type[Exception] = driver.Error
        if migrate:
            upgrade(self.engine)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with self._writer, self.engine.begin() as conn:
            yield conn

    def load(self, key: str) -> tuple[SessionState | None, int]:
        state, version, _ = self.load_turn(key)
        return state, version

    def load_turn(self, key: str) -> tuple[SessionState | None, int, bool]:
        # One statement on a pooled connection's own cursor. SQLite runs it outside any transaction, where
        # a single statement reads one consistent snapshot; PostgreSQL's driver opens one, rolled back
        # when the connection goes back to the pool.
        try:
            conn = self.engine.raw_connection()
            try:
                cur = conn.cursor()
                state, version, involved = self._turn.read.run(cur, {"b_key": key}).fetchone()
                cur.close()
            finally:
                conn.close()
        except (SQLAlchemyError, self._driver_error) as e:
            raise StoreError(f"could not read a session: {e.__class__.__name__}") from e
        if state is None:
            return None, 0, bool(involved)
        return SessionState.from_json(state), int(version), bool(involved)

    @contextmanager
    def transaction(self, receipt: str | None = None) -> Iterator[SqlTransaction]:
        try:
            with self._writer, self.engine.connect().execution_options(**{WRITES: True}) as conn, conn.begin():
                tx = SqlTransaction(conn, self._turn, self._integrity)
                if receipt is not None:
                    tx.receipt(receipt)
                yield tx
                tx.flush(receipt)
        except StoreError:
            raise
        except (SQLAlchemyError, self._driver_error) as e:
            raise StoreError(f"could not commit: {e.__class__.__name__}") from e

    def seen(self, receipt: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(receipts.c.receipt).where(receipts.c.receipt == receipt)).first() is not None

    @contextmanager
    def _driver_writing(self) -> Iterator[Any]:
        """A short write on a pooled connection's own cursor, one transaction (the sender's per message)."""
        with self._writer:
            conn = self.engine.raw_connection()
            try:
                cur = conn.cursor()
                if self.engine.dialect.name == "sqlite":  # PostgreSQL's driver begins by itself
                    cur.execute("BEGIN IMMEDIATE")
                yield cur
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            finally:
                conn.close()

    def _lease(self, cur: Any, chat_key: str, owner: str, now: float, ttl: float) -> bool:
        row = self._turn.lease.run(cur, {"chat_key": chat_key, "owner": owner, "until": now + ttl,
                                         "b_now": now}).fetchone()
        return row is not None and row[0] == owner

    def lease(self, chat_key: str, owner: str, now: float, ttl: float) -> bool:
        with self._driver_writing() as cur:
            return self._lease(cur, chat_key, owner, now, ttl)

    def release(self, chat_key: str, owner: str) -> None:
        with self._driver_writing() as cur:
            self._turn.release.run(cur, {"b_chat": chat_key, "b_owner": owner})

    def _pending(self, cur: Any, chat_key: str) -> list[Pending]:
        return [Pending(*row) for row in self._turn.pending.run(cur, {"b_chat": chat_key}).fetchall()]

    def pending(self, chat_key: str) -> list[Pending]:
        conn = self.engine.raw_connection()
        try:
            return self._pending(conn.cursor(), chat_key)
        finally:
            conn.close()

    def claim(self, chat_key: str, owner: str, now: float, ttl: float) -> list[Pending] | None:
        with self._driver_writing() as cur:
            return self._pending(cur, chat_key) if self._lease(cur, chat_key, owner, now, ttl) else None

    def _finish(self, cur: Any, chat_key: str, owner: str, sent_id: int | None) -> bool:
        if sent_id is not None:
            self._turn.sent.run(cur, {"b_id": sent_id})
        self._turn.release.run(cur, {"b_chat": chat_key, "b_owner": owner})
        return self._turn.any_pending.run(cur, {"b_chat": chat_key}).fetchone() is not None

    def finish(self, chat_key: str, owner: str, sent_id: int | None = None) -> bool:
        with self._driver_writing() as cur:
            return self._finish(cur, chat_key, owner, sent_id)

    def write_for_senders(self, writes: SenderWrites) -> SenderReads:
        waiting: dict[str, bool] = {}
        claimed: dict[str, list[Pending] | None] = {}
        ends, claims = dict(writes.finished), set(writes.claims)
        with self._driver_writing() as cur:
            if writes.sent:
                self._turn.sent.run_many(cur, [{"b_id": row_id} for row_id in writes.sent])
            # Lease rows in one order (by chat), whichever process writes: on PostgreSQL two such transactions
            # then never wait for each other's rows in a circle.
            for chat in sorted(ends.keys() | claims):
                if chat in ends:
                    waiting[chat] = self._finish(cur, chat, writes.owner, ends[chat])
                if chat in claims:
                    leased = self._lease(cur, chat, writes.owner, writes.now, writes.ttl)
                    claimed[chat] = self._pending(cur, chat) if leased else None
        return SenderReads(tuple(waiting[chat] for chat, _ in writes.finished),
                           tuple(claimed[chat] for chat in writes.claims))

    def pending_for(self, chat_keys: Sequence[str]) -> dict[str, list[Pending]]:
        out: dict[str, list[Pending]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(chat_keys), 500):  # under SQLite's and PostgreSQL's parameter limits
                rows = conn.execute(select(outbox).where(outbox.c.chat_key.in_(chat_keys[i:i + 500]))
                                    .order_by(outbox.c.id))
                for r in rows:
                    out.setdefault(r.chat_key, []).append(
                        Pending(r.id, r.chat_key, r.envelope, r.receipt, r.attempts, r.not_before, r.created_at))
        return out

    def prune_outbox(self, channel: str, before: float) -> int:
        with self._writing() as conn:
            res = conn.execute(delete(outbox).where(outbox.c.channel == channel, outbox.c.created_at < before))
            return int(res.rowcount or 0)

    def sent(self, row_id: int) -> None:
        with self._driver_writing() as cur:
            self._turn.sent.run(cur, {"b_id": row_id})

    def postpone(self, row_id: int, not_before: float) -> None:
        with self._writing() as conn:
            conn.execute(update(outbox).where(outbox.c.id == row_id)
                         .values(attempts=outbox.c.attempts + 1, not_before=not_before))

    def waiting_chats(self, channel: str, older_than: float, limit: int = 100) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.chat_key)
                                .where(outbox.c.channel == channel, outbox.c.created_at < older_than)
                                .group_by(outbox.c.chat_key).limit(limit))
            return [r.chat_key for r in rows]

    def prune_receipts(self, before: float) -> int:
        with self._writing() as conn:
            return int(conn.execute(delete(receipts).where(receipts.c.at < before)).rowcount or 0)

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        with self._driver_writing() as cur:
            self._turn.count.run(cur, counter_row(metric, value, lang, week, n))

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(stats).order_by(stats.c.week, stats.c.metric, stats.c.value, stats.c.lang))
            return [(r.week, r.metric, r.value, r.lang, int(r.n)) for r in rows]

    def sql_engine(self) -> Engine | None:
        return self.engine

    def close(self) -> None:
        self.engine.dispose()
