"""Anonymous statistics for coordinators: small counts are hidden so nobody can be singled out."""

from __future__ import annotations

SMALL = 5


def shown(n: int) -> str:
    return "<5" if n < SMALL else str(n)


def format_stats(rows: list[tuple[str, str, str, str, int]]) -> str:
    if not rows:
        return "No data yet."
    lines = [f"{'week':<9} {'metric':<20} {'value':<26} {'lang':<4} {'count':>5}"]
    for week, metric, value, lang, n in rows:
        lines.append(f"{week:<9} {metric:<20} {value:<26} {lang:<4} {shown(n):>5}")
    return "\n".join(lines)
