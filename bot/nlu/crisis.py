"""Crisis detection: runs on every free-text message before any flow sees it.

The rules live here and in bot.nlu.crisis_rules / crisis_lexicon, in code, not in flows/ or
knowledge/: a coordinator editing YAML must never be able to weaken them. A message is read
sentence by sentence on its normal form (bot.nlu.normalise), with one-edit spelling tolerance on
keywords (bot.nlu.spelling) and idioms taken out first ("mort de rire", "this job is killing me").
Then the rules of bot.nlu.crisis_rules combine word classes; who is at risk is read from the
sentence's subject and reflexives; and the surest, most urgent finding wins.

Design choice: a miss is worse than a false alarm. Where a message may show danger but does not
say so clearly, the `concern` tier asks the person directly instead of staying quiet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlu import crisis_lexicon as L
from bot.nlu.crisis_rules import (
    META,
    NEGATION,
    OTHER_SUBJECT,
    RULES,
    SELF_SUBJECT,
    Rule,
)
from bot.nlu.crisis_taxonomy import NO_CRISIS, PRIORITY, TAXONOMY, AtRisk, Category, CrisisResult, Level
from bot.nlu.normalise import tokens
from bot.nlu.spelling import Corrector, guard_words

__all__ = ["CrisisResult", "detect", "detect_all"]

_PARTNER = L.PARTNER

# Idioms and non-crisis uses removed before matching. Each is a whole phrase, never a lone word.
_IDIOMS = [
    r"(mort|morte|morts|mourir|meurs|meurt|mourrais|crever|creve|crevee) de (rire|faim|soif|chaud|chaleur|froid|fatigue|hate|envie|honte|peur|ennui|curiosite)",
    r"(a|de) mourir de rire",
    r"chaud a (mourir|crever)",
    r"tuer le temps",
    r"(me|se|te|nous|vous) tuer (a|au|aux|dans) (la|le|les)? ?(tache|ouvrage|travail|job|shop|bureau|travailler|ouvrer|ecole)",
    r"(me|se) tue (a|au) (la|le)? ?(tache|ouvrage|travail|job|shop|travailler)",
    r"(boss|patron|patronne|gerant|gerante|superviseur|superviseure|chef|prof|professeur|mere|pere|maman|papa|coach|manager|mom|mum|dad|teacher|supervisor) (va|vont|will|would|is going to|s going to|going to|gonna) (me tuer|kill me)",
    r"(is|s|are|re|was|been) killing me",
    r"(dying|die|died|dead|died) (to|of|from) (laughter|laughing|embarrassment|shame|boredom|curiosity|hunger|thirst|heat)",
    r"(dying|dyin) to (see|know|try|go|get|meet|hear|read|eat)",
    r"(bored|scared|sick|tired|worried|frightened) to death",
    r"to die for(?! real)",
    r"(died|passed|passed away|decede|decedee|mort|morte) (by|of|par|du|de) (suicide)",
    r"(lost|perdu) (him|her|them|my \w+|mon \w+|ma \w+) (to|par|au) (suicide)",
    r"(se est|s est) suicidee?( il y a| le| en| l an| l annee| la semaine)",
    r"(committed|commit) suicide (last|in|when|years|a year|months)",
    r"suicide prevention|prevention du suicide|prevention suicide",
    r"(not|never|pas|jamais|nt) (suicidal|suicidaire)",
    r"(don t|do not|doesn t|does not|never) want to die",
    r"(ne )?(veux|voudrais|veut) (pas|jamais) mourir",
    r"tape sur (les|mes) nerfs",
    r"me couper (les|mes) (cheveux|ongles|frange)",
    r"cut myself (off|some slack|a piece|a slice)",
    r"kill (the|some) time",
    r"killed it|killing it",
    r"(no|pas d|aucune) (idees|pensees) (noires|suicidaires)",
]
_IDIOM_RE = re.compile(r"\b(" + "|".join(_IDIOMS) + r")\b")

_IDIOMS += [
    r"(va|vont|is going to|s going to|gonna|will|ll) (me tuer|kill me)(?= .*(oublie|forgot|forget|oublier|retard|late|"
    r"rapport|report|vidanges|garbage|dishes|vaisselle|facture|bill))",
    r"(me|m) (tue|tuent) (a petit feu|de voir)|(kills|killing) me (that|to see)|ca me tue|it kills me",
    r"(mes|my) (pieds|feet|dos|back|genoux|knees) (me tuent|are killing me|kill me)",
    r"(suicide|suicidaire) (professionnel|professionnelle|politique)|(career|political|social) suicide",
    r"(rire|ri|ris) (a en|a) mourir|(shoot|kill) me now|tuez moi quelqu un|over my dead body|death of me|would rather die|"
    r"d rather die|rather die than|the death of|la mort des|la mort de la|(car|char|ordi|laptop|phone|cell|battery|"
    r"batterie|computer|auto|plant|plante) (est|is|just|vient de|died|a)? ?(mort|morte|died|die|mourir|dead)",
    r"(mort|morte|dead) (de|of) (fatigue|rire|honte|faim|soif|peur)|dead (tired|on my feet)|(im|i m|je suis|jsuis|chu) "
    r"(mort|morte|dead)( litteralement| literally)?( lol| mdr|$)",
    r"(rire|ri|laugh|laughing)( a| to)? (en mourir|death)|died laughing|mourir de rire",
    r"(est|etait|is|was|ce est|c est) (mortel|mortelle|killer)|killer (song|toune|show|deal)|deadly (hot|boring)|chaleur a mourir|starving to death|murder a|tuer la game|tue la game|"
    r"killed it|kill it|strangle the printer|etrangler le imprimante|etrangler l imprimante|avoir ma peau",
    r"tuer le temps|killing time|kill time",
    r"overdosed on (netflix|tv|coffee|cafe|chocolate|sugar|work|memes)|die on this hill|(dying|crever|creve|mourir|meurs)"
    r" (in|of|de|dans) (this|the|cette|la)? ?(heat|chaleur)|(ca|ce|cela|that|it) (me|m) (a )?(tue|tuee|killed)|"
    r"(me|m|te|t) (faire|fait|fais|faisait|faisais) mourir|(me|m) a tuee? avec (ses|son|sa|leurs|leur)|"
    r"me faire (tuer|chicaner|engueuler) par|(failli|almost|nearly) (mourir|died|die)|"
    r"(lost|perdu|perdue) (\w+ ){1,4}(to|par|a) (an |une )?(overdose|surdose)",
    r"(job|travail|deadline|rapport|report|dossier|shift|quart|semaine|week|meeting|meetings|reunion|reunions|client|"
    r"cliente|ouvrage|paperasse|paperwork|procedure|commute|trafic|traffic|horaire|schedule|overtime|temps supplementaire)"
    r"( la| là| ci)? (va me tuer|vont me tuer|me tue|me tuent|is killing me|are killing me|kills me|will kill me)",
    r"(me|se|m|s) (tue|tuer|tuent) a (leur |lui |vous |te )?[a-z]+(er|ir|re)\b",
    r"(me|m) fait mourir|(ennuie|ennuyer|ennuyant|ennuyante|plate|long) a (mourir|mourrir)|kill for a|d kill for",
    r"(lost|perdu|perdue) (\w+ ){1,3}(to|par|au|a cause du) suicide",
    r"(coupe|coupee|brule|brulee|cut|burned|burnt|sliced) (le|la|les|mon|ma|my|the|a) (doigt|doigts|pouce|finger|"
    r"fingers|thumb)",
    r"(en finir|finish|be done) (avec|with) (ce|cette|ca|le|la|les|mon|ma|mes|un|une|des|cet|this|that|the|my) "
    r"(?!vie\b|jours\b|life\b)",
]
# A death in the past, told as grief ("my brother took his life ten years ago"): not a danger now.
_PAST_LOSS = re.compile(r"\b(ago|years|yrs|ans|il y a|since|depuis|last year|l an dernier|le an dernier|l annee derniere|"
                        r"le annee derniere|anniversary|anniversaire|funeral|funerailles|deuil|grief|grieving|"
                        r"ca fait \d+|it s been|its been)\b")
_COMPLETED = re.compile(r"\b(se est tue en|se est tuee en|killed (him|her|them)sel(f|ves)|took (his|her|their) (own )?life|se est (suicide|suicidee|"
                        r"enleve la vie|pendu|pendue)|committed suicide|died by suicide|s est suicidee?|"
                        r"a mis fin a ses jours|ended (his|her|their) life)\b")
# Told about oneself long ago and no more ("I was suicidal in my 20s, got help"): not a danger now, unless it is back.
_DISTANT_PAST = re.compile(r"\b(in my \d+s|years ago|yrs ago|il y a \d+ ans|ya \d+ ans|y a \d+ ans|quand j etais (jeune|ado)|"
                           r"when i was (young|a teen|a kid|\d+)|c est loin|ce est loin|got help|haven t had|havent had|"
                           r"all clear|screened me|depiste)\b")
_RECURS = re.compile(r"\b(back|again|encore|revient|reviennent|recommence|ce soir|lately|"
                     r"dernierement|these days|ces temps ci|tonight|right now)\b")
# The writer takes it back in so many words ("j'veux mourir... non pas pour vrai lol").
_RETRACTED = re.compile(r"\b(pas pour vrai|not for real|figure of speech|facon de parler|just kidding|je niaise|je blague|"
                        r"just joking|only joking|c est une joke|ce est une joke)\b")
# Hunting, a range, a game, an accident: the same words, no danger.
_NO_DANGER_CONTEXT = re.compile(r"\b(hunting|chasse|gun range|shooting range|champ de tir|club de tir|orignal|moose|"
                                r"chevreuil|deer|pal|permis|clean my rifle|nettoie ma carabine|slipped|glisse|glissee|"
                                r"friteuse|fryer|en cuisinant|cooking|by accident|par accident|sans faire expres|"
                                r"en ouvrant|opening boxes|accident de)\b")
_ON_MYSELF = re.compile(r"\b(myself|on me|sur moi|moi meme|pense juste a ca|pense juste a ce|think about it|"
                        r"thinking about it|je y pense|j y pense|using it on|me en servir|m en servir)\b")
_ASKED_IF = re.compile(r"\b(asked|asks|ask|demande|demandait|demandé|wondered|wonder)( \w+){0,2} (if|si|whether)\b")
_IDIOM_RE = re.compile(r"\b(" + "|".join(_IDIOMS) + r")\b")
_SENTENCES = re.compile(r"[.!?;\n]+|\s[-–—]\s")
_KEYWORD = re.compile(r"\b(suicide|suicides|suicidaire|suicidal|suicider|suicidee|kms|unalive|overdose|surdose|"
                      r"self harm|automutilation|kill myself|me tuer|me suicider|mourir|die|dying|want to die)\b")
_WORD = re.compile(r"[a-z]{5,}")
_NOT_A_NEGATION = re.compile(r"\b(arrete pas de|arrete pas|arrive pas a|peux pas arreter|can t stop|cant stop|"
                             r"couldn t stop|can t get it out|ne fait pas que|pas juste)\b")
# The word that matters most, however it is spelt: "suisside", "sucide", "suicid", "suiscidaire".
_SUICIDE_SPELLING = re.compile(r"^s(?:u|ou)i?(?:c|s|ss|sc)i?(?:d|dd)(?:e|er|aire|air|aires|al|ale|ee|es|ez)?$")
_THREAT_VERBS = frozenset("kill find hurt make get come shoot stab do beat hit end finish".split())
_THREAT_BEFORE = re.compile(r"\b(menace|menacait|menacent|a menace|threatens|threatened|jure|swore)\b")
# French verbs people run into their pronoun when they drop the apostrophe ("menlever", "metendre").
_ELIDABLE = frozenset("enlever enleve effacer etendre endormir endors eteindre empecher ecraser etais etrangler etrangle "
                      "arracher achever ouvrir ouvert aider attacher attache echapper etouffer avaler avale en".split())
_ELIDED = {"j": "je", "m": "me", "t": "te", "s": "se", "l": "le", "d": "de", "n": "ne"}
CLAUSE = "zz"  # a comma, kept as a token: a negation does not reach past it ("je rentre pas, je vais au quai")
_INNER_NEGATION = re.compile(r"\b(pas|jamais|aucun|aucune|not|never|no|nt|don t|won t|wouldn t|ni|sans|without)\b")


@lru_cache(maxsize=1)
def _corrector() -> Corrector:
    words: set[str] = set()
    for name, value in vars(L).items():
        if name.isupper() and isinstance(value, str):
            words.update(_WORD.findall(value))
    for rule in RULES:
        for part in rule.parts:
            words.update(_WORD.findall(part.pattern))
    words.update(("suicide", "suicidaire", "suicidal", "suicider", "mourir", "overdose", "automutilation", "myself",
                  "himself", "herself", "menace", "etrangler", "poignets", "vivre", "living"))
    return Corrector(words, guard_words())


@lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    words: set[str] = set()
    for name, value in vars(L).items():
        if name.isupper() and isinstance(value, str):
            words.update(re.findall(r"[a-z]+", value))
    return frozenset(words)


def _single(token: str) -> str:
    return re.sub(r"(.)\1+", r"\1", token)


def _mend(toks: tuple[str, ...]) -> list[str]:
    """Spelling mended: apostrophes people leave out ("menlever", "hell kill me"), then one-edit typos."""
    out: list[str] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "dye" and out and out[-1] in ("to", "wanna", "want", "gonna", "i", "just"):
            out.append("die")
        elif t not in _corrector().keywords and _SUICIDE_SPELLING.match(t):
            out.append("suicider" if t.endswith("er") else "suicidaire" if "air" in t else "suicide")
        elif t in ("hell", "shell", "theyll") and nxt in _THREAT_VERBS:
            out.extend((t[:-2], "ll"))
        elif t not in _all_words() and _single(t) in _all_words():
            out.append(_single(t))  # "diee", "mourrirr": letters held down
        elif len(t) > 5 and t[0] in "jmtsldn" and t[1:] in _ELIDABLE:
            out.extend((_ELIDED[t[0]], t[1:]))
        else:
            out.append(_corrector().correct(t))
    return out


def _forms(sentence: str) -> list[str]:
    """The sentence's normal form, spelling mended, idioms out."""
    toks = _mend(tokens(sentence.replace(",", f" {CLAUSE} ")))
    return [_IDIOM_RE.sub(" _ ", " ".join(toks))]


