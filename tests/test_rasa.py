"""The Rasa custom actions in the real rasa-sdk action server, called over HTTP as Rasa calls them."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_config
from bot.crypto import Sealer
from bot.engine.cards import unconfigured
from bot.engine.definitions import load_definitions
from bot.engine.messages import Address, Event
from bot.peers.desk import Sender
from bot.service import Delivery, build_service
from bot.store.sql import SqlStore

pytestmark = pytest.mark.slow  # starts processes; `pytest -m "not slow"` is the quick loop

ROOT = Path(__file__).resolve().parents[1]
ENV = {"ENTRAIDE_SECRET": "rasa-test-secret-0123456789", "ENTRAIDE_RELAY_KEY": "rasa-relay-0123456789"}
THEMES = ("civility", "addiction", "youth_distress", "grief", "work_mental_health", "violence_harassment",
          "domestic_violence", "return_to_work")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, args: list[str], project: Path, db_url: str):
        self.port = _port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, **ENV, "DATABASE_URL": db_url, "ENTRAIDE_CONFIG": str(project / "config.yaml")}
        self.log = (project / f"rasa-{self.port}.log").open("w")
        self.proc = subprocess.Popen([sys.executable, *args, "--port", str(self.port)], cwd=project, env=env,
                                     stdout=self.log, stderr=self.log)
        deadline = time.time() + 180  # a busy CI machine can take a while to import rasa-sdk and sanic
        while not self.up():
            assert self.proc.poll() is None, "the action server exited"
            assert time.time() < deadline, "the action server did not start"
            time.sleep(0.2)

    def up(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=10) as r:
                return r.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def post(self, body: bytes | dict[str, Any]) -> tuple[int, dict[str, Any]]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        req = urllib.request.Request(f"{self.url}/webhook", data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def call(self, action: str, text: str = "", slots: dict[str, Any] | None = None,
             sender: str = "rasa-user-1") -> dict[str, Any]:
        status, body = self.post(payload(action, text, slots, sender))
        assert status == 200, body
        return body

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)
        self.log.close()


def payload(action: str, text: str, slots: dict[str, Any] | None = None, sender: str = "rasa-user-1") -> dict[str, Any]:
    """The body Rasa posts to the action server."""
    return {"next_action": action, "sender_id": sender, "version": "3.10.0",
            "tracker": {"sender_id": sender, "slots": slots or {}, "latest_message": {"text": text, "intent": {}},
                        "events": [], "paused": False, "followup_action": None, "active_loop": {},
                        "latest_action_name": "action_listen"},
            "domain": {"slots": {}, "responses": {}, "actions": []}}


def slots_of(body: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in body["events"] if e["event"] == "slot"}


def said(body: dict[str, Any]) -> str:
    return "\n".join(r.get("text") or "" for r in body["responses"])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rasa")
    for name in ("flows", "knowledge"):
        subprocess.run(["cp", "-r", str(ROOT / name), str(root / name)], check=True)
    (root / "config.yaml").write_text((ROOT / "config.yaml").read_text())
    return root


@pytest.fixture(scope="module")
def server(project: Path) -> Iterator[Server]:
    s = Server(["-m", "bot", "rasa-actions"], project, f"sqlite:///{project / 'rasa.db'}")
    yield s
    s.stop()


def test_analyze_sets_language_crisis_and_theme(server: Server) -> None:
    fr = slots_of(server.call("action_entraide_analyze", "Mon boss me crie dessus devant tout le monde"))
    assert fr == {"entraide_lang": "fr", "entraide_crisis": False, "entraide_theme": "violence_harassment"}
    en = slots_of(server.call("action_entraide_analyze", "My dad died last week and I can't focus at work"))
    assert en == {"entraide_lang": "en", "entraide_crisis": False, "entraide_theme": "grief"}
    crisis = slots_of(server.call("action_entraide_analyze", "j'ai envie de mourir, je veux en finir"))
    assert crisis["entraide_crisis"] is True and crisis["entraide_lang"] == "fr"


@pytest.mark.parametrize(("lang", "text"), [("fr", "je veux me suicider"), ("en", "I'm going to kill myself")])
def test_crisis_response_in_the_persons_language(server: Server, lang: str, text: str) -> None:
    body = server.call("action_entraide_crisis_response", text, {"entraide_lang": lang})
    reply = said(body)
    assert all(n in reply for n in ("1 866 APPELLE", "988", "911"))
    assert ("Merci" in reply) == (lang == "fr") and ("Thank you" in reply) == (lang == "en")


@pytest.mark.parametrize("theme", THEMES)
def test_refer_sends_the_cards_of_each_theme_with_buttons(server: Server, theme: str, project: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    for k_, v in ENV.items():
        monkeypatch.setenv(k_, v)
    k = load_definitions(load_config(project / "config.yaml")).knowledge
    body = server.call("action_entraide_refer", "", {"entraide_theme": theme, "entraide_lang": "fr"})
    cfg = load_config(project / "config.yaml")
    listed = [k.resources[r] for r in k.themes[theme].resources if k.resources[r].enabled]
    names = [r.name.get("fr") for r in listed]
    assert names and all(n in said(body) for n in names), (names, said(body))
    # As on Telegram: two or more contacts the organisation has not filled in share one line at the end.
    empty = sum(unconfigured(cfg.settings.organisation, r, {}) for r in listed)
    assert len(body["responses"]) == len(names) - (empty - 1 if empty >= 2 else 0)
    buttons = body["responses"][-1]["buttons"]
    assert {"title": "Parler à un pair aidant ou une paire aidante", "payload": "/entraide_request_helper"} in buttons


def test_an_unknown_theme_gets_a_safe_message_and_the_general_routes(server: Server) -> None:
    body = server.call("action_entraide_refer", "", {"entraide_theme": "astrology", "entraide_lang": "en"})
    reply = said(body)
    assert "911" in reply and "1 866 APPELLE" in reply and "811" in reply


def test_faq_answers_a_known_question_and_admits_an_unknown_one(server: Server) -> None:
    body = server.call("action_entraide_faq", "c'est quoi un pair aidant?", {"entraide_lang": "fr"})
    assert slots_of(body)["entraide_faq"] and len(said(body)) > 80
    body = server.call("action_entraide_faq", "what is the capital of Peru", {"entraide_lang": "en"})
    assert slots_of(body)["entraide_faq"] is None and "not sure I understood" in said(body)


def test_malformed_calls_get_a_clear_400_and_the_server_stays_up(server: Server) -> None:
    for bad in (b"not json", b"[]", {"next_action": 5}, {"next_action": "action_entraide_analyze"},
                {"next_action": "action_entraide_analyze", "tracker": {"sender_id": 7}},
                {**payload("action_entraide_analyze", "x"), "tracker": {"sender_id": "u", "slots": []}}):
        status, body = server.post(bad)
        assert status == 400 and isinstance(body.get("error"), str) and body["error"], (bad, body)
    status, body = server.post(payload("action_no_such_thing", "hello"))
    assert status == 404 and "action_no_such_thing" in json.dumps(body)
    huge = server.call("action_entraide_analyze", "a\x00b\x1b" + "mots " * 10_000)
    assert slots_of(huge)["entraide_crisis"] is False
    assert server.up()


def test_request_helper_then_relay_both_ways_with_a_telegram_helper(server: Server, project: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for k_, v in ENV.items():
        monkeypatch.setenv(k_, v)
    cfg = load_config(project / "config.yaml")
    store = SqlStore(f"sqlite:///{project / 'rasa.db'}")
    svc = build_service(cfg, load_definitions(cfg), store)
    sealer = Sealer(cfg.relay_key)
    helper_chat = 4242001

    def helper(words: str = "", button: str = "") -> None:
        event = Event("button", time.time(), payload=button) if button else Event.from_text(words, time.time())
        svc.turn_sync("telegram", helper_chat, event, Delivery(f"tg:test:{time.time_ns()}"),
                      Sender(Address("telegram", str(helper_chat))))

    code = svc.handle_sync("sim", "coord", Event.from_text("/invite", time.time()), Sender(Address("sim", "coord"), True))
    helper(f"/helper {code[0].text.split(': ')[1].split(chr(10))[0]}")
    helper("/available")
    body = server.call("action_entraide_request_helper", "oui", {"entraide_lang": "fr", "entraide_theme": "grief",
                                                                 "entraide_window": "evening"}, sender="w-rasa")
    assert "demande no" in said(body) and slots_of(body) == {"entraide_peer": "requested"}
    offer = [sealer.open(p.envelope) for p in store.pending(svc.key("telegram", helper_chat))]
    assert any("Nouvelle demande" in o["text"] and "Deuil" in o["text"] for o in offer), offer
    number = next(o["buttons"][0][1] for o in offer if o["buttons"]).split(":")[2]
    helper(button=f"peer:accept:{number}")
    assert store.pending(svc.key("rasa", "w-rasa"))  # waiting for the Rasa side to ask
    body = server.call("action_entraide_relay", "merci, je suis contente de vous parler", {"entraide_lang": "fr"},
                       sender="w-rasa")
    assert "a accepté votre demande" in said(body)
    to_helper = [sealer.open(p.envelope)["text"] for p in store.pending(svc.key("telegram", helper_chat))]
    assert "Demande no " + number + " : merci, je suis contente de vous parler" in to_helper
    helper("Bonsoir, je suis là.")
    body = server.call("action_entraide_relay", "", {"entraide_lang": "fr"}, sender="w-rasa")
    assert "Personne aidante : Bonsoir, je suis là." in said(body)
    dump = "\n".join(sqlite3.connect(project / "rasa.db").iterdump())
    assert "w-rasa" not in dump and "4242001" not in dump and "contente" not in dump
    store.close()


def test_database_down_gives_a_safe_message_not_an_error(project: Path) -> None:
    s = Server(["-m", "bot", "rasa-actions"], project, "postgresql+psycopg://nobody@127.0.0.1:1/none")
    try:
        body = s.call("action_entraide_request_helper", "yes", {"entraide_lang": "en"})
        assert "911" in said(body) and "1 866 APPELLE" in said(body)
        assert s.up()
    finally:
        s.stop()


def test_the_standard_rasa_sdk_command_serves_the_actions(project: Path) -> None:
    s = Server(["-m", "rasa_sdk", "--actions", "bot.channels.rasa_actions"], project,
               f"sqlite:///{project / 'rasa-std.db'}")
    try:
        with urllib.request.urlopen(f"{s.url}/actions", timeout=60) as r:
            names = {a["name"] for a in json.loads(r.read())}
        assert names == {"action_entraide_analyze", "action_entraide_crisis_response", "action_entraide_refer",
                         "action_entraide_faq", "action_entraide_request_helper", "action_entraide_relay"}
        assert slots_of(s.call("action_entraide_analyze", "hello, I need help"))["entraide_lang"] == "en"
    finally:
        s.stop()


def test_the_documented_domain_matches_the_actions() -> None:
    """docs/rasa.md is what organisations paste: its domain must name our actions and slots."""
    import re as _re

    from rasa_sdk.executor import ActionExecutor
    from ruamel.yaml import YAML

    blocks = [YAML(typ="safe").load(b) for b in _re.findall(r"```yaml\n(.*?)```", (ROOT / "docs/rasa.md").read_text(), _re.S)]
    domain = next(b for b in blocks if "slots" in b and "actions" in b)
    executor = ActionExecutor()
    executor.register_package("bot.channels.rasa_actions")
    assert set(domain["actions"]) == {a.name for a in executor.list_actions()}
    source = (ROOT / "bot/channels/rasa_actions.py").read_text()
    used = set(_re.findall(r'"(entraide_[a-z_]+)"', source)) - {"entraide_request_helper", "entraide_811"}
    assert used <= set(domain["slots"]), used - set(domain["slots"])
    rules = next(b for b in blocks if "rules" in b)
    assert rules["rules"][0]["steps"][0] == {"action": "action_entraide_analyze"}
