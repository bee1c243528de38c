"""Rebuild bot/nlu/spelling_guard.txt: real French and English words one edit from a crisis keyword.

Run after adding keywords to bot/nlu/crisis_lexicon.py:
    .venv/bin/pip install pyspellchecker && .venv/bin/python bench/make_spelling_guard.py
The dictionaries come from pyspellchecker (MIT); only the few hundred words that sit next to a
keyword are kept, so the bot needs neither the package nor its dictionaries at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spellchecker import SpellChecker  # noqa: E402

from bot.nlu.crisis import _corrector, _vocabulary  # noqa: E402
from bot.nlu.normalise import strip_accents  # noqa: E402
from bot.nlu.spelling import GUARD_FILE, MIN_LENGTH, SUICIDE_FORMS, Corrector, distance  # noqa: E402


def build() -> str:
    """The guard file's text: real words one edit from a keyword, from both dictionaries."""
    keywords = _corrector().keywords
    bare = Corrector(keywords)
    vocabulary = _vocabulary()
    words: set[str] = set()
    for lang in ("fr", "en"):
        for w in SpellChecker(language=lang).word_frequency.dictionary:
            w = strip_accents(w.lower())
            if len(w) >= MIN_LENGTH and w.isalpha() and w not in keywords and bare.correct(w) != w:
                words.add(w)
            # Real words two edits from a form of "suicide" ("subside"): read as themselves.
            if w[:1] == "s" and 5 <= len(w) <= 12 and w.isalpha() and w not in keywords \
                    and any(distance(w, form) <= 2 for form in SUICIDE_FORMS):
                words.add(w)
            # Real words that look like an elided word glued to one the rules name ("lame", "send", "mont"): never split.
            if len(w) >= 4 and w.isalpha() and w[0] in "jmtsldnc" and w not in vocabulary and w[1:] in vocabulary:
                words.add(w)
    return ("# Built by bench/make_spelling_guard.py: real words one edit from a crisis keyword.\n"
            + "\n".join(sorted(words)) + "\n")


def main() -> None:
    text = build()
    GUARD_FILE.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 1} guard words -> {GUARD_FILE}")


if __name__ == "__main__":
    main()
