"""Which of the eight themes a worker's words point to: the knowledge lexicons, and the coordinators' examples.

It names a topic to offer help about, never a condition: the result picks resources and a
listening line. Three outcomes, so the bot never guesses where a person would rather be asked:
- decided: one theme stands clear of the others (`theme` set, `close` None);
- close call: two themes are near each other, the bot asks which fits (`close` names both);
- nothing near: neither the words nor the examples point anywhere (`theme` None), the bot shows the list.

With the embedding model (bot.nlu.theme_examples), each theme scores the nearness of the message to
its examples plus a bonus for each lexicon word found, up to three: three words of one theme add more
than twice the deciding margin, so the lexicon wins unless the examples clearly point elsewhere; in a
message of three words or fewer the lexicon decides alone; and the model decides for the words no
list foresaw. A message of several sentences is as near a theme as its nearest sentence, so the
sentences around it ("long week, sick kids, I don't know where to start") do not drown what it says;
but when the message read whole settles on another theme than its nearest sentence does, it speaks
of two things ("my teen stopped eating. I work nights and barely see him"), and the bot asks which
rather than bet on one sentence.
Without the model (ENTRAIDE_EMBEDDINGS=off, or no examples), the
lexicon alone decides, and two themes within CLOSE_RATIO of each other make a close call.
The weights below were fixed on the dev splits by bench/tune_themes.py, never on the test split.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from bot.knowledge.model import NO_THEME, Knowledge
from bot.nlu.crisis_neighbours import for_model
from bot.nlu.embedding import Vectors, embedder, sentences
from bot.nlu.normalise import tokens
from bot.nlu.phrases import PhraseIndex
from bot.nlu.theme_examples import ExampleSpace, space_for

CLOSE_RATIO = 0.75  # rules alone: a second theme at 75% of the first's score is a close call
RULE_WEIGHT = 0.03  # nearness added per lexicon word found, up to RULE_CAP words
RULE_CAP = 3.0
DECIDE_MARGIN = 0.045  # the best theme must lead the next (theme or `none`) by this much to be decided
# In a message this short the model sees little more than "a short message": the lexicon decides alone.
SHORT_WORDS = 3

# (by the nearest sentence, of the message whole): the second is None for a message of one sentence.
Nearness = tuple[dict[str, float], dict[str, float] | None]


@dataclass(frozen=True)
class ThemeResult:
    theme: str | None
    scores: dict[str, float]  # the lexicon's: words found per theme, as the clarify answer reads them
    close: tuple[str, str] | None = None
    nearness: dict[str, float] = field(default_factory=dict)  # per theme and `none`; empty without the model

    @property
    def decided(self) -> bool:
        return self.theme is not None and self.close is None


def by_rules(scores: dict[str, float]) -> ThemeResult:
    """The lexicon alone: the best-scoring theme, or a close call when the next is within CLOSE_RATIO."""
    if not scores:
        return ThemeResult(None, {})
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    close = None
    if len(ranked) > 1 and ranked[1][1] >= top * CLOSE_RATIO:
        close = (best, ranked[1][0])
    return ThemeResult(best, dict(ranked), close)


def combine(nearness: dict[str, float], scores: dict[str, float], words: int, weight: float = RULE_WEIGHT,
            margin: float = DECIDE_MARGIN, short: int = SHORT_WORDS,
            whole: dict[str, float] | None = None) -> ThemeResult:
    """Examples and lexicon together; pure, so bench/tune_themes.py can try other weights on the same vectors.

    `nearness` is the message's, or its nearest sentence's when it has several; then `whole` is the
    nearness of the message read whole, and a decision must hold for both readings."""
    rules = dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
    if rules and words <= short:
        return replace(by_rules(rules), nearness=nearness)  # "deuil", "conflict and grief": the words say it
    got = _decide(nearness, rules, weight, margin)
    if whole is None or got.theme is None or got.close is not None:
        return got
    read_whole = _decide(whole, rules, weight, margin)
    if read_whole.theme == got.theme:
        return got
    # One sentence says one thing, the message another: ask with both (the sentence's first). Asked
    # even when the whole only leans elsewhere: on new authors' long messages, the nearest sentence
    # alone was the commonest wrong answer (bench/themes.py, dev_h).
    other = read_whole.theme or _runner_up(nearness, got.theme)
    return replace(got, close=(got.theme, other)) if other else got


def _runner_up(nearness: dict[str, float], best: str) -> str | None:
    rest = [label for label in nearness if label not in (best, NO_THEME)]
    return min(rest, key=lambda label: (-nearness[label], label)) if rest else None


def _decide(nearness: dict[str, float], rules: dict[str, float], weight: float, margin: float) -> ThemeResult:
    # A theme with words but no examples yet (a coordinator's new theme) starts where "nothing" is.
    base = nearness.get(NO_THEME, min(nearness.values()))
    total = {label: nearness.get(label, base) + weight * min(rules.get(label, 0.0), RULE_CAP)
             for label in {**nearness, **rules}}
    ranked = sorted(total, key=lambda label: (-total[label], label))
    best = ranked[0]
    if best == NO_THEME:
        return ThemeResult(None, rules, None, nearness)
    second = ranked[1] if len(ranked) > 1 else None
    if second is None or total[best] - total[second] >= margin:
        return ThemeResult(best, rules, None, nearness)
    if second == NO_THEME:
        return ThemeResult(None, rules, None, nearness)  # barely above "nothing": the list reads better than a guess
    return ThemeResult(best, rules, (best, second), nearness)


def nearness_of(space: ExampleSpace, whole: Vectors, parts: Vectors | None = None) -> dict[str, float]:
    """Per label, the nearness of the message, or of its nearest sentence when it has several."""
    near = space.place(whole)
    for v in parts if parts is not None else ():
        near = np.maximum(near, space.place(v))
    return {label: float(x) for label, x in zip(space.labels, near, strict=True)}


def two_readings(space: ExampleSpace, whole: Vectors, parts: Vectors | None = None) -> Nearness:
    """The nearness `combine` reads: by the nearest sentence, and of the message whole when it has several."""
    return nearness_of(space, whole, parts), (nearness_of(space, whole) if parts is not None else None)


class ThemeMatcher:
    def __init__(self, knowledge: Knowledge, examples: bool = True):
        self.index = PhraseIndex({t.id: [w for ws in t.words.values() for w in ws] for t in knowledge.themes.values()})
        self.space: ExampleSpace | None = space_for(knowledge.examples, tuple(knowledge.themes)) if examples else None

    def readings(self, text: str) -> Nearness | None:
        """Per theme (and `none`), how near the message is to its examples (see `two_readings`); None without the model."""
        model = embedder()
        if self.space is None or model is None or not tokens(text):
            return None
        seen = for_model(text)
        whole = model.encode([seen])[0]  # the model reads the sentences too, in the same call
        parts = sentences(seen)
        return two_readings(self.space, whole, model.encode(parts) if parts else None)

    def match(self, text: str) -> ThemeResult:
        scores = self.index.scores(text)
        if scores and len(tokens(text)) <= SHORT_WORDS:
            return by_rules(scores)  # "deuil": the words decide, so the model is not run for them
        read = self.readings(text)
        if read is None:
            return by_rules(scores)
        return combine(read[0], scores, len(tokens(text)), whole=read[1])

    def match_many(self, texts: list[str]) -> list[ThemeResult]:
        """`match` for many messages, the model reading them in batches (benchmarks, reports)."""
        model = embedder()
        if self.space is None or model is None:
            return [self.match(t) for t in texts]
        readable = [i for i, t in enumerate(texts) if tokens(t)]
        seen = {i: for_model(texts[i]) for i in readable}
        parts = {i: sentences(seen[i]) for i in readable}
        flat = [p for i in readable for p in parts[i]]
        wholes = model.encode([seen[i] for i in readable]) if readable else np.zeros((0, 1), dtype=np.float32)
        part_vectors = iter(model.encode(flat)) if flat else iter(())
        out = [by_rules(self.index.scores(t)) for t in texts]
        for i, whole in zip(readable, wholes, strict=True):
            mine = np.stack([next(part_vectors) for _ in parts[i]]) if parts[i] else None
            near, as_one = two_readings(self.space, whole, mine)
            out[i] = combine(near, self.index.scores(texts[i]), len(tokens(texts[i])), whole=as_one)
        return out
