"""French or English, from messages that are often two words long.

langdetect alone is wrong on about a quarter of chat one-liners ("allo", "merci", "chu pu
capable"). So a lexicon of common chat words decides first, langdetect (seeded, limited to
the configured languages) only speaks on longer text, and when neither is sure the session
keeps the language it already had: "ok", "stress" and "burnout" are not a reason to switch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.nlu.normalise import clean, tokens
from bot.types import Lang

# Words that, in chat, belong to one language only. Normal form: no accents, contractions expanded.
FR_WORDS = frozenset(
    """
    allo bonjour bonsoir salut coucou merci oui non ouin ouais ben bin pis pas plus je me moi mon ma mes
    tu te toi ton ta tes il elle nous vous ils elles le la les un une des du au aux et ou mais donc car
    est suis es sont etre avoir ai as avons avez ont fait faire va vais aller veux peux sais dois
    quoi qui que pourquoi comment quand combien ca cela ceci cette ces avec sans pour dans sur sous chez
    tres trop peu beaucoup rien tout tous toute toutes quelque quelqu chose personne jamais toujours encore
    aide aidez besoin parler travail job ouvrage boss patron patronne collegue collegues chum blonde
    fatigue fatiguee epuise epuisee tanne tannee capable ecoeure ecoeuree deprime deprimee triste peur
    mal malade deuil mort morte decede harcelement violence conjugale alcool drogue jeu retour arret
    maladie enfant enfants jeune jeunes famille mere pere frere soeur ami amie amis
    francais anglais svp stp bienvenue desole desolee daccord accord correct voila genre tsé sais
    recommencer retour arreter arret aidez oublie oublier annuler aussi ici la maintenant aujourd hui
    hier demain semaine soir matin nuit crie cries crier dessus devant monde chaque soirs bois boire
    depuis longtemps vraiment juste cest ya y en ne plait vie vivre
    qqn qqch jsp tkt slt mdr ptdr bcp pk pcq a+ bonne nuit journee fin semaine ouf bof pantoute icitte
    a+ principal nouvelle conversation prochaine egal urgent ben la parce tantot tantôt pouvez peut faut falloir ete etait etais fait dit bien mieux reunion usine
    chaleur cuisine degres rencontre direction passe pense pensais plusieurs situation meme aussi""".split()
)
EN_WORDS = frozenset(
    """
    hi hello hey thanks thank thx yes yeah yep nope no not the a an and or but so because i me my mine
    you your yours he him his she her hers we us our they them their is am are was were be been being
    have has had do does did don t can cannot can t won will would should could what who why how when
    where which this that these those with without for from into about of on in at by to too very
    much many nothing everything something someone anyone nobody never always again still help please
    talk work job boss coworker coworkers colleague colleagues tired exhausted sad scared afraid sick
    grief died passed away death harassment violence partner drinking drink drugs gambling back
    return leave kid kids child children family mother father mom dad brother sister friend friends
    english french welcome sorry okay right now today yesterday tomorrow week night morning just really
    feel feeling feels anymore here there anything else want need going get got know think life live
    yells yelling shouts front everyone every evenings wanna gonna m ve s ll d re
    maybe sounds good sure whatever start over guess got thank bye goodbye addiction
    lol lmao lmk imo imho tbh btw brb g2g gtg cya ttyl asap np kk idk nvm ikr smh wym omg thx ty tysm pls plz
    welp yup nah ya yep ok k sucks rough day night finished done quit undo retry menu main new conversation
    downtown oh great fine cool awesome later neither either nope yeah totally exactly whatever anyway
    off bed see soon take care have nice evening weekend""".split()
)
# Pieces the normal form splits off ("ça m'a" gives "me a", "I'm" gives "i m"): no sign of a language mixed in.
_SPLIT_OFF = frozenset("a m s d t re ve ll".split())
# Present in both languages: they tell nothing on their own.
_SHARED = frozenset("ok okay stress burnout burn out non taxi email cool super bye top go pause covid hey wow full shift "
                    "meeting call".split())


@dataclass(frozen=True)
class LangGuess:
    lang: Lang
    confident: bool
    source: str  # "lexicon", "langdetect", "session" or "default"


@lru_cache(maxsize=1)
def _factory() -> object:
    """langdetect with only the French and English profiles: the bot never needs the other 53, which
    cost about 60 MB of memory (bench/engine.py)."""
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.seed = 0
    profiles = []
    for code in ("fr", "en"):
        with open(os.path.join(PROFILES_DIRECTORY, code), encoding="utf-8") as f:
            profiles.append(f.read())
    factory.load_json_profile(profiles)
    return factory


def warm() -> None:
    """Load the two profiles now (bot.nlu.warm), not on the first short message the lexicon cannot place."""
    _factory()


@lru_cache(maxsize=1)
def _full_factory() -> object:
    """Every profile: only the benchmark's raw-langdetect baseline uses it."""
    from langdetect.detector_factory import DetectorFactory, init_factory

    init_factory()
    DetectorFactory.seed = 0
    from langdetect import detector_factory

    return detector_factory._factory


