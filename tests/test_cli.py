"""The `entraide` command as a coordinator and an operator use it, in real processes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # starts processes; `pytest -m "not slow"` is the quick loop

ROOT = Path(__file__).resolve().parents[1]
ENTRAIDE = [sys.executable, "-m", "bot"]


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Fixed test secrets, no Telegram token: every CLI process in these tests runs the same way."""
    env = {**os.environ, "ENTRAIDE_SECRET": "cli-test-secret-0123456789", "ENTRAIDE_RELAY_KEY": "cli-relay-0123456789abc",
           **(extra or {})}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return env


def run(args: list[str], cwd: Path = ROOT, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(ENTRAIDE + args, cwd=cwd, input=stdin, capture_output=True, text=True, env=cli_env(env), timeout=120)


def test_help_lists_every_command() -> None:
    out = run(["--help"]).stdout
    for cmd in ("run", "chat", "validate", "test", "analyze", "simulate", "resources", "stats", "helpers", "rasa-actions"):
        assert cmd in out


def test_bad_config_value_names_key_and_allowed_values(project_copy: Path) -> None:
    cfg = project_copy / "config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("mode: polling", "mode: carrier-pigeon"), encoding="utf-8")
    res = run(["validate", "--config", str(cfg)], cwd=project_copy)
    assert res.returncode == 2
    assert "telegram.mode" in res.stderr and "polling" in res.stderr and "webhook" in res.stderr
    assert "Traceback" not in res.stderr + res.stdout


def test_validate_fails_with_file_and_line(project_copy: Path) -> None:
    f = project_copy / "flows" / "main.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("then: to_info", "then: to_nowhere"), encoding="utf-8")
    res = run(["validate", "--config", str(project_copy / "config.yaml")], cwd=project_copy)
    assert res.returncode == 1
    assert "flows/main.yaml:" in res.stdout and "unknown step `to_nowhere`" in res.stdout


def test_shipped_conversation_tests_pass() -> None:
    res = run(["test"])
    assert res.returncode == 0, res.stdout[-2000:]
    assert " 0 failed" in res.stdout


def test_analyze_jsonl() -> None:
    res = run(["analyze", "--jsonl"], stdin="my dad passed away\nje veux mourir\n")
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["theme"] for x in lines][0] == "grief" and lines[1]["crisis"] is True


def test_simulate_is_deterministic_and_bilingual() -> None:
    script = "\n".join(json.dumps(x) for x in [
        {"user": "w1", "text": "allo"}, {"user": "w2", "text": "hello"}, {"user": "w1", "button": "me"},
        {"user": "w2", "button": "me"}, {"user": "w1", "text": "mon boss me crie dessus devant tout le monde"},
        {"user": "w2", "text": "my dad passed away"}, {"not": "valid"},
    ]) + "\n"
    a, b = run(["simulate"], stdin=script), run(["simulate"], stdin=script)
    assert a.stdout == b.stdout and a.returncode == 0
    rows = [json.loads(x) for x in a.stdout.splitlines()]
    assert {r["lang"] for r in rows if r.get("to") == "w1"} == {"fr"}
    assert {r["lang"] for r in rows if r.get("to") == "w2"} == {"en"}
    assert rows[-1] == {"turn": 7, "error": 'line 7: each line needs "user" and one of "text", "button", "command"'}
    themes = {r["to"]: r["meta"]["theme"] for r in rows if r.get("turn") in (5, 6)}
    assert themes == {"w1": "violence_harassment", "w2": "grief"}


def _session_at_step(db: Path, marker: str) -> bool:
    if not db.exists():
        return False
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            rows = conn.execute("select state from sessions").fetchall()
    except sqlite3.OperationalError:  # no table yet, or the writer holds the lock: look again
        return False
    return any(marker in (row[0] or "") for row in rows)


