"""The SQLAlchemy store: SQLite by default, PostgreSQL through DATABASE_URL.

Several bot processes may share one PostgreSQL, so a save is a compare-and-set on `version`:
two processes handling the same person at once cannot silently overwrite each other.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.engine.state import SessionState
from bot.errors import ConflictError, StoreError
from bot.store.migrate import upgrade
from bot.store.tables import sessions, stats


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


class SqlStore:
    def __init__(self, url: str, migrate: bool = True):
        self.url = url
        self.engine = make_engine(url)
        if migrate:
            upgrade(self.engine)

    def load(self, key: str) -> tuple[SessionState | None, int]:
        try:
            with self.engine.connect() as conn:
                row = conn.execute(select(sessions.c.state, sessions.c.version).where(sessions.c.key == key)).first()
        except SQLAlchemyError as e:
            raise StoreError(f"could not read a session: {e.__class__.__name__}") from e
        if row is None:
            return None, 0
        return SessionState.from_json(row.state), int(row.version)

    def save(self, key: str, state: SessionState, version: int) -> int:
        now = datetime.now(UTC)
        try:
            with self.engine.begin() as conn:
                if version == 0:
                    try:
                        conn.execute(insert(sessions).values(key=key, state=state.to_json(), version=1, updated_at=now))
                    except IntegrityError:
                        raise ConflictError("session created concurrently") from None
                    return 1
                res = conn.execute(
                    update(sessions)
                    .where(sessions.c.key == key, sessions.c.version == version)
                    .values(state=state.to_json(), version=version + 1, updated_at=now)
                )
                if res.rowcount != 1:
                    raise ConflictError(f"session changed under us (expected version {version})")
                return version + 1
        except ConflictError:
            raise
        except SQLAlchemyError as e:
            raise StoreError(f"could not save a session: {e.__class__.__name__}") from e

    def delete(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.key == key))

    def count(self, metric: str, value: str, lang: str, week: str, n: int = 1) -> None:
        row = {"week": week, "metric": metric[:40], "value": value[:64], "lang": lang[:2], "n": n}
        ins = pg_insert(stats) if self.engine.dialect.name == "postgresql" else sqlite_insert(stats)
        stmt = ins.values(**row).on_conflict_do_update(
            index_elements=["week", "metric", "value", "lang"], set_={"n": stats.c.n + n}
        )
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def stats(self) -> list[tuple[str, str, str, str, int]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(stats).order_by(stats.c.week, stats.c.metric, stats.c.value, stats.c.lang))
            return [(r.week, r.metric, r.value, r.lang, int(r.n)) for r in rows]

    def close(self) -> None:
        self.engine.dispose()
