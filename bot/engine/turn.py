"""One event through the engine: the safety stage first, then the flow.

Order matters and is fixed here, not in flows/: idle reset, language, crisis check, global
commands, the crisis follow-up, clarifications, questions the bot must not answer
(assessment, treatment), FAQ, and only then the awaited question of the flow.
"""

from __future__ import annotations

import re

from bot.engine import safety
from bot.engine.clarify import PICKED_SLOT, ask_clarify, clarify_answer
from bot.engine.definitions import Definitions
from bot.engine.interpreter import Run, Turn
from bot.engine.messages import Event
from bot.engine.model import FREE_TEXT_VALUE, Step
from bot.engine.state import SessionState
from bot.nlu.crisis import detect_all
from bot.nlu.diagnosis import question_kind
from bot.nlu.intents import SLASH, global_command
from bot.nlu.language import session_language
from bot.nlu.normalise import clean
from bot.types import Lang

_DEEP_LINK = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# What the bot says and offers when asked to judge or prescribe (see bot.nlu.diagnosis.question_kind).
_NOT_OURS: dict[str, tuple[str, tuple[str, ...]]] = {
    "treatment": ("no_treatment_advice", ("doctor", "info_sante_811")),
    "harassment": ("cannot_assess_harassment", ("peer_network", "cnesst_harassment")),
    "assessment": ("cannot_assess", ("doctor", "info_sante_811", "info_social_811")),
}


def handle(defs: Definitions, state: SessionState, event: Event) -> Turn:
    """The engine's one entry point. Pure: the caller loads and saves the state."""
    run = Run(defs, state.copy(), event)
    _turn(run)
    return Turn(run.out, run.s, run.stats, run.forget, run.actions)


def _turn(run: Run) -> None:
    e, d = run.e, run.d
    if e.kind == "start":
        _start_at(run, e.payload, e.lang_hint)
        return
    idle_reset = run.s.status == "active" and run.s.last_seen > 0 and e.now - run.s.last_seen > d.idle_seconds
    if idle_reset:
        run.s = run.s.fresh()
    run.s.last_seen = e.now
    run.s.turns += 1
    text = clean(e.text) if e.kind == "text" else ""
    default = e.lang_hint if e.lang_hint in d.languages else d.default_lang
    if text:
        run.s.lang = session_language(text, run.s.lang, d.languages, default, d.use_lexicon, run.s.lang_locked)
    elif run.s.lang is None:
        run.s.lang = default

    if text:
        # Inside the crisis dialogue the person is answering its questions: the rules read those replies,
        # the embedding neighbours (made for a story told in unforeseen words) do not.
        result = detect_all(e.text, neighbours=run.s.mode not in safety.MODES)
        if result.crisis:
            safety.respond_to_crisis(run, result)
            return
    if idle_reset:
        run.say("idle_restart")

    if e.kind == "command":
        cmd = SLASH.get(e.command)
        if cmd is None:
            run.say("unknown_command")
            safety.reprompt(run)
            return
        _command(run, cmd, e.arg)
        return
    cmd = global_command(text) if text else None
    if cmd:
        _command(run, cmd, "")
        return
    if e.kind == "unsupported":
        run.say("unsupported_content")
        safety.reprompt(run)
        return
    if e.kind == "text" and not text:
        run.say("not_understood")
        safety.reprompt(run)
        return
    if len(e.text) > d.max_chars:
        run.say("long_message")

    if e.kind == "button" and e.payload == safety.IN_DANGER and run.s.mode not in safety.MODES:
        run.s.mode = "crisis_ask"  # "Yes, in danger now" pressed on an old message is never stale
    if run.s.mode in safety.MODES:
        # A question of its own ("can I take another pill tonight?") is answered, then the crisis question again.
        if not safety.understood(run) and (_not_ours_to_answer(run, text) or _faq(run, text)):
            return
        if safety.follow_up(run):
            return
    if run.s.mode == "clarify":
        if clarify_answer(run):
            return
    if run.s.status != "active":
        _start_with(run, text)
        return
    _answer(run, text)


