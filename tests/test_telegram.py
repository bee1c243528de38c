"""The real bot process (python-telegram-bot) against the Bot API server in tests/fake_telegram.py.

Everything goes over HTTP on loopback: updates in by long polling or webhook, replies out by
sendMessage. Where a test needs the expected replies, it runs the same words through the engine
in-process and compares: every reply exactly once, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest

from bot.channels.telegram import LEASE_SECONDS, escape
from bot.channels.telegram_envelope import MAX_TEXT_LENGTH, split_text
from bot.config import load_config
from bot.engine.definitions import load_definitions
from bot.engine.messages import Event
from bot.service import Entraide
from bot.store.memory import MemoryStore
from tests.fake_telegram import TOKEN, FakeTelegram, Fault, ParseError, Person, shown_html

pytestmark = pytest.mark.slow  # starts processes; `pytest -m "not slow"` is the quick loop

ROOT = Path(__file__).resolve().parents[1]
SECRET = "tg-test-secret-0123456789"
PG = os.environ.get("ENTRAIDE_TEST_POSTGRES_URL")


def configure(project: Path, api: str, **extra: str) -> Path:
    cfg = (project / "config.yaml").read_text()
    # The web chat is off: these tests are about Telegram, and several bot processes run at once.
    values = {"api_base_url": api, "poll_timeout": "1", "per_chat_interval": "0", "max_messages_per_second": "1000",
              "enabled": "false", **extra}
    for key, value in values.items():
        cfg, n = re.subn(rf"^(  {key}:)[^\n#]*", rf"\g<1> {value} ", cfg, flags=re.M)
        assert n == 1, key
    (project / "config.yaml").write_text(cfg)
    return project / "config.yaml"


class BotProcess:
    """`entraide run` in its own process, so it can be killed for real."""

    def __init__(self, config: Path, db_url: str, log: Path, args: tuple[str, ...] = ()):
        self.config, self.db_url, self.log, self.args = config, db_url, log, args
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "ENTRAIDE_SECRET": SECRET,
               "ENTRAIDE_RELAY_KEY": "tg-relay-key-0123456789", "DATABASE_URL": self.db_url}
        env.pop("TELEGRAM_WEBHOOK_SECRET", None)
        with self.log.open("a") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", "--config", str(self.config), *self.args,
                cwd=ROOT, env=env, stdout=out, stderr=out)

    async def kill(self) -> None:
        assert self.proc
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def stop(self) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), 20)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


async def until(cond: Callable[[], bool], timeout: float = 90, what: str = "condition") -> None:
    """Wait for the condition itself; the generous deadline only bounds a hung test on a busy machine."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    f = FakeTelegram()
    await f.start()
    yield f
    await f.stop()


@pytest.fixture
async def bot(fake: FakeTelegram, project_copy: Path) -> AsyncIterator[BotProcess]:
    b = BotProcess(configure(project_copy, fake.base_url), f"sqlite:///{project_copy / 'bot.db'}",
                   project_copy / "bot.log")
    await b.start()
    yield b
    await b.stop()


def expected_replies(project: Path, turns: list[tuple[str, str]], lang_hint: str = "fr") -> list[str]:
    """What the engine says to these words, computed in-process: the oracle for order and count."""
    os.environ.setdefault("ENTRAIDE_SECRET", SECRET)
    os.environ.setdefault("ENTRAIDE_RELAY_KEY", "tg-relay-key-0123456789")
    cfg = load_config(project / "config.yaml")
    svc = Entraide(load_definitions(cfg), MemoryStore(), cfg.secret)
    out: list[str] = []
    for _, words in turns:
        out += [m.text for m in svc.handle_sync("oracle", 1, Event.from_text(words, time.time(), lang_hint))]
    return out


def db_dump(project: Path) -> str:
    with sqlite3.connect(project / "bot.db") as conn:
        return "\n".join(conn.iterdump())


