"""`answer:` an FAQ entry (its id, or `from: <slot>` holding one) with its resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps.base import Reading, StepKind
from bot.engine.steps.refer import intro

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def parse(r: Reading) -> Step | None:
    value = r.value
    if isinstance(value, str):
        return Step(**r.base, **intro(r), target=value)  # type: ignore[arg-type]
    if isinstance(value, Mapping) and set(value) == {"from"} and isinstance(value["from"], str):
        return Step(**r.base, **intro(r), slot=value["from"])  # type: ignore[arg-type]
    r.error(r.value_line, "`answer:` takes an FAQ id, or `from: <slot>` holding one")
    return None


def execute(run: Run, flow: Flow, step: Step) -> bool:
    q = run.d.knowledge.faq.get(step.target or run.s.slots.get(step.slot or "", ""))
    if step.text:
        run.emit(run.text(step.text))
    if q:
        run.emit(run.text(q.answer))
        run.stats.append(("faq", q.id))
        run.cards(q.resources)
    return True


KIND = StepKind("answer", "an FAQ answer and its resources: an id, or `from: <slot>`; `intro:` before it",
                parse, execute, keys=frozenset({"intro"}), refers=True)
