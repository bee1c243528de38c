"""The outbox worker: retries what may succeed, logs what cannot, never sends a reply twice."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from bot.channels.delivery import Outbox, Permanent, Transient
from bot.crypto import Sealer
from bot.engine.state import SessionState
from bot.store.base import Queued, SenderReads, SenderWrites
from bot.store.memory import MemoryStore


def queue(store: MemoryStore, sealer: Sealer, *texts: str, receipt: str = "tg:1:1") -> None:
    store.save(receipt, SessionState(), 0, receipt=receipt,
               queued=[Queued("chat", sealer.seal({"chat": 42, "text": t}), "telegram") for t in texts])


async def test_transient_failures_are_retried_in_order() -> None:
    store, sealer = MemoryStore(), Sealer(b"k" * 20)
    queue(store, sealer, "one", "two", "three")
    sent: list[str] = []
    failures = iter([Transient("502"), None, Transient("429", retry_after=0.05), None, None])

    async def send(env: dict[str, Any]) -> None:
        err = next(failures)
        if err:
            raise err
        sent.append(env["text"])

    box = Outbox(store, sealer, send, "telegram", per_chat_interval=0, max_backoff=0.05)
    box.kick("chat")
    await asyncio.wait_for(box.drain(), 5)
    for _ in range(100):
        if sent == ["one", "two", "three"]:
            break
        await asyncio.sleep(0.02)
    assert sent == ["one", "two", "three"] and store.pending("chat") == []


async def test_permanent_failure_is_logged_with_the_update_and_not_retried(caplog: pytest.LogCaptureFixture) -> None:
    store, sealer = MemoryStore(), Sealer(b"k" * 20)
    queue(store, sealer, "blocked", receipt="tg:1:77")
    calls = 0

    async def send(env: dict[str, Any]) -> None:
        nonlocal calls
        calls += 1
        raise Permanent("Forbidden: bot was blocked by the user")

    box = Outbox(store, sealer, send, "telegram", per_chat_interval=0)
    with caplog.at_level(logging.ERROR):
        box.kick("chat")
        await asyncio.wait_for(box.drain(), 5)
    assert calls == 1 and store.pending("chat") == [] and box.abandoned == 1
    assert "tg:1:77" in caplog.text and "blocked" in caplog.text
    assert "42" not in caplog.text  # the chat id never reaches the log


async def test_gives_up_after_the_configured_time_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    store, sealer = MemoryStore(), Sealer(b"k" * 20)
    queue(store, sealer, "never", receipt="tg:1:88")

    async def send(env: dict[str, Any]) -> None:
        raise Transient("NetworkError")

    box = Outbox(store, sealer, send, "telegram", per_chat_interval=0, give_up_after=0.2, max_backoff=0.05)
    with caplog.at_level(logging.ERROR):
        box.kick("chat")
        await asyncio.wait_for(box.drain(), 5)
    assert store.pending("chat") == [] and "given up" in caplog.text and "tg:1:88" in caplog.text


async def test_a_row_sealed_with_another_key_is_dropped_with_an_error(caplog: pytest.LogCaptureFixture) -> None:
    store = MemoryStore()
    queue(store, Sealer(b"old-key" * 4), "stale")
    sent: list[str] = []

    async def send(env: dict[str, Any]) -> None:
        sent.append(env["text"])

    box = Outbox(store, Sealer(b"new-key" * 4), send, "telegram", per_chat_interval=0)
    with caplog.at_level(logging.ERROR):
        box.kick("chat")
        await asyncio.wait_for(box.drain(), 5)
    assert sent == [] and store.pending("chat") == [] and "ENTRAIDE_RELAY_KEY" in caplog.text


async def test_many_chats_share_their_store_writes_and_each_reply_goes_once_in_order() -> None:
    class Counting(MemoryStore):
        calls = 0

        def write_for_senders(self, writes: SenderWrites) -> SenderReads:
            self.calls += 1
            return super().write_for_senders(writes)

    store, sealer = Counting(), Sealer(b"k" * 20)
    chats = [f"chat{i}" for i in range(50)]
    for chat in chats:
        store.save(chat, SessionState(), 0, receipt=chat,
                   queued=[Queued(chat, sealer.seal({"chat": chat, "text": t}), "telegram") for t in ("1", "2", "3")])
    sent: dict[str, list[str]] = {chat: [] for chat in chats}

    async def send(env: dict[str, Any]) -> None:
        await asyncio.sleep(0)
        sent[env["chat"]].append(env["text"])

    box = Outbox(store, sealer, send, "telegram", per_chat_interval=0)
    for chat in chats:
        box.kick(chat)
    await asyncio.wait_for(box.drain(), 5)
    assert all(texts == ["1", "2", "3"] for texts in sent.values()) and box.delivered == 150
    assert all(store.pending(chat) == [] for chat in chats)
    assert store.calls < 20  # a claim, two deletions and a finish for each of 50 chats: 200 writes alone


class Flaky(MemoryStore):
    """A store whose shared sender writes fail `fails` times, then work."""

    def __init__(self, fails: int) -> None:
        super().__init__()
        self.fails = fails
        self.calls = 0

    def write_for_senders(self, writes: SenderWrites) -> SenderReads:
        self.calls += 1
        if self.fails:
            self.fails -= 1
            raise OSError("database is locked")
        return super().write_for_senders(writes)


async def test_a_shared_write_that_fails_once_is_tried_again_and_nothing_goes_twice() -> None:
    store, sealer = Flaky(fails=0), Sealer(b"k" * 20)
    queue(store, sealer, "one", "two")
    sent: list[str] = []

    async def send(env: dict[str, Any]) -> None:
        sent.append(env["text"])
        store.fails = 1  # the write that deletes this delivered row fails once

    box = Outbox(store, sealer, send, "telegram", per_chat_interval=0, lease_ttl=0.3)
    box.kick("chat")
    await asyncio.wait_for(box.drain(), 5)
    assert sent == ["one", "two"] and store.pending("chat") == []
    assert box.delivered == 2


async def test_a_failed_shared_write_pauses_its_chats_and_the_sweeper_resumes_them() -> None:

    store, sealer = Flaky(fails=2), Sealer(b"k" * 20)  # the first try and the second
    queue(store, sealer, "one", "two")
    sent: list[str] = []

    async def send(env: dict[str, Any]) -> None:
        sent.append(env["text"])

    box = Outbox(store, sealer, send, "telegram", per_chat_interval=0, lease_ttl=0.3)
    box.kick("chat")  # its claim fails with the shared write, twice
    await asyncio.wait_for(box.drain(), 5)
    assert sent == [] and [p.receipt for p in store.pending("chat")] == ["tg:1:1", "tg:1:1"]
    sweeper = asyncio.create_task(box.sweep_forever(every=0.05))
    try:
        for _ in range(100):
            if sent == ["one", "two"] and store.pending("chat") == []:
                break
            await asyncio.sleep(0.02)
    finally:
        sweeper.cancel()
    assert sent == ["one", "two"] and store.pending("chat") == []
