"""Entraide inside an organisation's Rasa assistant: custom actions for the standard action server.

    python -m rasa_sdk --actions bot.channels.rasa_actions --port 5055
    entraide rasa-actions --port 5055        (the same, plus a 400 for malformed calls)

The actions call the same code as the bot (bot.nlu.analyze, the safety messages, resource cards,
the FAQ, the peer-helper desk and its database), configured by ENTRAIDE_CONFIG / config.yaml and
DATABASE_URL. Whatever fails inside an action, Rasa gets a short apology with the crisis lines,
never an exception. Slots and actions are documented in docs/rasa.md.
"""

from __future__ import annotations

import abc
import asyncio
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.config import Config, load_config
from bot.crypto import Sealer
from bot.engine.cards import card_texts, referral_ids
from bot.engine.definitions import Definitions, load_definitions
from bot.engine.messages import Address, Event, Outgoing
from bot.engine.safety import crisis_answer
from bot.nlu.analyze import analyze
from bot.nlu.crisis import detect_all
from bot.peers.desk import Sender
from bot.service import Entraide, build_service
from bot.store.sql import SqlStore
from bot.types import Lang

log = logging.getLogger(__name__)
CHANNEL = "rasa"
# The last resort when even the knowledge base could not be loaded. Numbers from resource-facts.md.
LAST_RESORT = {
    "fr": "Désolé, un problème technique m'empêche de répondre. Si vous êtes en danger, appelez le 911. "
          "Pour parler à quelqu'un jour et nuit : 1 866 APPELLE (1-866-277-3553) ou le 988.",
    "en": "Sorry, a technical problem keeps me from answering. If you are in danger, call 911. "
          "To talk to someone day or night: 1 866 APPELLE (1-866-277-3553) or 988.",
}
# Routes offered as Rasa buttons; the payloads are intents of the domain in docs/rasa.md.
ROUTE_BUTTONS = {"fr": [("Parler à un pair aidant ou une paire aidante", "/entraide_request_helper"), ("Le 811", "/entraide_811")],
                 "en": [("Talk to a peer helper", "/entraide_request_helper"), ("811", "/entraide_811")]}


@dataclass
class Context:
    cfg: Config
    defs: Definitions
    svc: Entraide
    sealer: Sealer


class Loader:
    """Builds the Context once, on first use, so the action server starts even while the database is down."""

    def __init__(self, config: Path | None = None):
        self.config = config
        self._lock = threading.Lock()
        self._context: Context | None = None

    def __getstate__(self) -> dict[str, Any]:
        """rasa_sdk's server may pickle the actions into its worker: the path travels, the rest is rebuilt."""
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["config"])  # type: ignore[misc]

    def __call__(self) -> Context:
        with self._lock:
            if self._context is None:
                path = self.config or Path(os.environ.get("ENTRAIDE_CONFIG") or Path.cwd() / "config.yaml")
                cfg = load_config(path)
                defs = load_definitions(cfg)
                svc = build_service(cfg, defs, SqlStore(cfg.database_url))
                self._context = Context(cfg, defs, svc, Sealer(cfg.relay_key))
            return self._context


# For `python -m rasa_sdk --actions bot.channels.rasa_actions`, which makes each action with no
# arguments: config.yaml in the working directory, or ENTRAIDE_CONFIG. `entraide rasa-actions
# --config` passes its file to create_app() instead.
_default = Loader()


def context() -> Context:
    return _default()


def _text(tracker: Tracker) -> str:
    latest = tracker.latest_message if isinstance(tracker.latest_message, dict) else {}
    text = latest.get("text")
    return text if isinstance(text, str) else ""


def _lang(ctx: Context | None, tracker: Tracker) -> Lang:
    slot = tracker.get_slot("entraide_lang")
    if slot in ("fr", "en"):
        return "en" if slot == "en" else "fr"
    text = _text(tracker)
    if ctx and text:
        return "en" if analyze(ctx.defs, text)["lang"] == "en" else "fr"
    return ctx.defs.default_lang if ctx else "fr"


