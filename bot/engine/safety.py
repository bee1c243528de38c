"""The crisis answer and the dialogue that follows it. Runs before any flow; flows cannot turn it off.

What is said depends on the kind of danger (bot.knowledge.crisis_dialogue holds the table): the
lines for that category first, then a question whose buttons answer it ("Yes, in danger now" /
"No, not right now" / "I don't know"), then a reply to that answer. A typed "yes" is read against
the question asked. Crisis mode lasts until the person says the danger is not now, or picks
something else (an offer button, restart, stop, language): an unclear reply keeps the lines in
view and asks again, and nothing inside crisis mode starts a fresh welcome.

`crisis_answer` is the one first answer every channel gives (the engine, the peer relay, Rasa).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.clarify import ask_clarify
from bot.engine.interpreter import Run
from bot.engine.messages import Button
from bot.engine.model import Step
from bot.engine.state import Frame
from bot.knowledge.crisis_dialogue import CONCERN, CONCERN_ASKS, DIALOGUES, Dialogue
from bot.knowledge.model import Knowledge
from bot.nlu.answers import Danger, YesNo, danger_answer, declines, yes_no_answer
from bot.nlu.crisis_taxonomy import Category, CrisisResult
from bot.nlu.normalise import tokens
from bot.types import Lang

MODES = ("crisis_concern", "crisis_ask", "crisis_offer")
IN_DANGER = "sys:not_safe"
OTHER_HELP = ("info_social_811", "peer_network", "eap")
# Payloads name the meaning, not the label: "sys:safe" is "not in danger now", as it always was.
_DANGER_BUTTONS = (("button_danger_now", "sys:not_safe"), ("button_danger_not_now", "sys:safe"),
                   ("button_not_sure", "sys:not_sure"))
_DANGER_PAYLOADS: dict[str, Danger] = {"sys:not_safe": "now", "sys:safe": "not_now", "sys:not_sure": "unsure"}
_CONCERN_BUTTONS = (("button_yes", "sys:suicide_yes"), ("button_no", "sys:suicide_no"),
                    ("button_not_sure", "sys:suicide_unsure"))
_CONCERN_PAYLOADS: dict[str, YesNo] = {"sys:suicide_yes": "yes", "sys:suicide_no": "no", "sys:suicide_unsure": "unsure"}
_OFFER_BUTTONS = (("button_keep_talking", "sys:talk"), ("button_other_help", "sys:other"), ("button_resume", "sys:resume"))
_OFFER_PAYLOADS = {"sys:talk": "talk", "sys:other": "other", "sys:resume": "resume"}
_OFFER_WORDS = {
    "talk": ("parler", "talk", "quelqu un", "someone", "appeler", "call", "ecouter", "listen"),
    "other": ("autre", "other", "ressource", "resource", "ressources", "resources", "options"),
    "resume": ("retour", "back", "continuer", "continue", "reprendre", "resume", "ou on etait", "where we were"),
}


@dataclass(frozen=True)
class Reply:
    """One message of the first crisis answer: its text and the resources it shows."""

    text: str
    resources: tuple[str, ...] = ()


def dialogue_for(result: CrisisResult) -> Dialogue:
    """The table row for what was detected: the `concern` tier about oneself asks directly first.

    A concern found only by the embedding neighbours names the category of the nearest examples, a
    guess: about oneself it asks the direct question too, rather than open with "call 911 now" to
    someone who may only have written "hi, just trying this out"."""
    category: Category = result.category or "suicide"
    guessed = (result.reason or "").endswith(":neighbours") and result.at_risk == "self"
    if result.level == "concern" and (category in CONCERN_ASKS or guessed):
        return CONCERN
    return DIALOGUES[category]


def crisis_answer(knowledge: Knowledge, result: CrisisResult, lang: Lang) -> list[Reply]:
    """The first answer to a crisis message, the same in every channel: the category's lines, then its note."""
    d = dialogue_for(result)
    replies = [Reply(knowledge.message(d.answer).render(lang), d.lines)]
    if d.note:
        replies.append(Reply(knowledge.message(d.note).render(lang)))
    return replies


