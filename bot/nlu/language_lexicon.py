"""How much each word a worker types says about French or English.

Words are read as typed (lower case, no accents, apostrophes kept), not in the normal form: "ya" is
English "you/yeah" as often as Quebec "il y a", "g2g" and "à+" lose their meaning once split, and
"chu" or "idk" are themselves signs of a language. Three kinds of evidence, weighted:

- 1: chat words of one language only, typed by hand below: function words, pronouns, contractions
  and texting forms ("jsp", "tkt", "pis", "ngl", "omw", "l8r"), and the pieces around an apostrophe
  ("j'", "qu'", "'m", "n't");
- 0.5: words far more frequent in one language's dictionary (bot/nlu/language_words.txt, built by
  bench/make_language_words.py): content words such as "overwhelmed", "loyer" or "usine";
- 0: words Quebec French chat shares with English ("ok", "job", "shift", "weekend", "deadline", "hey"),
  except a few that still lean one way ("bye", 0.5 English).

Function words weigh more than content words because content words are what people borrow; for the same
reason grammar words alone (grammar()) decide a mixed message the weights leave undecided. texting() tells a
line written in shorthand, which bilingual texters share and which therefore never switches a session alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from bot.nlu.normalise import CONTRACTIONS, clean, normalise, strip_accents

WORDS_FILE = Path(__file__).with_name("language_words.txt")
HAND = 1.0
DICTIONARY = 0.5

# Grammar: pronouns, determiners, prepositions, conjunctions, auxiliaries and negation. People borrow nouns,
# verbs and adjectives from the other language, rarely these, so they decide a mixed message ("mon coworker m'a
# ghosté" is French). Texting forms: shorthand either language's texters drop into the other one ("tbh", "jsp").
FR_GRAMMAR = frozenset(
    """
    je moi mon ma mes tu te toi ta tes il elle nous vous ils elles le la les un une des du au aux et ou mais donc de
    en ce se sa ses leur leurs notre nos votre vos lui eux si comme alors puis apres avant entre vers par parce
    est suis es sont etre avoir ai as avons avez ont fait faire va vais veux peux sais dois etait sera serait
    quoi qui que pourquoi comment quand combien ca cela ceci cette ces avec sans pour dans sur sous chez
    tres trop peu beaucoup rien tout tous toute toutes quelque quelqu jamais toujours encore pas ne pis pi
    aussi ici maintenant depuis vraiment juste moe faut pouvez peut etais ete
    """.split()
)
FR_TEXTING = frozenset(
    """
    qqn qqch jsp tkt slt bjr bsr mdr ptdr bcp pk pcq pck pq a+ tse tlm mtn mnt ajd auj dsl rdv vrm vrmt koi ki jtm
    tjrs tjs ptet ptete dla ds dac dacc chus chui chuis jsuis jpense jveux jvais jme jte jpeux jcrois jfais jai
    svp stp cest y'a
    """.split()
)
FR_CHAT = frozenset(
    """
    allo bonjour bonsoir salut coucou merci oui non ouin ouain ouais ben y
    aide aidez besoin parler travail ouvrage patronne collegue collegues chum
    fatigue fatiguee epuise epuisee tanne tannee ecoeure ecoeuree deprime deprimee triste peur
    mal malade deuil mort morte decede harcelement conjugale alcool drogue jeu retour arret
    maladie enfant enfants jeune jeunes famille mere pere frere soeur ami amie amis chose personne
    francais anglais bienvenue desole desolee daccord accord voila genre
    recommencer arreter oublie oublier annuler aujourd hui aujourd'hui
    hier demain semaine soir matin nuit crie crier dessus devant monde chaque soirs bois boire
    longtemps plait vie vivre bonne journee fin ouf bof pantoute icitte
    nouvelle prochaine egal tantot falloir dit bien aller
    mieux usine chaleur degres rencontre passe pense pensais plusieurs meme
    asteure astheure fak faque ostie osti esti tabarnak tabarnac criss crisse calisse caliss ayoye coudonc
    laisse aille soiree dodo oups ouache mettons pareil rh
    """.split()
)
EN_GRAMMAR = frozenset(
    """
    not the and or but so because i my mine you your yours he him his she her hers we us our they them their
    is am are was were be been being have has had do does did can cannot won will would should could
    what who why how when where which this that these those with without for from into about of in at by to too
    very it its if as than then any some all much many nothing everything something someone anyone nobody never
    always again still anymore here there anything else just really
    """.split()
)
EN_TEXTING = frozenset(
    """
    thx lol lmao lmk imo imho tbh btw brb g2g gtg cya ttyl asap np idk nvm ikr smh wym omg ty tysm pls plz k
    im ive cant wont didnt doesnt isnt wasnt aint thats whats youre theyre yall cuz coz bc tho rn ngl omw hbu wbu
    jk tmrw tmr 2day 2moro l8r gr8 b4 wut wat u r ur idc ily fyi irl tmi wtf wth hmu ima imma kk sup fml smth
    omfg lmfao rofl
    """.split()
)
EN_CHAT = frozenset(
    """
    hi hello thanks thank yes yeah yep nope no help please talk work coworker coworkers colleague colleagues tired
    exhausted sad scared afraid sick grief died passed away death harassment partner drinking drink drugs gambling
    back return leave kid kids child children family mother father mom dad brother sister friend friends
    english french welcome sorry right now today yesterday tomorrow week night morning
    feel feeling feels want need going get got know think life live
    yells yelling shouts everyone every evenings wanna gonna gotta kinda sorta lemme gimme dunno
    maybe sounds good sure whatever start over guess goodbye addiction
    welp yup nah sucks rough day finished done quit undo retry new
    downtown great fine awesome later neither either totally exactly anyway
    off bed see soon take care nice evening y'all same ugh meh yikes oops whoa dude bro guys hr
    """.split()
)
FR_WORDS = FR_GRAMMAR | FR_TEXTING | FR_CHAT
EN_WORDS = EN_GRAMMAR | EN_TEXTING | EN_CHAT
# Said the same way in Quebec French chat and in English: they tell nothing on their own.
SHARED = frozenset(
    """
    ok okay stress stresse burnout burn out taxi email cool super top go pause covid hey wow shift weekend job
    boss lift party fun gang rush feedback lunch deadline meeting full cute ya c a me correct capable urgent principal conversation
    situation direction cuisine blonde plus patron menu oh
    """.split()
)
# Spelt the same in both, but with a Quebec meaning in an English sentence ("my blonde" is a girlfriend, "the patron"
# a boss): they say nothing about a message alone, yet they show a francophone writing, so they keep a French session.
QUEBEC_MEANINGS = frozenset("blonde patron".split())
# Common in both but leaning one way: Quebec French says "bye" all the time, yet alone it is more often English.
LEANING = {"bye": (0.0, DICTIONARY)}
# French elided words before an apostrophe ("j'", "qu'"), English clitics after one ("'m", "n't").
_ELISIONS = frozenset("j l d m t s n c qu jusqu lorsqu puisqu".split())
_CLITICS = frozenset("m s re ve ll d t".split())
# French verb endings on an English stem ("worké", "booké", "forwarder"): a sign of English mixed in.
_FRANGLAIS = re.compile(r"^([a-z]{3,}?)(e|er|es|ez|ait)$")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SURFACE = re.compile(r"[a-z0-9+]+(?:'[a-z0-9]+)*")
_TRIPLE = re.compile(r"(.)\1{2,}")
_VOWELLESS = re.compile(r"[bcdfghjklmnpqrstvwxz]{2,}")  # "mgr", "pcq", "thx": typed in lower case, so not an acronym
_J_VERB = re.compile(r"j[bcdfghklmnpqrstvwxz][a-z]{2,}")  # "jtravaille", "jcomprends": "je" with its apostrophe dropped
_ELONGATED = re.compile(r"([a-z])\1{2,}")  # "sooo", "ouiii"

Evidence = tuple[float, float]  # (French, English)


@lru_cache(maxsize=4096)
def surface_words(text: str) -> tuple[str, ...]:
    """The words as typed: lower case, no accents, letters held down squeezed, apostrophes kept."""
    t = strip_accents(clean(text).lower().translate(_APOSTROPHES))
    return tuple(w for w in _SURFACE.findall(_TRIPLE.sub(r"\1\1", t)) if any(c.isalpha() for c in w))


@lru_cache(maxsize=1)
def dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """French-only and English-only everyday words from the built file, read once."""
    fr: set[str] = set()
    en: set[str] = set()
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, word = line.split(" ", 1)
            (fr if lang == "fr" else en).add(word)
    return frozenset(fr), frozenset(en)


def _hand(word: str) -> Evidence | None:
    if word in SHARED:
        return (0.0, 0.0)
    in_fr, in_en = word in FR_WORDS, word in EN_WORDS
    if in_fr != in_en:
        return (HAND, 0.0) if in_fr else (0.0, HAND)
    return (0.0, 0.0) if in_fr else None


@lru_cache(maxsize=8192)
def word_evidence(word: str) -> Evidence:
    """How much one typed word says for French and for English."""
    hand = _hand(word)
    if hand is not None:
        return hand
    if word in LEANING:
        return LEANING[word]
    if "'" in word:
        head, _, tail = word.partition("'")
        if head in _ELISIONS:
            fr, en = word_evidence(tail) if tail else (0.0, 0.0)
            return (fr + HAND, en)
        if tail in _CLITICS:
            fr, en = word_evidence(head) if head else (0.0, 0.0)
            return (fr, en + HAND)
        return _add(word_evidence(p) for p in word.split("'") if p)
    expanded = CONTRACTIONS.get(word)
    if expanded:
        fr, en = _add(_hand(w) or (0.0, 0.0) for w in normalise(expanded).split())
        return (HAND, 0.0) if fr > en else (0.0, HAND) if en > fr else (0.0, 0.0)
    fr_dict, en_dict = dictionary_words()
    if word in fr_dict:
        return (DICTIONARY, 0.0)
    if word in en_dict:
        return (0.0, DICTIONARY)
    m = _FRANGLAIS.match(word)
    if m and (m.group(1) in en_dict or m.group(1) in EN_WORDS):
        return (0.0, DICTIONARY)
    return (0.0, 0.0)


def _add(parts: Iterable[Evidence]) -> Evidence:
    fr = en = 0.0
    for f, e in parts:
        fr += f
        en += e
    return fr, en


def grammar_evidence(word: str) -> Evidence:
    """The evidence of a typed word's grammar alone: pronouns, determiners, prepositions, auxiliaries, negation,
    and the pieces around an apostrophe ("j'", "qu'", "'m", "n't")."""
    if "'" in word:
        head, _, tail = word.partition("'")
        if head in _ELISIONS:
            fr, en = grammar_evidence(tail) if tail else (0.0, 0.0)
            return (fr + HAND, en)
        if tail in _CLITICS:
            fr, en = grammar_evidence(head) if head else (0.0, 0.0)
            return (fr, en + HAND)
    in_fr, in_en = word in FR_GRAMMAR, word in EN_GRAMMAR
    if in_fr == in_en:
        return (0.0, 0.0)
    return (HAND, 0.0) if in_fr else (0.0, HAND)


def grammar(words: Iterable[str]) -> Evidence:
    """The grammar evidence of a message's words added up: (French, English)."""
    return _add(grammar_evidence(w) for w in words)


