"""Run the Alembic migrations from inside the program: `make run` needs no manual step."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


MIGRATION_LOCK_ID = 0x456E7472  # any constant; every Entraide process uses the same one


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Several processes starting at once must not migrate the same database twice."""
    cfg = alembic_config()
    with _file_lock(engine), engine.begin() as conn:
        _advisory_lock(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _advisory_lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":  # released at the end of the transaction
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_ID})


@contextlib.contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    """SQLite has no advisory locks: lock a file next to the database instead."""
    db = engine.url.database if engine.dialect.name == "sqlite" else None
    if not db or db == ":memory:":
        yield
        return
    with open(f"{db}.migrate-lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
