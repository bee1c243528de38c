"""One message read the way the bot reads it: for `entraide analyze`, the benchmarks and Rasa."""

from __future__ import annotations

from typing import Any

from bot.engine.definitions import Definitions
from bot.nlu.crisis import detect_all
from bot.nlu.diagnosis import question_kind
from bot.nlu.intents import global_command
from bot.nlu.language import detect_language
from bot.types import Lang


def intent_of(defs: Definitions, text: str) -> str | None:
    cmd = global_command(text)
    if cmd:
        return f"command:{cmd}"
    kind = question_kind(text)
    if kind:
        return f"{kind}_question"
    faq = defs.faq.best(text)
    return f"faq:{faq}" if faq else None


def analyze(defs: Definitions, text: str, current: Lang | None = None) -> dict[str, Any]:
    lang = detect_language(text, current, defs.languages, defs.default_lang, defs.use_lexicon)
    crisis = detect_all(text)
    theme = defs.themes.match(text)
    return {
        "text": text,
        "lang": lang.lang,
        "crisis": crisis.crisis,  # true for both tiers
        "crisis_level": crisis.level,  # "risk", "concern" or None
        "crisis_category": crisis.category,
        "at_risk": crisis.at_risk,  # "self" or "other"
        "crisis_reason": crisis.reason,
        "theme": theme.theme,  # in a close call, the first of the two the bot asks about
        "theme_close": list(theme.close) if theme.close else None,
        "theme_scores": theme.scores,  # lexicon words found, per theme
        "theme_nearness": {k: round(v, 3) for k, v in theme.nearness.items()},  # to each theme's examples
        "intent": intent_of(defs, text),
    }
