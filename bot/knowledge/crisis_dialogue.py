"""What the bot says for each kind of danger: one table, read by the safety stage and the validator.

Each category of the crisis taxonomy (bot.nlu.crisis_taxonomy) gets its first answer, the question
asked after it, and a reply to each answer to that question. The texts live in
knowledge/messages.yaml; this table only names them, with the resources each one shows and the
numbers each must carry, so no edit of the YAML can drop a line the safety stage relies on.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.nlu.crisis_taxonomy import Category

APPELLE = "1-866-277-3553"
SOS = "1-800-363-9010"
CNESST = "1-844-838-0808"


@dataclass(frozen=True)
class Dialogue:
    """One category's answer. Message keys are in knowledge/messages.yaml; resources are ids."""

    answer: str
    lines: tuple[str, ...]  # the resources the answer shows (its numbers are in the text)
    question: str
    now: str  # after "yes, in danger now"
    now_cards: tuple[str, ...]
    not_now: str  # after "no, not right now"
    unsure: str  # after "I don't know": treated as a possible danger
    unsure_cards: tuple[str, ...]
    stay: str  # a short reminder with the key number, before asking again
    leaving: str  # before a stop or restart from inside the crisis follow-up
    talk: tuple[str, ...]  # cards for "talk to someone now"
    note: str | None = None  # said right after the answer
    settles: bool = True  # "not right now" ends crisis mode (an attempt never settles by itself)


_SELF_LINES = ("suicide_quebec", "crisis_988", "emergency_911")
_TALK = ("suicide_quebec", "crisis_988", "info_social_811")


def _self(answer: str, lines: tuple[str, ...] = _SELF_LINES, not_now: str = "crisis_not_now",
          settles: bool = True) -> Dialogue:
    return Dialogue(answer, lines, "crisis_ask_danger", "crisis_now", ("emergency_911", "suicide_quebec"),
                    not_now, "crisis_unsure", ("emergency_911", "suicide_quebec"), "crisis_stay",
                    "crisis_leaving", _TALK, settles=settles)


DIALOGUES: dict[Category, Dialogue] = {
    "suicide": _self("crisis_suicide"),
    "attempt": _self("crisis_attempt", ("emergency_911", "suicide_quebec", "crisis_988"),
                     not_now="crisis_not_now_attempt", settles=False),
    "self_harm": _self("crisis_self_harm"),
    "domestic_violence": Dialogue(
        "crisis_domestic", ("emergency_911", "sos_violence_conjugale"), "crisis_ask_danger",
        "crisis_now_domestic", ("emergency_911", "sos_violence_conjugale"), "crisis_not_now_domestic",
        "crisis_unsure_domestic", ("emergency_911", "sos_violence_conjugale"), "crisis_stay_domestic",
        "crisis_leaving_domestic", ("sos_violence_conjugale", "info_social_811"), note="crisis_privacy_note"),
    "violence": Dialogue(
        "crisis_violence", ("emergency_911", "cnesst_harassment", "peer_network"), "crisis_ask_danger",
        "crisis_now_violence", ("emergency_911",), "crisis_not_now_violence",
        "crisis_unsure_violence", ("emergency_911",), "crisis_stay_violence", "crisis_leaving_violence",
        ("info_social_811", "peer_network", "cnesst_harassment")),
    "harm_to_others": Dialogue(
        "crisis_harm_others", ("emergency_911", "info_social_811", "eap"), "crisis_ask_danger_other",
        "crisis_now_harm_others", ("emergency_911",), "crisis_not_now_harm_others",
        "crisis_unsure_harm_others", ("emergency_911", "info_social_811"), "crisis_stay_harm_others",
        "crisis_leaving_harm_others", ("info_social_811", "eap", "peer_network")),
    "other_at_risk": Dialogue(
        "crisis_other", ("emergency_911", "suicide_quebec", "crisis_988", "peer_network"), "crisis_ask_danger_other",
        "crisis_now_other", ("emergency_911",), "crisis_not_now_other",
        "crisis_unsure_other", ("emergency_911", "suicide_quebec"), "crisis_stay_other", "crisis_leaving",
        ("suicide_quebec", "info_social_811", "peer_network")),
}

