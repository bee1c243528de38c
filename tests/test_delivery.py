"""The outbox worker: retries what may succeed, logs what cannot, never sends a reply twice."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from bot.channels.delivery import Outbox, Permanent, Transient
from bot.crypto import Sealer
from bot.engine.state import SessionState
from bot.store.base import Queued
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