def _negated(text: str, start: int, end: int | None = None) -> bool:
    """A negation just before the finding, or inside it ("je veux pas mourir"), or a reported question."""
    before = _NOT_A_NEGATION.sub(" ", text[:start]).rstrip()
    if NEGATION.search(before) or _ASKED_IF.search(" ".join(before.split()[-6:])):
        return True
    return end is not None and bool(_INNER_NEGATION.search(text[start:end]))


def _match(rule: Rule, text: str) -> tuple[int, int] | None:
    """The span of the rule in `text`, or None. An `all` rule's span runs from its first part to its last."""
    spans: list[tuple[int, int]] = []
    for part in rule.parts:
        m = part.search(text)
        if m is None:
            return None
        inner = rule.inner or None
        if rule.negatable and _negated(text, m.start(), m.end() if inner else None):
            m2 = next((x for x in part.finditer(text) if not _negated(text, x.start(), x.end() if inner else None)), None)
            if m2 is None:
                return None
            m = m2
        spans.append(m.span())
    return min(s for s, _ in spans), max(e for _, e in spans)


def _nearest_subject(text: str, start: int) -> str | None:
    before = text[:start].split()[-8:]
    for i in range(len(before) - 1, -1, -1):
        if SELF_SUBJECT.fullmatch(before[i]):
            return "self"
        if OTHER_SUBJECT.fullmatch(before[i]) or OTHER_SUBJECT.fullmatch(" ".join(before[i:i + 2])):
            return "other"
    return None


