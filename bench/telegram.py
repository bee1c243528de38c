"""End-to-end Telegram throughput and latency: the real bot process against tests/fake_telegram.py.

N people each send a short conversation at once over long polling; we time each update from the
moment it is offered to the first reply the bot sends for it, and read the bot's peak memory.
Pacing (1 s per chat, 30 messages/s overall) is switched off to measure the bot, not Telegram's limits.

The same crowd then talks to a bare python-telegram-bot echo bot (bench/echo_bot.py) in the same run,
and the CPU each process spends per message sent is compared (issue: Entraide within 1.5x).

The library's default pool is 256 connections, and httpcore checks every pooled connection on each
request, so a bare echo bot under a crowd pays for a large pool; `--echo-pool 8` also runs it over
8 connections, as Entraide sends, for the ratio against a lean baseline.

Run: .venv/bin/python bench/telegram.py [people] [--db URL] [--no-baseline] [--echo-pool N]   (default 300 people, SQLite)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fake_telegram import TOKEN, FakeTelegram, Person  # noqa: E402

SCRIPT = ["/start", "allo", "je suis épuisé, je ne dors plus", "/help"]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def crowd(fake: FakeTelegram, proc: asyncio.subprocess.Process, people: int, first: int) -> dict[str, float]:
    """N people send SCRIPT at once, each next message after the reply to the previous one."""
    warm = Person(first, "warm", "warm")
    fake.text(warm, "/start")
    while len(fake.sent[first]) < 1:
        if proc.returncode is not None:
            raise SystemExit(f"the bot exited with code {proc.returncode} before answering; see its log")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    cpu0 = cpu_seconds(proc.pid)
    people_ = [Person(first + 1 + i, f"P{i}", f"p{i}") for i in range(people)]
    latencies: list[float] = []
    start = time.monotonic()
    for words in SCRIPT:
        seen = {p.chat_id: len(fake.sent[p.chat_id]) for p in people_}
        offered = time.monotonic()
        for p in people_:
            fake.text(p, words)
        pending = set(seen)
        while pending:
            now = time.monotonic()
            for cid in [c for c in pending if len(fake.sent[c]) > seen[c]]:
                latencies.append(now - offered)
                pending.discard(cid)
            await asyncio.sleep(0.005)
    elapsed = time.monotonic() - start
    messages, settled = -1, sum(len(fake.sent[p.chat_id]) for p in people_)
    while messages != settled:  # the last replies of a turn may still be on their way
        messages = settled
        await asyncio.sleep(1.0)
        settled = sum(len(fake.sent[p.chat_id]) for p in people_)
    cpu = cpu_seconds(proc.pid) - cpu0
    q = statistics.quantiles(latencies, n=100)
    return {"updates": people * len(SCRIPT), "replies": messages, "elapsed": elapsed, "p50": q[49], "p95": q[94],
            "max": max(latencies), "cpu": cpu, "rss": peak_rss_mb(proc.pid)}


async def main(people: int, db: str | None, baseline: bool, echo_pool: int = 0) -> None:
    fake = FakeTelegram()
    api = await fake.start()
    work = Path(tempfile.mkdtemp(prefix="entraide-bench-"))
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, work / name)
    cfg = (ROOT / "config.yaml").read_text()
    for key, value in {"api_base_url": api, "poll_timeout": "1", "per_chat_interval": "0",
                       "max_messages_per_second": "1000", "enabled": "false"}.items():  # the bot alone, no web chat
        cfg = re.sub(rf"^(  {key}:)[^\n#]*", rf"\g<1> {value} ", cfg, flags=re.M)
    (work / "config.yaml").write_text(cfg)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "ENTRAIDE_SECRET": "bench-secret-0123456789",
           "ENTRAIDE_RELAY_KEY": "bench-relay-0123456789", "DATABASE_URL": db or f"sqlite:///{work / 'bench.db'}"}
    results: dict[str, dict[str, float]] = {}
    try:
        runs = [("entraide", ["-m", "bot", "run", "--config", str(work / "config.yaml")], 1)]
        if baseline:
            # -P: without it bench/ comes first on sys.path and this file shadows the `telegram` package.
            runs.append(("echo bot", ["-P", str(ROOT / "bench" / "echo_bot.py")], 5_000_000))
        if echo_pool:
            runs.append((f"echo bot, {echo_pool} connections", ["-P", str(ROOT / "bench" / "echo_bot.py")], 10_000_000))
        for name, argv, first in runs:
            with (work / f"{name}.log").open("w") as log:
                prof = os.environ.get("BENCH_PROFILE") if name == "entraide" else None
                pre = ["-m", "cProfile", "-o", prof] if prof else []
                pool = {"ECHO_CONNECTIONS": str(echo_pool)} if name.endswith("connections") else {}
                proc = await asyncio.create_subprocess_exec(sys.executable, *pre, *argv, cwd=ROOT,
                                                            env={**env, "ECHO_API": api, **pool}, stdout=log, stderr=log)
                try:
                    results[name] = await crowd(fake, proc, people, first)
                except SystemExit:
                    print((work / f"{name}.log").read_text()[-3000:], file=sys.stderr)
                    raise
                finally:
                    proc.terminate()
                    await proc.wait()
    finally:
        await fake.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"telegram: {people} people x {len(SCRIPT)} messages, {'PostgreSQL' if db else 'SQLite'}, pacing off")
    for name, r in results.items():
        print(f"{name}: {r['updates'] / r['elapsed']:.0f} updates/s, {r['replies']:.0f} replies; latency p50 "
              f"{r['p50'] * 1000:.0f} ms, p95 {r['p95'] * 1000:.0f} ms, max {r['max'] * 1000:.0f} ms; peak RSS "
              f"{r['rss']:.0f} MB; CPU {r['cpu']:.1f} s = {r['cpu'] / r['replies'] * 1000:.2f} ms per message sent, "
              f"{r['cpu'] / r['updates'] * 1000:.2f} ms per update")
    if "echo bot" in results:
        ours, echo = results["entraide"], results["echo bot"]
        ratio = (ours["cpu"] / ours["replies"]) / (echo["cpu"] / echo["replies"])
        per_update = (ours["cpu"] / ours["updates"]) / (echo["cpu"] / echo["updates"])
        print(f"ratio, CPU per message sent: {ratio:.2f}x the bare echo bot (target <= 1.5x); per update: {per_update:.2f}x")
    for name in [n for n in results if n.endswith("connections")]:
        ours, echo = results["entraide"], results[name]
        ratio = (ours["cpu"] / ours["replies"]) / (echo["cpu"] / echo["replies"])
        print(f"ratio against the {name}: {ratio:.2f}x per message sent, "
              f"{(ours['cpu'] / ours['updates']) / (echo['cpu'] / echo['updates']):.2f}x per update")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("people", type=int, nargs="?", default=300)
    ap.add_argument("--db", default=None)
    ap.add_argument("--no-baseline", action="store_true", help="skip the bare echo bot")
    ap.add_argument("--echo-pool", type=int, default=0, metavar="N",
                    help="also run the echo bot over N pooled connections (the library's default is 256)")
    args = ap.parse_args()
    asyncio.run(main(args.people, args.db, not args.no_baseline, args.echo_pool))
