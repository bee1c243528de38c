"""Read flows/*.yaml into immutable definitions; every schema mistake is reported as file:line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.engine.conditions import ConditionSyntaxError, parse_condition
from bot.engine.model import END, Branch, Flow, FlowSet, Step
from bot.engine.steps import REGISTRY, Reading
from bot.engine.steps.base import SLOT_ID
from bot.errors import Problem
from bot.text import Text
from bot.yamlio import Source, line, load, yaml_files

_COMMON = {"id", "next", "description"}


def _next(src: Source, node: Any, at: int) -> str | tuple[Branch, ...] | None:
    if node is None:
        return None
    if isinstance(node, str):
        return node
    if not isinstance(node, list) or not node:
        src.error(at, "`next:` must be a step id, `end`, or a list of `- if: ...` / `then: ...` with a final `- else: ...`")
        return None
    branches: list[Branch] = []
    for i, b in enumerate(node):
        bl = line(node, i, at)
        if not isinstance(b, Mapping):
            src.error(bl, "each branch of `next:` is `- if: <condition>` with `then: <step>`, or `- else: <step>`")
            continue
        if "else" in b:
            if set(b) != {"else"}:
                src.error(bl, "an `else:` branch stands alone: `- else: <step id>`")
            if i != len(node) - 1:
                src.error(bl, "`else:` must be the last branch of `next:`")
            if isinstance(b["else"], str):
                branches.append(Branch(None, b["else"], bl))
            else:
                src.error(bl, "`else:` must name a step id or `end`")
            continue
        if set(b) != {"if", "then"}:
            src.error(bl, "a branch needs exactly `if:` and `then:`")
            continue
        if not isinstance(b["then"], str):
            src.error(bl, "`then:` must name a step id or `end`")
            continue
        try:
            cond = parse_condition(str(b["if"]))
        except ConditionSyntaxError as e:
            src.error(bl, f"condition {b['if']!r} is not valid: {e}; write e.g. theme == \"grief\"")
            continue
        branches.append(Branch(cond, b["then"], bl))
    if branches and branches[-1].condition is not None:
        src.error(at, "`next:` with conditions needs a final `- else: <step>` so no one gets stuck")
    return tuple(branches)


def _step(src: Source, node: Mapping[str, Any], at: int, flow_id: str) -> Step | None:
    sid = node.get("id")
    if not isinstance(sid, str) or not SLOT_ID.match(sid):
        src.error(at, f"flow `{flow_id}`: every step needs an `id:` of lower-case letters, digits and _ (got {sid!r})")
        return None
    what = f"step `{sid}`"
    kinds = [k for k in REGISTRY if k in node]
    if len(kinds) != 1:
        found = ", ".join(kinds) or "none"
        src.error(at, f"{what} must have exactly one action of {', '.join(REGISTRY)} (found: {found})")
        return None
    kind = REGISTRY[kinds[0]]
    allowed = _COMMON | {kind.name} | kind.keys
    for k in node:
        if k not in allowed:
            src.error(line(node, k, at), f"{what}: unknown key `{k}` for a `{kind.name}` step; allowed: {', '.join(sorted(allowed))}")
    nxt = _next(src, node.get("next"), line(node, "next", at))
    if not kind.takes_next and "next" in node:
        src.error(line(node, "next", at), f"{what}: a `{kind.name}` step cannot have `next:`")
    return kind.parse(Reading(src, node, at, what, {"id": sid, "kind": kind.name, "line": at, "next": nxt}))


def load_flows(directory: Path, main: str = "main", root: Path | None = None) -> tuple[FlowSet, list[Problem]]:
    flows: dict[str, Flow] = {}
    problems: list[Problem] = []
    files: list[str] = []
    if not directory.is_dir():
        return FlowSet({}, main), [Problem(str(directory), 1, "flows folder not found; check `flows_dir` in config.yaml")]
    first_seen: dict[str, tuple[str, int]] = {}
    for path in yaml_files(directory):
        src, data = load(path, root)
        files.append(src.display)
        if data is not None:
            _read_file(src, data, flows, first_seen)
        problems.extend(src.problems)
    return FlowSet(flows, main, tuple(files)), problems


def _read_file(src: Source, data: Any, flows: dict[str, Flow], first_seen: dict[str, tuple[str, int]]) -> None:
    if not isinstance(data, Mapping) or "flows" not in data:
        src.error(1, "a flow file starts with `flows:` followed by one or more named flows")
        return
    for k in data:
        if k != "flows":
            src.error(line(data, k), f"unknown top-level key `{k}`; a flow file holds only `flows:`")
    body = data["flows"]
    if not isinstance(body, Mapping):
        src.error(line(data, "flows"), "`flows:` must map flow names to their `steps:`")
        return
    for fid, fnode in body.items():
        fl = line(body, fid)
        if not isinstance(fid, str) or not SLOT_ID.match(fid):
            src.error(fl, f"flow name {fid!r} must be lower-case letters, digits and _")
            continue
        if fid in first_seen:
            f0, l0 = first_seen[fid]
            src.error(fl, f"duplicate flow `{fid}` (first defined at {f0}:{l0}); rename one")
            continue
        first_seen[fid] = (src.display, fl)
        if not isinstance(fnode, Mapping) or not isinstance(fnode.get("steps"), list) or not fnode["steps"]:
            src.error(fl, f"flow `{fid}` needs `steps:`, a list of steps each starting with `- id: ...`")
            continue
        for k in fnode:
            if k not in ("steps", "description"):
                src.error(line(fnode, k, fl), f"flow `{fid}`: unknown key `{k}`; allowed: description, steps")
        steps: list[Step] = []
        ids: dict[str, int] = {}
        for i, snode in enumerate(fnode["steps"]):
            sl = line(fnode["steps"], i, fl)
            if not isinstance(snode, Mapping):
                src.error(sl, f"flow `{fid}`: each step is a mapping starting with `- id: ...`")
                continue
            st = _step(src, snode, sl, fid)
            if st is None:
                continue
            if st.id in ids:
                src.error(sl, f"flow `{fid}`: duplicate step id `{st.id}` (first at line {ids[st.id]}); rename one")
                continue
            if st.id == END:
                src.error(sl, f"flow `{fid}`: `end` is reserved; pick another step id")
                continue
            ids[st.id] = sl
            steps.append(st)
        if steps:
            flows[fid] = Flow(fid, str(fnode.get("description", "")), tuple(steps), src.display, fl)


def all_texts(flows: FlowSet) -> list[tuple[str, int, str, Text]]:
    """(file, line, where, text) for every bot text in the flows: for the diagnosis check."""
    out: list[tuple[str, int, str, Text]] = []
    for f in flows.flows.values():
        for s in f.steps:
            for label, t in (("text", s.text), ("reprompt", s.reprompt)):
                if t:
                    out.append((f.file, t.line or s.line, f"step `{s.id}` {label}", t))
            for b in s.buttons:
                out.append((f.file, b.label.line or s.line, f"step `{s.id}` button `{b.payload}`", b.label))
    return out
