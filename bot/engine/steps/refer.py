"""`refer:` resource cards, listed, or those of the theme in a slot (`theme_from:`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps.base import Reading, StepKind

if TYPE_CHECKING:
    from bot.engine.interpreter import Run


def intro(r: Reading) -> dict[str, object]:
    return {"text": r.text(r.node["intro"], r.line_of("intro"), "intro")} if "intro" in r.node else {}


def parse(r: Reading) -> Step | None:
    value = r.value
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return Step(**r.base, **intro(r), resources=tuple(value))  # type: ignore[arg-type]
    if isinstance(value, Mapping) and set(value) == {"theme_from"} and isinstance(value["theme_from"], str):
        return Step(**r.base, **intro(r), resources_from=value["theme_from"])  # type: ignore[arg-type]
    r.error(r.value_line, "`refer:` takes resource ids (e.g. [eap, info_social_811]) or `theme_from: <slot>`")
    return None


def execute(run: Run, flow: Flow, step: Step) -> bool:
    ids = step.resources
    if step.resources_from:
        theme = run.d.knowledge.themes.get(run.s.slots.get(step.resources_from, ""))
        ids = theme.resources_for(run.s.nlu_situations) if theme else ()
    if step.text:
        run.emit(run.text(step.text))
    run.cards(ids)
    return True


KIND = StepKind("refer", "resource cards: a list of ids, or `theme_from: <slot>`; `intro:` before them",
                parse, execute, keys=frozenset({"intro"}), refers=True)
