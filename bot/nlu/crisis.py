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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.nlu import crisis_context as C
from bot.nlu import crisis_lexicon as L
from bot.nlu import crisis_neighbours
from bot.nlu.crisis_rules import CLASSES, RULES, Rule
from bot.nlu.crisis_taxonomy import NO_CRISIS, PRIORITY, Category, CrisisResult, Level, result
from bot.nlu.normalise import MAX_ANALYSED_CHARS, tokens
from bot.nlu.regex_anchors import AnchoredSet
from bot.nlu.spelling import Corrector, guard_words, suicide_word

__all__ = ["CrisisResult", "detect", "detect_all"]

_PARTNER_RE = re.compile(rf"\b(?:{L.PARTNER})\b")
# "He" or "she" hurting the writer at home, in front of the children, while pregnant: violence at home, not
# at work, even when the partner is not named.
_AT_HOME = re.compile(r"\b(?:he|il|she|elle)\b.*\b(?:devant les (?:enfants|petits|kids)|in front of the kids|the kids|"
                      r"les enfants|mes enfants|my kids|les petits|at home|a la maison|chez nous|the house|la maison|"
                      r"bedroom|chambre|kitchen|cuisine|bathroom|salle de bain|bath|bain|pregnant|enceinte|shelter|"
                      r"maison d hebergement|refuge)\b")


_SENTENCES = re.compile(r"[.!?;\n]+|\s[-–—]\s")
_KEYWORD = re.compile(r"\b(suicide|suicides|suicidaire|suicidal|suicider|suicidee|kms|unalive|overdose|surdose|"
                      r"self harm|automutilation|kill myself|me tuer|me suicider|mourir|die|dying|want to die|pendaison|hanging myself)\b")
_WORD = re.compile(r"[a-z]{5,}")
# The word that matters most, however it is spelt: "suisside", "sucide", "suicid", "suiscidaire".
_SUICIDE_SPELLING = re.compile(r"^s(?:u|ou)i{0,2}(?:c|s|ss|sc|cs)i{0,2}(?:d|dd)(?:e|er|ier|aire|air|aires|al|ale|ial|ee|"
                               r"es|ez|le|el)?$")
_THREAT_VERBS = frozenset("kill find hurt make get come shoot stab do beat hit end finish burn torch ruin".split())
# French verbs people run into their pronoun when they drop the apostrophe ("menlever", "metendre").
_ELIDABLE = frozenset("enlever enleve effacer etendre endormir endors eteindre empecher ecraser etais etrangler etrangle "
                      "arracher achever ouvrir ouvert aider attacher attache echapper etouffer avaler avale en".split())
_ELIDED = {"j": "je", "m": "me", "t": "te", "s": "se", "l": "le", "d": "de", "n": "ne", "c": "ce"}


@lru_cache(maxsize=1)
def _corrector() -> Corrector:
    """Keywords in their normal form (the classes as the rules read them: "mourrir" is already "mourir"), so a
    mended word is one the rules can match."""
    words: set[str] = set()
    for value in CLASSES.values():
        words.update(_WORD.findall(value))
    for rule in RULES:
        for part in rule.parts:
            words.update(_WORD.findall(re.sub(r"\\[a-zA-Z]", " ", part.pattern)))
    # The context's words too ("prvention", "frietuse", "faili"): a typo must not defeat what sets a finding aside.
    for value in vars(C).values():
        if isinstance(value, re.Pattern):
            words.update(_WORD.findall(re.sub(r"\\[a-zA-Z]", " ", value.pattern)))
    words.update(("suicide", "suicidaire", "suicidal", "suicider", "mourir", "overdose", "automutilation", "myself",
                  "himself", "herself", "menace", "etrangler", "poignets", "vivre", "living"))
    # In their normal form: a context pattern may spell a word as people type it ("mourrir"), the rules never do.
    normal = {" ".join(tokens(w)) for w in words}
    return Corrector({w for w in normal if " " not in w}, guard_words())


@lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    words: set[str] = set()
    for name, value in vars(L).items():
        if name.isupper() and isinstance(value, str):
            words.update(re.findall(r"[a-z]+", value))
    return frozenset(words)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word the classes and rules name: a glued form ("leau", "rifles") is split only into words they know."""
    words: set[str] = set(_all_words())
    for rule in RULES:
        for part in rule.parts:
            words.update(re.findall(r"[a-z]{2,}", re.sub(r"\\[a-zA-Z]", " ", part.pattern)))
    return frozenset(words)


# English contractions typed without the apostrophe that the normal form does not already split.
_EN_GLUED = {"its": "it s", "thats": "that s", "whats": "what s", "theres": "there s", "heres": "here s",
             "isnt": "isn t", "wasnt": "wasn t", "doesnt": "doesn t", "didnt": "didn t", "couldnt": "couldn t",
             "wouldnt": "wouldn t", "shouldnt": "shouldn t", "havent": "haven t", "hasnt": "hasn t", "arent": "aren t",
             "werent": "weren t", "youre": "you re", "youll": "you ll", "youve": "you ve", "theyll": "they ll",
             "theyve": "they ve", "itll": "it ll", "nobodyll": "nobody ll", "everyones": "everyone s",
             "jusqua": "jusque a", "exs": "ex s", "quil": "que il", "quils": "que ils", "quon": "que on",
             "quelquun": "quelqu un", "sen": "se en",
             "sest": "se est", "setait": "se etait", "cetait": "ce etait", "lan": "le an", "dennui": "de ennui"}
# Split even where a class names them glued ("hoping thats it"): the class names the split form too.
_ALWAYS_SPLIT = frozenset("its thats whats".split())
# Nouns people write with "'s" ("the rifle's in the truck", "my life's a mistake"): when the apostrophe is left out,
# "rifles" is read "rifle s". Only these: "years" or "sees" are not "year's" or "see's".
_OWNERS = (frozenset(re.findall(r"[a-z]+", "|".join((L.GUN, L.ROPE, L.CAR, L.BLADE, L.PARTNER, L.RELATIVE))))
           | frozenset("life date plan letter note bottle knife pill stuff phone battery laptop nothing everything "
                       "nobody anyone someone".split())) \
    - frozenset("year old ans yo de la job shop in law of the co en grand beau belle chum".split())
# French words after an elided "j'", "l'", "m'"... that people glue on when they drop the apostrophe ("leau",
# "marrive", "javais"). Only these: "ton" or "tall" are words, not "t'on" or "t'all".
_AFTER_ELISION = frozenset("eau autre arrive arrivait avais avait aie ai etais etait imagine imaginais ecris ecrit occuper "
                           "essence escalier enferme enfermait attends attend attendait envie endormir enlever etrangler "
                           "etrangle etouffer avaler avale ouvrir ouvert achever aider attacher echapper empecher effacer "
                           "eteindre enfants intention urgence hopital arme armes adieu adieux etendre oublie habite aime "
                           "abandonne appelle ecrase ecraser entends endors etre en equipe impression integrer ouvrage "
                           "idee idees ecole epoque emploi argent assurance ennui".split())


def _mend(toks: tuple[str, ...]) -> list[str]:
    """Spelling mended: apostrophes people leave out ("menlever", "leau", "hell kill me", "its over"), then
    one-edit typos."""
    out: list[str] = []
    corrector, all_words, vocabulary = _corrector(), _all_words(), _vocabulary()
    guard = corrector.guard
    skip = False
    for i, t in enumerate(toks):
        if skip:
            skip = False
            continue
        if len(t) < 4 and t not in _SHORT_MENDED:
            out.append(t)  # most words of a sentence: nothing below applies to them
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "su":
            # joual "su'l", "su'a": "sur le", "sur la" ("su'l bord du pont"); "su" alone is "known"
            if nxt in ("l", "a"):
                out.extend(("sur", "le" if nxt == "l" else "la"))
                skip = True
            else:
                out.append(t)
        elif t in _EN_GLUED and (t not in all_words or t in _ALWAYS_SPLIT):
            out.extend(_EN_GLUED[t].split())
        elif len(t) > 3 and t[0] in "jmtsldnc" and t[1:] in _AFTER_ELISION and t not in vocabulary:
            out.extend((_ELIDED[t[0]], t[1:]))  # "leau", "marrive", "javais": the apostrophe left out
        elif _glued(t, vocabulary, guard):
            out.extend((_ELIDED[t[0]], t[1:]))  # "lauto", "sarranger", "jexistais", "jcoute": any word the rules name
        elif t in _GLUED_EN and nxt in _INFINITIVES:
            out.extend((_ELIDED[t[0]], "en"))  # "den finir", "men aller"
        elif len(t) > 3 and t[-1] == "s" and t not in vocabulary and t[:-1] in _OWNERS:
            out.extend((t[:-1], "s"))  # "rifles in the truck", "cars running": the "'s" left out
        elif t == "dye" and out and out[-1] in ("to", "wanna", "want", "gonna", "i", "just") \
                and nxt in ("", C.CLAUSE, "i", "and", "so", "now", "tonight", "today"):
            out.append("die")
        elif t[0] == "s" and t not in corrector.keywords and _SUICIDE_SPELLING.match(t):
            out.append("suicider" if t.endswith("er") else "suicidaire" if "air" in t else "suicide")
        elif t[0] == "s" and 5 <= len(t) <= 12 and t not in corrector.keywords and t not in guard \
                and (near := suicide_word(t)) is not None:
            out.append(near)  # "saucide", "suisidare", "me suider": two slips in the one word that matters most
        elif t in ("hell", "shell", "theyll") and nxt in _THREAT_VERBS:
            out.extend((t[:-2], "ll"))
        elif len(t) > 3 and t[-1] == t[-2] and t not in all_words and t[:-1] in all_words \
                and t[:-1] not in _NOT_HELD:
            out.append(t[:-1])  # "diee", "mourirr": the last letter held down ("pass" stays "pass", not "pas")
        elif len(t) > 5 and t[0] in "jmtsldn" and t[1:] in _ELIDABLE:
            out.extend((_ELIDED[t[0]], t[1:]))
        elif out and out[-1] in _WANTING and t in _MEANT_MOURIR and nxt in ("", C.CLAUSE):
            out.append("mourir")  # "je veux murir", said and nothing more: a slip that made a real word
        else:
            out.append(corrector.correct(t))
    return out


def _glued(token: str, vocabulary: frozenset[str], guard: frozenset[str]) -> bool:
    """A French elided word glued to the next when the apostrophe is left out ("lauto", "sarranger", "jexistais"),
    or an SMS "j" glued to a verb ("jcoute"): split only into a word the rules name, and never a real word ("lame",
    "send", "mont" are listed in the spelling guard by bench/make_spelling_guard.py)."""
    if len(token) < 4 or token[0] not in "jmtsldnc" or token in vocabulary or token in guard:
        return False
    rest = token[1:]
    return rest in vocabulary and len(rest) >= 3 and (rest[0] in "aeiouyh" or token[0] == "j")


# "den finir", "men aller": "de en", "me en" glued, before the verbs that follow them in a crisis.
_GLUED_EN = frozenset("den men sen ten len nen".split())
_INFINITIVES = frozenset("finir aller sortir servir occuper rendre debarrasser passer".split())
_WANTING = frozenset("veux voudrais vais envie de".split())
# The short words `_mend` changes; every other word of three letters or fewer is left as it is.
_SHORT_MENDED = frozenset(k for k in _EN_GLUED if len(k) < 4) | _GLUED_EN | {"dye", "su"}
_MEANT_MOURIR = frozenset("murir mouri mourrir moourir mourire".split())
# Words a held-down last letter must never turn into: a negation or a small word that changes the meaning.
_NOT_HELD = frozenset("pas les mal mes ses des done ben bon al ad od".split())


@dataclass(frozen=True)
class _Sentence:
    """One sentence read once: its normal form (spelling mended, idioms out), its words for the anchors, and its
    plain tokens (the message's tokens are these, sentence after sentence)."""

    form: str
    words: frozenset[str]
    tokens: tuple[str, ...]
    mended: str  # spelling mended, idioms still in: what the context rules read


@lru_cache(maxsize=2048)
def _sentence(sentence: str) -> _Sentence:
    """The sentence's normal form, spelling mended, idioms out. Windows of two or three sentences join these
    forms, so each sentence is normalised once however many windows it is part of. A comma is kept as the
    token C.CLAUSE: a negation does not reach past it."""
    if not sentence.isascii():
        sentence = sentence.translate(_EMOJI)  # "🪢 ce soir", "💊💊💊 toute la bouteille": the means drawn, not named
    clauses = [tokens(clause) for clause in sentence.split(",")]
    plain = tuple(t for clause in clauses for t in clause)
    toks = _mend(tuple(t for i, clause in enumerate(clauses) for t in ((C.CLAUSE,) if i else ()) + clause))
    mended = form = " ".join(toks)
    if len(toks) > 2 and toks[0] in _GREETINGS:
        form = form.split(" ", 1)[1]  # "salut, rifle's in the truck": a greeting does not move where a sentence starts
    form = _IDIOMS.sub(" _ ", form, _words(form))
    for idiom, unless in C.CONDITIONAL_IDIOMS:
        if not unless.search(form):
            form = idiom.sub(" _ ", form)
    return _Sentence(form, _words(form), plain, mended)


# Emoji people use for a means: read as the word. Language does not matter: the classes hold both.
_EMOJI = str.maketrans({"\U0001F48A": " pills ", "\U0001FAA2": " rope ", "\U0001F52B": " gun ", "\U0001F52A": " knife ",
                        "\U0001FA78": " blood ", "\U0001FA92": " razor ",
                        "\U0001F528": " hammer "})
_GREETINGS = frozenset("allo alo salut hi hey hello bonjour bonsoir yo coucou".split())
_DIGIT = re.compile(r"\d")


def _words(form: str) -> frozenset[str]:
    """The words of a normal form, and "#" when one holds a digit (see bot.nlu.regex_anchors)."""
    words = form.split()
    if _DIGIT.search(form):
        words.append("#")
    return frozenset(words)


# The idioms and the no-danger context, each run only on the alternatives whose words the text holds.
_IDIOMS = AnchoredSet([C.IDIOM_RE], r"\b(", r")\b")
_META = AnchoredSet([C.META])
_NO_DANGER = AnchoredSet([C.NO_DANGER_CONTEXT], r"\b(", r")\b")


@lru_cache(maxsize=1)
def _rule_set() -> tuple[AnchoredSet, tuple[tuple[int, ...], ...], tuple[int, ...]]:
    """Every rule part in one anchored set; each rule's parts there; the rule each part belongs to."""
    parts: list[re.Pattern[str]] = []
    ids: list[tuple[int, ...]] = []
    owner: list[int] = []
    for i, rule in enumerate(RULES):
        ids.append(tuple(range(len(parts), len(parts) + len(rule.parts))))
        parts += rule.parts
        owner += [i] * len(rule.parts)
    return AnchoredSet(parts), tuple(ids), tuple(owner)


def _candidates(words: frozenset[str]) -> list[tuple[Rule, tuple[int, ...], dict[int, frozenset[int]]]]:
    """The rules that can match a window with these words, in their order in RULES (the order breaks ties), with
    what `_rule_set` needs to build each part from only the alternatives that can match."""
    rule_set, ids, owner = _rule_set()
    possible = rule_set.possible(words)
    out = []
    for i in sorted({owner[p] for p in possible}):
        parts = ids[i]
        if len(parts) == 1 or all(p in possible for p in parts):
            out.append((RULES[i], parts, possible))
    return out


def _negated(text: str, start: int, end: int | None = None) -> bool:
    """A negation just before the finding, or inside it ("je veux pas mourir"), or a reported question."""
    before = C.NOT_A_NEGATION.sub(" ", text[:start]).rstrip()
    if C.NEGATION.search(before) or C.ASKED_IF.search(" ".join(before.split()[-6:])):
        return True
    return end is not None and bool(C.INNER_NEGATION.search(text[start:end]))


def _matches(rule: Rule, text: str, parts: Sequence[re.Pattern[str]] | None = None,
             limit: int = 4) -> list[tuple[int, int]]:
    """The spans of the rule in `text` (every occurrence of a `seq` rule, up to `limit`, so "she wants to die and
    I want to die too" is read for both people); an `all` rule's one span runs from its first part to its last.
    `parts`: the rule's parts as `_candidates` pruned them (the same matches, found faster)."""
    inner = rule.inner or None

    def kept(part: re.Pattern[str]) -> list[re.Match[str]]:
        found = []
        for m in part.finditer(text):
            if not (rule.negatable and _negated(text, m.start(), m.end() if inner else None)):
                found.append(m)
                if len(found) == limit:
                    break
        return found

    parts = rule.parts if parts is None else parts
    if rule.shape == "seq":
        return [m.span() for m in kept(parts[0])]
    spans: list[tuple[int, int]] = []
    for part in parts:
        ms = kept(part)
        if not ms:
            return []
        spans.append(ms[0].span())
    return [(min(s for s, _ in spans), max(e for _, e in spans))]


def _nearest_subject(text: str, start: int) -> str | None:
    before = C.IMPERSONAL_IL.sub("", text[:start]).split()[-12:]
    for i in range(len(before) - 1, -1, -1):
        if C.SELF_SUBJECT.fullmatch(before[i]):
            return "self"
        if C.OTHER_SUBJECT.fullmatch(before[i]) or C.OTHER_SUBJECT.fullmatch(" ".join(before[i:i + 2])):
            return "other"
    return None


_FIRST_PERSON = re.compile(r"\b(?:i|je|j|moi)\b")
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|il|elle|iel|ils|elles)\b")
# A message that opens on a verb with no subject is the writer's own ("sold my truck", "wrote letters 4 my kids").
_OPENING_VERB = re.compile(r"^(?:sold|gave|wrote|got|took|made|left|put|spent|paid|bought|kept|told|texted|"
                           r"keep|been|can t|want|thinking|lying|sitting|standing|driving|just|booked|cancelled|"
                           r"picked|lined|cleaned|finished|closed|called)\b")
