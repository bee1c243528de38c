"""Web chat under load: N tabs hold a socket open at once, each has a short conversation.

`entraide run` runs in its own process (no Telegram token: the web chat alone) on a fresh SQLite file, or
on DATABASE_URL; every tab connects, says hello, and sends its turns one after the other, pausing between
them as a person would (uniformly 0 to 2 x --think seconds; --think 0 fires every turn at once). We time each
turn from the frame leaving to the server's `done` (its replies are pushed before it), count turns per
second over the whole run, and read the server's peak memory and CPU. Rate limits are raised so they do
not shape the result. Traffic stays on loopback; the run is bounded in count and time.

Run: .venv/bin/python bench/web.py [tabs] [--think S] [--db URL]   (default 500 tabs, 5 s, SQLite)
Target: every tab served, and with people's pauses p95 under 1 s, for 500 tabs on the 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parents[1]
TURNS = [{"t": "do", "command": "start"}, {"t": "press", "payload": "me"},
         {"t": "say", "text": "je suis épuisé, je ne dors plus"}, {"t": "say", "text": "/help"}]


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_stat(pid: int) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    rss = next(int(line.split()[1]) / 1024 for line in Path(f"/proc/{pid}/status").read_text().splitlines()
               if line.startswith("VmHWM:"))
    return cpu, rss


def configure(tmp: Path, port: int, tabs: int) -> Path:
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, tmp / name)
    cfg = (ROOT / "config.yaml").read_text()
    head, sep, rest = cfg.partition("\nweb:\n")
    section, nxt, tail = rest.partition("\n\n")
    for key, value in {"port": str(port), "messages_per_minute": "600", "messages_per_minute_per_address": "10000",
                       "max_sockets": str(tabs * 2), "max_sockets_per_address": str(tabs * 2)}.items():
        section = re.sub(rf"^(\s+{key}:)[^\n#]*", rf"\g<1> {value} ", section, count=1, flags=re.M)
    (tmp / "config.yaml").write_text(head + sep + section + nxt + tail)
    return tmp / "config.yaml"


async def tab(url: str, n: int, think: float, latencies: list[float], failures: list[str]) -> None:
    try:
        async with connect(url.replace("http", "ws") + "/ws", origin=url, open_timeout=60) as ws:  # type: ignore[arg-type]
            await ws.send(json.dumps({"t": "hello", "token": None, "lang": "fr"}))
            for i, turn in enumerate(TURNS):
                await asyncio.sleep(random.uniform(0, 2 * think))
                frame = {**turn, "id": f"bench{n:06d}t{i}"}
                start = time.perf_counter()
                await ws.send(json.dumps(frame))
                refs = []
                while True:
                    f = json.loads(await asyncio.wait_for(ws.recv(), 120))
                    if f["t"] == "msg":
                        refs.append(f["ref"])
                    elif f["t"] == "done" and f["id"] == frame["id"]:
                        break
                    elif f["t"] == "refused":
                        raise RuntimeError(f"refused: {f['reason']}")
                latencies.append(time.perf_counter() - start)
                if refs:
                    await ws.send(json.dumps({"t": "ack", "refs": refs}))
    except Exception as e:  # noqa: BLE001 - counted and reported, the run goes on
        failures.append(f"{e.__class__.__name__}: {e}"[:120])


@contextlib.asynccontextmanager
async def served(prefix: str, tabs: int, db: str | None = None) -> AsyncIterator[tuple[subprocess.Popen[bytes] | None, int]]:
    """A bare `entraide run` (the web chat alone, as `make run` starts it without a Telegram token) in a
    folder of its own, ready once it says "Web chat:"; (None, port) when it does not start within two minutes
    (its log's end is printed). Stopped and its folder removed on leaving. bench/memory.py starts it too."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    port = free_port()
    config = configure(tmp, port, tabs)
    env = {**os.environ, "ENTRAIDE_SECRET": "bench-secret-0123456789", "ENTRAIDE_RELAY_KEY": "bench-relay-0123456789",
           "DATABASE_URL": db or f"sqlite:///{tmp / 'bench.db'}"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    log = (tmp / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config)], cwd=ROOT, env=env,
                            stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 120
        while "Web chat:" not in (tmp / "server.log").read_text():
            if proc.poll() is not None or time.monotonic() > deadline:
                print((tmp / "server.log").read_text()[-2000:])
                yield None, port
                return
            await asyncio.sleep(0.2)
        yield proc, port
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(20)
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)


async def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("tabs", type=int, nargs="?", default=500)
    ap.add_argument("--think", type=float, default=5.0, help="mean pause between a tab's turns, seconds")
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    async with served("entraide-web-bench-", args.tabs, args.db) as (proc, port):
        if proc is None:
            return 1
        url = f"http://127.0.0.1:{port}"
        cpu0, _ = proc_stat(proc.pid)
        latencies: list[float] = []
        failures: list[str] = []
        start = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(tab(url, n, args.think, latencies, failures) for n in range(args.tabs))), 600)
        elapsed = time.perf_counter() - start
        cpu1, rss = proc_stat(proc.pid)
    lat = sorted(latencies)
    p50 = statistics.median(lat) if lat else float("nan")
    p95 = lat[int(len(lat) * 0.95) - 1] if lat else float("nan")
    print(f"web chat, {args.tabs} tabs at once, {len(TURNS)} turns each, pauses averaging {args.think:g} s, "
          f"{'PostgreSQL' if args.db else 'SQLite'}")
    print(f"  turns: {len(lat)} done, {len(failures)} tabs failed; {len(lat) / elapsed:.1f} turns/s over {elapsed:.1f} s")
    print(f"  turn latency (send to done, replies pushed first): p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {lat[-1] * 1000 if lat else float('nan'):.0f} ms")
    print(f"  server: peak memory {rss:.0f} MB, CPU {cpu1 - cpu0:.1f} s ({(cpu1 - cpu0) / max(1, len(lat)) * 1000:.1f} ms per turn)")
    for f in sorted(set(failures))[:5]:
        print(f"  failure: {f}")
    ok = not failures and len(lat) == args.tabs * len(TURNS) and (p95 < 1.0 or args.think == 0)
    print("  target (all served; with pauses, p95 < 1 s):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