def _command(run: Run, cmd: str, arg: str) -> None:
    s = run.s
    in_crisis = s.mode in safety.MODES
    if cmd == "restart":
        if in_crisis:
            safety.leave_crisis(run)
        run.s = s.fresh()
        if arg and _DEEP_LINK.match(arg):
            run.s.slots["workplace"] = arg
        if s.status == "active":
            run.say("restarted")
        run.start()
    elif cmd == "help":
        run.say("help")
        safety.reprompt(run)
    elif cmd == "back":
        if s.history and not in_crisis:
            s.stack = s.history.pop()
            s.mode = None
            step = run.current_ask()
            if step:
                run.emit_ask(step)
                return
        run.say("back_unavailable")
        safety.reprompt(run)
    elif cmd == "stop":
        if in_crisis:
            safety.leave_crisis(run)
        run.say("stopped")
        s.stack, s.status, s.mode, s.history = [], "ended", None, []
    elif cmd in ("lang", "lang_en", "lang_fr"):
        wanted = {"lang_en": "en", "lang_fr": "fr"}.get(cmd) or (arg.strip().lower()[:2] if arg else "")
        if wanted not in run.d.languages:
            wanted = "en" if run.lang == "fr" else "fr"
        if wanted in run.d.languages:
            s.lang = "en" if wanted == "en" else "fr"
            s.lang_locked = True
        run.say("lang_switched")
        if s.status == "active" or s.mode:
            safety.reprompt(run)
        else:
            run.start()
    elif cmd == "forget":
        if in_crisis:
            safety.leave_crisis(run)
        run.forget = True
        run.s = SessionState(lang=s.lang, last_seen=s.last_seen)
        run.say("forgotten")
    elif cmd == "cancel":
        run.actions.append("cancel")
        run.say("nothing_to_cancel")
        if s.status == "active" or s.mode:
            safety.reprompt(run)


def _start_at(run: Run, flow: str, lang: str) -> None:
    """A fresh conversation at a flow's first step, in the language asked for (not locked: what the person
    writes next may still switch it, as in a real conversation)."""
    d = run.d
    chosen: Lang = "en" if lang == "en" else "fr"
    run.s = SessionState(lang=chosen if chosen in d.languages else d.default_lang, last_seen=run.e.now, turns=1)
    run.start(flow if flow in d.flows.flows else None)


def _start_with(run: Run, text: str) -> None:
    """A new conversation. Words the person opened with are not thrown away."""
    run.start()
    if not text:
        return
    if _not_ours_to_answer(run, text) or _faq(run, text):
        return
    step = run.current_ask()
    if step is None:
        return
    theme = run.d.themes.match(text)
    if run.match_button(step.buttons, text) or (theme.theme and step.free_text != "none"):
        run.out.pop()  # the question just asked is answered by what they already wrote
        _answer(run, text)


def _answer(run: Run, text: str) -> None:
    step = run.current_ask()
    if step is None:
        run.start()
        return
    e = run.e
    if e.kind == "button":
        chosen = next((b for b in step.buttons if b.payload == e.payload), None)
        if chosen is None:
            run.say("stale_button")
            run.emit_ask(step)
            return
        run.accept(step, chosen.payload)
        return
    chosen = run.match_button(step.buttons, text)
    if chosen:
        run.accept(step, chosen.payload)
        return
    if _not_ours_to_answer(run, text) or _faq(run, text):
        return
    result = run.d.themes.match(text)
    run.s.slots.pop(PICKED_SLOT, None)  # a new message: whatever was picked before is not this theme
    if result.theme:
        run.s.nlu_theme = result.theme
        run.s.nlu_situations = list(run.d.situations.match(text))
    if step.free_text in ("theme", "any") and result.close:
        ask_clarify(run, list(result.close))
        return
    if step.free_text == "any":
        run.accept(step, FREE_TEXT_VALUE)
        return
    if step.free_text == "theme" and result.theme:
        payloads = {b.payload for b in step.buttons}
        if not payloads or result.theme in payloads:
            run.accept(step, result.theme)
            return
    _unclear(run, step)


def _unclear(run: Run, step: Step) -> None:
    run.s.unclear += 1
    if step.reprompt:
        run.emit_ask(step, prefix=step.reprompt)
    else:
        run.say("not_understood")
        run.emit_ask(step)


def _not_ours_to_answer(run: Run, text: str) -> bool:
    """"Am I depressed?", "is this harassment?", "should I stop my meds?": no guess, a referral."""
    kind = question_kind(text)
    if kind is None:
        return False
    key, ids = _NOT_OURS[kind]
    run.stats.append(("assessment_question", kind))
    run.say(key)
    run.cards(ids)
    safety.reprompt(run)
    return True


def _faq(run: Run, text: str) -> bool:
    best = run.d.faq.best(text)
    if best is None:
        return False
    q = run.d.knowledge.faq[best]
    run.emit(run.text(q.answer))
    run.cards(q.resources)
    run.stats.append(("faq", q.id))
    if run.s.status == "active" and run.current_ask():
        run.say("faq_back")
    safety.reprompt(run)
    return True