_REL_SUBJECT = re.compile(rf"^(?:(?:my|mon|ma|mes|a|un|une|le|la|the|our|notre|this|ce|cette) )?(?:\w+ )?(?:{L.RELATIVE})\b"
                          rf"(?! s\b)")  # "grandpa's shotgun" names an owner, not who acts


def _main_subject(text: str) -> str | None:
    """Who a whole window is about when its rule spans several clauses: the first person named as a subject."""
    text = C.IMPERSONAL_IL.sub("", text)
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


def attribute(text: str, start: int, end: int, whole_window: bool = False, quotes: tuple[str, ...] = (),
              for_me: bool = False) -> str:
    """Who a self-directed finding is about: the writer ("self"), someone else ("other"), or the writer
    at someone else's hands ("agent": "il veut me tuer" is a threat, not a wish to die). When in doubt, the
    writer: asking someone at risk "is this person in danger?" is worse than the other way round."""
    inside = text[start:end]
    if _in_quotes(inside, quotes):
        return "other"  # inside someone else's quoted words: "she texted 'I want to die'"
    if for_me:
        return "self"  # "what happens to someone's pension if they kill themselves? asking for me"
    if _found_theirs(text):
        return "other"  # "I found a goodbye letter in my daughter's room": what the writer found is someone else's
    if whole_window:
        if re.search(r"\b(?:myself|my self|moi meme)\b", text):
            return "self"
        if _REFLEXIVE_ACT.search(inside) and C.OTHER_SUBJECT.search(text):
            return "other"
        return _main_subject(text) or "self"
    if re.search(r"\b(?:myself|my self)\b", inside):
        return "self"
    if re.search(r"\b(?:himself|herself|themselves|themself)\b", inside):
        return "other"
    subject = _nearest_subject(text, start)
    after = " ".join(text[end:].split()[:1])
    if re.search(r"\b(?:me|m|moi|my|mes|mon|ma)\b", inside + " " + after):
        # "me" or "my" in the act: the writer's, or the writer at someone else's hands ("il veut me tuer").
        threatened = C.THREAT_BEFORE.search(" ".join(text[:start].split()[-3:]))
        return "agent" if subject == "other" or (threatened and subject != "self") else "self"
    if re.search(r"\b(?:i|je|j)\b", inside):
        return "self"  # "they'd be relieved if I was dead": the writer, whoever else is named
    if C.OTHER_SUBJECT.search(inside) or re.search(r"\b(?:his|her|their|ses|sa|son)\b", inside):
        return "other"
    if re.search(r"\b(?:se|s)\b", inside):
        # "il parle de se tuer" is someone else; "est-ce normal de penser à se tuer?" with no subject is the writer.
        return "other" if subject == "other" else "self"
    return subject or _main_subject(text) or "self"


