"""Every process follows what coordinators publish: a version a process cannot load leaves the last good one
running and the console says so; while the listening connection is down, polling still follows; on
PostgreSQL a publish in one `entraide run` process reaches another by LISTEN/NOTIFY, well before its next
poll, and again after its listening connection was cut."""

from __future__ import annotations

import asyncio
import html
import itertools
import re
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from bot.console import notify as notify_module
from bot.console import watcher as watcher_module
from bot.console.audit import recent
from bot.console.auth import Auth
from bot.console.notify import APPLICATION, Listener
from bot.console.watcher import Watcher
from bot.engine.definitions import load_definitions
from bot.service import build_service
from bot.store.sql import SqlStore, make_engine
from tests.test_console import WELCOME, Site, first_words, site  # noqa: F401 - the console on a real SQLite file
from tests.web_process import SECRET, ServerProcess, free_port, project
from tests.web_server import Tab

_ids = itertools.count()
BROKEN = "flows:\n  main:\n    steps:\n      - id: welcome\n        say: {fr: \"Seulement en français\"}\n"


def test_a_version_that_does_not_load_leaves_the_last_good_one_and_the_console_says_so(site: Site) -> None:  # noqa: F811
    browser = site.login()
    watcher = site.app_client.app.state.watcher
    watcher.check_once()
    good = site.content.files(site.content.current())
    # as if published by a process whose checks differ (older code during an upgrade): it does not load here
    bad = site.content.publish({**good, "flows/main.yaml": BROKEN}, "broken", "someone", time.time())
    assert not watcher.check_once()
    assert first_words(site.svc, "still").startswith(WELCOME)
    home = html.unescape(browser.get("/console/").text)
    assert f"Ce serveur n'a pas pu charger la version {bad} et garde la précédente" in home
    assert "flows/main.yaml:" in home
    assert "Ce serveur vérifie les publications toutes les 3 secondes." in home  # SQLite: polling only
    assert f"could not load version {bad}" in html.unescape(browser.get("/console/", params={"lang": "en"}).text)
    refusal = [e for e in recent(site.store.engine) if e.action == "load_refused"]
    assert refusal and refusal[0].version == bad  # for the consoles of other processes
    fixed = site.content.publish(good, "fixed", "someone", time.time())
    watcher.check_once()  # (unless its own loop, every 3 s, got there first)
    assert watcher.running == fixed and watcher.refused is None
    assert "garde la précédente" not in browser.get("/console/").text


async def test_while_the_listening_connection_is_down_polling_still_follows(site: Site,  # noqa: F811
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    other = build_service(site.cfg, load_definitions(site.cfg), SqlStore(f"sqlite:///{site.db}"))
    watcher = Watcher(site.cfg, other, site.content, 0.5)
    monkeypatch.setattr(watcher_module, "listen_url", lambda _engine: "postgresql://127.0.0.1:1/none?connect_timeout=2")
    running = asyncio.create_task(watcher.run())
    try:
        deadline = time.monotonic() + 20
        while not (watcher.listener and watcher.listener.failures) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert watcher.following() == "lost"
        files = site.content.files(site.content.current())
        changed = files["flows/main.yaml"].replace(WELCOME, "Coucou! Je suis Entraide")
        site.content.publish({**files, "flows/main.yaml": changed}, "by polling", "someone", time.time())
        while watcher.running != site.content.current() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert first_words(other, "by-poll").startswith("Coucou! Je suis Entraide")
        assert watcher.following() == "lost"  # still trying to reconnect
    finally:
        running.cancel()


async def test_a_listening_connection_that_keeps_dropping_at_once_backs_off_further_each_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that accepts the connection and drops it straight away (a proxy, a restarting database) is
    retried ever more slowly, not once a second for ever; one that stayed up a while starts again at the
    shortest wait."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 5:
            raise asyncio.CancelledError

    class Flaky(Listener):
        async def _listen(self) -> None:
            self.connected, self.failures = True, 0
            raise OSError("server closed the connection unexpectedly")

    monkeypatch.setattr(notify_module.asyncio, "sleep", sleep)
    with pytest.raises(asyncio.CancelledError):
        await Flaky("postgresql://unused", lambda: None, backoff=(1.0, 2.0, 5.0)).run()
    assert waits == [1.0, 2.0, 5.0, 5.0, 5.0]


# ---- two `entraide run` processes on PostgreSQL -------------------------------------------------------


def slow_poll(config: Path) -> Path:
    """Poll for new versions only every 300 s (the most config allows): only NOTIFY can explain a quick switch."""
    source = config.read_text()
    changed = re.sub(r"^(  poll_seconds:)[^\n#]*", r"\g<1> 300 ", source, count=1, flags=re.M)
    assert changed != source
    config.write_text(changed)
    return config


class Console:
    """A coordinator's browser on one process's console, over real HTTP."""

    def __init__(self, server: ServerProcess, pg_url: str):
        engine = make_engine(pg_url)
        try:
            token = Auth(engine, SECRET.encode(), 10, 30).new_link("coordinator", "follow-test", time.time())
        finally:
            engine.dispose()
        self.http = httpx.Client(base_url=server.url, headers={"origin": server.url}, timeout=60)
        assert self.http.post("/console/login", data={"token": token}).status_code == 303

    def publish(self, old: str, new: str, note: str, path: str = "knowledge/web.yaml") -> None:
        """Change `old` to `new` in a file (by default the web chat's own welcome), save, publish."""
        page = self.http.get("/console/edit", params={"path": path}).text
        body = re.search(r'<textarea id="source"[^>]*>(.*?)</textarea>', page, re.S)
        revision = re.search(r'name="revision" value="(\d+)"', page)
        csrf = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page)
        assert body and revision and csrf
        source = html.unescape(body.group(1))
        assert old in source
        r = self.http.post("/console/save", data={"path": path, "text": source.replace(old, new),
                                                  "revision": revision.group(1), "csrf": csrf.group(1)})
        assert r.status_code == 303, r.text
        r = self.http.post("/console/publish", data={"note": note, "confirm": "yes", "csrf": csrf.group(1)})
        assert r.status_code == 303, r.text