def respond_to_crisis(run: Run, result: CrisisResult) -> None:
    """A crisis message, wherever it comes: answer for its category and ask the category's question."""
    category: Category = result.category or "suicide"
    in_crisis = run.s.mode in MODES
    if run.s.mode == "crisis_ask" and category == run.s.crisis and run.e.kind == "text":
        answer = danger_answer(run.e.text)  # "oui, je veux mourir" answers the question just asked
        if answer:
            _after_danger(run, answer)
            return
    if in_crisis and result.level == "concern":
        # Already talking about danger: a vaguer message never steps back to the screening question.
        result = CrisisResult(True, category, "risk", result.at_risk, result.immediacy, result.reason)
    if not in_crisis or category != run.s.crisis:
        run.stats.append(("crisis", category))
    for r in crisis_answer(run.d.knowledge, result, run.lang):
        run.emit(r.text, crisis=True, resources=r.resources)
    run.s.crisis = category
    run.s.crisis_settled = False
    run.s.mode = "crisis_concern" if dialogue_for(result) is CONCERN else "crisis_ask"
    run.s.unclear = 0
    run.s.choices = []
    ask(run)


def _dialogue(run: Run) -> Dialogue:
    if run.s.mode == "crisis_concern":
        return CONCERN
    # A session saved before categories were kept marked "someone else" as choices == ["other"].
    legacy: Category = "other_at_risk" if run.s.choices == ["other"] else "suicide"
    return DIALOGUES[run.s.crisis or legacy]


def _say(run: Run, key: str, resources: tuple[str, ...] = (), buttons: Sequence[Button] = ()) -> None:
    run.emit(run.d.knowledge.message(key).render(run.lang), buttons, crisis=True, resources=resources)


def _buttons(run: Run, pairs: tuple[tuple[str, str], ...]) -> list[Button]:
    return [run.sys_button(key, payload) for key, payload in pairs]


def ask(run: Run) -> None:
    """The question of the current crisis mode, with buttons that answer it."""
    d = _dialogue(run)
    pairs = _CONCERN_BUTTONS if run.s.mode == "crisis_concern" else _DANGER_BUTTONS
    _say(run, d.question, buttons=_buttons(run, pairs))


def offer(run: Run) -> None:
    run.s.mode = "crisis_offer"
    _say(run, "crisis_offer", buttons=_buttons(run, _OFFER_BUTTONS))


def _still_here(run: Run) -> None:
    """An unclear reply: the key number once more, and the same question, gently."""
    run.s.unclear += 1
    _say(run, _dialogue(run).stay)
    reprompt(run)


def _end(run: Run) -> None:
    run.s.mode = None
    run.s.choices = []
    run.s.crisis = None
    run.s.crisis_settled = False


def leave_crisis(run: Run) -> None:
    """Before a stop, restart or /forget from inside the crisis follow-up: the category's lines once more."""
    _say(run, _dialogue(run).leaving)
    _end(run)


def understood(run: Run) -> bool:
    """Whether the event answers what crisis mode awaits (otherwise it may be a question of its own)."""
    if run.e.kind != "text":
        return True
    text = run.e.text
    if run.s.mode == "crisis_concern":
        return _typed_choice(text, 3) is not None or yes_no_answer(text) is not None
    if run.s.mode == "crisis_ask":
        return _typed_choice(text, 3) is not None or danger_answer(text) is not None
    return _offer_from_text(text) is not None or declines(text) or yes_no_answer(text) is not None


def follow_up(run: Run) -> bool:
    """Handle a reply inside crisis mode. False: the person is safe and the text goes on to the flow."""
    e = run.e
    if e.kind == "button":
        if e.payload in _DANGER_PAYLOADS:  # also from an earlier message: "in danger now" is never stale
            run.s.mode = "crisis_ask"
            _after_danger(run, _DANGER_PAYLOADS[e.payload])
        elif e.payload in _CONCERN_PAYLOADS and run.s.mode == "crisis_concern":
            _after_concern(run, _CONCERN_PAYLOADS[e.payload])
        elif e.payload in _OFFER_PAYLOADS and run.s.mode == "crisis_offer":
            _offer_choice(run, _OFFER_PAYLOADS[e.payload])
        else:
            run.say("stale_button")
            reprompt(run)
        return True
    if run.s.mode == "crisis_concern":
        n = _typed_choice(e.text, 3)
        concern = ("yes", "no", "unsure")[n - 1] if n else yes_no_answer(e.text)
        if concern is None:
            _still_here(run)
        else:
            _after_concern(run, concern)
        return True
    if run.s.mode == "crisis_ask":
        n = _typed_choice(e.text, 3)
        danger = ("now", "not_now", "unsure")[n - 1] if n else danger_answer(e.text)
        if danger is None:
            _still_here(run)
        else:
            _after_danger(run, danger)
        return True
    choice = _offer_from_text(e.text)
    if choice:
        _offer_choice(run, choice)
        return True
    if declines(e.text):
        # "no thanks", "it's fine": respected, with the lines still in view.
        leave_crisis(run)
        resume(run, said_leaving=True)
        return True
    if not run.s.crisis_settled:
        _still_here(run)
        return True
    _end(run)
    if run.s.status != "active":
        begin_quietly(run)
    return False


