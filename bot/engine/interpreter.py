"""The pure interpreter: (definitions, session state, event) -> (messages, new state).

No I/O: a channel or the service layer loads the state, calls `handle`, sends the messages
and saves the state. The safety stage (bot.engine.safety) runs first on every event and no
flow edit can remove it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.engine.cards import card_texts
from bot.engine.definitions import Definitions
from bot.engine.messages import Button, Event, Meta, Outgoing
from bot.engine.model import END, ButtonDef, Flow, Step
from bot.engine.state import Frame, SessionState
from bot.engine.steps import REGISTRY
from bot.nlu.normalise import tokens
from bot.nlu.phrases import PhraseIndex
from bot.text import Text
from bot.types import Lang

MAX_STEPS_PER_TURN = 200
MAX_HISTORY = 30


@dataclass
class Turn:
    """What one event produced: messages to send, the state to save, anonymous counts."""

    messages: list[Outgoing]
    state: SessionState
    stats: list[tuple[str, str]] = field(default_factory=list)
    forget: bool = False
    actions: list[str] = field(default_factory=list)


class Run:
    """One turn in progress. Short-lived: built, run, read, dropped."""

    def __init__(self, defs: Definitions, state: SessionState, event: Event):
        self.d = defs
        self.s = state
        self.e = event
        self.out: list[Outgoing] = []
        self.stats: list[tuple[str, str]] = []
        self.forget = False
        self.actions: list[str] = []

    # ---- output -------------------------------------------------------------------------
    @property
    def lang(self) -> Lang:
        return self.s.lang or self.d.default_lang

    def where(self) -> tuple[str | None, str | None]:
        if self.s.stack:
            return self.s.stack[-1].flow, self.s.stack[-1].step
        return None, None

    def values(self) -> dict[str, str]:
        vals = dict(self.s.slots)
        theme = self.d.knowledge.themes.get(self.s.slots.get("theme") or self.s.nlu_theme or "")
        if theme:
            vals["theme_name"] = theme.name.get(self.lang)
        vals["lang"] = self.lang
        return vals

    def emit(self, text: str, buttons: Sequence[Button] = (), crisis: bool = False,
             resources: tuple[str, ...] = ()) -> None:
        flow, step = self.where()
        meta = Meta(flow, step, self.lang, crisis, self.s.slots.get("theme") or self.s.nlu_theme, resources)
        self.out.append(Outgoing(text, tuple(buttons), None, meta))

    def say(self, key: str, buttons: Sequence[Button] = (), crisis: bool = False, **values: str) -> None:
        self.emit(self.d.knowledge.message(key).render(self.lang, values or None), buttons, crisis)

    def text(self, t: Text) -> str:
        raw = t.get(self.lang)
        return t.render(self.lang, self.values()) if "{" in raw else raw  # most texts have no {slot}

    def sys_button(self, key: str, payload: str) -> Button:
        return Button(self.d.knowledge.message(key).get(self.lang), payload)

    def cards(self, ids: Sequence[str], crisis: bool = False) -> None:
        for rids, text in card_texts(self.d.knowledge, self.d.org, ids, self.lang, self.s.slots):
            self.emit(text, crisis=crisis, resources=rids)
            self.stats += [("referral", rid) for rid in rids]

    # ---- flow stepping --------------------------------------------------------------------
    def start(self, flow: str | None = None) -> None:
        """The main flow's first step, or another flow's (the console's preview and conversation tests)."""
        first = self.d.flows.flows[flow or self.d.flows.main]
        self.s.status = "active"
        self.s.stack = [Frame(first.id, first.steps[0].id)]
        self.s.history = []
        self.s.mode = None
        self.stats.append(("conversation", "start"))
        self.run()

    def current_ask(self) -> Step | None:
        if self.s.status != "active" or not self.s.stack:
            return None
        fr = self.s.stack[-1]
        flow = self.d.flows.flows.get(fr.flow)
        step = flow.step(fr.step) if flow else None
        return step if step and REGISTRY[step.kind].waits else None

    def run(self) -> None:
        for _ in range(MAX_STEPS_PER_TURN):
            if not self.s.stack:
                self.s.status = "ended"
                return
            fr = self.s.stack[-1]
            flow = self.d.flows.flows.get(fr.flow)
            step = flow.step(fr.step) if flow else None
            if flow is None or step is None:
                # The flows were edited and reloaded under this conversation: start again politely.
                self.s = self.s.fresh()
                self.say("restarted")
                self.start()
                return
            if REGISTRY[step.kind].waits:
                self.emit_ask(step)
                return
            self.execute(flow, step)
        self.say("error_sorry")
        self.s = self.s.fresh()

    def execute(self, flow: Flow, step: Step) -> None:
        if REGISTRY[step.kind].execute(self, flow, step):
            self.goto_next(flow, step)

    def env(self) -> dict[str, object]:
        env: dict[str, object] = dict(self.s.slots)
        env["lang"] = self.lang
        env["nlu.theme"] = self.s.nlu_theme
        env["nlu.intent"] = None
        return env

    def resolve_next(self, flow: Flow, step: Step) -> str | None:
        nxt = step.next
        if nxt is None:
            following = flow.following(step.id)
            return following.id if following else None
        if isinstance(nxt, str):
            return None if nxt == END else nxt
        env = self.env()
        for b in nxt:
            if b.condition is None or b.condition.evaluate(env):
                return None if b.target == END else b.target
        return None

    def goto_next(self, flow: Flow, step: Step) -> None:
        target = self.resolve_next(flow, step)
        if target is None:
            self.flow_end()
        else:
            self.s.stack[-1] = Frame(flow.id, target)

    def flow_end(self) -> None:
        self.s.stack.pop()
        if not self.s.stack:
            self.s.status = "ended"
            return
        parent = self.s.stack[-1]
        pflow = self.d.flows.flows[parent.flow]
        pstep = pflow.step(parent.step)
        if pstep is None:
            self.s.stack = []
            self.s.status = "ended"
            return
        self.goto_next(pflow, pstep)

    def emit_ask(self, step: Step, prefix: Text | None = None) -> None:
        if prefix:
            self.emit(self.text(prefix))
        buttons = [Button(self.text(b.label), b.payload) for b in step.buttons]
        self.emit(self.text(step.text) if step.text else "", buttons)

    # ---- answering the awaited question --------------------------------------------------
    def accept(self, step: Step, value: str) -> None:
        self.s.history.append(list(self.s.stack))
        del self.s.history[:-MAX_HISTORY]
        if step.slot:
            self.s.slots[step.slot] = value
            if step.slot == "theme" and value in self.d.knowledge.themes:
                self.stats.append(("theme", value))
        self.s.unclear = 0
        fr = self.s.stack[-1]
        self.goto_next(self.d.flows.flows[fr.flow], step)
        self.run()

    def match_button(self, buttons: Sequence[ButtonDef], text: str) -> ButtonDef | None:
        """Typed text that means a button: its number, its payload, its label, or a listed synonym."""
        toks = tokens(text)
        if not toks or len(toks) > 8:
            return None
        if len(toks) == 1 and toks[0].isdigit():
            n = int(toks[0])
            return buttons[n - 1] if 1 <= n <= len(buttons) else None
        reader = _button_reader(tuple(buttons))
        exact = reader.exact.get(" ".join(toks))
        if exact:
            return exact
        whole = reader.index.covers_whole(text)
        if whole:
            return reader.by_payload[whole]
        if len(toks) <= 4:
            scores = reader.index.scores(text)
            if len(scores) == 1:
                return reader.by_payload[next(iter(scores))]
        return None


@dataclass(frozen=True)
class _ButtonReader:
    exact: dict[str, ButtonDef]  # normal form of a payload or a label -> the first button that has it
    by_payload: dict[str, ButtonDef]  # the first button with each payload
    index: PhraseIndex  # labels and `match:` synonyms


@lru_cache(maxsize=1024)
def _button_reader(buttons: tuple[ButtonDef, ...]) -> _ButtonReader:
    """A step's buttons compiled once (they are immutable), not on every message that answers it."""
    exact: dict[str, ButtonDef] = {}
    by_payload: dict[str, ButtonDef] = {}
    for b in buttons:
        for form in (b.payload.replace("_", " "), b.label.fr, b.label.en):
            exact.setdefault(" ".join(tokens(form)), b)
        by_payload.setdefault(b.payload, b)
    return _ButtonReader(exact, by_payload, PhraseIndex({b.payload: [*b.match, b.label.fr, b.label.en] for b in buttons}))