_FIRST_PERSON = re.compile(r"\b(?:i|je|j|moi)\b")
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|il|elle|iel|ils|elles)\b")
# A message that opens on a verb with no subject is the writer's own ("sold my truck", "wrote letters 4 my kids").
_OPENING_VERB = re.compile(r"^(?:\w+ed|sold|gave|wrote|got|took|made|left|put|spent|paid|bought|kept|told|texted|"
                           r"keep|been|cant|can t|want|wanna|gonna|thinking|lying|sitting|standing|driving|"
                           r"just|booked|cancelled|picked|lined|gave)\b")
_REL_SUBJECT = re.compile(rf"^(?:(?:my|mon|ma|mes|a|un|une|le|la|the|our|notre|this|ce|cette) )?(?:\w+ )?(?:{L.RELATIVE})\b")


def _main_subject(text: str) -> str | None:
    """Who a whole window is about when its rule spans several clauses: the first person named as a subject."""
    words = text.split()
    first = _FIRST_PERSON.search(text)
    third = _THIRD_PERSON.search(text)
    if _OPENING_VERB.match(text) or (words and words[0] in ("me", "m", "moi", "chu", "jsuis")):
        return "self"
    if _REL_SUBJECT.match(text) and not (first and first.start() < 12):
        return "other"
    if first and (not third or first.start() < third.start()):
        return "self"
    if third:
        return "other"
    return None


