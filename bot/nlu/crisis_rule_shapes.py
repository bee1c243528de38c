"""How a crisis rule is written: word classes in their normal form, `seq` and `all` shapes, gaps of words.

Shared by bot.nlu.crisis_rules (the rules of the first dev batches) and bot.nlu.crisis_concepts (the
concepts added from dev_f on). A `seq` rule is a pattern over the normal form where `<CLASS>` stands for
a word class and `<G3>` for up to three other words; an `all` rule needs every one of its templates
somewhere in the same window, in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.nlu import crisis_lexicon as L
from bot.nlu.crisis_taxonomy import Category, Level
from bot.nlu.normalise import normalise

Shape = Literal["seq", "all"]

def top_level(alternation: str) -> list[str]:
    """Split "a|b (?:c|d)|e" on the bars outside any group."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in alternation:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _normal(value: str) -> str:
    """A word class with each plain alternative in the normal form the text is matched in ("wont" is "won t",
    "pu" is "plus"), so an alternative written as people type it can still match."""
    out: list[str] = []
    for alt in top_level(value):
        plain = not re.search(r"[\\()?\[\]*+{}$^]", alt)
        norm = normalise(alt) if plain and alt.strip() else alt
        if norm and norm not in out:
            out.append(norm)
    return "|".join(out)


_CLASSES: dict[str, str] = {name: _normal(value) for name, value in vars(L).items() if name.isupper() and isinstance(value, str)}
CLASSES = _CLASSES  # the word classes as the rules read them, for the spelling keywords (bot.nlu.crisis)
_GAP = re.compile(r"<G(\d+)>")
_OPTIONAL_GAP = re.compile(r"\(\?: <G(\d+)>\)\?")  # "(?: <G3>)?": the gap already carries its spaces
_CLASS = re.compile(r"<([A-Z_]+)>")


def expand(template: str) -> str:
    """`<DIE>` -> the class as a whole-word group; `<G3>` -> up to three words."""
    t = _OPTIONAL_GAP.sub(lambda m: rf"(?: [a-z0-9]+){{0,{m.group(1)}}}", template)
    t = _GAP.sub(lambda m: rf"(?: [a-z0-9]+){{0,{m.group(1)}}}", t)
    return _CLASS.sub(lambda m: f"(?:{_CLASSES[m.group(1)]})", t)


@dataclass(frozen=True)
class Rule:
    category: Category
    level: Level
    name: str
    parts: tuple[re.Pattern[str], ...]
    shape: Shape = "seq"
    negatable: bool = False
    inner: bool = True  # a negation inside the match counts too (false where the class itself says "not")
    meta: bool = False
    writer: bool = False  # the danger is the writer's unless the match names someone else's ("without him")
    across: bool = False  # a `seq` rule written to read across sentences ("gonna do it tonight. sorry.")


def seq(category: Category, level: Level, name: str, template: str, **flags: bool) -> Rule:
    return Rule(category, level, name, (re.compile(rf"\b(?:{expand(template)})\b"),), "seq", **flags)


def all_of(category: Category, level: Level, name: str, *templates: str, **flags: bool) -> Rule:
    parts = tuple(re.compile(rf"\b(?:{expand(t)})\b") for t in templates)
    return Rule(category, level, name, parts, "all", **flags)


def each(prefix: str, name: str) -> str:
    """`prefix` before each word of a class, as alternatives of their own ("(?:ne )?a|(?:ne )?b"), not one group
    ("(?:ne )?(?:a|b)"): the same matches, and each alternative is run only when its own words are in the text
    (bot.nlu.regex_anchors)."""
    return "|".join(f"{prefix}(?:{alternative})" for alternative in top_level(_CLASSES[name]))
