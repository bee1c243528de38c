"""`listen:` the recognised theme's own acknowledgement, or this text when no theme was recognised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps import say
from bot.engine.steps.base import StepKind

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def execute(run: Run, flow: Flow, step: Step) -> bool:
    theme = run.d.knowledge.themes.get(run.s.slots.get("theme") or run.s.nlu_theme or "")
    line = theme.listening if theme else step.text
    if line:
        run.emit(run.text(line))
    return True


KIND = StepKind("listen", "the recognised theme's `listening` line (this text when none was recognised)",
                say.parse, execute)
