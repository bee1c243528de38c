"""`link:` another flow instead of this one; `call:` another flow, then come back after this step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.state import Frame
from bot.engine.steps.base import Reading, StepKind, leaves

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def parse(r: Reading) -> Step | None:
    if not isinstance(r.value, str):
        r.error(r.value_line, f"`{r.base['kind']}:` takes the id of a flow")
        return None
    return Step(**r.base, target=r.value)


def link(run: Run, flow: Flow, step: Step) -> bool:
    if step.target:
        target = run.d.flows.flows[step.target]
        run.s.stack[-1] = Frame(target.id, target.steps[0].id)
    return False


def call(run: Run, flow: Flow, step: Step) -> bool:
    if step.target:
        target = run.d.flows.flows[step.target]
        run.s.stack.append(Frame(target.id, target.steps[0].id))
    return False


LINK = StepKind("link", "go on in another flow, for good", parse, link, refers=True, flow_target=True,
                takes_next=False, successors=leaves)
CALL = StepKind("call", "run another flow, then come back to the step after this one", parse, call,
                flow_target=True, takes_next=False)
