"""Weekly counts drawn as horizontal bar charts on the server, as SVG: no script, no library, no CDN.

A chart has one group of bars per value (a theme, a resource, a crisis category, a language) and, in each
group, one bar per week, oldest first. A count under 5 (bot.stats.SMALL; zero too, as everywhere) never
gets a bar of its own length: it is drawn as the same dashed box, whatever it is, labelled "<5", so the
drawing reveals no more than the table does. The page puts the same numbers in a table beside each chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.stats import SMALL, shown

WIDTH, LABEL_W, NUM_W = 640, 150, 44
HEAD_H, ROW_H, BAR_H, GAP = 22, 18, 12, 10
STEPS = (5, 10, 20, 25, 50)


@dataclass(frozen=True)
class Series:
    """One value and its count each week (0 when nothing was counted)."""

    label: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    """`key` makes the chart's ids unique on the page; `weeks` are ISO weeks, oldest first."""

    key: str
    title: str
    desc: str
    weeks: tuple[str, ...]
    series: tuple[Series, ...]


def scale_top(counts: list[int]) -> int:
    """A round number at least as large as every count shown exactly, and at least 5 (the "<5" box)."""
    top = max([n for n in counts if n >= SMALL], default=SMALL)
    size = 1
    while True:
        for step in STEPS:
            if step * size >= top:
                return step * size
        size *= 10


def bar_width(n: int, top: int) -> float | None:
    """The bar's length for a count shown exactly; None for a hidden one (under 5, zero included)."""
    if n < SMALL:
        return None
    return round((WIDTH - LABEL_W - NUM_W - 8) * n / top, 1)


def order(series: list[Series]) -> list[Series]:
    """Largest first by the counts shown exactly; hidden counts weigh nothing, so the order of two small
    values says nothing about which is smaller (they fall back to their labels' order)."""
    return sorted(series, key=lambda s: (-sum(n for n in s.counts if n >= SMALL), s.label))


def svg(chart: Chart) -> str:
    top = scale_top([n for s in chart.series for n in s.counts])
    small_w = bar_width(SMALL, top) or 0.0
    height = GAP + len(chart.series) * (HEAD_H + ROW_H * len(chart.weeks) + GAP)
    tid, did = f"chart-{chart.key}-title", f"chart-{chart.key}-desc"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
           f'height="{height}" role="img" aria-labelledby="{tid}" aria-describedby="{did}">',
           f'<title id="{tid}">{escape(chart.title)}</title>', f'<desc id="{did}">{escape(chart.desc)}</desc>']
    y = GAP
    for s in chart.series:
        out.append(f'<text x="4" y="{y + 15}" font-size="14" font-weight="bold" fill="#1a1a1a">'
                   f'{escape(clip(s.label, 70))}</text>')
        y += HEAD_H
        for week, n in zip(chart.weeks, s.counts, strict=True):
            mid = y + ROW_H / 2
            out.append(f'<text x="{LABEL_W - 8}" y="{mid + 4}" font-size="12" text-anchor="end" fill="#1a1a1a">'
                       f'{escape(week)}</text>')
            width = bar_width(n, top)
            if width is not None:
                out.append(f'<rect x="{LABEL_W}" y="{mid - BAR_H / 2}" width="{width}" height="{BAR_H}" fill="#0b4f9c"/>')
                end = LABEL_W + width
            else:  # hidden: one box for 0 to 4 alike (bot.stats.shown: "<5")
                out.append(f'<rect x="{LABEL_W}" y="{mid - BAR_H / 2}" width="{small_w}" height="{BAR_H}" fill="none" '
                           'stroke="#4a4a4a" stroke-dasharray="3 2"/>')
                end = LABEL_W + small_w
            out.append(f'<text x="{end + 5}" y="{mid + 4}" font-size="12" fill="#1a1a1a">{escape(shown(n))}</text>')
            y += ROW_H
        y += GAP
    out.append(f'<line x1="{LABEL_W}" y1="{GAP}" x2="{LABEL_W}" y2="{height - GAP}" stroke="#4a4a4a"/>')
    out.append("</svg>")
    return "".join(out)


def clip(text: str, size: int) -> str:
    """At most `size` characters, a cut shown by "…" (a chart's label, a graph's condition)."""
    return text if len(text) <= size else text[: size - 1] + "…"
