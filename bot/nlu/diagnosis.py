"""Never diagnosing, from both sides.

`labels_person` is the validator's check over every bot text: no sentence may put a
condition on the person ("you have depression", "c'est un burnout"). `asks_for_assessment`
and `asks_for_treatment` spot a worker asking the bot to judge or to prescribe, so the bot
can say plainly it cannot, and refer.
"""

from __future__ import annotations

import re

from bot.nlu.normalise import normalise

_CONDITIONS = (
    r"(depression|depressive|depressif|depressive|deprime|deprimee|burnout|burn out|epuisement professionnel|"
    r"anxiety disorder|anxiety|anxieux|anxieuse|trouble anxieux|trouble|disorder|alcoholic|alcoolique|addict|"
    r"toxicomane|dependant|dependante|bipolar|bipolaire|ptsd|tspt|stress post traumatique|post traumatic|"
    r"mentally ill|malade mental|maladie mentale|mental illness|suicidal|suicidaire|traumatise|traumatisee|"
    r"traumatized|narcissist|narcissique|panic disorder|trouble panique|ocd|toc|adhd|tdah|schizophren\w*|"
    r"psychotic|psychotique|harcele|harcelee|victim of harassment|victime de harcelement)\b"
)

_LABEL_PATTERNS = [
    # English
    r"\byou (have|ve got|have got|suffer from|are suffering from|re suffering from|show signs of|show symptoms of|clearly have|probably have|must have|might have|seem to have|are showing signs of) (a |an |some )?" + _CONDITIONS,
    r"\byou (are|re|seem|sound|look) (clearly |probably |definitely |obviously )?(a |an )?" + _CONDITIONS,
    r"\b(this|that|it|what you describe|what you re describing) (is|s|sounds like|looks like|seems like) (clearly |definitely |probably )?(a |an )?(case of )?" + _CONDITIONS,
    r"\byour (depression|burnout|anxiety|addiction|alcoholism|disorder|illness|trauma)\b",
    r"\byou should (take|stop taking|increase|decrease|try) (your )?(medication|meds|pills|antidepressants|dose)",
    # French
    r"\b(vous|tu) (souffrez|souffres|avez|as|faites|fais|vivez|vis|presentez|presentes) (de le |de la |de |d |du |des |un |une )?(probablement |clairement |sans doute )?(un |une |le |la )?" + _CONDITIONS,
    r"\b(vous etes|tu es|t es|vous semblez|tu sembles|tu as l air|vous avez l air) (clairement |probablement |sans doute )?(un |une )?" + _CONDITIONS,
    r"\b(ce est|c est|ca est|ca ressemble a|cela ressemble a|ca sonne comme|il se agit de|ce que vous decrivez est|ce que tu decris est) (clairement |probablement |sans doute |definitivement )?(un |une |de la |de le |du |le |la )?(cas de )?" + _CONDITIONS,
    r"\b(votre|ta|ton) (depression|burnout|anxiete|dependance|alcoolisme|trouble|maladie)\b",
    r"\b(vous devriez|tu devrais) (prendre|arreter|augmenter|diminuer|essayer) (vos |tes |des |un |une )?(medicaments|pilules|antidepresseurs|dose|traitement)",
]
_LABEL_RE = [re.compile(p) for p in _LABEL_PATTERNS]

_ASSESS_RE = re.compile(
    r"\b(am i|do i have|is (this|it|that|what i m going through|what i feel)|could (this|it|i)|would you say i m|is my \w+|are these signs of|do you think i (have|m|am)|should i be diagnosed)( a| an| having a| going through a| suffering from| really| just)? ?(depressed|depression|burn ?out|burning out|anxious|anxiety|alcoholic|addict|addicted|bipolar|crazy|mentally ill|ptsd|harassment|harassed|abuse|abusive|a panic attack|panic attack|normal|sick|ill)\b"
    r"|\b(est ce que|est ce qu|estce que|suis je|je suis tu|suis tu|ai je|jai tu|je ai tu|est ce)( je| que je| ce| ca)?( suis| fais| vis| ai| est| c est)?( un| une| en| de le| du| de la)? ?(depression|depressif|depressive|deprime|deprimee|burn ?out|epuisement|anxieux|anxieuse|alcoolique|dependant|dependante|bipolaire|fou|folle|malade|harcelement|harcele|harcelee|violence|normal|normale|crise de panique)\b"
    r"|\b(ce tu|ce est tu|cest tu|c est tu|ca est tu|ca tu|est ce que ce est|est ce que c est|est ce du|est ce de le|est ce un|est ce une|ce serait tu)( du| de le| un| une| de la)? ?(harcelement|burn ?out|depression|violence|abus)\b"
)