# Someone else's act, in French: "se" before a verb of harm ("il parle de se jeter"); "se" alone is often "si".
_REFLEXIVE_ACT = re.compile(r"\b(?:himself|herself|themselves|themself)\b|\bse (?:tuer|tue|suicider|suicide|pendre|pend|"
                            r"jeter|jette|lancer|lance|couper|coupe|scarifier|scarifie|bruler|brule|faire mal|fait mal|"
                            r"faire du mal|fait du mal|tirer|tire|noyer|noie|enlever|enleve|ter|oter|mutiler|mutile|"
                            r"blesser|blesse|frapper|frappe|cogner|cogne|gratter|gratte|endormir|laisser mourir)\b")
_FOUND_THEIRS = re.compile(rf"\b(?:found|find|trouve|trouvee|saw|seen|noticed|vu|remarque|read|lu)\b"
                           rf"(?:(?! (?:i|je|j)\b) [a-z0-9]+)*? (?:{L.RELATIVE})\b")


def _found_theirs(text: str) -> bool:
    """The writer found or saw it, and it is someone named after that verb's: "j'ai trouvé une lettre d'adieu dans
    la chambre de ma fille" (but not "I found my dad's gun and I keep thinking about it")."""
    m = _FOUND_THEIRS.search(text)
    return m is not None and not re.search(r"\b(?:i|je|j)\b", text[m.end():])


_QUOTE = re.compile(r'"([^"]{2,400})"|\u201c([^\u201d]{2,400})\u201d|\u00ab([^\u00bb]{2,400})\u00bb|'
                    r"(?:(?<=[\s:])|^)'((?:[^']|(?<=\w)'(?=\w)){2,400})'(?=[\s.,!?;:)]|$)")


