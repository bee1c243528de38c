"""`end:` the conversation (or, inside a called flow, back to the caller), with an optional closing text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps.base import Reading, StepKind, ends

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def parse(r: Reading) -> Step | None:
    if r.value is True or r.value is None:
        return Step(**r.base)
    t = r.text(r.value, r.value_line, "closing text")
    return Step(**r.base, text=t) if t else None


def execute(run: Run, flow: Flow, step: Step) -> bool:
    if len(run.s.stack) > 1:
        run.flow_end()
        return False
    if step.text:
        run.emit(run.text(step.text))
    run.s.stack = []
    run.s.status = "ended"
    return False


KIND = StepKind("end", "the end of the conversation (`end: true`, or a closing text); in a called flow, back to the caller",
                parse, execute, refers=True, takes_next=False, successors=ends)
