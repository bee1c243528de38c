"""One message read the way the bot reads it: for `entraide analyze`, the benchmarks and Rasa."""

from __future__ import annotations

from typing import Any

from bot.engine.definitions import Definitions
from bot.nlu.crisis import detect_all
from bot.nlu.diagnosis import asks_about_harassment, asks_for_assessment, asks_for_treatment
from bot.nlu.intents import global_command
from bot.nlu.language import detect_language
from bot.types import Lang


def intent_of(defs: Definitions, text: str) -> str | None:
    cmd = global_command(text)
    if cmd:
        return f"command:{cmd}"
    if asks_for_treatment(text):
        return "treatment_question"
    if asks_about_harassment(text):
        return "harassment_question"
    if asks_for_assessment(text):
        return "assessment_question"
    scores = defs.faq.scores(text)
    if scores:
        best = max(scores, key=lambda k: (scores[k], k))
        if scores[best] >= 2 or defs.faq.covers_whole(text) == best:
            return f"faq:{best}"
    return None


def analyze(defs: Definitions, text: str, current: Lang | None = None) -> dict[str, Any]:
    lang = detect_language(text, current, defs.languages, defs.default_lang, defs.use_lexicon)
    crisis = detect_all(text)
    theme = defs.themes.match(text)
    return {
        "text": text,
        "lang": lang.lang,
        "crisis": crisis.crisis,
        "crisis_reason": crisis.reason,
        "theme": theme.theme,
        "theme_scores": theme.scores,
        "intent": intent_of(defs, text),
    }