def _quotes(text: str) -> tuple[str, ...]:
    """The normal forms of the passages quoted from someone else ("my friend texted 'I want to die'"), so a
    finding inside them is about that person, not the writer."""
    if not any(q in text for q in "\"'\u201c\u00ab"):
        return ()
    out = []
    for m in _QUOTE.finditer(text):
        speaker = " ".join(tokens(re.split(r"[.!?]", text[max(0, m.start() - 120):m.start()])[-1]))
        if C.SPEAKER_SELF.search(speaker) or not C.SPEAKER_OTHER.search(speaker):
            continue
        quoted = next(g for g in m.groups() if g)
        out.append(" ".join(_sentence(part).form for part in _SENTENCES.split(quoted) if part.strip()))
    return tuple(out)


def _in_quotes(found: str, quotes: tuple[str, ...]) -> bool:
    head = " ".join(found.split()[:3])
    return any(head in q for q in quotes)


_HARM_VERB = (r"(?:hit|hits|hitting|beat|beats|beaten|beating|strangle|strangles|strangled|strangling|choke|chokes|"
              r"choked|choking|kill|killing|kicking|punching|hurting|threatening|pushed|shoved|"
              r"held a gun to|frappe|frappee|frapper|battue|battu|bat|etrangle|etranglee|tuer|tue|tuee|tuerait|pousse|"
              r"poussee|menace|menacee|blesse|blessee|threatened|slapped|kicked|punched)")
_HARM_OTHER = re.compile(rf"\b{_HARM_VERB}(?: \w+){{0,2}} (?:her|him|them|ma soeur|ma mere|my sister|my mom|my mother|"
                         rf"his wife|her husband|his girlfriend|her boyfriend|his partner|her partner|sa femme|son mari|"
                         rf"sa blonde|son chum|sa conjointe|son conjoint|"
                         rf"my daughter|ma fille|my son|mon fils)\b|\b(?:la|le|l|lui) (?:a |va |veut )?{_HARM_VERB}\b"
                         rf"|\b(?:se|s) (?:fait|faisait|est fait|est faite) (?:battre|frapper|taper dessus|etrangler|"
                         rf"agresser|violer|tabasser)\b")
_HARM_ME = re.compile(rf"\b{_HARM_VERB}(?: \w+){{0,2}} (?:me|us|my kids|my children|moi)\b|"
                      rf"\b(?:me|m|nous) (?:a |va |veut |ont )?{_HARM_VERB}\b")


_GONE_OTHER = re.compile(r"\b(?:(?:his|her|their|sa|son) (?:life insurance|assurance vie|insurance|assurance)|"
                         r"without (?:him|her|them)(?! (?:knowing|noticing|seeing|realizing))|sans (?:lui|elle|eux)|"
                         r"(?:if|si|once|when|quand) "
                         r"(?:he|she|they|il|elle|ils|elles) )\b")
# Someone else's partner: "son chum l'attend", "her boyfriend".
_THEIR_PARTNER = re.compile(rf"\b(?:son|sa|ses|his|her|their|leur) (?:{L.PARTNER})\b")


def _violence_target(text: str, start: int, end: int) -> str:
    """Who is hurt or threatened: the writer, or someone the writer tells about (a sister, a colleague)."""
    if _HARM_ME.search(text):
        return "self"
    if _HARM_OTHER.search(text):
        return "other"
    inside = text[start:end]
    if re.search(r"\b(?:me|m|moi|my|us|nous|i|je|mes|ma|mon)\b", inside):
        return "self"
    if re.search(r"\b(?:her|him|lui|elle|them)\b", inside):  # not "la", "le", "les": mostly articles
        return "other"
    if _THEIR_PARTNER.search(text):
        return "other"  # "la caissière a des marques au cou et son chum l'attend"
    return "self"


def _findings(form: str, words: frozenset[str], seen: set[str], no_danger: bool, quotes: tuple[str, ...] = (),
              for_me: bool = False, joins: tuple[int, ...] = (), matched: set[str] | None = None,
              in_sentences: frozenset[str] | None = None) -> list[tuple[int, int, Category, Level, str, str]]:
    """What the rules find in one window. A rule already found in a narrower window is not read again in a
    wider one: the narrow window says better who it is about. A sequence rule reads within one sentence: in a
    window of several, a match across a sentence's end (`joins`) is two sentences run together, not one idea;
    so in a wider window it is read again only if it matched in one of its sentences (`in_sentences`, filled
    through `matched` when each sentence is read alone), where the wider window may say it is back."""
    out: list[tuple[int, int, Category, Level, str, str]] = []
    meta: bool | None = None  # training, news, fiction: read in the finding's own sentences, once, if needed
    rule_set = _rule_set()[0]
    for rule, ids, possible in _candidates(words):
        if rule.name in seen:
            continue
        if in_sentences is not None and rule.shape == "seq" and not rule.across and rule.name not in in_sentences:
            continue
        if meta is None:
            meta = _META.search(form, words) is not None and not C.FOR_REAL.search(form)
        if rule.meta and meta:
            continue
        parts = [rule_set.pattern(p, possible[p]) for p in ids]
        for span in _matches(rule, form, parts):
            if rule.shape == "seq" and not rule.across and any(span[0] < j < span[1] for j in joins):
                continue
            if matched is not None:
                matched.add(rule.name)
            finding = _read(rule, form, span, meta, no_danger, quotes, for_me)
            if finding:
                out.append(finding)
    return out


