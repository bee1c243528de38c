"""The phrase index (a token trie) finds exactly what the plain matcher it replaced found.

The reference (tests/phrase_reference.py) tries every phrase at every position; the trie must give
the same scores, in the same order, the same whole-message label and the same best label, on random
lexicons made to collide (shared first words, stems that are prefixes of each other, a phrase listed
twice or under two labels) and on the shipped lexicons with messages made of their own words. The
typed answers (bot.nlu.answers) and the buttons (compiled once per step) are held to the code they
replaced in the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.definitions import Definitions
from bot.engine.interpreter import Run
from bot.engine.messages import Event
from bot.engine.model import ButtonDef
from bot.engine.state import SessionState
from bot.nlu import answers
from bot.nlu.answers import PHRASE_LISTS, danger_answer, declines, yes_no_answer
from bot.nlu.normalise import normalise, tokens
from bot.nlu.phrases import PhraseIndex
from tests.phrase_reference import ReferencePhraseIndex

# A tiny vocabulary so phrases overlap: "ab" is a stem of "abc", "chu" expands to "je suis".
VOCAB = ["a", "ab", "abc", "b", "ba", "bab", "c", "ca", "je", "suis", "chu", "de", "des", "dé", "l'a"]
SUFFIXES = ["", "", "", "c", "s", "ment", "é"]


def _styled(word: str, style: int) -> str:
    """The same word as people type it: capitals, an accent on an `e`, letters held down."""
    if style == 1:
        return word.upper()
    if style == 2:
        return word.replace("e", "é")
    if style == 3 and word:
        return word + word[-1] * 3
    return word


words = st.builds(lambda w, s, style: _styled(w + s, style), st.sampled_from(VOCAB), st.sampled_from(SUFFIXES),
                  st.integers(0, 4))
raw_phrases = st.builds(lambda ws, star: " ".join(ws) + ("*" if star else ""),
                        st.lists(st.sampled_from(VOCAB), min_size=1, max_size=3), st.booleans())
lexicons = st.dictionaries(st.sampled_from(["x", "y", "z", "w"]), st.lists(raw_phrases, max_size=8), max_size=4)
separators = st.sampled_from([" ", "  ", ", ", "! ", " - ", "'"])


@st.composite
def messages(draw: st.DrawFn, vocab: st.SearchStrategy[str] = words) -> str:
    ws = draw(st.lists(vocab, max_size=12))
    out = ""
    for w in ws:
        out += (draw(separators) if out else "") + w
    return out


def same(entries: Mapping[str, Iterable[str]], text: str) -> None:
    new, ref = PhraseIndex(entries), ReferencePhraseIndex(entries)
    assert list(new.scores(text).items()) == list(ref.scores(text).items())
    assert new.covers_whole(text) == ref.covers_whole(text)
    assert new.best(text) == ref.best(text)
    assert new.best(text, min_score=1.0) == ref.best(text, min_score=1.0)


@settings(max_examples=600)
@given(lexicons, messages())
def test_trie_gives_what_the_plain_matcher_gives(entries: dict[str, list[str]], text: str) -> None:
    same(entries, text)


@given(lexicons, st.data())
def test_a_message_made_of_one_phrase_is_covered_as_the_plain_matcher_says(entries: dict[str, list[str]],
                                                                           data: st.DataObject) -> None:
    phrases = [p for ps in entries.values() for p in ps]
    if not phrases:
        return
    text = data.draw(st.sampled_from(phrases)).rstrip("*") + data.draw(st.sampled_from(SUFFIXES))
    same(entries, text)


def _lexicon_words(entries: Mapping[str, Iterable[str]]) -> list[str]:
    """Every word of every phrase, with its `*` stem grown into a few real-looking endings."""
    out: set[str] = set()
    for phrases in entries.values():
        for raw in phrases:
            for w in re.split(r"[\s']+", raw):
                if w.endswith("*"):
                    out.update(w[:-1] + s for s in ("", "e", "es", "ement", "ing", "s"))
                elif w:
                    out.add(w)
    return sorted(out)


def _shipped(defs: Definitions) -> dict[str, Mapping[str, list[str]]]:
    k = defs.knowledge
    buttons = {b.payload: [*b.match, b.label.fr, b.label.en]
               for f in defs.flows.flows.values() for s in f.steps for b in s.buttons}
    return {
        "themes": {t.id: [w for ws in t.words.values() for w in ws] for t in k.themes.values()},
        "situations": {s.id: [w for ws in s.words.values() for w in ws] for t in k.themes.values() for s in t.situations},
        "faq": {q.id: [w for ws in q.triggers.values() for w in ws] for q in k.faq.values()},
        "buttons": buttons,
        "answers": PHRASE_LISTS,
    }


@pytest.mark.parametrize("name", ["themes", "situations", "faq", "buttons", "answers"])
def test_shipped_lexicons_read_the_same(defs: Definitions, name: str) -> None:
    entries = _shipped(defs)[name]
    vocab = st.one_of(st.sampled_from(_lexicon_words(entries)), st.sampled_from(["le", "the", "je", "mon", "my"]))
    new, ref = PhraseIndex(entries), ReferencePhraseIndex(entries)

    @settings(max_examples=300, deadline=None)
    @given(messages(st.builds(_styled, vocab, st.integers(0, 5))))
    def check(text: str) -> None:
        assert list(new.scores(text).items()) == list(ref.scores(text).items())
        assert new.covers_whole(text) == ref.covers_whole(text)
        assert new.best(text) == ref.best(text)

    check()


def test_matching_is_on_whole_tokens_in_normal_form() -> None:
    index = PhraseIndex({"harassment": ["harcel*", "me crie dessus"], "grief": ["deuil", "décédé"],
                        "busy": ["charge de travail", "charge*"]})
    assert index.scores("Mon boss me CRIE dessus, c'est du HARCÈLEMENT") == {"harassment": 4.0}
    assert index.scores("il est decede") == {"grief": 1.0}
    assert index.scores("deuils") == {}  # no `*`: whole word only
    assert index.scores("la charge de travail, encore la charge") == {"busy": 4.0}  # each phrase counted once
    assert index.covers_whole("Deuil!") == "grief"
    assert index.covers_whole("mon deuil") is None
    assert index.best("charges") == "busy"  # one word, but the whole message
    assert index.best("ma charge aujourd'hui") is None  # one word inside a sentence is not sure enough


def _has(norm: str, phrases: tuple[str, ...]) -> bool:
    """How answers.py read a list before the index: a substring between spaces of the normal form."""
    padded = f" {norm} "
    return any(f" {p} " in padded for p in phrases)


answer_words = st.sampled_from(sorted({w for ps in PHRASE_LISTS.values() for p in ps for w in p.split()}
                                      | {"oui", "non", "ok", "je", "suis", "i", "am", "jsais", "idk", "dont"}))


@settings(max_examples=400)
@given(messages(st.builds(_styled, answer_words, st.integers(0, 5))))
def test_typed_answers_find_each_list_where_the_substring_scan_did(text: str) -> None:
    found = answers._INDEX.scores(text)
    norm = normalise(text)
    for label, phrases in PHRASE_LISTS.items():
        assert (label in found) == _has(norm, phrases), label


@pytest.mark.parametrize(("text", "danger", "yes_no", "declined"), [
    ("je sais pas", "unsure", "unsure", False),
    ("non, pas en danger", "not_now", "no", True),
    ("oui je suis pas en sécurité", "now", "yes", False),
    ("jamais", "not_now", "no", True),
    ("parfois", None, "yes", False),
    ("ok merci", None, None, True),
    ("ça va pas", "unsure", None, False),
])
def test_typed_answers_read_against_the_question(text: str, danger: str | None, yes_no: str | None,
                                                 declined: bool) -> None:
    assert danger_answer(text) == danger
    assert yes_no_answer(text) == yes_no
    assert declines(text) is declined


def _old_match_button(buttons: tuple[ButtonDef, ...], text: str) -> ButtonDef | None:
    """Run.match_button before its buttons were compiled once per step (bot/engine/interpreter.py at 0ba7266)."""
    toks = tokens(text)
    if not toks or len(toks) > 8:
        return None
    joined = " ".join(toks)
    if len(toks) == 1 and toks[0].isdigit():
        n = int(toks[0])
        return buttons[n - 1] if 1 <= n <= len(buttons) else None
    for b in buttons:
        if joined == " ".join(tokens(b.payload.replace("_", " "))):
            return b
        if joined in (" ".join(tokens(b.label.fr)), " ".join(tokens(b.label.en))):
            return b
    index = ReferencePhraseIndex({b.payload: [*b.match, b.label.fr, b.label.en] for b in buttons})
    whole = index.covers_whole(text)
    if whole:
        return next(b for b in buttons if b.payload == whole)
    if len(toks) <= 4:
        scores = index.scores(text)
        if len(scores) == 1:
            only = next(iter(scores))
            return next(b for b in buttons if b.payload == only)
    return None


def test_typed_text_picks_the_button_it_always_picked(defs: Definitions) -> None:
    steps = [s for f in defs.flows.flows.values() for s in f.steps if s.buttons]
    run = Run(defs, SessionState(), Event("text", 0.0, text="x"))
    for step in steps:
        _same_button(run, step.buttons)


def _same_button(run: Run, buttons: tuple[ButtonDef, ...]) -> None:
    entries = {b.payload: [*b.match, b.label.fr, b.label.en, b.payload.replace("_", " ")] for b in buttons}
    vocab = st.one_of(st.sampled_from(_lexicon_words(entries)), st.sampled_from(["1", "2", "9", "le", "the"]))

    @settings(max_examples=60, deadline=None)
    @given(messages(st.builds(_styled, vocab, st.integers(0, 5))))
    def check(text: str) -> None:
        assert run.match_button(buttons, text) == _old_match_button(buttons, text)

    check()
