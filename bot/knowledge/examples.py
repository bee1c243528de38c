"""Read the `examples:` section (knowledge/theme_examples.yaml): sentences that show how workers talk about each theme.

Schema problems (not a mapping, not text, an unknown language) are errors with file:line; so is one
sentence filed under two themes, since it would teach the bot both. How well the examples separate
the themes is a question for `entraide validate` (bot.knowledge.examples_report), not for loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bot.errors import Problem
from bot.knowledge.model import NO_THEME, Example
from bot.yamlio import Source, line

LANGS = ("fr", "en")
FORMAT = ("`examples:` maps a theme id to `fr:` and `en:` lists of sentences, e.g. `grief:` then `fr:` then "
          "`- \"mon père est mort\"` (see docs/knowledge.md, \"Theme examples\")")


def parse_examples(src: Source, node: Any, at: int) -> list[Example]:
    """Every example in one file's `examples:` section; mistakes go to `src` as file:line errors."""
    if not isinstance(node, Mapping):
        src.error(at, FORMAT)
        return []
    out: list[Example] = []
    for theme, langs in node.items():
        tl = line(node, theme, at)
        if not isinstance(theme, str):
            src.error(tl, f"`{theme}` is not a theme id; write the id from themes.yaml, e.g. `grief:`")
            continue
        if langs is None:
            continue
        if not isinstance(langs, Mapping):
            src.error(tl, f"examples of `{theme}` must have `fr:` and `en:` lists under them")
            continue
        for lang, items in langs.items():
            ll = line(langs, lang, tl)
            if lang not in LANGS:
                src.error(ll, f"examples of `{theme}`: unknown language `{lang}`; use `fr` and `en`")
                continue
            if items is None:
                continue
            if not isinstance(items, list):
                src.error(ll, f"examples of `{theme}`.{lang} must be a list: one `- \"sentence\"` a line")
                continue
            for i, item in enumerate(items):
                il = line(items, i, ll)
                if not isinstance(item, str) or not item.strip():
                    src.error(il, f"example of `{theme}`.{lang} must be a sentence in quotes; got {item!r}")
                    continue
                out.append(Example(theme, str(lang), " ".join(item.split()), src.display, il))
    return out


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def check_examples(examples: Iterable[Example], themes: Iterable[str]) -> list[Problem]:
    """Examples of a theme that does not exist, and sentences listed twice (an error across themes)."""
    known = set(themes)
    problems: list[Problem] = []
    first: dict[str, Example] = {}
    for ex in examples:
        if ex.theme not in known and ex.theme != NO_THEME:
            problems.append(Problem(ex.file, ex.line, f"examples for an unknown theme `{ex.theme}`; use an id from "
                                                      f"themes.yaml ({', '.join(sorted(known))}) or `{NO_THEME}`"))
            continue
        seen = first.setdefault(_key(ex.text), ex)
        if seen is ex:
            continue
        if seen.theme == ex.theme and seen.lang != ex.lang:
            continue  # "ok" is an example of nothing in both languages
        if seen.theme == ex.theme:
            problems.append(Problem(ex.file, ex.line, f"this example of `{ex.theme}` is already listed at "
                                                      f"{seen.file}:{seen.line}; remove one", "warning"))
        else:
            problems.append(Problem(ex.file, ex.line, f"this sentence is an example of both `{seen.theme}` "
                                                      f"({seen.file}:{seen.line}) and `{ex.theme}`; keep it under one"))
    return problems
