"""What the theme examples teach the bot, for `entraide validate`: leave-one-out accuracy, and examples that blur.

Each example is taken out in turn and placed among all the others, as a worker's message would be
(bot.nlu.theme_examples, without the lexicon). A theme whose examples find their own theme most of the
time is one the bot reads well; an example that sits closer to another theme's examples is reported
with its file:line, as a warning: reword it, move it, or keep it if the situation really is both.
Adding an example and running `entraide validate` again shows what it changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from bot.errors import Problem
from bot.knowledge.model import NO_THEME, Example, Knowledge
from bot.nlu.theme_examples import space_for

# Fewer examples than this in one language, and the bot reads the theme less well there.
ENOUGH = 40


@dataclass(frozen=True)
class ExamplesReport:
    right: dict[tuple[str, str], int]  # (theme or `none`, language) -> examples that find their own theme
    total: dict[tuple[str, str], int]
    problems: list[Problem]
    note: str = ""  # why nothing was measured, when it was not

    def lines(self) -> list[str]:
        if self.note:
            return [self.note]
        out = ["theme examples, leave-one-out (each example read as a message, the others as examples):"]
        labels = list(dict.fromkeys(label for label, _ in self.total))
        for label in labels:
            cells = []
            for lang in ("fr", "en"):
                n = self.total.get((label, lang), 0)
                cells.append(f"{lang} {self.right.get((label, lang), 0) / n:.0%} of {n}" if n else f"{lang} none")
            out.append(f"  {label:20} " + ", ".join(cells))
        n, right = sum(self.total.values()), sum(self.right.values())
        out.append(f"  all: {right / n:.1%} of {n} examples find their own theme")
        return out


def _counts(knowledge: Knowledge) -> list[Problem]:
    have = Counter((e.theme, e.lang) for e in knowledge.examples)
    problems = []
    for t in knowledge.themes.values():
        for lang in ("fr", "en"):
            if have[(t.id, lang)] < ENOUGH:
                problems.append(Problem(t.file, t.line, f"theme `{t.id}` has {have[(t.id, lang)]} {lang} example(s) in "
                                                        f"`examples:`; with fewer than {ENOUGH} the bot reads it less well "
                                                        "and asks more often", "warning"))
    return problems


def examples_report(knowledge: Knowledge) -> ExamplesReport:
    problems = _counts(knowledge)
    space = space_for(knowledge.examples, tuple(knowledge.themes))
    if space is None:
        why = ("theme examples not measured: the embedding model is off (ENTRAIDE_EMBEDDINGS=off) or missing"
               if knowledge.examples else "no theme examples: the bot reads themes with the lexicon alone")
        return ExamplesReport({}, {}, problems, why)
    usable = [e for e in knowledge.examples if e.theme in space.labels]
    scores = space.leave_one_out()
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for ex, row in zip(usable, scores, strict=True):
        total[(ex.theme, ex.lang)] += 1
        own = space.labels.index(ex.theme)
        best = int(np.argmax(row))
        if best == own:
            right[(ex.theme, ex.lang)] += 1
        else:
            problems.append(_blurs(ex, space.labels[best], float(row[best]), float(row[own])))
    order = {label: i for i, label in enumerate(space.labels)}
    ordered_total = dict(sorted(total.items(), key=lambda kv: (order[kv[0][0]], kv[0][1] != "fr")))
    return ExamplesReport(dict(right), ordered_total, problems)


def _blurs(ex: Example, other: str, near_other: float, near_own: float) -> Problem:
    where = "the messages about nothing (`none`)" if other == NO_THEME else f"`{other}`"
    own = "`none`" if ex.theme == NO_THEME else f"`{ex.theme}`"
    quoted = ex.text if len(ex.text) <= 50 else ex.text[:47] + "..."
    return Problem(ex.file, ex.line, f"\"{quoted}\" ({ex.lang}, {own}) sits closer to the examples of {where} "
                                     f"({near_other:.3f} against {near_own:.3f}); reword it, move it, or keep it if "
                                     "it really is both", "warning")
