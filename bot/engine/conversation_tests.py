"""`entraide test`: conversation tests written by coordinators in YAML.

    tests:
      - name: grief, in French, by buttons
        steps:
          - user: "bonjour"
            expect: {lang: fr, step: who, buttons: [me, colleague, info]}
          - button: me
          - user: "mon père est décédé"
            expect: {says: ["sympathies"], slots: {theme: grief}}

`says` and `not_says` match without case or accents; `buttons` lists payloads that must be
offered; `resources` lists resource ids that must be referred.

A test may begin at another flow than the main one, as the console's preview can:

      - name: the FAQ menu, in English
        steps:
          - start: info
            lang: en
            expect: {flow: info, step: topics, buttons: [anonymity]}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine.definitions import Definitions
from bot.engine.messages import Event, Outgoing
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.errors import Problem
from bot.nlu.normalise import normalise
from bot.yamlio import line, load

_EXPECT_KEYS = {"says", "not_says", "buttons", "no_buttons", "resources", "slots", "lang", "crisis", "flow", "step",
                "theme", "ended"}


@dataclass
class Result:
    name: str
    file: str
    line: int
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _check(expect: Mapping[str, Any], msgs: list[Outgoing], state: SessionState) -> list[str]:
    fails: list[str] = []
    said = normalise(" ".join(m.text for m in msgs))
    for s in expect.get("says", []) or []:
        if normalise(str(s)) not in said:
            fails.append(f"expected the bot to say {s!r}; it said: {' | '.join(m.text[:80] for m in msgs)}")
    for s in expect.get("not_says", []) or []:
        if normalise(str(s)) in said:
            fails.append(f"expected the bot not to say {s!r}")
    offered = [b.payload for m in msgs for b in m.buttons]
    for p in expect.get("buttons", []) or []:
        if str(p) not in offered:
            fails.append(f"expected button {p!r}; offered: {offered}")
    if expect.get("no_buttons") and offered:
        fails.append(f"expected no buttons; offered: {offered}")
    referred = [r for m in msgs for r in m.meta.resources]
    for r in expect.get("resources", []) or []:
        if str(r) not in referred:
            fails.append(f"expected resource {r!r}; referred: {referred}")
    for k, v in (expect.get("slots") or {}).items():
        if state.slots.get(k) != (None if v is None else str(v)):
            fails.append(f"expected slot {k} = {v!r}; got {state.slots.get(k)!r}")
    last = msgs[-1].meta if msgs else None
    if "lang" in expect and (state.lang != expect["lang"]):
        fails.append(f"expected language {expect['lang']!r}; got {state.lang!r}")
    if "crisis" in expect and any(m.meta.crisis for m in msgs) != bool(expect["crisis"]):
        fails.append(f"expected crisis={expect['crisis']}; got {any(m.meta.crisis for m in msgs)}")
    if "flow" in expect and (last is None or last.flow != expect["flow"]):
        fails.append(f"expected to be in flow {expect['flow']!r}; at {last.flow if last else None!r}")
    if "step" in expect and (last is None or last.step != expect["step"]):
        fails.append(f"expected to be at step {expect['step']!r}; at {last.step if last else None!r}")
    if "theme" in expect and (state.slots.get("theme") or state.nlu_theme) != expect["theme"]:
        fails.append(f"expected theme {expect['theme']!r}; got {state.slots.get('theme') or state.nlu_theme!r}")
    if "ended" in expect and (state.status == "ended") != bool(expect["ended"]):
        fails.append(f"expected ended={expect['ended']}; status is {state.status!r}")
    return fails


Turner = Callable[[SessionState, Event], tuple[list[Outgoing], SessionState]]


def engine_only(defs: Definitions) -> Callable[[], Turner]:
    """Each test on the pure engine: no database, no peer-helper desk."""
    def new() -> Turner:
        def turn(state: SessionState, event: Event) -> tuple[list[Outgoing], SessionState]:
            t = handle(defs, state, event)
            return t.messages, t.state
        return turn
    return new


def run_file(defs: Definitions, path: Path, root: Path | None = None,
             new_turner: Callable[[], Turner] | None = None) -> tuple[list[Result], list[Problem]]:
    """Each test gets a fresh turner (with a service: a fresh empty database)."""
    new_turner = new_turner or engine_only(defs)
    src, data = load(path, root)
    results: list[Result] = []
    if data is None:
        return results, src.problems
    tests = data.get("tests") if isinstance(data, Mapping) else None
    if not isinstance(tests, list):
        src.error(1, "a conversation test file holds `tests:`, a list of `- name: ...` with `steps:`")
        return results, src.problems
    for i, t in enumerate(tests):
        tl = line(tests, i)
        if not isinstance(t, Mapping) or not isinstance(t.get("steps"), list):
            src.error(tl, "each test needs `name:` and `steps:`")
            continue
        res = Result(str(t.get("name", f"test {i + 1}")), src.display, tl)
        state = SessionState()
        turner = new_turner()
        now = 1_700_000_000.0
        for j, step in enumerate(t["steps"]):
            sl = line(t["steps"], j, tl)
            if not isinstance(step, Mapping) or not ({"user", "button", "command", "start"} & step.keys()):
                src.error(sl, "each step needs `user:` (typed text), `button:` (a payload), `command:` or `start:` "
                              "(a flow's id)")
                continue
            if "start" in step and str(step["start"]) not in defs.flows.flows:
                src.error(sl, f"`start: {step['start']}` names no flow; one of: {', '.join(sorted(defs.flows.flows))}")
                continue
            for k in (step.get("expect") or {}):
                if k not in _EXPECT_KEYS:
                    src.error(line(step["expect"], k, sl), f"unknown expectation `{k}`; allowed: {', '.join(sorted(_EXPECT_KEYS))}")
            now += float(step.get("wait_minutes", 0)) * 60 + 1
            if "start" in step:
                event = Event("start", now, payload=str(step["start"]), lang_hint=str(step.get("lang", "")))
            elif "button" in step:
                event = Event("button", now, payload=str(step["button"]))
            elif "command" in step:
                event = Event("command", now, command=str(step["command"]).lstrip("/"), arg=str(step.get("arg", "")))
            else:
                event = Event.from_text(str(step["user"]), now)
            messages, state = turner(state, event)
            for f in _check(step.get("expect") or {}, messages, state):
                res.failures.append(f"{src.display}:{sl}: {f}")
        results.append(res)
    return results, src.problems


def run_paths(defs: Definitions, paths: list[Path], root: Path | None = None,
              new_turner: Callable[[], Turner] | None = None) -> tuple[list[Result], list[Problem]]:
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(x for x in p.rglob("*.y*ml")) if p.is_dir() else [p])
    results: list[Result] = []
    problems: list[Problem] = []
    for f in files:
        r, pr = run_file(defs, f, root, new_turner)
        results += r
        problems += pr
    return results, problems


def as_json(results: list[Result]) -> str:
    return json.dumps([{"name": r.name, "file": r.file, "ok": r.ok, "failures": r.failures} for r in results], indent=2)