def attribute(text: str, start: int, end: int, whole_window: bool = False) -> str:
    """Who a self-directed finding is about: the writer ("self"), someone else ("other"), or the writer
    at someone else's hands ("agent": "il veut me tuer" is a threat, not a wish to die)."""
    inside = text[start:end]
    if whole_window:
        if re.search(r"\b(?:myself|my self)\b", inside):
            return "self"
        if re.search(r"\b(?:himself|herself|themselves|themself)\b", inside):
            return "other"
        return _main_subject(text) or "self"
    subject = _nearest_subject(text, start)
    if re.search(r"\b(?:myself|my self)\b", inside):
        return "self"
    if re.search(r"\b(?:me|m|moi)\b", inside):
        threatened = _THREAT_BEFORE.search(" ".join(text[:start].split()[-3:]))
        return "agent" if subject == "other" or (threatened and subject != "self") else "self"
    if re.search(r"\b(?:se|s|himself|herself|themselves|themself)\b", inside) or OTHER_SUBJECT.search(inside):
        return "other"
    return subject or _main_subject(text) or "self"


_HARM_VERB = (r"(?:hit|hits|beat|beats|beaten|strangle|strangles|strangled|choke|chokes|choked|kill|pushed|shoved|"
              r"held a gun to|frappe|frapper|battue|battu|bat|etrangle|tuer|tue|tuerait|pousse|poussee|menace|menacee|"
              r"threatened|slapped|kicked|punched)")
