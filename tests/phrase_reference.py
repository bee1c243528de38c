"""The phrase matcher as it was before the trie (bot/nlu/phrases.py at 0ba7266), kept as the reference.

It tries every phrase that could start at each position: slow, but plain enough to trust. The
property tests in tests/test_phrases.py hold the trie to it, and bench/engine.py times both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.nlu.normalise import tokens
from bot.nlu.phrases import Phrase, compile_phrase


class ReferencePhraseIndex:
    """Phrases grouped by label (a theme id, an FAQ id, a button payload)."""

    def __init__(self, entries: Mapping[str, Iterable[str]]):
        self._by_first: dict[str, list[tuple[str, Phrase]]] = {}
        self._prefixed_first: list[tuple[str, Phrase]] = []
        for label, phrases in entries.items():
            for raw in phrases:
                p = compile_phrase(raw)
                if p is None:
                    continue
                if len(p.words) == 1 and p.prefix_last:
                    self._prefixed_first.append((label, p))
                else:
                    self._by_first.setdefault(p.words[0], []).append((label, p))

    def scores(self, text: str) -> dict[str, float]:
        toks = tokens(text)
        found: dict[str, set[str]] = {}
        weight: dict[str, float] = {}
        for i, t in enumerate(toks):
            cands = self._by_first.get(t, [])
            for label, p in [*cands, *self._prefixed_first]:
                if p.source in found.get(label, ()):
                    continue
                if p.matches_at(toks, i):
                    found.setdefault(label, set()).add(p.source)
                    weight[label] = weight.get(label, 0.0) + float(len(p.words))
        return weight

    def best(self, text: str, min_score: float = 2.0) -> str | None:
        scores = self.scores(text)
        if not scores:
            return None
        top = max(scores, key=lambda k: (scores[k], k))
        if scores[top] >= min_score or self.covers_whole(text) == top:
            return top
        return None

    def covers_whole(self, text: str) -> str | None:
        toks = tokens(text)
        for t0 in (toks[:1] if toks else []):
            for label, p in [*self._by_first.get(t0, []), *self._prefixed_first]:
                if len(p.words) == len(toks) and p.matches_at(toks, 0):
                    return label
        return None
