"""Statements compiled once for a database and run on the driver's own cursor: a turn's hot path.

Every turn runs the same few statements (its read, the receipt, the session, the counters, the outbox
rows). Through SQLAlchemy's `Connection.execute` each paid 10-25 µs of bookkeeping (execution context,
events, result wrapping) around 3-5 µs of SQLite's own work: more than half of a turn's store time
(bench/engine.py). Here they are compiled once, with SQLAlchemy, for the engine's dialect and
parameter style, and run on the DBAPI cursor of the same connection, inside the same transaction.
Values go through the same type processors SQLAlchemy would apply (a datetime is stored as before).
Only plain statements qualify: no IN list to expand at run time (refused here), no rows to map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement


class Prepared:
    """One statement, compiled for one dialect; `params` turns named values into what the driver takes."""

    def __init__(self, statement: ClauseElement, dialect: Dialect, columns: Sequence[str] | None = None):
        compiled = statement.compile(dialect=dialect, column_keys=list(columns) if columns is not None else None)
        if getattr(compiled, "post_compile_params", None) or getattr(compiled, "literal_execute_params", None):
            raise ValueError(f"{statement}: an IN list or a literal expanded at run time cannot be prepared once")
        self.sql = str(compiled)
        binds = compiled.binds  # type: ignore[attr-defined]
        self._defaults: dict[str, Any] = {name: b.value for name, b in binds.items() if b.value is not None}
        self._processors: dict[str, Callable[[Any], Any]] = {}
        for name, b in binds.items():
            process = b.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self._processors[name] = process
        order = compiled.positiontup if dialect.positional else None  # type: ignore[attr-defined]
        self._order: tuple[str, ...] | None = tuple(order) if order is not None else None

    def params(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        merged = {**self._defaults, **values}
        for name, process in self._processors.items():
            merged[name] = process(merged[name])
        return merged if self._order is None else tuple(merged[name] for name in self._order)

    def run(self, cursor: Any, values: Mapping[str, Any]) -> Any:
        cursor.execute(self.sql, self.params(values))
        return cursor

    def run_many(self, cursor: Any, rows: Iterable[Mapping[str, Any]]) -> None:
        cursor.executemany(self.sql, [self.params(r) for r in rows])
