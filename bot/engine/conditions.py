"""The small condition language of `next: - if:` branches, parsed once at load time.

    theme == "grief"        route in ["eap", "811"]       not consent
    lang == "fr" and theme is set                        nlu.theme != "addiction"

Names are slots, except `lang` (the session's language) and `nlu.theme` / `nlu.intent`
(what the latest free-text message was understood as). No Python is ever evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

BUILTINS = frozenset({"lang", "nlu.theme", "nlu.intent"})

_TOKEN = re.compile(
    r"\s*(?:(?P<str>\"[^\"]*\"|'[^']*')|(?P<num>-?\d+(?:\.\d+)?)|(?P<op>==|!=|\(|\)|\[|\]|,)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_.]*))"
)


class ConditionSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Condition:
    source: str
    tree: tuple[Any, ...]

    def names(self) -> set[str]:
        out: set[str] = set()
        _collect(self.tree, out)
        return out

    def evaluate(self, env: Mapping[str, Any]) -> bool:
        return bool(_eval(self.tree, env))


def _collect(node: tuple[Any, ...], out: set[str]) -> None:
    if node[0] == "var":
        out.add(node[1])
    for child in node[1:]:
        if isinstance(child, tuple):
            _collect(child, out)
        elif isinstance(child, list):
            for c in child:
                if isinstance(c, tuple):
                    _collect(c, out)


def _tokens(src: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = _TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise ConditionSyntaxError(f"cannot read {src[pos:]!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(src) and src[pos].isspace():
            pos += 1
    return out


class _Parser:
    def __init__(self, src: str):
        self.toks = _tokens(src)
        self.i = 0

    def peek(self, offset: int = 0) -> tuple[str, str] | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise ConditionSyntaxError(f"expected {value or 'a value'}" + (f" near {tok[1]!r}" if tok else " at the end"))
        self.i += 1
        return tok

    def is_word(self, word: str, offset: int = 0) -> bool:
        tok = self.peek(offset)
        return tok is not None and tok[0] == "name" and tok[1] == word

    def parse(self) -> tuple[Any, ...]:
        node = self.or_()
        if self.peek() is not None:
            raise ConditionSyntaxError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return node

    def or_(self) -> tuple[Any, ...]:
        node = self.and_()
        while self.is_word("or"):
            self.take()
            node = ("or", node, self.and_())
        return node

    def and_(self) -> tuple[Any, ...]:
        node = self.not_()
        while self.is_word("and"):
            self.take()
            node = ("and", node, self.not_())
        return node

    def not_(self) -> tuple[Any, ...]:
        if self.is_word("not"):
            self.take()
            return ("not", self.not_())
        return self.compare()

    def compare(self) -> tuple[Any, ...]:
        left = self.atom()
        tok = self.peek()
        if tok and tok[1] in ("==", "!="):
            self.take()
            return (tok[1], left, self.atom())
        if self.is_word("in"):
            self.take()
            return ("in", left, self.atom())
        if self.is_word("not") and self.is_word("in", 1):
            self.take(), self.take()
            return ("not", ("in", left, self.atom()))
        if self.is_word("is"):
            self.take()
            negate = False
            if self.is_word("not"):
                self.take()
                negate = True
            if not self.is_word("set"):
                raise ConditionSyntaxError("after `is` write `set` or `not set`")
            self.take()
            node = ("set", left)
            return ("not", node) if negate else node
        return ("truthy", left)

    def atom(self) -> tuple[Any, ...]:
        kind, value = self.take()
        if kind == "str":
            return ("lit", value[1:-1])
        if kind == "num":
            return ("lit", float(value) if "." in value else int(value))
        if value == "(":
            node = self.or_()
            self.take(")")
            return node
        if value == "[":
            items: list[tuple[Any, ...]] = []
            while not (self.peek() and self.peek()[1] == "]"):  # type: ignore[index]
                items.append(self.atom())
                if self.peek() and self.peek()[1] == ",":  # type: ignore[index]
                    self.take(",")
            self.take("]")
            return ("list", items)
        if kind == "name":
            if value in ("true", "false"):
                return ("lit", value == "true")
            if value in ("null", "none"):
                return ("lit", None)
            if value in ("and", "or", "not", "in", "is"):
                raise ConditionSyntaxError(f"`{value}` needs something before it")
            return ("var", value.removeprefix("slots."))
        raise ConditionSyntaxError(f"unexpected {value!r}")


def parse_condition(src: str) -> Condition:
    if not isinstance(src, str) or not src.strip():
        raise ConditionSyntaxError("the condition is empty")
    return Condition(src, _Parser(src).parse())


def _eval(node: tuple[Any, ...], env: Mapping[str, Any]) -> Any:
    op = node[0]
    if op == "lit":
        return node[1]
    if op == "var":
        return env.get(node[1])
    if op == "list":
        return [_eval(n, env) for n in node[1]]
    if op == "or":
        return _eval(node[1], env) or _eval(node[2], env)
    if op == "and":
        return _eval(node[1], env) and _eval(node[2], env)
    if op == "not":
        return not _eval(node[1], env)
    if op == "==":
        return _eval(node[1], env) == _eval(node[2], env)
    if op == "!=":
        return _eval(node[1], env) != _eval(node[2], env)
    if op == "in":
        container = _eval(node[2], env)
        return isinstance(container, list | str) and _eval(node[1], env) in container
    if op == "set":
        return _eval(node[1], env) not in (None, "")
    if op == "truthy":
        return bool(_eval(node[1], env))
    raise ConditionSyntaxError(f"unknown operation {op}")
