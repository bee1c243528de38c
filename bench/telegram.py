"""End-to-end Telegram throughput and latency: the real bot process against tests/fake_telegram.py.

N people each send a short conversation at once over long polling; we time each update from the
moment it is offered to the first reply the bot sends for it, and read the bot's peak memory.
Pacing (1 s per chat, 30 messages/s overall) is switched off to measure the bot, not Telegram's limits.

A bare python-telegram-bot echo bot (bench/echo_bot.py) runs beside it, each bot with a Bot API server
of its own, and the CPU each process spends per message sent is compared (issue: Entraide within 1.5x).
The machine is shared, and what a millisecond of CPU buys changes with its neighbours' load by half
from one minute to the next, so the bots take turns: each round sends a new crowd to every bot, one
bot after the other (the order reversed every other round), and the ratio is read per round and over
all rounds. Before the first round every bot has answered a small crowd's whole conversation (the
first turn of each kind builds caches; the first crowd opens the pooled connections), and each bot's
CPU is read from just before its crowd writes to when the last reply has settled, so warm-up and the
other bots' turns are left out.

The library's default pool is 256 connections, and httpcore checks every pooled connection on each
request, so a bare echo bot under a crowd pays for a large pool; `--echo-pool 8` also runs it over
8 connections, as Entraide sends, for the ratio against a lean baseline.

Run: .venv/bin/python bench/telegram.py [people] [--rounds R] [--db URL] [--no-baseline] [--echo-pool N]
(default 300 people, 3 rounds, SQLite). BENCH_PYSPY=prof (with py-spy installed) samples each bot's
threads over its measured windows, into prof.entraide, prof.echobot and prof.echobot-8connections.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fake_telegram import TOKEN, FakeTelegram, Person  # noqa: E402

SCRIPT = ["/start", "allo", "je suis épuisé, je ne dors plus", "/help"]
WARM = 16  # people in the warm-up: twice the connections Entraide sends over


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds so far of the process's main thread (the event loop) and of all its other threads
    together, and how many times its threads were switched off a CPU (each switch costs CPU too)."""
    out: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            status = (task / "status").read_text()
        except OSError:  # the thread ended meanwhile
            continue
        name = "event loop" if task.name == str(pid) else "other threads"
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        switches = sum(int(line.split()[1]) for line in status.splitlines() if "ctxt_switches:" in line)
        out["switches"] = out.get("switches", 0.0) + switches
    return out


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Bot:
    """One bot process, its own Bot API server, and what its rounds measured."""

    name: str
    argv: list[str]
    env: dict[str, str]
    first: int  # its people's ids start here
    fake: FakeTelegram = field(default_factory=FakeTelegram)
    proc: asyncio.subprocess.Process | None = None
    updates: int = 0
    replies: int = 0
    elapsed: float = 0.0
    cpu: list[float] = field(default_factory=list)  # per round
    sent: list[int] = field(default_factory=list)  # per round
    threads: dict[str, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)

    def per_message(self, i: int | None = None) -> float:
        """CPU per message sent, in round i or over all rounds."""
        return self.cpu[i] / self.sent[i] if i is not None else sum(self.cpu) / sum(self.sent)

    def alive(self) -> asyncio.subprocess.Process:
        assert self.proc is not None
        if self.proc.returncode is not None:
            raise SystemExit(f"{self.name} exited with code {self.proc.returncode}; see its log")
        return self.proc


async def settled(fake: FakeTelegram, chats: list[int]) -> int:
    """Wait until no more replies come (the last replies of a turn may still be on their way)."""
    messages, now = -1, sum(len(fake.sent[c]) for c in chats)
    while messages != now:
        messages = now
        await asyncio.sleep(1.0)
        now = sum(len(fake.sent[c]) for c in chats)
    return now


