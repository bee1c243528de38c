"""The normal form is computed faster but never differently: held to the code it replaced.

`tokens` now skips accent stripping on plain ASCII, squeezes held-down letters once over the whole
message and looks for a doubled letter before trying a contraction's single-letter form. The
reference below is the function as it was (bot/nlu/normalise.py at 0ba7266).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nlu.normalise import _APOSTROPHES, _ELIDED, _ELISION, _TRIPLE, _WORD, CONTRACTIONS, clean, tokens

BENCH = Path(__file__).resolve().parents[1] / "bench" / "data"


def reference_tokens(text: str) -> tuple[str, ...]:
    t = clean(text).lower().translate(_APOSTROPHES)
    t = _ELISION.sub(lambda m: _ELIDED[m.group(1)] + " ", t)
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    out: list[str] = []
    for raw in _WORD.findall(t.replace("'", " ")):
        tok = _TRIPLE.sub(r"\1\1", raw)
        expanded = CONTRACTIONS.get(tok) or CONTRACTIONS.get(re.sub(r"(.)\1+", r"\1", tok))
        if expanded:
            out.extend(expanded.split())
        else:
            out.append(tok)
    return tuple(out)


# Chat-like text: letters held down, accents, apostrophes of every kind, contractions, odd characters.
pieces = st.sampled_from(["j'", "l’", "qu'", "c'est", "chu", "chuuuu", "pu", "jveux", "Ééé", "nooooon", "!!!", "...",
                          "   ", "\n", "œ", "ﬁ", "İ", "ß", "aaa", "a", "'", "`", "ʼ", "idk", "DONT", "mourrrir", "😀",
                          "\u200b", "\t", "12", "1111", "tsé", "y'a", "kms"])
chatty = st.lists(st.one_of(pieces, st.text(max_size=6)), max_size=12).map("".join)


@settings(max_examples=1500)
@given(chatty)
def test_tokens_are_what_they_always_were(text: str) -> None:
    tokens.cache_clear()
    assert tokens(text) == reference_tokens(text)


def test_tokens_of_every_benchmark_message_are_unchanged() -> None:
    texts = [json.loads(line)["text"] for f in sorted(BENCH.rglob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 2000
    tokens.cache_clear()
    assert [tokens(t) for t in texts] == [reference_tokens(t) for t in texts]
