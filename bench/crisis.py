"""Crisis detection measured honestly: a dev split (tuned on) beside a frozen test split (never tuned on).

Run: .venv/bin/python bench/crisis.py [--show-dev-misses]
     .venv/bin/python bench/crisis.py --batch dev_d [--show-dev-misses]   (one dev batch; the test split is not read)
     .venv/bin/python bench/crisis.py --speed   (the rules' cost per message on dev; target 0.2 ms)
Targets (issue 11): recall 100% on dev, test and every metamorphic variant, counting both tiers;
false alarms <= 3% of look-alikes counting both tiers, <= 1% at the `risk` tier.

The test split (bench/data/crisis/test_*.jsonl) was written by a separate author before the
detector was changed. Its sha256 is printed and checked against FROZEN below: when a test miss is
fixed, that message moves to dev and a new unseen one takes its place, and FROZEN changes with a
note in the commit. Misses on the test split are counted, never printed, so nobody tunes on them.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from variants import VARIANTS, variants  # noqa: E402

from bot.nlu import crisis  # noqa: E402
from bot.nlu.crisis import detect, detect_all  # noqa: E402
from bot.nlu.crisis_taxonomy import CATEGORIES  # noqa: E402
from bot.nlu.normalise import tokens  # noqa: E402

DATA = ROOT / "bench" / "data" / "crisis"
# The first test split (frozen at a18d5010… / 5459b751…, 91.9% recall as shipped) moved to dev as
# dev_f_* on 2026-11-26, whole, once its misses had been counted. This second split (1,040 messages:
# 320 crisis and 200 look-alikes per language) was written the same day by two separate authors who
# saw neither the detector nor any dev data, and was measured first on the detector as it stood.
FROZEN: dict[str, str] = {
    "test_en.jsonl": "cff6caf7fd42f1d16907fe65d80cdb33fda0f7a876991353c181a34eabfaa669",
    "test_fr.jsonl": "db38d53885f120da3ed4c095e640bcdf9e55a53133eaffa3fbc9b47c15c1c766",
}


def load(prefix: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for f in sorted(DATA.glob(f"{prefix}*.jsonl")):
        rows += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def frozen_ok() -> bool:
    ok = True
    for name, want in FROZEN.items():
        got = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
        flag = "frozen" if got == want else "CHANGED since it was frozen"
        ok &= got == want
        print(f"  {name} sha256 {got[:16]}… {flag}")
    return ok


def score(rows: list[dict[str, str]], neighbours: bool = True) -> dict[str, object]:
    pos = [r for r in rows if r["category"]]
    neg = [r for r in rows if not r["category"]]
    by_cat: dict[str, list[int]] = {c: [0, 0] for c in CATEGORIES}
    levels: Counter[str] = Counter()
    missed, false_any, false_risk, wrong_who, wrong_kind = [], [], [], 0, []
    for r in pos:
        res = detect_all(r["text"], neighbours=neighbours)
        by_cat[r["category"]][1] += 1
        if res.crisis:
            by_cat[r["category"]][0] += 1
            levels[res.level or "?"] += 1
            wrong_who += res.at_risk != r["at_risk"]
            if res.category != r["category"]:
                wrong_kind.append(f"{r['category']} read as {res.category} ({res.reason}): {r['text']}")
        else:
            missed.append(r["text"])
    for r in neg:
        res = detect_all(r["text"], neighbours=neighbours)
        if res.crisis:
            false_any.append(r["text"])
            if res.level == "risk":
                false_risk.append(r["text"])
    return {"pos": len(pos), "neg": len(neg), "by_cat": by_cat, "levels": levels, "missed": missed,
            "false_any": false_any, "false_risk": false_risk, "wrong_who": wrong_who,
            "wrong_kind": wrong_kind}


def report(name: str, rows: list[dict[str, str]], show: bool, neighbours: bool = True) -> bool:
    s = score(rows, neighbours)
    pos, neg = int(s["pos"]), int(s["neg"])  # type: ignore[call-overload]
    missed, fa, fr = s["missed"], s["false_any"], s["false_risk"]
    assert isinstance(missed, list) and isinstance(fa, list) and isinstance(fr, list)
    recall = 1 - len(missed) / pos if pos else 1.0
    print(f"{name}: {pos} crisis, {neg} look-alikes")
    print(f"  recall {recall:.1%} (missed {len(missed)}); tiers of the hits: {dict(s['levels'])}")  # type: ignore[arg-type]
    print("  by category: " + ", ".join(f"{c} {h}/{n}" for c, (h, n) in s["by_cat"].items() if n))  # type: ignore[attr-defined]
    print(f"  false alarms {len(fa) / neg:.1%} both tiers ({len(fa)}), {len(fr) / neg:.1%} at risk tier ({len(fr)})")
    wrong_kind = s["wrong_kind"]
    assert isinstance(wrong_kind, list)
    print(f"  at risk read as the wrong person (self/other): {s['wrong_who']}; "
          f"another category than labelled: {len(wrong_kind)}")
    if show:
        for t in wrong_kind:
            print("    CATEGORY:", t)
        for t in missed:
            print("    MISSED:", t)
        for t in fa:
            print("    FALSE ALARM:", t)
    return not missed and len(fa) <= 0.03 * neg and len(fr) <= 0.01 * neg


def variant_report(name: str, rows: list[dict[str, str]], show: bool, neighbours: bool = True) -> bool:
    """Each crisis message keeps its label under every variant; each look-alike stays quiet."""
    keep: Counter[str] = Counter()
    total: Counter[str] = Counter()
    quiet: Counter[str] = Counter()
    total_neg: Counter[str] = Counter()
    shown = 0
    for r in rows:
        for vname, text in variants(r["text"], r["lang"]).items():
            hit = detect_all(text, neighbours=neighbours).crisis
            if r["category"]:
                total[vname] += 1
                keep[vname] += hit
                if not hit and show and shown < 40:
                    print(f"    VARIANT MISSED ({vname}): {text}")
                    shown += 1
            else:
                total_neg[vname] += 1
                quiet[vname] += not hit
    print(f"{name} variants: recall " + ", ".join(f"{v} {keep[v] / total[v]:.1%}" for v in VARIANTS))
    print(f"{name} variants: look-alikes quiet " + ", ".join(f"{v} {quiet[v] / total_neg[v]:.1%}" for v in VARIANTS))
    return all(keep[v] == total[v] for v in VARIANTS)


def speed(rows: list[dict[str, str]], runs: int = 3) -> float:
    """CPU milliseconds per message for the rules (`detect`, no neighbours) over the dev messages: the best of `runs`,
    the normal-form cache emptied before each, so no message is read from an earlier run."""
    detect("warm up: the rules and their anchors are built once, at the first message")
    best = float("inf")
    for _ in range(runs):
        tokens.cache_clear()
        crisis._sentence.cache_clear()
        start = time.process_time()
        for r in rows:
            detect(r["text"])
        best = min(best, (time.process_time() - start) / len(rows) * 1000)
    return best


def main() -> int:
    show = "--show-dev-misses" in sys.argv
    if "--speed" in sys.argv:
        dev = load("dev")
        print(f"rules: {speed(dev):.3f} ms a message over {len(dev)} dev messages (best of 3; target 0.2 ms)")
        return 0
    if "--batch" in sys.argv:
        # One dev batch alone (a new batch measured before tuning, or leave-one-batch-out): never the test split.
        batch = sys.argv[sys.argv.index("--batch") + 1]
        assert batch.startswith("dev"), "--batch reads dev batches only"
        rows = load(batch)
        report(f"{batch}, rules alone", rows, show, neighbours=False)
        report(f"{batch}, rules + neighbours", rows, show)
        return 0
    print("crisis detection (bench/data/crisis)")
    frozen = frozen_ok()
    dev, test = load("dev"), load("test")
    for lang in ("fr", "en"):
        n = [r for r in dev + test if r["lang"] == lang]
        print(f"  {lang}: {sum(1 for r in n if r['category'])} crisis, {sum(1 for r in n if not r['category'])} look-alikes")
    # The neighbour bank is built from dev, so dev is measured on the rules alone.
    ok = report("dev (tuned on), rules alone", dev, show, neighbours=False)
    ok &= variant_report("dev, rules alone", dev, show, neighbours=False)
    if not test:
        print("test: no frozen test split in bench/data/crisis (a new one is being written)")
        return 1
    report("test (frozen, never tuned on), rules alone", test, False, neighbours=False)
    ok &= report("test (frozen, never tuned on), rules + neighbours (as shipped)", test, False)
    ok &= variant_report("test", test, False)
    return 0 if ok and frozen else 1


if __name__ == "__main__":
    sys.exit(main())
