"""Read knowledge/*.yaml into immutable definitions, reporting every mistake with file:line."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from bot.errors import KnowledgeError, Problem
from bot.knowledge.examples import check_examples, parse_examples
from bot.knowledge.model import ORG_RESOURCES, Example, Faq, Knowledge, Resource, Situation, SourceDate, Theme
from bot.text import Text, parse_text
from bot.yamlio import Source, line, load, yaml_files

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SECTIONS = ("themes", "resources", "faq", "messages", "examples")


def _words(src: Source, node: Any, at: int, what: str) -> dict[str, tuple[str, ...]]:
    if node is None:
        return {}
    if not isinstance(node, Mapping):
        src.error(at, f"{what} must be a mapping with `fr:` and `en:` lists")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for lg in ("fr", "en"):
        items = node.get(lg)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            src.error(line(node, lg, at), f"{what}.{lg} must be a list of words or phrases")
            continue
        out[lg] = tuple(str(i) for i in items)
    for k in node:
        if k not in ("fr", "en"):
            src.error(line(node, k, at), f"{what} has an unknown language `{k}`; use `fr` and `en`")
    return out


def _ids(src: Source, node: Any, at: int, what: str, example: str = "[eap, info_social_811]") -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, list) or not all(isinstance(i, str) for i in node):
        src.error(at, f"{what} must be a list of ids, e.g. {example}")
        return ()
    return tuple(node)


def _opt_text(src: Source, node: Mapping[str, Any], key: str, at: int, what: str) -> Text | None:
    return parse_text(src, node[key], line(node, key, at), what) if key in node else None


def _check_keys(src: Source, node: Mapping[str, Any], allowed: set[str], at: int, what: str) -> None:
    for k in node:
        if k not in allowed:
            src.error(line(node, k, at), f"{what}: unknown key `{k}`; allowed: {', '.join(sorted(allowed))}")


def _situations(src: Source, node: Any, at: int, theme: str) -> tuple[Situation, ...]:
    if node is None:
        return ()
    if not isinstance(node, list):
        src.error(at, f"theme `{theme}` situations: must be a list of `- id: ...` with `words:` and `resources:`")
        return ()
    out: list[Situation] = []
    for i, item in enumerate(node):
        sl = line(node, i, at)
        sid = item.get("id") if isinstance(item, Mapping) else None
        if not isinstance(item, Mapping) or not isinstance(sid, str) or not _ID.match(sid):
            src.error(sl, f"theme `{theme}`: each situation needs an `id:` of lower-case letters, digits and _ "
                          "(e.g. grief_suicide)")
            continue
        what = f"situation `{sid}`"
        _check_keys(src, item, {"id", "words", "resources"}, sl, what)
        words = _words(src, item.get("words"), line(item, "words", sl), f"{what} words")
        resources = _ids(src, item.get("resources"), line(item, "resources", sl), f"{what} resources")
        out.append(Situation(sid, sl, words, resources))
    return tuple(out)


def _theme(src: Source, node: Mapping[str, Any], at: int) -> Theme | None:
    tid = node.get("id")
    what = f"theme `{tid}`"
    _check_keys(src, node, {"id", "name", "description", "words", "listening", "resources", "situations"}, at, what)
    name = _opt_text(src, node, "name", at, f"{what} name")
    desc = _opt_text(src, node, "description", at, f"{what} description")
    listening = _opt_text(src, node, "listening", at, f"{what} listening line")
    for key in ("name", "description", "listening"):
        if key not in node:
            src.error(at, f"{what} has no `{key}:`; add it in French and English")
    if not (isinstance(tid, str) and name and desc and listening):
        return None
    words = _words(src, node.get("words"), line(node, "words", at), f"{what} words")
    if not words:
        src.error(at, f"{what} has no `words:`; list the words that point to it in `fr:` and `en:`")
    resources = _ids(src, node.get("resources"), line(node, "resources", at), f"{what} resources")
    situations = _situations(src, node.get("situations"), line(node, "situations", at), tid)
    return Theme(tid, name, desc, listening, at, words, resources, situations, src.display)


def _date(src: Source, value: Any, at: int, what: str) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    src.error(at, f"{what}: verified_on must be a date like 2026-11-01; got {value!r}")
    return None


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def _source_date(src: Source, value: Any, at: int, what: str) -> SourceDate | None:
    """The source's own date; a year (2018) or a month (2021-10) alone counts from its first day."""
    m = _PARTIAL.match(str(value)) if isinstance(value, int | str) and not isinstance(value, bool) else None
    if m and 1 <= int(m.group(2) or 1) <= 12:
        return SourceDate(str(value), date(int(m.group(1)), int(m.group(2) or 1), 1))
    if isinstance(value, date):
        return SourceDate(value.isoformat(), value)
    if isinstance(value, str) and not m:
        try:
            return SourceDate(value, date.fromisoformat(value))
        except ValueError:
            pass
    src.error(at, f"{what}: source_date must be a date like 2021-10-21, a month like 2021-10 or a year like 2018; "
                  f"got {value!r}")
    return None


