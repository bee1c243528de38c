"""Find known phrases in normalised text. One mechanism for theme words, FAQ triggers and buttons.

A phrase is matched on whole tokens in their normal form, so "décédé", "decede" and "DÉCÉDÉ"
are one entry. A trailing `*` on a word matches any ending ("harcel*" finds "harcèlement",
"harcelé", "harcèle"), which covers plurals and verb forms without listing them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.nlu.normalise import tokens


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    prefix_last: bool
    source: str

    def matches_at(self, toks: Sequence[str], i: int) -> bool:
        n = len(self.words)
        if i + n > len(toks):
            return False
        for k, w in enumerate(self.words):
            t = toks[i + k]
            if k == n - 1 and self.prefix_last:
                if not t.startswith(w):
                    return False
            elif t != w:
                return False
        return True


def compile_phrase(raw: str) -> Phrase | None:
    text = raw.strip()
    prefix = text.endswith("*")
    words = tokens(text.rstrip("*"))
    if not words:
        return None
    return Phrase(words, prefix, raw)


class PhraseIndex:
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
        """Sum, per label, the length in words of each distinct phrase found: longer is surer."""
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
        """The surest label: a phrase of `min_score` words or more, or one that is the whole message."""
        scores = self.scores(text)
        if not scores:
            return None
        top = max(scores, key=lambda k: (scores[k], k))
        if scores[top] >= min_score or self.covers_whole(text) == top:
            return top
        return None

    def covers_whole(self, text: str) -> str | None:
        """The label of a phrase that is the whole message ("deuil", "talk to someone")."""
        toks = tokens(text)
        for t0 in (toks[:1] if toks else []):
            for label, p in [*self._by_first.get(t0, []), *self._prefixed_first]:
                if len(p.words) == len(toks) and p.matches_at(toks, 0):
                    return label
        return None
