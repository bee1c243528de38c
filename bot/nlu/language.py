"""French or English, from messages that are often two words long.

langdetect alone is wrong on about a quarter of chat one-liners ("allo", "merci", "chu pu
capable"). So weighted word evidence decides first (bot/nlu/language_lexicon.py: chat and
function words count more than dictionary words), langdetect (seeded, limited to the configured
languages) only speaks on longer text, and when neither is sure the session keeps its language,
or a first message takes the app's hint; on a mixed first message, grammar words of one language
only decide. A session switches only on a long message with no word of its own language in it, not
a goodbye, not a command, not a line in texting shorthand: "ok", "thx", "à+", "faut que je call les
HR", "take me back to the menu" or "tbh idk what to do" never flip it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.nlu.intents import steers_the_bot
from bot.nlu.language_lexicon import (
    QUEBEC_MEANINGS,
    grammar,
    is_farewell,
    names,
    scores,
    surface_words,
    texting,
    word_evidence,
)
from bot.nlu.normalise import clean
from bot.types import Lang


@dataclass(frozen=True)
class LangGuess:
    lang: Lang
    confident: bool
    source: str  # "lexicon", "grammar", "langdetect", "session" or "default"


@lru_cache(maxsize=1)
def _factory() -> object:
    """langdetect with only the French and English profiles: the bot never needs the other 53, which
    cost about 60 MB of memory (bench/engine.py)."""
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.seed = 0
    profiles = []
    for code in ("fr", "en"):
        with open(os.path.join(PROFILES_DIRECTORY, code), encoding="utf-8") as f:
            profiles.append(f.read())
    factory.load_json_profile(profiles)
    return factory


def warm() -> None:
    """Load the two profiles now (bot.nlu.warm), not on the first short message the lexicon cannot place."""
    _factory()


@lru_cache(maxsize=1)
def _full_factory() -> object:
    """Every profile: only the benchmark's raw-langdetect baseline uses it."""
    from langdetect.detector_factory import DetectorFactory, init_factory

    init_factory()
    DetectorFactory.seed = 0
    from langdetect import detector_factory

    return detector_factory._factory


def langdetect_probs(text: str, allowed: Sequence[str]) -> dict[str, float]:
    """langdetect's probabilities restricted to `allowed`, renormalised; {} when it has nothing to say."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    try:
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(text)
        probs = {p.lang: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}
    kept = {k: v for k, v in probs.items() if k in allowed}
    total = sum(kept.values())
    return {k: v / total for k, v in kept.items()} if total else {}


def raw_langdetect(text: str) -> str | None:
    """Plain langdetect, unrestricted: the baseline the benchmark compares against."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _full_factory()
    try:
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(text)
        result: str = detector.detect()
        return result
    except LangDetectException:
        return None


# Once a conversation has a language, a message changes it only when it is long (counted in typed words,
# "qqn" is one) and clearly the other language: "ok", "thx", "bye", "yes please" or "c'est tellement
# stressful" never flip a session.
SWITCH_MIN_WORDS = 5
# Shorthand is what bilingual texters share across languages ("tbh idk what to do" from a francophone, "jai peur de
# perdre ma job" from someone who opened in English): a texted line switches only when it is as long as a story.
SWITCH_MIN_WORDS_TEXTING = 8
# Grammar words of one language only, with the lexicon undecided: "mon coworker m'a ghosté" is French.
GRAMMAR_MIN = 2
SWITCH_MIN_MARGIN = 3
SWITCH_MIN_PROB = 0.95


def session_language(
    text: str,
    current: Lang | None,
    allowed: Sequence[Lang] = ("fr", "en"),
    default: Lang = "fr",
    use_lexicon: bool = True,
    locked: bool = False,
) -> Lang:
    """The conversation's language after this message: the one rule the engine and the benchmark share.

    A first message sets its own language, or `default` (the app's hint) when it says nothing; after
    that only a strong message switches (see _strong)."""
    guess = detect_language(text, current, allowed, default, use_lexicon)
    if current is None or current not in allowed:
        return guess.lang
    if locked or guess.lang == current or not guess.confident:
        return current
    return guess.lang if _strong(text, guess.lang, use_lexicon) else current


def _strong(text: str, target: Lang, use_lexicon: bool) -> bool:
    """Enough evidence to leave the session's language: at least SWITCH_MIN_WORDS typed words (SWITCH_MIN_WORDS_TEXTING
    in shorthand), not a goodbye, not a command, not one word of the session's language among them (a mixed message
    follows the session), and a clear lexicon or langdetect."""
    words = surface_words(text)
    if len(words) < SWITCH_MIN_WORDS or is_farewell(text) or steers_the_bot(text):
        return False
    if len(words) < SWITCH_MIN_WORDS_TEXTING and texting(text):
        return False
    mine = 0.0
    if use_lexicon:
        at = 0 if target == "fr" else 1
        named = names(text)
        if target == "en" and any(w in QUEBEC_MEANINGS for w in words if w not in named):
            return False
        evidence = [word_evidence(w) for w in words if w not in named]
        if any(e[1 - at] > 0 for e in evidence):
            return False
        mine = sum(e[at] for e in evidence)
        if mine >= SWITCH_MIN_MARGIN:
            return True
    probs = langdetect_probs(clean(text), (target, "fr" if target == "en" else "en"))
    return probs.get(target, 0.0) >= SWITCH_MIN_PROB


def detect_language(
    text: str,
    current: Lang | None = None,
    allowed: Sequence[Lang] = ("fr", "en"),
    default: Lang = "fr",
    use_lexicon: bool = True,
) -> LangGuess:
    """Guess the language of one message, keeping `current` (or `default`) when the message does not say."""
    fallback: Lang = current if current is not None and current in allowed else (default if default in allowed else allowed[0])
    if len(allowed) == 1:
        return LangGuess(allowed[0], True, "default")
    words = surface_words(text)
    if not words:
        return LangGuess(fallback, False, "session" if current else "default")
    fr = en = 0.0
    if use_lexicon:
        fr, en = scores(words)
        margin = abs(fr - en)
        if margin >= 2 or (margin >= 1 and min(fr, en) == 0):
            lex: Lang = "fr" if fr > en else "en"
            if lex in allowed:
                return LangGuess(lex, True, "lexicon")
        g_fr, g_en = grammar(words)
        if max(g_fr, g_en) >= GRAMMAR_MIN and min(g_fr, g_en) == 0:
            by_grammar: Lang = "fr" if g_fr else "en"
            if by_grammar in allowed:
                return LangGuess(by_grammar, True, "grammar")
    body = clean(text)
    if len(words) >= 3 or len(body) >= 20 or not use_lexicon:
        probs = langdetect_probs(body, allowed)
        if probs:
            best = max(probs, key=lambda k: probs[k])
            if probs[best] >= 0.9 or not use_lexicon:
                return LangGuess(best, True, "langdetect")  # type: ignore[arg-type]
    if use_lexicon and fr != en:
        lex2: Lang = "fr" if fr > en else "en"
        if lex2 in allowed:
            return LangGuess(lex2, current is None, "lexicon")
    return LangGuess(fallback, False, "session" if current else "default")
