"""`action:` something the service does after the turn (today: `request_helper`, a contact request)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.model import KNOWN_ACTIONS, Flow, Step
from bot.engine.steps.base import Reading, StepKind

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def parse(r: Reading) -> Step | None:
    if r.value not in KNOWN_ACTIONS:
        r.error(r.value_line, f"unknown action {r.value!r}; known actions: {', '.join(KNOWN_ACTIONS)}")
        return None
    return Step(**r.base, target=str(r.value))


def execute(run: Run, flow: Flow, step: Step) -> bool:
    if step.target:
        run.actions.append(step.target)
    return True


KIND = StepKind("action", f"asks the service to act after the turn ({', '.join(KNOWN_ACTIONS)})", parse, execute,
                refers=True)
