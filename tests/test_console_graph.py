"""The flow graph's drawing (bot.console.graph), from a flow file the validator accepts."""

from __future__ import annotations

import re
from pathlib import Path

from bot.console.graph import svg
from bot.engine.loader import load_flows

TWO_ENDINGS = '''flows:
  main:
    description: A question whose two answers both end the conversation.
    steps:
      - id: pick
        ask: {fr: "Oui?", en: "Yes?"}
        slot: answer
        buttons:
          - {payload: "yes", fr: "Oui", en: "Yes"}
          - {payload: "no", fr: "Non", en: "No"}
        next:
          - if: answer == "yes"
            then: end
          - else: end
'''


def test_branches_that_both_end_are_said_in_one_readable_text(tmp_path: Path) -> None:
    """Two texts at the same place would print over each other: the coordinator could read neither."""
    (tmp_path / "main.yaml").write_text(TWO_ENDINGS, encoding="utf-8")
    flows, problems = load_flows(tmp_path)
    assert not problems
    drawing = svg(flows.flows["main"], False, {"graph_end": "fin", "graph_otherwise": "sinon"})
    ends = re.findall(r"<text[^>]*>→ fin[^<]*</text>", drawing)
    assert len(ends) == 1 and "(answer == &quot;yes&quot; / sinon)" in ends[0]


TWO_WAYS_TO_ONE_STEP = '''flows:
  main:
    description: Two answers lead to the same step, a third elsewhere.
    steps:
      - id: pick
        ask: {fr: "Lequel?", en: "Which?"}
        slot: answer
        buttons:
          - {payload: "a", fr: "A", en: "A"}
          - {payload: "b", fr: "B", en: "B"}
          - {payload: "c", fr: "C", en: "C"}
        next:
          - if: answer == "a"
            then: later
          - if: answer == "b"
            then: later
          - else: next
      - id: next
        say: {fr: "Suivant.", en: "Next."}
      - id: later
        say: {fr: "Plus tard.", en: "Later."}
'''


def test_two_branches_to_one_step_share_one_arrow_and_one_label(tmp_path: Path) -> None:
    (tmp_path / "main.yaml").write_text(TWO_WAYS_TO_ONE_STEP, encoding="utf-8")
    flows, problems = load_flows(tmp_path)
    assert not [p for p in problems if p.severity == "error"]
    drawing = svg(flows.flows["main"], False, {"graph_end": "fin", "graph_otherwise": "sinon"})
    assert drawing.count('stroke="#0b4f9c" marker-end') == 1  # one curve, pick → later
    assert "answer == &quot;a&quot; / answer == &quot;b&quot;</text>" in drawing
    assert ">sinon</text>" in drawing  # the else branch, straight down to the next step
