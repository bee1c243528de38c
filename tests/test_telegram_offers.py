"""An offer that reaches a Telegram helper after its request was taken loses its buttons at once.

In process, against the loopback Bot API of tests/fake_telegram.py: the desk on a real SQLite file, two
helpers on Telegram, and the adapter's own send path for an offer that was still on its way when the
other helper accepted (the outbox had not delivered it yet)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.channels.telegram import TelegramBot
from bot.config import load_config
from bot.engine.definitions import load_definitions
from bot.service import build_service
from bot.store.sql import SqlStore
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.test_peers import Network
from tests.test_telegram import configure


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    f = FakeTelegram()
    await f.start()
    yield f
    await f.stop()


async def test_a_late_offer_to_a_telegram_helper_loses_its_buttons(fake: FakeTelegram, project_copy: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ENTRAIDE_SECRET", "offers-secret-0123456789")
    monkeypatch.setenv("ENTRAIDE_RELAY_KEY", "offers-relay-0123456789")
    cfg = load_config(configure(project_copy, fake.base_url))
    store = SqlStore(f"sqlite:///{project_copy / 'offers.db'}")
    svc = build_service(cfg, load_definitions(cfg), store)
    net = Network(svc)
    for chat in ("7001", "7002"):
        net.channel[chat] = "telegram"
        net.helper(chat, "/langs fr en")
    net.ask_for_helper("worker-1")
    offers = {chat: next(m for m in net.inbox[chat] if m.ref.startswith("offer:")) for chat in ("7001", "7002")}
    net.send("7001", button="peer:accept:1")  # the first helper takes it before the second one's offer arrives
    tg = TelegramBot(cfg, svc)
    await tg.app.initialize()
    try:
        late = offers["7002"]
        await tg._send({"chat": 7002, "text": late.text, "ref": late.ref,
                        "buttons": [[b.label, b.payload] for b in late.buttons]})
        sent = fake.sent[7002][-1]
        assert sent["reply_markup"]  # it went out with its buttons…
        assert [e for e in fake.edits if int(e["chat_id"]) == 7002 and int(e["message_id"]) == sent["message_id"]
                and not e.get("reply_markup")]  # …and they were taken off at once

        net.ask_for_helper("worker-2")  # a second request, still open: its offer keeps its buttons
        fresh = next(m for m in reversed(net.inbox["7002"]) if m.ref.startswith("offer:2:"))
        edits = len(fake.edits)
        await tg._send({"chat": 7002, "text": fresh.text, "ref": fresh.ref,
                        "buttons": [[b.label, b.payload] for b in fresh.buttons]})
        assert len(fake.edits) == edits
    finally:
        await tg.app.shutdown()
        store.close()
