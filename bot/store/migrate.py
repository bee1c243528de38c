"""Run the Alembic migrations from inside the program: `make run` needs no manual step.

Alembic (with Mako and Pygments, which it loads to migrate) stays in a process's memory once imported,
about 11 MB for a few milliseconds of work at start-up. So a store opening a database already at HEAD
reads its version with one SELECT and never imports Alembic, and `entraide run` migrates in a short-lived
child process (`migrating_apart`) while it loads the model, before it opens its store.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions (tests/test_store.py checks it against Alembic's own head).
HEAD = "0005"
URL_VARIABLE = "ENTRAIDE_MIGRATE_URL"  # the child's database, in its environment rather than on its command line


def alembic_config(url: str | None = None) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


MIGRATION_LOCK_ID = 0x456E7472  # any constant; every Entraide process uses the same one


def at_head(engine: Engine) -> bool:
    """The database's revision is HEAD (read without Alembic)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()) == [HEAD]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Several processes starting at once must not migrate the same database twice."""
    if revision == "head" and at_head(engine):
        return
    from alembic import command

    cfg = alembic_config()
    with _file_lock(engine), engine.begin() as conn:
        _advisory_lock(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@contextlib.contextmanager
def migrating_apart(url: str) -> Iterator[None]:
    """Migrate the database at `url` in a child process while the body runs; wait for it on leaving.

    Best effort: whatever happens to the child, the store migrates in this process when it opens (at HEAD,
    with one SELECT) and reports a database it cannot open as it always has. A database in memory is
    this process's own: nothing to do apart."""
    if url in ("sqlite://", "sqlite:///:memory:"):
        yield
        return
    child = subprocess.Popen([sys.executable, "-m", "bot.store.migrate"], env={**os.environ, URL_VARIABLE: url},
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        child.wait()


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


if __name__ == "__main__":  # migrating_apart's child
    from bot.store.sql import make_engine

    engine = make_engine(os.environ[URL_VARIABLE])
    try:
        upgrade(engine)
    finally:
        engine.dispose()
