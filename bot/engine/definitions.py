"""Everything the interpreter reads, loaded and validated once, then shared by every turn."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bot.config import Config, Organisation
from bot.engine.loader import load_flows
from bot.engine.model import ButtonDef, FlowSet
from bot.engine.regions import check_regions
from bot.engine.validator import validate
from bot.errors import FlowError, Problem
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import Knowledge
from bot.knowledge.situations import SituationMatcher
from bot.nlu.normalise import normalise
from bot.nlu.phrases import PhraseIndex
from bot.nlu.themes import ThemeMatcher
from bot.text import Text
from bot.types import Lang


@dataclass(frozen=True)
class Definitions:
    flows: FlowSet
    knowledge: Knowledge
    org: Organisation
    languages: tuple[Lang, ...]
    default_lang: Lang
    idle_seconds: float
    max_chars: int
    themes: ThemeMatcher
    situations: SituationMatcher
    faq: PhraseIndex
    use_lexicon: bool = True


def check(flows_dir: Path, knowledge_dir: Path, main: str = "main", max_age_days: int = 365,
          root: Path | None = None, today: date | None = None,
          config_file: Path | None = None) -> tuple[FlowSet, Knowledge, list[Problem]]:
    """Load and check both folders (and the region labels of `config_file`); return every problem found."""
    knowledge, kp = load_knowledge(knowledge_dir, root)
    flows, fp = load_flows(flows_dir, main, root)
    problems = fp + kp
    if not any(p.severity == "error" for p in problems):
        problems += validate(flows, knowledge, max_age_days, today)
    if config_file is not None:
        problems += check_regions(config_file, root)
    return flows, knowledge, problems


def expand_buttons(flows: FlowSet, org: Organisation) -> FlowSet:
    """`buttons_from: regions` becomes one button per configured region, before the step's own."""
    regions = tuple(ButtonDef(r.id, Text(r.name, r.name), (normalise(r.name), r.id.replace("_", " ")))
                    for r in org.regions)
    out = {}
    for fid, flow in flows.flows.items():
        steps = tuple(replace(st, buttons=regions + st.buttons) if st.buttons_from == "regions" else st
                      for st in flow.steps)
        out[fid] = replace(flow, steps=steps)
    return replace(flows, flows=out)


def build(flows: FlowSet, knowledge: Knowledge, config: Config) -> Definitions:
    s = config.settings
    return Definitions(
        flows=expand_buttons(flows, s.organisation),
        knowledge=knowledge,
        org=s.organisation,
        languages=tuple(s.languages),
        default_lang=s.default_language if s.default_language in s.languages else s.languages[0],
        idle_seconds=s.session.idle_minutes * 60.0,
        max_chars=s.session.max_message_chars,
        themes=ThemeMatcher(knowledge),
        situations=SituationMatcher(knowledge),
        faq=PhraseIndex({q.id: [w for ws in q.triggers.values() for w in ws] for q in knowledge.faq.values()}),
        use_lexicon=s.language_detector == "lexicon+langdetect",
    )


def load_definitions(config: Config) -> Definitions:
    """Load, check and build; refuse to run on any error (warnings are logged by the caller)."""
    s = config.settings
    flows, knowledge, problems = check(config.flows_dir, config.knowledge_dir, s.main_flow,
                                       s.knowledge.max_age_days, config.root)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise FlowError(errors)
    return build(flows, knowledge, config)
