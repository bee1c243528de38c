"""Read flows/*.yaml into immutable definitions; every schema mistake is reported as file:line."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from bot.engine.conditions import ConditionSyntaxError, parse_condition
from bot.engine.model import (
    BUTTON_SOURCES,
    END,
    KNOWN_ACTIONS,
    Branch,
    ButtonDef,
    Flow,
    FlowSet,
    FreeText,
    Step,
    StepKind,
)
from bot.errors import Problem
from bot.text import Text, parse_text
from bot.yamlio import Source, line, load, yaml_files

ACTIONS: tuple[StepKind, ...] = ("say", "ask", "set", "refer", "listen", "answer", "link", "call", "end", "noop",
                                 "action")
_COMMON = {"id", "next", "description"}
_EXTRA: dict[str, set[str]] = {
    "ask": {"slot", "buttons", "buttons_from", "free_text", "reprompt"},
    "refer": {"intro"},
    "answer": {"intro"},
}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_PAYLOAD = re.compile(r"^[A-Za-z0-9_.:-]{1,40}$")


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


def _buttons(src: Source, node: Any, at: int, what: str) -> tuple[ButtonDef, ...]:
    if node is None:
        return ()
    if not isinstance(node, list):
        src.error(at, f"{what}: `buttons:` must be a list of `- payload: ...` with `fr:` and `en:` labels")
        return ()
    out: list[ButtonDef] = []
    seen: set[str] = set()
    for i, b in enumerate(node):
        bl = line(node, i, at)
        if not isinstance(b, Mapping) or "payload" not in b:
            src.error(bl, f"{what}: each button needs `payload:` and `fr:`/`en:` labels")
            continue
        payload = str(b["payload"])
        if not _PAYLOAD.match(payload):
            src.error(bl, f"{what}: button payload {payload!r} must be 1-40 letters, digits or _.:-")
            continue
        if payload in seen:
            src.error(bl, f"{what}: two buttons share payload `{payload}`; make them different")
        seen.add(payload)
        for k in b:
            if k not in ("payload", "fr", "en", "match"):
                src.error(line(b, k, bl), f"{what}: button `{payload}` has unknown key `{k}`; allowed: payload, fr, en, match")
        label = parse_text(src, {k: b[k] for k in ("fr", "en") if k in b}, bl, f"{what}: button `{payload}` label")
        match = b.get("match") or []
        if not isinstance(match, list) or not all(isinstance(m, str) for m in match):
            src.error(bl, f"{what}: button `{payload}` `match:` must be a list of words or phrases")
            match = []
        if label:
            out.append(ButtonDef(payload, label, tuple(match)))
    return tuple(out)


def _step(src: Source, node: Mapping[str, Any], at: int, flow_id: str) -> Step | None:
    sid = node.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        src.error(at, f"flow `{flow_id}`: every step needs an `id:` of lower-case letters, digits and _ (got {sid!r})")
        return None
    what = f"step `{sid}`"
    kinds = [k for k in ACTIONS if k in node]
    if len(kinds) != 1:
        found = ", ".join(kinds) or "none"
        src.error(at, f"{what} must have exactly one action of {', '.join(ACTIONS)} (found: {found})")
        return None
    kind = kinds[0]
    allowed = _COMMON | {kind} | _EXTRA.get(kind, set())
    for k in node:
        if k not in allowed:
            src.error(line(node, k, at), f"{what}: unknown key `{k}` for a `{kind}` step; allowed: {', '.join(sorted(allowed))}")
    value = node[kind]
    vl = line(node, kind, at)
    nxt = _next(src, node.get("next"), line(node, "next", at))
    if kind in ("link", "call", "end") and "next" in node:
        src.error(line(node, "next", at), f"{what}: a `{kind}` step cannot have `next:`")
    base: dict[str, Any] = {"id": sid, "kind": kind, "line": at, "next": nxt}
    if kind in ("say", "listen"):
        t = parse_text(src, value, vl, f"{what} text")
        return Step(**base, text=t) if t else None
    if kind == "ask":
        t = parse_text(src, value, vl, f"{what} question")
        slot = node.get("slot")
        if not isinstance(slot, str) or not _ID.match(slot):
            src.error(at, f"{what}: an `ask` needs `slot:` naming where the answer goes (lower-case, e.g. theme)")
            return None
        buttons = _buttons(src, node.get("buttons"), line(node, "buttons", at), what)
        source = node.get("buttons_from")
        if source is not None and source not in BUTTON_SOURCES:
            src.error(line(node, "buttons_from", at),
                      f"{what}: buttons_from must be one of {', '.join(BUTTON_SOURCES)}; got {source!r}")
            source = None
        ft = node.get("free_text", "none" if buttons or source else "any")
        if ft not in ("none", "theme", "any"):
            src.error(line(node, "free_text", at), f"{what}: free_text must be none, theme or any; got {ft!r}")
            ft = "none"
        if ft == "none" and not buttons and not source:
            src.error(at, f"{what}: with `free_text: none` the question needs buttons, or nobody can answer it")
        reprompt = parse_text(src, node["reprompt"], line(node, "reprompt", at), f"{what} reprompt") if "reprompt" in node else None
        if not t:
            return None
        return Step(**base, text=t, slot=slot, buttons=buttons, free_text=cast(FreeText, ft), reprompt=reprompt,
                    buttons_from=source)
    if kind == "set":
        if not isinstance(value, Mapping) or not value:
            src.error(vl, f"{what}: `set:` must map slot names to values, e.g. `route: eap`")
            return None
        vals: list[tuple[str, str | None]] = []
        for k, v in value.items():
            if not isinstance(k, str) or not _ID.match(k):
                src.error(line(value, k, vl), f"{what}: slot name {k!r} must be lower-case letters, digits and _")
                continue
            vals.append((k, None if v is None else str(v)))
        return Step(**base, values=tuple(vals))
    if kind in ("refer", "answer"):
        intro = parse_text(src, node["intro"], line(node, "intro", at), f"{what} intro") if "intro" in node else None
        if kind == "refer":
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return Step(**base, text=intro, resources=tuple(value))
            if isinstance(value, Mapping) and set(value) == {"theme_from"} and isinstance(value["theme_from"], str):
                return Step(**base, text=intro, resources_from=value["theme_from"])
            src.error(vl, f"{what}: `refer:` takes resource ids (e.g. [eap, info_social_811]) or `theme_from: <slot>`")
            return None
        if isinstance(value, str):
            return Step(**base, text=intro, target=value)
        if isinstance(value, Mapping) and set(value) == {"from"} and isinstance(value["from"], str):
            return Step(**base, text=intro, slot=value["from"])
        src.error(vl, f"{what}: `answer:` takes an FAQ id, or `from: <slot>` holding one")
        return None
    if kind in ("link", "call"):
        if not isinstance(value, str):
            src.error(vl, f"{what}: `{kind}:` takes the id of a flow")
            return None
        return Step(**base, target=value)
    if kind == "action":
        if value not in KNOWN_ACTIONS:
            src.error(vl, f"{what}: unknown action {value!r}; known actions: {', '.join(KNOWN_ACTIONS)}")
            return None
        return Step(**base, target=str(value))
    if kind == "noop":
        if value is not True:
            src.error(vl, f"{what}: write `noop: true` for a step that only chooses where to go next")
        if "next" not in node:
            src.error(at, f"{what}: a `noop` step needs `next:`")
        return Step(**base)
    # end
    if value is True or value is None:
        return Step(**base)
    t = parse_text(src, value, vl, f"{what} closing text")
    return Step(**base, text=t) if t else None


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
        if not isinstance(fid, str) or not _ID.match(fid):
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
