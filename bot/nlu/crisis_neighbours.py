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
from functools import cached_property, lru_cache
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

    # Computed once per bank, not per message: rebuilding them from 2,000 labels was most of `score`'s time.
    @cached_property
    def crisis_rows(self) -> np.ndarray:
        return np.flatnonzero(np.array([c != "" for c in self.categories]))

    @cached_property
    def other_rows(self) -> np.ndarray:
        return np.flatnonzero(np.array([c == "" for c in self.categories]))


def _top(sims: np.ndarray, k: int) -> np.ndarray:
    """Column indices of each row's k largest values, largest first (a partial sort: k is a few, rows 2,000)."""
    k = min(k, sims.shape[1])
    top = np.argpartition(sims, sims.shape[1] - k, axis=1)[:, -k:]
    order = np.argsort(-np.take_along_axis(sims, top, axis=1), axis=1, kind="stable")
    return np.take_along_axis(top, order, axis=1)


def score(bank: Bank, vectors: Vectors) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the neighbour score, and the indexes of its k nearest crisis examples, nearest first."""
    sims = vectors @ bank.vectors.T
    pos_sims, neg_sims = sims[:, bank.crisis_rows], sims[:, bank.other_rows]
    nearest = _top(pos_sims, bank.k)
    # The k values summed in ascending order, as a full sort gave them: the same score to the last bit.
    pos = np.take_along_axis(pos_sims, nearest, axis=1)[:, ::-1]
    neg = np.sort(np.take_along_axis(neg_sims, _top(neg_sims, bank.k), axis=1), axis=1)
    return pos.mean(axis=1) - neg.mean(axis=1), bank.crisis_rows[nearest]


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