def langdetect_probs(text: str, allowed: Sequence[str]) -> dict[str, float]:
    """langdetect's probabilities restricted to `allowed`, renormalised; {} when it has nothing to say."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    try:
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(text)
        probs = {p.lang: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}
    kept = {k: v for k, v in probs.items() if k in allowed}
    total = sum(kept.values())
    return {k: v / total for k, v in kept.items()} if total else {}


def raw_langdetect(text: str) -> str | None:
    """Plain langdetect, unrestricted: the baseline the benchmark compares against."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _full_factory()
    try:
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(text)
        result: str = detector.detect()
        return result
    except LangDetectException:
        return None


def _lexicon_scores(toks: Sequence[str]) -> tuple[float, float]:
    fr = en = 0.0
    for t in toks:
        if t in _SHARED:
            continue
        in_fr, in_en = t in FR_WORDS, t in EN_WORDS
        if in_fr and not in_en:
            fr += 1
        elif in_en and not in_fr:
            en += 1
    return fr, en


# Once a conversation has a language, a message changes it only when it is long and clearly the other
# language: "ok", "thx", "bye", "yes please" or "c'est tellement stressful" never flip a session.
SWITCH_MIN_WORDS = 5
SWITCH_MIN_MARGIN = 3
SWITCH_MIN_PROB = 0.95


def session_language(
    text: str,
    current: Lang | None,
    allowed: Sequence[Lang] = ("fr", "en"),
    default: Lang = "fr",
    use_lexicon: bool = True,
    locked: bool = False,
) -> Lang:
    """The conversation's language after this message: the one rule the engine and the benchmark share."""
    guess = detect_language(text, current, allowed, default, use_lexicon)
    if current is None or current not in allowed:
        return guess.lang
    if locked or guess.lang == current or not guess.confident:
        return current
    return guess.lang if _strong(text, guess, use_lexicon) else current


def _strong(text: str, guess: LangGuess, use_lexicon: bool) -> bool:
    """Enough evidence to leave the session's language: several words, and a clear lexicon or langdetect."""
    words = [t for t in tokens(text) if t.isalpha()]
    if len(words) < SWITCH_MIN_WORDS:
        return False
    fr, en = _lexicon_scores(words) if use_lexicon else (0.0, 0.0)
    mine, other = (fr, en) if guess.lang == "fr" else (en, fr)
    session_words = _lexicon_scores([w for w in words if w not in _SPLIT_OFF])[1 if guess.lang == "fr" else 0]
    if session_words >= 1:
        return False  # words of the session's own language in it: a mixed message follows the session
    if mine >= SWITCH_MIN_MARGIN and other <= 1:
        return True
    probs = langdetect_probs(clean(text), (guess.lang, "fr" if guess.lang == "en" else "en"))
    return probs.get(guess.lang, 0.0) >= SWITCH_MIN_PROB and mine >= other


def detect_language(
    text: str,
    current: Lang | None = None,
    allowed: Sequence[Lang] = ("fr", "en"),
    default: Lang = "fr",
    use_lexicon: bool = True,
) -> LangGuess:
    """Guess the language of one message, keeping `current` when the message does not say."""
    fallback: Lang = current if current is not None and current in allowed else (default if default in allowed else allowed[0])
    if len(allowed) == 1:
        return LangGuess(allowed[0], True, "default")
    toks = tokens(text)
    words = [t for t in toks if t.isalpha()]
    if not words:
        return LangGuess(fallback, False, "session" if current else "default")
    fr = en = 0.0
    if use_lexicon:
        fr, en = _lexicon_scores(words)
        margin = abs(fr - en)
        if margin >= 2 or (margin >= 1 and min(fr, en) == 0):
            lex: Lang = "fr" if fr > en else "en"
            if lex in allowed:
                return LangGuess(lex, True, "lexicon")
    body = clean(text)
    if len(words) >= 3 or len(body) >= 20 or not use_lexicon:
        probs = langdetect_probs(body, allowed)
        if probs:
            best = max(probs, key=lambda k: probs[k])
            if probs[best] >= 0.9 or not use_lexicon:
                return LangGuess(best, True, "langdetect")  # type: ignore[arg-type]
    if use_lexicon and fr != en:
        lex2: Lang = "fr" if fr > en else "en"
        if lex2 in allowed:
            return LangGuess(lex2, current is None, "lexicon")
    return LangGuess(fallback, False, "session" if current else "default")
