"""Which situation inside a theme a message points to, from the `situations:` words in knowledge.

A theme says what the difficulty is about; a situation says which lines fit it (the sexual-violence
line for a sexual matter, not for a manager who yells). The words are matched like theme words;
only the situation ids are kept, never the text.
"""

from __future__ import annotations

from bot.knowledge.model import Knowledge
from bot.nlu.phrases import PhraseIndex


class SituationMatcher:
    def __init__(self, knowledge: Knowledge):
        self.themes = {t.id: [s.id for s in t.situations] for t in knowledge.themes.values()}
        self.index = PhraseIndex({s.id: [w for ws in s.words.values() for w in ws]
                                  for t in knowledge.themes.values() for s in t.situations})

    def match(self, text: str) -> tuple[str, ...]:
        """For each theme, its best-scoring situation (the first listed on a tie), in theme order."""
        scores = self.index.scores(text)
        out: list[str] = []
        for ids in self.themes.values():
            found = [s for s in ids if s in scores]
            if found:
                out.append(max(found, key=lambda s: (scores[s], -ids.index(s))))
        return tuple(out)
