"""What a worker notices: crisis from anywhere, bad input answered politely, idle and forget."""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config, OrgContact
from bot.engine import safety
from bot.engine.conversation_tests import run_paths
from bot.engine.definitions import Definitions
from bot.engine.interpreter import Run
from bot.engine.messages import Event
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.errors import StoreError
from bot.knowledge.crisis_dialogue import DIALOGUES
from bot.nlu.crisis_taxonomy import CATEGORIES, Category, CrisisResult, result
from bot.nlu.diagnosis import question_kind
from bot.service import Entraide
from bot.store.memory import MemoryStore

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
        # it stays: a question whose buttons answer it follows, and the place in the flow is kept for later
        ask = turn.messages[-1]
        assert [b.payload for b in ask.buttons] == ["sys:not_safe", "sys:safe", "sys:not_sure"]
        assert ask.buttons[0].label == {"fr": "Oui, en danger maintenant", "en": "Yes, in danger now"}[lang]
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


def test_a_failure_anywhere_gives_the_apology_with_the_crisis_lines(defs: Definitions, cfg: Config) -> None:
    class BrokenStore(MemoryStore):
        def load_turn(self, key: str) -> tuple[SessionState | None, int, bool]:
            raise StoreError("disk on fire")

    out = Entraide(defs, BrokenStore(), cfg.secret).handle_sync("test", "u1", Event("text", T0, text="bonjour"))
    assert len(out) == 1 and "1 866 APPELLE" in out[0].text and "disk" not in out[0].text


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


# ---- The crisis dialogue per kind of danger (bot/engine/safety.py, bot/knowledge/crisis_dialogue.py) ----

def crisis_turn(defs: Definitions, result: CrisisResult, lang: str = "en",
                state: SessionState | None = None) -> tuple[list[str], SessionState]:
    """The safety stage on a constructed detection, as the detector will report it."""
    run = Run(defs, state or SessionState(lang="fr" if lang == "fr" else "en"), Event("text", T0, text="..."))
    safety.respond_to_crisis(run, result)
    return [m.text for m in run.out], run.s


def reply(defs: Definitions, state: SessionState, text: str = "", payload: str = "") -> tuple[str, SessionState]:
    event = Event("button", T0 + 5, payload=payload) if payload else Event("text", T0 + 5, text=text)
    turn = handle(defs, state, event)
    return " ".join(m.text for m in turn.messages), turn.state


def test_every_category_of_the_taxonomy_has_a_dialogue() -> None:
    assert set(DIALOGUES) == set(CATEGORIES)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_answers_with_its_own_lines_and_question(defs: Definitions, category: Category, lang: str) -> None:
    texts, st = crisis_turn(defs, result(category, "risk", "test"), lang)
    first = texts[0]
    assert "911" in first
    if category == "domestic_violence":
        assert "1-800-363-9010" in first and "1-866-277-3553" not in first
        assert "/forget" in texts[1]  # what the chat leaves on the phone, and how to delete it
    elif category == "violence":
        assert "1-844-838-0808" in first
    elif category == "harm_to_others":
        assert "811" in first and first.index("911") < first.index("811")  # 911 if someone is in danger, then 811
    else:
        assert "1-866-277-3553" in first
    if category == "attempt":
        assert first.index("911") < first.index("1-866-277-3553")
        assert first.startswith(("Appelez le 911", "Call 911"))
    if category == "self_harm":
        assert "suicide " not in first.lower()  # the lines, without assuming suicide
    other = category in ("other_at_risk", "harm_to_others")  # the question is about the person who could be hurt
    assert texts[-1] == defs.knowledge.message("crisis_ask_danger_other" if other else "crisis_ask_danger").get(lang)
    assert st.mode == "crisis_ask" and st.crisis == category


