"""The crisis response and what follows it. Runs before any flow; flows cannot turn it off.

After the lines (1 866 APPELLE first, 988, 911), the bot asks whether the person is safe now
and stays: "no" or "I don't know" gets 911 and the lines again, "it's fine" still leaves the
lines in view, and nothing closes the subject silently.
"""

from __future__ import annotations

from bot.engine.interpreter import Run
from bot.nlu.crisis import CrisisResult
from bot.nlu.intents import yes_no
from bot.nlu.normalise import tokens

CRISIS_MESSAGE = {
    "suicide": "crisis_suicide",
    "self_harm": "crisis_self_harm",
    "other_at_risk": "crisis_other",
    "violence": "crisis_violence", "attempt": "crisis_suicide",
    "domestic_violence": "crisis_domestic",
}
CRISIS_RESOURCES = {
    "suicide": ("suicide_quebec", "crisis_988", "emergency_911"),
    "self_harm": ("suicide_quebec", "crisis_988", "emergency_911"),
    "other_at_risk": ("suicide_quebec", "crisis_988", "emergency_911"),
    "violence": ("emergency_911",), "attempt": ("emergency_911", "suicide_quebec", "crisis_988"),
    "domestic_violence": ("emergency_911", "sos_violence_conjugale"),
}
TALK_NOW = ("suicide_quebec", "crisis_988", "info_social_811")
OTHER_HELP = ("info_social_811", "peer_network", "eap")
_SAFE_PAYLOADS = {"sys:safe": "yes", "sys:not_safe": "no", "sys:not_sure": "unsure"}
_OFFER_WORDS = {
    "talk": ("parler", "talk", "quelqu un", "someone", "appeler", "call", "ecouter", "listen"),
    "other": ("autre", "other", "ressource", "resource", "aide", "help", "options"),
    "resume": ("retour", "back", "continuer", "continue", "reprendre", "resume", "ou on etait", "where we were"),
}


def respond_to_crisis(run: Run, result: CrisisResult) -> None:
    cat = result.category or "suicide"
    run.stats.append(("crisis", cat))
    run.emit(run.d.knowledge.message(CRISIS_MESSAGE[cat]).render(run.lang), crisis=True,
             resources=CRISIS_RESOURCES[cat])
    run.s.mode = "crisis_ask"
    run.s.unclear = 0
    ask_safe(run, other=cat == "other_at_risk")


def ask_safe(run: Run, other: bool = False) -> None:
    run.s.choices = ["other"] if other else []
    key = "crisis_ask_safe_other" if other else "crisis_ask_safe"
    run.say(key, [run.sys_button("button_safe", "sys:safe"), run.sys_button("button_not_safe", "sys:not_safe"),
                  run.sys_button("button_not_sure", "sys:not_sure")], crisis=True)


def offer(run: Run) -> None:
    run.s.mode = "crisis_offer"
    run.say("crisis_offer", [run.sys_button("button_keep_talking", "sys:talk"),
                             run.sys_button("button_other_help", "sys:other"),
                             run.sys_button("button_resume", "sys:resume")], crisis=True)


def leave_crisis(run: Run) -> None:
    """Before a stop or restart from inside the crisis follow-up: the lines once more."""
    run.say("crisis_leaving", crisis=True)
    run.s.mode = None
    run.s.choices = []


def follow_up(run: Run) -> bool:
    """Handle the answer to the safety question or the offer. False: let the text go on to the flow."""
    e = run.e
    if run.s.mode == "crisis_ask":
        if e.kind == "button":
            answer = _SAFE_PAYLOADS.get(e.payload)
            if answer is None:
                run.say("stale_button")
                ask_safe(run, other=run.s.choices == ["other"])
                return True
        else:
            answer = yes_no(e.text)
        if answer in ("no", "unsure"):
            run.say("crisis_not_safe", crisis=True)
            run.cards(("emergency_911", "suicide_quebec"), crisis=True)
            offer(run)
        elif answer == "yes":
            run.say("crisis_safe", crisis=True)
            offer(run)
        else:
            run.s.unclear += 1
            if run.s.unclear >= 2:
                offer(run)
            else:
                run.say("crisis_stay", crisis=True)
                ask_safe(run, other=run.s.choices == ["other"])
        return True
    # crisis_offer
    choice = {"sys:talk": "talk", "sys:other": "other", "sys:resume": "resume"}.get(e.payload) if e.kind == "button" else None
    if e.kind == "button" and choice is None:
        run.say("stale_button")
        offer(run)
        return True
    if choice is None:
        choice = _offer_from_text(e.text)
    if choice is None:
        answer = yes_no(e.text)
        if answer in ("no", "yes"):
            # "no thanks" / "it's fine": respected, with the lines still in view.
            leave_crisis(run)
            resume(run)
            return True
        run.s.mode = None
        return False
    run.s.mode = None
    run.s.choices = []
    if choice == "talk":
        run.cards(TALK_NOW, crisis=True)
    elif choice == "other":
        theme = run.d.knowledge.themes.get(run.s.slots.get("theme") or run.s.nlu_theme or "")
        run.cards(OTHER_HELP + (theme.resources if theme else ()))
    resume(run)
    return True


def resume(run: Run) -> None:
    run.say("crisis_resume")
    reprompt(run)


def _offer_from_text(text: str) -> str | None:
    toks = tokens(text)
    if not toks or len(toks) > 5:
        return None
    if len(toks) == 1 and toks[0] in ("1", "2", "3"):
        return ("talk", "other", "resume")[int(toks[0]) - 1]
    joined = " ".join(toks)
    for choice, words in _OFFER_WORDS.items():
        if any(w in joined.split() or (" " in w and w in joined) for w in words):
            return choice
    return None


def reprompt(run: Run) -> None:
    """Ask again whatever is awaited: the safety question, the offer, a clarification or the flow's question."""
    if run.s.mode == "crisis_ask":
        ask_safe(run, other=run.s.choices == ["other"])
    elif run.s.mode == "crisis_offer":
        offer(run)
    elif run.s.mode == "clarify":
        from bot.engine.turn import ask_clarify

        ask_clarify(run, run.s.choices)
    else:
        step = run.current_ask()
        if step:
            run.emit_ask(step)
        else:
            run.start()
