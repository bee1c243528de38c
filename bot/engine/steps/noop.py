"""`noop: true`: a step that only chooses where to go (`next:` with conditions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps.base import Reading, StepKind

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def parse(r: Reading) -> Step | None:
    if r.value is not True:
        r.error(r.value_line, "write `noop: true` for a step that only chooses where to go next")
    if "next" not in r.node:
        r.error(r.at, "a `noop` step needs `next:`")
    return Step(**r.base)


def execute(run: Run, flow: Flow, step: Step) -> bool:
    return True


KIND = StepKind("noop", "nothing said: only `next:` choosing where to go", parse, execute)
