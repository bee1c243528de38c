"""Try it: a chat on the draft, on its own in-memory service (nothing reaches the real database or a
real helper), with what the engine knew beside each answer (flow, step, theme, crisis, language)."""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any

from bot.config import Config
from bot.console.build import definitions_of
from bot.console.content import Files
from bot.engine.messages import Event, Outgoing
from bot.service import Entraide, build_service
from bot.store.memory import MemoryStore

CHANNEL = "console"


def _signature(files: Files) -> str:
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.encode() + b"\0" + files[path].encode() + b"\0")
    return h.hexdigest()


def as_json(m: Outgoing) -> dict[str, Any]:
    meta = m.meta
    return {"text": m.text, "buttons": [{"label": b.label, "payload": b.payload} for b in m.buttons],
            "meta": {"flow": meta.flow, "step": meta.step, "theme": meta.theme, "crisis": meta.crisis,
                     "lang": meta.lang, "resources": list(meta.resources)}}


class Preview:
    """One service per draft (rebuilt when the draft changes); a conversation per browser tab."""

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self._lock = threading.Lock()
        self._svc: tuple[str, Entraide] | None = None

    def service(self, files: Files) -> Entraide:
        """Raises ProblemsError when the draft does not load (the page shows where)."""
        sig = _signature(files)
        with self._lock:
            if self._svc is None or self._svc[0] != sig:
                self._svc = (sig, build_service(self.cfg, definitions_of(self.cfg, files), MemoryStore()))
            return self._svc[1]

    def turn(self, files: Files, who: str, conversation: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        svc = self.service(files)
        lang = str(body.get("lang")) if body.get("lang") in ("fr", "en") else ""
        now = time.time()
        if isinstance(body.get("button"), str) and body["button"]:
            event = Event("button", now, payload=body["button"][:100], lang_hint=lang)
        else:
            event = Event.from_text(str(body.get("text", ""))[:self.cfg.settings.session.max_message_chars], now, lang)
        return [as_json(m) for m in svc.handle_sync(CHANNEL, f"{who}-{conversation[:40]}", event) if m.to is None]
