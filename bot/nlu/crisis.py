"""Crisis detection: runs on every free-text message before any flow sees it.

The patterns live here, in code, not in flows/ or knowledge/: a coordinator editing YAML
must never be able to weaken them. They run on the normal form (bot.nlu.normalise), so
"jveux mourrir", "J'VEUX MOURIR" and "je veux mourir" are one string.

Design choice: a miss is worse than a false alarm. Idioms ("mort de rire", "this deadline
is killing me") are removed first; everything else that reads as intent is flagged.
"""

from __future__ import annotations

import re

from bot.nlu.crisis_taxonomy import NO_CRISIS, PRIORITY, Category, CrisisResult, result
from bot.nlu.normalise import normalise, single_letters

__all__ = ["CrisisResult", "detect", "detect_all"]

_PARTNER = r"(chum|blonde|mari|femme|conjoint|conjointe|ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|spouse)"
_OTHER = (
    r"(il|elle|iel|ils|elles|he|she|they|collegue|coworker|co worker|colleague|ami|amie|friend|fils|fille|son|"
    r"daughter|enfant|kid|child|ado|teen|jeune|frere|soeur|brother|sister|pere|mere|dad|mom|mum|father|mother|"
    + _PARTNER[1:-1]
    + r")"
)

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
    r"to die for",
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