def _say(dispatcher: CollectingDispatcher, msg: Outgoing | str, buttons: list[tuple[str, str]] | None = None) -> None:
    text = msg if isinstance(msg, str) else msg.text
    extra = [(b.label, b.payload) for b in msg.buttons] if isinstance(msg, Outgoing) else []
    all_buttons = [{"title": t, "payload": p} for t, p in (buttons or []) + extra]
    dispatcher.utter_message(text=text, buttons=all_buttons) if all_buttons else dispatcher.utter_message(text=text)


class EntraideAction(Action, abc.ABC):
    """Shared run(): the work, or on any failure a safe message with the crisis lines."""

    action_name = ""

    def __init__(self, loader: Loader | None = None):
        self.loader = loader or _default

    def name(self) -> str:
        return self.action_name

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        """Database and NLU work run in a thread, so the server keeps answering other calls."""
        return await asyncio.to_thread(self._run, dispatcher, tracker)

    def _run(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        ctx: Context | None = None
        try:
            ctx = self.loader()
            return self.act(ctx, dispatcher, tracker)
        except Exception as e:  # noqa: BLE001 - Rasa must never get an exception from us
            log.error("%s failed: %s", self.name(), e.__class__.__name__, exc_info=not isinstance(e, OSError))
            lang = _safe_lang(ctx, tracker)
            try:
                text = ctx.defs.knowledge.message("error_sorry").get(lang) if ctx else LAST_RESORT[lang]
            except Exception:  # noqa: BLE001
                text = LAST_RESORT[lang]
            dispatcher.utter_message(text=text)
            return []

    @abc.abstractmethod
    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]: ...


def _safe_lang(ctx: Context | None, tracker: Tracker) -> Lang:
    try:
        return _lang(ctx, tracker)
    except Exception:  # noqa: BLE001
        return "fr"


class AnalyzeAction(EntraideAction):
    """Language, crisis and theme of the latest message, as slots the assistant's rules can test."""

    action_name = "action_entraide_analyze"

    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        text = _text(tracker)
        current = tracker.get_slot("entraide_lang")
        result = analyze(ctx.defs, text, current if current in ("fr", "en") else None)
        return [SlotSet("entraide_lang", result["lang"]), SlotSet("entraide_crisis", bool(result["crisis"])),
                SlotSet("entraide_theme", result["theme"])]


class CrisisResponseAction(EntraideAction):
    """The bot's own first crisis answer for the kind of danger, in the person's language (as in every channel)."""

    action_name = "action_entraide_crisis_response"

    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        lang = _lang(ctx, tracker)
        # When the assistant's own rules chose this action, the answer is the one about suicide.
        for reply in crisis_answer(ctx.defs.knowledge, detect_all(_text(tracker)), lang):
            _say(dispatcher, reply.text)
        return [SlotSet("entraide_crisis", True)]


class ReferAction(EntraideAction):
    """Resource cards for the theme slot; without a known theme, the general routes (EAP, 811)."""

    action_name = "action_entraide_refer"

    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        lang = _lang(ctx, tracker)
        k = ctx.defs.knowledge
        theme_id = tracker.get_slot("entraide_theme")
        theme = k.themes.get(theme_id) if isinstance(theme_id, str) else None
        if theme_id and theme is None:
            log.warning("action_entraide_refer: unknown theme %r", str(theme_id)[:40])
            _say(dispatcher, k.message("error_sorry").get(lang))
        cards = [text for _, text in card_texts(k, ctx.defs.org, referral_ids(k, theme.id if theme else None),
                                                  lang, {})]
        for i, card in enumerate(cards):
            _say(dispatcher, card, ROUTE_BUTTONS[lang] if i == len(cards) - 1 else None)
        return []


class FaqAction(EntraideAction):
    """Answer a recognised question about mutual aid, with the resources that go with it."""

    action_name = "action_entraide_faq"

    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        lang = _lang(ctx, tracker)
        k = ctx.defs.knowledge
        faq_id = ctx.defs.faq.best(_text(tracker))
        if faq_id is None:
            _say(dispatcher, k.message("not_understood").get(lang))
            return [SlotSet("entraide_faq", None)]
        q = k.faq[faq_id]
        _say(dispatcher, q.answer.get(lang))
        for _, text in card_texts(k, ctx.defs.org, q.resources, lang, {}):
            _say(dispatcher, text)
        return [SlotSet("entraide_faq", faq_id)]


