"""Stored versions on a real SQLite file and, when ENTRAIDE_TEST_POSTGRES_URL is set, on PostgreSQL:
the first version stored once however many processes try, saves refused when stale, history that only grows."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.console.content import Content
from bot.store.sql import SqlStore

FILES = {"flows/main.yaml": "flows: {}\n", "knowledge/messages.yaml": "messages: {}\n"}


@pytest.fixture(params=["sqlite", "postgres"])
def content(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Content]:
    url = f"sqlite:///{tmp_path / 'entraide.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    store = SqlStore(url)
    yield Content(store.engine)
    store.close()


def test_the_first_version_is_stored_once_when_several_processes_log_in_at_once(content: Content) -> None:
    others = [Content(content.engine) for _ in range(4)]
    done: list[bool] = []
    threads = [threading.Thread(target=lambda c=c: done.append(c.seed(FILES, "p", time.time()))) for c in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(done) == [False, False, False, True]
    assert content.current() == 1 and content.files(1) == FILES


def test_saves_publishes_and_rollbacks(content: Content) -> None:
    content.seed(FILES, "p", 1.0)
    rev = content.draft()["flows/main.yaml"].revision
    assert content.save("flows/main.yaml", "flows: {a: 1}\n", rev, "a", 2.0).ok
    stale = content.save("flows/main.yaml", "flows: {b: 2}\n", rev, "b", 3.0)
    assert not stale.ok and stale.current is not None and stale.current.text == "flows: {a: 1}\n"
    v2 = content.publish(content.draft_files(), "a", "a", 4.0)
    v3 = content.publish(content.files(1), "back", "a", 5.0, restores=1)
    assert (v2, v3) == (2, 3) and content.current() == 3
    assert content.files(3) == FILES and content.draft_files() == FILES
    assert content.draft()["flows/main.yaml"].revision > rev + 1  # an editor open before the rollback is stale
    assert [v.id for v in content.history()] == [3, 2, 1] and content.version(3).restores == 1  # type: ignore[union-attr]