@pytest.mark.parametrize(("category", "typed", "key"), [
    ("suicide", "yes", "crisis_now"), ("suicide", "oui", "crisis_now"), ("suicide", "no", "crisis_not_now"),
    ("suicide", "je sais pas", "crisis_unsure"), ("attempt", "non", "crisis_not_now_attempt"),
    ("self_harm", "no", "crisis_not_now"),
    ("domestic_violence", "yes", "crisis_now_domestic"), ("domestic_violence", "no", "crisis_not_now_domestic"),
    ("domestic_violence", "idk", "crisis_unsure_domestic"),
    ("violence", "oui", "crisis_now_violence"), ("violence", "non", "crisis_not_now_violence"),
    ("other_at_risk", "yes", "crisis_now_other"), ("other_at_risk", "no", "crisis_not_now_other"),
    ("other_at_risk", "I don't know", "crisis_unsure_other"),
    ("harm_to_others", "yes", "crisis_now_harm_others"), ("harm_to_others", "non", "crisis_not_now_harm_others"),
    ("harm_to_others", "je sais pas", "crisis_unsure_harm_others"),
])
def test_a_typed_answer_is_read_against_the_question_and_the_category(
        defs: Definitions, category: Category, typed: str, key: str) -> None:
    lang = "fr" if typed in ("oui", "non", "je sais pas") else "en"
    _, st = crisis_turn(defs, result(category, "risk", "test"), lang)
    said, st = reply(defs, st, typed)
    assert defs.knowledge.message(key).get(lang) in said
    assert st.mode == "crisis_offer"


def test_other_at_risk_never_asks_the_writer_whether_they_are_safe(defs: Definitions) -> None:
    texts, st = crisis_turn(defs, result("other_at_risk", "risk", "test"), "en")
    for said in [" ".join(texts), reply(defs, st, "hmm")[0], reply(defs, st, "yes")[0]]:
        assert "Are you safe" not in said and "Are you in danger" not in said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_concern_asks_directly_about_suicide(defs: Definitions, lang: str) -> None:
    texts, st = crisis_turn(defs, result("suicide", "concern", "test"), lang)
    assert "1-866-277-3553" in texts[0] and "911" in texts[0]
    assert texts[-1] == defs.knowledge.message("crisis_ask_suicide").get(lang)
    assert st.mode == "crisis_concern"
    # yes, or unsure: the full answer about suicide and the danger question
    for typed in {"fr": ("oui", "je ne sais pas", "un peu"), "en": ("yes", "idk", "sometimes")}[lang]:
        said, after = reply(defs, st, typed)
        assert defs.knowledge.message("crisis_suicide").get(lang) in said
        assert after.mode == "crisis_ask" and after.crisis == "suicide"
    # no: thanks, the lines stay in view, and the offer
    said, after = reply(defs, st, payload="sys:suicide_no")
    assert "1-866-277-3553" in said and after.mode == "crisis_offer" and after.crisis_settled


@pytest.mark.parametrize("category", ["other_at_risk", "domestic_violence", "violence", "attempt"])
def test_concern_about_someone_else_or_violence_gets_the_category_answer(defs: Definitions, category: Category) -> None:
    texts, st = crisis_turn(defs, result(category, "concern", "test"), "en")
    assert defs.knowledge.message("crisis_ask_suicide").get("en") not in texts
    assert st.mode == "crisis_ask" and st.crisis == category


def test_a_vaguer_message_in_crisis_mode_never_steps_back_to_screening(defs: Definitions) -> None:
    _, st = crisis_turn(defs, result("suicide", "risk", "test"), "en")
    texts, st = crisis_turn(defs, result("suicide", "concern", "test"), "en", st)
    assert st.mode == "crisis_ask" and defs.knowledge.message("crisis_ask_suicide").get("en") not in texts


def test_crisis_mode_persists_through_unclear_replies(defs: Definitions) -> None:
    _, st = crisis_turn(defs, result("domestic_violence", "risk", "test"), "en")
    for text in ("hmm", "what", "my cat is sick", "..."):
        said, st = reply(defs, st, text)
        assert "1-800-363-9010" in said and "Are you in danger right now?" in said
        assert "Thank you for sharing" not in said and "Hello!" not in said
        assert st.mode == "crisis_ask" and st.crisis == "domestic_violence"


