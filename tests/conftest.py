"""Shared fixtures: the shipped config, flows and knowledge, on a temporary data folder."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import text

from bot.config import Config, load_config
from bot.engine.definitions import Definitions, load_definitions
from bot.service import Entraide
from bot.store.memory import MemoryStore
from bot.store.sql import make_engine

ROOT = Path(__file__).resolve().parents[1]

# The same examples on every run, so CI never fails on a draw a developer cannot reproduce (issue 17).
# `pytest --hypothesis-profile=explore` draws new ones: what it finds becomes a dev example or a fix.
settings.register_profile("default", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


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
    """The service on an in-memory store; a failure raises here instead of becoming the apology."""
    return Entraide(defs, MemoryStore(), cfg.secret, raise_errors=True)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of flows/, knowledge/ and config.yaml that a test may break."""
    for name in ("flows", "knowledge"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    return tmp_path


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema on the test PostgreSQL (ENTRAIDE_TEST_POSTGRES_URL), dropped afterwards."""
    pg = os.environ.get("ENTRAIDE_TEST_POSTGRES_URL")
    if not pg:
        pytest.skip("ENTRAIDE_TEST_POSTGRES_URL is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(pg)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in pg else "?"
    yield f"{pg}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()
