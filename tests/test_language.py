"""The conversation's language on messages written for these tests, not taken from the benchmark's splits.

Each kind the benchmark found weak (mixed, farewells, texting forms, 4 to 6 words) has a few fresh
messages here, written before the rules were tuned, so a change that only fits bench/data shows up.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bot.nlu.language import detect_language, session_language
from bot.nlu.language_lexicon import WORDS_FILE


@pytest.mark.parametrize("text", [
    "mon manager m'a ghosté encore",
    "je suis juste tired de tout ça",
    "ils m'ont scheduled pour samedi soir",
    "c'est vraiment pas cool, j'suis pissed",
    "faut que je catch up sur mes courriels",
])
def test_french_with_english_words_keeps_an_english_session(text: str) -> None:
    assert session_language(text, "en") == "en"


@pytest.mark.parametrize("text", [
    "my paie was late again this week",
    "I talked to the syndicat yesterday about it",
    "can't find my carte d'employé anywhere",
    "the contremaître keeps yelling at us",
    "thanks, you've been super gentille",
])
def test_english_with_french_words_keeps_a_french_session(text: str) -> None:
    assert session_language(text, "fr") == "fr"


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm so tanné of this job", "en"),
    ("je suis so done avec cette job", "fr"),
    ("ma boss est vraiment toxic", "fr"),
    ("my chum left me last week", "en"),
])
def test_a_first_mixed_message_takes_its_main_language(text: str, expected: str) -> None:
    assert session_language(text, None) == expected


@pytest.mark.parametrize(("text", "session"), [
    ("ok gotta go, talk later", "fr"),
    ("heading out now, see ya", "fr"),
    ("thanks again and good night everyone", "fr"),
    ("bon ben je te laisse, bonne soirée", "en"),
    ("merci beaucoup, à la prochaine", "en"),
    ("faut que j'y aille, bye", "en"),
])
def test_a_farewell_never_switches_the_session(text: str, session: str) -> None:
    assert session_language(text, session) == session  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("à+", "fr"), ("a+ tlm", "fr"), ("bonne nuit tout le monde", "fr"), ("l8r", "en"), ("ttyl", "en"),
    ("see u tmrw", "en"), ("gtg", "en"),
])
def test_a_first_farewell_takes_its_own_language(text: str, expected: str) -> None:
    assert session_language(text, None) == expected


@pytest.mark.parametrize(("text", "session", "expected"), [
    ("je veux parler à quelqu'un", "en", "fr"),
    ("mon superviseur m'insulte tout le temps", "en", "fr"),
    ("my supervisor keeps insulting me", "fr", "en"),
    ("I can't sleep since the accident", "fr", "en"),
    ("est-ce qu'on peut se parler demain", "en", "fr"),
    ("on se fait traiter comme des chiens", "en", "fr"),
    ("mon boss Kevin me crie dessus tous les jours", "en", "fr"),
    ("my lead Marie keeps yelling at all of us", "fr", "en"),
])
def test_five_or_six_words_wholly_in_the_other_language_switch(text: str, session: str, expected: str) -> None:
    assert session_language(text, session) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("jsp quoi faire", "fr"), ("chu pu capable", "fr"), ("c koi ça", "fr"), ("tkt c correct", "fr"),
    ("jpense pas", "fr"), ("t'es tu un robot", "fr"), ("ya pas de stress", "fr"),
    ("idk wut 2 do", "en"), ("r u a bot", "en"), ("omw to work rn", "en"), ("k thx", "en"), ("ngl im tired", "en"),
    ("tbh idk", "en"), ("nvm", "en"), ("lmk", "en"), ("ya sure", "en"), ("ya that's it", "en"),
])
def test_texting_forms_on_a_first_message(text: str, expected: str) -> None:
    assert detect_language(text, None).lang == expected


@pytest.mark.parametrize("text", ["hang on", "a bit", "brb", "my bad", "bye", "call me"])
@pytest.mark.parametrize("hint", ["fr", "en"])
def test_a_short_english_reply_opens_an_english_session_whatever_the_hint(text: str, hint: str) -> None:
    assert session_language(text, None, default=hint) == "en"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "session"), [
    ("jsp quoi faire", "en"), ("qqn peut m'aider svp", "en"), ("idk what to do", "fr"), ("can u help me", "fr"),
])
def test_a_short_texting_message_keeps_the_session(text: str, session: str) -> None:
    assert session_language(text, session) == session  # type: ignore[arg-type]


@pytest.mark.parametrize("word", ["ok", "lol", "later", "bye", "weekend", "deadline", "merci", "salut", "yes", "non"])
@pytest.mark.parametrize("session", ["fr", "en"])
def test_no_one_word_message_flips_an_established_session(word: str, session: str) -> None:
    assert session_language(word, session) == session  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "hint", "expected"), [
    ("ok", "en", "en"), ("ok", "fr", "fr"), ("weekend", "en", "en"), ("deadline", "fr", "fr"),
    ("hello", "fr", "en"), ("merci", "en", "fr"), ("meeting", "en", "en"), ("meeting", "fr", "fr"),
    ("full stressé", "fr", "fr"),
])
def test_a_first_message_without_evidence_follows_the_app_hint(text: str, hint: str, expected: str) -> None:
    assert session_language(text, None, default=hint) == expected  # type: ignore[arg-type]


def test_the_language_words_file_is_current() -> None:
    """bot/nlu/language_words.txt must be what bench/make_language_words.py builds: rebuild it after changing the
    thresholds (.venv/bin/python bench/make_language_words.py). Compared in memory: the test writes nothing."""
    spec = importlib.util.spec_from_file_location("words", Path(__file__).resolve().parents[1] / "bench/make_language_words.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == WORDS_FILE.read_text(encoding="utf-8"), "stale: run bench/make_language_words.py"
