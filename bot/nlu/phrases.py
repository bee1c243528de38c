"""Find known phrases in normalised text. One mechanism for theme words, FAQ triggers, buttons and typed answers.

A phrase is matched on whole tokens in their normal form, so "décédé", "decede" and "DÉCÉDÉ"
are one entry. A trailing `*` on a word matches any ending ("harcel*" finds "harcèlement",
"harcelé", "harcèle"), which covers plurals and verb forms without listing them all.

The phrases are compiled once into a token trie, so reading a message costs a few dictionary
look-ups per token however many phrases there are (the first version tried every phrase at every
position: about 300 attempts per message for the themes). A `*` word hangs off the trie node of
the words before it, keyed by its stem: a token finds every stem it starts with by looking up its
own first letters, one length per distinct stem length.
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


@dataclass(frozen=True)
class _Hit:
    """A phrase ending where the trie walk is. `rank` keeps the order labels were always found in:
    phrases by their first word in the order listed, then the one-word `*` phrases in the order listed."""

    rank: tuple[int, int]
    label: str
    source: str
    length: int


class _Node:
    __slots__ = ("next", "ends", "stems", "stem_lengths")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.ends: list[_Hit] = []  # phrases whose last word is the one that led here
        self.stems: dict[str, list[_Hit]] = {}  # phrases whose last word is `stem*`, after this node's words
        self.stem_lengths: tuple[int, ...] = ()


class PhraseIndex:
    """Phrases grouped by label (a theme id, an FAQ id, a button payload)."""

    def __init__(self, entries: Mapping[str, Iterable[str]]):
        self._root = _Node()
        ordinal = 0
        for label, phrases in entries.items():
            for raw in phrases:
                p = compile_phrase(raw)
                if p is None:
                    continue
                one_word_prefix = len(p.words) == 1 and p.prefix_last
                hit = _Hit((1 if one_word_prefix else 0, ordinal), label, p.source, len(p.words))
                ordinal += 1
                node = self._root
                for w in p.words[:-1] if p.prefix_last else p.words:
                    node = node.next.setdefault(w, _Node())
                if p.prefix_last:
                    node.stems.setdefault(p.words[-1], []).append(hit)
                    node.stem_lengths = tuple(sorted({*node.stem_lengths, len(p.words[-1])}))
                else:
                    node.ends.append(hit)

    def _hits_at(self, toks: Sequence[str], i: int) -> list[_Hit]:
        """Every phrase that starts at token `i`, in the order `rank` gives."""
        out: list[_Hit] = []
        node = self._root
        n = len(toks)
        j = i
        while j < n:
            t = toks[j]
            if node.stem_lengths:
                for size in node.stem_lengths:
                    if size > len(t):
                        break
                    found = node.stems.get(t[:size])
                    if found:
                        out.extend(found)
            nxt = node.next.get(t)
            if nxt is None:
                break
            node = nxt
            j += 1
            if node.ends:
                out.extend(node.ends)
        if len(out) > 1:
            out.sort(key=lambda h: h.rank)
        return out

    def scores(self, text: str) -> dict[str, float]:
        """Sum, per label, the length in words of each distinct phrase found: longer is surer."""
        toks = tokens(text)
        found: dict[str, set[str]] = {}
        weight: dict[str, float] = {}
        for i in range(len(toks)):
            for h in self._hits_at(toks, i):
                seen = found.setdefault(h.label, set())
                if h.source in seen:
                    continue
                seen.add(h.source)
                weight[h.label] = weight.get(h.label, 0.0) + float(h.length)
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
        if not toks:
            return None
        for h in self._hits_at(toks, 0):
            if h.length == len(toks):
                return h.label
        return None