def _read(rule: Rule, form: str, span: tuple[int, int], meta: bool, no_danger: bool,
          quotes: tuple[str, ...] = (), for_me: bool = False) -> tuple[int, int, Category, Level, str, str] | None:
    """One match: whose danger it is, which category that makes, or None when the message sets it aside."""
    category: Category = rule.category
    who = "self"
    if category in ("suicide", "attempt", "self_harm"):
        inside = form[span[0]:span[1]]
        if rule.writer and not _in_quotes(inside, quotes):
            # Burden, insurance, "better off without me": the others named are who would be relieved, not who is at
            # risk; someone else only when the one who would be gone is "him" or "her".
            who = "other" if _GONE_OTHER.search(inside) and not for_me else "self"
        else:
            who = attribute(form, *span, whole_window=rule.shape == "all", quotes=quotes, for_me=for_me)
        if who == "agent":
            category, who = "violence", "self"
        elif (who == "other" or re.search(r"\b(?:se|s)\b", inside)) and (C.COMPLETED.search(form) or meta) \
                and rule.name != "same-as-them":  # "mon père s'est pendu ... je vais faire pareil" is the writer's
            return None  # someone who died, told as grief or news, or people in general: not a danger now
        elif who == "other":
            category = "other_at_risk"
    if category in ("violence", "domestic_violence"):
        if who != "other":
            who = _violence_target(form, *span)
            if rule.name == "got-attacked" and _nearest_subject(form, span[0]) == "other":
                who = "other"  # "a man got stabbed": the subject of a passive is who was hurt
            if rule.name == "weapon-on-me" and re.search(r"\b(?:his|her|their|son|sa|ses|leur) (?:gun|knife|rifle|"
                                                          r"fusil|arme|couteau|carabine)\b", form[span[0]:span[1]]):
                who = "other"  # "he keeps his gun": someone's own weapon, no one threatened with it
        if who == "other" and meta:
            return None  # someone else hurt, told as news, training or fiction
        if category == "violence" and (_PARTNER_RE.search(form) or _AT_HOME.search(form)):
            category = "domestic_violence"
    if meta and rule.level == "concern" and category in ("suicide", "self_harm"):
        return None  # a possible sign told in a training or news frame ("the trainer spoke of giving things away")
    if _set_aside(form, category, rule, span) or (no_danger and rule.name in _MEANS_RULES):
        return None
    rank = PRIORITY[category] + (0 if rule.level == "risk" else 10)
    return (rank, 0 if who == "self" else 1, category, rule.level, rule.name, who)


# Weariness that a thing can cause as well as a life: set aside when the sentence names the thing.
_ABOUT_A_THING_RULES = frozenset({"cant-go-on", "no-point", "done-fighting", "hopeless", "no-way-out", "no-exit"})
# Absences that are only absences when they are for good.
_FOR_GOOD_RULES = frozenset({"fine-without-me", "who-gets-mine", "no-more-worry", "not-around-later", "want-out-for-good",
                             "pills-stockpiled", "handed-over-cover-story", "leave-for-good",
                             "they-d-be-fine-if-gone", "not-around-for", "not-coming-back-at-all"})
# Threats that people also say laughing ("ma blonde va me tuer 😂"), and the lone keywords of "je vais mourir lol".
_HYPERBOLE = frozenset({"threat-to-kill", "partner-threat", "partner-hurts", "kill-self-fr", "hurts-me"})
_FIGURATIVE = frozenset({"me tuer", "mourir", "die", "dying"})
# Concern-tier findings a laugh takes back: "not sure I'll be alive after leg day lol".
_SAID_LAUGHING = frozenset({"not-sure-alive", "when-it-ends", "life-pointless", "done-fighting", "cant-go-on",
                            "ill-hurt-him"})


# Plans and means with no act said on oneself: when the message also says the writer means to hurt someone,
# that is what the plan is about.
_GENERIC_PLANS = frozenset({"all-planned", "means-intent", "means-with-intent", "do-it", "do-it-when", "do-it-at-a-time",
                            "means-located",
                            "bought-means"})
# "je vais me tuer", "I'm gonna kill myself": words a threat rule also reads ("... me tuer"), but the writer's own.
_OWN_KILLING = re.compile(r"\b(?:je|j|i)(?: [a-z0-9]+){0,3} (?:me tuer|me tue|me suicider|kill myself|end my life)\b")


def _prefer_clearer(found: list[tuple[int, int, Category, Level, str, str]],
                    whole: str) -> list[tuple[int, int, Category, Level, str, str]]:
    """Findings that a clearer one in the same message explains: a generic plan beside a plan to hurt someone;
    a threat rule reading "je vais me tuer"; a weapon with no victim beside someone else's danger."""
    kinds = {f[2] for f in found}
    out = []
    for f in found:
        _, _, category, _, name, who = f
        if "harm_to_others" in kinds and category in ("suicide", "other_at_risk") and name in _GENERIC_PLANS:
            continue
        if category in ("violence", "domestic_violence") and name in ("threat-to-kill", "partner-threat") \
                and _OWN_KILLING.search(whole):
            continue
        if name == "weapon-on-me" and who == "other" and "other_at_risk" in kinds:
            continue
        out.append(f)
    return out or found