def test_an_attempt_is_not_settled_by_not_now(defs: Definitions) -> None:
    _, st = crisis_turn(defs, result("attempt", "risk", "test"), "en")
    _, st = reply(defs, st, "no")
    said, st = reply(defs, st, "whatever")
    assert "911" in said and st.mode == "crisis_offer"


def test_in_danger_now_from_an_old_message_is_never_stale(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="hello")).state
    said, st = reply(defs, st, payload="sys:not_safe")
    assert "Call 911 now" in said and st.mode == "crisis_offer"


def test_a_session_saved_before_categories_still_follows_up(defs: Definitions) -> None:
    old = ('{"choices":["other"],"history":[],"lang":"en","lang_locked":false,"last_seen":0.0,"mode":"crisis_ask",'
           '"nlu_theme":null,"slots":{},"stack":[],"status":"new","turns":1,"unclear":0,"v":1}')
    st = SessionState.from_json(old)
    assert st.crisis is None and not st.crisis_settled
    said, _ = reply(defs, st, "yes")
    assert defs.knowledge.message("crisis_now_other").get("en") in said
    assert SessionState.from_json(st.to_json()) == st


def test_the_shared_first_answer_is_the_engines(defs: Definitions) -> None:
    for category in CATEGORIES:
        found = result(category, "risk", "test")
        texts, _ = crisis_turn(defs, found, "fr")
        shared = [r.text for r in safety.crisis_answer(defs.knowledge, found, "fr")]
        assert texts[: len(shared)] == shared


@pytest.mark.parametrize("text", [
    "can I take another pill tonight?", "should I double my dose?", "can I mix my meds with alcohol?",
    "is it ok to stop my antidepressants?", "je peux-tu prendre une autre pilule ce soir?",
    "est-ce que je peux doubler ma dose?", "c'est-tu grave de boire avec mes médicaments?",
])
def test_questions_about_ones_medication_get_no_treatment_advice(text: str) -> None:
    assert question_kind(text) == "treatment"


@pytest.mark.parametrize("text", ["can I take a day off?", "est-ce que je peux prendre congé?", "can I talk to someone?"])
def test_other_can_i_questions_are_not_about_medication(text: str) -> None:
    assert question_kind(text) is None


# ---- Resources that fit what was said (issue 16): situations within a theme, folded empty contacts ----

def referred(defs: Definitions, story: str, hello: str = "bonjour") -> tuple[list[str], SessionState]:
    """The resource ids a theme referral shows after a free-text story, in the order shown."""
    st = handle(defs, SessionState(), Event("text", T0, text=hello)).state
    st = handle(defs, st, Event("text", T0 + 1, text=story)).state
    st = handle(defs, st, Event("button", T0 + 2, payload="yes")).state
    turn = handle(defs, st, Event("button", T0 + 3, payload="theme"))
    return [r for m in turn.messages for r in m.meta.resources], turn.state


@pytest.mark.parametrize(("story", "first", "never"), [
    ("mon gestionnaire me crie dessus devant tout le monde", "union", "sexual_violence"),
    ("my manager yells at me in front of everyone", "union", "sexual_violence"),
    ("un collègue me fait des commentaires sexuels", "sexual_violence", "emergency_911"),
    ("there was physical violence at work last month", "emergency_911", "sexual_violence"),
    ("mon frère s'est suicidé le mois passé", "suicide_quebec", "drogue_aide_reference"),
    ("my dog died yesterday", "grief_line", "suicide_quebec"),
    ("mon fils de 16 ans s'enferme dans sa chambre", "info_social_811", "drogue_aide_reference"),
    ("je joue au casino tous les soirs", "jeu_aide_reference", "drogue_aide_reference"),
    ("I drink every night to unwind", "drogue_aide_reference", "jeu_aide_reference"),
    ("je suis accro à mon cellulaire", "info_social_811", "drogue_aide_reference"),
    ("I'm going back to work after a workplace injury", "union", "sexual_violence"),
])
def test_the_referral_fits_what_was_said(defs: Definitions, story: str, first: str, never: str) -> None:
    ids, _ = referred(defs, story, "hello" if story.isascii() else "bonjour")
    assert ids and ids[0] == first, ids
    assert never not in ids