async def converse(bot: Bot, people: list[Person], latencies: list[float] | None = None) -> None:
    """Everyone sends SCRIPT at once, each next message after the reply to the previous one."""
    for words in SCRIPT:
        seen = {p.chat_id: len(bot.fake.sent[p.chat_id]) for p in people}
        offered = time.monotonic()
        for p in people:
            bot.fake.text(p, words)
        pending = set(seen)
        while pending:
            bot.alive()
            now = time.monotonic()
            for cid in [c for c in pending if len(bot.fake.sent[c]) > seen[c]]:
                if latencies is not None:
                    latencies.append(now - offered)
                pending.discard(cid)
            await asyncio.sleep(0.005)


async def warm(bot: Bot) -> None:
    """A small crowd goes through the whole conversation before anything is measured: every kind of turn has
    run once and every pooled connection is open."""
    people = [Person(bot.first + i, f"W{i}", f"w{i}") for i in range(WARM)]
    await converse(bot, people)
    await settled(bot.fake, [p.chat_id for p in people])


async def crowd(bot: Bot, people: int, round_: int) -> None:
    """One round: a new crowd of `people`; CPU from its first message to its last reply settled."""
    pid = bot.alive().pid
    first = bot.first + WARM + round_ * people
    crowd_ = [Person(first + i, f"P{i}", f"p{i}") for i in range(people)]
    threads0, cpu0 = thread_cpu(pid), cpu_seconds(pid)
    start = time.monotonic()
    await converse(bot, crowd_, bot.latencies)
    bot.elapsed += time.monotonic() - start
    replies = await settled(bot.fake, [p.chat_id for p in crowd_])
    bot.cpu.append(cpu_seconds(pid) - cpu0)
    for k, v in thread_cpu(pid).items():
        bot.threads[k] = bot.threads.get(k, 0.0) + v - threads0.get(k, 0.0)
    bot.sent.append(replies)
    bot.updates += people * len(SCRIPT)
    bot.replies += replies


