"""A peer helper's offer on the web chat, rewritten in place once another helper took the request.

On Telegram the desk edits the offer message (it knows the message id); on the web the mailbox records
the delivered row's reference as the offer's place, and the desk's edit reaches the page as a `msg` frame
naming that reference. Below the browser: the mailbox alone, then a real server with three tabs.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path
from typing import Any

from bot.channels.web.mailbox import CHANNEL, Delivered, Mailbox, WebChannel, ref_of
from bot.config import Config
from bot.crypto import Sealer
from bot.engine.definitions import Definitions
from bot.engine.messages import Address, Button, Meta, Outgoing
from bot.peers.desk import Result
from bot.store.base import Queued
from bot.store.memory import MemoryStore
from tests.test_web import ask_for_a_peer_helper, cid, with_web
from tests.web_server import Tab, WebServer

SEALER = Sealer(b"test-relay-key")
TAB = Address(CHANNEL, "tab-of-a-helper")
BOX = "mailbox-of-a-helper"


def file(store: MemoryStore, msg: Outgoing) -> str:
    """Queue a message for the helper's tab as a turn would; return the reference the page will get."""
    with store.transaction() as tx:
        tx.queue([Queued(BOX, SEALER.seal(env), CHANNEL) for env in WebChannel().envelopes(TAB, msg)])
    return ref_of(store.pending(BOX)[-1])


def offer(ref: str = "offer:7:2") -> Outgoing:
    return Outgoing("Nouvelle demande no 7", (Button("Accepter", "peer:accept:7"), Button("Pas cette fois", "peer:decline:7")),
                    TAB, Meta(lang="fr"), ref=ref)


class Page:
    """What a socket receives, and what had been recorded each time it received something."""

    def __init__(self, landed: list[tuple[str, Address, str]]):
        self.landed = landed
        self.got: list[Delivered] = []
        self.recorded_before: list[int] = []

    async def __call__(self, items: list[Delivered]) -> None:
        self.recorded_before.append(len(self.landed))
        self.got += items


async def test_an_offer_is_recorded_under_its_reference_before_the_page_can_show_it() -> None:
    store, landed = MemoryStore(), []
    mailbox = Mailbox(store, SEALER, landed=lambda *a: landed.append(a) or True)
    ref = file(store, offer())
    page = Page(landed)
    await mailbox.attach(BOX, page)
    assert [d.ref for d in page.got] == [ref] and page.got[0].buttons
    assert landed == [("offer:7:2", TAB, ref)] and page.recorded_before == [1]
    file(store, Outgoing("Merci!", (), TAB, Meta(lang="fr")))  # an ordinary reply is not recorded
    await mailbox.kick(BOX)
    assert len(page.got) == 2 and len(landed) == 1


async def test_an_offer_taken_before_it_reached_the_page_comes_without_its_buttons() -> None:
    store = MemoryStore()
    mailbox = Mailbox(store, SEALER, landed=lambda *_: False)  # the tab was offline while it was taken
    file(store, offer())
    page = Page([])
    await mailbox.attach(BOX, page)
    assert page.got[0].text.startswith("Nouvelle demande") and page.got[0].buttons == []


async def test_an_offer_whose_recording_fails_still_reaches_the_page() -> None:
    def broken(*_: Any) -> None:
        raise RuntimeError("database gone")

    store = MemoryStore()
    mailbox = Mailbox(store, SEALER, landed=broken)
    ref = file(store, offer())
    page = Page([])
    await mailbox.attach(BOX, page)
    assert [d.ref for d in page.got] == [ref] and page.got[0].buttons  # only its later "taken" edit is lost


async def test_the_desks_edit_names_the_message_it_replaces_and_has_no_buttons() -> None:
    store = MemoryStore()
    mailbox = Mailbox(store, SEALER)
    target = file(store, offer())
    edit = file(store, Outgoing("Demande no 7 : une autre personne du réseau l'a déjà prise.", (), TAB,
                                Meta(lang="fr"), edit=target))
    page = Page([])
    await mailbox.attach(BOX, page)
    frames = [d.frame() for d in page.got]
    assert [f["ref"] for f in frames] == [target, edit]  # the offer first: a resumed page has it to rewrite
    assert "edit" not in frames[0] and frames[1]["edit"] == target and frames[1]["buttons"] == []
    assert "déjà prise" in frames[1]["text"]


