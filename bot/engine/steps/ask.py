"""`ask:` a question; the turn waits for the answer, which goes into `slot:` (buttons, typed words
matching a button, or free text as `free_text:` allows)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from bot.engine.model import BUTTON_SOURCES, ButtonDef, Flow, FreeText, Step
from bot.engine.steps.base import SLOT_ID, Reading, StepKind
from bot.text import parse_text
from bot.yamlio import Source, line

if TYPE_CHECKING:
    from bot.engine.interpreter import Run

_PAYLOAD = re.compile(r"^[A-Za-z0-9_.:-]{1,40}$")


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


def parse(r: Reading) -> Step | None:
    node, at, what, src = r.node, r.at, r.what, r.src
    t = r.text(r.value, r.value_line, "question")
    slot = node.get("slot")
    if not isinstance(slot, str) or not SLOT_ID.match(slot):
        src.error(at, f"{what}: an `ask` needs `slot:` naming where the answer goes (lower-case, e.g. theme)")
        return None
    buttons = _buttons(src, node.get("buttons"), r.line_of("buttons"), what)
    source = node.get("buttons_from")
    if source is not None and source not in BUTTON_SOURCES:
        src.error(r.line_of("buttons_from"),
                  f"{what}: buttons_from must be one of {', '.join(BUTTON_SOURCES)}; got {source!r}")
        source = None
    ft = node.get("free_text", "none" if buttons or source else "any")
    if ft not in ("none", "theme", "any"):
        src.error(r.line_of("free_text"), f"{what}: free_text must be none, theme or any; got {ft!r}")
        ft = "none"
    if ft == "none" and not buttons and not source:
        src.error(at, f"{what}: with `free_text: none` the question needs buttons, or nobody can answer it")
    reprompt = r.text(node["reprompt"], r.line_of("reprompt"), "reprompt") if "reprompt" in node else None
    if not t:
        return None
    return Step(**r.base, text=t, slot=slot, buttons=buttons, free_text=cast(FreeText, ft), reprompt=reprompt,
                buttons_from=source)


def execute(run: Run, flow: Flow, step: Step) -> bool:
    run.emit_ask(step)
    return False


KIND = StepKind("ask", "a question whose answer goes into `slot:`; `buttons:`, `buttons_from:`, `free_text:`, "
                "`reprompt:`", parse, execute, keys=frozenset({"slot", "buttons", "buttons_from", "free_text", "reprompt"}),
                waits=True)
