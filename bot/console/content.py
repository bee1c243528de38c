"""Flows and knowledge as versions in the database: a draft, and the history of what was published.

A file is known by its path under the project (`flows/main.yaml`, `knowledge/messages.yaml`,
`flows/tests/main_fr.yaml`). `flows/` and `knowledge/` on disk are the first version and the export /
import format: texts are kept byte for byte, so an export is the files as they were imported. The newest
published version is what every process runs (bot.console.watcher); rolling back publishes an older one
again as a new version, so history only grows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from bot.console.audit import record
from bot.console.notify import announce
from bot.store.sql import WRITES
from bot.store.tables import content_draft, content_files, content_versions

ROOTS = ("flows", "knowledge")
SEED_LOCK_ID = 0x456E7473  # the migration lock's neighbour (bot/store/migrate.py)
_PATH = re.compile(r"^(flows|knowledge)/([A-Za-z0-9_-]+/)*[A-Za-z0-9_.-]+\.ya?ml$")

Files = dict[str, str]


@dataclass(frozen=True)
class DraftFile:
    text: str
    revision: int
    who: str
    at: float


@dataclass(frozen=True)
class Version:
    id: int
    note: str
    who: str
    at: float
    restores: int | None


@dataclass(frozen=True)
class Saved:
    """A save: done, or refused because someone saved the file since `revision` (theirs is `current`)."""

    ok: bool
    revision: int
    current: DraftFile | None = None


def valid_path(path: str) -> bool:
    """A YAML file under flows/ or knowledge/, named plainly (fullmatch: `$` alone lets a final new line by)."""
    return bool(_PATH.fullmatch(path)) and ".." not in path


def read_dirs(flows_dir: Path, knowledge_dir: Path) -> Files:
    """Every YAML file of both folders (conversation tests included), as bytes decoded, nothing changed."""
    out: Files = {}
    for root, folder in zip(ROOTS, (flows_dir, knowledge_dir), strict=True):
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix in (".yaml", ".yml"):
                out[f"{root}/{p.relative_to(folder).as_posix()}"] = p.read_bytes().decode("utf-8")
    return out


def write_dirs(files: Files, target: Path) -> None:
    """`files` under target/flows and target/knowledge, byte for byte."""
    for path, body in files.items():
        if not valid_path(path):
            raise ValueError(f"{path!r} is not a flows/ or knowledge/ YAML file")
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(body.encode("utf-8"))


class Content:
    def __init__(self, engine: Engine):
        self.engine = engine

    def current(self) -> int:
        """The published version every process should run; 0 before the first."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(content_versions.c.id))).scalar() or 0)

    def files(self, version: int) -> Files:
        with self.engine.connect() as conn:
            rows = conn.execute(select(content_files.c.path, content_files.c.text)
                                .where(content_files.c.version == version).order_by(content_files.c.path))
            return {r.path: r.text for r in rows}

    def version(self, version: int) -> Version | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(content_versions).where(content_versions.c.id == version)).first()
        return Version(r.id, r.note, r.who, r.at, r.restores) if r else None

    def history(self, limit: int = 50) -> list[Version]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(content_versions).order_by(content_versions.c.id.desc()).limit(limit))
            return [Version(r.id, r.note, r.who, r.at, r.restores) for r in rows]

    def draft(self) -> dict[str, DraftFile]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(content_draft).order_by(content_draft.c.path))
            return {r.path: DraftFile(r.text, r.revision, r.who, r.at) for r in rows}

    def draft_files(self) -> Files:
        return {p: f.text for p, f in self.draft().items()}

    def seed(self, files: Files, who: str, now: float) -> bool:
        """The files on disk become version 1 and the draft, unless a version exists already: several
        processes may try at once, and one transaction at a time looks (a write transaction on SQLite, an
        advisory lock on PostgreSQL), so only the first stores them."""
        with self.engine.connect().execution_options(**{WRITES: True}) as conn, conn.begin():
            if conn.dialect.name == "postgresql":  # released at the end of the transaction
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEED_LOCK_ID})
            if conn.execute(select(func.max(content_versions.c.id))).scalar():
                return False
            vid = self._publish(conn, files, "first version, from the files", who, now, None)
            self._replace_draft(conn, files, who, now)
            record(conn, now, who, "seed", vid)
        return True

    def save(self, path: str, text: str, revision: int, who: str, now: float, action: str = "save") -> Saved:
        """Save one draft file if nobody saved it since `revision` (0: the file is new); `action` names it in
        the audit log."""
        if not valid_path(path):
            raise ValueError(f"{path!r} is not a flows/ or knowledge/ YAML file")
        with self.engine.begin() as conn:
            if revision == 0:
                try:
                    conn.execute(insert(content_draft).values(path=path, text=text, revision=1, who=who, at=now))
                except IntegrityError:
                    return Saved(False, 0, self._draft_file(conn, path))
                record(conn, now, who, action, None, path)
                return Saved(True, 1)
            done = conn.execute(update(content_draft)
                                .where(content_draft.c.path == path, content_draft.c.revision == revision)
                                .values(text=text, revision=revision + 1, who=who, at=now))
            if done.rowcount != 1:
                return Saved(False, revision, self._draft_file(conn, path))
            record(conn, now, who, action, None, path)
        return Saved(True, revision + 1)

    def publish(self, files: Files, note: str, who: str, now: float, restores: int | None = None) -> int:
        """A new version holding `files`; a rollback (`restores`) also resets the draft to them."""
        with self.engine.begin() as conn:
            vid = self._publish(conn, files, note, who, now, restores)
            if restores is not None:
                self._replace_draft(conn, files, who, now)
            record(conn, now, who, "rollback" if restores is not None else "publish", vid,
                   f"restores {restores}" if restores is not None else "")
        return vid

    def import_files(self, files: Files, note: str, who: str, now: float) -> int:
        """`entraide content import`: the files become the draft and a new published version."""
        with self.engine.begin() as conn:
            vid = self._publish(conn, files, note, who, now, None)
            self._replace_draft(conn, files, who, now)
            record(conn, now, who, "import", vid)
        return vid

    @staticmethod
    def _draft_file(conn: Connection, path: str) -> DraftFile | None:
        r = conn.execute(select(content_draft).where(content_draft.c.path == path)).first()
        return DraftFile(r.text, r.revision, r.who, r.at) if r else None

    @staticmethod
    def _publish(conn: Connection, files: Files, note: str, who: str, now: float, restores: int | None) -> int:
        values = {"note": note[:500], "who": who, "at": now, "restores": restores}
        key = conn.execute(insert(content_versions).values(**values)).inserted_primary_key
        assert key is not None
        vid = int(key[0])
        if files:
            conn.execute(insert(content_files), [{"version": vid, "path": p, "text": t} for p, t in files.items()])
        announce(conn, vid)  # every way in (seed, publish, rollback, import) comes here
        return vid

    @staticmethod
    def _replace_draft(conn: Connection, files: Files, who: str, now: float) -> None:
        """Every file's revision still grows, so an editor open on the old text cannot overwrite the new."""
        old = {r.path: int(r.revision) for r in conn.execute(select(content_draft.c.path, content_draft.c.revision))}
        conn.execute(delete(content_draft))
        if files:
            conn.execute(insert(content_draft), [{"path": p, "text": t, "revision": old.get(p, 0) + 1, "who": who,
                                                  "at": now} for p, t in files.items()])