def test_a_situation_is_kept_as_an_id_never_as_words(defs: Definitions) -> None:
    _, st = referred(defs, "mon frère s'est suicidé le mois passé")
    assert st.nlu_situations == ["grief_suicide"]
    saved = st.to_json()
    assert "frère" not in saved and "fr\\u00e8re" not in saved and "mois" not in saved
    assert SessionState.from_json(saved).nlu_situations == ["grief_suicide"]


def test_a_situation_of_another_theme_does_not_change_the_list(defs: Definitions) -> None:
    grief = defs.knowledge.themes["grief"]
    assert grief.resources_for(["addiction_gambling"]) == grief.resources
    assert grief.resources_for(["addiction_gambling", "grief_suicide"])[0] == "suicide_quebec"
    assert defs.situations.match("I bet on hockey and my brother died by suicide") == ("addiction_gambling", "grief_suicide")
    assert defs.situations.match("mon ado joue aux jeux vidéo toute la nuit") == ("addiction_screens",)


def test_empty_contacts_fold_into_one_line_after_what_can_be_dialled(defs: Definitions) -> None:
    ids, _ = referred(defs, "my manager yells at me in front of everyone", "hello")
    assert ids == ["union", "cnesst_harassment", "peer_network", "eap"]
    st = handle(defs, SessionState(), Event("text", T0, text="bonjour")).state
    for payload in ("me", "list", "civility"):
        st = handle(defs, st, Event("button", T0 + 1, payload=payload)).state
    turn = handle(defs, st, Event("button", T0 + 2, payload="theme"))
    cards = [m for m in turn.messages if m.meta.resources]
    assert [m.meta.resources for m in cards] == [("info_social_811",), ("union",), ("peer_network", "eap")]
    folded = cards[-1].text
    assert "Votre syndicat" in folded and "Réseau d'entraide de votre milieu" in folded and "PAE" in folded
    assert "RH" not in folded


def test_a_configured_contact_keeps_its_place_and_a_single_empty_one_keeps_its_card(defs: Definitions) -> None:
    org = defs.org.model_copy(update={"eap": OrgContact(phone="1-800-555-0100")})
    with_eap = replace(defs, org=org)
    ids, st = referred(with_eap, "my manager yells at me in front of everyone", "hello")
    assert ids == ["union", "cnesst_harassment", "eap", "peer_network"]
    turn = handle(with_eap, SessionState(lang="en"), Event("text", T0, text="hello"))
    st = turn.state
    for payload in ("me", "list", "civility"):
        st = handle(with_eap, st, Event("button", T0 + 1, payload=payload)).state
    cards = [m for m in handle(with_eap, st, Event("button", T0 + 2, payload="theme")).messages if m.meta.resources]
    assert cards[-1].meta.resources == ("peer_network",)
    assert "hasn't entered these contact details" in cards[-1].text and "HR" not in cards[-1].text


def test_the_colleague_flow_starts_a_real_request(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="bonjour")).state
    turn = handle(defs, st, Event("button", T0 + 1, payload="colleague"))
    turn = handle(defs, turn.state, Event("button", T0 + 2, payload="peer"))
    said = " ".join(m.text for m in turn.messages)
    assert "vous qui vous inquiétez" in said and turn.messages[-1].meta.step == "consent"
    for payload in ("yes", "day"):
        turn = handle(defs, turn.state, Event("button", T0 + 3, payload=payload))
    labels = [b.label for b in turn.messages[-1].buttons]
    assert "Outaouais" in labels and not any("confirm" in b.lower() for b in labels)
    turn = handle(defs, turn.state, Event("button", T0 + 4, payload="outaouais"))
    assert turn.actions == ["request_helper"] and turn.state.slots["region"] == "outaouais"
    assert turn.state.slots["request_about"] == "colleague"


def test_the_support_flow_request_still_speaks_to_the_person_themself(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="hello")).state
    for payload in ("me", "list", "grief"):
        st = handle(defs, st, Event("button", T0 + 1, payload=payload)).state
    turn = handle(defs, st, Event("button", T0 + 2, payload="peer"))
    said = " ".join(m.text for m in turn.messages)
    assert "trained to listen" in said and "worried" not in said


