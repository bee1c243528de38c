"""Change one value of a YAML file and leave every other byte as it was (comments, order, quoting, blank
lines), for the console's forms.

ruamel.yaml composes the file with each node's exact start and end; the new value is written in place of
the old one's characters (in the old one's style where that is safe: double, single quoted or folded),
and a missing key gets a line of its own under its siblings. Every edit is then checked by loading both
texts: the new file must hold exactly the old data with that one change, else the edit is refused
(EditError) and nothing is saved.

    new = set_value(text, ("messages", "welcome"), "fr", "Allô!")
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Key = str | int
Pointer = tuple[Key, ...]
LANGS = ("fr", "en")
NULL = "tag:yaml.org,2002:null"
_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./:?=&%+~@-]*$")
WIDTH = 110  # a folded text is wrapped like the files' own (about 110 columns)


class EditError(Exception):
    """The change cannot be written safely; the form says so and the YAML editor remains."""


@dataclass(frozen=True)
class Raw:
    """A value written as YAML as is (a date, a `{fr: ..., en: ...}` mapping), not as a quoted string."""

    yaml: str


Value = str | Raw | None  # None: remove the key


@dataclass(frozen=True)
class Found:
    """A bilingual text: the mapping at `at` has an `fr:` and/or an `en:` string (None: missing or null)."""

    at: Pointer
    line: int
    fr: str | None
    en: str | None
    label: str

    def get(self, lang: str) -> str | None:
        return self.fr if lang == "fr" else self.en


def pointer_text(at: Pointer) -> str:
    """`("flows", "main", "steps", 0, "ask")` → `flows/main/steps/0/ask` (`/` and `~` escaped as in JSON Pointer)."""
    return "/".join(str(k).replace("~", "~0").replace("/", "~1") for k in at)


def parse_pointer(text: str) -> Pointer:
    """The inverse of pointer_text; only ASCII digits make an index (`²` passes isdigit(), not int())."""
    return tuple(int(s) if s.isascii() and s.isdigit() else s.replace("~1", "/").replace("~0", "~")
                 for s in text.split("/") if s)


def compose(text: str) -> Node | None:
    try:
        node = YAML(typ="rt").compose(text)
    except YAMLError:
        return None
    return node if isinstance(node, Node) else None


def _load(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


def scalar(node: Node) -> str | None:
    """A scalar's text (a plain `911` or `2026-11-23` too); None for null or a collection."""
    if not isinstance(node, ScalarNode) or str(node.tag) == NULL:
        return None
    return str(node.value).replace("\a", "") if node.style == ">" else str(node.value)  # \a: ruamel's fold marks


def child(node: Node, key: Key) -> tuple[ScalarNode, Node] | None:
    """A mapping's (key node, value node) for `key`."""
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return k, v
    return None


