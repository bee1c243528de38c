"""`entraide run` in its own process, as `make run` starts it, for the browser tests.

The config is a copy of the shipped one on a free loopback port and a fresh SQLite file; the process's
output goes to a log file the tests read (the address it prints, and what it must never log).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.web_server import free_port

ROOT = Path(__file__).resolve().parents[1]
SECRET = "web-test-secret-0123456789"
RELAY = "web-test-relay-0123456789"


def project(tmp: Path, port: int, **web: str) -> Path:
    """A copy of config.yaml, flows/ and knowledge/ whose `web:` keys are set to `web`."""
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, tmp / name, dirs_exist_ok=True)
    cfg = (ROOT / "config.yaml").read_text()
    head, sep, rest = cfg.partition("\nweb:\n")
    section, nxt, tail = rest.partition("\n\n")  # the web section ends at the first blank line
    for key, value in {"port": str(port), **web}.items():
        section, n = re.subn(rf"^(  {key}:)[^\n#]*", rf"\g<1> {value} ", section, count=1, flags=re.M)
        assert n == 1, key
    (tmp / "config.yaml").write_text(head + sep + section + nxt + tail)
    return tmp / "config.yaml"


class ServerProcess:
    def __init__(self, config: Path, db: Path, log: Path, env: dict[str, str] | None = None):
        self.config, self.db, self.log = config, db, log
        self.env = {**os.environ, "ENTRAIDE_SECRET": SECRET, "ENTRAIDE_RELAY_KEY": RELAY,
                    "DATABASE_URL": f"sqlite:///{db}", **(env or {})}
        if not env or "TELEGRAM_BOT_TOKEN" not in env:
            self.env.pop("TELEGRAM_BOT_TOKEN", None)
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self, timeout: float = 120) -> ServerProcess:
        seen = self._spawn()
        deadline = time.monotonic() + timeout
        while not self._up(seen, deadline):
            time.sleep(0.1)
        return self

    async def astart(self, timeout: float = 120) -> ServerProcess:
        """`start` for a test whose event loop must keep running meanwhile (a fake Bot API in it)."""
        seen = self._spawn()
        deadline = time.monotonic() + timeout
        while not self._up(seen, deadline):
            await asyncio.sleep(0.1)
        return self

    def _spawn(self) -> str:
        seen = self.log.read_text() if self.log.exists() else ""
        with self.log.open("a") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(self.config)],
                                         cwd=ROOT, env=self.env, stdout=out, stderr=out)
        return seen

    def _up(self, seen: str, deadline: float) -> bool:
        """True once the process printed its address; fails if it died or took too long."""
        assert self.proc is not None
        text = self.log.read_text()[len(seen):]
        m = re.search(r"Web chat: (http://\S+)", text)
        if m:
            self.url = m.group(1).rstrip("/")
            return True
        if self.proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"`entraide run` did not start:\n{text[-3000:]}")
        return False

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


__all__ = ["ServerProcess", "free_port", "project", "SECRET", "RELAY"]
