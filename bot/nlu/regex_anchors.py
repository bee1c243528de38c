"""Which whole words a pattern cannot match without: a cheap test that skips a regex that cannot match.

The crisis rules are some 150 large regular expressions run on every sentence of every message; most
of them cannot match most sentences, and scanning to find that out was most of the detector's cost.
`anchors(pattern)` reads the pattern's syntax tree (the standard library's own parser) and returns a
set of words such that every match, in a normal-form text (lower-case words separated by single
spaces, bot.nlu.normalise), contains at least one of them as a whole word. A sentence with none of
those words is skipped without running the pattern: the same result, found faster.

It is conservative by construction: anything it cannot read (a character class, `\\w*`, a repeat with
no upper bound) counts as "any text", and a word touching such a place is not required. A pattern it
can say nothing about gets None and is always run. `tests/test_crisis.py` checks the claim on the dev
messages: every rule that matches a sentence has one of its anchors there.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the standard library's regex syntax (3.11+), read-only use
import re._parser as sre_p
from collections.abc import Sequence
from functools import cache
from typing import Any

_WILD = "\x00"  # any text at all, possibly empty, possibly several words
_BOUND = "\x01"  # a word boundary (\b, ^, $)
DIGITS = "\x02"  # one or more digits; a required word holding it becomes the anchor "#": some word has a digit
_GROUP = 0xE000  # chr(_GROUP + i): "one of the words of group i, whole" (private-use characters)
_CAP = 512  # expansions kept per piece before they are summarised
# Words so common that an anchor on them saves little; chosen only when a match offers nothing rarer.
_COMMON = frozenset("je j i me m moi my mon ma mes de d la le les l a to the and et pas not it s t you on in of "
                    "un une is that ca ce est il elle he she they be do no ne n que qui his her him them their there "
                    "here what when where who why how this these those with without for from into over about after "
                    "before again all any some every each more most much many very just only also even still back out "
                    "up down off yes get got go going gonna want will would could should can ll re ve d lui son sa ses "
                    "leur leurs ils elles nous vous tu te se ca cela dans sur sous avec sans pour par du des au aux en "
                    "ton ta tes plus tout tous toute toutes fait faire va vais vas veux veut peut peux suis sont ai as "
                    "avait etait ete bien mal comme mais ou donc car quand si alors aussi encore deja jamais toujours "
                    "rien personne zz was were am are been have has had did does don t isn wasn night day time last "
                    "see know think like make take said told".split())
_CERTAIN = re.compile("(?<=[ \x01])[a-z0-9_\x02\ue000-\uf8ff]+(?=[ \x01])")
_SEPARATORS = (" ", _BOUND, _WILD)


class _Reader:
    """Expands a parsed pattern into the strings it can match, with _WILD for what cannot be spelt out, and
    summarises when the expansions grow too many, never claiming a word the pattern does not require."""

    def __init__(self) -> None:
        self.groups: list[frozenset[str]] = []
        self._group_ids: dict[frozenset[str], int] = {}

    # ---- words and groups of words ----
    def words(self, token: str) -> frozenset[str]:
        """The anchor words a certain token stands for."""
        if len(token) == 1 and ord(token) >= _GROUP:
            return self.groups[ord(token) - _GROUP]
        return _single(token)

    def group(self, words: frozenset[str]) -> str:
        """A token standing for "one of these words, whole"."""
        if len(words) == 1:
            (word,) = words
            return DIGITS if word == "#" else word
        if words not in self._group_ids:
            self._group_ids[words] = len(self.groups)
            self.groups.append(words)
        return chr(_GROUP + self._group_ids[words])

    def rank(self, token: str) -> tuple[int, int, str]:
        """The better anchor first: an uncommon word (longer first), then a group (smaller first), then a common word."""
        words = self.words(token)
        if len(words) > 1:
            return (1, len(words), "")
        (word,) = words
        return (2 if word in _COMMON or word == "#" else 0, -len(word), word)

    def cover(self, choices: list[list[str]]) -> frozenset[str]:
        """Few, uncommon anchor words such that each list of certain tokens has one: greedy set cover, a common
        word or a group counting as many words (a rule anchored on "sorry" runs far less often than on "tonight")."""
        if len(choices) == 1:
            return self.words(min(choices[0], key=self.rank))
        holders: dict[str, list[int]] = {}
        for i, c in enumerate(choices):
            for t in set(c):
                holders.setdefault(t, []).append(i)
        counts = {t: len(v) for t, v in holders.items()}
        cost = {t: sum(20 if w in _COMMON or w == "#" else 1 for w in self.words(t)) for t in holders}
        covered = [False] * len(choices)
        left = len(choices)
        chosen: set[str] = set()
        while left:
            token = max(counts, key=lambda t: (counts[t] / cost[t], t))
            chosen |= self.words(token)
            for i in holders[token]:
                if not covered[i]:
                    covered[i] = True
                    left -= 1
                    for t in set(choices[i]):
                        counts[t] -= 1
            counts = {t: n for t, n in counts.items() if n > 0}
        return frozenset(chosen)

    def best(self, s: str) -> str | None:
        found = _CERTAIN.findall(s)
        return min(found, key=self.rank) if found else None

    # ---- summaries ----
    def summarise(self, strings: list[str], keep: str) -> list[str]:
        """Fewer expansions, each requiring no word its original did not. `keep` says which edges stay as they are
        (the pattern around may still close them into words): "both" with one anchor each, or "edges", "tail" (a
        left operand) or "head" (a right operand), the anchors of the strings sharing those edges merged into one
        group."""
        out: set[str] = set()
        merged: dict[str, list[list[str]]] = {}
        for s in strings:
            first = min((s.find(c) for c in _SEPARATORS if c in s), default=-1)
            if first < 0:
                out.add(s)  # one word piece, open at both ends: nothing to summarise
                continue
            last = max(s.rfind(c) for c in _SEPARATORS)
            head, tail, best = s[:first + 1], s[last:], self.best(s)
            if keep == "both":
                middle = f" {best} {_WILD}" if best else ""
                out.add(head + _WILD + middle + tail)
            elif keep == "edges" and best is not None:
                merged.setdefault(head + "\n" + tail, []).append(_CERTAIN.findall(s))
            elif keep == "edges":
                out.add(head + _WILD + tail)
            elif best is None:
                out.add(_WILD + tail if keep == "tail" else head + _WILD)
            else:
                merged.setdefault(tail if keep == "tail" else head, []).append(_CERTAIN.findall(s))
        for edge, choices in merged.items():
            token = self.group(self.cover(choices))
            if keep == "edges":
                head, tail = edge.split("\n")
                out.add(f"{head}{_WILD} {token} {_WILD}{tail}")
            else:
                out.add(f"{_WILD} {token} {_WILD}{edge}" if keep == "tail" else f"{edge}{_WILD} {token} {_WILD}")
        return sorted(out)

    def cat(self, left: list[str], right: list[str]) -> list[str]:
        """Every expansion of `left` followed by every expansion of `right`, summarised when it grows too large."""
        if len(left) * len(right) > _CAP:
            left, right = self.summarise(left, "both"), self.summarise(right, "both")
        if len(left) * len(right) > _CAP:
            left, right = self.summarise(left, "tail"), self.summarise(right, "head")
        if len(left) * len(right) > _CAP:
            # Still too many: keep the smaller side's words; the larger side becomes "any text".
            if len(left) >= len(right):
                left = [_WILD]
            else:
                right = [_WILD]
        return sorted({a + (b[1:] if a.endswith(_WILD) and b.startswith(_WILD) else b) for a in left for b in right})

    # ---- the pattern's syntax ----
    def lang(self, items: Any) -> list[str]:
        """The strings a parsed (sub)pattern can match."""
        result = [""]
        literal = ""
        for op, av in items:
            if op is sre_c.LITERAL:
                literal += chr(av)  # a run of letters is one piece, not one product per letter
                continue
            if literal:
                result, literal = self.cat(result, [literal]), ""
            result = self.cat(result, self.item(op, av))
        return self.cat(result, [literal]) if literal else result

    def item(self, op: Any, av: Any) -> list[str]:
        if op is sre_c.LITERAL:
            return [chr(av)]
        if op is sre_c.AT:
            if av in (sre_c.AT_BOUNDARY, sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING, sre_c.AT_END,
                      sre_c.AT_END_STRING):
                return [_BOUND]
            return [_WILD]
        if _digits_only([(op, av)]):
            return [DIGITS]
        if op is sre_c.IN:
            if len(av) <= 4 and all(o is sre_c.LITERAL for o, _ in av):
                return sorted(chr(c) for _, c in av)
            return [_WILD]
        if op is sre_c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out.update(self.lang(alt))
            for keep in ("both", "edges"):
                if len(out) > _CAP:
                    out = set(self.summarise(sorted(out), keep))
            return sorted(out) if len(out) <= _CAP else [_WILD]
        if op is sre_c.SUBPATTERN:
            return self.lang(av[-1])
        if op is sre_c.ATOMIC_GROUP:
            return self.lang(av)
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, hi, body = av
            if _digits_only(body):
                return [DIGITS] if lo else ["", DIGITS]
            inner = self.lang(body)
            if hi != 1:
                # k copies of the body: the first copy, then any text (a gap " word word" keeps its leading space).
                inner = self.cat(inner, [_WILD])
            return sorted(set(inner) | {""}) if lo == 0 else inner
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            return [""]  # looks without consuming: adds no word and bounds none
        return [_WILD]


@cache
def _single(token: str) -> frozenset[str]:
    return frozenset({"#" if DIGITS in token else token})


def _digits_only(items: Any) -> bool:
    """A piece that matches digits only: \\d, [0-9]."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre_c.IN:
        return all((o is sre_c.CATEGORY and a is sre_c.CATEGORY_DIGIT) or (o is sre_c.RANGE and a == (48, 57))
                   for o, a in av)
    return False


