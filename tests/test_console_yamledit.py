"""Changing one value of a YAML file keeps every other byte: each style the project's files use, keys added
and removed, and a refusal (never a silently rewritten file) when an edit cannot be made safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bot.console.yamledit import (
    EditError,
    Raw,
    compose,
    node_at,
    parse_pointer,
    pointer_text,
    set_value,
    set_values,
    texts,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = [p for p in sorted([*ROOT.glob("flows/*.yaml"), *ROOT.glob("knowledge/*.yaml")])
           if p.name != "theme_examples.yaml"]  # lists of sentences, no bilingual text


def load(text: str) -> object:
    return YAML(typ="safe", pure=True).load(text)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_text_of_each_shipped_file_changes_in_place_and_nothing_else_moves(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = texts(text)
    assert found, "every shipped file has bilingual texts"
    for f in found[:: max(1, len(found) // 3)]:  # a few per file, spread over it
        node = node_at(compose(text), (*f.at, "en"))
        assert node is not None
        start = node.start_mark.index
        new = set_value(text, f.at, "en", "A new sentence, with \"quotes\" and a colon: here.")
        assert new.startswith(text[:start])
        tail = text[start:].split("\n", 1)[1] if node.style not in ("|", ">") else \
            text[start:][len(text[start:node.end_mark.index].rstrip()):]
        assert new.endswith(tail), f.label
        changed = next(t for t in texts(new) if t.at == f.at)
        assert changed.en == "A new sentence, with \"quotes\" and a colon: here." and changed.fr == f.fr


def test_a_folded_text_stays_folded_at_its_indentation() -> None:
    text = "m:\n  a:\n    fr: >-\n      Une phrase\n      sur deux lignes.\n\n    en: b  # note\n"
    new = set_value(text, ("m", "a"), "fr", "Une phrase plus longue " * 8 + "fin.")
    assert new.startswith("m:\n  a:\n    fr: >-\n      Une phrase plus longue")
    assert new.endswith("fin.\n\n    en: b  # note\n")
    assert all(len(line) <= 110 for line in new.splitlines())
    assert load(new) == {"m": {"a": {"fr": "Une phrase plus longue " * 8 + "fin.", "en": "b"}}}


def test_quoting_styles_are_kept_where_safe() -> None:
    text = "a: {fr: 'l''été', en: \"summer\"}\nb: {fr: x, en: y}\n"
    assert set_value(text, ("a",), "fr", "l'hiver") == "a: {fr: 'l''hiver', en: \"summer\"}\nb: {fr: x, en: y}\n"
    assert set_value(text, ("a",), "en", 'a "cold"\nwinter') == \
        "a: {fr: 'l''été', en: \"a \\\"cold\\\"\\nwinter\"}\nb: {fr: x, en: y}\n"
    # a plain value that would read back as something else (a number, a boolean) is quoted instead
    assert set_value(text, ("b",), "en", "911") == "a: {fr: 'l''été', en: \"summer\"}\nb: {fr: x, en: \"911\"}\n"
    assert set_value(text, ("b",), "en", "true") == "a: {fr: 'l''été', en: \"summer\"}\nb: {fr: x, en: \"true\"}\n"


def test_a_missing_language_is_added_next_to_the_other() -> None:
    block = "messages:\n  hi:\n    fr: \"Salut\"\n  bye:\n    en: \"Bye\"  # English only\n"
    assert set_value(block, ("messages", "hi"), "en", "Hi") == \
        "messages:\n  hi:\n    fr: \"Salut\"\n    en: \"Hi\"\n  bye:\n    en: \"Bye\"  # English only\n"
    assert set_value(block, ("messages", "bye"), "fr", "Au revoir") == \
        "messages:\n  hi:\n    fr: \"Salut\"\n  bye:\n    fr: \"Au revoir\"\n    en: \"Bye\"  # English only\n"
    flow = "m: {fr: \"Oui\"}\nn: {en: \"No\"}\nempty: {fr: \"Rien\", en: }\n"
    assert set_value(flow, ("m",), "en", "Yes").startswith("m: {fr: \"Oui\", en: \"Yes\"}\nn:")
    assert "n: {fr: \"Non\", en: \"No\"}\n" in set_value(flow, ("n",), "fr", "Non")
    assert set_value(flow, ("empty",), "en", "Nothing").endswith("empty: {fr: \"Rien\", en: \"Nothing\" }\n")


def test_a_resource_key_is_added_among_its_siblings_and_removed_with_its_line() -> None:
    text = ("resources:\n  - id: line\n    name: {fr: \"Ligne\", en: \"Line\"}\n    web: https://example.org\n"
            "    # checked by hand\n    source: https://example.org/about\n    verified_on: 2026-11-23\n")
    order = ("id", "name", "phone", "web", "hours", "source", "verified_on")
    added = set_values(text, ("resources", 0), {"phone": "811", "hours": Raw('{fr: "le jour", en: "days"}')}, order)
    assert added == text.replace("    web:", "    phone: \"811\"\n    web:").replace(
        "    # checked", "    hours: {fr: \"le jour\", en: \"days\"}\n    # checked")
    assert set_values(added, ("resources", 0), {"phone": None, "hours": None}, order) == text
    dated = set_value(text, ("resources", 0), "verified_on", Raw("2026-11-25"), order)
    assert dated == text.replace("2026-11-23", "2026-11-25")


def test_an_edit_that_cannot_be_made_safely_is_refused_and_changes_nothing() -> None:
    text = "items:\n  - phone: \"811\"\n    fr: a\n"
    with pytest.raises(EditError):
        set_value(text, ("items", 0), "phone", None)  # the key shares its line with the list's dash
    with pytest.raises(EditError):
        set_value(text, ("items", 3), "fr", "b")  # nothing there (the file changed since the form was opened)
    with pytest.raises(EditError):
        set_value("a: {fr: x, en: y}\nb: [", ("a",), "fr", "z")  # not YAML any more


def test_pointers_name_list_items_by_their_id_and_round_trip_through_text() -> None:
    text = "flows:\n  main:\n    steps:\n      - id: welcome\n        say: {fr: \"a/b\", en: \"c\"}\n"
    (found,) = texts(text)
    assert found.label == "flows › main › steps › welcome › say" and found.line == 5
    assert parse_pointer(pointer_text(found.at)) == found.at == ("flows", "main", "steps", 0, "say")
    assert parse_pointer(pointer_text(("a/b", "~c"))) == ("a/b", "~c")
