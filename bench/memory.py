"""Resident memory of the bot as `make run` starts it, and where it goes.

Run: .venv/bin/python bench/memory.py [--tabs N] [--stages]

`entraide run` starts in its own process as `make run` starts it without a Telegram token (the web chat
alone, a fresh SQLite file, the model loaded and warmed up); once it says "Web chat:", N tabs (default 5)
each have a short conversation over the WebSocket (bench/web.py's turns: start, a button, a sentence the
model reads, /help). Printed: VmRSS once started, and VmHWM (the peak resident set) after the turns.
Target: at most 250 MB (issue 12). Exit status 1 when it is missed.

`--stages` also runs, in a fresh process, each step `entraide run` takes (imports, configuration,
flows and knowledge with the model, the store, the service and its warm-up, the web chat's app, the
Telegram adapter) and prints VmRSS after each: where the memory goes, not a figure to judge.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 250.0


def status_mb(pid: int | str, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def service(tabs: int) -> bool:
    from web import served, tab  # bench/web.py, beside this file

    async with served("entraide-memory-", tabs) as (proc, port):
        if proc is None:
            return False
        started, started_peak = status_mb(proc.pid, "VmRSS"), status_mb(proc.pid, "VmHWM")
        latencies: list[float] = []
        failures: list[str] = []
        url = f"http://127.0.0.1:{port}"
        await asyncio.wait_for(asyncio.gather(*(tab(url, n, 0.2, latencies, failures) for n in range(tabs))), 120)
        rss, peak = status_mb(proc.pid, "VmRSS"), status_mb(proc.pid, "VmHWM")
    ok = not failures and peak <= TARGET_MB
    print(f"memory: `entraide run` (web chat alone, SQLite, as `make run` without a Telegram token): "
          f"{started:.0f} MB resident once started (peak {started_peak:.0f}); after {len(latencies)} turns from "
          f"{tabs} tabs, {rss:.0f} MB resident, peak (VmHWM) {peak:.0f} MB; target <= {TARGET_MB:.0f} MB: "
          f"{'met' if ok else 'NOT met'}")
    for f in sorted(set(failures))[:5]:
        print(f"  failure: {f}")
    return ok


def stages() -> None:
    """In this process: each step of `entraide run`, in its order, and VmRSS after it."""
    os.environ.setdefault("ENTRAIDE_SECRET", "bench-secret-0123456789")
    os.environ.setdefault("ENTRAIDE_RELAY_KEY", "bench-relay-0123456789")
    last = 0.0

    def mark(label: str) -> None:
        nonlocal last
        rss = status_mb("self", "VmRSS")
        print(f"  {label:<62} {rss:6.1f} MB  (+{rss - last:5.1f}; peak {status_mb('self', 'VmHWM'):6.1f})", flush=True)
        last = rss

    mark("the interpreter and this script")
    import bot.cli  # noqa: F401 - typer, rich, the configuration's models
    mark("import bot.cli (typer, rich, the configuration)")
    from bot.config import load_config

    cfg = load_config(ROOT / "config.yaml")
    mark("the configuration")
    from bot.engine.definitions import load_definitions
    from bot.service import build_service
    mark("import the service (engine, NLU, desk, store base)")
    from bot.store.sql import SqlStore
    mark("import the SQL store (SQLAlchemy)")
    tmp = Path(tempfile.mkdtemp(prefix="entraide-memory-"))
    try:
        url = f"sqlite:///{tmp / 'bench.db'}"
        with migrating(url):
            defs = load_definitions(cfg)
        mark("flows and knowledge with the model (migrations apart, if so)")
        store = SqlStore(url)
        mark("open the store")
        svc = build_service(cfg, defs, store)
        mark("build the service (warm-up: crisis rules, bank, langdetect)")
        from bot.channels.web import serve

        serve.server(cfg, svc)
        mark("the web chat's app and server (starlette, uvicorn, the console)")
        import bot.channels.telegram  # noqa: F401
        import bot.console.watcher  # noqa: F401
        mark("import the Telegram adapter (python-telegram-bot, httpx)")
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"  {len(sys.modules)} modules imported")


def migrating(url: str) -> contextlib.AbstractContextManager[None]:
    """As bot.cli's `run` migrates a database: in a child process while the model loads, where it does so."""
    try:
        from bot.store.migrate import migrating_apart
    except ImportError:  # a tree from before: the store migrates when it opens
        return contextlib.nullcontext()
    return migrating_apart(url)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--tabs", type=int, default=5, help="tabs that each have a short conversation (default 5)")
    ap.add_argument("--stages", action="store_true", help="also print VmRSS after each step of `entraide run`")
    ap.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.probe:
        sys.path.insert(0, str(ROOT))
        stages()
        return 0
    if args.stages:
        print("memory, step by step in a fresh process (VmRSS after each step of `entraide run`):", flush=True)
        # -P: bench/ off sys.path, so that bench/telegram.py does not shadow the `telegram` package
        subprocess.run([sys.executable, "-P", str(Path(__file__).resolve()), "--probe"], cwd=ROOT, check=True)
    return 0 if asyncio.run(service(args.tabs)) else 1


if __name__ == "__main__":
    sys.exit(main())
