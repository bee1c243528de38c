"""A preview conversation written as a conversation test (the YAML `entraide test` reads), for a new file
under flows/tests/ or appended to one: what was sent each turn, and what the bot did then as expectations
(where it stood, the buttons it offered, the start of what it said, the slots it filled, a crisis answer,
resources referred, the end)."""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bot.console.preview import Said
from bot.engine.state import SessionState
from bot.nlu.normalise import tokens

TESTS_DIR = "flows/tests/"
_NEW_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}$")
_ITEM = re.compile(r"^( *)- ", re.M)
SNIPPET_WORDS = 8


class NotWritten(ValueError):
    """The test cannot be written as asked: `key` names the console's sentence (knowledge/console.yaml,
    `console_test_<key>`) saying why, about `path`."""

    def __init__(self, key: str, path: str):
        super().__init__(f"{path}: {key}")
        self.key = key
        self.path = path


def new_path(name: str) -> str:
    """`flows/tests/<name>.yaml` for a plain lower-case name, else NotWritten."""
    stem = name.strip().removesuffix(".yaml").removesuffix(".yml")
    if not _NEW_NAME.match(stem):
        raise NotWritten("bad_name", name)
    return f"{TESTS_DIR}{stem}.yaml"


def _snippet(text: str) -> str:
    """The first words of a message, whole words only (a test matches them without case or accents)."""
    first = " ".join(text.split("\n", 1)[0].split()[:SNIPPET_WORDS]).rstrip(",;:")
    return first if tokens(first) else ""


def _flow(items: dict[str, Any] | list[Any]) -> CommentedMap | CommentedSeq:
    """On one line (`[a, b]`, `{k: v}`), as the hand-written tests write their expectations."""
    m = CommentedMap(items) if isinstance(items, dict) else CommentedSeq(items)
    m.fa.set_flow_style()
    return m


def expectations(said: Said, before: SessionState) -> dict[str, Any]:
    """What this turn did, as `expect:` keys (bot.engine.conversation_tests checks each)."""
    msgs, after = said.messages, said.state
    expect: dict[str, Any] = {}
    last = msgs[-1].meta if msgs else None
    if last and last.flow:
        expect["flow"] = last.flow
    if last and last.step:
        expect["step"] = last.step
    if "start" in said.step or after.lang != before.lang:
        expect["lang"] = after.lang
    said_first = next((_snippet(m.text) for m in msgs if _snippet(m.text)), "")
    if said_first:
        expect["says"] = _flow([said_first])
    buttons = [b.payload for m in msgs for b in m.buttons]
    if buttons:
        expect["buttons"] = _flow(buttons)
    slots: dict[str, str | None] = {k: v for k, v in after.slots.items() if before.slots.get(k) != v}
    slots.update({k: None for k in before.slots if k not in after.slots})  # emptied: `null` in the test
    if slots:
        expect["slots"] = _flow(dict(sorted(slots.items())))
    resources = [r for m in msgs for r in m.meta.resources]
    if resources:
        expect["resources"] = _flow(resources)
    if any(m.meta.crisis for m in msgs):
        expect["crisis"] = True
    if after.status == "ended":
        expect["ended"] = True
    return expect


def as_test(name: str, turns: Sequence[Said]) -> CommentedMap:
    """One `- name: … steps: …` item replaying `turns` from a fresh conversation."""
    steps = CommentedSeq()
    before = SessionState()
    for said in turns:
        step = CommentedMap(said.step)
        expect = expectations(said, before)
        if expect:
            step["expect"] = CommentedMap(expect)
        steps.append(step)
        before = said.state
    return CommentedMap({"name": name, "steps": steps})


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096  # an expectation stays on its line
    return y


def _dump(data: Any) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def _plain(data: Any) -> Any:
    """Comparable data (ruamel's maps and lists as dicts and lists)."""
    if isinstance(data, dict):
        return {str(k): _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def _tests_of(text: str, path: str) -> list[Any]:
    try:
        data = _yaml().load(text)
    except Exception as e:  # noqa: BLE001 - a coordinator's broken file: say so, do not crash
        raise NotWritten("unreadable", path) from e
    tests = data.get("tests") if isinstance(data, dict) else None
    if not isinstance(tests, list):
        raise NotWritten("no_list", path)
    return tests


def new_file(item: CommentedMap) -> str:
    """A new test file's text holding the one test."""
    head = "# Saved from the console's preview (bot/console/test_writer.py); edit freely.\n"
    return head + _dump(CommentedMap({"tests": CommentedSeq([item])}))


def appended(text: str, item: CommentedMap, path: str) -> str:
    """`text` with the test added at the end of its `tests:` list, its comments and layout kept. Checked by
    reading it back (the new test, and the old ones unchanged): when the file's layout does not allow a plain
    append, NotWritten says so."""
    before = _tests_of(text, path)
    block = textwrap.dedent(_dump(CommentedSeq([item])))  # "- name: …" at column 0
    items = _ITEM.findall(text.split("tests:", 1)[1]) if "tests:" in text else []
    indent = items[0] if items else "  "
    lines = [indent + ln if ln.strip() else ln for ln in block.splitlines()]
    result = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    try:
        after = _tests_of(result, path)
    except NotWritten as e:
        raise NotWritten("layout", path) from e
    if len(after) != len(before) + 1 or _plain(after[-1]) != _plain(item) or _plain(after[:-1]) != _plain(before):
        raise NotWritten("layout", path)  # the new test as written, and every test before it unchanged
    return result
