"""What a kind of flow step is: its YAML keys, how it is read, what it does, where it can lead.

One module per kind in this package, each registering one `StepKind`; the loader, the interpreter,
the validator and docs/flows.md all follow the registry, so a new kind is one new module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.engine.model import END, Flow, Step
from bot.text import Text, parse_text
from bot.yamlio import Source, line

if TYPE_CHECKING:
    from bot.engine.interpreter import Run

SLOT_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class Reading:
    """One step's YAML while it is read: where it is, for errors that name the file and line."""

    src: Source
    node: Mapping[str, Any]
    at: int  # the step's line
    what: str  # "step `greet`", for messages
    base: dict[str, Any]  # id, kind, line, next: what every step has

    @property
    def value(self) -> Any:
        return self.node[self.base["kind"]]

    @property
    def value_line(self) -> int:
        return line(self.node, self.base["kind"], self.at)

    def line_of(self, key: str) -> int:
        return line(self.node, key, self.at)

    def text(self, value: Any, at: int, label: str) -> Text | None:
        return parse_text(self.src, value, at, f"{self.what} {label}")

    def error(self, at: int, message: str) -> None:
        self.src.error(at, f"{self.what}: {message}")


Parse = Callable[[Reading], Step | None]
Execute = Callable[["Run", Flow, Step], bool]  # True: go on to the step after it


def follows(flow: Flow, step: Step) -> list[str | None]:
    """Where a step may lead by its `next:` (None: off the end of the flow)."""
    if step.next is None:
        nxt = flow.following(step.id)
        return [nxt.id if nxt else None]
    if isinstance(step.next, str):
        return [step.next]
    return [b.target for b in step.next]


def ends(flow: Flow, step: Step) -> list[str | None]:
    return [END]


def leaves(flow: Flow, step: Step) -> list[str | None]:
    return []


@dataclass(frozen=True)
class StepKind:
    name: str
    doc: str  # one line for docs/flows.md (a test checks the docs name every kind)
    parse: Parse
    execute: Execute
    keys: frozenset[str] = frozenset()  # its own keys beside id, next, description and its name
    waits: bool = False  # the turn stops here until the person answers
    refers: bool = False  # reaching it counts as a referral or an ending (no dead end after it)
    flow_target: bool = False  # `target` names a flow (link, call)
    takes_next: bool = True
    successors: Callable[[Flow, Step], list[str | None]] = follows
