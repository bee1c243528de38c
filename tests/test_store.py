"""The SQL store on a real SQLite file and, when ENTRAIDE_TEST_POSTGRES_URL is set, on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine.definitions import Definitions
from bot.engine.messages import Event
from bot.engine.state import Frame, SessionState
from bot.errors import ConflictError, DuplicateError
from bot.service import Entraide
from bot.store.base import Queued, SenderWrites, Store
from bot.store.memory import MemoryStore
from bot.store.sql import SqlStore

PG = os.environ.get("ENTRAIDE_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    url = f"sqlite:///{tmp_path / 'entraide.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = SqlStore(url)
    yield s
    s.close()


def test_save_load_and_compare_and_set(store: SqlStore) -> None:
    st = SessionState(lang="en", status="active", stack=[Frame("support", "opening")], slots={"reason": "me"})
    v1 = store.save("k", st, 0)
    loaded, version = store.load("k")
    assert loaded == st and version == v1 == 1
    store.save("k", st, 1)
    with pytest.raises(ConflictError):
        store.save("k", st, 1)
    with pytest.raises(ConflictError):
        store.save("k", st, 0)
    store.delete("k")
    assert store.load("k") == (None, 0)


def test_a_turns_read_says_when_the_desk_holds_something_of_the_person(store: SqlStore) -> None:
    """The service consults the desk on an ordinary message only when this read says so: a helper, or a
    worker whose request is open or accepted; a closed request or a deactivated helper leaves it out."""
    from bot.peers.repository import ACCEPTED, CLOSED

    store.save("worker", SessionState(lang="fr"), 0)
    with store.transaction() as tx:
        helper = tx.peers.add_helper("helper", "sealed", ["fr"], [], 1.0)
        first = tx.peers.add_request("worker", "sealed", "fr", None, None, None, 1.0, 99.0)
    assert store.load_turn("helper")[2] and store.load_turn("worker")[2]
    assert store.load_turn("worker")[:2] == (SessionState(lang="fr"), 1)
    assert store.load_turn("nobody") == (None, 0, False)
    with store.transaction() as tx:
        tx.peers.set_request(first, status=ACCEPTED)
    assert store.load_turn("worker")[2]
    with store.transaction() as tx:
        tx.peers.close_request(first, CLOSED, 2.0)
        tx.peers.set_helper(helper, active=False)
    assert not store.load_turn("worker")[2] and not store.load_turn("helper")[2]


def test_a_turns_statement_whose_sql_changes_at_each_run_is_refused() -> None:
    from sqlalchemy import create_engine, select

    from bot.store.prepared import Prepared
    from bot.store.tables import sessions

    with pytest.raises(ValueError, match="IN list"):
        Prepared(select(sessions.c.key).where(sessions.c.key.in_(["a", "b"])), create_engine("sqlite://").dialect)


def test_counters_add_up(store: SqlStore) -> None:
    for _ in range(3):
        store.count("theme", "grief", "fr", "2026-W48")
    store.count("theme", "grief", "en", "2026-W48")
    assert ("2026-W48", "theme", "grief", "fr", 3) in store.stats()


def test_concurrent_turns_for_one_person_are_not_lost(store: SqlStore, defs: Definitions) -> None:
    """Two service instances (as two processes would) answer the same person at once."""
    a = Entraide(defs, store, b"shared-secret-0123456789")
    b = Entraide(defs, store, b"shared-secret-0123456789")
    a.handle_sync("t", "u", Event("text", 1.0, text="hello"))
    results: list[int] = []

    def press(app: Entraide) -> None:
        results.append(len(app.handle_sync("t", "u", Event("button", 2.0, payload="me"))))

    threads = [threading.Thread(target=press, args=(x,)) for x in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 2 and all(results)
    _, version = store.load(a.key("t", "u"))
    assert version == 3  # both turns were saved, one after the other


def test_a_redelivered_update_changes_nothing(store: SqlStore) -> None:
    s = SessionState(lang="fr")
    v = store.save("k", s, 0, receipt="tg:1:10", queued=[Queued("chat", "sealed-1", "telegram")])
    with pytest.raises(DuplicateError):
        store.save("k", SessionState(lang="en"), v, receipt="tg:1:10", queued=[Queued("chat", "sealed-2", "telegram")])
    state, version = store.load("k")
    assert state is not None and state.lang == "fr" and version == v
    assert [p.envelope for p in store.pending("chat")] == ["sealed-1"]
    assert store.seen("tg:1:10") and not store.seen("tg:1:11")


def test_a_conflict_rolls_back_the_receipt_and_the_replies(store: SqlStore) -> None:
    store.save("k", SessionState(), 0)
    with pytest.raises(ConflictError):
        store.save("k", SessionState(), 0, receipt="tg:1:20", queued=[Queued("chat", "lost", "telegram")])
    assert not store.seen("tg:1:20") and store.pending("chat") == []  # the retry can commit them


def test_one_sender_per_chat_and_replies_in_order(store: SqlStore) -> None:
    store.save("k", SessionState(), 0, receipt="r1", queued=[Queued("c", "a", "telegram"), Queued("c", "b", "telegram")])
    assert store.lease("c", "p1", now=100.0, ttl=25) is True
    assert store.lease("c", "p2", now=110.0, ttl=25) is False  # p1 still holds it
    assert store.lease("c", "p1", now=110.0, ttl=25) is True  # renewal
    assert [p.envelope for p in store.pending("c")] == ["a", "b"]
    first = store.pending("c")[0]
    store.postpone(first.id, 200.0)
    assert store.pending("c")[0].attempts == 1 and store.pending("c")[0].not_before == 200.0
    store.sent(first.id)
    assert [p.envelope for p in store.pending("c")] == ["b"]
    assert store.lease("c", "p2", now=140.0, ttl=25) is True  # p1's lease ran out (a crash)
    store.release("c", "p1")  # a stale owner cannot release someone else's lease
    assert store.lease("c", "p1", now=141.0, ttl=25) is False
    assert store.waiting_chats("telegram", older_than=1e12) == ["c"]
    assert store.waiting_chats("rasa", older_than=1e12) == []  # another channel's sender leaves them alone


def test_a_burst_claims_the_lease_with_the_rows_and_finishes_with_the_last_deletion(store: SqlStore) -> None:
    burst_on(store)


def test_the_memory_store_bursts_the_same_way() -> None:
    burst_on(MemoryStore())


def test_many_chats_senders_write_in_one_call(store: SqlStore) -> None:
    writes_on(store)


def test_the_memory_store_writes_for_many_senders_the_same_way() -> None:
    writes_on(MemoryStore())


def writes_on(store: Store) -> None:
    """`write_for_senders` is `sent`, `finish` and `claim` for several chats at once, answered in the order asked."""
    for chat in ("a", "b", "c"):
        store.save(chat, SessionState(), 0, receipt=chat, queued=[Queued(chat, f"{chat}1", "telegram"),
                                                                  Queued(chat, f"{chat}2", "telegram")])
    reads = store.write_for_senders(SenderWrites("p1", 100.0, 25, claims=("c", "a")))
    assert [[p.envelope for p in rows or []] for rows in reads.claimed] == [["c1", "c2"], ["a1", "a2"]]
    a, c = reads.claimed[1] or [], reads.claimed[0] or []
    reads = store.write_for_senders(SenderWrites("p2", 101.0, 25, claims=("a", "b")))
    assert reads.claimed[0] is None and [p.envelope for p in reads.claimed[1] or []] == ["b1", "b2"]  # p1 holds "a"
    store.save("late", SessionState(), 0, receipt="late", queued=[Queued("c", "c3", "telegram")])
    reads = store.write_for_senders(SenderWrites("p1", 102.0, 25, sent=(a[0].id, c[0].id),
                                                 finished=(("c", c[1].id), ("a", a[1].id))))
    assert reads.waiting == (True, False) and reads.claimed == ()  # "c3" came while p1 held "c"
    assert [p.envelope for p in store.pending("c")] == ["c3"] and store.pending("a") == []
    assert store.lease("a", "p2", now=103.0, ttl=25) is True  # released


def burst_on(store: Store) -> None:
    """The outbox's two round trips per burst: `claim` (lease + rows) and `finish` (last deletion + release)."""
    store.save("k", SessionState(), 0, receipt="r1", queued=[Queued("c", "a", "telegram"), Queued("c", "b", "telegram")])
    rows = store.claim("c", "p1", now=100.0, ttl=25)
    assert rows is not None and [p.envelope for p in rows] == ["a", "b"]
    assert store.claim("c", "p2", now=101.0, ttl=25) is None  # p1 holds the lease: p2 reads nothing
    store.sent(rows[0].id)
    store.save("k2", SessionState(), 0, receipt="r2", queued=[Queued("c", "late", "telegram")])
    assert store.finish("c", "p1", rows[1].id) is True  # "b" deleted, lease released, "late" still waits
    assert [p.envelope for p in store.pending("c")] == ["late"]
    again = store.claim("c", "p2", now=102.0, ttl=25)  # released: another sender may take it at once
    assert again is not None and [p.envelope for p in again] == ["late"]
    assert store.finish("c", "p1", None) is True  # a stale owner releases nothing and deletes nothing
    assert store.claim("c", "p1", now=103.0, ttl=25) is None
    assert store.finish("c", "p2", again[0].id) is False
    assert store.pending("c") == [] and store.claim("c", "p1", now=104.0, ttl=25) == []


