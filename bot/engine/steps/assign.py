"""`set:` slots to values (a `{slot}` or `{nlu.theme}` copies one); an empty value clears the slot."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.engine.model import Flow, Step
from bot.engine.steps.base import SLOT_ID, Reading, StepKind
from bot.yamlio import line

if TYPE_CHECKING:
    from bot.engine.interpreter import Run

_REF = re.compile(r"^\{([a-z_][a-z0-9_.]*)\}$")


def parse(r: Reading) -> Step | None:
    value, vl = r.value, r.value_line
    if not isinstance(value, Mapping) or not value:
        r.error(vl, "`set:` must map slot names to values, e.g. `route: eap`")
        return None
    vals: list[tuple[str, str | None]] = []
    for k, v in value.items():
        if not isinstance(k, str) or not SLOT_ID.match(k):
            r.error(line(value, k, vl), f"slot name {k!r} must be lower-case letters, digits and _")
            continue
        vals.append((k, None if v is None else str(v)))
    return Step(**r.base, values=tuple(vals))


def execute(run: Run, flow: Flow, step: Step) -> bool:
    env = run.env()
    for name, value in step.values:
        m = _REF.match(value or "")
        resolved = env.get(m.group(1)) if m else value
        if resolved in (None, ""):
            run.s.slots.pop(name, None)
        else:
            run.s.slots[name] = str(resolved)
    return True


KIND = StepKind("set", "slots to values (`{slot}` copies one, an empty value clears it)", parse, execute)