_PATTERNS: list[tuple[Category, str, str]] = [
    # --- suicide, first person, English
    ("suicide", "kill-self-en", r"\b(kill|killing|end|ending|take|taking|hurt and kill|off) (my ?self|my own life|my life)\b"),
    ("suicide", "suicidal-en", r"\b(i m|i am|im|feeling|feel|been|so|very|getting|felt|get) (really |so |very |kind of |kinda )?suicidal\b"),
    ("suicide", "suicide-thoughts-en", r"\b(suicidal|suicide) (thoughts|thinking|ideas|plan|plans|note)\b|\bthoughts? (of|about) (suicide|killing myself|dying|death)\b|\b(think|thinking|thought) (about|of) (suicide|killing myself|ending it|dying)\b|\bcommit(ting)? suicide\b|\bcontemplating suicide\b"),
    ("suicide", "want-die-en", r"\b(i|i just|i really|i ll|i d|just|really)? ?(want|wanna|wish|need|plan|planning|going|decided|ready|prefer|would like|d like) (to )?(die|be dead|not be alive|not exist|disappear forever|not wake up|never wake up|sleep forever|stop living|not be here anymore|not be here)\b"),
    ("suicide", "wish-dead-en", r"\bwish (i was|i were|i d|i had) (dead|never been born|not born|die)\b|\bbetter off (dead|without me)\b"),
    ("suicide", "no-reason-live-en", r"\b(no|nothing|no reason|no point) (reason )?(to live|living|left to live|to live for|in living|in going on)\b|\bnothing to live for\b|\b(don t|do not|dont) want to (live|be alive|exist|wake up|be here)( anymore)?\b|\b(can t|cannot|can not) (go on|keep going|do this anymore) (living|like this|anymore)\b|\blife (is not|isn t|is no longer) worth (living|it)\b|\bnot worth living\b"),
    ("suicide", "end-it-en", r"\b(end|ending|finish) it all\b|\b(going|want|wanna|gonna|ready|plan) to end it\b|\bend (everything|things) (now|tonight|today|for good)\b|\bwant it all to (end|stop)\b|\bunalive\b|\bgoodbye cruel world\b|\bsay(ing)? goodbye (forever|for good|to everyone)\b"),
    ("suicide", "method-en", r"\b(hang|shoot|drown|poison) (my ?self)\b|\b(jump|jumping) (off|from) (a|the|this) (bridge|roof|building|balcony)\b|\b(take|took|swallow|swallowed|taking|swallowing) (all (of )?(my|the|those)|a bunch of|a whole bottle of|the whole bottle( of)?|too many|every) (pills|meds|medication|sleeping pills|tablets)\b|\b(pills|meds) to (die|end it)\b|\boverdos(e|ing) (on purpose|to die)\b"),
    # --- suicide, first person, French
    ("suicide", "vouloir-mourir-fr", r"\b(je )?(veux|voudrais|veut|vais|va|pense a|pense|envie de|ai envie de|besoin de|gout de|le gout de|prefererais|aimerais|aimerait|souhaite|reve de) (juste |seulement |vraiment )?(mourir|crever|me tuer|me suicider|disparaitre pour (toujours|de bon)|plus me reveiller|pas me reveiller|dormir pour toujours)\b"),
    ("suicide", "me-tuer-fr", r"\bme (tuer|suicider|suicide|pendre|flinguer|tirer une balle|jeter (en bas|du|d un|sous))\b|\bje me tue\b"),
    ("suicide", "suicidaire-fr", r"\b(je suis|me sens|suis|sentir|senti|deviens|devenir) (tellement |vraiment |tres |un peu )?suicidaire\b|\b(idees|pensees|idee|pensee) (suicidaires|suicidaire|de suicide|de mort|noires|de me tuer|de en finir)\b|\bje (pense|songe) au suicide\b"),
    ("suicide", "en-finir-fr", r"\ben finir(?! avec (ce|cette|ca|le|la|les|mon|ma|mes|son|sa|ses|un|une|des|cet|ton|ta|tes|leur|leurs|notre|votre) (?!vie\b|jours\b))\b|\ben finir (avec la vie|avec ma vie|avec moi|une fois pour toutes|pour de bon)\b|\bmettre fin a (mes jours|ma vie|tout)\b|\bme enlever la vie\b|\bm enlever la vie\b|\bme ter la vie\b|\bmettre un terme a ma vie\b"),
    ("suicide", "plus-vivre-fr", r"\b(veux|voudrais|veut|ai|pas|plus) (plus|pas|envie|le gout|gout|la force)? ?(de )?(vivre|etre en vie|exister)( plus)?\b(?<!\bpas vivre)|\b(plus|pas) (envie|le gout|gout) de vivre\b|\bpas la peine de vivre\b|\bmieux (sans moi|mort|morte)\b|\b(plus|pas) capable de vivre\b|\bveux (plus|pas) etre (la|ici|en vie)\b|\b(plus|aucune) raison de vivre\b|\bvie (vaut|vaux) (plus|pas) la peine\b|\b(vaut|vaux) (plus|pas) la peine de vivre\b|\bplus la peine de vivre\b"),
    ("suicide", "methode-fr", r"\b(sauter|me jeter|me lancer) (du|d un|en bas du|en bas d un|du haut du|sous (le|un)) (pont|toit|edifice|immeuble|balcon|metro|train|char|auto)\b|\b(prendre|avaler|pris|avale|avaler) (toutes mes|tous mes|toutes les|tous les|plein de|une bouteille de|toute la bouteille de|trop de) (pilules|pills|medicaments|meds|comprimes)\b|\b(pilules|medicaments|comprimes) pour (mourir|en finir)\b|\bme pendre\b|\bfaire une surdose\b"),
    ("suicide", "dire-adieu-fr", r"\bdire adieu (a|au) (tout le monde|monde)\b|\blettre de adieu\b|\bdernier message\b"),
    # --- self-harm
    ("self_harm", "self-harm-en", r"\bself ?harm(ing|ed)?\b|\b(hurt|hurting|cut|cutting|burn|burning|harm|harming|punish|punishing|starve|starving|scratch|scratching|hit|hitting) (my ?self)\b"),
    ("self_harm", "automutilation-fr", r"\bautomutil\w*|\bscarifi\w*|\bme (fais|faire|faisais) (du|de le) mal\b|\bje me (coupe|brule|mutile|blesse|scarifie|frappe)\b|\b(envie|besoin|veux|vais|recommence|continue|recommencer|continuer) (de |a )?me (couper|bruler|mutiler|blesser|scarifier|frapper|faire mal|faire du mal)\b"),
    # --- someone else at risk
    ("other_at_risk", "other-suicide-en", r"\b" + _OTHER + r" ?(is|s|are|re|was|keeps|has been|have been|been|seems|seem|might be|may be|could be)? ?(talking|talks|talked|saying|says|said|thinking|thinks|thought|mentioned|mentions|joking|jokes|posting|posted|writing|wrote|texting|texted|threatening|threatened|planning|plans|wants|want|wanted|going|trying|tried)? ?(about |of |to )?(suicide|suicidal|killing (him|her|them)sel(f|ves)|kill (him|her|them)sel(f|ves)|end (his|her|their) (own )?life|ending (his|her|their) (own )?life|wanting to die|want to die|wants to die|dying|self harm|hurting (him|her|them)self|hurt (him|her|them)self|cutting (him|her|them)self|take (his|her|their) (own )?life)\b"),
    ("other_at_risk", "other-suicide-fr", r"\b" + _OTHER + r" ?(me )?(parle|parlait|parlent|a parle|pense|pensait|a dit|dit|disait|veut|voulait|va|menace|menacait|a menace|ecrit|a ecrit|texte|songe|planifie)? ?(de |a |au |du )?(suicide|se suicider|se tuer|mourir|en finir|se enlever la vie|s enlever la vie|se faire du mal|se couper|se blesser|mettre fin a ses jours)\b|\bse (suicider|tuer|enlever la vie|pendre)\b(?! (a|au) (la|le)? ?(tache|ouvrage|travail))|\b(il|elle|iel) est suicidaire\b|\bidees suicidaires\b"),
    # --- danger happening now
    ("violence", "attack-en", r"\b(he|she|they|someone|somebody|my \w+|a man|a guy|a woman|this guy|people)( is| s| are| re| keeps)? (hitting|beating|choking|strangling|attacking|punching|kicking|hurting|threatening|following|stalking|hit|beat|choked|strangled|attacked|punched|kicked|hits|beats|chokes|strangles|attacks|punches|kicks|threatens|threatened) (me|us|my kids|my children|my son|my daughter)\b|\b(going|gonna|trying|tries|tried|threatening|threatened|threatens|wants|want) to (kill|hurt|hit|beat|stab|shoot) (me|us|my kids|my children)\b|\b(has|got|have|with|holding) a (gun|knife|weapon|firearm)\b|\bi m (being|getting) (hit|beaten|attacked|abused|choked|followed|stalked|threatened)\b|\b(i m|i am|we re|we are|i feel) (not safe|in danger|unsafe)\b|\bbreaking (in|into my)\b|\bhelp me (please|now|he|she)\b"),
    ("violence", "attaque-fr", r"\b(il|elle|ils|quelqu un|mon \w+|ma \w+|un homme|un gars|une femme)( est en train de| vient de| continue de| continue a)? ?(me|nous) (frappe|frapper|bat|battre|battu|battue|etrangle|etrangler|attaque|attaquer|menace|menacer|tape dessus|taper dessus|pousse|pousser|blesse|blesser|suit|suivre|cogne|cogner|viole|violer|violee)\b|\b(va|veut|menace de|vont|veulent|essaie de|a essaye de) (me|nous) (tuer|frapper|battre|blesser|poignarder|tirer)\b|\b(me|nous) a (frappe|frappee|battu|battue|etrangle|etranglee|attaque|attaquee|menace|menacee|viole|violee|cogne|cognee)\b|\b(a|avec|tient|sorti) (un|une) (couteau|fusil|arme|gun)\b|\bje suis (pas |ne pas )?(en danger|pas en securite|plus en securite)\b|\bje (ne )?suis pas en securite\b|\bje me sens (pas|plus) en securite\b|\bau secours\b|\bil (defonce|essaie de rentrer|entre de force)\b"),
]

