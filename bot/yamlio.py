"""YAML with line numbers, so every coordinator mistake can be reported as `file:line`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from bot.errors import Problem


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    return y


@dataclass
class Source:
    """One YAML file being read; collects problems instead of stopping at the first."""

    path: Path
    display: str
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display, line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display, line, message, "warning"))


def load(path: Path, root: Path | None = None) -> tuple[Source, Any]:
    display = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    src = Source(path, display)
    try:
        data = _yaml().load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        src.error(line, f"not valid YAML: {e.problem or e.context}; check indentation and quotes")
        return src, None
    except YAMLError as e:
        src.error(1, f"not valid YAML: {e}")
        return src, None
    except UnicodeDecodeError:
        src.error(1, "not UTF-8 text; save the file as UTF-8")
        return src, None
    return src, data


def line(node: Any, key: Any = None, default: int = 1) -> int:
    """1-based line of `node`, or of `key` inside a mapping / index inside a list."""
    try:
        if key is not None and isinstance(node, CommentedMap):
            return int(node.lc.key(key)[0]) + 1
        if key is not None and isinstance(node, CommentedSeq):
            return int(node.lc.item(key)[0]) + 1
        if isinstance(node, CommentedMap | CommentedSeq):
            return int(node.lc.line) + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        pass
    return default


def yaml_files(directory: Path) -> Iterator[Path]:
    """Every .yaml/.yml file under `directory`, sorted, skipping the conversation tests folder."""
    for p in sorted(directory.rglob("*")):
        if p.suffix in (".yaml", ".yml") and p.is_file() and "tests" not in p.relative_to(directory).parts:
            yield p
