"""Shared fixtures: the shipped config, flows and knowledge, on a temporary data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.engine.definitions import Definitions, load_definitions
from bot.service import Entraide
from bot.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> Config:
    os.environ.setdefault("ENTRAIDE_SECRET", "test-secret-0123456789abcdef")
    os.environ.setdefault("ENTRAIDE_RELAY_KEY", "test-relay-key-0123456789abcdef")
    return load_config(ROOT / "config.yaml")


@pytest.fixture(scope="session")
def defs(cfg: Config) -> Definitions:
    return load_definitions(cfg)


@pytest.fixture
def svc(defs: Definitions, cfg: Config) -> Entraide:
    return Entraide(defs, MemoryStore(), cfg.secret)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of flows/, knowledge/ and config.yaml that a test may break."""
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    return tmp_path
