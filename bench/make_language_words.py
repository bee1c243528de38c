"""Rebuild bot/nlu/language_words.txt: everyday words that belong to one of French or English far more than the other.

Run: .venv/bin/pip install pyspellchecker && .venv/bin/python bench/make_language_words.py
The word frequencies come from pyspellchecker's French and English dictionaries (MIT). A word is kept for a
language when it is common there (at least MIN_PER_MILLION) and at least RATIO times as frequent as in the other
language, so "call", "overwhelmed" or "unfair" read as English and "loyer", "usine" or "chômage" as French
without anyone listing them. The bot reads only the text file, never the package.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spellchecker import SpellChecker  # noqa: E402

from bot.nlu.language_lexicon import WORDS_FILE  # noqa: E402
from bot.nlu.normalise import strip_accents  # noqa: E402

MIN_PER_MILLION = 1.0
RATIO = 10.0
SMOOTHING = 0.05  # per million: a word missing from the other dictionary is not infinitely more likely


def frequencies(lang: str) -> dict[str, float]:
    """Occurrences per million words, accents removed as the bot's normal form removes them."""
    counts: Counter[str] = Counter()
    for word, n in SpellChecker(language=lang).word_frequency.dictionary.items():
        w = strip_accents(word.lower())
        if w.isascii() and w.isalpha() and len(w) >= 2:
            counts[w] += n
    total = sum(counts.values())
    return {w: n / total * 1e6 for w, n in counts.items()}


def build() -> str:
    """The file's text: one 'lang word' line per kept word, sorted."""
    freq = {"fr": frequencies("fr"), "en": frequencies("en")}
    lines = []
    for lang, other in (("en", "fr"), ("fr", "en")):
        for w, p in freq[lang].items():
            if p >= MIN_PER_MILLION and p >= RATIO * (freq[other].get(w, 0.0) + SMOOTHING):
                lines.append(f"{lang} {w}")
    return ("# Built by bench/make_language_words.py from pyspellchecker's frequencies: words far more frequent "
            "in one language.\n" + "\n".join(sorted(lines)) + "\n")


def main() -> None:
    text = build()
    WORDS_FILE.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 1} words -> {WORDS_FILE}")


if __name__ == "__main__":
    main()
