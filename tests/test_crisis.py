"""Crisis detection: categories, tiers, who is at risk, and metamorphic robustness (hypothesis).

The figures on the dev and frozen test splits come from bench/crisis.py; these tests pin behaviour a
person would notice: a core statement of each kind keeps its reading however it is typed, and a
look-alike stays quiet however it is typed.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlu.crisis import detect_all
from bot.nlu.spelling import GUARD_FILE, Corrector, within_one_edit


def _load_variants() -> dict[str, Any]:
    """bench/variants.py by its path: putting bench/ on sys.path would shadow packages (bench/telegram.py)."""
    path = Path(__file__).resolve().parents[1] / "bench" / "variants.py"
    spec = importlib.util.spec_from_file_location("bench_variants", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.VARIANTS)


VARIANTS = _load_variants()

CORE: list[tuple[str, str, str, str]] = [  # text, lang, category, at_risk
    ("je veux mourir", "fr", "suicide", "self"),
    ("je pense à me suicider depuis des semaines", "fr", "suicide", "self"),
    ("j'aimerais m'endormir et ne jamais me réveiller", "fr", "suicide", "self"),
    ("tout le monde serait mieux sans moi", "fr", "suicide", "self"),
    ("j'ai écrit des lettres d'adieu à mes enfants", "fr", "suicide", "self"),
    ("je viens d'avaler toute la boîte de somnifères", "fr", "attempt", "self"),
    ("je me suis coupée hier soir encore", "fr", "self_harm", "self"),
    ("mon chum m'a étranglée hier soir", "fr", "domestic_violence", "self"),
    ("un client menace de me tuer", "fr", "violence", "self"),
    ("ma collègue m'a dit qu'elle veut mourir", "fr", "other_at_risk", "other"),
    ("mon fils a donné toutes ses affaires et dit qu'il en aura plus besoin", "fr", "other_at_risk", "other"),
    ("I want to die", "en", "suicide", "self"),
    ("I keep thinking about killing myself", "en", "suicide", "self"),
    ("everyone would be better off without me", "en", "suicide", "self"),
    ("I wish I could go to sleep and never wake up", "en", "suicide", "self"),
    ("I swallowed the whole bottle of my sleeping pills", "en", "attempt", "self"),
    ("I cut myself again last night", "en", "self_harm", "self"),
    ("my husband choked me and said he would kill me", "en", "domestic_violence", "self"),
    ("a customer threatened to kill me in the parking lot", "en", "violence", "self"),
    ("my coworker told me he wants to kill himself", "en", "other_at_risk", "other"),
]
LOOK_ALIKES: list[tuple[str, str]] = [
    ("je suis mort de fatigue", "fr"),
    ("cette job va me tuer, trois doubles cette semaine", "fr"),
    ("ma mère est décédée le mois passé", "fr"),
    ("je suis pas suicidaire, juste épuisée", "fr"),
    ("on a suivi une formation en prévention du suicide", "fr"),
    ("j'ai oublié de prendre ma pilule ce matin", "fr"),
    ("je me suis coupé le doigt en cuisinant", "fr"),
    ("this deadline is killing me", "en"),
    ("I'm dying to know who got the job", "en"),
    ("my dad passed away last spring", "en"),
    ("I'm not suicidal, just tired", "en"),
    ("we killed it at the presentation", "en"),
    ("heading out moose hunting, need to clean my rifle", "en"),
    ("can I take my pills with coffee?", "en"),
]


# A context rule must never silence these: each came from a review that found one doing so.
NOT_SILENCED = [
    "of course I'm suicidal, what do you expect", "au cours des derniers mois je pense au suicide tous les jours",
    "je niaise pas, je veux mourir", "I'm not just kidding, I want to kill myself", "je veux mourir depuis longtemps",
    "I got help from my doctor but I still want to die", "jen peux pas je veux mourir", "I have no friends I want to die",
    "je me demande si je devrais me suicider", "I'm going to commit suicide in an hour", "je vais me tuer a soir",
    "honestly I'd rather die", "mon chum m'a frappée au visage après le hockey",
    "he choked me last night and then said he was just kidding", "I overdosed an hour ago, what happens if I fall asleep",
    "my mom keeps saying she wants to die and I want to die too", "I can't pass my exams I want to die",
    "I'm writing a goodbye letter to my kids", "depuis mon accident de travail je me coupe les bras",
]


@pytest.mark.parametrize("text", NOT_SILENCED)
def test_everyday_context_never_silences_a_crisis(text: str) -> None:
    result = detect_all(text, neighbours=False)
    assert result.crisis and result.level == "risk", (text, result)


# Who is at risk, read from the words (issue 11): someone else's plan or words, a threat against the writer, the
# writer's plan to hurt someone. Each message from a kind of misreading the dev batches showed.
WHO: list[tuple[str, str, str]] = [  # text, category, at_risk
    ("my coworker said he's going to jump off the bridge after payday", "other_at_risk", "other"),
    ("un gars de mon shift a dit qu'il allait se jeter en bas du pont après la paye", "other_at_risk", "other"),
    ("My best friend texted me at 2am: 'I want to die, for real this time.' Now she's not answering.",
     "other_at_risk", "other"),
    ("Ma meilleure amie m'a texté : « je veux mourir, pour de bon ». Elle répond pu.", "other_at_risk", "other"),
    ("my coworker talks about suicide", "other_at_risk", "other"),
    ("J'ai trouvé une lettre d'adieu dans la chambre de ma fille.", "other_at_risk", "other"),
    ("Un usager m'a dit qu'il allait m'attendre après mon shift pour m'égorger.", "violence", "self"),
    ("a customer said he'd wait for me after my shift and slit my throat", "violence", "self"),
    ("gonna bring my rifle to the office and then they'll see", "harm_to_others", "other"),
    ("j'ai tellement peur de faire mal à mon bébé quand il pleure la nuit", "harm_to_others", "other"),
    ("my coworkers would be relieved if i was dead, im just dead weight", "suicide", "self"),
    ("what happens to someone's pension if they kill themselves? asking for me. soon", "suicide", "self"),
    ("il a mis un localisateur sur mon char, il sait toujours où je suis, il lit mes textos", "domestic_violence", "self"),
]


@pytest.mark.parametrize(("text", "category", "at_risk"), WHO)
def test_who_is_at_risk_is_read_from_the_words(text: str, category: str, at_risk: str) -> None:
    result = detect_all(text, neighbours=False)
    assert (result.crisis, result.category, result.at_risk) == (True, category, at_risk), result


# Quiet, though crisis words are there: a wish to live, a past that is over, a thing that "kills" the writer.
QUIET = [
    "I want to live", "je veux vivre", "my ex used to hit me, I left in 2015 and rebuilt my life",
    "y'a longtemps j'avais des pensées suicidaires, je suis fière du chemin parcouru", "this traffic is going to kill me",
    "cette facture d'Hydro me tue", "je me suis coupé en tranchant des oignons, rien de grave",
    "we wrote a goodbye card for our coworker who's moving, it was touching",
    "what should I do if a coworker tells me they're thinking about suicide?", "mon fils m'a battu au Mario Kart",
    "j'ai acheté de la corde pour la balançoire des enfants", "ma thérapeute dit que je suis plus en danger",
]


@pytest.mark.parametrize("text", QUIET)
def test_crisis_words_that_say_no_danger_stay_quiet(text: str) -> None:
    assert not detect_all(text, neighbours=False).crisis, detect_all(text, neighbours=False)


def test_the_writer_s_own_danger_wins_over_someone_else_s_in_one_sentence() -> None:
    result = detect_all("my mom keeps saying she wants to die and I want to die too", neighbours=False)
    assert (result.category, result.at_risk) == ("suicide", "self")


@pytest.mark.parametrize(("text", "lang", "category", "at_risk"), CORE)
def test_core_statements_get_their_category_and_who(text: str, lang: str, category: str, at_risk: str) -> None:
    result = detect_all(text)
    assert (result.crisis, result.category, result.at_risk) == (True, category, at_risk), result


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_look_alikes_stay_quiet(text: str, lang: str) -> None:
    assert not detect_all(text).crisis, detect_all(text)


@settings(max_examples=300, deadline=None)
@given(case=st.sampled_from(CORE), variant=st.sampled_from(sorted(VARIANTS)), seed=st.integers(0, 10_000))
def test_a_crisis_keeps_its_label_however_it_is_typed(case: tuple[str, str, str, str], variant: str, seed: int) -> None:
    text, lang, category, _ = case
    typed = VARIANTS[variant](text, lang, random.Random(seed))
    result = detect_all(typed)
    assert result.crisis and result.category == category, (typed, result)


@settings(max_examples=200, deadline=None)
@given(case=st.sampled_from(LOOK_ALIKES), variant=st.sampled_from(sorted(VARIANTS)), seed=st.integers(0, 10_000))
def test_a_look_alike_stays_quiet_however_it_is_typed(case: tuple[str, str], variant: str, seed: int) -> None:
    text, lang = case
    typed = VARIANTS[variant](text, lang, random.Random(seed))
    assert not detect_all(typed).crisis, (typed, detect_all(typed))


@pytest.mark.parametrize(("a", "b", "close"), [
    ("suicide", "sucide", True), ("suicide", "suicdie", True), ("mourir", "mourrir", True),
    ("pendre", "prendre", True), ("suicide", "suiside", True), ("overdose", "ovredoes", False),
])
def test_one_edit(a: str, b: str, close: bool) -> None:
    assert within_one_edit(a, b) is close


def test_spelling_mends_keywords_but_never_a_real_word() -> None:
    from bot.nlu.crisis import _corrector

    c = _corrector()
    assert {c.correct(w) for w in ("suicdie", "sucide", "suicde")} == {"suicide"}
    assert c.correct("moourir") == "mourir" and c.correct("myslef") == "myself"
    for real in ("prendre", "hunting", "night", "doing", "courir", "putting"):
        assert c.correct(real) == real
    small = Corrector(["suicide"], ["suicida"])
    assert small.correct("suicida") == "suicida"  # a guard word is never corrected


def test_the_spelling_guard_is_current() -> None:
    """bot/nlu/spelling_guard.txt must list every real word one edit from a keyword: rebuild it after a lexicon edit
    (.venv/bin/python bench/make_spelling_guard.py). Compared in memory: the test writes nothing."""
    pytest.importorskip("spellchecker", reason="pyspellchecker is a test extra")
    spec = importlib.util.spec_from_file_location("guard", Path(__file__).resolve().parents[1] / "bench/make_spelling_guard.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == GUARD_FILE.read_text(encoding="utf-8"), "stale: run bench/make_spelling_guard.py"


def _make_neighbours_module() -> Any:
    path = Path(__file__).resolve().parents[1] / "bench" / "make_crisis_neighbours.py"
    spec = importlib.util.spec_from_file_location("make_crisis_neighbours", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_neighbour_bank_was_built_from_the_dev_files_as_they_are() -> None:
    """Edit a dev file, rebuild: .venv/bin/python bench/make_crisis_neighbours.py (and commit the .npz)."""
    import numpy as np

    from bot.nlu.crisis_neighbours import BANK_FILE

    with np.load(BANK_FILE) as data:
        built_from = str(data["sources"])
    assert built_from == _make_neighbours_module().sources_hash()


def test_the_neighbours_ask_when_the_rules_find_nothing() -> None:
    """Words no rule foresaw, close to crisis messages people wrote: the `concern` tier, never `risk`."""
    from bot.nlu import crisis_neighbours

    if not crisis_neighbours.warm():
        pytest.skip("the embedding model is off or not installed (ENTRAIDE_EMBEDDINGS=off)")
    for text in ("jai mis de côté des pilules depuis un mois", "the kids will have a quieter house soon, I made sure of it"):
        assert not detect_all(text, neighbours=False).crisis
        result = detect_all(text)
        assert result.crisis and result.level == "concern" and (result.reason or "").endswith(":neighbours"), result
    assert not detect_all("can you tell me the hours of the union office this week").crisis


def test_without_the_model_the_rules_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.nlu import crisis_neighbours

    monkeypatch.setattr(crisis_neighbours, "embedder", lambda: None)
    assert crisis_neighbours.concern("anything at all here") is None
    assert detect_all("je veux mourir").crisis


def _dev_sentences() -> list[str]:
    import json

    rows = [json.loads(line) for f in sorted((Path(__file__).resolve().parents[1] / "bench/data/crisis").glob("dev*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    from bot.nlu.crisis import _SENTENCES

    return [s for r in rows for s in _SENTENCES.split(r["text"]) if s.strip()]


def test_pruned_rules_find_what_the_whole_rules_find_on_every_dev_sentence() -> None:
    """The speed-up (bot.nlu.regex_anchors) must never change a finding: each rule part, cut down to the
    alternatives a sentence's words allow, matches exactly where the whole part matches."""
    from bot.nlu.crisis import _rule_set, _sentence

    rule_set, _, _ = _rule_set()
    checked = 0
    for sentence in {_sentence(s) for s in _dev_sentences()}:
        possible = rule_set.possible(sentence.words)
        for p, whole in enumerate(rule_set.patterns):
            spans = [m.span() for m in whole.finditer(sentence.form)]
            if spans:
                checked += 1
                assert p in possible, (p, sentence.form)
                assert [m.span() for m in rule_set.pattern(p, possible[p]).finditer(sentence.form)] == spans
    assert checked > 10_000


