"""Typed answers read against the question asked, never mapped globally.

"Oui" to "Are you in danger right now?" means in danger; "oui" to "Are you thinking about
suicide?" means yes, thinking of it. So each question has its own reader. When a reply could
mean either, the reader says "unsure": the bot then treats it as a possible danger.
"""

from __future__ import annotations

from typing import Literal

from bot.nlu.normalise import normalise
from bot.nlu.phrases import PhraseIndex

Danger = Literal["now", "not_now", "unsure"]
YesNo = Literal["yes", "no", "unsure"]

_YES = ("oui", "yes", "yeah", "yep", "yup", "ouais", "ouin", "ouaip", "wi", "yea", "y", "o")
_NO = ("non", "no", "nope", "nah", "nan", "n")
_UNSURE = (
    "je sais pas", "je ne sais pas", "sais pas", "je sais plus", "je ne sais plus", "chais pas", "jsais pas",
    "i don t know", "i dont know", "dont know", "don t know", "idk", "dunno", "not sure", "i m not sure",
    "pas sur", "pas sure", "pas certain", "pas certaine", "je suis pas sur", "je suis pas sure", "maybe",
    "peut etre", "pas vraiment", "not really", "kind of", "kinda", "un peu", "a little", "a bit",
    "ca depend", "it depends", "pour le moment", "pour l instant", "for now",
)
# Read before the plain "safe" words: "pas en securite" contains "en securite".
_UNSAFE = ("pas en securite", "plus en securite", "pas safe", "not safe", "unsafe", "au secours", "help me",
           "aidez moi", "aide moi")
# Not an answer to the question, but not a reassurance either: read as a possible danger.
_NOT_OK = ("ca va pas", "ca va mal", "pas bien", "not ok", "not okay", "not fine", "not good", "j ai peur",
           "i m scared", "i am scared", "i m afraid")
_SAFE = ("pas en danger", "plus en danger", "not in danger", "no danger", "en securite", "safe", "ca va",
         "je vais bien", "i m ok", "i m okay", "i am ok", "i m fine", "i am fine", "fine", "all good",
         "ca va aller", "i ll be ok", "i ll be fine", "c est correct", "it s fine", "pas en ce moment",
         "pas maintenant", "not right now", "not now", "not at the moment")
_SOMETIMES = ("parfois", "des fois", "souvent", "sometimes", "often", "a lot", "beaucoup", "tout le temps",
              "all the time", "j y pense", "i think about it", "i do")
_NEVER = ("jamais", "never", "pas du tout", "not at all", "non merci", "no thanks")

_DANGER = ("danger", "en danger", "in danger", "maintenant", "now")
_MAX_WORDS = 10  # a longer message is a story, not an answer to the question


def _first(norm: str) -> str:
    return norm.split(" ", 1)[0] if norm else ""


def danger_answer(text: str) -> Danger | None:
    """The answer to "Are you (is this person) in danger right now?", or None when it is not one."""
    norm = normalise(text)
    if not norm or len(norm.split()) > _MAX_WORDS:
        return None
    has = _INDEX.scores(text)
    if "unsure" in has or "not_ok" in has:
        return "unsure"
    if "unsafe" in has:
        return "now"
    if "safe" in has:
        return "not_now"
    if "danger" in has:
        return "now"
    if _first(norm) in _YES:
        return "now"
    if _first(norm) in _NO or "never" in has:
        return "not_now"
    return None


def yes_no_answer(text: str) -> YesNo | None:
    """The answer to a yes-or-no question such as "Are you thinking about suicide?"."""
    norm = normalise(text)
    if not norm or len(norm.split()) > _MAX_WORDS:
        return None
    has = _INDEX.scores(text)
    if "unsure" in has:
        return "unsure"
    if _first(norm) in _YES or "sometimes" in has:
        return "yes"
    if _first(norm) in _NO or "never" in has:
        return "no"
    return None


_DECLINE = ("pas besoin", "no need", "merci", "thanks", "thank you", "thx", "ok", "okay", "correct", "d accord",
            "it s fine", "its fine", "c est correct", "ce est correct", "ca va", "ca va aller", "i m fine", "i m ok",
            "i m okay", "all good", "je vais bien", "rien", "nothing", "nothing thanks", "rien merci")


def declines(text: str) -> bool:
    """"No thanks", "it's fine", "ok merci": the person turns down what was offered."""
    norm = normalise(text)
    if not norm or len(norm.split()) > 6:
        return False
    has = _INDEX.scores(text)
    if "not_ok" in has:
        return False
    return _first(norm) in _NO or "never" in has or "decline" in has


# Every list above in one index: a reply is read once, whatever the question. The lists are written in
# the normal form (bot.nlu.normalise), so each is found exactly where its words stand in the reply.
PHRASE_LISTS: dict[str, tuple[str, ...]] = {
    "unsure": _UNSURE, "unsafe": _UNSAFE, "not_ok": _NOT_OK, "safe": _SAFE, "danger": _DANGER,
    "sometimes": _SOMETIMES, "never": _NEVER, "decline": _DECLINE,
}
_INDEX = PhraseIndex(PHRASE_LISTS)
