"""Build bot/nlu/data/theme_examples.npz: every example sentence in knowledge/ embedded once, so start-up reads a file.

Run after changing the examples (knowledge/theme_examples.yaml) or the model, and commit the file:
    .venv/bin/python bench/make_theme_vectors.py

The bot works without an up-to-date file (it embeds the examples the file lacks when it loads, about
a millisecond each in a batch); a test checks the committed file holds exactly the current examples.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.knowledge.loader import load_knowledge_or_raise  # noqa: E402
from bot.nlu.crisis_neighbours import for_model  # noqa: E402
from bot.nlu.embedding import UseEmbedder  # noqa: E402
from bot.nlu.theme_examples import CACHE_FILE, digest  # noqa: E402


def main() -> None:
    knowledge = load_knowledge_or_raise(ROOT / "knowledge")
    by_key = {digest(UseEmbedder.name, e.text): e.text for e in knowledge.examples}
    keys = sorted(by_key)
    vectors = UseEmbedder().encode([for_model(by_key[k]) for k in keys])
    CACHE_FILE.parent.mkdir(exist_ok=True)
    np.savez_compressed(CACHE_FILE, keys=np.array(keys), vectors=vectors.astype(np.float16),
                        model=np.array(UseEmbedder.name))
    print(f"{len(keys)} example sentences -> {CACHE_FILE.relative_to(ROOT)} ({CACHE_FILE.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
