"""Build bot/nlu/data/crisis_neighbours.npz: the dev crisis messages and look-alikes, embedded, with the threshold.

Run after changing bench/data/crisis/dev*.jsonl or the model:
    .venv/bin/python bench/make_crisis_neighbours.py

The threshold was fixed on dev data by a rule written down before looking at any test figure: the
smallest value on a 0.01 grid at which the neighbour signal, leave-one-batch-out on dev (each batch
scored against a bank built from the others), raises the alarm on at most 1.5% of the look-alikes that
the rules leave quiet (0.09). Leave-one-batch-out, not leave-one-message-out: messages of one batch
resemble each other, and leaving out one message at a time let its siblings vouch for it (the first
version of this rule chose 0.06, which adds 3.6% false alarms on a batch the bank has not seen). Why a
lower value tried on the held-out batch dev_g was not kept: see THRESHOLD. The frozen test
split is never read here.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.crisis import detect_all  # noqa: E402
from bot.nlu.crisis_neighbours import BANK_FILE, MIN_WORDS, Bank, for_model, score  # noqa: E402
from bot.nlu.embedding import UseEmbedder  # noqa: E402

K = 5
MAX_ADDED_FALSE_ALARMS = 0.015
# The threshold. Once the rules read every dev message, the leave-one-batch-out check could only weigh
# false alarms, so the rule was tried on a batch the rules and the bank had not seen: dev_g (800 messages
# by two new authors, 2026-11-27), scored against the bank built without it, before any tuning on it.
# There, with at most 1.5% added false alarms, 0.07 added 62 of the 120 crisis messages the rules missed,
# where 0.09 added 46 (0.9%). 0.07 was not kept: leave-one-batch-out on the older batches it added 3.0%
# false alarms, and a conversation test (flows/tests/themes_free_text.yaml) showed what one looks like, a
# worker whose partner is jealous of her friends asked whether she is thinking of suicide. 0.09 stays.
THRESHOLD = 0.09


def dev_files() -> list[Path]:
    return sorted((ROOT / "bench/data/crisis").glob("dev*.jsonl"))


def batch_of(path: Path) -> str:
    """dev_b_fr.jsonl and dev_b_en.jsonl are one batch, written by one author: dev_b."""
    return path.stem.removesuffix("_fr").removesuffix("_en")


def sources_hash() -> str:
    """What the bank and its threshold were built from: the dev files and the rules (which decide what the
    rules leave quiet, so the threshold). A test compares it with the files as they are now."""
    h = hashlib.sha256()
    rules = [ROOT / "bot/nlu" / n for n in ("crisis.py", "crisis_rules.py", "crisis_concepts.py", "crisis_concepts_h.py", "crisis_concepts_i.py", "crisis_concepts_i_en.py", "crisis_rule_shapes.py",
                                            "crisis_lexicon.py", "crisis_context.py")]
    for f in dev_files() + rules:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def main() -> None:
    rows = [dict(json.loads(line), batch=batch_of(f)) for f in dev_files()
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: r["category"] is None)  # crisis rows first
    vectors = UseEmbedder().encode([for_model(r["text"]) for r in rows]).astype(np.float32)
    categories = tuple(r["category"] or "" for r in rows)
    labels = np.array([c != "" for c in categories])
    quiet = np.array([not detect_all(r["text"], neighbours=False).crisis for r in rows])
    # Leave-one-batch-out: each batch scored against a bank built from the other batches.
    batches = np.array([r["batch"] for r in rows])
    held_out = np.empty(len(rows))
    for b in np.unique(batches):
        out = batches == b
        bank = Bank(vectors[~out], tuple(c for c, o in zip(categories, out, strict=True) if not o), K, 0.0)
        held_out[out] = score(bank, vectors[out])[0]
    long_enough = np.array([len(r["text"].split()) >= MIN_WORDS for r in rows])
    chosen = THRESHOLD
    added = (held_out > chosen) & quiet & long_enough
    print(f"threshold {chosen:.2f} (see THRESHOLD); leave-one-batch-out on "
          f"dev it now adds {(added & ~labels).sum() / (~labels).sum():.1%} false alarms and "
          f"{(added & labels).sum()} detections the rules miss")
    BANK_FILE.parent.mkdir(exist_ok=True)
    np.savez_compressed(BANK_FILE, vectors=vectors.astype(np.float16), categories=np.array(categories),
                        k=np.array(K), threshold=np.array(chosen), sources=np.array(sources_hash()))
    print(f"{len(rows)} dev messages ({labels.sum()} crisis) -> {BANK_FILE} ({BANK_FILE.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