_TREAT_RE = re.compile(
    r"\b(should i|can i|could i|do i need to|is it ok to|is it safe to|how much|how many|which|what) (take|stop taking|stop|increase|decrease|double|mix|get on|go on|come off|start)? ?(my |some |the |an |a )?(medication|meds|pills|antidepressants?|sleeping pills|xanax|ativan|zoloft|prozac|cipralex|effexor|wellbutrin|dose|dosage|treatment|therapy|cbd|melatonin)\b"
    r"|\b(quel|quelle|quels|quelles|combien de|est ce que je devrais|dois je|devrais je|je devrais tu|je peux tu|je dois tu|puis je) (prendre|arreter|augmenter|diminuer|doubler|melanger|commencer)? ?(mes |des |un |une |le |la |les |de )?(medicaments|medicament|pilules|antidepresseurs?|somniferes|dose|traitement|therapie|ativan|xanax|zoloft|cipralex|effexor|wellbutrin|melatonine)\b"
    r"|\b(medication|medicament|pills|pilules|antidepressant|antidepresseur)s? (advice|conseil)\b"
)

# A question about one's own medication in any wording: a question lead, a verb of taking,
# stopping or mixing, then the medication, within a few words ("can I take another pill tonight?",
# "je peux-tu doubler ma dose?", "is it ok to drink on my meds?"). Saying one already swallowed far
# too much is not a question: the crisis detector answers that first.
_MED = (r"(pills?|meds?|medications?|medicines?|tablets?|doses?|dosage|prescriptions?|antidepressants?|"
        r"sleeping pills|painkillers?|xanax|ativan|zoloft|prozac|cipralex|effexor|wellbutrin|seroquel|"
        r"pilules?|medicaments?|medications?|comprimes?|cachets?|somniferes?|antidepresseurs?|traitement|"
        r"prescription|anxiolytiques?|melatonine|melatonin)")
_MED_VERB = (r"(take|taking|have|double|mix|mixing|stop|skip|increase|decrease|lower|raise|cut|drink|drinking|"
             r"combine|split|crush|quit|add|start|go off|come off|use|prendre|doubler|melanger|arreter|sauter|"
             r"augmenter|diminuer|baisser|couper|boire|combiner|commencer|cesser|lacher|reprendre|ajouter|"
             r"consommer|depasser|oublier)")
_MED_LEAD = (r"(can i|could i|should i|do i|may i|is it ok to|is it okay to|is it safe to|is it bad to|"
             r"is it dangerous to|am i allowed to|would it be ok to|what if i|how much|how many|"
             r"est ce que je (peux|pourrais|devrais|dois)|est ce que on peut|je (peux|peut|pourrais|devrais|dois) tu|"
             r"puis je|peux je|dois je|devrais je|pourrais je|combien de|ai je le droit de|"
             r"est ce (correct|correcte|grave|dangereux|ok|bon|possible|safe) de|"
             r"(ce|ca) est tu (correct|correcte|grave|dangereux|ok|bon|safe) de|c est tu (correct|correcte|grave|dangereux|ok|bon|safe) de)")
_MED_RE = re.compile(r"\b" + _MED_LEAD + r"(?: \w+){0,4}? " + _MED_VERB + r"\b(?: \w+){0,6}? " + _MED + r"\b")


def question_kind(text: str) -> str | None:
    """"treatment", "harassment" or "assessment" when the bot is asked to prescribe or judge; first match wins."""
    if asks_for_treatment(text):
        return "treatment"
    if asks_about_harassment(text):
        return "harassment"
    if asks_for_assessment(text):
        return "assessment"
    return None


def labels_person(text: str) -> str | None:
    """The phrase in a bot text that puts a condition on the person, if any."""
    norm = normalise(text)
    for rx in _LABEL_RE:
        m = rx.search(norm)
        if m:
            return m.group(0)
    return None


def asks_for_assessment(text: str) -> bool:
    return bool(_ASSESS_RE.search(normalise(text)))


def asks_about_harassment(text: str) -> bool:
    n = normalise(text)
    return asks_for_assessment(text) and any(w in n for w in ("harass", "harcel", "abus", "violence"))


def asks_for_treatment(text: str) -> bool:
    norm = normalise(text)
    return bool(_TREAT_RE.search(norm) or _MED_RE.search(norm))