def test_escaping_shows_markup_literally() -> None:
    nasty = "Use <b>bold</b>, *stars*, _under_ and [x](y) & <tag> as typed."
    assert shown_html(escape(nasty, "HTML")) == nasty
    with pytest.raises(ParseError):
        shown_html(nasty)  # what Telegram would refuse without escaping
    from tests.fake_telegram import FakeTelegram as F
    assert F()._render({"text": escape(nasty, "MarkdownV2"), "parse_mode": "MarkdownV2"}) == nasty
    assert escape(nasty, "none") == nasty


def test_long_replies_are_split_under_telegrams_limit() -> None:
    from telegram.constants import MessageLimit

    assert MAX_TEXT_LENGTH == MessageLimit.MAX_TEXT_LENGTH  # the envelope module keeps its own copy
    parts = split_text(("Un paragraphe assez long. " * 60 + "\n\n") * 6)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == (("Un paragraphe assez long. " * 60) * 6).replace(" ", "")


async def test_send_text_makes_the_request_send_message_makes(fake: FakeTelegram) -> None:
    """The adapter's send keeps only the new message's id; the request itself must stay the library's own."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup
    from telegram.ext import AIORateLimiter
    from telegram.request import HTTPXRequest

    from bot.channels.telegram import _Bot

    bot = _Bot(TOKEN, base_url=f"{fake.base_url}/bot", request=HTTPXRequest(), rate_limiter=AIORateLimiter(max_retries=0))
    await bot.initialize()
    try:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Oui <é>", callback_data="yes")]])
        for mode, buttons in (("HTML", markup), ("HTML", None), (None, markup)):
            message_id = await bot.send_text(42, "<b>x</b> & é", mode, buttons)
            message = await bot.send_message(42, "<b>x</b> & é", parse_mode=mode, reply_markup=buttons)
            assert fake.calls[-2] == fake.calls[-1] and fake.calls[-1][0] == "sendMessage"
            assert message_id == fake.sent[42][-2]["message_id"] and message.message_id == message_id + 1
    finally:
        await bot.shutdown()


async def test_full_french_conversation_with_buttons_and_free_text(fake: FakeTelegram, bot: BotProcess,
                                                                   project_copy: Path) -> None:
    p = Person(5550001, "Gertrude", "gtremblay_qc", "fr", last_name="Tremblay")
    fake.text(p, "/start")
    await until(lambda: len(fake.sent[p.chat_id]) >= 2, what="welcome")
    assert fake.shown(p)[0].startswith("Bonjour! Je suis Entraide")
    assert "1 866 APPELLE" in fake.shown(p)[0]
    cq = fake.press_label(p, "difficile")
    await until(lambda: cq["callback_query"]["id"] in fake.answered, what="callback answered")
    await until(lambda: len(fake.sent[p.chat_id]) >= 3, what="listening question")
    assert fake.edits and fake.edits[-1]["shown"].endswith("→ Je vis quelque chose de difficile")
    assert fake.edits[-1].get("reply_markup") in (None, "", {})  # buttons removed: cannot be pressed twice
    assert "Je vous écoute" in fake.shown(p)[-1]
    n = len(fake.sent[p.chat_id])
    fake.text(p, "Mon patron m'humilie devant tout le monde depuis des mois")
    await until(lambda: any(w in " ".join(fake.shown(p)[n:]).lower() for w in ("harcèlement", "respect")),
                timeout=60, what="the reply to the story naming harassment or respect")
    after_story = " ".join(fake.shown(p)[n:])
    assert "diagnos" not in after_story.lower()
    # A crisis message in the middle of the flow is answered first with the crisis lines.
    n = len(fake.sent[p.chat_id])
    fake.text(p, "des fois je pense à en finir")
    await until(lambda: len(fake.sent[p.chat_id]) > n, what="crisis reply")
    crisis = fake.shown(p)[n]
    assert all(s in crisis for s in ("1 866 APPELLE", "988", "911")), crisis
    # Anonymity: nothing from the Telegram profile is stored or logged.
    await asyncio.sleep(0.3)
    dump, log = db_dump(project_copy), bot.log.read_text()
    for leaked in ("Gertrude", "Tremblay", "gtremblay_qc", str(p.chat_id), "humilie", "finir", TOKEN):
        assert leaked not in dump, leaked
        assert leaked not in log, leaked


async def test_full_english_conversation_and_language_switch(fake: FakeTelegram, bot: BotProcess) -> None:
    p = Person(5550002, "Morgan", "morgan_mtl", "en")
    fake.text(p, "/start")
    await until(lambda: len(fake.sent[p.chat_id]) >= 2, what="welcome")
    assert fake.shown(p)[0].startswith("Hello! I'm Entraide")  # the app's language, for a first /start
    fake.press_label(p, "colleague")
    await until(lambda: len(fake.sent[p.chat_id]) >= 3, what="colleague flow")
    n = len(fake.sent[p.chat_id])
    fake.text(p, "He lost his wife last month and he is not himself")
    await until(lambda: len(fake.sent[p.chat_id]) > n, what="reply")
    await asyncio.sleep(0.5)
    assert all(re.search(r"[a-z]", t) for t in fake.shown(p)[n:])
    assert not any("Bonjour" in t for t in fake.shown(p))
    n = len(fake.sent[p.chat_id])
    fake.text(p, "/lang")
    await until(lambda: len(fake.sent[p.chat_id]) > n, what="language switch")
    assert any("français" in t.lower() for t in fake.shown(p)[n:]), fake.shown(p)[n:]


async def test_commands_unsupported_content_groups_and_forget(fake: FakeTelegram, bot: BotProcess,
                                                              project_copy: Path) -> None:
    p = Person(5550003, "Luc", "luc_the_nurse", "fr")
    fake.text(p, "/start")
    await until(lambda: len(fake.sent[p.chat_id]) >= 2, what="welcome")
    for action, expected in ((lambda: fake.text(p, "/help"), "/"),
                             (lambda: fake.text(p, "/bonjourlà"), "Je ne connais pas cette commande"),
                             (lambda: fake.sticker(p), "autocollants"),
                             (lambda: fake.contact(p, "+1 514 555 0199"), "texte")):
        n = len(fake.sent[p.chat_id])
        action()
        await until(lambda n=n: len(fake.sent[p.chat_id]) > n, what=f"reply with {expected!r}")
        assert expected in fake.shown(p)[n], fake.shown(p)[n]
    fake.group_text(p, -100777, "/start")
    await until(lambda: len(fake.sent[-100777]) == 1, what="group notice")
    assert "seulement en privé" in fake.sent[-100777][0]["shown"]
    assert "only talk in private" in fake.sent[-100777][0]["shown"]
    n = len(fake.sent[p.chat_id])
    fake.text(p, "/forget")
    await until(lambda: len(fake.sent[p.chat_id]) > n, what="forget")

    def erased() -> bool:
        with sqlite3.connect(project_copy / "bot.db", timeout=10) as conn:
            sessions = conn.execute("select count(*) from sessions").fetchone()[0]
            outbox = conn.execute("select count(*) from outbox").fetchone()[0]
        return sessions == 0 and outbox == 0  # neither the person nor the group; the confirmation sent

    await until(erased, timeout=60, what="the session and the outbox erased")
    dump, log = db_dump(project_copy), bot.log.read_text()
    for leaked in ("Luc", "luc_the_nurse", "514 555 0199", "5550003", "100777", "Équipe"):
        assert leaked not in dump and leaked not in log, leaked


async def test_two_hundred_people_at_once_each_reply_once_and_in_order(fake: FakeTelegram, bot: BotProcess,
                                                                        project_copy: Path) -> None:
    script = [("t", "/start"), ("t", "allo"), ("t", "je suis épuisé, je ne dors plus"), ("t", "/help")]
    expected = expected_replies(project_copy, script)
    people = [Person(7000000 + i, f"Name{i}", f"user{i}", "fr") for i in range(200)]
    for _, words in script:
        for p in people:
            fake.text(p, words)
    await until(lambda: all(len(fake.sent[p.chat_id]) >= len(expected) for p in people), timeout=120,
                what="all replies")
    await asyncio.sleep(1.0)
    for p in people:
        assert fake.shown(p) == expected, p.chat_id


async def test_429_and_5xx_storms_lose_nothing_and_duplicate_nothing(fake: FakeTelegram, bot: BotProcess,
                                                                     project_copy: Path) -> None:
    fake.fail_randomly("sendMessage", 0.3, Fault("429", retry_after=1))
    fake.fail("getUpdates", Fault("502"), Fault("500"), Fault("429", retry_after=1))
    script = [("t", "/start"), ("t", "bonjour"), ("t", "mon collègue est mort la semaine passée")]
    expected = expected_replies(project_copy, script)
    people = [Person(8000000 + i, f"N{i}", f"u{i}", "fr") for i in range(25)]
    for _, words in script:
        for p in people:
            fake.text(p, words)
    await asyncio.sleep(3)
    fake.fail_randomly("sendMessage", 0.2, Fault("500"))
    await until(lambda: all(len(fake.sent[p.chat_id]) >= len(expected) for p in people), timeout=120,
                what="all replies despite the storm")
    fake.fault_rate.clear()
    await asyncio.sleep(1.5)
    for p in people:
        assert fake.shown(p) == expected, p.chat_id
    assert sum(1 for m, _ in fake.calls if m == "sendMessage") > len(people) * len(expected)  # faults did happen


async def test_kill_9_mid_conversation_then_restart(fake: FakeTelegram, bot: BotProcess, project_copy: Path) -> None:
    p = Person(5550004, "Rémi", "remi_q", "fr")
    fake.text(p, "/start")
    await until(lambda: len(fake.sent[p.chat_id]) >= 2, what="welcome")
    # Telegram refuses to deliver for a while: the reply is committed but not sent when we kill.
    fake.fail("sendMessage", *[Fault("429", retry_after=3)] * 50)
    pressed = fake.press_label(p, "difficile")
    receipt = f"tg:{TOKEN.split(':')[0]}:{pressed['update_id']}"

    def committed() -> bool:
        with sqlite3.connect(project_copy / "bot.db") as conn:
            return conn.execute("select count(*) from receipts where receipt = ?", (receipt,)).fetchone()[0] == 1
    await until(committed, what="the button press committed")
    await bot.kill()
    assert len(fake.sent[p.chat_id]) == 2
    fake.faults.clear()
    fake.updates.append(pressed)  # Telegram never saw the offset confirmed: it delivers it again
    await bot.start()
    # The dead process's lease on this chat runs out (LEASE_SECONDS), then the new one delivers.
    await until(lambda: len(fake.sent[p.chat_id]) >= 3, timeout=LEASE_SECONDS + 20, what="the reply after restart")
    await asyncio.sleep(1.5)
    assert [t for t in fake.shown(p) if t.startswith("Je vous écoute.")] == [fake.shown(p)[2]]  # once, not twice
    fake.text(p, "ma mère est décédée")
    await until(lambda: len(fake.sent[p.chat_id]) >= 4, what="the flow carries on")
    assert "Bonjour! Je suis Entraide" not in " ".join(fake.shown(p)[3:])  # same step, not a new start


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _post(url: str, update: dict[str, object], secret: str) -> int:
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as r:
            return r.status


async def _wait_listening(url: str) -> None:
    async def up() -> bool:
        try:
            async with aiohttp.ClientSession() as http, http.get(url) as r:
                return r.status == 200
        except aiohttp.ClientError:
            return False
    deadline = time.monotonic() + 40
    while not await up():
        assert time.monotonic() < deadline, "webhook server did not start"
        await asyncio.sleep(0.2)


async def test_webhook_mode_checks_the_secret_and_answers_once(fake: FakeTelegram, project_copy: Path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    b = BotProcess(configure(project_copy, fake.base_url), f"sqlite:///{project_copy / 'bot.db'}",
                   project_copy / "bot.log", ("--webhook", "--url", url, "--listen", "127.0.0.1", "--port", str(port)))
    await b.start()
    try:
        await _wait_listening(url)
        await until(lambda: bool(fake.webhook), what="setWebhook")
        secret = fake.webhook["secret_token"]
        assert fake.webhook["url"] == url and len(secret) >= 32
        p = Person(5550005, "Ana", "ana_w", "en")
        update = fake.text(p, "hello, I need to talk to someone")
        fake.updates.clear()
        assert await _post(url, update, "wrong-secret") == 403
        assert await _post(url, update, "") == 403
        await asyncio.sleep(0.5)
        assert fake.sent[p.chat_id] == []
        assert await _post(url, update, secret) == 200
        assert await _post(url, update, secret) == 200  # Telegram retried: answered once all the same
        await until(lambda: len(fake.sent[p.chat_id]) >= 2, what="webhook reply")
        await asyncio.sleep(1)
        shown = fake.shown(p)
        assert shown[0].startswith("Hello! I'm Entraide") and len(shown) == len(set(shown))
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=b"{not json", headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as r:
                assert r.status == 400
        assert await _post(url, fake.text(p, "/help"), secret) == 200  # still up after the bad body
    finally:
        await b.stop()


@contextlib.asynccontextmanager
async def webhook_pair(fake: FakeTelegram, config: Path, db_url: str, logs: Path) -> AsyncIterator[list[str]]:
    """Two webhook processes on one database, as behind a load balancer; yields their URLs."""
    ports = [_free_port(), _free_port()]
    urls = [f"http://127.0.0.1:{port}/hook" for port in ports]
    procs = [BotProcess(config, db_url, logs.with_name(f"{logs.name}{i}.log"),
                        ("--webhook", "--url", urls[i], "--listen", "127.0.0.1", "--port", str(ports[i])))
             for i in range(2)]
    for proc in procs:
        await proc.start()
    try:
        for u in urls:
            await _wait_listening(u)
        await until(lambda: bool(fake.webhook), what="setWebhook")
        yield urls
    finally:
        for proc in procs:
            await proc.stop()


async def test_two_webhook_processes_on_one_postgresql(fake: FakeTelegram, project_copy: Path, pg_url: str) -> None:
    """Behind a load balancer: updates land on either process, each answered once, sessions shared."""
    config = configure(project_copy, fake.base_url)
    async with webhook_pair(fake, config, pg_url, project_copy / "bot") as urls:
        secret = fake.webhook["secret_token"]
        script = [("t", "/start"), ("t", "bonjour"), ("t", "je suis à bout, trop de travail"), ("t", "/help")]
        expected = expected_replies(project_copy, script)
        people = [Person(9000000 + i, f"P{i}", f"pu{i}", "fr") for i in range(20)]
        for step, (_, words) in enumerate(script):
            updates = [fake.text(p, words) for p in people]
            fake.updates.clear()
            # Each update reaches one process, and a third of them are retried on the other one.
            await asyncio.gather(*(_post(urls[(i + step) % 2], u, secret) for i, u in enumerate(updates)))
            await asyncio.gather(*(_post(urls[(i + step + 1) % 2], u, secret)
                                   for i, u in enumerate(updates) if i % 3 == 0))
        await until(lambda: all(len(fake.sent[p.chat_id]) >= len(expected) for p in people), timeout=60,
                    what="all replies")
        await asyncio.sleep(1.5)
        for p in people:
            assert fake.shown(p) == expected, p.chat_id


async def test_peer_helpers_race_across_two_processes_and_relay(fake: FakeTelegram, project_copy: Path,
                                                                pg_url: str) -> None:
    """A worker asks; two helpers press Accept at once on two webhook processes: one wins."""
    coord = Person(9100001, "Coordo", "coordo_csn", "fr")
    config = configure(project_copy, fake.base_url, coordinator_ids=f"[{coord.chat_id}]")
    async with webhook_pair(fake, config, pg_url, project_copy / "peer") as urls:
        secret = fake.webhook["secret_token"]

        async def say(p: Person, words: str = "", label: str = "", via: int = 0, wait: bool = True) -> None:
            if label:  # a reply can come in several messages: wait for the one with the button
                await until(lambda: fake.has_label(p, label), what=f"a button {label!r}")
            n = len(fake.sent[p.chat_id])
            update = fake.press_label(p, label) if label else fake.text(p, words)
            fake.updates.clear()
            assert await _post(urls[via], update, secret) == 200
            if wait:
                await until(lambda: len(fake.sent[p.chat_id]) > n, what=f"reply to {words or label}")

        helpers = [Person(9200001, "Hélène", "helene_aidante", "fr"), Person(9200002, "Marc", "marc_pa", "fr")]
        for i, h in enumerate(helpers):
            await say(coord, "/invite estrie", via=i)
            code = re.search(r"/helper (\S+)", fake.shown(coord)[-1])
            assert code
            await say(h, f"/helper {code.group(1)}", via=i)
            await say(h, "/available", via=1 - i)
        worker = Person(9300001, "Gertrude", "gtremblay", "fr", last_name="Tremblay")
        await say(worker, "/start")
        await say(worker, label="difficile")
        await say(worker, "Ma mère est décédée la semaine passée", via=1)
        await say(worker, "oui")
        await say(worker, label="pair aidant", via=1)
        await say(worker, label="Oui, envoyez")
        await say(worker, label="soirée", via=1)
        await say(worker, label="Estrie")
        await until(lambda: all(any("Nouvelle demande no" in t for t in fake.shown(h)) for h in helpers),
                    what="offers to both helpers")
        presses = [fake.press_label(h, "Accepter") for h in helpers]
        fake.updates.clear()
        assert await asyncio.gather(*(_post(urls[i], u, secret) for i, u in enumerate(presses))) == [200, 200]
        await until(lambda: any("a accepté votre demande" in t for t in fake.shown(worker)), what="accepted")
        await until(lambda: any("est à vous" in t for h in helpers for t in fake.shown(h)), timeout=60,
                    what="the winner told")
        await asyncio.sleep(2)  # room for a wrong second winner to show up
        won = [h for h in helpers if any("est à vous" in t for t in fake.shown(h))]
        assert len(won) == 1, [fake.shown(h)[-2:] for h in helpers]
        lost = next(h for h in helpers if h is not won[0])
        edited = [e for e in fake.edits if e.get("chat_id") == lost.chat_id and "déjà prise" in e.get("shown", "")]
        assert edited and not edited[-1].get("reply_markup"), fake.edits  # their offer now says so, no buttons
        assert sum("a accepté votre demande" in t for t in fake.shown(worker)) == 1
        await say(worker, "Merci d'être là, ça me fait du bien", via=1, wait=False)
        await until(lambda: any("Merci d'être là" in t for t in fake.shown(won[0])), what="relay to helper")
        await say(won[0], "Je suis là. Prenez votre temps.", via=0, wait=False)
        await until(lambda: "Personne aidante : Je suis là. Prenez votre temps." in fake.shown(worker), what="relay back")
        for h in helpers:  # nothing about the worker reached a helper, and the reverse
            seen = " ".join(fake.shown(h))
            assert all(x not in seen for x in ("Gertrude", "Tremblay", "gtremblay", str(worker.chat_id)))
        seen = " ".join(fake.shown(worker))
        assert all(x not in seen for x in ("Hélène", "Marc", "helene", "marc_pa", "92000"))
        logs = " ".join((project_copy / f"peer{i}.log").read_text() for i in range(2))
        assert all(x not in logs for x in ("Gertrude", "gtremblay", "Merci d'être là", str(worker.chat_id)))


async def test_sighup_reloads_flows_and_knowledge_without_a_restart(fake: FakeTelegram, bot: BotProcess,
                                                                    project_copy: Path) -> None:
    p = Person(5550009, "Zoé", "zoe_q", "fr")
    fake.text(p, "/start")
    await until(lambda: len(fake.sent[p.chat_id]) >= 2, what="welcome")
    messages = project_copy / "knowledge" / "messages.yaml"
    messages.write_text(messages.read_text(encoding="utf-8").replace(
        "Je ne connais pas cette commande.", "Cette commande m'est inconnue."), encoding="utf-8")
    assert bot.proc is not None
    bot.proc.send_signal(signal.SIGHUP)
    await until(lambda: "flows and knowledge reloaded" in bot.log.read_text(), what="reload logged")
    n = len(fake.sent[p.chat_id])
    fake.text(p, "/bidule")
    await until(lambda: len(fake.sent[p.chat_id]) > n, what="reply after reload")
    assert fake.shown(p)[n].startswith("Cette commande m'est inconnue.")
    assert bot.proc.returncode is None  # still running
