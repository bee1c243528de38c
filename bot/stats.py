"""Anonymous statistics for coordinators: small counts are hidden so nobody can be singled out."""

from __future__ import annotations

SMALL = 5


def shown(n: int) -> str:
    return "<5" if n < SMALL else str(n)


_HEAD = {"en": ("week", "metric", "value", "lang", "count", "No data yet."),
         "fr": ("semaine", "mesure", "valeur", "lang", "nb", "Aucune donnée pour l'instant.")}


def format_stats(rows: list[tuple[str, str, str, str, int]], lang: str = "en") -> str:
    week_h, metric_h, value_h, lang_h, count_h, empty = _HEAD["fr" if lang == "fr" else "en"]
    if not rows:
        return empty
    lines = [f"{week_h:<9} {metric_h:<20} {value_h:<26} {lang_h:<4} {count_h:>5}"]
    for week, metric, value, lang, n in rows:
        lines.append(f"{week:<9} {metric:<20} {value:<26} {lang:<4} {shown(n):>5}")
    return "\n".join(lines)
