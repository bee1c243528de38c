"""Themes read from the coordinators' examples and the lexicon: what a worker notices, with the model and without.

The figures (right / wrong / asked on dev and test) are measured by bench/themes.py, not here; these
tests pin behaviour: a description in everyday words lands on its theme or a question, a close call
asks with two candidates, a message about nothing gets the list, the rules alone still work, the
model reads a message once, and a coordinator's mistakes in the examples file come back as file:line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.engine.definitions import Definitions, check
from bot.engine.messages import Event
from bot.engine.state import SessionState
from bot.engine.turn import handle
from bot.knowledge.examples_report import examples_report
from bot.knowledge.loader import load_knowledge, load_knowledge_or_raise
from bot.knowledge.model import Example
from bot.nlu import theme_examples, themes
from bot.nlu.embedding import SharedEmbedder, Vectors, embedder, sentences
from bot.nlu.themes import ThemeMatcher, combine

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = "knowledge/theme_examples.yaml"
T0 = 1_000_000.0


@pytest.fixture(scope="module")
def model_on() -> None:
    if embedder() is None:
        pytest.skip("the embedding model is off or not installed (ENTRAIDE_EMBEDDINGS=off)")


@pytest.fixture(scope="module")
def matcher(model_on: None) -> ThemeMatcher:
    m = ThemeMatcher(load_knowledge_or_raise(ROOT / "knowledge"))
    assert m.space is not None
    return m


def test_the_brief_s_sentence_gets_a_sensible_theme_or_a_question(matcher: ThemeMatcher) -> None:
    for text in ("I can't sleep since my boss started yelling at the whole team every morning",
                 "je dors pu depuis que mon boss crie après toute l'équipe chaque matin"):
        got = matcher.match(text)
        sensible = {"violence_harassment", "work_mental_health"}
        assert got.theme in sensible and (got.close is None or set(got.close) == sensible), (text, got)


@pytest.mark.parametrize(("text", "theme"), [
    # No word of these is in the theme lexicons: only the examples can place them.
    ("my coworkers pretend I am not there and whisper when I walk by", "civility"),
    ("mes collègues font comme si j'étais pas là pis chuchotent quand je passe", "civility"),
    ("ma fille de 15 ans va pu à ses cours pis dort toute la journée", "youth_distress"),
    ("my partner takes my paycheque and checks where I go", "domestic_violence"),
    ("I am exhausted since I came back from sick leave", "return_to_work"),
    ("mon chum est mort il y a deux mois", "grief"),
    # What it says, among sentences that say nothing of it: each sentence is read too.
    ("It was a long week at work and the kids are sick. My husband checks my phone every night and takes my pay. "
     "I don't really know where to start.", "domestic_violence"),
    ("Grosse semaine à la job pis les enfants sont malades. Depuis que j'ai pris la place de Julie personne me "
     "parle dans l'équipe pis ils rient quand je passe. Je sais pas trop par où commencer.", "civility"),
])
def test_everyday_words_land_on_their_theme(matcher: ThemeMatcher, text: str, theme: str) -> None:
    got = matcher.match(text)
    assert got.decided and got.theme == theme, got


def test_a_message_about_nothing_is_not_given_a_theme(matcher: ThemeMatcher) -> None:
    for text in ("salut, je fais juste essayer", "hello, how does this work?", "merci beaucoup", "ok"):
        got = matcher.match(text)
        assert got.theme is None and got.close is None, (text, got)


def test_a_close_call_asks_with_two_candidates() -> None:
    near = {"civility": 0.40, "violence_harassment": 0.38, "grief": 0.10, "none": 0.05}
    got = combine(near, {}, words=12)
    assert got.theme == "civility" and got.close == ("civility", "violence_harassment")
    clear = combine({**near, "civility": 0.50}, {}, words=12)
    assert clear.decided and clear.theme == "civility"
    # Barely above "nothing": the list reads better than two guesses.
    assert combine({"civility": 0.30, "none": 0.29, "grief": 0.1}, {}, words=12).theme is None


def test_a_message_whose_sentence_and_whole_disagree_asks_with_both() -> None:
    by_sentence = {"work_mental_health": 0.49, "addiction": 0.40, "youth_distress": 0.36, "none": 0.05}
    whole = {"youth_distress": 0.45, "work_mental_health": 0.30, "addiction": 0.20, "none": 0.05}
    got = combine(by_sentence, {}, words=22, whole=whole)
    assert not got.decided and got.close == ("work_mental_health", "youth_distress")
    # The whole message agreeing with its nearest sentence, or no whole (one sentence): decided.
    assert combine(by_sentence, {}, words=22, whole={**whole, "work_mental_health": 0.50}).decided
    assert combine(by_sentence, {}, words=22).theme == "work_mental_health"
    # The whole nearest to "nothing": the sentence's theme and the next are offered.
    got = combine(by_sentence, {}, words=22, whole={**whole, "none": 0.60})
    assert got.close == ("work_mental_health", "addiction")


def test_the_lexicon_still_decides_when_it_is_sure() -> None:
    near = {"grief": 0.34, "addiction": 0.30, "none": 0.1}
    # Three words of one theme outweigh a likeness that leans elsewhere; a short message follows its words.
    assert combine(near, {"addiction": 3.0}, words=15).decided
    assert combine(near, {"addiction": 3.0}, words=15).theme == "addiction"
    assert combine(near, {"addiction": 1.0}, words=2).theme == "addiction"
    assert combine(near, {"civility": 1.0, "grief": 1.0}, words=3).close == ("civility", "grief")


def test_a_theme_without_examples_yet_is_still_found_by_its_words() -> None:
    near = {"grief": 0.20, "none": 0.22}
    got = combine(near, {"new_theme": 3.0}, words=12)
    assert got.decided and got.theme == "new_theme"


def test_in_a_conversation_a_close_call_offers_both_themes_and_another_way(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="hello")).state
    st = handle(defs, st, Event("button", T0 + 1, payload="me")).state
    st = handle(defs, st, Event("button", T0 + 2, payload="list")).state
    turn = handle(defs, st, Event("text", T0 + 3, text="conflict and grief"))
    payloads = [b.payload for b in turn.messages[-1].buttons]
    assert payloads == ["theme:civility", "theme:grief", "theme:none"]
    assert "closest" in turn.messages[-1].text


def test_in_a_conversation_nothing_near_shows_the_list_of_themes(defs: Definitions) -> None:
    st = handle(defs, SessionState(), Event("text", T0, text="bonjour")).state
    turn = handle(defs, st, Event("text", T0 + 1, text="salut, je fais juste essayer"))
    payloads = [b.payload for b in turn.messages[-1].buttons]
    assert set(defs.knowledge.themes) <= set(payloads), payloads
    assert turn.state.nlu_theme is None


def test_the_model_reads_a_free_text_message_once_and_a_button_never(defs: Definitions, model_on: None,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.nlu import crisis_neighbours

    asked: list[str] = []
    concern = crisis_neighbours.concern
    monkeypatch.setattr(crisis_neighbours, "concern", lambda text: asked.append(text) or concern(text))
    model = embedder()
    assert isinstance(model, SharedEmbedder)
    st = handle(defs, SessionState(), Event("text", T0, text="hello")).state
    asked.clear()
    for i, text in enumerate((
            "my teammates act like I am invisible and whisper about me whenever I walk into the break room",
            # Several sentences: the message and each sentence, still in one run of the model.
            "It was a long week at work and the kids are sick. My teammates act like I am invisible and whisper "
            "about me in the break room. I don't really know where to start.")):
        before = model.calls
        turn = handle(defs, st, Event("text", T0 + 1 + i, text=text))
        assert asked[-1] == text  # the crisis neighbours read it...
        assert model.calls - before == 1  # ...and the theme reader used the same run of the model
        assert turn.state.nlu_theme == "civility"
    before = model.calls
    handle(defs, turn.state, Event("button", T0 + 5, payload="yes"))
    assert model.calls == before


class _Counting:
    name = "counting-test-model"

    def __init__(self) -> None:
        self.read: list[list[str]] = []

    def encode(self, texts: list[str]) -> Vectors:
        self.read.append(list(texts))
        return np.arange(len(texts) * 4, dtype=np.float32).reshape(len(texts), 4) + len(self.read)


def test_the_shared_model_keeps_vectors_not_text() -> None:
    inner = _Counting()
    shared = SharedEmbedder(inner, size=2)
    a = shared.encode(["Mon boss crie\nchaque matin"])
    assert (shared.encode(["Mon boss crie chaque matin"]) == a).all()  # the same text as the model sees it
    shared.encode(["un deuxième message ici"])
    shared.encode(["un troisième message ici"])
    assert len(inner.read) == 3 and shared.calls == 3
    shared.encode(["Mon boss crie chaque matin"])
    assert len(inner.read) == 4  # only the last two messages are kept
    assert all(isinstance(k, bytes) and b"boss" not in k for k in [*shared._recent, *shared._common])


def test_a_short_reply_is_read_once_however_many_messages_come_between() -> None:
    inner = _Counting()
    shared = SharedEmbedder(inner, size=2)
    oui = shared.encode(["oui"])
    for text in ("Mon boss crie chaque matin", "My coworkers ignore me all day", "Je dors plus depuis un mois"):
        shared.encode([text])
    assert (shared.encode(["oui"]) == oui).all()
    assert [r for r in inner.read if r == ["oui"]] == [["oui"]]
    assert shared.calls == 4


def test_a_message_of_several_sentences_is_read_with_its_sentences_in_one_call() -> None:
    inner = _Counting()
    shared = SharedEmbedder(inner)
    text = "Long week at work, kids are sick. Mon chum me frappe quand il boit. Je sais pas par où commencer."
    assert sentences(text) == ["Long week at work, kids are sick.", "Mon chum me frappe quand il boit.",
                               "Je sais pas par où commencer."]
    whole = shared.encode([text])
    parts = shared.encode(sentences(text))
    assert inner.read == [[text, *sentences(text)]] and shared.calls == 1
    assert whole.shape == (1, 4) and parts.shape == (3, 4)
    assert sentences("Mon chum me frappe quand il boit.") == []  # one sentence: read as a whole


def test_without_the_model_the_lexicon_alone_reads_themes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme_examples, "embedder", lambda: None)
    monkeypatch.setattr(themes, "embedder", lambda: None)
    m = ThemeMatcher(load_knowledge_or_raise(ROOT / "knowledge"))
    assert m.space is None
    got = m.match("mon boss me crie dessus devant tout le monde")
    assert got.decided and got.theme == "violence_harassment" and got.nearness == {}
    assert m.match("conflict and grief").close == ("civility", "grief")
    assert m.match("salut, je fais juste essayer").theme is None


def test_entraide_embeddings_off_runs_on_rules_in_a_real_process() -> None:
    env = {**os.environ, "ENTRAIDE_EMBEDDINGS": "off", "ENTRAIDE_SECRET": "test-secret-0123456789abcdef",
           "ENTRAIDE_RELAY_KEY": "test-relay-key-0123456789abcdef"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    res = subprocess.run([sys.executable, "-m", "bot", "analyze", "--jsonl"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120,
                         input="mon boss me crie dessus devant tout le monde\nmy coworkers pretend I am not there\n")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows[0]["theme"] == "violence_harassment" and rows[0]["theme_nearness"] == {}
    assert rows[1]["theme"] is None  # no word of the lexicon: without the model, nothing to go on
    res = subprocess.run([sys.executable, "-m", "bot", "validate"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0 and "theme examples not measured: the embedding model is off" in res.stdout


# --- the examples file, as a coordinator edits it ---------------------------------------------------------


def _with_examples(root: Path, text: str) -> list[str]:
    (root / EXAMPLES).write_text(text, encoding="utf-8")
    _, _, problems = check(root / "flows", root / "knowledge", "main", 365, root)
    return [str(p) for p in problems if p.severity == "error"]


@pytest.mark.parametrize(("text", "expected"), [
    ("examples:\n  - grief\n", r"theme_examples.yaml:1: `examples:` maps a theme id"),
    ("examples:\n  grief: [\"deuil\"]\n", r"theme_examples.yaml:2: examples of `grief` must have `fr:` and `en:`"),
    ("examples:\n  grief:\n    fr: \"mon père est mort\"\n", r"theme_examples.yaml:3: examples of `grief`.fr must be a list"),
    ("examples:\n  grief:\n    fr:\n      - \"mon père est mort\"\n      - 1998\n",
     r"theme_examples.yaml:5: example of `grief`.fr must be a sentence in quotes; got 1998"),
    ("examples:\n  grief:\n    fr:\n      - \"\"\n", r"theme_examples.yaml:4: example of `grief`.fr must be a sentence"),
    ("examples:\n  grief:\n    es:\n      - \"mi padre murió\"\n", r"theme_examples.yaml:3: .*unknown language `es`"),
    ("examples:\n  grieving:\n    fr:\n      - \"mon père est mort\"\n",
     r"theme_examples.yaml:4: examples for an unknown theme `grieving`; use an id from themes.yaml"),
    ("examples:\n  grief:\n    fr:\n      - \"je suis à boutte\"\n  work_mental_health:\n    fr:\n      - \"Je suis à  boutte\"\n",
     r"theme_examples.yaml:7: this sentence is an example of both `grief` \(knowledge/theme_examples.yaml:4\) and "
     r"`work_mental_health`; keep it under one"),
    ("examples:\n  grief:\n    fr: [\"mon père\"\n", r"theme_examples.yaml:\d+: not valid YAML"),
])
def test_a_malformed_examples_file_is_an_error_with_file_and_line(project_copy: Path, text: str, expected: str) -> None:
    import re

    errors = _with_examples(project_copy, text)
    assert any(re.search(expected, e) for e in errors), errors


def test_a_sentence_twice_under_one_theme_is_a_warning(project_copy: Path) -> None:
    (project_copy / EXAMPLES).write_text("examples:\n  grief:\n    fr:\n      - \"deuil\"\n      - \"Deuil\"\n", encoding="utf-8")
    _, problems = load_knowledge(project_copy / "knowledge", project_copy)
    assert [str(p) for p in problems] == [
        "knowledge/theme_examples.yaml:5: warning: this example of `grief` is already listed at "
        "knowledge/theme_examples.yaml:4; remove one"]


def test_entraide_validate_names_the_broken_example(project_copy: Path) -> None:
    (project_copy / EXAMPLES).write_text("examples:\n  grief:\n    fr:\n      - 42\n", encoding="utf-8")
    env = {**os.environ, "ENTRAIDE_SECRET": "test-secret-0123456789abcdef", "ENTRAIDE_RELAY_KEY": "test-relay-key-0123456789abcdef"}
    res = subprocess.run([sys.executable, "-m", "bot", "validate", "--config", str(project_copy / "config.yaml")],
                         cwd=project_copy, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 1
    assert "knowledge/theme_examples.yaml:4: example of `grief`.fr must be a sentence in quotes; got 42" in res.stdout
    assert "Traceback" not in res.stdout + res.stderr


# --- what `entraide validate` tells a coordinator about the examples ---------------------------------------


def test_the_report_gives_leave_one_out_per_theme_and_language(model_on: None) -> None:
    k = load_knowledge_or_raise(ROOT / "knowledge")
    report = examples_report(k)
    assert {t for t, _ in report.total} == set(k.themes) | {"none"}
    for (theme, lang), n in report.total.items():
        assert n >= 40, (theme, lang)
        assert report.right[(theme, lang)] / n >= 0.75, (theme, lang)  # each theme mostly finds itself
    lines = report.lines()
    assert lines[0].startswith("theme examples, leave-one-out") and any(line.strip().startswith("grief") for line in lines)


def test_an_example_filed_under_the_wrong_theme_is_reported(project_copy: Path, model_on: None) -> None:
    path = project_copy / EXAMPLES
    text = path.read_text(encoding="utf-8")
    anchor = '  civility:\n    fr:\n'
    assert anchor in text
    path.write_text(text.replace(anchor, anchor + '      - "mon chum me frappe quand il a bu pis j\'ai peur de rentrer"\n'),
                    encoding="utf-8")
    k, problems = load_knowledge(project_copy / "knowledge", project_copy)
    assert not [p for p in problems if p.severity == "error"]
    added = next(e for e in k.examples if e.text.startswith("mon chum me frappe quand il a bu"))
    warnings = [str(p) for p in examples_report(k).problems if p.line == added.line]
    assert len(warnings) == 1 and "sits closer to the examples of `domestic_violence`" in warnings[0], warnings
    assert warnings[0].startswith(f"knowledge/theme_examples.yaml:{added.line}: warning:")


def test_too_few_examples_is_a_warning_not_an_error(project_copy: Path) -> None:
    (project_copy / EXAMPLES).write_text("examples:\n  grief:\n    fr:\n      - \"mon père est mort\"\n", encoding="utf-8")
    k, problems = load_knowledge(project_copy / "knowledge", project_copy)
    assert not [p for p in problems if p.severity == "error"]
    few = [str(p) for p in examples_report(k).problems if "theme `grief` has 1 fr example(s)" in p.message]
    assert few and "warning" in few[0]


# --- the vectors cache -----------------------------------------------------------------------------------


def test_the_committed_example_vectors_hold_exactly_the_current_examples() -> None:
    """Edit the examples, rebuild: .venv/bin/python bench/make_theme_vectors.py (and commit the .npz)."""
    from bot.nlu.embedding import UseEmbedder

    k = load_knowledge_or_raise(ROOT / "knowledge")
    with np.load(theme_examples.CACHE_FILE) as data:
        keys = {str(x) for x in data["keys"]}
        assert str(data["model"]) == UseEmbedder.name
    assert keys == {theme_examples.digest(UseEmbedder.name, e.text) for e in k.examples}


def test_an_example_the_cache_lacks_is_embedded_when_the_bot_loads(model_on: None) -> None:
    model = embedder()
    assert model is not None
    new = Example("grief", "en", "my grandmother's old parrot died this morning", "test", 1)
    old = Example("grief", "en", "my horse of 20 years died", "test", 2)
    vectors = theme_examples.example_vectors([new.text, old.text], model)
    fresh = model.encode([theme_examples.for_model(new.text)])[0]
    assert np.allclose(vectors[0], fresh, atol=2e-3)
    assert np.allclose(vectors[1], theme_examples.stored()[theme_examples.digest(model.name, old.text)])
