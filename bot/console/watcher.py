"""Every process runs the newest published version: it looks at the version number every few seconds
(one indexed read) and, when it changed, loads that version's texts and swaps them in with no restart. On
PostgreSQL it also looks the moment a version is published (LISTEN/NOTIFY, bot.console.notify), so every
process switches within about a second; polling remains the fallback.

A version this process cannot load (it should not happen: publishing checks first, but a process running
older code may disagree) leaves the last good one running; the console this process serves says so on its
home page, and the audit log records it for the consoles of other processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import threading
import time

from bot.config import Config
from bot.console.audit import note
from bot.console.build import definitions_of
from bot.console.content import Content
from bot.console.notify import Listener, listen_url
from bot.errors import ProblemsError
from bot.service import Entraide

log = logging.getLogger(__name__)


class Watcher:
    def __init__(self, cfg: Config, svc: Entraide, content: Content, every: float):
        self.cfg = cfg
        self.svc = svc
        self.content = content
        self.every = every
        self.running = 0  # the published version this process runs; 0: the files it started with
        self.refused: tuple[int, str] | None = None  # a version that would not load, and why
        self.listener: Listener | None = None  # on PostgreSQL, while run() runs
        self._lock = threading.Lock()  # run(), /reload and SIGHUP may look at once

    def check_once(self) -> bool:
        """Load the newest version if it is not the one running; True when something was swapped in."""
        with self._lock:
            newest = self.content.current()
            if not newest or newest == self.running or (self.refused and self.refused[0] == newest):
                return False
            try:
                defs = definitions_of(self.cfg, self.content.files(newest))
            except ProblemsError as e:
                self.refused = (newest, "\n".join(str(p) for p in e.problems[:10]))
                log.error("published version %d does not load; version %d keeps running", newest, self.running)
                self._record_refusal(newest, str(e.problems[0]) if e.problems else "")
                return False
            self.svc.reload(defs)
            self.running, self.refused = newest, None
            log.info("now running published version %d", newest)
            return True

    def following(self) -> str:
        """How this process hears of a publish, for the console's home page: "notify" (PostgreSQL, listening),
        "lost" (PostgreSQL, the listening connection is down: polling until it is back) or "poll"."""
        if self.listener is None:
            return "poll"
        return "notify" if self.listener.connected else "lost"

    def _record_refusal(self, version: int, problem: str) -> None:
        """In the audit log, so a console served by another process shows it too (which process: host and pid)."""
        with contextlib.suppress(Exception):
            note(self.content.engine, time.time(), "process", "load_refused", version,
                 f"{socket.gethostname()}:{os.getpid()} {problem}")

    def reload(self) -> tuple[bool, str]:
        """/reload and SIGHUP once versions are stored: the published version again, not the files on disk
        (which `entraide content import` publishes); before the first version, the files as always."""
        if not self.content.current():
            return self.svc.reload_from(self.cfg)
        self.running, self.refused = 0, None
        self.check_once()
        return (self.refused is None, self.refused[1] if self.refused else "")

    async def run(self) -> None:
        """Look every `every` seconds, and at once when PostgreSQL says a version was published."""
        wake = asyncio.Event()
        url = listen_url(self.content.engine)
        self.listener = Listener(url, wake.set) if url else None
        listening = asyncio.create_task(self.listener.run()) if self.listener else None
        try:
            while True:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), self.every)
                wake.clear()  # before looking: a publish during the look wakes the next one
                try:
                    await asyncio.to_thread(self.check_once)
                except Exception as e:  # noqa: BLE001 - the database may be away for a moment; look again later
                    log.warning("could not look for a new version: %s", e.__class__.__name__)
        finally:
            if listening is not None:
                listening.cancel()


def follow_published(cfg: Config, svc: Entraide) -> Watcher | None:
    """A watcher for a process that serves no console (Telegram only, web chat off): it too must run the
    published version, or a network scaled out over several processes would answer with two contents.
    None when the store has no SQL database behind it."""
    engine = svc.store.sql_engine()
    if engine is None:
        return None
    watcher = Watcher(cfg, svc, Content(engine), cfg.settings.console.poll_seconds)
    if svc.desk is not None:
        svc.desk.reload = watcher.reload  # a coordinator's /reload: the published version, as with the console
    return watcher
