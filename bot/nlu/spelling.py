"""Spelling tolerance on the words that matter: "sucide", "suicdie", "mourrir" read as what they mean.

Only tokens of five letters or more are corrected, at one edit (a letter added, dropped, changed, or
two swapped), and never a real word: the guard list (bot/nlu/spelling_guard.txt, built from French
and English dictionaries by bench/make_spelling_guard.py) holds the real words one edit away from a
keyword ("prendre" is not "pendre", "hunting" is not "hurting"). Lookup is a dictionary of
one-deletion keys (symmetric delete), so a message costs a few hash lookups per word.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

MIN_LENGTH = 5
GUARD_FILE = Path(__file__).with_name("spelling_guard.txt")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


def within_one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance at most 1 (adjacent swap counts as one)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


class Corrector:
    """Maps a misspelt token to the keyword it is one edit from."""

    def __init__(self, keywords: Iterable[str], guard: Iterable[str] = ()):
        self.keywords = frozenset(k for k in keywords if len(k) >= MIN_LENGTH)
        self.guard = frozenset(guard)
        index: dict[str, set[str]] = {}
        for k in self.keywords:
            for d in _deletes(k):
                index.setdefault(d, set()).add(k)
        # Kept as tuples: a set of one or two keywords takes 216 bytes, a tuple 48 (some 5 MB in all).
        self._index: dict[str, tuple[str, ...]] = {d: tuple(ks) for d, ks in index.items()}
        self._seen: dict[str, str] = {}

    def correct(self, token: str) -> str:
        """The keyword `token` is one edit from, or `token` itself. Remembered: a message repeats its words."""
        found = self._seen.get(token)
        if found is None:
            found = self._seen[token] = self._correct(token)
            if len(self._seen) > 50_000:
                self._seen.clear()  # bounded memory in a long-running bot
        return found

    def _correct(self, token: str) -> str:
        if len(token) < MIN_LENGTH or token in self.keywords or token in self.guard or not token.isalpha():
            return token
        found: set[str] = set()
        for d in _deletes(token):
            for k in self._index.get(d, ()):
                if within_one_edit(token, k):
                    found.add(k)
        # Several keywords one edit away: a letter typed twice first ("peendre" is "pendre", not "prendre"), then the
        # one with the same first letter ("bettre" is "better", not "mettre"), then the longer ("reveillr" is
        # "reveiller": a dropped letter is the commonest slip on a phone).
        doubled = {token[:i] + token[i + 1:] for i in range(1, len(token)) if token[i] == token[i - 1]}
        return max(found, key=lambda k: (k in doubled, k[0] == token[0], len(k), k)) if found else token


# The one word that matters most, in its forms: read at two edits ("saucide", "suisidare", "suider"), guarded by the
# real words two edits from it ("subside", "solicited"), which bench/make_spelling_guard.py lists too.
SUICIDE_FORMS = ("suicide", "suicider", "suicidaire", "suicidal", "suicidee", "suicidaires")
_SUICIDE_LETTERS = frozenset("suicdae")


def distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), or limit + 1 when it is more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=8192)
def suicide_word(token: str) -> str | None:
    """The form of "suicide" `token` is at most two edits from (the closest), or None."""
    if len(set(token) & _SUICIDE_LETTERS) < 4:
        return None  # two slips leave at least four of its letters: most words stop here
    found = [(d, form) for form in SUICIDE_FORMS if (d := distance(token, form)) <= 2]
    return min(found)[1] if found else None


@lru_cache(maxsize=1)
def guard_words() -> frozenset[str]:
    if not GUARD_FILE.exists():
        return frozenset()
    return frozenset(w for w in GUARD_FILE.read_text(encoding="utf-8").split() if not w.startswith("#"))