async def py_spy(pid: int, out: str) -> asyncio.subprocess.Process:
    """Sample every thread of a bot's process (collapsed stacks); idle samples are left out."""
    spy = await asyncio.create_subprocess_exec(shutil.which("py-spy") or "py-spy", "record", "--pid", str(pid),
                                               "--threads", "--nonblocking", "-r", "200", "--format", "raw", "-o", out,
                                               stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    await asyncio.sleep(0.5)  # py-spy attaches
    return spy


async def main(people: int, rounds: int, db: str | None, baseline: bool, echo_pool: int = 0) -> None:
    work = Path(tempfile.mkdtemp(prefix="entraide-bench-"))
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, work / name)
    cfg = (ROOT / "config.yaml").read_text()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "ENTRAIDE_SECRET": "bench-secret-0123456789",
           "ENTRAIDE_RELAY_KEY": "bench-relay-0123456789", "DATABASE_URL": db or f"sqlite:///{work / 'bench.db'}"}
    echo = ["-P", str(ROOT / "bench" / "echo_bot.py")]  # -P: else bench/ shadows the `telegram` package
    bots = [Bot("entraide", ["-m", "bot", "run", "--config", str(work / "config.yaml")], env, 1)]
    if baseline:
        bots.append(Bot("echo bot", echo, env, 5_000_000))
    if echo_pool:
        bots.append(Bot(f"echo bot, {echo_pool} connections", echo, {**env, "ECHO_CONNECTIONS": str(echo_pool)},
                        10_000_000))
    spies: list[asyncio.subprocess.Process] = []
    try:
        for bot in bots:
            api = await bot.fake.start()
            argv = bot.argv
            if bot.name == "entraide":
                for key, value in {"api_base_url": api, "poll_timeout": "1", "per_chat_interval": "0",
                                   "max_messages_per_second": "1000", "enabled": "false"}.items():  # no web chat
                    cfg = re.sub(rf"^(  {key}:)[^\n#]*", rf"\g<1> {value} ", cfg, flags=re.M)
                (work / "config.yaml").write_text(cfg)
                prof = os.environ.get("BENCH_PROFILE")
                argv = (["-m", "cProfile", "-o", prof] if prof else []) + argv
            with (work / f"{bot.name}.log").open("w") as log:
                bot.proc = await asyncio.create_subprocess_exec(sys.executable, *argv, cwd=ROOT,
                                                                env={**bot.env, "ECHO_API": api}, stdout=log, stderr=log)
        for bot in bots:
            await warm(bot)
            if os.environ.get("BENCH_PYSPY"):
                tag = bot.name.replace(" ", "").replace(",", "-")
                spies.append(await py_spy(bot.alive().pid, f"{os.environ['BENCH_PYSPY']}.{tag}"))
        for r in range(rounds):
            for bot in bots if r % 2 == 0 else bots[::-1]:
                await crowd(bot, people, r)
    except SystemExit:
        for bot in bots:
            print(f"--- {bot.name}\n" + (work / f"{bot.name}.log").read_text()[-3000:], file=sys.stderr)
        raise
    finally:
        for spy in spies:
            spy.send_signal(signal.SIGINT)
            await spy.wait()
        rss = {bot.name: peak_rss_mb(bot.proc.pid) for bot in bots if bot.proc and bot.proc.returncode is None}
        for bot in bots:
            if bot.proc is not None and bot.proc.returncode is None:
                bot.proc.terminate()
                await bot.proc.wait()
            await bot.fake.stop()
        for bot in bots:  # a warning here (a send retried, a delivery paused) explains a slow or short round
            log_lines = (work / f"{bot.name}.log").read_text().splitlines()
            warnings = [line for line in log_lines if re.search(r" (WARNING|ERROR) ", line)]
            if warnings:
                print(f"{bot.name}: {len(warnings)} warnings or errors in its log, first ones:", *warnings[:5], sep="\n  ")
        shutil.rmtree(work, ignore_errors=True)
    print(f"telegram: {people} people x {len(SCRIPT)} messages x {rounds} rounds, "
          f"{'PostgreSQL' if db else 'SQLite'}, pacing off, load {os.getloadavg()[0]:.1f}")
    for bot in bots:
        q = statistics.quantiles(bot.latencies, n=100)
        cpu = sum(bot.cpu)
        print(f"{bot.name}: {bot.updates / bot.elapsed:.0f} updates/s, {bot.replies} replies; latency p50 "
              f"{q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, max {max(bot.latencies) * 1000:.0f} ms; peak RSS "
              f"{rss.get(bot.name, float('nan')):.0f} MB; CPU {cpu:.1f} s = {bot.per_message() * 1000:.2f} ms per "
              f"message sent ({', '.join(f'{bot.per_message(i) * 1000:.2f}' for i in range(rounds))} by round), "
              f"{cpu / bot.updates * 1000:.2f} ms per update")
        print("  by thread, ms per update: " + ", ".join(f"{k} {v / bot.updates * 1000:.2f}"
                                                       for k, v in sorted(bot.threads.items()) if k != "switches")
              + f"; {bot.threads['switches'] / bot.updates:.1f} context switches per update")
    ours = bots[0]
    for other in bots[1:]:
        by_round = ", ".join(f"{ours.per_message(i) / other.per_message(i):.2f}" for i in range(rounds))
        print(f"ratio against the {other.name}: {ours.per_message() / other.per_message():.2f}x per message sent "
              f"(by round: {by_round}; target <= 1.5x), "
              f"{(sum(ours.cpu) / ours.updates) / (sum(other.cpu) / other.updates):.2f}x per update")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("people", type=int, nargs="?", default=300)
    ap.add_argument("--rounds", type=int, default=3, help="crowds sent to each bot, the bots taking turns")
    ap.add_argument("--db", default=None)
    ap.add_argument("--no-baseline", action="store_true", help="skip the bare echo bot")
    ap.add_argument("--echo-pool", type=int, default=0, metavar="N",
                    help="also run the echo bot over N pooled connections (the library's default is 256)")
    args = ap.parse_args()
    asyncio.run(main(args.people, args.rounds, args.db, not args.no_baseline, args.echo_pool))