def node_at(root: Node | None, at: Pointer) -> Node | None:
    node = root
    for key in at:
        if isinstance(node, SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            node = node.value[key]
        elif isinstance(node, MappingNode) and (kv := child(node, str(key))) is not None:
            node = kv[1]
        else:
            return None
    return node


def _item_name(node: Node, index: int) -> str:
    for key in ("id", "payload"):
        kv = child(node, key)
        if kv is not None and scalar(kv[1]):
            return str(scalar(kv[1]))
    return f"#{index + 1}"


def _is_text(node: Node) -> bool:
    langs = [v for k, v in node.value if isinstance(k, ScalarNode) and k.value in LANGS] \
        if isinstance(node, MappingNode) else []
    return bool(langs) and all(isinstance(v, ScalarNode) for v in langs)


def texts(text: str) -> list[Found]:
    """Every bilingual text of a file, in file order, with its line (the mapping's first line)."""
    root = compose(text)
    out: list[Found] = []

    def walk(node: Node, at: Pointer, names: tuple[str, ...]) -> Iterator[Found]:
        if isinstance(node, MappingNode):
            if _is_text(node):
                fr, en = (child(node, lg) for lg in LANGS)
                yield Found(at, node.start_mark.line + 1, scalar(fr[1]) if fr else None,
                            scalar(en[1]) if en else None, " › ".join(names))
            for k, v in node.value:
                if isinstance(k, ScalarNode) and k.value not in LANGS:
                    yield from walk(v, (*at, str(k.value)), (*names, str(k.value)))
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                yield from walk(item, (*at, i), (*names, _item_name(item, i)))

    if root is not None:
        out.extend(walk(root, (), ()))
    return out


def _content_end(text: str, node: Node) -> int:
    """Where a node's own characters end (a block scalar's span also holds the blank lines after it)."""
    if isinstance(node, ScalarNode):
        s, e = node.start_mark.index, node.end_mark.index
        return s + len(text[s:e].rstrip()) if node.style in ("|", ">") else e
    if isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        return _content_end(text, last[1] if isinstance(last, tuple) else last)
    return int(node.end_mark.index)


def _after_line(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _double(value: str) -> str:
    """A double-quoted YAML scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def _block(text: str, old: ScalarNode, value: str) -> str | None:
    """The same folded (>) or literal (|) block with the new words, at the old indentation; None if unsafe."""
    s = old.start_mark.index
    span = text[s:_content_end(text, old)]
    header, _, body = span.partition("\n")
    first = next((ln for ln in body.split("\n") if ln.strip()), "")
    indent = first[:len(first) - len(first.lstrip(" "))]
    if not indent or "#" in header:
        return None
    if old.style == ">":
        if "\n" in value or "  " in value or value != value.strip() or "\t" in value:
            return None
        lines = textwrap.wrap(value, WIDTH - len(indent), break_long_words=False, break_on_hyphens=False)
    else:
        lines = value.split("\n")
    return header + "\n" + "\n".join(indent + ln if ln else "" for ln in lines)


def render(text: str, old: Node | None, value: str | Raw) -> str:
    if isinstance(value, Raw):
        return value.yaml
    if isinstance(old, ScalarNode) and old.style in ("|", ">") and (block := _block(text, old, value)):
        return block
    if isinstance(old, ScalarNode) and old.style == "'" and "\n" not in value:
        return "'" + value.replace("'", "''") + "'"
    if isinstance(old, ScalarNode) and old.style is None and str(old.tag) != NULL and _PLAIN.match(value):
        return value  # a plain URL stays plain (set_value falls back to quotes if it would not read back)
    return _double(value)


def clean(value: str) -> str:
    """What a form field may put in a file: no control characters but new lines, Unix line ends."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in value if c in "\n\t" or unicodedata.category(c) != "Cc")


def _splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _edit(text: str, mapping: MappingNode, key: str, value: Value, order: Sequence[str]) -> str:
    kv = child(mapping, key)
    if kv is not None:
        k, v = kv
        if value is None:
            return _remove(text, mapping, k, v)
        if isinstance(v, ScalarNode) and str(v.tag) == NULL and v.start_mark.index >= k.end_mark.index:
            colon = text.find(":", k.end_mark.index)
            if colon < 0 or text[k.end_mark.index:colon].strip():
                raise EditError(f"`{key}:` has no value to replace")
            return _splice(text, colon + 1, colon + 1, " " + render(text, None, value))
        if not isinstance(v, ScalarNode) and not isinstance(value, Raw):
            raise EditError(f"`{key}:` is not a single value")
        return _splice(text, v.start_mark.index, _content_end(text, v), render(text, v, value))
    if value is None:
        return text
    return _insert(text, mapping, key, render(text, None, value), order)


def _insert(text: str, mapping: MappingNode, key: str, rendered: str, order: Sequence[str]) -> str:
    """A new `key: value` after the nearest sibling that comes before it in `order` (else after the last)."""
    keys = [k.value for k, _ in mapping.value if isinstance(k, ScalarNode)]
    if not keys:
        raise EditError("an empty mapping; use the YAML editor")
    before = order[:order.index(key)] if key in order else order
    previous = [i for i, name in enumerate(keys) if name in before]
    following = [i for i, name in enumerate(keys) if name in order and name not in before and name != key]
    if not previous and following:  # `fr:` goes above an `en:` that is there
        k = mapping.value[following[0]][0]
        if mapping.flow_style:
            return _splice(text, k.start_mark.index, k.start_mark.index, f"{key}: {rendered}, ")
        line_start = text.rfind("\n", 0, k.start_mark.index) + 1
        if text[line_start:k.start_mark.index].strip():
            raise EditError(f"`{k.value}:` shares its line with another key; use the YAML editor")
        return _splice(text, line_start, line_start, f"{' ' * k.start_mark.column}{key}: {rendered}\n")
    k, v = mapping.value[previous[-1] if previous else len(keys) - 1]
    if mapping.flow_style:
        return _splice(text, _content_end(text, v), _content_end(text, v), f", {key}: {rendered}")
    pos = _after_line(text, _content_end(text, v))
    indent = " " * k.start_mark.column
    prefix = "" if pos == 0 or text[pos - 1] == "\n" else "\n"
    return _splice(text, pos, pos, f"{prefix}{indent}{key}: {rendered}\n")


def _remove(text: str, mapping: MappingNode, k: ScalarNode, v: Node) -> str:
    keys = [kk for kk, _ in mapping.value]
    i = keys.index(k)
    if mapping.flow_style:
        if i > 0:
            return _splice(text, _content_end(text, mapping.value[i - 1][1]), _content_end(text, v), "")
        end = keys[1].start_mark.index if len(keys) > 1 else _content_end(text, v)
        return _splice(text, k.start_mark.index, end, "")
    line_start = text.rfind("\n", 0, k.start_mark.index) + 1
    if text[line_start:k.start_mark.index].strip():
        raise EditError(f"`{k.value}:` shares its line with another key; use the YAML editor")
    return _splice(text, line_start, _after_line(text, _content_end(text, v)), "")


def _expected(data: Any, at: Pointer, key: str, value: Value) -> Any:
    target = data
    for step in at:
        target = target[step]
    if value is None:
        target.pop(key, None)
    else:
        target[key] = _load(value.yaml) if isinstance(value, Raw) else value
    return data


def set_value(text: str, at: Pointer, key: str, value: Value, order: Sequence[str] = LANGS) -> str:
    """`text` with `key` of the mapping at `at` set (or added, or removed for None); EditError if the
    result would differ from the old data in anything else."""
    root = compose(text)
    mapping = node_at(root, at)
    if not isinstance(mapping, MappingNode):
        raise EditError(f"nothing at {pointer_text(at) or '/'}: the file changed; reopen the form")
    if isinstance(value, str):
        value = clean(value)
    try:
        expected = _expected(_load(text), at, key, value)
    except (YAMLError, KeyError, IndexError, TypeError, AttributeError):
        raise EditError("the file does not load; fix it in the YAML editor first") from None
    candidates = [_edit(text, mapping, key, value, order)]
    kv = child(mapping, key)
    if isinstance(value, str) and kv is not None and isinstance(kv[1], ScalarNode) and str(kv[1].tag) != NULL:
        v = kv[1]  # an unusual old style: double quotes instead
        candidates.append(_splice(text, v.start_mark.index, _content_end(text, v), _double(value)))
    for new in candidates:
        try:
            if _load(new) == expected:
                return new
        except YAMLError:
            continue
    raise EditError(f"writing `{key}` would change more than that value; use the YAML editor")


def set_values(text: str, at: Pointer, values: dict[str, Value], order: Sequence[str] = LANGS) -> str:
    """Several keys of one mapping, one after the other (each checked)."""
    for key, value in values.items():
        text = set_value(text, at, key, value, order)
    return text


def line_of(text: str, at: Pointer) -> int:
    node = node_at(compose(text), at)
    return node.start_mark.line + 1 if node is not None else 1


def iso_date(value: str) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
