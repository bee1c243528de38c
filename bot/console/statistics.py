"""The statistics page: weekly counts by theme, referral, crisis category and language, as charts (SVG made
here, bot.console.charts) with the same numbers as tables, and every row as a table and a CSV.

Every count under 5 is shown as "<5" in all of them. No total is shown anywhere: a total minus the counts
shown beside it would give away a hidden one.
"""

from __future__ import annotations

import asyncio
import csv
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from starlette.requests import Request
from starlette.responses import Response

from bot.console.auth import User
from bot.console.charts import Chart, Series, order, svg
from bot.console.context import Ctx
from bot.engine.definitions import Definitions
from bot.stats import shown
from bot.store.base import iso_week
from bot.types import Lang

Row = tuple[str, str, str, str, int]  # week, metric, value, language, count
METRICS = ("theme", "referral", "crisis")  # one chart for each language the conversations were in
LANGUAGE = ("conversation", "start")  # conversations started: one group per language
WEEKS = (4, 8, 13, 26, 52)
DEFAULT_WEEKS = 8


@dataclass(frozen=True)
class Drawn:
    """A chart, its drawing and its table: (label, the shown count of each week)."""

    chart: Chart
    drawing: str
    table: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    charts: tuple[Drawn, ...]


def weeks_ending(last: str, n: int) -> tuple[str, ...]:
    """The `n` ISO weeks up to `last` ("2026-W48"), oldest first, gaps included (a quiet week shows 0)."""
    year, week = last.split("-W")
    monday = date.fromisocalendar(int(year), int(week), 1)
    out = []
    for i in range(n - 1, -1, -1):
        y, w, _ = (monday - timedelta(weeks=i)).isocalendar()
        out.append(f"{y}-W{w:02d}")
    return tuple(out)


def labeller(defs: Definitions, t: dict[str, str], lang: Lang) -> Callable[[str, str], str]:
    """A value's name in the page's language: a theme's or resource's own name, a crisis category's or a
    language's word from the console's texts; the stored id when nothing names it (a theme since removed)."""
    themes, resources = defs.knowledge.themes, defs.knowledge.resources

    def label(metric: str, value: str) -> str:
        if metric == "theme" and value in themes:
            return themes[value].name.get(lang)
        if metric == "referral" and value in resources:
            return resources[value].name.get(lang)
        if metric == "crisis":
            return t.get(f"stats_crisis_{value}", value)
        if metric == "language":
            return t.get(f"stats_lang_{value}", value)
        return value

    return label


def sections(rows: list[Row], weeks: tuple[str, ...], defs: Definitions, t: dict[str, str], lang: Lang) -> list[Section]:
    label = labeller(defs, t, lang)
    index = {w: i for i, w in enumerate(weeks)}
    desc = t.get("stats_chart_desc", "").replace("{first}", weeks[0]).replace("{last}", weeks[-1])

    def drawn(key: str, title: str, counts: dict[str, list[int]], metric: str) -> Drawn:
        series = order([Series(label(metric, v), tuple(c)) for v, c in counts.items()])
        chart = Chart(key, title, desc, weeks, tuple(series))
        return Drawn(chart, svg(chart), tuple((s.label, tuple(shown(n) for n in s.counts)) for s in series))

    out: list[Section] = []
    known: dict[str, int] = {lg: i for i, lg in enumerate(defs.languages)}  # the configured order (French first), then others
    langs = sorted({r[3] for r in rows if r[0] in index}, key=lambda lg: (known.get(lg, len(known)), lg))
    for metric in METRICS:
        charts = []
        for conv_lang in langs:
            counts: dict[str, list[int]] = {}
            for w, m, v, lg, n in rows:
                if m == metric and lg == conv_lang and w in index:
                    counts.setdefault(v, [0] * len(weeks))[index[w]] += n
            if counts:
                title = (t.get("stats_chart_title", "").replace("{metric}", t.get(f"stats_metric_{metric}", metric))
                         .replace("{language}", label("language", conv_lang)))
                charts.append(drawn(f"{metric}-{conv_lang}", title, counts, metric))
        out.append(Section(metric, t.get(f"stats_metric_{metric}", metric), tuple(charts)))
    started: dict[str, list[int]] = {}
    for w, m, v, lg, n in rows:
        if (m, v) == LANGUAGE and w in index:
            started.setdefault(lg, [0] * len(weeks))[index[w]] += n
    started = {lg: started[lg] for lg in langs if lg in started}
    heading = t.get("stats_metric_language", "language")
    out.append(Section("language", heading, (drawn("language", heading, started, "language"),) if started else ()))
    return out


def stats_rows(ctx: Ctx) -> list[Row]:
    """Every stored count, newest week first (the store keeps one row per week, metric, value, language)."""
    return sorted(ctx.svc.store.stats(), key=lambda r: (r[0], r[1], r[2], r[3]), reverse=True)


def weeks_wanted(request: Request) -> int:
    """One of WEEKS as offered on the page; anything else (`²` passes isdigit() but not int()) the default."""
    return {str(n): n for n in WEEKS}.get(request.query_params.get("weeks", ""), DEFAULT_WEEKS)


async def stats(ctx: Ctx, request: Request, user: User) -> Response:
    rows = await asyncio.to_thread(stats_rows, ctx)
    lang = ctx.lang(request)
    n = weeks_wanted(request)
    last = max([iso_week(time.time())] + [r[0] for r in rows])
    weeks = weeks_ending(last, n)
    drawn = sections(rows, weeks, ctx.svc.defs, ctx.texts(lang), lang)
    table = [(w, m, v, lg, shown(c)) for w, m, v, lg, c in rows]
    return ctx.page(request, "stats.html", user, rows=table, sections=drawn, weeks=n, choices=WEEKS)


async def stats_csv(ctx: Ctx, request: Request, user: User) -> Response:
    rows = await asyncio.to_thread(stats_rows, ctx)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["week", "metric", "value", "lang", "count"])
    w.writerows((wk, m, v, lg, shown(n)) for wk, m, v, lg, n in rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="entraide-stats.csv"'})
