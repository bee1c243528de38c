"""Theme matching top-1 accuracy on bench/data/themes.jsonl (both languages, all eight themes).

Run: .venv/bin/python bench/themes.py   (target: 90% or better)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.knowledge.loader import load_knowledge_or_raise  # noqa: E402
from bot.nlu.themes import ThemeMatcher  # noqa: E402

DATA = Path(__file__).parent / "data" / "themes.jsonl"


def main() -> int:
    matcher = ThemeMatcher(load_knowledge_or_raise(ROOT / "knowledge"))
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = 0
    misses: Counter[str] = Counter()
    wrong: list[str] = []
    for r in rows:
        got = matcher.match(r["text"]).theme
        if got == r["theme"]:
            right += 1
        else:
            misses[r["theme"]] += 1
            wrong.append(f"{r['text']!r}: expected {r['theme']}, got {got}")
    print(f"themes: {len(rows)} descriptions, top-1 accuracy {right / len(rows):.1%}")
    for w in wrong:
        print("  WRONG:", w)
    return 0 if right / len(rows) >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
