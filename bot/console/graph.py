"""A flow drawn as a graph of its steps, on the server, as SVG: no script, prints and zooms sharply.

Steps stand in file order, one under the other; an arrow to the next step goes straight down, any other
jump curves on the right. Steps nobody can reach and steps after which a path just stops are marked in
words as well as in colour (the validator's own reachability rule: bot.engine.validator.flow_paths).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.engine.model import END, Flow
from bot.engine.validator import flow_paths, successors

BOX_W, BOX_H, GAP, LEFT, TOP = 330, 40, 28, 16, 16


@dataclass(frozen=True)
class Marks:
    unreachable: frozenset[str]
    dead_ends: frozenset[str]


def marks(flow: Flow, called: bool) -> Marks:
    reached, dead = flow_paths(flow, called)
    return Marks(frozenset(s.id for s in flow.steps if s.id not in reached), frozenset(dead))


def svg(flow: Flow, called: bool, words: dict[str, str]) -> str:
    """`words`: the console's labels (unreachable, dead_end, end, title) in the page's language."""
    m = marks(flow, called)
    index = {s.id: i for i, s in enumerate(flow.steps)}
    y = {s.id: TOP + i * (BOX_H + GAP) for i, s in enumerate(flow.steps)}
    height = TOP * 2 + len(flow.steps) * (BOX_H + GAP)
    width = LEFT + BOX_W + 260
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-labelledby="graph-title">',
           f'<title id="graph-title">{escape(words.get("graph_svg_title", "").replace("{flow}", flow.id))}</title>',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>']
    for i, s in enumerate(flow.steps):
        top = y[s.id]
        for n, target in enumerate(successors(flow, s)):
            if target is None or target == END:
                label = words.get("graph_end", "end") if target == END else ""
                if label:
                    out.append(f'<text x="{LEFT + BOX_W + 8}" y="{top + BOX_H - 6}" font-size="12" fill="#333">'
                               f'→ {escape(label)}</text>')
                continue
            j = index.get(target)
            if j is None:
                continue
            if j == i + 1:
                out.append(f'<line x1="{LEFT + 40}" y1="{top + BOX_H}" x2="{LEFT + 40}" y2="{y[target]}" stroke="#333" '
                           'marker-end="url(#arrow)"/>')
            else:
                bend = LEFT + BOX_W + 30 + min(200, 14 * abs(j - i)) + 6 * n
                y1, y2 = top + BOX_H / 2, y[target] + BOX_H / 2
                out.append(f'<path d="M{LEFT + BOX_W},{y1} C{bend},{y1} {bend},{y2} {LEFT + BOX_W},{y2}" fill="none" '
                           'stroke="#0b4f9c" marker-end="url(#arrow)"/>')
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
