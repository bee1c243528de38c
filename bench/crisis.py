"""Crisis detection on bench/data/crisis.jsonl: recall on explicit statements, false-positive rate.

Run: .venv/bin/python bench/crisis.py   (targets: recall 100%, false positives under 5%)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.nlu.crisis import detect_all  # noqa: E402

DATA = Path(__file__).parent / "data" / "crisis.jsonl"


def main() -> int:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    pos = [r for r in rows if r["crisis"] and r.get("explicit")]
    neg = [r for r in rows if not r["crisis"]]
    missed = [r["text"] for r in pos if not detect_all(r["text"]).crisis]
    false = [r["text"] for r in neg if detect_all(r["text"]).crisis]
    recall = 1 - len(missed) / len(pos)
    fpr = len(false) / len(neg)
    print(f"crisis: {len(rows)} messages ({len(pos)} explicit crisis, {len(neg)} look-alikes)")
    print(f"recall on explicit statements: {recall:.1%} (missed {len(missed)})")
    print(f"false-positive rate: {fpr:.1%} ({len(false)} of {len(neg)})")
    for t in missed:
        print("  MISSED:", t)
    for t in false:
        print("  FALSE ALARM:", t)
    return 0 if recall == 1.0 and fpr < 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
