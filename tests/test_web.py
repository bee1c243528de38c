"""The web chat below the browser: a real uvicorn server on loopback, a real SQLite file, raw WebSockets.

What a page cannot show is tested here: the Origin check, exactly-once under resends, malformed frames
and floods, limits, replies committed by another process, the quick-exit beacon, headers and logs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import sqlite3
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from bot.channels.web.limits import RateLimiter
from bot.channels.web.mailbox import tab_address
from bot.channels.web.wording import FAQ_ANSWERS, MESSAGES, STEP_TEXTS, for_web
from bot.config import Config, WebLimits, WebSettings, parse_settings
from bot.engine.definitions import Definitions
from bot.errors import ConfigError
from bot.peers.desk import Result
from tests.web_server import Tab, WebServer

_ids = iter(range(10**6))


def cid() -> str:
    return f"test{next(_ids):08d}"


def with_web(cfg: Config, **changes: Any) -> Config:
    limits = changes.pop("limits", {})
    web = WebSettings(**{**cfg.settings.web.model_dump(), **changes,
                         "limits": WebLimits(**{**cfg.settings.web.limits.model_dump(), **limits})})
    return cfg.model_copy(update={"settings": cfg.settings.model_copy(update={"web": web})})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web") / "web.db"


@pytest.fixture(scope="module")
def server(cfg: Config, defs: Definitions, db: Path) -> Iterator[WebServer]:
    s = WebServer(with_web(cfg, allowed_origins=["https://union.example.org"],
                           limits={"messages_per_minute": 60, "max_sockets_per_address": 40}),
                  defs, f"sqlite:///{db}").start()
    yield s
    s.stop()


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, ""


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


# ---- pages and headers ---------------------------------------------------------------------------

def test_page_is_self_contained_with_a_strict_policy_and_no_cookie(server: WebServer) -> None:
    status, headers, body = http(server.url + "/?lang=en")
    assert status == 200 and '<html lang="en">' in body
    csp = headers["content-security-policy"]
    for rule in ("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'self' https://union.example.org"):
        assert rule in csp
    assert "unsafe-inline" not in csp and "set-cookie" not in headers and headers["cache-control"] == "no-store"
    assert headers["referrer-policy"] == "no-referrer"
    assets = re.findall(r'(?:src|href)="([^"]+)"', body)
    assert assets and all(a.startswith("/static/") for a in assets), assets  # nothing from elsewhere
    assert "<script>" not in body and " style=" not in body and "onclick" not in body
    for a in assets:
        assert http(server.url + a)[0] == 200


def test_page_language_follows_the_browser_or_the_link(server: WebServer) -> None:
    assert '<html lang="en">' in http(server.url + "/", headers={"Accept-Language": "en-CA,en;q=0.9"})[2]
    assert '<html lang="fr">' in http(server.url + "/", headers={"Accept-Language": "fr-CA"})[2]
    assert '<html lang="fr">' in http(server.url + "/?lang=fr", headers={"Accept-Language": "en"})[2]


def test_poster_shows_a_qr_code_of_the_chat_address_and_the_embed_snippet(server: WebServer) -> None:
    status, _, body = http(server.url + "/poster?start=estrie")
    assert status == 200
    url = f"{server.url}/?start=estrie"
    assert re.search(r'<svg[^>]*class="qr"', body) and url in body
    assert "&lt;iframe src=&#34;" + url + "&amp;embed" in body or "&lt;iframe src=&quot;" + url in body
    assert "1-866-277-3553" in body and "911" in body  # not an emergency service, said on paper too


def test_config_refuses_an_origin_that_is_not_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"web\.allowed_origins.*https://www\.example\.org"):
        parse_settings("web:\n  allowed_origins: [www.example.org/chat]\n", "config.yaml")
    with pytest.raises(ConfigError, match=r"web\.exit_url"):
        parse_settings("web:\n  exit_url: google.com\n", "config.yaml")


# ---- the socket ------------------------------------------------------------------------------------

async def test_a_foreign_origin_is_refused_and_an_allowed_one_accepted(server: WebServer) -> None:
    for origin in ("https://evil.example.com", "null"):
        with pytest.raises(InvalidStatus) as e:
            await connect(server.ws_url, origin=origin)  # type: ignore[arg-type]
        assert e.value.response.status_code == 403
    with pytest.raises(InvalidStatus):
        await connect(server.ws_url)  # no Origin at all: not a browser page
    tab = await Tab.open(server.ws_url, "https://union.example.org")
    assert (await tab.turn({"t": "do", "id": cid(), "command": "start"}))[0]["text"]
    await tab.close()


async def test_a_message_resent_after_a_reconnect_is_handled_once(server: WebServer, db: Path) -> None:
    tab = await Tab.open(server.ws_url, server.url)
    await tab.turn({"t": "do", "id": cid(), "command": "start"})
    frame = {"t": "say", "id": cid(), "text": "Ma mère est décédée la semaine passée"}
    await tab.send(frame)  # the connection drops before the page hears back
    await tab.close()
    again = await Tab.open(server.ws_url, server.url, token=tab.token)
    await again.send(frame)  # the page resends its queue
    await again.next(lambda f: f["t"] == "done" and f["id"] == frame["id"])
    first = await again.next(lambda f: f["t"] == "msg" and "deuil" in f["text"].lower())
    await asyncio.sleep(1.0)  # room for a wrong second set to show up
    with contextlib.suppress(TimeoutError):
        while True:
            again.frames.append(json.loads(await asyncio.wait_for(again.conn.recv(), 0.5)))
    texts = [first["text"]] + [f["text"] for f in again.frames if f["t"] == "msg"]
    # Parts of the welcome may come again (the first tab closed before acknowledging them): at least once
    # until acknowledged. The turn's own two replies come exactly once, and nothing comes twice.
    assert len(texts) == len(set(texts)) and len(texts) <= 4, texts  # at most the welcome's two, and the turn's two
    assert sum("sympathies" in t for t in texts) == 1 and sum("Si je comprends bien" in t for t in texts) == 1, texts
    assert len(rows(db, "SELECT receipt FROM receipts WHERE receipt LIKE 'web:%'")) >= 2
    await again.close()


async def test_a_reply_the_page_did_not_acknowledge_comes_again_after_a_reconnect(server: WebServer, db: Path) -> None:
    tab = await Tab.open(server.ws_url, server.url)
    await tab.send({"t": "do", "id": cid(), "command": "start"})
    first = await tab.next(lambda f: f["t"] == "msg")
    await tab.close()  # stored nothing, acknowledged nothing
    again = await Tab.open(server.ws_url, server.url, token=tab.token)
    assert (await again.next(lambda f: f["t"] == "msg"))["ref"] == first["ref"]
    await again.send({"t": "ack", "refs": [first["ref"]]})
    row = int(first["ref"].split(".")[0])
    deadline = time.monotonic() + 10
    while rows(db, f"SELECT count(*) FROM outbox WHERE id = {row}")[0][0] and time.monotonic() < deadline:
        await asyncio.sleep(0.05)  # the acknowledgement is handled after the frame arrives
    await again.close()
    third = await Tab.open(server.ws_url, server.url, token=tab.token)
    nxt = await third.next(lambda f: f["t"] == "msg")  # the second welcome message, not the first again
    assert nxt["ref"] != first["ref"]
    await third.close()


async def test_too_long_a_message_gets_a_polite_note_and_is_not_handled(server: WebServer, db: Path) -> None:
    tab = await Tab.open(server.ws_url, server.url, lang="en")
    before = rows(db, "SELECT count(*) FROM receipts")[0][0]
    await tab.send({"t": "say", "id": cid(), "text": "word " * 900})
    note = await tab.next(lambda f: f["t"] == "refused")
    assert note["reason"] == "too_long" and "4000" in note["text"] and note["lang"] == "en"
    assert rows(db, "SELECT count(*) FROM receipts")[0][0] == before
    assert (await tab.turn({"t": "do", "id": cid(), "command": "start"}))  # and the tab carries on
    await tab.close()


async def test_too_long_a_message_that_shows_danger_is_answered_with_the_crisis_lines(server: WebServer) -> None:
    tab = await Tab.open(server.ws_url, server.url, lang="en")
    story = "It was a long week at work and the kids are sick. " * 90 + "Tonight I want to kill myself."
    await tab.send({"t": "say", "id": cid(), "text": story})
    reply = await tab.next(lambda f: f["t"] in ("msg", "refused") and f.get("crisis") or f["t"] == "refused")
    assert reply["t"] == "msg" and "1 866 APPELLE" in reply["text"], reply
    await tab.close()


@pytest.mark.slow  # several servers
async def test_malformed_frames_and_a_flood_leave_the_server_up_and_others_unaffected(
        cfg: Config, defs: Definitions, tmp_path: Path) -> None:
    srv = WebServer(with_web(cfg, limits={"messages_per_minute": 6}), defs, f"sqlite:///{tmp_path / 'f.db'}").start()
    try:
        calm = await Tab.open(srv.ws_url, srv.url)
        await calm.turn({"t": "do", "id": cid(), "command": "start"})

        async def vandal() -> str:
            conn = await connect(srv.ws_url, origin=srv.url)  # type: ignore[arg-type]
            await conn.send(json.dumps({"t": "hello", "token": None}))
            for junk in ("not json", "[]", '{"t": "say"}', '{"t": "say", "id": "x", "text": 1}', '{"t": "hello"}',
                         '{"t": "ack", "refs": ["1.zz"]}', '{"t": "do", "id": "abcdefgh", "command": "rm -rf"}'):
                await conn.send(junk)
            await conn.send(b"\x00\x01binary")
            try:
                for _ in range(400):  # a flood of real messages
                    await conn.send(json.dumps({"t": "say", "id": cid(), "text": "spam"}))
                while True:  # read what the server says until it closes (unread frames would hold its close back)
                    await asyncio.wait_for(conn.recv(), 30)
            except ConnectionClosed:
                pass
            return str(conn.close_code)

        async def person() -> list[str]:
            texts = []
            for words in ("Ma mère est décédée la semaine passée", "oui"):
                texts += [m["text"] for m in await calm.turn({"t": "say", "id": cid(), "text": words})]
            return texts

        code, texts = await asyncio.gather(vandal(), person())
        assert code == "1008"  # the flood's socket was closed
        assert texts and any("deuil" in t.lower() for t in texts)  # the other person was answered throughout
        huge = await connect(srv.ws_url, origin=srv.url, max_size=None)  # type: ignore[arg-type]
        await huge.send(json.dumps({"t": "hello", "token": None}))
        await huge.send("x" * 200_000)  # over the frame limit: the connection, not the server, goes
        with pytest.raises(ConnectionClosed):
            for _ in range(5):
                await asyncio.wait_for(huge.recv(), 10)
        await calm.close()
        later = await Tab.open(srv.ws_url, srv.url)  # and the server still answers
        assert (await later.turn({"t": "do", "id": cid(), "command": "start"}))
        await later.close()
    finally:
        srv.stop()


@pytest.mark.slow  # several servers
async def test_sockets_are_capped_per_address_and_idle_ones_closed(cfg: Config, defs: Definitions,
                                                                  tmp_path: Path) -> None:
    srv = WebServer(with_web(cfg, limits={"max_sockets_per_address": 2, "idle_minutes": 0.02}), defs,
                    f"sqlite:///{tmp_path / 'c.db'}").start()
    try:
        tabs = [await connect(srv.ws_url, origin=srv.url) for _ in range(2)]  # type: ignore[arg-type]
        third = await connect(srv.ws_url, origin=srv.url)  # type: ignore[arg-type]
        await asyncio.wait_for(third.wait_closed(), 10)
        assert third.close_code == 1013  # busy: the page retries later
        for t in tabs:
            await t.send(json.dumps({"t": "hello", "token": None}))
        for t in tabs:  # silent for more than idle_minutes
            with pytest.raises(ConnectionClosed):
                while True:
                    await asyncio.wait_for(t.recv(), 20)
            assert t.close_code == 4000
        fourth = await Tab.open(srv.ws_url, srv.url)  # the slots are free again
        await fourth.close()
    finally:
        srv.stop()


async def test_quick_exit_beacon_erases_the_session(server: WebServer, db: Path) -> None:
    tab = await Tab.open(server.ws_url, server.url)
    await tab.turn({"t": "do", "id": cid(), "command": "start"})
    await tab.turn({"t": "say", "id": cid(), "text": "Ma mère est décédée la semaine passée"})
    key = server.svc.key("web", tab.token)
    assert rows(db, f"SELECT count(*) FROM sessions WHERE key = '{key}'")[0][0] == 1
    body = json.dumps({"token": tab.token}).encode()
    assert http(server.url + "/exit", body, {"Origin": "https://evil.example.com"})[0] == 403
    assert rows(db, f"SELECT count(*) FROM sessions WHERE key = '{key}'")[0][0] == 1
    assert http(server.url + "/exit", body, {"Origin": server.url, "Content-Type": "text/plain"})[0] == 204
    assert rows(db, f"SELECT count(*) FROM sessions WHERE key = '{key}'")[0][0] == 0
    mailbox = server.svc.key("web", tab_address(server.svc.secret, tab.token).id)
    assert rows(db, f"SELECT count(*) FROM outbox WHERE chat_key = '{mailbox}'")[0][0] == 0
    assert http(server.url + "/exit", b"{}", {"Origin": server.url})[0] == 400
    await tab.close()


async def test_nothing_identifying_is_logged_or_stored(server: WebServer, db: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    tab = await Tab.open(server.ws_url, server.url)
    port = tab.conn.local_address[1]
    words = "Mon patron me harcèle depuis des mois"
    await tab.turn({"t": "do", "id": cid(), "command": "start"})
    await tab.turn({"t": "say", "id": cid(), "text": words})
    await tab.close()
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records if not r.name.startswith("websockets.client"))
    assert tab.token not in logged and f":{port}" not in logged and f"{port}" not in logged.split()
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert tab.token not in dump and words not in dump and "harcèle" not in dump


# ---- across processes: the desk, the relay, the mailbox ----------------------------------------

@pytest.mark.slow  # several servers
async def test_a_peer_conversation_between_two_web_tabs_on_two_processes(cfg: Config, defs: Definitions,
                                                                          tmp_path: Path) -> None:
    """A worker on one process, a helper on another: offers, acceptance and the relay cross by the outbox."""
    url, cfg = f"sqlite:///{tmp_path / 'two.db'}", with_web(cfg, limits={"messages_per_minute": 600})
    a, b = WebServer(cfg, defs, url).start(), WebServer(cfg, defs, url).start()
    try:
        await peer_conversation(a, b)
    finally:
        a.stop()
        b.stop()


@pytest.mark.slow  # several servers
async def test_two_processes_on_postgresql(cfg: Config, defs: Definitions, pg_url: str) -> None:
    cfg = with_web(cfg, limits={"messages_per_minute": 600})
    a, b = WebServer(cfg, defs, pg_url).start(), WebServer(cfg, defs, pg_url).start()
    try:
        await peer_conversation(a, b)
    finally:
        a.stop()
        b.stop()


@pytest.mark.slow  # two `entraide run` processes
async def test_two_entraide_run_processes_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    """As a network scales out: two real processes on one PostgreSQL, the worker on one, the helper on the other."""
    import subprocess
    import sys

    from tests.web_process import ROOT, ServerProcess, free_port, project

    servers = []
    for name in ("a", "b"):
        config = project(tmp_path / name, free_port())
        servers.append(ServerProcess(config, tmp_path / f"{name}.db", tmp_path / f"{name}.log",
                                     env={"DATABASE_URL": pg_url}).start())
    try:
        out = subprocess.run([sys.executable, "-m", "bot", "helpers", "invite", "--config", str(servers[0].config)],
                             cwd=ROOT, env=servers[0].env, capture_output=True, text=True, timeout=120)
        code = out.stdout.split()[0]
        a, b = ((s.url.replace("http://", "ws://") + "/ws", s.url) for s in servers)
        await relayed_conversation(a, b, code)
    finally:
        for s in servers:
            s.stop()


async def peer_conversation(a: WebServer, b: WebServer) -> None:
    codes: list[str] = []

    def invite(peers: Any) -> Result:
        assert a.svc.desk is not None
        codes.append(a.svc.desk.new_invite(peers, None, time.time()))
        return Result()

    a.svc.commit(invite)
    await relayed_conversation((a.ws_url, a.url), (b.ws_url, b.url), codes[0])


async def ask_for_a_peer_helper(worker: Tab) -> None:
    """A worker's way through the flow to a contact request (grief, in the evening, in Estrie)."""
    replies: list[dict[str, Any]] = []

    async def say(text: str = "", label: str = "") -> None:
        nonlocal replies
        if label:
            payload = next(p for r in replies for lb, p in r["buttons"] if label.lower() in lb.lower())
            replies = await worker.turn({"t": "press", "id": cid(), "payload": payload})
        else:
            replies = await worker.turn({"t": "say", "id": cid(), "text": text})

    replies = await worker.turn({"t": "do", "id": cid(), "command": "start"})
    for words, label in (("", "difficile"), ("Ma mère est décédée la semaine passée", ""), ("oui", ""),
                         ("", "pair aidant"), ("", "Oui, envoyez"), ("", "soirée"), ("", "Estrie")):
        await say(words, label)


