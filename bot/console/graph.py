"""A flow drawn as a graph of its steps, on the server, as SVG: no script, prints and zooms sharply.

Steps stand in file order, one under the other; an arrow to the next step goes straight down, any other
jump curves on the right. A branch's arrow carries its condition (`reason == "info"`, or "otherwise"
for the `else:`), so the drawing says why a path is taken, not only where it goes. Steps nobody can reach and steps after which a path just stops are marked in
words as well as in colour (the validator's own reachability rule: bot.engine.validator.flow_paths).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.console.charts import clip
from bot.engine.model import END, Flow, Step
from bot.engine.validator import flow_paths, successors

BOX_W, BOX_H, GAP, LEFT, TOP = 330, 40, 28, 16, 16
LABEL_CHARS = 38  # a longer condition is cut, its whole text kept in the arrow's tooltip


@dataclass(frozen=True)
class Marks:
    unreachable: frozenset[str]
    dead_ends: frozenset[str]


def marks(flow: Flow, called: bool) -> Marks:
    reached, dead = flow_paths(flow, called)
    return Marks(frozenset(s.id for s in flow.steps if s.id not in reached), frozenset(dead))


def branch_labels(step: Step, otherwise: str) -> list[str]:
    """One label per successor, in the order `successors` gives them: a branch's condition, or nothing."""
    if isinstance(step.next, tuple):
        return [b.condition.source if b.condition else otherwise for b in step.next]
    return []


def _label(x: float, y: float, text: str, anchor: str = "start") -> str:
    short = clip(text, LABEL_CHARS)
    return (f'<text x="{x}" y="{y}" font-size="11" fill="#0b4f9c" text-anchor="{anchor}">'
            f'<title>{escape(text)}</title>{escape(short)}</text>')


def svg(flow: Flow, called: bool, words: dict[str, str]) -> str:
    """`words`: the console's labels (unreachable, dead_end, end, title) in the page's language."""
    m = marks(flow, called)
    index = {s.id: i for i, s in enumerate(flow.steps)}
    y = {s.id: TOP + i * (BOX_H + GAP) for i, s in enumerate(flow.steps)}
    height = TOP * 2 + len(flow.steps) * (BOX_H + GAP)
    width = LEFT + BOX_W + 260 + 6 * LABEL_CHARS
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-labelledby="graph-title">',
           f'<title id="graph-title">{escape(words.get("graph_svg_title", "").replace("{flow}", flow.id))}</title>',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>']
    for i, s in enumerate(flow.steps):
        top = y[s.id]
        labels = branch_labels(s, words.get("graph_otherwise", "otherwise"))
        # One arrow per step reached, its branches' conditions joined: two texts drawn at the same place
        # (two branches to one step, or to the end) would print over each other and neither could be read.
        reached: dict[str | None, list[str]] = {}
        for n, target in enumerate(successors(flow, s)):
            reached.setdefault(target, []).append(labels[n] if n < len(labels) else "")
        for n, (target, conditions) in enumerate(reached.items()):
            label = " / ".join(c for c in conditions if c)
            if target is None or target == END:
                if target == END:
                    out.append(f'<text x="{LEFT + BOX_W + 8}" y="{top + BOX_H - 6}" font-size="12" fill="#333">'
                               f'→ {escape(words.get("graph_end", "end"))}{escape(f" ({label})" if label else "")}'
                               '</text>')
                continue
            j = index.get(target)
            if j is None:
                continue
            if j == i + 1:
                out.append(f'<line x1="{LEFT + 40}" y1="{top + BOX_H}" x2="{LEFT + 40}" y2="{y[target]}" stroke="#333" '
                           'marker-end="url(#arrow)"/>')
                if label:
                    out.append(_label(LEFT + 48, top + BOX_H + GAP / 2 + 4, label))
            else:
                bend = LEFT + BOX_W + 30 + min(200, 14 * abs(j - i)) + 6 * n
                y1, y2 = top + BOX_H / 2, y[target] + BOX_H / 2
                out.append(f'<path d="M{LEFT + BOX_W},{y1} C{bend},{y1} {bend},{y2} {LEFT + BOX_W},{y2}" fill="none" '
                           'stroke="#0b4f9c" marker-end="url(#arrow)"/>')
                if label:  # beside the curve's far point, three quarters of the way out
                    out.append(_label(LEFT + BOX_W + (bend - LEFT - BOX_W) * 0.75 + 8, (y1 + y2) / 2 + 4, label))
        bad = s.id in m.unreachable or s.id in m.dead_ends
        fill, stroke = ("#fde8e8", "#a4000f") if bad else ("#f3f6fb", "#333")
        dash = ' stroke-dasharray="6 4"' if s.id in m.unreachable else ""
        out.append(f'<rect x="{LEFT}" y="{top}" width="{BOX_W}" height="{BOX_H}" rx="6" fill="{fill}" stroke="{stroke}"'
                   f'{dash} stroke-width="{2 if bad else 1}"/>')
        target = f" → {s.target}" if s.kind in ("link", "call") and s.target else ""
        note = (f' · {words.get("graph_unreachable", "unreachable")}' if s.id in m.unreachable else "") + \
               (f' · {words.get("graph_dead_end", "dead end")}' if s.id in m.dead_ends else "")
        out.append(f'<text x="{LEFT + 10}" y="{top + 25}" font-size="14" fill="#1a1a1a">'
                   f'{escape(s.id)} ({escape(s.kind)}{escape(target)}){escape(note)}</text>')
    out.append("</svg>")
    return "".join(out)
