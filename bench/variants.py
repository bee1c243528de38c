"""Metamorphic variants of a message: the same meaning typed the way people type at 2 a.m.

Used by bench/crisis.py (figures) and tests/test_crisis.py (hypothesis). Each variant keeps the
meaning for a human reader; a detector that generalises gives every variant the same label.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

_LONG_WORD = re.compile(r"[^\W\d_]{6,}")
# Contractions people really use; each pair keeps the meaning for a reader of that language.
_SMS: tuple[tuple[str, str], ...] = (
    (r"\bje suis\b", "chu"), (r"\bje veux\b", "jveux"), (r"\bje vais\b", "jvais"), (r"\bplus\b", "pu"),
    (r"\bje me\b", "jme"), (r"\bquelque chose\b", "qqch"), (r"\bbeaucoup\b", "bcp"), (r"\bparce que\b", "pcq"),
    (r"\bI am\b", "im"), (r"\bI'm\b", "im"), (r"\byou\b", "u"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
    (r"\bwant to\b", "wanna"), (r"\bgoing to\b", "gonna"), (r"\bplease\b", "pls"), (r"\bright now\b", "rn"),
)
GREETINGS = ("allo", "bonjour", "hi", "hello", "salut", "hey")
EMOJI = ("😢", "💔", "😞", "🙏", "😭")
FILLERS_FR = ("J'ai eu une grosse semaine à la job et les enfants sont malades.",
              "Je sais pas trop par où commencer.")
FILLERS_EN = ("It was a long week at work and the kids are sick.", "I don't really know where to start.")
# Everyday words that a careless context rule would take as "training", "the past", "a joke" or "sport".
CONTEXT_FR = "Bien sûr, au cours des derniers mois j'ai lu un livre pis j'ai arrêté le hockey, je niaise pas."
CONTEXT_EN = "Of course, I used to love hockey and I read a book on the bus, not kidding."


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def typo(text: str, rng: random.Random) -> str:
    """One ordinary slip in one long word: a letter doubled, dropped, or two swapped."""
    words = list(_LONG_WORD.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    kind = rng.choice(("double", "drop", "swap"))
    if kind == "double":
        w2 = w[:i] + w[i] + w[i:]
    elif kind == "drop":
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[: m.start()] + w2 + text[m.end():]


def no_apostrophes(text: str) -> str:
    return re.sub(r"['’]", "", text)


def sms(text: str) -> str:
    out = text
    for pattern, short in _SMS:
        out = re.sub(pattern, short, out, flags=re.IGNORECASE)
    return out


def embed(text: str, lang: str) -> str:
    before, after = (FILLERS_FR if lang == "fr" else FILLERS_EN)
    return f"{before} {text} {after}"


VARIANTS: dict[str, Callable[[str, str, random.Random], str]] = {
    "typo": lambda t, lang, rng: typo(t, rng),
    "no_accents": lambda t, lang, rng: strip_accents(t),
    "no_apostrophes": lambda t, lang, rng: no_apostrophes(t),
    "capitals": lambda t, lang, rng: t.upper(),
    "lowercase": lambda t, lang, rng: t.lower(),
    "sms": lambda t, lang, rng: sms(t),
    "greeting_before": lambda t, lang, rng: f"{rng.choice(GREETINGS)} {t}",
    "emoji_after": lambda t, lang, rng: f"{t} {rng.choice(EMOJI)}",
    "inside_longer": lambda t, lang, rng: embed(t, lang),
    "everyday_context": lambda t, lang, rng: f"{CONTEXT_FR if lang == 'fr' else CONTEXT_EN} {t}",
}


def variants(text: str, lang: str, seed: int = 0) -> dict[str, str]:
    """Every variant of `text`, deterministic for a given seed."""
    rng = random.Random(f"{seed}:{text}")
    return {name: fn(text, lang, rng) for name, fn in VARIANTS.items()}