async def welcome_of(server: ServerProcess) -> str:
    """What the web chat of this process says first, in a new conversation."""
    tab = await Tab.open(server.url.replace("http://", "ws://") + "/ws", server.url)
    try:
        replies = await tab.turn({"t": "do", "id": f"follow{next(_ids):06d}", "command": "start"})
        return str(replies[0]["text"])
    finally:
        await tab.close()


async def follows(server: ServerProcess, version: int, within: float = 30.0) -> bool:
    """True once the process logs that it runs `version` (its poll is 300 s away: NOTIFY or a reconnection)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if f"now running published version {version}\n" in server.log.read_text():
            return True
        await asyncio.sleep(0.1)
    return False


def listener_backend(pg_url: str, server: ServerProcess) -> int | None:
    """The PostgreSQL backend of this process's LISTEN connection (named with its process id)."""
    assert server.proc is not None
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT pid FROM pg_stat_activity WHERE application_name = :name"),
                                {"name": f"{APPLICATION} {server.proc.pid}"}).scalar()
    finally:
        engine.dispose()


def cut(pg_url: str, backend: int) -> bool:
    engine = make_engine(pg_url)
    try:
        with engine.begin() as conn:
            return bool(conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend}).scalar())
    finally:
        engine.dispose()


@pytest.mark.slow  # two `entraide run` processes
async def test_a_publish_in_one_process_reaches_another_at_once_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    servers = []
    try:
        for name in ("a", "b"):
            config = slow_poll(project(tmp_path / name, free_port()))
            servers.append(ServerProcess(config, tmp_path / f"{name}.db", tmp_path / f"{name}.log",
                                         env={"DATABASE_URL": pg_url}).start())
        a, b = servers
        console = Console(a, pg_url)  # its first login stores the files as version 1
        deadline = time.monotonic() + 30
        while None in (listener_backend(pg_url, a), listener_backend(pg_url, b)) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        first = listener_backend(pg_url, b)
        assert first is not None, "process b does not listen"
        assert (await welcome_of(b)).startswith(WELCOME)
        assert "Ce serveur apprend chaque publication à l'instant" in html.unescape(console.http.get("/console/").text)

        await asyncio.to_thread(console.publish, WELCOME, "Salut! Je suis Entraide", "a warmer hello")
        assert await follows(b, 2), b.log.read_text()[-2000:]
        assert (await welcome_of(b)).startswith("Salut! Je suis Entraide")

        # the listening connection is cut (a database restart, a network drop): b reconnects by itself and
        # catches up with what was published meanwhile
        assert cut(pg_url, first)
        await asyncio.to_thread(console.publish, "Salut! Je suis Entraide", "Allô! Je suis Entraide", "another")
        assert await follows(b, 3), b.log.read_text()[-2000:]
        assert (await welcome_of(b)).startswith("Allô! Je suis Entraide")
        assert listener_backend(pg_url, b) not in (None, first)
        assert "listening for published versions stopped" in b.log.read_text()
    finally:
        for s in servers:
            s.stop()