def test_other_help_in_crisis_mode_follows_the_situation_not_only_the_theme(defs: Definitions) -> None:
    """After a sexual matter at work, 'see other help' offers the sexual-violence line; after a yelling boss, not."""
    sexual = SessionState(lang="en", nlu_theme="violence_harassment", nlu_situations=["violence_sexual"])
    yelling = SessionState(lang="en", nlu_theme="violence_harassment")
    shown: dict[str, set[str]] = {}
    for name, start in (("sexual", sexual), ("yelling", yelling)):
        _, st = crisis_turn(defs, result("suicide", "risk", "test"), "en", start)
        _, st = reply(defs, st, payload="sys:safe")  # not in danger right now: the offer follows
        turn = handle(defs, st, Event("button", T0 + 9, payload="sys:other"))
        shown[name] = {r for m in turn.messages for r in m.meta.resources}
    assert "sexual_violence" in shown["sexual"]
    assert "sexual_violence" not in shown["yelling"]


def test_a_concern_guessed_by_the_neighbours_asks_before_sending_anyone_to_911(defs: Definitions) -> None:
    guessed = CrisisResult(True, "attempt", "concern", "self", "unknown", "attempt:neighbours")
    found = CrisisResult(True, "attempt", "concern", "self", "unknown", "attempt:keyword")
    first = " ".join(r.text for r in safety.crisis_answer(defs.knowledge, guessed, "en"))
    assert "911" not in first.split("1 866")[0] and "1 866 APPELLE" in first
    assert safety.dialogue_for(found) is DIALOGUES["attempt"]  # a rule that saw an attempt keeps 911 first


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_start_event_begins_afresh_at_a_flows_first_step_in_the_language_asked(defs: Definitions, lang: str) -> None:
    """The console's preview and conversation tests can begin at any flow; the conversation before is dropped."""
    mid = handle(defs, SessionState(), Event("text", T0, text="mon père est décédé")).state
    assert mid.slots
    t = handle(defs, mid, Event("start", T0 + 1, payload="info", lang_hint=lang))
    assert (t.messages[-1].meta.flow, t.messages[-1].meta.step, t.state.lang) == ("info", "topics", lang)
    assert "anonymity" in [b.payload for b in t.messages[-1].buttons] and not t.state.slots
    typed = handle(defs, t.state, Event("text", T0 + 2, text="Est-ce anonyme?" if lang == "fr" else "Is this anonymous?"))
    assert typed.state.slots.get("faq_topic") == "anonymity"


def test_a_conversation_test_may_start_at_a_flow_and_a_wrong_flow_is_named(defs: Definitions, tmp_path: Path) -> None:
    f = tmp_path / "start.yaml"
    f.write_text("tests:\n  - name: faq\n    steps:\n      - start: info\n        lang: en\n"
                 "        expect: {flow: info, step: topics, lang: en}\n"
                 "  - name: typo\n    steps:\n      - start: infos\n", encoding="utf-8")
    results, problems = run_paths(defs, [f], tmp_path)
    assert [r.ok for r in results] == [True, True]
    assert [(p.line, "`start: infos` names no flow" in p.message) for p in problems] == [(9, True)]


@pytest.mark.parametrize("channel", ["telegram", "web", "rasa", "terminal"])
def test_a_start_event_from_a_workers_channel_jumps_to_no_flow(svc: Entraide, channel: str) -> None:
    """Only the console's preview and conversation tests begin at a flow of their choosing: whatever a channel
    might one day build, a worker cannot skip the main flow (its welcome, its crisis check) this way."""
    msgs = svc.handle_sync(channel, "w1", Event("start", T0, payload="info", lang_hint="en"))
    assert msgs and all(m.meta.flow != "info" for m in msgs)
    state, _ = svc.store.load(svc.key(channel, "w1"))
    assert state is None or all(f.flow != "info" for f in state.stack)
    for allowed in ("console", "test"):
        assert svc.handle_sync(allowed, "w2", Event("start", T0, payload="info", lang_hint="en"))[-1].meta.flow == "info"