_HARM_OTHER = re.compile(rf"\b{_HARM_VERB}(?: \w+){{0,2}} (?:her|him|them|ma soeur|ma mere|my sister|my mom|my mother|"
                         rf"my daughter|ma fille|my son|mon fils)\b|\b(?:la|le|l|lui) (?:a |va |veut )?{_HARM_VERB}\b")
_HARM_ME = re.compile(rf"\b{_HARM_VERB}(?: \w+){{0,2}} (?:me|us|my kids|my children|moi)\b|"
                      rf"\b(?:me|m|nous) (?:a |va |veut |ont )?{_HARM_VERB}\b")


def _violence_target(text: str, start: int, end: int) -> str:
    """Who is hurt or threatened: the writer, or someone the writer tells about (a sister, a colleague)."""
    if _HARM_ME.search(text):
        return "self"
    if _HARM_OTHER.search(text):
        return "other"
    inside = text[start:end]
    if re.search(r"\b(?:me|m|moi|my|us|nous|i|je|mes|ma|mon)\b", inside):
        return "self"
    if re.search(r"\b(?:her|him|la|le|lui|elle|them|les)\b", inside):
        return "other"
    return "self"


def _findings(sentence: str, meta: bool, seen: set[str]) -> list[tuple[int, int, Category, Level, str, str]]:
    """What the rules find in one window. A rule already found in a narrower window is not read again in a
    wider one: the narrow window says better who it is about."""
    out: list[tuple[int, int, Category, Level, str, str]] = []
    for form in _forms(sentence):
        for rule in RULES:
            if (rule.meta and meta) or rule.name in seen:
                continue
            span = _match(rule, form)
            if span is None:
                continue
            category: Category = rule.category
            who = "self"
            if category in ("suicide", "attempt", "self_harm"):
                who = attribute(form, *span, whole_window=rule.shape == "all")
                if who == "agent":
                    category, who = "violence", "self"
                elif who == "other":
                    category = "other_at_risk"
                    if _COMPLETED.search(form) or meta:
                        continue  # someone who died, told as grief or news: not a danger now
            if category in ("violence", "domestic_violence"):
                if who != "other":
                    who = _violence_target(form, *span)
                if category == "violence" and re.search(rf"\b(?:{_PARTNER})\b", form):
                    category = "domestic_violence"
            if _set_aside(form, category, who, rule):
                continue
            rank = PRIORITY[category] + (0 if rule.level == "risk" else 10)
            out.append((rank, 0 if who == "self" else 1, category, rule.level, rule.name, who))
    return out