def _after_danger(run: Run, answer: Danger) -> None:
    d = _dialogue(run)
    run.stats.append(("crisis_answer", answer))
    run.s.unclear = 0
    if answer == "now":
        _say(run, d.now)
        run.cards(d.now_cards, crisis=True)
    elif answer == "not_now":
        _say(run, d.not_now, d.lines)
        run.s.crisis_settled = d.settles
    else:
        _say(run, d.unsure)
        run.cards(d.unsure_cards, crisis=True)
    offer(run)


def _after_concern(run: Run, answer: YesNo) -> None:
    run.stats.append(("crisis_concern", answer))
    run.s.unclear = 0
    if answer == "no":
        _say(run, CONCERN.not_now, CONCERN.lines)
        run.s.crisis_settled = True
        offer(run)
        return
    # Yes, or unsure: the full answer about suicide, and whether the danger is now.
    respond_to_crisis(run, CrisisResult(True, "suicide", "risk", "self", "unknown", "concern:" + answer))


def _offer_choice(run: Run, choice: str) -> None:
    if choice == "talk":
        # The lines, and the bot stays: no fresh start, the way back is one button away.
        run.cards(_dialogue(run).talk, crisis=True)
        _say(run, "crisis_talk", buttons=_buttons(run, _OFFER_BUTTONS[1:]))
        return
    if choice == "other":
        theme = run.d.knowledge.themes.get(run.s.slots.get("theme") or run.s.nlu_theme or "")
        run.cards(OTHER_HELP + (theme.resources_for(run.s.nlu_situations) if theme else ()))
    _end(run)
    resume(run)


def resume(run: Run, said_leaving: bool = False) -> None:
    """Back to the flow's question; when no flow had started, a gentle question instead of the welcome."""
    step = run.current_ask()
    if step is None and run.s.mode is None:
        step = begin_quietly(run)
        if step is not None:
            if not said_leaving:
                run.say("crisis_resume_new")
            run.emit_ask(step)
            return
    if not said_leaving:
        run.say("crisis_resume")
    reprompt(run)


def begin_quietly(run: Run) -> Step | None:
    """Start the main flow at its first question, without the welcome (the person has already been greeted)."""
    main = run.d.flows.flows[run.d.flows.main]
    step = next((s for s in main.steps if s.kind == "ask"), None)
    if step is None:
        return None
    run.s.status = "active"
    run.s.stack = [Frame(main.id, step.id)]
    run.s.history = []
    run.stats.append(("conversation", "start"))
    return step


def _typed_choice(text: str, count: int) -> int | None:
    toks = tokens(text)
    if len(toks) == 1 and toks[0].isdigit() and 1 <= int(toks[0]) <= count:
        return int(toks[0])
    return None


def _offer_from_text(text: str) -> str | None:
    toks = tokens(text)
    if not toks or len(toks) > 5:
        return None
    n = _typed_choice(text, 3)
    if n:
        return ("talk", "other", "resume")[n - 1]
    joined = " ".join(toks)
    for choice, words in _OFFER_WORDS.items():
        if any(w in toks or (" " in w and w in joined) for w in words):
            return choice
    return None


def reprompt(run: Run) -> None:
    """Ask again whatever is awaited: the crisis question, the offer, a clarification or the flow's question."""
    if run.s.mode in ("crisis_concern", "crisis_ask"):
        ask(run)
    elif run.s.mode == "crisis_offer":
        offer(run)
    elif run.s.mode == "clarify":
        ask_clarify(run, run.s.choices)
    else:
        step = run.current_ask()
        if step:
            run.emit_ask(step)
        else:
            run.start()
