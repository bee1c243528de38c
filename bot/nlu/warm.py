"""What the readers build once, built when the process starts rather than on the first messages.

The model and the crisis neighbours' bank, the crisis rules' anchored set (about 0.35 s), the spelling
corrector, langdetect's two profiles and the language word lists are each built on first use. Left to the first messages, the
first people after a start or a restart waited for them, and the turn threads, which all start at once,
built the same sets side by side (lru_cache does not lock): in bench/telegram.py that was a third of
the bot's CPU for a crowd of 300.
"""

from __future__ import annotations

from functools import lru_cache

from bot.nlu import crisis, crisis_neighbours, language, language_lexicon

# Read once at start-up: French and English, several sentences, a typo, a phrase for every reader.
SAMPLES = ("Salut. Chu tellement épuisé pis mon boss me crie dessus, j'veux pu vivre comme ça.",
           "Hi. I'm so tired and my manager keeps yelling at me, I can't go on like this.")


@lru_cache(maxsize=1)
def warm() -> bool:
    """Build everything now, once a process (every service built after the first finds it done);
    False when the bot runs on rules alone (no model)."""
    with_model = crisis_neighbours.warm()
    for text in SAMPLES:
        crisis.detect_all(text)
    language.warm()
    language_lexicon.dictionary_words()  # the language word lists (about 50 ms)
    return with_model
