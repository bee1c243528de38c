"""Definitions, checks and conversation tests from stored texts, through the same loaders as the files.

The texts are written to a private temporary folder laid out as the project (flows/, knowledge/), so the
loaders, the validator and `entraide test` run unchanged and every problem still says `flows/main.yaml:12`.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.config import Config
from bot.console.content import Files, write_dirs
from bot.engine.conversation_tests import Result, run_paths
from bot.engine.definitions import Definitions, build, check, load_definitions
from bot.engine.model import FlowSet
from bot.errors import Problem


@contextmanager
def on_disk(cfg: Config, files: Files) -> Iterator[Config]:
    """`cfg` reading flows and knowledge from `files` (the database is untouched: only the folders move)."""
    with tempfile.TemporaryDirectory(prefix="entraide-content-") as tmp:
        root = Path(tmp)
        write_dirs(files, root)
        for name in ("flows", "knowledge"):
            (root / name).mkdir(exist_ok=True)
        settings = cfg.settings.model_copy(update={"flows_dir": str(root / "flows"),
                                                   "knowledge_dir": str(root / "knowledge")})
        yield cfg.model_copy(update={"settings": settings, "root": root})


def problems_of(cfg: Config, files: Files) -> list[Problem]:
    """What `entraide validate` says of these texts (errors and warnings), each as file:line."""
    s = cfg.settings
    with on_disk(cfg, files) as c:
        _, _, problems = check(c.flows_dir, c.knowledge_dir, s.main_flow, s.knowledge.max_age_days, c.root)
    return problems


def flows_of(cfg: Config, files: Files) -> tuple[FlowSet, list[Problem]]:
    """The flows as loaded, even when the validator finds errors (the graph shows where they are)."""
    s = cfg.settings
    with on_disk(cfg, files) as c:
        flows, _, problems = check(c.flows_dir, c.knowledge_dir, s.main_flow, s.knowledge.max_age_days, c.root)
    return flows, problems


def definitions_of(cfg: Config, files: Files) -> Definitions:
    """Raises ProblemsError (file:line each) when the texts do not load or do not validate."""
    with on_disk(cfg, files) as c:
        return load_definitions(c)


@dataclass(frozen=True)
class Checked:
    """Everything publishing needs to know: problems, and the conversation tests' results."""

    problems: list[Problem]
    tests: list[Result]
    defs: Definitions | None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.tests if not r.ok]

    @property
    def ok(self) -> bool:
        return self.defs is not None and not self.errors and not self.failed and bool(self.tests)


# The last few drafts' results: the publish and tests pages run every conversation test (seconds of CPU),
# and a page opened again, by anyone, on the same draft must not run them again.
_CHECKED: OrderedDict[str, tuple[Config, Checked]] = OrderedDict()
_CHECKED_KEEP = 8
_CHECKING = threading.Lock()


def _digest(files: Files) -> str:
    h = hashlib.sha256(date.today().isoformat().encode())  # the validator's age warnings change with the day
    for path in sorted(files):
        h.update(path.encode() + b"\0" + files[path].encode() + b"\0")
    return h.hexdigest()


def check_all(cfg: Config, files: Files) -> Checked:
    """`run_checks`, once per draft: the same texts on the same day give the same answer (the tests run on
    fixed clocks and fresh in-memory services), so a result is kept for the next page that asks."""
    key = _digest(files)
    with _CHECKING:  # one check at a time: a second page asking for the same draft waits for the first
        kept = _CHECKED.get(key)
        if kept is not None and kept[0] is cfg:
            _CHECKED.move_to_end(key)
            return kept[1]
        checked = run_checks(cfg, files)
        _CHECKED[key] = (cfg, checked)
        while len(_CHECKED) > _CHECKED_KEEP:
            _CHECKED.popitem(last=False)
        return checked


def run_checks(cfg: Config, files: Files) -> Checked:
    """The validator, then every conversation test under flows/tests on a fresh in-memory service each
    (as `entraide test` runs them)."""
    from bot.service import fresh_service_turner  # the service imports the engine; keep this module light

    s = cfg.settings
    with on_disk(cfg, files) as c:
        flows, knowledge, problems = check(c.flows_dir, c.knowledge_dir, s.main_flow, s.knowledge.max_age_days, c.root)
        if any(p.severity == "error" for p in problems):
            return Checked(problems, [], None)
        defs = build(flows, knowledge, c)
        tests_dir = c.flows_dir / "tests"
        results, test_problems = run_paths(defs, [tests_dir], c.root, fresh_service_turner(c, defs)) \
            if tests_dir.is_dir() else ([], [])
        return Checked(problems + test_problems, results, defs)