class RequestHelperAction(EntraideAction):
    """An opt-in contact request to the peer helpers (call it after the person said yes)."""

    action_name = "action_entraide_request_helper"

    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        desk = ctx.svc.desk
        assert desk is not None
        lang = _lang(ctx, tracker)
        sender = Sender(Address(CHANNEL, tracker.sender_id))
        key = ctx.svc.key(CHANNEL, tracker.sender_id)
        slots = {"window": str(tracker.get_slot("entraide_window") or ""),
                 "region": str(tracker.get_slot("entraide_region") or "")}
        theme = tracker.get_slot("entraide_theme")
        for m in ctx.svc.commit(lambda peers: desk.create_request(
                peers, key, sender, lang, slots, theme if isinstance(theme, str) else None, time.time())):
            _say(dispatcher, m)
        return [SlotSet("entraide_peer", "requested")]


class RelayAction(EntraideAction):
    """While a peer helper has the request: pass the latest message on, and show theirs."""

    action_name = "action_entraide_relay"

    def act(self, ctx: Context, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        desk = ctx.svc.desk
        store = ctx.svc.store
        assert desk is not None
        lang = _lang(ctx, tracker)
        address = Address(CHANNEL, tracker.sender_id)
        key = ctx.svc.key(CHANNEL, tracker.sender_id)
        text = _text(tracker)
        event = Event.from_text(text, time.time()) if text else Event("text", time.time())
        for m in ctx.svc.commit(lambda peers: desk.route(peers, key, event, Sender(address), lang)):
            _say(dispatcher, m)
        assert ctx.svc.channels is not None
        for row in store.pending(ctx.svc.channels.mailbox(address)):
            body = ctx.sealer.open(row.envelope)
            _say(dispatcher, str(body.get("text", "")), [(str(t), str(p)) for t, p in body.get("buttons", [])])
            store.sent(row.id)
        return []


__all__ = ["AnalyzeAction", "CrisisResponseAction", "ReferAction", "FaqAction", "RequestHelperAction",
           "RelayAction", "context"]


def problem_with(call: Any) -> str | None:
    """What is wrong with a webhook call, in a sentence; None when it has the shape Rasa sends."""
    if not isinstance(call, dict):
        return "the body must be a JSON object with next_action, sender_id, tracker and domain"
    if not isinstance(call.get("next_action"), str) or not call["next_action"]:
        return "next_action must be the name of an action, e.g. action_entraide_analyze"
    tracker = call.get("tracker")
    if not isinstance(tracker, dict):
        return "tracker must be an object (with sender_id, slots, latest_message, events)"
    if not isinstance(tracker.get("sender_id", call.get("sender_id")), str):
        return "tracker.sender_id must be a string"
    for name, kind in (("slots", dict), ("latest_message", dict), ("events", list)):
        if name in tracker and tracker[name] is not None and not isinstance(tracker[name], kind):
            return f"tracker.{name} must be {'an object' if kind is dict else 'a list'}"
    if "domain" in call and call["domain"] is not None and not isinstance(call["domain"], dict):
        return "domain must be an object"
    return None


def create_app(config: Path | None = None) -> Any:
    """rasa_sdk's own server with our actions (configured by `config`), plus a clear 400 for a call
    Rasa would never send."""
    import json

    from rasa_sdk.endpoint import create_app as sdk_app
    from rasa_sdk.executor import ActionExecutor
    from sanic import response

    executor = ActionExecutor()
    loader = Loader(config) if config else _default
    for action in (AnalyzeAction, CrisisResponseAction, ReferAction, FaqAction, RequestHelperAction, RelayAction):
        executor.register_action(action(loader))
    app = sdk_app(executor)

    @app.on_request
    async def refuse_malformed(request: Any) -> Any:
        if request.method != "POST" or request.path != "/webhook":
            return None
        try:
            call = json.loads(request.body or b"")
        except ValueError:
            return response.json({"error": "the body is not JSON"}, status=400)
        problem = problem_with(call)
        return response.json({"error": problem}, status=400) if problem else None

    return app
