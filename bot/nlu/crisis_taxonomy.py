"""What kinds of danger the bot recognises, who is at risk and how soon: the crisis taxonomy.

Grounded in suicide-prevention practice: the Columbia scale's screen (wish to be dead, thoughts,
method, intent, plan, preparatory acts) gives the suicide kinds; self-harm, an overdose or attempt
in progress, violence (at home or elsewhere, including fear for one's life) and someone else at
risk complete it. Detection (bot.nlu.crisis) says which category and tier a message shows; the
safety stage (bot.engine.safety) decides what the person is told for each category.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Category = Literal["suicide", "attempt", "self_harm", "domestic_violence", "violence", "harm_to_others", "other_at_risk"]
Level = Literal["risk", "concern"]
AtRisk = Literal["self", "other"]
Immediacy = Literal["now", "not_now", "unknown"]

# `risk`: the message clearly shows danger; the lines come first.
# `concern`: it may; the bot asks directly (prevention practice: asking does not put the idea there).
LEVELS: tuple[Level, ...] = ("risk", "concern")


@dataclass(frozen=True)
class Kind:
    """One category: who is at risk and, before the person says more, how immediate it is."""

    category: Category
    at_risk: AtRisk
    immediacy: Immediacy
    covers: str


TAXONOMY: dict[Category, Kind] = {
    k.category: k
    for k in (
        Kind("suicide", "self", "unknown",
             "wish to be dead, thoughts of suicide, method, intent, plan, preparation, no way out, feeling a burden"),
        Kind("attempt", "self", "now", "an overdose or a suicide attempt in progress or just made"),
        Kind("self_harm", "self", "unknown", "hurting oneself without saying it is to die, now, as an urge or in the past"),
        Kind("domestic_violence", "self", "unknown",
             "being hurt, threatened, followed or controlled by a partner or ex, at home; fear for one's life"),
        Kind("harm_to_others", "other", "unknown",
             "the writer fears hurting, or means to hurt, someone else: a colleague, a manager, their own children"),
        Kind("violence", "self", "unknown",
             "being attacked or threatened by someone else, at work or elsewhere; a weapon; fear for one's life"),
        Kind("other_at_risk", "other", "unknown",
             "a colleague, friend or relative who talks of suicide, has a plan, prepares, self-harms or took pills"),
    )
}
CATEGORIES: tuple[Category, ...] = tuple(TAXONOMY)

# When one message shows several, the answer follows the most urgent; the writer's own danger first.
PRIORITY: dict[Category, int] = {
    "attempt": 0, "suicide": 1, "self_harm": 2, "domestic_violence": 3, "violence": 4, "harm_to_others": 5,
    "other_at_risk": 6,
}


@dataclass(frozen=True)
class CrisisResult:
    """What the detector read. `crisis` is true for both tiers."""

    crisis: bool
    category: Category | None = None
    level: Level | None = None
    at_risk: AtRisk | None = None
    immediacy: Immediacy | None = None
    reason: str | None = None

    @property
    def domestic(self) -> bool:
        return self.category == "domestic_violence"


NO_CRISIS = CrisisResult(False)


def result(category: Category, level: Level, reason: str, now: bool = False, other: bool = False) -> CrisisResult:
    """A finding of `category`; `other` when it is about someone else though the category is the writer's own
    (a sister hit by her husband)."""
    kind = TAXONOMY[category]
    immediacy: Immediacy = "now" if now else kind.immediacy
    return CrisisResult(True, category, level, "other" if other else kind.at_risk, immediacy, reason)
