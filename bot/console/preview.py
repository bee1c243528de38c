"""Try it: a chat on the draft, on its own in-memory service (nothing reaches the real database or a
real helper), with what the engine knew beside each answer (flow, step, slots, theme, crisis, language).

A conversation begins with the main flow's welcome or at any flow's first step, in French or in English;
each turn is kept (what was sent, what came, the state after it) so it can be saved as a conversation test.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from bot.config import Config
from bot.console.build import definitions_of
from bot.console.content import Files
from bot.engine.messages import Event, Outgoing
from bot.engine.safety import MODES
from bot.engine.state import SessionState
from bot.nlu.crisis import detect_all
from bot.service import Entraide, build_service
from bot.store.memory import MemoryStore

CHANNEL = "console"
MAX_CONVERSATIONS = 200  # kept in memory for "save as a test"; the oldest is forgotten first
MAX_TURNS = 200


@dataclass(frozen=True)
class Said:
    """One turn of a preview: the step as a conversation test writes it, what came back, the state after."""

    step: dict[str, str]
    messages: list[Outgoing]
    state: SessionState


def _signature(files: Files) -> str:
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.encode() + b"\0" + files[path].encode() + b"\0")
    return h.hexdigest()


def crisis_level(event: Event, before: SessionState | None, after: SessionState, crisis: bool) -> str:
    """What the inspector shows of danger: the detector's tier and category for this message (as the engine
    read it), else the crisis dialogue still under way, else nothing."""
    if event.kind == "text" and event.text.strip():
        found = detect_all(event.text, neighbours=(before.mode if before else None) not in MODES)
        if found.crisis and crisis:
            return f"{found.level}: {found.category}"
    if after.mode in MODES:
        return f"{after.mode}: {after.crisis or '-'}"
    return ""


def as_json(m: Outgoing, state: SessionState | None = None, level: str = "") -> dict[str, Any]:
    meta = m.meta
    return {"text": m.text, "buttons": [{"label": b.label, "payload": b.payload} for b in m.buttons],
            "meta": {"flow": meta.flow, "step": meta.step, "theme": meta.theme, "crisis": meta.crisis,
                     "lang": meta.lang, "resources": list(meta.resources),
                     "slots": dict(sorted(state.slots.items())) if state else {}, "level": level}}


def step_of(event: Event) -> dict[str, str]:
    """The event as a conversation test's step (bot.engine.conversation_tests replays it)."""
    if event.kind == "start":
        return {"start": event.payload, "lang": event.lang_hint}
    if event.kind == "button":
        return {"button": event.payload}
    if event.kind == "command":
        return {"command": event.command, **({"arg": event.arg} if event.arg else {})}
    return {"user": event.text}


class Preview:
    """One service per draft (rebuilt when the draft changes); a conversation per browser tab."""

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self._lock = threading.Lock()
        self._svc: tuple[str, Entraide] | None = None
        self._talks: OrderedDict[str, tuple[str, list[Said]]] = OrderedDict()  # the draft's signature, the turns

    def service(self, files: Files) -> tuple[str, Entraide]:
        """The draft's signature and its service. Raises ProblemsError when the draft does not load (the page
        shows where)."""
        sig = _signature(files)
        with self._lock:
            if self._svc is None or self._svc[0] != sig:
                self._svc = (sig, build_service(self.cfg, definitions_of(self.cfg, files), MemoryStore()))
            return self._svc

    def event_of(self, body: dict[str, Any], now: float) -> Event:
        lang = str(body.get("lang")) if body.get("lang") in ("fr", "en") else ""
        if isinstance(body.get("start"), str) and body["start"]:
            return Event("start", now, payload=body["start"][:100], lang_hint=lang or "fr")
        if isinstance(body.get("button"), str) and body["button"]:
            return Event("button", now, payload=body["button"][:100], lang_hint=lang)
        return Event.from_text(str(body.get("text", ""))[:self.cfg.settings.session.max_message_chars], now, lang)

    def turn(self, files: Files, who: str, conversation: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        """One event of the conversation (`start`: a flow's id, `button`: a payload, or `text`), its answers
        each with the inspector's facts."""
        sig, svc = self.service(files)
        event = self.event_of(body, time.time())
        if event.kind == "start" and event.payload not in svc.defs.flows.flows:  # as the engine does: the main
            event = replace(event, payload=svc.defs.flows.main)  # flow, recorded so a saved test replays it
        talk = f"{who}-{conversation[:40]}"
        key = svc.key(CHANNEL, talk)
        before, _ = svc.store.load(key)
        msgs = [m for m in svc.handle_sync(CHANNEL, talk, event) if m.to is None]
        after, _ = svc.store.load(key)
        after = after or SessionState()
        for gone in self._remember(talk, sig, Said(step_of(event), msgs, after), fresh=event.kind == "start"):
            with svc.store.transaction() as tx:  # its session too: the preview's store holds only what is kept
                tx.delete(svc.key(CHANNEL, gone))
        level = crisis_level(event, before, after, any(m.meta.crisis for m in msgs))
        return [as_json(m, after, level) for m in msgs]

    def _remember(self, talk: str, sig: str, said: Said, fresh: bool) -> list[str]:
        """A new draft means a new service with no conversations: the engine began afresh, so does the record.
        Returns the conversations forgotten (the oldest, past MAX_CONVERSATIONS) that this draft's service holds."""
        gone = []
        with self._lock:
            old_sig, turns = self._talks.pop(talk, (sig, []))
            if fresh or old_sig != sig:
                turns = []
            self._talks[talk] = (sig, [*turns, said] if len(turns) < MAX_TURNS else turns)  # a test replays from the start
            while len(self._talks) > MAX_CONVERSATIONS:
                old_talk, (old_sig, _) = self._talks.popitem(last=False)
                if old_sig == sig:
                    gone.append(old_talk)
        return gone

    def transcript(self, who: str, conversation: str) -> list[Said]:
        """The conversation so far, as this console's user had it (another user's is not theirs to save)."""
        with self._lock:
            return list(self._talks.get(f"{who}-{conversation[:40]}", ("", []))[1])
