"""A session's state: small, JSON-serialisable, and free of anything the person wrote."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.nlu.crisis_taxonomy import CATEGORIES, Category
from bot.types import Lang

Status = Literal["new", "active", "ended"]
# crisis_concern: asked "are you thinking of suicide?"; crisis_ask: asked whether someone is in danger now;
# crisis_offer: offered what could help next. See bot.engine.safety.
Mode = Literal["crisis_concern", "crisis_ask", "crisis_offer", "clarify"]
STATE_VERSION = 1


@dataclass(frozen=True)
class Frame:
    """Where a conversation stands in a flow. Immutable, so copies of a state can share frames."""

    flow: str
    step: str


@dataclass
class SessionState:
    lang: Lang | None = None
    lang_locked: bool = False
    status: Status = "new"
    stack: list[Frame] = field(default_factory=list)
    slots: dict[str, str] = field(default_factory=dict)
    history: list[list[Frame]] = field(default_factory=list)
    mode: Mode | None = None
    choices: list[str] = field(default_factory=list)
    nlu_theme: str | None = None
    # The situations (ids from knowledge/themes.yaml) the last message that named a theme pointed to.
    nlu_situations: list[str] = field(default_factory=list)
    unclear: int = 0
    # The kind of danger the crisis follow-up is about (never the words), and whether the person
    # has said it is not happening now. Both are cleared when the crisis follow-up ends.
    crisis: Category | None = None
    crisis_settled: bool = False
    last_seen: float = 0.0
    turns: int = 0

    def to_json(self) -> str:
        data: dict[str, Any] = dict(self.__dict__)
        data["stack"] = [{"flow": f.flow, "step": f.step} for f in self.stack]
        data["history"] = [[{"flow": f.flow, "step": f.step} for f in snap] for snap in self.history]
        data["v"] = STATE_VERSION
        return json.dumps(data, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> SessionState:
        data: dict[str, Any] = json.loads(raw)
        data.pop("v", None)
        known = {f for f in cls.__dataclass_fields__}
        data = {k: v for k, v in data.items() if k in known}
        data["stack"] = [Frame(**f) for f in data.get("stack", [])]
        data["history"] = [[Frame(**f) for f in snap] for snap in data.get("history", [])]
        if data.get("crisis") not in CATEGORIES:
            data["crisis"] = None
        return cls(**data)

    def copy(self) -> SessionState:
        """A state the turn may change freely: its own lists and dicts; strings and frames are immutable, so shared.

        Without a JSON round trip (a tenth of the engine's time per turn). Every container field is listed
        here; tests/test_state.py fails when a new one is added and not copied."""
        new = object.__new__(SessionState)
        new.__dict__.update(self.__dict__)
        new.stack = list(self.stack)
        new.slots = dict(self.slots)
        new.history = [list(snap) for snap in self.history]
        new.choices = list(self.choices)
        new.nlu_situations = list(self.nlu_situations)
        return new

    def fresh(self) -> SessionState:
        """A new conversation that keeps only the language."""
        return SessionState(lang=self.lang, lang_locked=self.lang_locked, last_seen=self.last_seen)
