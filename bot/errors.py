"""One root exception and a shallow tree, so callers can catch what they can explain."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One coordinator-facing mistake, printed as `file:line: message`."""

    file: str
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.file}:{self.line}: {prefix}{self.message}"


class EntraideError(Exception):
    """Root of every error this package raises on purpose."""


class ProblemsError(EntraideError):
    """Carries every problem found, so a coordinator fixes them all in one pass."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class FlowError(ProblemsError):
    """A flow file cannot be loaded or does not make sense."""


class KnowledgeError(ProblemsError):
    """A knowledge file cannot be loaded or does not make sense."""


class ConfigError(EntraideError):
    """config.yaml or the environment holds a value we cannot run with."""


class StoreError(EntraideError):
    """The database refused or lost a write."""


class ConflictError(StoreError):
    """Another process saved the same session first; reload and retry."""


class DuplicateError(StoreError):
    """This update was already handled (a redelivery after a restart, or another process)."""
