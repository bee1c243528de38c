"""Language detection on short chat messages (bench/data/language.jsonl): ours against raw langdetect.

Rows with "session_lang" are ambiguous one-word messages: the right answer is to keep the
session's language. Run: .venv/bin/python bench/language.py   (target: at least 98%)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.nlu.language import detect_language, raw_langdetect  # noqa: E402

DATA = Path(__file__).parent / "data" / "language.jsonl"


def main() -> int:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = raw = 0
    wrong: list[str] = []
    for r in rows:
        guess = detect_language(r["text"], r.get("session_lang"))
        ours += guess.lang == r["lang"]
        raw += raw_langdetect(r["text"]) == r["lang"]
        if guess.lang != r["lang"]:
            wrong.append(f"{r['text']!r}: expected {r['lang']}, got {guess.lang} ({guess.source})")
    n = len(rows)
    print(f"language: {n} short messages")
    print(f"entraide (lexicon + seeded langdetect + session): {ours / n:.1%}")
    print(f"raw langdetect: {raw / n:.1%}")
    for w in wrong:
        print("  WRONG:", w)
    return 0 if ours / n >= 0.98 else 1


if __name__ == "__main__":
    sys.exit(main())