def _set_aside(form: str, category: Category, rule: Rule, span: tuple[int, int] = (0, 0)) -> bool:
    """A finding its own sentences take back: retracted, sport, long ago, or over and resolved (hunting and
    accidents: see `detect`)."""
    if C.RETRACTED.search(form) and category in ("suicide", "self_harm"):
        return True
    if category == "suicide" and C.PET_SUBJECT.search(form[:span[0]]):
        return True  # "my old dog won't be around much longer": an animal is who the finding is about
    if rule.name in ("ready-to-die", "euphemism", "want-die") and category == "other_at_risk" and C.OLD_AGE.search(form):
        return True  # "my grandma says she's ready to go, she's 97 and at peace"
    if rule.name in ("goodbye", "sign-off", "secret-goodbye", "prep-after-me") and \
            (C.WORK_FAREWELL.search(form) or C.PET_FAREWELL.search(form)):
        return True  # a goodbye card for a colleague who moves, the team told about a new job
    if rule.name == "hit-on-body" and C.WORK_INJURY.search(form) and not C.ON_PURPOSE.search(form):
        return True  # "un employé se blesse à la main sur la presse": an injury, nobody's blow
    if rule.name in ("got-attacked", "hit-on-body", "hurts-me", "shoot-up", "done-to-me-fr") and C.SPORT.search(form):
        return True
    if category in ("self_harm", "other_at_risk") and rule.category == "self_harm" \
            and (C.ACCIDENT.search(form) or C.WORK_INJURY.search(form)) \
            and not C.ON_PURPOSE.search(form):
        return True  # cut slicing onions, burned on the pizza oven, hurt a knee at soccer
    if rule.name in _ABOUT_A_THING_RULES and C.ABOUT_A_THING.search(form):
        return True  # "je peux pu continuer de même avec cet horaire-là": a thing, not a life
    if rule.name in _FOR_GOOD_RULES and (C.AWAY_FOR_A_WHILE.search(form) or C.WORK_FAREWELL.search(form)):
        return True  # away for a conference, a trip, an operation: gone for a while, not for good
    if C.DISTANT_PAST.search(form) and not C.RECURS.search(form):
        return True  # long ago, and not back
    if C.USED_TO.search(form[:span[0]]) and not C.RELAPSE.search(form):
        return True  # "avant je me coupais", "I used to cut": a habit told as over
    return bool(C.PAST_MARKER.search(form) and C.RESOLVED.search(form) and not C.RELAPSE.search(form))


_MEANS_RULES = frozenset({"harm-with-weapon", "means-intent", "bought-means", "means-with-intent", "cut-self-fr", "cut-self-en", "cut-body",
                          "weapon-on-me", "self-harm-2", "means-located", "self-harm-3", "blade-body",
                          "blade-in-hand", "means-to-use", "means-and-letter"})


def detect(text: str) -> CrisisResult:
    """Flag danger in `text`. A miss is worse than a false alarm: see the module docstring."""
    sentences = [_sentence(s) for s in _SENTENCES.split(text) if s.strip()]
    # The message's tokens are its sentences' (punctuation makes no token), read once; a text longer than the
    # normal form reads (MAX_ANALYSED_CHARS) is cut as `tokens` cuts it.
    plain = tuple(t for s in sentences for t in s.tokens) if len(text) <= MAX_ANALYSED_CHARS else tokens(text)
    # What the context rules read: the whole message, spelling mended ("frietuse" is "friteuse").
    whole = " ".join(s.mended for s in sentences) if len(text) <= MAX_ANALYSED_CHARS else " ".join(_mend(plain))
    found: list[tuple[int, int, Category, Level, str, str]] = []
    # Hunting, a range, a kitchen accident anywhere in the message, and nothing said of using it on oneself.
    no_danger = _NO_DANGER.search(whole, _words(whole)) is not None and C.ON_MYSELF.search(whole) is None
    quotes = _quotes(text)
    for_me = C.FOR_ME.search(whole) is not None
    # Each sentence, then each pair of neighbours ("The rope is in the shed. I can't stop thinking about it."),
    # then each three ("Sold my truck. He doesn't know why. He'll understand soon.").
    in_sentences: set[str] = set()
    # Late-night fragments ("gave away all my plants today. 30 of them. ... felt like closing a chapter. last one"): when
    # a message is many short sentences, its ideas are read across up to five of them.
    fragments = len(sentences) >= 4 and sum(len(s.tokens) for s in sentences) <= 5 * len(sentences)
    for size in (1, 2, 3, 4, 5) if fragments else (1, 2, 3):
        seen = {f[4] for f in found}
        for start in range(len(sentences) - size + 1):
            window = sentences[start:start + size]
            joins: tuple[int, ...] = ()
            if size == 1:
                form, words = window[0].form, window[0].words
            else:
                form, words = " ".join(w.form for w in window), frozenset().union(*(w.words for w in window))
                ends = [len(w.form) for w in window[:-1]]
                joins = tuple(sum(ends[:k + 1]) + k for k in range(len(ends)))  # the space between two sentences
            found += _findings(form, words, seen, no_danger, quotes, for_me, joins, in_sentences if size == 1 else None,
                               frozenset(in_sentences) if size > 1 else None)
    found = _prefer_clearer(found, whole)
    if found:
        found = _framed(found, text, whole)
    if found and any(f[4] in _HYPERBOLE or f[4] in _SAID_LAUGHING for f in found) and _joking(text, whole):
        # "my wife will kill me if I miss supper lol": a threat said laughing, with no blow, weapon or fear, is a figure
        # of speech; so are the few `concern` findings a joke can make. Never a wish: "je veux mourir lol" stays.
        found = [f for f in found if not ((f[2] in ("violence", "domestic_violence") and f[4] in _HYPERBOLE)
                                          or f[4] in _SAID_LAUGHING)]
    if found and C.RETRACTED.search(whole):
        # "j'veux mourir... non pas pour vrai lol": taken back in so many words. Never a danger from someone else.
        found = [f for f in found if f[2] not in ("suicide", "self_harm")]
    if found and C.DATED_PAST.search(whole) and C.TOLD_AS_OVER.search(whole) and not C.RELAPSE.search(whole):
        # "assaulted on the job in 2016 ... it's resolved": a dated past said to be over is asked about (`concern`),
        # never dropped.
        found = [(f[0] + 10 if f[3] == "risk" else f[0], f[1], f[2], "concern", f[4], f[5]) for f in found]
    if not found:
        # A lone keyword, read sentence by sentence in their forms (spelling mended, idioms out, commas kept): a
        # negation in one sentence does not reach the next ("...not kidding. suicidal").
        forms = [s.form for s in sentences] if len(text) <= MAX_ANALYSED_CHARS else \
            [_IDIOMS.sub(" _ ", " ".join(_mend(plain)), _words(" ".join(plain)))]
        kw = next((m for m in map(_KEYWORD.search, forms) if m and not _negated(m.string, m.start())), None)
        if kw is None and C.BARE_FAREWELL.fullmatch(whole):
            return result("suicide", "concern", "suicide:farewell-alone")  # "Adieu 😔🙏": a message that is only a farewell
        if kw is None or _about_itself(whole) or (kw.group(0) in _FIGURATIVE and _joking(text, whole)) \
                or (kw.group(0) in _FIGURATIVE and C.HANGOVER.search(text.lower()) and C.TOMORROW.search(whole)):
            return NO_CRISIS
        # "my coworker talks about suicide", "mon ado m'a dit qu'il voulait mourir": someone else's words.
        who = attribute(kw.string, kw.start(), kw.end(), quotes=quotes, for_me=for_me)
        if who == "other":
            return result("other_at_risk", "concern", f"other_at_risk:keyword:{kw.group(0)}")
        return result("suicide", "concern", f"suicide:keyword:{kw.group(0)}")
    found.sort(key=lambda f: (f[0], f[1]))
    _, _, category, level, name, who = found[0]
    return result(category, level, f"{category}:{name}", other=who == "other")


