"""The registry of flow step kinds: one module each (see base.py for what a kind declares)."""

from __future__ import annotations

from bot.engine.steps import action, answer, ask, assign, end, jump, listen, noop, refer, say
from bot.engine.steps.base import Reading, StepKind

REGISTRY: dict[str, StepKind] = {k.name: k for k in (
    say.KIND, ask.KIND, assign.KIND, refer.KIND, listen.KIND, answer.KIND, jump.LINK, jump.CALL, end.KIND,
    noop.KIND, action.KIND)}

__all__ = ["REGISTRY", "Reading", "StepKind"]