def anchors(pattern: re.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of `pattern` contains whole; None when no such set can be read."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    if flags & re.IGNORECASE:
        return None  # the text is lower case, the pattern's letters may not be
    reader = _Reader()
    choices = [_CERTAIN.findall(s) for s in reader.lang(sre_p.parse(source, flags))]
    if not all(choices):
        return None
    return reader.cover(choices)


def top_level(alternation: str) -> list[str]:
    """Split "a|b(?:c|d)|e" on the bars outside any group or character class (an escaped character is skipped)."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, i = 0, False, 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            current.append(alternation[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _unwrapped(alternatives: list[str]) -> list[str]:
    """"(?:a|b|c)" as one alternative is the alternatives a, b, c: the same pattern, indexed finer."""
    while len(alternatives) == 1 and alternatives[0].startswith("(?:") and alternatives[0].endswith(")"):
        inner = alternatives[0][3:-1]
        depth = 0
        for i, ch in enumerate(inner):  # the group must close at the very end, not earlier ("(?:a)b(?:c)")
            if ch == "\\" or (i and inner[i - 1] == "\\"):
                continue
            depth += (ch == "(") - (ch == ")")
            if depth < 0:
                return alternatives
        alternatives = top_level(inner)
    return alternatives


class AnchoredSet:
    """Patterns of the shape `before(a|b|...)after`, each run only on its alternatives whose anchor words a text holds.

    Leaving out an alternative that cannot match anywhere in a text changes nothing: at each position the
    alternatives are tried in order and the left-out ones would have failed. So a pattern built from the kept
    alternatives finds exactly what the whole pattern finds, and is much smaller (compiled once per set kept).
    One index over all the patterns: a text's words are looked up once, not once per pattern."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], before: str = r"\b(?:", after: str = r")\b"):
        self.patterns = tuple(patterns)
        self._before, self._after = before, after
        self._alternatives: list[tuple[str, ...]] = []
        index: dict[str, list[tuple[int, int]]] = {}
        always: dict[int, list[int]] = {}
        for i, pattern in enumerate(self.patterns):
            source = pattern.pattern
            if not (source.startswith(before) and source.endswith(after)):
                raise ValueError(f"{source[:60]!r}: expected the shape {before}...{after}")
            alternatives = tuple(_unwrapped(top_level(source[len(before):len(source) - len(after)])))
            self._alternatives.append(alternatives)
            for k, alternative in enumerate(alternatives):
                words = anchors(before + alternative + after, pattern.flags)
                if words is None:
                    always.setdefault(i, []).append(k)
                for w in words or ():
                    index.setdefault(w, []).append((i, k))
        by_word: dict[str, dict[int, set[int]]] = {}
        for w, pairs in index.items():
            for i, k in pairs:
                by_word.setdefault(w, {}).setdefault(i, set()).add(k)
        # Equal frozensets and tuples made once: the crisis rules' 11,000 frozensets are 500 distinct (2 MB).
        shared: dict[Any, Any] = {}

        def one(x: Any) -> Any:
            return shared.setdefault(x, x)

        self._index = {w: one(tuple(one((i, one(frozenset(ks)))) for i, ks in v.items()))
                       for w, v in by_word.items()}
        self._always = {i: frozenset(v) for i, v in always.items()}
        self._compiled: dict[tuple[int, frozenset[int]], re.Pattern[str]] = {}

    def possible(self, words: frozenset[str]) -> dict[int, frozenset[int]]:
        """For each pattern that can match a text with these words, the alternatives that can."""
        found = dict(self._always)
        get = self._index.get
        for w in words:
            for i, ks in get(w, ()):
                before = found.get(i)
                found[i] = ks if before is None else before | ks
        return found

    def pattern(self, i: int, kept: frozenset[int]) -> re.Pattern[str]:
        """Pattern `i` with only the alternatives `kept` (the pattern itself when all are kept)."""
        alternatives = self._alternatives[i]
        if len(kept) == len(alternatives):
            return self.patterns[i]
        key = (i, kept)
        found = self._compiled.get(key)
        if found is None:
            if len(self._compiled) > 8192:
                self._compiled.clear()  # bounded memory in a long-running bot
            source = self._before + "|".join(alternatives[k] for k in sorted(kept)) + self._after
            found = self._compiled[key] = re.compile(source, self.patterns[i].flags)
        return found

    def search(self, text: str, words: frozenset[str], i: int = 0) -> re.Match[str] | None:
        kept = self.possible(words).get(i)
        return None if kept is None else self.pattern(i, kept).search(text)

    def sub(self, repl: str, text: str, words: frozenset[str], i: int = 0) -> str:
        kept = self.possible(words).get(i)
        return text if kept is None else self.pattern(i, kept).sub(repl, text)
