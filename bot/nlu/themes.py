"""Which of the eight themes a worker's words point to, from the knowledge lexicons.

It names a topic to offer help about, never a condition: the result picks resources and a
listening line, and when two themes are close the bot asks the person which fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.model import Knowledge
from bot.nlu.phrases import PhraseIndex

CLOSE_RATIO = 0.75


@dataclass(frozen=True)
class ThemeResult:
    theme: str | None
    scores: dict[str, float]
    close: tuple[str, str] | None = None


class ThemeMatcher:
    def __init__(self, knowledge: Knowledge):
        self.index = PhraseIndex({t.id: [w for ws in t.words.values() for w in ws] for t in knowledge.themes.values()})

    def match(self, text: str) -> ThemeResult:
        scores = self.index.scores(text)
        if not scores:
            return ThemeResult(None, {})
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        best, top = ranked[0]
        close = None
        if len(ranked) > 1 and ranked[1][1] >= top * CLOSE_RATIO:
            close = (best, ranked[1][0])
        return ThemeResult(best, dict(ranked), close)
