"""Meaning checks over loaded flows and knowledge: what a schema cannot see.

Each problem names the file and line and says how to fix it; `entraide validate` prints
them and exits 1 on any error. The bot refuses to start on the same errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.engine.model import END, Flow, FlowSet, Step
from bot.engine.steps import REGISTRY
from bot.errors import Problem
from bot.knowledge.model import (
    CRISIS_NUMBERS,
    REQUIRED_MESSAGES,
    REQUIRED_RESOURCES,
    Knowledge,
    Required,
    Resource,
)
from bot.nlu.diagnosis import labels_person
from bot.text import Text

THEME_IDS = ("civility", "addiction", "youth_distress", "grief", "work_mental_health",
             "violence_harassment", "domestic_violence", "return_to_work")
BUILTIN_SLOTS = frozenset({"lang", "nlu.theme", "nlu.intent", "theme_name", "workplace"})
DIALABLE = re.compile(r"^(\d{3}|1-\d{3}-\d{3}-\d{4}|\d{3}-\d{3}-\d{4})$")
_SMS = re.compile(r"^(\d{3,6}|\d{3}-\d{3}-\d{4})$")
ALWAYS_OPEN = re.compile(r"24\s*/\s*7|24\s*h(eures)?\s*(sur|/)\s*24|jour et nuit|day and night|around the clock", re.I)


@dataclass(frozen=True)
class _Ctx:
    flows: FlowSet
    knowledge: Knowledge
    slots: frozenset[str]
    called: frozenset[str]


def successors(flow: Flow, step: Step) -> list[str | None]:
    """Step ids reachable next; None means falling off the end of the flow."""
    return REGISTRY[step.kind].successors(flow, step)


def _defined_slots(flows: FlowSet) -> frozenset[str]:
    out: set[str] = set(BUILTIN_SLOTS)
    for f in flows.flows.values():
        for s in f.steps:
            if REGISTRY[s.kind].waits and s.slot:
                out.add(s.slot)
            out.update(k for k, _ in s.values)
    return frozenset(out)


def validate(flows: FlowSet, knowledge: Knowledge, max_age_days: int = 365, today: date | None = None) -> list[Problem]:
    called = frozenset(s.target for f in flows.flows.values() for s in f.steps if s.kind == "call" and s.target)
    ctx = _Ctx(flows, knowledge, _defined_slots(flows), called)
    problems: list[Problem] = []
    if flows.main not in flows.flows:
        problems.append(Problem(flows.files[0] if flows.files else "flows", 1,
                                f"the main flow `{flows.main}` is not defined; add it or change `main_flow` in config.yaml"))
    for f in flows.flows.values():
        problems.extend(_check_flow(ctx, f))
    problems.extend(_check_reachable_flows(flows))
    problems.extend(_check_call_cycles(flows))
    problems.extend(check_knowledge(knowledge, max_age_days, today or date.today()))
    problems.extend(_check_diagnosis(_flow_texts(flows) + _knowledge_texts(knowledge)))
    return problems


def _check_flow(ctx: _Ctx, f: Flow) -> Iterable[Problem]:
    ids = {s.id for s in f.steps}
    for s in f.steps:
        for target in successors(f, s):
            if target not in (None, END) and target not in ids:
                yield Problem(f.file, s.line, f"step `{s.id}` goes to unknown step `{target}` in flow `{f.id}`; use a step id of this flow or `end`")
        if isinstance(s.next, tuple):
            for b in s.next:
                if b.condition:
                    for name in b.condition.names() - ctx.slots:
                        yield Problem(f.file, b.line, f"condition uses `{name}`, which no step sets; check the spelling or add an ask/set for it")
        if REGISTRY[s.kind].flow_target and s.target not in ctx.flows.flows:
            yield Problem(f.file, s.line, f"step `{s.id}`: unknown flow `{s.target}`; defined flows: {', '.join(sorted(ctx.flows.flows))}")
        for rid in s.resources:
            r = ctx.knowledge.resources.get(rid)
            if r is None:
                yield Problem(f.file, s.line, f"step `{s.id}` refers to unknown resource `{rid}`; see `entraide resources` for the ids")
            elif r.only_in:
                yield Problem(f.file, s.line, f"step `{s.id}` refers to `{rid}`, which {r.file}:{r.line} keeps for "
                                              f"{', '.join(r.only_in)} (`only_in:`); refer to it through "
                                              "`refer: {theme_from: theme}` or an FAQ listed there")
        if s.resources_from and s.resources_from not in ctx.slots:
            yield Problem(f.file, s.line, f"step `{s.id}`: `theme_from: {s.resources_from}` names a slot no step sets")
        if s.kind == "answer":
            if s.target and s.target not in ctx.knowledge.faq:
                yield Problem(f.file, s.line, f"step `{s.id}` answers unknown FAQ `{s.target}`; FAQ ids are in knowledge/faq.yaml")
            if s.slot and s.slot not in ctx.slots:
                yield Problem(f.file, s.line, f"step `{s.id}`: `from: {s.slot}` names a slot no step sets")
        for t in (s.text, s.reprompt, *(b.label for b in s.buttons)):
            if t:
                for name in t.placeholders() - ctx.slots:
                    yield Problem(f.file, t.line or s.line, f"step `{s.id}`: placeholder {{{name}}} is not a slot any step sets")
    yield from _check_paths(ctx, f)


def flow_paths(f: Flow, called: bool) -> tuple[set[str], dict[str, Step]]:
    """The steps a person can reach from the flow's first step, and the steps after which a path stops with
    no referral or `end` (not a problem in a flow another one calls: the caller carries on)."""
    by_id = {s.id: s for s in f.steps}
    seen: set[tuple[str, bool]] = set()
    reached: set[str] = set()
    stack: list[tuple[str, bool]] = [(f.steps[0].id, False)] if f.steps else []
    dead_ends: dict[str, Step] = {}
    while stack:
        sid, referred = stack.pop()
        if (sid, referred) in seen or sid not in by_id:
            continue
        seen.add((sid, referred))
        reached.add(sid)
        s = by_id[sid]
        now = referred or REGISTRY[s.kind].refers
        for target in successors(f, s):
            if target is None:
                if not now and not called:
                    dead_ends[s.id] = s
            elif target != END:
                stack.append((target, now))
    return reached, dead_ends


def _check_paths(ctx: _Ctx, f: Flow) -> Iterable[Problem]:
    by_id = {s.id: s for s in f.steps}
    reached, dead_ends = flow_paths(f, f.id in ctx.called)
    for s in dead_ends.values():
        yield Problem(f.file, s.line, f"flow `{f.id}`: a path ends after step `{s.id}` without a referral or an `end`; add `next: end`, an `end:` step or a `refer:` step")
    for s in f.steps:
        if s.id not in reached:
            yield Problem(f.file, s.line, f"step `{s.id}` in flow `{f.id}` can never be reached; link to it with `next:` or remove it")
    yield from _check_spin(f, by_id)


def _check_spin(f: Flow, by_id: dict[str, Step]) -> Iterable[Problem]:
    """A loop with no question in it would make the bot talk forever."""
    color: dict[str, int] = {}

    def visit(sid: str, path: list[str]) -> str | None:
        color[sid] = 1
        s = by_id[sid]
        if not REGISTRY[s.kind].waits:
            for t in successors(f, s):
                if t in by_id:
                    if color.get(t) == 1:
                        return t
                    if color.get(t) is None:
                        found = visit(t, path + [t])
                        if found:
                            return found
        color[sid] = 2
        return None

    for s in f.steps:
        if s.id not in color:
            loop = visit(s.id, [s.id])
            if loop:
                yield Problem(f.file, by_id[loop].line, f"flow `{f.id}`: steps loop back to `{loop}` without asking anything; add an `ask` in the loop")
                return


def _check_reachable_flows(flows: FlowSet) -> Iterable[Problem]:
    if flows.main not in flows.flows:
        return
    reached = {flows.main}
    todo = [flows.main]
    while todo:
        f = flows.flows[todo.pop()]
        for s in f.steps:
            if REGISTRY[s.kind].flow_target and s.target in flows.flows and s.target not in reached:
                reached.add(s.target)
                todo.append(s.target)
    for f in flows.flows.values():
        if f.id not in reached:
            yield Problem(f.file, f.line, f"flow `{f.id}` is never linked or called from `{flows.main}`; link to it or remove it", "warning")


def _check_call_cycles(flows: FlowSet) -> Iterable[Problem]:
    edges = {f.id: {s.target for s in f.steps if s.kind == "call" and s.target} for f in flows.flows.values()}
    for start, f in flows.flows.items():
        todo, seen = list(edges.get(start, ())), set()
        while todo:
            cur = todo.pop()
            if cur == start:
                yield Problem(f.file, f.line, f"flow `{start}` calls itself through `call:`; use `link:` to move on instead")
                break
            if cur in seen:
                continue
            seen.add(cur)
            todo.extend(edges.get(cur, ()))


def check_knowledge(k: Knowledge, max_age_days: int, today: date) -> Iterable[Problem]:
    first = k.files[0] if k.files else "knowledge"
    for tid in THEME_IDS:
        if tid not in k.themes:
            yield Problem(first, 1, f"theme `{tid}` is missing; every one of the eight themes needs an entry")
    for t in k.themes.values():
        for rid in t.resources:
            if rid not in k.resources:
                yield Problem(t.file, t.line, f"theme `{t.id}` offers unknown resource `{rid}`; add it under `resources:` or fix the id")
        if not t.resources:
            yield Problem(t.file, t.line, f"theme `{t.id}` offers no resources; list at least one under `resources:`")
    yield from _check_situations(k)
    yield from _check_only_in(k)
    for q in k.faq.values():
        if not any(q.triggers.get(lg) for lg in ("fr", "en")):
            yield Problem(q.file, q.line, f"FAQ `{q.id}` has no trigger phrases; add `triggers:` with `fr:` and `en:` lists")
        for lg in ("fr", "en"):
            if q.triggers and not q.triggers.get(lg):
                yield Problem(q.file, q.line, f"FAQ `{q.id}` has no `{lg}` triggers; add some so it is found in both languages")
        for rid in q.resources:
            if rid not in k.resources:
                yield Problem(q.file, q.line, f"FAQ `{q.id}` refers to unknown resource `{rid}`")
    for r in k.resources.values():
        if r.from_config:
            continue
        if not r.source:
            yield Problem(r.file, r.line, f"resource `{r.id}` has no `source:`; add the URL where its number and hours were checked")
        if not r.verified_on:
            yield Problem(r.file, r.line, f"resource `{r.id}` has no `verified_on:`; add the date its details were checked (YYYY-MM-DD)")
        elif (today - r.verified_on).days > max_age_days:
            yield Problem(r.file, r.line, f"resource `{r.id}` was last verified on {r.verified_on}, over {max_age_days} days ago; check it again and update verified_on", "warning")
        yield from _check_source_date(r, max_age_days, today)
        if r.phone is not None and not DIALABLE.match(r.phone):
            yield Problem(r.file, r.line, f"resource `{r.id}`: phone {r.phone!r} is not dialable; write it like 1-866-277-3553, 514-527-2626 or 811")
        if r.sms is not None and not _SMS.match(r.sms):
            yield Problem(r.file, r.line, f"resource `{r.id}`: sms {r.sms!r} must be a short code (535353) or a number like 514-600-1002")
        if not (r.phone or r.sms or r.web or r.description):
            yield Problem(r.file, r.line, f"resource `{r.id}` has no phone, sms, web or description; say how to reach it")
        if r.hours and not r.always_open:
            for lg, text in r.hours.items():
                if ALWAYS_OPEN.search(text):
                    yield Problem(r.file, r.hours.line, f"resource `{r.id}`: hours ({lg}) say it is always open but `always_open` is not true; only say 24/7 where the facts sheet confirms it")
    for rid in REQUIRED_RESOURCES:
        if rid not in k.resources:
            yield Problem(first, 1, f"resource `{rid}` is missing; the safety layer offers it, so it cannot be removed")
    for mid in REQUIRED_MESSAGES:
        if mid not in k.messages:
            # Name the file that holds its siblings (peer_* in peer_messages.yaml), else any messages file.
            prefix = mid.split("_")[0] + "_"
            where = next((f for m, f in k.message_files.items() if m.startswith(prefix)),
                         next(iter(k.message_files.values()), first))
            yield Problem(where, 1, f"message `{mid}` is missing; the bot says it, so add it back under "
                                    "`messages:` with `fr:` and `en:` texts")
    for mid, req in CRISIS_NUMBERS.items():
        msg = k.messages.get(mid)
        if msg:
            yield from _check_numbers(k.message_files.get(mid, first), mid, msg, req)


def _check_source_date(r: Resource, max_age_days: int, today: date) -> Iterable[Problem]:
    """`verified_on` is when someone checked; `source_date` is how old the page they checked is."""
    if r.source_date is None:
        return
    published = r.source_date.start
    if published > today:
        yield Problem(r.file, r.line, f"resource `{r.id}`: source_date {r.source_date} is in the future; "
                                      "write the date the source was published")
    elif r.verified_on and published > r.verified_on:
        yield Problem(r.file, r.line, f"resource `{r.id}`: source_date {r.source_date} is after verified_on "
                                      f"{r.verified_on}; a source cannot be checked before it exists, fix one of them")
    elif (today - published).days > max_age_days:
        yield Problem(r.file, r.line, f"resource `{r.id}`: its source dates from {r.source_date}, over {max_age_days} "
                                      "days ago; find a newer page that confirms the number and hours, then update "
                                      "source, source_date and verified_on", "warning")


def _check_situations(k: Knowledge) -> Iterable[Problem]:
    seen: dict[str, str] = {}
    for t in k.themes.values():
        for s in t.situations:
            where = f"theme `{t.id}`, situation `{s.id}`"
            if s.id in k.themes or s.id in seen:
                other = "a theme" if s.id in k.themes else f"a situation of theme `{seen[s.id]}`"
                yield Problem(t.file, s.line, f"{where}: the id is already used by {other}; give it its own id "
                                              f"(e.g. {t.id}_{s.id})")
            seen.setdefault(s.id, t.id)
            for lg in ("fr", "en"):
                if not s.words.get(lg):
                    yield Problem(t.file, s.line, f"{where} has no `{lg}` words; list what people write for it under "
                                                  f"`words:` with `{lg}:`")
            if not s.resources:
                yield Problem(t.file, s.line, f"{where} offers no resources; list them under `resources:`, most "
                                              "fitting first")
            for rid in s.resources:
                if rid not in k.resources:
                    yield Problem(t.file, s.line, f"{where} offers unknown resource `{rid}`; add it under "
                                                  "`resources:` or fix the id")


def _check_only_in(k: Knowledge) -> Iterable[Problem]:
    """A line kept for some situations (sexual violence, gambling, youth) is offered nowhere else."""
    places: dict[str, tuple[str, int, str, tuple[str, ...]]] = {}
    for t in k.themes.values():
        places[t.id] = (t.file, t.line, f"theme `{t.id}`", t.resources)
        for s in t.situations:
            places[s.id] = (t.file, s.line, f"situation `{s.id}` of theme `{t.id}`", s.resources)
    for q in k.faq.values():
        places.setdefault(q.id, (q.file, q.line, f"FAQ `{q.id}`", q.resources))
    for r in k.resources.values():
        for pid in r.only_in:
            if pid not in places:
                yield Problem(r.file, r.line, f"resource `{r.id}`: only_in names `{pid}`, which is no theme, situation "
                                              "or FAQ id; fix the id or remove it")
    for pid, (file, ln, where, ids) in places.items():
        for rid in ids:
            kept = k.resources.get(rid)
            if kept is not None and kept.only_in and pid not in kept.only_in:
                yield Problem(file, ln, f"{where} offers `{rid}`, which {kept.file}:{kept.line} keeps for "
                                        f"{', '.join(kept.only_in)} (`only_in:`); take it out of this list, or add "
                                        f"`{pid}` to its only_in if it truly fits")


def _check_numbers(file: str, mid: str, msg: Text, req: Required) -> Iterable[Problem]:
    """A crisis message shows its lines in every language, first ones first where the order matters."""
    for lg, text in msg.items():
        digits = re.sub(r"[\s.\u00a0-]", "", text)
        where = [digits.find(n.replace("-", "")) for n in req.numbers]
        for n, at in zip(req.numbers, where, strict=True):
            if at < 0:
                yield Problem(file, msg.line, f"message `{mid}` ({lg}) must show {n}; the crisis lines cannot be removed")
        if req.ordered and all(at >= 0 for at in where) and where != sorted(where):
            yield Problem(file, msg.line, f"message `{mid}` ({lg}) must show {', then '.join(req.numbers)}, in that order; "
                                          "put them back in that order")


def _flow_texts(flows: FlowSet) -> list[tuple[str, int, str, Text]]:
    from bot.engine.loader import all_texts

    return all_texts(flows)


def _knowledge_texts(k: Knowledge) -> list[tuple[str, int, str, Text]]:
    out: list[tuple[str, int, str, Text]] = []
    for t in k.themes.values():
        out += [(t.file, x.line or t.line, f"theme `{t.id}`", x) for x in (t.name, t.description, t.listening)]
    for r in k.resources.values():
        out += [(r.file, x.line or r.line, f"resource `{r.id}`", x) for x in (r.name, r.description, r.for_whom, r.hours) if x]
    for q in k.faq.values():
        out += [(q.file, x.line or q.line, f"FAQ `{q.id}`", x) for x in (q.question, q.answer)]
    for mid, x in k.messages.items():
        out.append((k.message_files.get(mid, "knowledge"), x.line, f"message `{mid}`", x))
    return out


def _check_diagnosis(texts: list[tuple[str, int, str, Text]]) -> Iterable[Problem]:
    for file, ln, where, t in texts:
        for lg, s in t.items():
            hit = labels_person(s)
            if hit:
                yield Problem(file, ln, f"{where} ({lg}) puts a label on the person (\"{hit}\"); the bot never diagnoses: describe what they shared, not what they have")
