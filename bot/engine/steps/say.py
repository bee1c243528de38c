"""`say:` a sentence, then go on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps.base import Reading, StepKind

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def parse(r: Reading) -> Step | None:
    t = r.text(r.value, r.value_line, "text")
    return Step(**r.base, text=t) if t else None


def execute(run: Run, flow: Flow, step: Step) -> bool:
    if step.text:
        run.emit(run.text(step.text))
    return True


KIND = StepKind("say", "a sentence in both languages, then the next step", parse, execute)