def texting_form(word: str) -> bool:
    """A typed word in texting shorthand: a listed form ("tbh", "jsp"), a word with no vowel ("mgr", "pcq") or a
    "je" glued to its verb ("jtravaille")."""
    return (word in FR_TEXTING or word in EN_TEXTING or bool(_VOWELLESS.fullmatch(word))
            or bool(_J_VERB.fullmatch(word) and word not in EN_WORDS))


def texting(text: str) -> bool:
    """True when a message is written the way people text: shorthand, or letters held down ("sooo"). Acronyms
    typed in capitals ("HR", "CLSC") are not shorthand."""
    if _ELONGATED.search(strip_accents(clean(text).lower())):
        return True
    typed = [w for w in clean(text).split() if not (w.isupper() and len(w) > 1)]
    return any(texting_form(w) for w in surface_words(" ".join(typed)))


def scores(words: Iterable[str]) -> Evidence:
    """The evidence of a message's words added up: (French, English)."""
    return _add(word_evidence(w) for w in words)


def names(text: str) -> frozenset[str]:
    """Words capitalised inside a sentence ("mon boss Kevin", "my lead Marie"), as typed words: a name
    borrowed from either language says nothing about the message's."""
    out: set[str] = set()
    parts = clean(text).split()
    for before, word in zip(parts, parts[1:], strict=False):
        if word[:1].isupper() and not word.isupper() and not before.endswith((".", "!", "?")):
            out.update(surface_words(word))
    return frozenset(out)


# Leaving: the conversation is ending, so its language stays whatever these words are in.
_FAREWELLS = re.compile(
    r"\b(bye|goodbye|good ?night|night night|gotta go|got to go|g2g|gtg|ttyl|cya|see ya|talk (later|soon)|"
    r"heading out|(off|heading|going) to bed|bonne (nuit|soiree|journee|fin de semaine|semaine)|au revoir|"
    r"a la prochaine|a plus|a demain|a tantot|je (te|vous) laisse|y aille|je me sauve|dodo)\b")
_FAREWELL_ENDS = re.compile(r"\b(later|l8r|nite|gnight|take care|see (you|u)( soon| tomorrow| tmrw)?|salut|a\+|tlm)$")


FAREWELL_MAX_WORDS = 8


def is_farewell(text: str) -> bool:
    """True when a short message says goodbye ("ok gotta go", "bon ben je te laisse", "à+"): a long one that
    mentions "bye" or ends on "later" is a story."""
    words = surface_words(text)
    if len(words) > FAREWELL_MAX_WORDS:
        return False
    typed = " ".join(words)
    return bool(_FAREWELLS.search(normalise(text)) or _FAREWELLS.search(typed) or _FAREWELL_ENDS.search(typed))