def _resource(src: Source, node: Mapping[str, Any], at: int) -> Resource | None:
    rid = node.get("id")
    what = f"resource `{rid}`"
    allowed = {"id", "name", "description", "phone", "sms", "web", "hours", "always_open", "for_whom",
               "languages", "anonymous", "source", "verified_on", "source_date", "from_config", "enabled", "only_in"}
    _check_keys(src, node, allowed, at, what)
    if "name" not in node:
        src.error(at, f"{what} has no `name:`; add it in French and English")
        return None
    name = _opt_text(src, node, "name", at, f"{what} name")
    if not (isinstance(rid, str) and name):
        return None
    verified = _date(src, node["verified_on"], line(node, "verified_on", at), what) if "verified_on" in node else None
    dated = _source_date(src, node["source_date"], line(node, "source_date", at), what) if "source_date" in node else None
    langs = node.get("languages") or []
    for key in ("phone", "sms", "web", "source", "from_config"):
        if key in node and node[key] is not None and not isinstance(node[key], str | int):
            src.error(line(node, key, at), f"{what}: `{key}` must be text; put it in quotes")
    return Resource(
        id=rid,
        name=name,
        line=at,
        description=_opt_text(src, node, "description", at, f"{what} description"),
        phone=str(node["phone"]) if node.get("phone") is not None else None,
        sms=str(node["sms"]) if node.get("sms") is not None else None,
        web=str(node["web"]) if node.get("web") else None,
        hours=_opt_text(src, node, "hours", at, f"{what} hours"),
        always_open=bool(node.get("always_open", False)),
        for_whom=_opt_text(src, node, "for_whom", at, f"{what} for_whom"),
        languages=tuple(str(x) for x in langs),
        anonymous=node.get("anonymous"),
        source=str(node["source"]) if node.get("source") else None,
        verified_on=verified,
        source_date=dated,
        from_config=str(node["from_config"]) if node.get("from_config") else None,
        enabled=bool(node.get("enabled", True)),
        only_in=_ids(src, node.get("only_in"), line(node, "only_in", at), f"{what} only_in", "[grief_suicide, youth_distress]"),
        file=src.display,
    )


def _faq(src: Source, node: Mapping[str, Any], at: int) -> Faq | None:
    fid = node.get("id")
    what = f"FAQ `{fid}`"
    _check_keys(src, node, {"id", "question", "answer", "triggers", "resources"}, at, what)
    q = _opt_text(src, node, "question", at, f"{what} question")
    a = _opt_text(src, node, "answer", at, f"{what} answer")
    for key in ("question", "answer"):
        if key not in node:
            src.error(at, f"{what} has no `{key}:`; add it in French and English")
    if not (isinstance(fid, str) and q and a):
        return None
    trig = _words(src, node.get("triggers"), line(node, "triggers", at), f"{what} triggers")
    resources = _ids(src, node.get("resources"), line(node, "resources", at), f"{what} resources")
    return Faq(fid, q, a, at, trig, resources, src.display)


