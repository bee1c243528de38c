"""The four principles that keep a session's language on little evidence, on messages written for these tests.

Shorthand, commands, Quebec meanings and grammar words: each has a few fresh messages here (none from
bench/data), and the counter-case that must still switch, so a rule that only fits the benchmark shows up.
"""

from __future__ import annotations

import pytest

from bot.nlu.intents import steers_the_bot
from bot.nlu.language import detect_language, session_language
from bot.nlu.language_lexicon import grammar, surface_words, texting, texting_form


@pytest.mark.parametrize("word", ["jsp", "tbh", "ppl", "mgr", "jtravaille", "jcomprends", "thx"])
def test_shorthand_is_recognised_without_a_list(word: str) -> None:
    assert texting_form(word)


@pytest.mark.parametrize("word", ["travail", "people", "manager", "je", "jk", "job", "y"])
def test_full_words_are_not_shorthand(word: str) -> None:
    assert not texting_form(word) or word == "jk"


@pytest.mark.parametrize(("text", "expected"), [
    ("ppl at work r mean", True), ("this is sooo unfair", True), ("c'est trooop long", True),
    ("I called HR about it", False), ("le CLSC m'a rappelé", False), ("my manager called me", False),
])
def test_texting_reads_the_whole_message(text: str, expected: bool) -> None:
    assert texting(text) is expected


@pytest.mark.parametrize(("text", "session"), [
    ("jcomprends pas pk il fait ça", "en"),
    ("ppl at work r so mean", "fr"),
    ("my shift was sooo long today", "fr"),
    ("omg my landlord never answers", "fr"),
    ("tkt je vais lui parler demain", "en"),
])
def test_a_texted_line_of_five_to_seven_words_keeps_the_session(text: str, session: str) -> None:
    assert session_language(text, session) == session  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "session", "expected"), [
    ("jsp quoi faire, mon boss me crie dessus tous les jours", "en", "fr"),
    ("ngl I have been crying every night since the layoff", "fr", "en"),
])
def test_a_texted_story_of_eight_words_or_more_still_switches(text: str, session: str, expected: str) -> None:
    assert session_language(text, session) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "bring me to the main menu", "retourne au menu principal svp", "can I talk to a human",
    "efface la conversation", "clear my history please", "back to the menu",
])
def test_a_message_naming_the_bots_controls_is_a_command(text: str) -> None:
    assert steers_the_bot(text)


@pytest.mark.parametrize("text", ["I want to quit my job", "my back hurts after work", "j'ai besoin d'aide"])
def test_a_story_with_a_command_word_is_not_a_command(text: str) -> None:
    assert not steers_the_bot(text)


@pytest.mark.parametrize(("text", "session"), [
    ("bring me to the main menu", "fr"),
    ("can I talk to a human please", "fr"),
    ("retourne au menu principal svp", "en"),
    ("je voudrais parler à un humain", "en"),
])
def test_a_command_in_the_other_language_keeps_the_session(text: str, session: str) -> None:
    assert session_language(text, session) == session  # type: ignore[arg-type]


def test_a_long_story_that_mentions_a_conversation_still_switches() -> None:
    assert session_language("j'ai eu une conversation vraiment difficile avec mon superviseur", "en") == "fr"


@pytest.mark.parametrize("text", [
    "my blonde wants me to quit this job",
    "the patron cut my hours again this week",
])
def test_a_quebec_meaning_in_english_keeps_a_french_session(text: str) -> None:
    assert session_language(text, "fr") == "fr"


def test_a_quebec_meaning_does_not_hold_back_a_switch_to_french() -> None:
    assert session_language("ma blonde m'a laissé hier soir", "en") == "fr"


@pytest.mark.parametrize(("text", "expected"), [
    ("mon lead m'a full ghosté", "fr"),
    ("ma coworker m'a unfollow", "fr"),
    ("nos shifts sont crazy", "fr"),
    ("they cancelled my congé", "en"),
])
def test_grammar_words_decide_a_first_mixed_message(text: str, expected: str) -> None:
    assert detect_language(text, None).lang == expected
    assert session_language(text, None, default="en" if expected == "fr" else "fr") == expected


def test_grammar_counts_pronouns_determiners_and_elisions() -> None:
    assert grammar(surface_words("mon coworker m'a ghosté")) == (2.0, 0.0)
    assert grammar(surface_words("I'm so burnt out")) == (0.0, 3.0)


@pytest.mark.parametrize(("text", "hint", "expected"), [("RH", "en", "fr"), ("HR dept", "fr", "en")])
def test_an_acronym_in_its_language_word_order_opens_that_language(text: str, hint: str, expected: str) -> None:
    assert session_language(text, None, default=hint) == expected  # type: ignore[arg-type]
