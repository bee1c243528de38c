"""A second opinion for the `concern` tier: is this message close to crisis messages people really wrote?

When the rules (bot.nlu.crisis) find nothing, the message is embedded (bot.nlu.embedding) and compared
with a bank of labelled dev messages (bot/nlu/data/crisis_neighbours.npz, built from
bench/data/crisis/dev*.jsonl by bench/make_crisis_neighbours.py): the mean similarity of its k nearest
crisis messages minus that of its k nearest look-alikes. Above the threshold fixed on dev data, the
message gets the `concern` tier, so the bot asks directly; never `risk`, and never instead of the rules.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

import numpy as np

from bot.nlu.crisis_taxonomy import CATEGORIES, Category, CrisisResult, result
from bot.nlu.embedding import Vectors, embedder

BANK_FILE = Path(__file__).with_name("data") / "crisis_neighbours.npz"
# Short replies ("c'est tout, merci", "non, pas ce soir") sit close to short crisis messages in the model's
# space; the rules read those. The neighbours speak only for a message of some length.
MIN_WORDS = 5


@dataclass(frozen=True)
class Bank:
    vectors: Vectors  # crisis rows first, then look-alikes
    categories: tuple[str, ...]  # "" for a look-alike
    k: int
    threshold: float

    @property
    def crisis_mask(self) -> np.ndarray:
        return np.array([c != "" for c in self.categories])


def score(bank: Bank, vectors: Vectors) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the neighbour score, and the index of its nearest crisis example."""
    sims = vectors @ bank.vectors.T
    crisis = bank.crisis_mask
    pos = np.sort(sims[:, crisis], axis=1)[:, -bank.k:]
    neg = np.sort(sims[:, ~crisis], axis=1)[:, -bank.k:]
    nearest = np.argsort(-np.where(crisis, sims, -2.0), axis=1)[:, : bank.k]
    return pos.mean(axis=1) - neg.mean(axis=1), nearest


@lru_cache(maxsize=1)
def bank() -> Bank | None:
    if not BANK_FILE.exists():
        return None
    with np.load(BANK_FILE) as data:
        return Bank(data["vectors"].astype(np.float32), tuple(str(c) for c in data["categories"]),
                    int(data["k"]), float(data["threshold"]))


def warm() -> bool:
    """Load the model and the bank once, at start-up. False when the bot runs on rules alone."""
    return embedder() is not None and bank() is not None


def for_model(text: str) -> str:
    """What the model reads: lower case (the model reads "I WANT" apart from "i want"), at most 2,000 characters."""
    return text[:2000].lower()


def concern(text: str) -> CrisisResult | None:
    """`concern` when the message sits among crisis messages; None otherwise or without a model."""
    model, b = embedder(), bank()
    if model is None or b is None or len(text.split()) < MIN_WORDS:
        return None
    s, nearest = score(b, model.encode([for_model(text)]))
    if float(s[0]) <= b.threshold:
        return None
    votes = Counter(b.categories[i] for i in nearest[0])
    category = votes.most_common(1)[0][0]
    if category not in CATEGORIES:
        return None
    return result(cast(Category, category), "concern", f"{category}:neighbours")
