"""What a worker notices: crisis from anywhere, bad input answered politely, idle and forget."""

from __future__ import annotations

from collections import deque

import pytest

from bot.engine.definitions import Definitions
from bot.engine.messages import Event
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.service import Entraide

CRISIS = {"fr": "jveux mourir, chu pu capable", "en": "i want to end it all"}
NUMBERS = ("1-866-277-3553", "988", "911")
T0 = 1_700_000_000.0


def resting_states(defs: Definitions, lang: str) -> list[SessionState]:
    """Every (flow, step) a conversation can wait at, reached by pressing buttons from the start."""
    start = handle(defs, SessionState(), Event("text", T0, text="bonjour" if lang == "fr" else "hello"))
    seen: dict[tuple[str, str], SessionState] = {}
    todo = deque([start])
    while todo:
        turn = todo.popleft()
        st = turn.state
        if st.status != "active" or not st.stack:
            continue
        where = (st.stack[-1].flow, st.stack[-1].step)
        if where in seen:
            continue
        seen[where] = st
        for b in turn.messages[-1].buttons:
            todo.append(handle(defs, st, Event("button", T0 + 1, payload=b.payload)))
        todo.append(handle(defs, st, Event("text", T0 + 1, text="mon père est décédé" if lang == "fr" else "my dad passed away")))
    return list(seen.values())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_crisis_answered_first_from_every_step_of_every_flow(defs: Definitions, lang: str) -> None:
    states = resting_states(defs, lang)
    reached = {(s.stack[-1].flow, s.stack[-1].step) for s in states}
    asks = {(f.id, s.id) for f in defs.flows.flows.values() for s in f.steps if s.kind == "ask"}
    assert asks <= reached, f"never reached: {asks - reached}"
    for st in states:
        turn = handle(defs, st, Event("text", T0 + 2, text=CRISIS[lang]))
        first = turn.messages[0]
        assert first.meta.crisis, st.stack
        assert all(n in first.text for n in NUMBERS)
        assert turn.state.lang == lang
        assert first.text.index("1-866-277-3553") < first.text.index("988") < first.text.index("911")
        # it stays: a safety question follows, and the place in the flow is kept for later
        assert [b.payload for b in turn.messages[-1].buttons] == ["sys:safe", "sys:not_safe", "sys:not_sure"]
        assert turn.state.stack == st.stack


def test_crisis_response_never_names_a_condition(defs: Definitions) -> None:
    for text in ("je veux mourir", "I want to die", "mon chum me frappe", "I cut myself"):
        turn = handle(defs, SessionState(), Event("text", T0, text=text))
        joined = " ".join(m.text for m in turn.messages).lower()
        assert "crise" not in joined and "crisis" not in joined


def test_a_single_no_does_not_close_the_subject(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="i want to die")).state
    turn = handle(defs, st, Event("text", T0 + 1, text="no"))
    text = " ".join(m.text for m in turn.messages)
    assert "911" in text and turn.state.mode == "crisis_offer"
    turn = handle(defs, turn.state, Event("text", T0 + 2, text="it's fine"))
    assert "1 866 APPELLE" in " ".join(m.text for m in turn.messages)


def test_stop_from_the_safety_question_still_shows_the_lines(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="je veux mourir")).state
    turn = handle(defs, st, Event("text", T0 + 1, text="stop"))
    text = " ".join(m.text for m in turn.messages)
    assert "1-866-277-3553" in text and turn.state.status == "ended"


@pytest.mark.parametrize("text", ["x" * 50_000, "\x00\x01\x1b[31m\u200b", "/", "🙂" * 300, "<b>hi</b> *x* _y_ [x](y)", "   "])
def test_bad_input_gets_a_polite_reply(svc: Entraide, text: str) -> None:
    out = svc.handle_sync("test", "u1", Event.from_text(text, T0))
    assert out and all(m.text for m in out)
    assert "Traceback" not in " ".join(m.text for m in out)
    again = svc.handle_sync("test", "u1", Event("text", T0 + 1, text="bonjour"))
    assert again


def test_forged_button_is_refused_and_nothing_is_lost(svc: Entraide) -> None:
    svc.handle_sync("test", "u", Event("text", T0, text="bonjour"))
    out = svc.handle_sync("test", "u", Event("button", T0 + 1, payload="theme:grief;DROP TABLE"))
    assert "plus actif" in out[0].text
    assert out[-1].meta.step == "who"


def test_unknown_command_and_unsupported_content(svc: Entraide) -> None:
    svc.handle_sync("test", "u", Event("text", T0, text="hello"))
    out = svc.handle_sync("test", "u", Event("command", T0 + 1, command="frobnicate"))
    assert "/help" in out[0].text and out[-1].meta.step == "who"
    out = svc.handle_sync("test", "u", Event("unsupported", T0 + 2))
    assert "text" in out[0].text and out[-1].meta.step == "who"


def test_idle_session_restarts_politely(svc: Entraide, defs: Definitions) -> None:
    svc.handle_sync("test", "u", Event("text", T0, text="hello"))
    svc.handle_sync("test", "u", Event("button", T0 + 1, payload="me"))
    out = svc.handle_sync("test", "u", Event("text", T0 + defs.idle_seconds + 60, text="hello"))
    assert "starting fresh" in out[0].text
    assert out[-1].meta.step == "who"


def test_forget_erases_the_session(svc: Entraide) -> None:
    svc.handle_sync("test", "u", Event("text", T0, text="bonjour"))
    key = svc.key("test", "u")
    assert svc.store.load(key)[0] is not None
    out = svc.handle_sync("test", "u", Event("command", T0 + 1, command="forget"))
    assert "effacé" in out[0].text
    assert svc.store.load(key) == (None, 0)


def test_deep_link_start_sets_the_workplace(svc: Entraide) -> None:
    svc.handle_sync("test", "u", Event("command", T0, command="start", arg="usine_42"))
    st, _ = svc.store.load(svc.key("test", "u"))
    assert st is not None and st.slots.get("workplace") == "usine_42"


def test_two_close_themes_ask_which_fits(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="hello")).state
    st = handle(defs, st, Event("button", T0 + 1, payload="me")).state
    st = handle(defs, st, Event("button", T0 + 2, payload="list")).state
    turn = handle(defs, st, Event("text", T0 + 3, text="conflict and grief"))
    payloads = [b.payload for b in turn.messages[-1].buttons]
    assert "theme:civility" in payloads and "theme:grief" in payloads
    turn = handle(defs, turn.state, Event("button", T0 + 4, payload="theme:grief"))
    assert turn.state.slots["theme"] == "grief"


def test_session_key_is_a_keyed_hash(svc: Entraide) -> None:
    k = svc.key("telegram", 123456789)
    assert len(k) == 64 and "123456789" not in k
    assert k != Entraide(svc.defs, svc.store, b"another-secret-value").key("telegram", 123456789)


def test_every_faq_is_answered_in_both_languages_and_the_question_comes_back(defs: Definitions) -> None:
    for faq in defs.knowledge.faq.values():
        for lang, hello in (("fr", "bonjour"), ("en", "hello")):
            trigger = next(t for t in faq.triggers[lang] if not t.endswith("*"))
            st = handle(defs, SessionState(), Event("text", T0, text=hello)).state
            st = handle(defs, st, Event("button", T0 + 1, payload="me")).state
            turn = handle(defs, st, Event("text", T0 + 2, text=trigger))
            texts = [m.text for m in turn.messages]
            assert faq.answer.get(lang) in texts, (faq.id, lang, trigger, texts)  # type: ignore[arg-type]
            assert turn.messages[-1].meta.step == "opening", (faq.id, lang)