# --- migrations ------------------------------------------------------------------------------------


def test_head_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from bot.store.migrate import HEAD, alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head == HEAD, f"bot/store/migrate.py: set HEAD = {head!r}, the revision of the newest migration"


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_store_at_head_opens_without_importing_alembic(kind: str, tmp_path: Path,
                                                         request: pytest.FixtureRequest) -> None:
    """Alembic, Mako and Pygments stay in memory once imported (about 11 MB): a migrated database needs none."""
    url = f"sqlite:///{tmp_path / 'entraide.db'}" if kind == "sqlite" else request.getfixturevalue("pg_url")
    SqlStore(url).close()
    probe = "import sys; from bot.store.sql import SqlStore; SqlStore(sys.argv[1]).close(); print('alembic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe, url], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_run_migrates_a_new_database_in_a_child_process(kind: str, tmp_path: Path,
                                                        request: pytest.FixtureRequest) -> None:
    from bot.store.migrate import at_head, migrating_apart
    from bot.store.sql import make_engine

    url = f"sqlite:///{tmp_path / 'entraide.db'}" if kind == "sqlite" else request.getfixturevalue("pg_url")
    engine = make_engine(url)
    assert not at_head(engine)
    with migrating_apart(url):
        pass
    assert at_head(engine)
    engine.dispose()
    with migrating_apart("sqlite://"):  # a database in memory is this process's own: nothing apart
        pass
