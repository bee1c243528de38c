"""End-to-end Telegram throughput and latency: the real bot process against tests/fake_telegram.py.

N people each send a short conversation at once over long polling; we time each update from the
moment it is offered to the first reply the bot sends for it, and read the bot's peak memory.
Pacing (1 s per chat, 30 messages/s overall) is switched off to measure the bot, not Telegram's limits.

Run: .venv/bin/python bench/telegram.py [people] [--db URL]   (default 300 people, SQLite)
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


async def main(people: int, db: str | None) -> None:
    fake = FakeTelegram()
    api = await fake.start()
    work = Path(tempfile.mkdtemp(prefix="entraide-bench-"))
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, work / name)
    cfg = (ROOT / "config.yaml").read_text()
    for key, value in {"api_base_url": api, "poll_timeout": "1", "per_chat_interval": "0",
                       "max_messages_per_second": "1000"}.items():
        cfg = re.sub(rf"^(  {key}:)[^\n#]*", rf"\g<1> {value} ", cfg, flags=re.M)
    (work / "config.yaml").write_text(cfg)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "ENTRAIDE_SECRET": "bench-secret-0123456789",
           "ENTRAIDE_RELAY_KEY": "bench-relay-0123456789", "DATABASE_URL": db or f"sqlite:///{work / 'bench.db'}"}
    with (work / "bot.log").open("w") as log:
        prof = os.environ.get("BENCH_PROFILE")
        pre = ["-m", "cProfile", "-o", prof] if prof else []
        proc = await asyncio.create_subprocess_exec(sys.executable, *pre, "-m", "bot", "run", "--config",
                                                    str(work / "config.yaml"), cwd=ROOT, env=env,
                                                    stdout=log, stderr=log)
    try:
        warm = Person(1, "warm", "warm")
        fake.text(warm, "/start")
        while len(fake.sent[1]) < 2:
            await asyncio.sleep(0.05)
        crowd = [Person(100000 + i, f"P{i}", f"p{i}") for i in range(people)]
        latencies: list[float] = []
        start = time.monotonic()
        for words in SCRIPT:  # each person's next message waits for the reply to the previous one
            seen = {p.chat_id: len(fake.sent[p.chat_id]) for p in crowd}
            offered = time.monotonic()
            for p in crowd:
                fake.text(p, words)
            pending = set(seen)
            while pending:
                now = time.monotonic()
                for cid in [c for c in pending if len(fake.sent[c]) > seen[c]]:
                    latencies.append(now - offered)
                    pending.discard(cid)
                await asyncio.sleep(0.005)
        elapsed = time.monotonic() - start
        messages, settled = -1, sum(len(fake.sent[p.chat_id]) for p in crowd)
        while messages != settled:  # the last replies of a turn may still be on their way
            messages = settled
            await asyncio.sleep(1.0)
            settled = sum(len(fake.sent[p.chat_id]) for p in crowd)
        updates = people * len(SCRIPT)
        q = statistics.quantiles(latencies, n=100)
        print(f"telegram: {people} people x {len(SCRIPT)} messages = {updates} updates, {messages} replies, "
              f"{'PostgreSQL' if db else 'SQLite'}")
        print(f"throughput: {updates / elapsed:.0f} updates/s, {messages / elapsed:.0f} replies/s")
        print(f"latency, update offered -> first reply sent, all arriving at once: "
              f"p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
        print(f"bot process peak memory (VmHWM): {peak_rss_mb(proc.pid):.0f} MB; CPU {cpu_seconds(proc.pid):.1f} s "
              f"(the fake Bot API server and this script: {time.process_time():.1f} s) over {elapsed:.1f} s")
    finally:
        proc.terminate()
        await proc.wait()
        await fake.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("people", type=int, nargs="?", default=300)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    asyncio.run(main(args.people, args.db))
