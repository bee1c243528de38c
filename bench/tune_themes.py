"""Fix the theme reader's weights on dev data only: K (neighbours), the lexicon's weight, the deciding margin.

Run: .venv/bin/python bench/tune_themes.py
Then copy the chosen values into bot/nlu/theme_examples.py (K) and bot/nlu/themes.py (RULE_WEIGHT,
DECIDE_MARGIN) if they changed.

The rule: on dev and dev_b pooled (messages about nothing included, where any theme counts as wrong),
keep the settings whose wrong answers stay at or under 1% (MAX_WRONG: the 3% target, divided by how much
more often a new author's descriptions were read wrong); among them take the most right answers; on a tie, the fewer wrong, then the fewer neighbours,
the smaller lexicon weight, the larger margin (asking more rather than less), the shorter "short". The test split
is never read, nor dev_h: it checks the choice. (Until 2026-11-27 the cap was 3%; its choice, K=5 and a
0.015 margin, was never applied: new authors' wrong answers doubled under it.)
"""

from __future__ import annotations

import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from themes import DATA, load, outcome  # noqa: E402

from bot.knowledge.loader import load_knowledge_or_raise  # noqa: E402
from bot.nlu.crisis_neighbours import for_model  # noqa: E402
from bot.nlu.embedding import embedder, sentences  # noqa: E402
from bot.nlu.normalise import tokens  # noqa: E402
from bot.nlu.themes import ThemeMatcher, combine, two_readings  # noqa: E402

KS = (3, 5, 7, 10)
WEIGHTS = (0.0, 0.01, 0.02, 0.03, 0.04, 0.06)
MARGINS = tuple(round(float(m), 3) for m in np.arange(0.0, 0.101, 0.005))
SHORT = (0, 3, 4)  # the lexicon alone decides in a message of this many words or fewer
# A third of the 3% target: dev and dev_b were written by the examples' author, and each new author's
# batch had two to three times their wrong answers (test 5.4% against dev 2.2%; dev_h 5.2% against 1.7%).
MAX_WRONG = 0.01
TUNED_ON = ("dev_fr.jsonl", "dev_en.jsonl", "dev_b_fr.jsonl", "dev_b_en.jsonl")


def main() -> int:
    model = embedder()
    matcher = ThemeMatcher(load_knowledge_or_raise(ROOT / "knowledge"))
    if model is None or matcher.space is None:
        print("the embedding model is off or missing: nothing to tune")
        return 1
    # dev and dev_b only: dev_h (and any later batch) is kept to check the choice, never to make it.
    rows = load([DATA / n for n in TUNED_ON])
    seen = [for_model(str(r["text"])) for r in rows]
    vectors = model.encode(seen)
    parts = [model.encode(sentences(t)) if sentences(t) else None for t in seen]
    rules = [matcher.index.scores(str(r["text"])) for r in rows]
    words = [len(tokens(str(r["text"]))) for r in rows]
    results = []
    for k in KS:
        space = replace(matcher.space, k=k)
        read = [two_readings(space, v, p) for v, p in zip(vectors, parts, strict=True)]
        for w, m, short in product(WEIGHTS, MARGINS, SHORT):
            got = [outcome(r.get("theme"), combine(n, s, nw, w, m, short, whole=as_one))
                   for r, (n, as_one), s, nw in zip(rows, read, rules, words, strict=True)]
            right, wrong = got.count("right") / len(rows), got.count("wrong") / len(rows)
            results.append((right, wrong, k, w, m, short))
    ok = [r for r in results if r[1] <= MAX_WRONG]
    ok.sort(key=lambda r: (-r[0], r[1], r[2], r[3], -r[4], r[5]))
    print(f"{len(rows)} dev rows; best settings with wrong <= {MAX_WRONG:.0%}:")
    for right, wrong, k, w, m, short in ok[:10]:
        print(f"  K={k:2} weight={w:.2f} margin={m:.3f} short={short}: right {right:.1%} wrong {wrong:.1%}")
    right, wrong, k, w, m, short = ok[0]
    print(f"chosen: K={k}, RULE_WEIGHT={w}, DECIDE_MARGIN={m}, SHORT_WORDS={short}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