def test_kill_mid_conversation_then_resume(tmp_path: Path) -> None:
    """A chat process killed with SIGKILL; a new one picks up at the same step."""
    db = tmp_path / "resume.db"
    full_env = cli_env({"DATABASE_URL": f"sqlite:///{db}"})
    proc = subprocess.Popen(ENTRAIDE + ["chat"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=full_env)
    assert proc.stdin is not None
    proc.stdin.write("bonjour\n2\n")
    proc.stdin.flush()
    # Wait for the condition itself: the file, then the migrated table, then the row at that step.
    # The file exists before the migrations have run, so "no such table" only means "not yet".
    deadline = time.time() + 120
    while not _session_at_step(db, '"step":"next_step"'):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "the chat exited"
        assert time.time() < deadline, "the chat never saved the session at the colleague flow's question"
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    res = subprocess.run(ENTRAIDE + ["chat"], cwd=ROOT, input="aide\n", capture_output=True, text=True, env=full_env,
                         timeout=180)
    assert "Qu'est-ce qui vous aiderait maintenant?" in res.stdout  # the colleague flow's question, where we were


def test_no_message_text_or_raw_id_in_the_database(tmp_path: Path) -> None:
    db = tmp_path / "anon.db"
    secret_words = "Gertrude Tremblay m'humilie devant tout le monde au 555-0199"
    script = "\n".join(json.dumps({"user": "483920117", "text": t}) for t in ("allo", secret_words, "oui", "3")) + "\n"
    res = run(["simulate", "--db", f"sqlite:///{db}"], stdin=script)
    assert res.returncode == 0
    dump = "\n".join(sqlite3.connect(db).iterdump())
    for leaked in ("Gertrude", "Tremblay", "555-0199", "483920117", "humilie"):
        assert leaked not in dump
    assert "violence_harassment" in dump  # what we do keep: the topic, anonymously


@pytest.mark.parametrize("text", ["x" * 50_000])
def test_huge_message_through_the_cli(text: str) -> None:
    res = run(["simulate"], stdin=json.dumps({"user": "w", "text": text}) + "\n")
    assert res.returncode == 0 and "Traceback" not in res.stderr
    assert json.loads(res.stdout.splitlines()[0])["text"]


def test_simulate_with_roles_two_helpers_race_and_one_wins() -> None:
    lines = [
        {"user": "c1", "role": "coordinator", "command": "invite"},
        {"user": "c1", "role": "coordinator", "command": "invite"},
        {"user": "h1", "text": "/helper SIM-0001"}, {"user": "h2", "text": "/helper SIM-0002"},
        {"user": "h3", "text": "/helper SIM-0001"},  # already used
        {"user": "h1", "text": "/available"}, {"user": "h2", "text": "/available"},
        {"user": "w1", "text": "bonjour"}, {"user": "w1", "text": "ma mère est décédée"}, {"user": "w1", "text": "oui"},
        {"user": "w1", "button": "peer"}, {"user": "w1", "button": "yes"}, {"user": "w1", "button": "now"},
        {"user": "w1", "button": "skip"},
        {"user": "h2", "button": "peer:accept:1"}, {"user": "h1", "button": "peer:accept:1"},
        {"user": "w1", "text": "merci"}, {"user": "h2", "text": "Je vous écoute."},
    ]
    res = run(["simulate"], stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert res.returncode == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    by_turn = {(o["turn"], o["to"]): o["text"] for o in out}
    assert "pas valide" in by_turn[(5, "h3")]
    assert "Nouvelle demande no 1" in by_turn[(14, "h1")] and "Nouvelle demande no 1" in by_turn[(14, "h2")]
    assert "est à vous" in by_turn[(15, "h2")] and "déjà prise" in by_turn[(16, "h1")]
    assert by_turn[(17, "h2")] == "Demande no 1 : merci" and by_turn[(18, "w1")] == "Personne aidante : Je vous écoute."
    assert res.stdout == run(["simulate"], stdin="\n".join(json.dumps(x) for x in lines) + "\n").stdout  # diffable