async def test_an_edit_naming_something_that_is_no_reference_is_shown_as_a_new_message() -> None:
    store = MemoryStore()
    mailbox = Mailbox(store, SEALER)
    file(store, Outgoing("Demande no 7 : elle n'est plus ouverte.", (), TAB, Meta(lang="fr"), edit='"] *'))
    page = Page([])
    await mailbox.attach(BOX, page)
    assert "edit" not in page.got[0].frame() and page.got[0].text.startswith("Demande no 7")


async def test_an_edit_for_a_tab_that_was_closed_is_pruned_with_the_rest() -> None:
    store = MemoryStore()
    later = time.time() + 2 * 3600
    mailbox = Mailbox(store, SEALER, every=0.01, keep_seconds=3600, clock=lambda: later)
    target = file(store, offer())
    file(store, Outgoing("Demande no 7 : elle n'est plus ouverte.", (), TAB, Meta(lang="fr"), edit=target))
    poller = asyncio.create_task(mailbox.run())
    try:
        for _ in range(500):
            if not store.pending(BOX):
                break
            await asyncio.sleep(0.01)
        assert store.pending(BOX) == [] and not poller.done()
    finally:
        poller.cancel()


# ---- on a real server -----------------------------------------------------------------------------------

def is_offer(f: dict[str, Any]) -> bool:
    return f["t"] == "msg" and any(p.startswith("peer:accept:") for _, p in f["buttons"])


def waiting(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM outbox WHERE channel = 'web'").fetchone()[0])


async def test_an_offer_taken_by_another_helper_is_rewritten_on_the_web_helpers_page(
        cfg: Config, defs: Definitions, tmp_path: Path) -> None:
    """Three helpers on the web chat; one accepts. The second's offer becomes "taken" in place, buttons gone,
    and it reaches them after a reconnect too (they had closed the tab meanwhile); acknowledged, it is gone.
    The third was offline all along: their offer comes without buttons, and a note says it was taken."""
    db = tmp_path / "edits.db"
    server = WebServer(with_web(cfg, limits={"messages_per_minute": 600}), defs, f"sqlite:///{db}").start()
    try:
        codes: list[str] = []

        def invite(peers: Any) -> Result:
            assert server.svc.desk is not None
            codes.append(server.svc.desk.new_invite(peers, None, time.time()))
            return Result()

        for _ in range(3):
            server.svc.commit(invite)
        taker, other, late = [await Tab.open(server.ws_url, server.url) for _ in codes]
        for tab, code in zip((taker, other, late), codes, strict=True):
            await tab.turn({"t": "say", "id": cid(), "text": f"/helper {code}"})
            await tab.turn({"t": "say", "id": cid(), "text": "/available"})
        await late.close()
        worker = await Tab.open(server.ws_url, server.url)
        await ask_for_a_peer_helper(worker)
        offers = [await tab.next(is_offer) for tab in (taker, other)]
        for tab, o in zip((taker, other), offers, strict=True):
            await tab.send({"t": "ack", "refs": [o["ref"]]})
        await other.close()  # the edit will wait for this tab

        accept = next(p for _, p in offers[0]["buttons"] if p.startswith("peer:accept:"))
        await taker.turn({"t": "press", "id": cid(), "payload": accept})
        told = await worker.next(lambda f: f["t"] == "msg" and "accepté" in f["text"], timeout=20)
        await worker.send({"t": "ack", "refs": [told["ref"]]})

        back = await Tab.open(server.ws_url, server.url, token=other.token)
        edit = await back.next(lambda f: f["t"] == "msg" and "edit" in f, timeout=20)
        assert edit["edit"] == offers[1]["ref"] and edit["buttons"] == []
        assert "déjà prise" in edit["text"] and edit["ref"] != offers[1]["ref"]
        assert not any("edit" in f for f in taker.frames)  # the one who accepted keeps their own offer as it was
        await back.send({"t": "ack", "refs": [edit["ref"]]})

        late_back = await Tab.open(server.ws_url, server.url, token=late.token)
        first = await late_back.next(lambda f: f["t"] == "msg" and "Nouvelle demande" in f["text"], timeout=20)
        note = await late_back.next(lambda f: f["t"] == "msg" and "déjà prise" in f["text"], timeout=20)
        assert first["buttons"] == [] and "edit" not in note
        await late_back.send({"t": "ack", "refs": [first["ref"], note["ref"]]})
        for tab in (taker, worker):
            await tab.send({"t": "ack", "refs": [f["ref"] for f in tab.frames if f["t"] == "msg"]})
        for _ in range(400):
            if waiting(db) == 0:
                break
            await asyncio.sleep(0.05)
        assert waiting(db) == 0  # acknowledged: nothing left to push again
        for tab in (taker, worker, back, late_back):
            await tab.close()
    finally:
        server.stop()