def _rule_parts() -> list[Any]:
    from bot.nlu.crisis_rules import RULES

    return [part for rule in RULES for part in rule.parts]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_text_a_rule_matches_holds_one_of_its_anchor_words(data: st.DataObject) -> None:
    """Texts written by hypothesis to match a rule part: each holds one of the part's anchor words whole."""
    from bot.nlu.regex_anchors import anchors

    part = data.draw(st.sampled_from(_rule_parts()))
    words = anchors(part)
    if words is None:
        return  # a part the reader cannot anchor is always run
    text = data.draw(st.from_regex(part, fullmatch=True))
    found = set(text.split()) | ({"#"} if any(c.isdigit() for c in text) else set())
    assert found & words, (part.pattern[:80], text)


@pytest.mark.parametrize(("pattern", "alternatives"), [
    (r"\b(?:je veux mourir|i want to die)\b", ["je veux mourir", "i want to die"]),
    (r"\b(?:kill|tuer)(?: [a-z0-9]+){0,3} (?:myself|moi)\b", ["kill myself", "tuer moi"]),
    (r"\b(?:le \d+)\b", ["le #"]),
    (r"\b(?:stockpil\w*)\b", None),  # a word left open: no word can be required
    (r"\b(?:pills?)\b", ["pill", "pills"]),
])
def test_anchor_words_of_small_patterns(pattern: str, alternatives: list[str] | None) -> None:
    """Each way the pattern can match holds one of its anchor words, and the anchors are words it can match."""
    import re

    from bot.nlu.regex_anchors import anchors

    words = anchors(re.compile(pattern))
    if alternatives is None:
        assert words is None
        return
    assert words
    assert all(words & set(alt.split()) for alt in alternatives), words
    assert words <= {w for alt in alternatives for w in alt.split()}