async def relayed_conversation(a: tuple[str, str], b: tuple[str, str], code: str) -> None:
    """A worker's tab on server a, a helper's tab on server b (each given as WebSocket URL and page URL)."""
    helper = await Tab.open(*b)
    await helper.turn({"t": "say", "id": cid(), "text": f"/helper {code}"})
    await helper.turn({"t": "say", "id": cid(), "text": "/available"})
    worker = await Tab.open(*a)
    await ask_for_a_peer_helper(worker)
    offer = await helper.next(lambda f: f["t"] == "msg" and any(p.startswith("peer:accept:") for _, p in f["buttons"]))
    accept = next(p for _, p in offer["buttons"] if p.startswith("peer:accept:"))
    await helper.turn({"t": "press", "id": cid(), "payload": accept})
    await worker.next(lambda f: f["t"] == "msg" and "accepté" in f["text"], timeout=20)  # pushed by polling
    await worker.send({"t": "say", "id": cid(), "text": "Merci d'être là"})
    relayed = await helper.next(lambda f: f["t"] == "msg" and "Merci d'être là" in f["text"], timeout=20)
    assert worker.token not in relayed["text"]
    await helper.send({"t": "say", "id": cid(), "text": "Je suis là. Prenez votre temps."})
    back = await worker.next(lambda f: f["t"] == "msg" and "Prenez votre temps" in f["text"], timeout=20)
    assert back["text"].startswith("Personne aidante")
    await worker.close()
    await helper.close()


