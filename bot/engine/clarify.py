"""When two themes are close: ask the person which fits, and read their answer (a button, its
number, or words naming one). Used by the turn and by the safety stage's reprompt."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.interpreter import Run
from bot.engine.messages import Button
from bot.engine.model import FREE_TEXT_VALUE, ButtonDef
from bot.nlu.normalise import tokens

# Set when the person picked the theme among close candidates (flows/main.yaml skips its confirmation);
# cleared by the turn when a new free-text message is read, so it always speaks of the current theme.
PICKED_SLOT = "theme_picked"


def ask_clarify(run: Run, choices: Sequence[str]) -> None:
    run.s.mode = "clarify"
    run.s.choices = list(choices)
    buttons = [Button(run.d.knowledge.themes[c].name.get(run.lang), f"theme:{c}") for c in choices if c in run.d.knowledge.themes]
    buttons.append(run.sys_button("button_other_help", "theme:none"))
    run.say("clarify_theme", buttons)


def clarify_answer(run: Run) -> bool:
    e, choices = run.e, run.s.choices
    picked: str | None = None
    if e.kind == "button":
        value = e.payload.removeprefix("theme:")
        if not e.payload.startswith("theme:") or (value not in choices and value != "none"):
            run.say("stale_button")
            ask_clarify(run, choices)
            return True
        picked = value
    else:
        toks = tokens(e.text)
        if len(toks) == 1 and toks[0].isdigit() and 1 <= int(toks[0]) <= len(choices) + 1:
            n = int(toks[0])
            picked = choices[n - 1] if n <= len(choices) else "none"
        else:
            scores = run.d.themes.match(e.text).scores
            named = [c for c in choices if c in scores or run.match_button([_theme_button(run, c)], e.text)]
            if len(named) == 1:
                picked = named[0]
    if picked is None:
        run.s.mode = None
        return False
    run.s.mode = None
    run.s.choices = []
    step = run.current_ask()
    if picked == "none":
        if step:
            run.emit_ask(step)
        else:
            run.start()
        return True
    run.s.nlu_theme = picked
    run.s.slots[PICKED_SLOT] = picked  # the person chose it: a flow need not ask "is that right?" again
    if step is None:
        run.start()
    elif step.free_text == "any":
        run.accept(step, FREE_TEXT_VALUE)
    else:
        run.accept(step, picked)
    return True


def _theme_button(run: Run, theme_id: str) -> ButtonDef:
    t = run.d.knowledge.themes[theme_id]
    return ButtonDef(theme_id, t.name)