def _set_aside(form: str, category: Category, who: str, rule: Rule) -> bool:
    """A finding the sentence itself takes back: long ago, retracted, or hunting and accidents."""
    if _RETRACTED.search(form):
        return True
    if category in ("suicide", "self_harm") and who == "self" and _DISTANT_PAST.search(form) and not _RECURS.search(form):
        return True
    return (_NO_DANGER_CONTEXT.search(form) is not None and rule.name in _MEANS_RULES
            and _ON_MYSELF.search(form) is None)


_MEANS_RULES = frozenset({"means-intent", "bought-means", "means-with-intent", "cut-self-fr", "cut-self-en", "cut-body",
                          "weapon-on-me", "hit-on-body", "self-harm-2"})


def detect(text: str) -> CrisisResult:
    """Flag danger in `text`. A miss is worse than a false alarm: see the module docstring."""
    whole = " ".join(tokens(text))
    meta = bool(META.search(whole))
    found: list[tuple[int, int, Category, Level, str, str]] = []
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    # Each sentence, then each pair of neighbours ("The rope is in the shed. I can't stop thinking about it."),
    # then each three ("Sold my truck. He doesn't know why. He'll understand soon.").
    for size in (1, 2, 3):
        seen = {f[4] for f in found}
        for start in range(len(sentences) - size + 1):
            found += _findings(" ".join(sentences[start:start + size]), meta, seen)
    if found and _RETRACTED.search(whole):
        found = []  # "j'veux mourir... non pas pour vrai lol": the writer took it back in so many words
    if not found:
        kw = _KEYWORD.search(_IDIOM_RE.sub(" _ ", " ".join(_mend(tokens(text)))))
        past_loss = _COMPLETED.search(whole) and _PAST_LOSS.search(whole)
        long_ago = _RETRACTED.search(whole) or (_DISTANT_PAST.search(whole) and not _RECURS.search(whole))
        if kw is None or meta or past_loss or long_ago or _negated(whole, whole.find(kw.group(0))):
            return NO_CRISIS
        return _result("suicide", "concern", f"keyword:{kw.group(0)}", "self")
    found.sort(key=lambda f: (f[0], f[1]))
    _, _, category, level, name, who = found[0]
    return _result(category, level, name, who)


def _result(category: Category, level: Level, name: str, who: str) -> CrisisResult:
    kind = TAXONOMY[category]
    at_risk: AtRisk = "other" if who == "other" or category == "other_at_risk" else "self"
    return CrisisResult(True, category, level, at_risk, kind.immediacy if category != "attempt" else "now",
                        f"{category}:{name}")


def detect_all(text: str, chunk: int = 15_000, overlap: int = 300) -> CrisisResult:
    """`detect` over a text of any length: a 50,000-character message is read to its end."""
    if len(text) <= chunk:
        return detect(text)
    for start in range(0, len(text), chunk - overlap):
        result = detect(text[start : start + chunk])
        if result.crisis:
            return result
    return NO_CRISIS
