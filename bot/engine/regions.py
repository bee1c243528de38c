"""Checks on the region list of config.yaml: its names are buttons workers press.

Whether a council's name is confirmed is for operators (a warning from `entraide validate` and
docs/operators.md); a label such as "Outaouais (to confirm)" must never reach a worker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from bot.errors import Problem
from bot.yamlio import line, load

# What an operator writes to flag a name still to check: never for a worker's eyes.
_MARKER = re.compile(r"\?|confirm|v[ée]rifier|valider|to check|\btbc\b|\btodo\b|placeholder", re.I)


def check_regions(path: Path, root: Path | None = None) -> list[Problem]:
    """Region names in config.yaml are button labels workers see; whether one is confirmed is the operators' business."""
    src, data = load(path, root)
    if data is None:
        return src.problems
    org = data.get("organisation") if isinstance(data, Mapping) else None
    regions = org.get("regions") if isinstance(org, Mapping) else None
    if not isinstance(regions, list):
        return src.problems
    ids: set[str] = set()
    for i, r in enumerate(regions):
        at = line(regions, i)
        if not isinstance(r, Mapping):
            continue
        rid, name = r.get("id"), r.get("name")
        if rid in ids:
            src.error(at, f"region `{rid}` is listed twice; keep one")
        ids.add(str(rid))
        if isinstance(name, str) and _MARKER.search(name):
            src.error(at, f"region `{rid}`: the name {name!r} is a button label workers see; write the name alone "
                          "and say whether it is confirmed with `confirmed: true` or `confirmed: false`")
        if r.get("confirmed") is not True:
            src.warn(at, f"region `{rid}` ({name}) is not confirmed: check the council's name with the CSN, "
                         "then set `confirmed: true` (the name is shown as written meanwhile)")
    return src.problems
