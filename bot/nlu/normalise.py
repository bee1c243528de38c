"""Turn chat text into comparable tokens: the same words however they are typed.

Workers write on phones, fast, often in Quebec French: no accents, "chu" for "je suis",
"pu" for "plus", "jveux", letters held down for emphasis. Every matcher (language, crisis,
themes, FAQ, buttons) works on this one normal form so they never disagree on spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_ANALYSED_CHARS = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                              "\u0153": "oe", "\u00e6": "ae"})  # "nœud", "cœur" as people type them: "noeud"
_WORD = re.compile(r"[a-z0-9]+")
_TRIPLE = re.compile(r"(.)\1{2,}")

# Elided articles and pronouns ("j'ai", "l'ouvrage", "qu'il"): split them off.
_ELISION = re.compile(r"\b(j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'")
_ELIDED = {"j": "je", "l": "le", "d": "de", "m": "me", "t": "te", "s": "se", "n": "ne", "c": "ce",
           "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}

# Quebec and SMS contractions, applied to whole tokens after accents are removed.
CONTRACTIONS: dict[str, str] = {
    "chu": "je suis",
    "chus": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jsuis": "je suis",
    "jsui": "je suis",
    "jss": "je suis",
    "shu": "je suis",
    "jveux": "je veux",
    "jvx": "je veux",
    "jvais": "je vais",
    "jva": "je vais",
    "jvas": "je vais",
    "jme": "je me",
    "jpeux": "je peux",
    "jpx": "je peux",
    "jsais": "je sais",
    "jsai": "je sais",
    "jai": "je ai",
    "jtanne": "je tanne",
    "jcrois": "je crois",
    "jpense": "je pense",
    "jfais": "je fais",
    "jmen": "je me en",
    "jen": "je en",
    "jle": "je le",
    "jla": "je la",
    "jarrete": "je arrete",
    "mieu": "mieux",
    # dev_g: joual pronouns and SMS/misspelt forms (spelling tolerance, not phrases)
    "moe": "moi",
    "toe": "toi",
    "jaimerai": "je aimerais",
    "jaimerais": "je aimerais",
    "jattend": "je attends",
    "jattends": "je attends",
    "jdois": "je dois",
    "quil": "que il",
    "sortire": "sortir",
    "finire": "finir",
    "pillule": "pilule",
    "pillules": "pilules",
    "prit": "pris",
    "colege": "collegue",
    "colegue": "collegue",
    "boyfreind": "boyfriend",
    "girlfreind": "girlfriend",
    "threating": "threatening",
    "gona": "gonna",
    # dev_h: English SMS forms
    "every1": "everyone",
    "some1": "someone",
    "any1": "anyone",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "ded": "dead",
    "sry": "sorry",
    "tn": "tonight",
    "srry": "sorry",
    "tryna": "trying to",
    "ty": "thank you",
    "tho": "though",
    "realy": "really",
    "nite": "night",
    "tmrw": "tomorrow",
    "evrywhere": "everywhere",
    "thru": "through",
    "doin": "doing",
    "goin": "going",
    "takin": "taking",
    "thinkin": "thinking",
    "tryin": "trying",
    "gettin": "getting",
    "feelin": "feeling",
    "nothin": "nothing",
    "jetais": "je etais",
    "cest": "ce est",
    "hes": "he s",
    "shes": "she s",
    "theyre": "they re",
    "ill": "i ll",
    "id": "i d",
    "jarrive": "je arrive",
    "jpeu": "je peux",
    "jy": "je y",
    "dy": "de y",
    "mtuer": "me tuer",
    "jmtue": "je me tue",
    "jvoulais": "je voulais",
    "jlai": "je le ai",
    "vx": "veux",
    "veu": "veux",
    "pu": "plus",
    "pk": "pourquoi",
    "pcq": "parce que",
    "pck": "parce que",
    "tsé": "tu sais",
    "tse": "tu sais",
    "ya": "il y a",
    "y'a": "il y a",
    "yé": "il est",
    "ye": "il est",
    "cé": "ce est",
    "ke": "que",
    "kek": "quelque",
    "koi": "quoi",
    "tjrs": "toujours",
    "tjs": "toujours",
    "bcp": "beaucoup",
    "qqch": "quelque chose",
    "qqn": "quelqu un",
    "mourrir": "mourir",
    "mouri": "mourir",
    "sucider": "suicider",
    "suisider": "suicider",
    "suicidé": "suicider",
    "im": "i m",
    "ive": "i ve",
    "dont": "don t",
    "cant": "can t",
    "wont": "won t",
    "idk": "i don t know",
    "u": "you",
    "ur": "your",
    "r": "are",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "kms": "kill myself",
    "kys": "kill yourself",
    "pls": "please",
    "plz": "please",
    "svp": "se il vous plait",
    "stp": "se il te plait",
}


def clean(text: str) -> str:
    """Strip control and invisible characters; keep newlines as spaces."""
    text = unicodedata.normalize("NFKC", text[:MAX_ANALYSED_CHARS])
    text = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to decompose: most chat messages
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _squeeze(text: str) -> str:
    """Letters held down for emphasis ("nooooon", "helllp"): keep two, a real double survives.

    Safe on a whole string: a run of one character is either inside a word or outside every word."""
    return _TRIPLE.sub(r"\1\1", text)


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case, accent-free, contraction-expanded tokens of `text`."""
    t = clean(text).lower().translate(_APOSTROPHES)
    if "'" in t:
        t = _ELISION.sub(lambda m: _ELIDED[m.group(1)] + " ", t).replace("'", " ")
    t = _squeeze(strip_accents(t))
    out: list[str] = []
    for tok in _WORD.findall(t):
        expanded = CONTRACTIONS.get(tok)
        if expanded is None and _DOUBLE.search(tok):
            expanded = CONTRACTIONS.get(_single(tok))
        if expanded:
            out.extend(expanded.split())
        else:
            out.append(tok)
    return tuple(out)


_DOUBLE = re.compile(r"(.)\1")
_DOUBLES = re.compile(r"(.)\1+")


def _single(token: str) -> str:
    return _DOUBLES.sub(r"\1", token)


def normalise(text: str) -> str:
    """The normal form as one space-separated string, for phrase matching."""
    return " ".join(tokens(text))


def single_letters(norm: str) -> str:
    """Every doubled letter made single, token by token, on an already normal string."""
    return " ".join(_single(t) for t in norm.split())