_COMPILED = [(cat, name, re.compile(rx)) for cat, name, rx in _PATTERNS]
_PARTNER_RE = re.compile(r"\b(mon|ma|my|our|notre)( \w+)? " + _PARTNER + r"\b")


def detect(text: str) -> CrisisResult:
    """Flag danger in `text`. A miss is worse than a false alarm: see the module docstring."""
    found: list[tuple[Category, str]] = []
    # Idioms come out of the base form first, so squeezing letters ("boss" -> "bos") cannot hide one.
    base = _IDIOM_RE.sub(" _ ", normalise(text))
    forms = {base, _IDIOM_RE.sub(" _ ", single_letters(base))}
    for stripped in forms:
        for cat, name, rx in _COMPILED:
            if rx.search(stripped):
                category: Category = cat
                if cat == "violence" and _PARTNER_RE.search(stripped):
                    category = "domestic_violence"
                found.append((category, name))
    if not found:
        return NO_CRISIS
    # First person before someone else: "my colleague and I both want to die" is about the writer.
    found.sort(key=lambda f: PRIORITY[f[0]])
    cat, name = found[0]
    return result(cat, "risk", f"{cat}:{name}")


def detect_all(text: str, chunk: int = 15_000, overlap: int = 300) -> CrisisResult:
    """`detect` over a text of any length: a 50,000-character message is read to its end."""
    if len(text) <= chunk:
        return detect(text)
    for start in range(0, len(text), chunk - overlap):
        result = detect(text[start : start + chunk])
        if result.crisis:
            return result
    return NO_CRISIS