# The `concern` tier for the writer's own safety: the lines, then the direct question
# "are you thinking of suicide?". Yes or unsure leads to the suicide answer; no to the offer.
CONCERN = Dialogue("crisis_concern", _SELF_LINES, "crisis_ask_suicide", "crisis_suicide", (), "crisis_concern_no",
                   "crisis_suicide", (), "crisis_stay", "crisis_leaving", _TALK)
CONCERN_ASKS: frozenset[Category] = frozenset({"suicide", "self_harm"})

OFFER_MESSAGES = ("crisis_offer", "crisis_resume", "crisis_resume_new", "crisis_talk",
                  "button_keep_talking", "button_other_help", "button_resume")
BUTTON_MESSAGES = ("button_danger_now", "button_danger_not_now", "button_not_sure", "button_yes", "button_no")


@dataclass(frozen=True)
class Required:
    """Numbers a message must show in every language; `ordered`: in this order."""

    numbers: tuple[str, ...]
    ordered: bool = False


CRISIS_NUMBERS: dict[str, Required] = {
    # first answers
    "crisis_suicide": Required((APPELLE, "988", "911"), ordered=True),
    "crisis_attempt": Required(("911", APPELLE), ordered=True),
    "crisis_self_harm": Required((APPELLE, "988", "911"), ordered=True),
    "crisis_concern": Required((APPELLE, "988", "911"), ordered=True),
    "crisis_other": Required(("911", APPELLE, "988")),
    "crisis_domestic": Required(("911", SOS)),
    "crisis_violence": Required(("911", CNESST)),
    "crisis_harm_others": Required(("911", "811"), ordered=True),
    "crisis_now_harm_others": Required(("911",)),
    "crisis_not_now_harm_others": Required(("811", "911")),
    "crisis_unsure_harm_others": Required(("911", "811"), ordered=True),
    "crisis_stay_harm_others": Required(("911", "811")),
    "crisis_leaving_harm_others": Required(("911", "811")),
    # after "in danger now"
    "crisis_now": Required(("911",)),
    "crisis_now_domestic": Required(("911", SOS)),
    "crisis_now_violence": Required(("911",)),
    "crisis_now_other": Required(("911",)),
    # after "not right now"
    "crisis_not_now": Required((APPELLE, "911")),
    "crisis_not_now_attempt": Required(("911", APPELLE), ordered=True),
    "crisis_not_now_domestic": Required((SOS, "911")),
    "crisis_not_now_violence": Required(("911", CNESST)),
    "crisis_not_now_other": Required((APPELLE, "911")),
    "crisis_concern_no": Required((APPELLE, "911")),
    # after "I don't know"
    "crisis_unsure": Required(("911", APPELLE)),
    "crisis_unsure_domestic": Required(("911", SOS)),
    "crisis_unsure_violence": Required(("911",)),
    "crisis_unsure_other": Required(("911", APPELLE)),
    # reminders and leaving
    "crisis_stay": Required(("911", APPELLE)),
    "crisis_stay_domestic": Required(("911", SOS)),
    "crisis_stay_violence": Required(("911",)),
    "crisis_stay_other": Required(("911", APPELLE)),
    "crisis_leaving": Required((APPELLE, "988", "911")),
    "crisis_leaving_domestic": Required(("911", SOS)),
    "crisis_leaving_violence": Required(("911",)),
    # the peer helper's notice in a relay
    "peer_crisis_flag": Required((APPELLE, "911")),
}


def message_keys() -> tuple[str, ...]:
    """Every message the crisis dialogue can say, in a stable order."""
    keys: list[str] = []
    for d in (*DIALOGUES.values(), CONCERN):
        keys += [d.answer, d.question, d.now, d.not_now, d.unsure, d.stay, d.leaving]
        if d.note:
            keys.append(d.note)
    keys += [*OFFER_MESSAGES, *BUTTON_MESSAGES]
    return tuple(dict.fromkeys(keys))


def resource_ids() -> tuple[str, ...]:
    ids: list[str] = []
    for d in (*DIALOGUES.values(), CONCERN):
        ids += [*d.lines, *d.now_cards, *d.unsure_cards, *d.talk]
    return tuple(dict.fromkeys(ids))
