"""The reading of a worker's words: normal form, language, crisis, themes, diagnosis questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.engine.definitions import Definitions
from bot.nlu.analyze import analyze
from bot.nlu.crisis import detect, detect_all
from bot.nlu.diagnosis import asks_about_harassment, asks_for_assessment, asks_for_treatment, labels_person
from bot.nlu.language import detect_language, raw_langdetect, session_language
from bot.nlu.normalise import normalise

BENCH = Path(__file__).resolve().parents[1] / "bench" / "data"


def rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (BENCH / name).read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize(("raw", "norm"), [
    ("Chu pu capable", "je suis plus capable"),
    ("J'veux mourrir", "je veux mourir"),
    ("jveux mourir", "je veux mourir"),
    ("ÉPUISÉE!!!", "epuisee"),
    ("nooooon", "noon"),
    ("a\x00b\u200bc\x1b", "abc"),
    ("l’ouvrage", "le ouvrage"),
])
def test_normal_form(raw: str, norm: str) -> None:
    assert normalise(raw) == norm


def test_language_benchmark_meets_target_and_beats_langdetect() -> None:
    data = rows("language.jsonl")
    assert len(data) >= 150
    ours = sum(detect_language(r["text"], r.get("session_lang")).lang == r["lang"] for r in data) / len(data)
    raw = sum(raw_langdetect(r["text"]) == r["lang"] for r in data) / len(data)
    assert ours >= 0.98
    assert ours > raw


@pytest.mark.parametrize("word", ["ok", "stress", "burnout"])
@pytest.mark.parametrize("session", ["fr", "en"])
def test_ambiguous_words_keep_the_session_language(word: str, session: str) -> None:
    assert detect_language(word, session).lang == session  # type: ignore[arg-type]


def test_crisis_dev_split_recall_and_false_alarms() -> None:
    """The dev split (tuned on): a regression guard. The frozen test split is measured by bench/crisis.py."""
    data = [json.loads(line) for f in sorted((BENCH / "crisis").glob("dev*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(data) >= 700
    crisis = [r for r in data if r["category"]]
    negatives = [r for r in data if not r["category"]]
    missed = [r["text"] for r in crisis if not detect(r["text"]).crisis]
    assert len(missed) / len(crisis) <= 0.01, missed
    false = [r["text"] for r in negatives if detect(r["text"]).crisis]
    assert len(false) / len(negatives) <= 0.03, false
    assert sum(detect(r["text"]).level == "risk" for r in negatives) / len(negatives) <= 0.01


@pytest.mark.parametrize(("text", "category"), [
    ("mon chum me frappe", "domestic_violence"),
    ("ma collègue parle de se suicider", "other_at_risk"),
    ("I cut myself again", "self_harm"),
    ("he is hitting me right now", "violence"),
    ("jveux mourrir", "suicide"),
])
def test_crisis_categories(text: str, category: str) -> None:
    assert detect(text).category == category


def test_crisis_found_at_the_end_of_a_very_long_message() -> None:
    text = "bla " * 12_500 + "je veux mourir"
    assert len(text) > 50_000
    assert detect_all(text).crisis


def test_theme_benchmark_meets_target(defs: Definitions) -> None:
    data = rows("themes.jsonl")
    assert len(data) >= 120
    assert {r["theme"] for r in data} == set(defs.knowledge.themes)
    right = sum(defs.themes.match(r["text"]).theme == r["theme"] for r in data)
    assert right / len(data) >= 0.9


@pytest.mark.parametrize(("text", "theme"), [
    ("mon boss me crie dessus devant tout le monde", "violence_harassment"),
    ("my dad passed away", "grief"),
    ("je bois tous les soirs pour décompresser", "addiction"),
])
def test_issue_examples_land_on_their_theme(defs: Definitions, text: str, theme: str) -> None:
    out = analyze(defs, text)
    assert out["theme"] == theme
    assert set(out) == {"text", "lang", "crisis", "crisis_level", "crisis_category", "at_risk", "crisis_reason", "theme",
                        "theme_close", "theme_scores", "theme_nearness", "intent"}


def test_analyze_reports_crisis_and_reason(defs: Definitions) -> None:
    out = analyze(defs, "je veux en finir")
    assert out["crisis"] is True and out["crisis_reason"].startswith("suicide:")
    calm = analyze(defs, "je suis mort de rire")
    assert calm["crisis"] is False and calm["crisis_reason"] is None


@pytest.mark.parametrize(("text", "level", "category", "at_risk"), [
    ("je veux en finir", "risk", "suicide", "self"),
    ("suicide", "concern", "suicide", "self"),
    ("ma collègue m'a dit qu'elle pense au suicide", "risk", "other_at_risk", "other"),
    ("I just swallowed the whole bottle of my sleeping pills", "risk", "attempt", "self"),
    ("mon chum m'a étranglée hier soir", "risk", "domestic_violence", "self"),
    ("un client menace de me tuer", "risk", "violence", "self"),
    ("my boss is killing me with these deadlines", None, None, None),
])
def test_analyze_reports_tier_category_and_who(defs: Definitions, text: str, level: str | None, category: str | None,
                                               at_risk: str | None) -> None:
    out = analyze(defs, text)
    assert (out["crisis_level"], out["crisis_category"], out["at_risk"]) == (level, category, at_risk)
    assert out["crisis"] is (level is not None)


@pytest.mark.parametrize("text", [
    "You have depression.", "you are an alcoholic", "Vous souffrez de burnout.", "c'est un burnout",
    "Tu fais une dépression.", "It sounds like anxiety disorder.", "Vous êtes alcoolique.", "your depression",
    "You should increase your medication.", "Tu devrais arrêter tes médicaments.",
])
def test_diagnosing_sentences_are_caught(text: str) -> None:
    assert labels_person(text)


@pytest.mark.parametrize("text", [
    "Thank you for telling me; that sounds heavy.", "Merci de me le confier.", "Je ne peux pas juger si c'est du harcèlement.",
    "I can't assess that, and I wouldn't want to guess.", "Ce que vous vivez semble lourd.",
])
def test_listening_lines_pass(text: str) -> None:
    assert labels_person(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("am I depressed?", "assess"), ("est-ce que je fais un burnout?", "assess"),
    ("is this harassment?", "harass"), ("c'tu du harcèlement?", "harass"),
    ("should I stop taking my meds?", "treat"), ("quel médicament je devrais prendre?", "treat"),
])
def test_questions_the_bot_must_not_answer(text: str, kind: str) -> None:
    assert {"assess": asks_for_assessment, "harass": asks_about_harassment, "treat": asks_for_treatment}[kind](text)


@pytest.mark.parametrize("text", ["thx", "ok", "bye", "yes please", "later", "me neither", "j'ai un meeting at 3",
                                  "lol", "merci", "oui", "bonne nuit", "non merci", "stress", "english"])
@pytest.mark.parametrize("session", ["fr", "en"])
def test_short_messages_never_flip_an_established_session(text: str, session: str) -> None:
    assert session_language(text, session) == session  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("thanks", "en"), ("merci", "fr"), ("yes please", "en"), ("ouin", "fr"), ("hello", "en"), ("allo", "fr"),
])
def test_a_first_short_message_sets_its_own_language(text: str, expected: str) -> None:
    assert session_language(text, None) == expected


def test_a_long_message_in_the_other_language_switches_the_session() -> None:
    assert session_language("my manager has been yelling at me in front of everyone for weeks", "fr") == "en"
    assert session_language("mon patron me crie dessus devant tout le monde depuis des semaines", "en") == "fr"
    assert session_language("my manager has been yelling at me in front of everyone", "fr", locked=True) == "fr"