# ---- parts ---------------------------------------------------------------------------------------

def test_rate_limiter_allows_bursts_then_the_average() -> None:
    now = [0.0]
    rl = RateLimiter(per_minute=60, burst=3, clock=lambda: now[0])
    assert [rl.allow("a") for _ in range(4)] == [True, True, True, False]
    assert rl.allow("b")  # another tab is not held back
    now[0] += 1.0
    assert rl.allow("a") and not rl.allow("a")


def test_web_wording_exists_keeps_the_crisis_numbers_and_never_mentions_telegram(defs: Definitions) -> None:
    web = for_web(defs)
    k, wk = defs.knowledge, web.knowledge
    pairs = [(k.messages[a], wk.messages[a]) for a in MESSAGES]
    pairs += [(k.faq[f].answer, wk.faq[f].answer) for f in FAQ_ANSWERS]
    for (flow, step), _ in STEP_TEXTS.items():
        orig, new = defs.flows.flows[flow].step(step), web.flows.flows[flow].step(step)
        assert orig is not None and new is not None and orig.text and new.text
        pairs.append((orig.text, new.text))
    for web_key in [*MESSAGES.values(), *FAQ_ANSWERS.values(), *STEP_TEXTS.values()]:
        assert web_key in k.messages, web_key
    for orig, new in pairs:
        assert new != orig
        for lang in ("fr", "en"):
            assert "Telegram" in orig.get(lang) and "Telegram" not in new.get(lang)  # type: ignore[arg-type]
            for number in re.findall(r"\b(?:911|988|811|1-\d{3}-\d{3}-\d{4})\b", orig.get(lang)):  # type: ignore[arg-type]
                assert number in new.get(lang), (number, new.get(lang))  # type: ignore[arg-type]
    assert defs.knowledge.messages["forgotten"] is not web.knowledge.messages["forgotten"]
