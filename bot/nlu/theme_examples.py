"""Where a message sits among the example sentences coordinators wrote (knowledge/theme_examples.yaml).

Each example is embedded once (bot.nlu.embedding), the mean of all examples is subtracted (the model
puts every sentence in one narrow cone; without the common part, what differs stands out), and a
message scores, for each theme, the mean similarity of its K nearest examples of that theme. The
examples of `none` (greetings, thanks, questions about the bot) score too, so "nothing is near" is a
place in the space, not a guess. bot.nlu.themes turns these scores into a decision or a question.

Example vectors come from bot/nlu/data/theme_examples.npz, keyed by a digest of the model's name and
each sentence, so start-up reads a file instead of the model; an example added since the file was
built is embedded at load (about 1 ms a sentence in a batch). `bench/make_theme_vectors.py` rebuilds
the file, and a test checks it holds every example.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from bot.knowledge.model import NO_THEME, Example
from bot.nlu.crisis_neighbours import for_model  # the same text as the crisis check: one vector serves both
from bot.nlu.embedding import Embedder, Vectors, embedder

CACHE_FILE = Path(__file__).with_name("data") / "theme_examples.npz"
K = 5


def digest(model_name: str, text: str) -> str:
    return hashlib.sha256(f"{model_name}\0{for_model(text)}".encode()).hexdigest()[:32]


def stored() -> dict[str, np.ndarray]:
    """The cache file's vectors by key. Read each time a space is built (about 10 ms), not kept: the space
    holds its own centred copy, and a second copy of every example stayed in memory for nothing."""
    if not CACHE_FILE.exists():
        return {}
    with np.load(CACHE_FILE) as data:
        return dict(zip((str(k) for k in data["keys"]), data["vectors"].astype(np.float32), strict=True))


def example_vectors(texts: Sequence[str], model: Embedder) -> Vectors:
    """One row per text: from the cache file where it has the sentence, else from the model, in one batch."""
    cache = stored()
    keys = [digest(model.name, t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in cache]
    fresh: dict[int, np.ndarray] = {}
    if missing:
        # Rounded as the cache file stores them, so a sentence scores the same before and after a rebuild.
        computed = model.encode([for_model(texts[i]) for i in missing]).astype(np.float16).astype(np.float32)
        fresh = dict(zip(missing, computed, strict=True))
    return np.stack([fresh[i] if i in fresh else cache[k] for i, k in enumerate(keys)]).astype(np.float32)


@dataclass(frozen=True)
class ExampleSpace:
    labels: tuple[str, ...]  # theme ids in knowledge order, then NO_THEME when it has examples
    label_of: np.ndarray  # index into labels, one per example
    vectors: Vectors  # centred and normalised, one row per example
    mean: Vectors
    k: int = K

    def place(self, vector: Vectors) -> np.ndarray:
        """Per label, the mean similarity of the message to its k nearest examples of that label."""
        q = vector.reshape(-1) - self.mean
        q = q / (np.linalg.norm(q) or 1.0)
        return self._by_label((self.vectors @ q)[None, :])[0]

    @cached_property
    def _columns(self) -> tuple[np.ndarray, ...]:
        """Per label, the indexes of its examples: found once, not on every message."""
        return tuple(np.flatnonzero(self.label_of == j) for j in range(len(self.labels)))

    def _by_label(self, sims: np.ndarray) -> np.ndarray:
        out = np.full((sims.shape[0], len(self.labels)), -1.0, dtype=np.float32)
        for j, columns in enumerate(self._columns):
            cols = sims[:, columns]
            if cols.shape[1]:
                k = min(self.k, cols.shape[1])
                out[:, j] = np.partition(cols, cols.shape[1] - k, axis=1)[:, -k:].mean(axis=1)
        return out

    def leave_one_out(self) -> np.ndarray:
        """Per example, its scores against all the others: what a coordinator's example teaches, or blurs."""
        sims = self.vectors @ self.vectors.T
        np.fill_diagonal(sims, -2.0)
        return self._by_label(sims)


def build_space(examples: Sequence[Example], themes: Sequence[str], model: Embedder) -> ExampleSpace | None:
    """The space for these examples, or None when there are none to place a message among."""
    usable = [e for e in examples if e.theme in themes or e.theme == NO_THEME]
    if not usable:
        return None
    labels = tuple(t for t in themes if any(e.theme == t for e in usable))
    labels += (NO_THEME,) if any(e.theme == NO_THEME for e in usable) else ()
    raw = example_vectors([e.text for e in usable], model)
    mean = raw.mean(axis=0)
    centred = raw - mean
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)  # a lone example sits at the mean
    return ExampleSpace(labels, np.array([labels.index(e.theme) for e in usable]), centred.astype(np.float32),
                        mean.astype(np.float32))


def space_for(examples: tuple[Example, ...], themes: tuple[str, ...]) -> ExampleSpace | None:
    """The process's space for these examples: built once, shared by every reload that keeps them."""
    return _space(examples, themes) if embedder() is not None else None


@lru_cache(maxsize=2)
def _space(examples: tuple[Example, ...], themes: tuple[str, ...]) -> ExampleSpace | None:
    model = embedder()
    return build_space(examples, themes, model) if model is not None else None