def load_knowledge(directory: Path, root: Path | None = None) -> tuple[Knowledge, list[Problem]]:
    """Parse every file; return what could be read and every problem found (schema level)."""
    problems: list[Problem] = []
    themes: dict[str, Theme] = {}
    resources: dict[str, Resource] = {}
    faq: dict[str, Faq] = {}
    messages: dict[str, Text] = {}
    message_files: dict[str, str] = {}
    examples: list[Example] = []
    files: list[str] = []
    if not directory.is_dir():
        problems.append(Problem(str(directory), 1, "knowledge folder not found; check `knowledge_dir` in config.yaml"))
        return Knowledge({}, {}, {}, {}), problems
    seen: dict[str, tuple[str, int]] = {}
    for path in yaml_files(directory):
        src, data = load(path, root)
        files.append(src.display)
        if data is None:
            problems.extend(src.problems)
            continue
        if not isinstance(data, Mapping):
            src.error(1, f"the top level must be a mapping with some of: {', '.join(_SECTIONS)}")
            problems.extend(src.problems)
            continue
        for key in data:
            if key not in _SECTIONS:
                src.error(line(data, key), f"unknown section `{key}`; allowed: {', '.join(_SECTIONS)}")
        sections: list[tuple[str, Callable[[Source, Mapping[str, Any], int], Any], dict[str, Any]]] = [
            ("themes", _theme, themes), ("resources", _resource, resources), ("faq", _faq, faq)]
        for section, parse, target in sections:
            items = data.get(section)
            if items is None:
                continue
            if not isinstance(items, list):
                src.error(line(data, section), f"`{section}:` must be a list of entries starting with `- id: ...`")
                continue
            for i, node in enumerate(items):
                at = line(items, i)
                if not isinstance(node, Mapping) or not isinstance(node.get("id"), str):
                    src.error(at, f"each entry of `{section}:` needs an `id:`")
                    continue
                if not _ID.match(node["id"]):
                    src.error(at, f"id `{node['id']}` must be lower-case letters, digits and _ (e.g. grief_line)")
                key = f"{section}:{node['id']}"
                if key in seen:
                    f0, l0 = seen[key]
                    src.error(at, f"duplicate {section[:-1] if section != 'faq' else 'FAQ'} id `{node['id']}` (first defined at {f0}:{l0}); rename one")
                    continue
                seen[key] = (src.display, at)
                obj = parse(src, node, at)
                if obj is not None:
                    target[node["id"]] = obj
        if "examples" in data:
            examples += parse_examples(src, data["examples"], line(data, "examples"))
        msgs = data.get("messages")
        if msgs is not None:
            if not isinstance(msgs, Mapping):
                src.error(line(data, "messages"), "`messages:` must map a message id to its `fr:`/`en:` text")
            else:
                for mid, node in msgs.items():
                    at = line(msgs, mid)
                    if mid in messages:
                        src.error(at, f"duplicate message id `{mid}`; keep one")
                        continue
                    t = parse_text(src, node, at, f"message `{mid}`")
                    if t:
                        messages[str(mid)] = t
                        message_files[str(mid)] = src.display
        problems.extend(src.problems)
    for r in resources.values():
        if r.from_config and r.from_config not in ORG_RESOURCES:
            problems.append(Problem(r.file, r.line, f"resource `{r.id}`: from_config must be one of {', '.join(ORG_RESOURCES)}"))
    if themes:  # without themes (a file that did not load), every example would look unknown
        problems += check_examples(examples, themes)
    return Knowledge(themes, resources, faq, messages, tuple(files), message_files, tuple(examples)), problems


def load_knowledge_or_raise(directory: Path, root: Path | None = None) -> Knowledge:
    k, problems = load_knowledge(directory, root)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise KnowledgeError(errors)
    return k