# Rules that read pills: a routine of medication taken as prescribed sets them aside (see `_framed`).
_PILL_RULES = frozenset(r.name for r in RULES if any("medicaments" in p.pattern for p in r.parts))
# Old rules whose parts are everyday words (a means and an intent anywhere in a window): a practical question takes them
# back ("truck's packed ... do I need to log it as personal days if I'm going over").
_LOOSE_RULES = frozenset({"means-with-intent", "height-jump", "means-intent", "means-located"})
# What a safety question or a medication routine may take back: never violence, which the same words can report.
_FRAMED_CATEGORIES = frozenset({"suicide", "attempt", "self_harm", "other_at_risk"})


def _framed(found: list[tuple[int, int, Category, Level, str, str]], text: str,
            whole: str) -> list[tuple[int, int, Category, Level, str, str]]:
    """Findings the message's own frame takes back, unless the writer says their own distress in so many words: a
    question about a procedure, a rule or a safe limit ("c'est quoi la procédure si quelqu'un se coupe"); medication
    taken as prescribed ("mes heures de prise", "mon pharmacien"); a wish to die laughed at over a lost game."""
    if C.GAME_LOST.search(whole) and _joking(text, whole):
        found = [f for f in found if f[2] != "suicide"]
    if found and C.ADMIN_QUESTION.search(whole) and not C.PERSONAL_DISTRESS.search(whole):
        found = [f for f in found if f[4] not in _LOOSE_RULES]
    if found and C.HANDLED.search(whole):
        found = [f for f in found if f[2] != "other_at_risk"]  # someone else's danger, told as handled
    if not found or C.PERSONAL_DISTRESS.search(whole):
        return found
    if found and C.WORN_OUT.search(whole):
        found = [f for f in found if f[4] not in _ABOUT_A_THING_RULES]  # "pu de jus, pu rien. faut que je me couche"
    if C.SAFETY_QUESTION.search(whole):
        found = [f for f in found if f[2] not in _FRAMED_CATEGORIES]
    if found and C.LIFE_CHANGE.search(whole) and not C.DEATH_SAID.search(whole) and not C.COVER_DENIED.search(whole):
        found = [f for f in found if f[2] != "suicide"]
    if found and C.MED_ROUTINE.search(whole):
        found = [f for f in found if not (f[2] in _FRAMED_CATEGORIES and f[4] in _PILL_RULES)]
    return found


def _joking(text: str, whole: str) -> bool:
    """Laughing ("lol", "😂") with no blow, weapon, fear or leaving said: what makes "he'll kill me" a figure of speech."""
    return (C.JOKE.search(text) is not None or C.JOKE.search(whole) is not None) and C.SERIOUS.search(whole) is None


def detect_all(text: str, chunk: int = 15_000, overlap: int = 300, neighbours: bool = True) -> CrisisResult:
    """`detect` over a text of any length: a 50,000-character message is read to its end. When the rules find
    nothing, the sentence-embedding neighbours (bot.nlu.crisis_neighbours) may still ask directly (`concern`)."""
    found = NO_CRISIS
    if len(text) <= chunk:
        found = detect(text)
    else:
        for start in range(0, len(text), chunk - overlap):
            found = detect(text[start : start + chunk])
            if found.crisis:
                break
    if found.crisis or not neighbours:
        return found
    norm = " ".join(tokens(text))
    if _about_itself(norm) or _IDIOMS.search(norm, _words(norm)) is not None:
        return found  # what the message says of itself (an idiom: "me couper les cheveux") outweighs a likeness
    return crisis_neighbours.concern(text) or found


def _about_itself(whole: str) -> bool:
    """The message says it is about training or news, someone who died, long ago, or not meant: with no rule
    finding, neither a lone keyword nor a likeness raises the alarm."""
    if C.SAFETY_QUESTION.search(whole) and not C.PERSONAL_DISTRESS.search(whole):
        return True  # "on peut mourir dans le harnais: c'est quoi les bonnes pratiques?"
    return bool((C.META.search(whole) and not C.FOR_REAL.search(whole)) or C.RETRACTED.search(whole) or C.COMPLETED.search(whole) or C.GRIEF.search(whole)
                or (C.DISTANT_PAST.search(whole) and not C.RECURS.search(whole))
                or (C.PAST_MARKER.search(whole) and C.RESOLVED.search(whole) and not C.RELAPSE.search(whole)))
