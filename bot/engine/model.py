"""Immutable flow definitions. Loaded and validated once; the interpreter only reads them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.engine.conditions import Condition
from bot.text import Text

StepKind = Literal["say", "ask", "set", "refer", "listen", "answer", "link", "call", "end", "noop", "action"]
FreeText = Literal["none", "theme", "any"]

END = "end"
# What an `action:` step may ask the service to do after the turn (bot.peers handles them).
KNOWN_ACTIONS = ("request_helper",)
# Where `buttons_from:` may take buttons from (expanded from config.yaml when definitions are built).
BUTTON_SOURCES = ("regions",)
FREE_TEXT_VALUE = "free_text"


@dataclass(frozen=True)
class ButtonDef:
    payload: str
    label: Text
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Branch:
    condition: Condition | None  # None is the `else:` branch
    target: str
    line: int


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    line: int
    text: Text | None = None
    slot: str | None = None
    buttons: tuple[ButtonDef, ...] = ()
    free_text: FreeText = "none"
    reprompt: Text | None = None
    values: tuple[tuple[str, str | None], ...] = ()
    resources: tuple[str, ...] = ()
    resources_from: str | None = None
    target: str | None = None
    buttons_from: str | None = None
    next: str | tuple[Branch, ...] | None = None


@dataclass(frozen=True)
class Flow:
    id: str
    description: str
    steps: tuple[Step, ...]
    file: str
    line: int

    def step(self, step_id: str) -> Step | None:
        for s in self.steps:
            if s.id == step_id:
                return s
        return None

    def following(self, step_id: str) -> Step | None:
        for i, s in enumerate(self.steps):
            if s.id == step_id:
                return self.steps[i + 1] if i + 1 < len(self.steps) else None
        return None


@dataclass(frozen=True)
class FlowSet:
    flows: dict[str, Flow]
    main: str
    files: tuple[str, ...] = ()
