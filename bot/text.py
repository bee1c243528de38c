"""A bilingual text: every sentence the bot says exists in French and in English."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.types import LANGS, Lang
from bot.yamlio import Source, line

PLACEHOLDER = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)\}")


@dataclass(frozen=True)
class Text:
    fr: str
    en: str
    line: int = 0

    def get(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en

    def render(self, lang: Lang, values: Mapping[str, str] | None = None) -> str:
        """Fill `{slot}` placeholders; an unknown one is left visible rather than crashing."""
        raw = self.get(lang)
        if not values:
            return raw
        return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), raw)

    def placeholders(self) -> set[str]:
        return set(PLACEHOLDER.findall(self.fr)) | set(PLACEHOLDER.findall(self.en))

    def items(self) -> tuple[tuple[Lang, str], ...]:
        return (("fr", self.fr), ("en", self.en))


def parse_text(src: Source, node: Any, at: int, what: str) -> Text | None:
    """Read `{fr: ..., en: ...}`; report a missing or empty language with the fix."""
    if not isinstance(node, Mapping):
        src.error(at, f"{what} must have a French and an English version, e.g. `fr: ...` and `en: ...` on their own lines")
        return None
    ln = line(node, default=at)
    missing = [lg for lg in LANGS if not isinstance(node.get(lg), str) or not node.get(lg, "").strip()]
    for lg in missing:
        src.error(ln, f"{what} has no `{lg}:` text; add the {'French' if lg == 'fr' else 'English'} version")
    extra = [k for k in node if k not in LANGS]
    for k in extra:
        src.error(line(node, k, ln), f"{what} has an unknown language key `{k}`; use `fr` and `en`")
    if missing:
        return None
    fr, en = str(node["fr"]).strip(), str(node["en"]).strip()
    for lg, t in (("fr", fr), ("en", en)):
        try:
            list(string.Formatter().parse(t.replace("{{", "").replace("}}", "")))
        except ValueError:
            src.error(ln, f"{what} ({lg}) has an unbalanced `{{` or `}}`; placeholders look like {{slot}}")
    if set(PLACEHOLDER.findall(fr)) != set(PLACEHOLDER.findall(en)):
        src.error(ln, f"{what}: French and English use different {{placeholders}}; use the same ones in both")
    return Text(fr, en, ln)
