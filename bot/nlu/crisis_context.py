"""What takes a crisis finding back, or says whose it is: idioms, grief, long ago, training and news, negation.

Read by bot.nlu.crisis around the rules of bot.nlu.crisis_rules. Each pattern is on the normal form
(bot.nlu.normalise). Idioms are whole phrases, never a lone word; the rest are context the message
itself gives ("ten years ago", "pas pour vrai", "moose hunting") that a careful reader would weigh.
"""

from __future__ import annotations

import re

from bot.nlu import crisis_lexicon as L

# Idioms and non-crisis uses removed before matching. Each is a whole phrase, never a lone word.
IDIOMS = [
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
IDIOMS += [
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
    r"en finir (un|une)\b|overdose (de|of|on) (cafe|coffee|sucre|sugar|chocolat|chocolate|travail|work|netflix)|"
    r"mission suicide|suicide mission|cutting it (really )?(close|short)|cut it close|crawl (in|into) a hole and die|"
    r"(laptop|phone|computer|ordi|cell|battery|batterie|printer|imprimante|car|char) (committed suicide|se est suicide)|"
    r"jump (on|in|into|at) (a|the|this)? ?(call|meeting|zoom|teams|phone|opportunity|chance|conversation)|"
    r"(got|get|been) hit by a truck|(like|comme) (a truck|un camion) (hit|me a frappe|m a frappe)|"
    r"slammed the door in my face|(on|ils|they) (me|m) a coupe|coupe (\d+|mes|les|nos) ?(h|heures|hours|salaire|heures)|"
    r"(disappear|disparaitre) (to|on|for|dans|en|au|a) (a|the|le|la|un|une|2|deux|two)? ?(beach|plage|sud|vacation|"
    r"vacances|week|weeks|semaine|semaines|cabin|chalet)",
]
# An idiom unless danger words sit next to it: "je me jette à l'eau" is "I take the plunge", but not at the quay.
CONDITIONAL_IDIOMS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"\b(me|se|m|s) (jette|jeter|lance|lancer) a (l|le) eau\b"),
     re.compile(r"\b(quai|pont|bridge|fleuve|riviere|river|lac|lake|glace|ice|noyer|drown|mourir|die|ce soir|tonight)\b")),
]
# A death in the past, told as grief ("my brother took his life ten years ago"): not a danger now.
PAST_LOSS = re.compile(r"\b(ago|years|yrs|ans|il y a|since|depuis|last year|l an dernier|le an dernier|l annee derniere|"
                        r"le annee derniere|anniversary|anniversaire|funeral|funerailles|deuil|grief|grieving|"
                        r"ca fait \d+|it s been|its been)\b")
COMPLETED = re.compile(r"\b(se est tue en|se est tuee en|killed (him|her|them)sel(f|ves)|took (his|her|their) (own )?life|se est (suicide|suicidee|"
                        r"enleve la vie|pendu|pendue)|committed suicide|died by suicide|s est suicidee?|"
                        r"a mis fin a ses jours|ended (his|her|their) life|mort de une surdose|morte de une surdose|mort d une surdose|"
                        r"died of an overdose|overdosed and died|mort par suicide|morte par suicide|parent se est suicide)\b")
# Told about oneself long ago and no more ("I was suicidal in my 20s, got help"): not a danger now, unless it is back.
DISTANT_PAST = re.compile(r"\b(in my \d+s|years ago|yrs ago|il y a \d+ ans|ya \d+ ans|y a \d+ ans|quand j etais (jeune|ado)|"
                           r"when i was (young|a teen|a kid|\d+)|c est loin|ce est loin|got help|haven t had|havent had|"
                           r"all clear|screened me|depiste|fini depuis longtemps|depuis longtemps|a long time ago|long time ago|"
                           r"behind me|derriere moi|years back|few years ago|a few years back|il y a quelques annees|"
                           r"quelques annees|used to|as a teen|quand j etais ado|i m fine now|im fine now|"
                           r"je vais bien maintenant|va tres bien maintenant|thriving now|self harm free|years clean|"
                           r"ans sobre|years sober|\d+ (years|ans|yrs) (clean|sober|sobre))\b")
RECURS = re.compile(r"\b(it s back|is back|came back|coming back|revenu|revenue|again|encore|revient|reviennent|"
                     r"recommence|relapsed|relapse|rechute|rechuter|ruined it|gache|ce soir|lately|"
                     r"dernierement|these days|ces temps ci|tonight|right now)\b")
# The writer takes it back in so many words ("j'veux mourir... non pas pour vrai lol").
RETRACTED = re.compile(r"\b(pas pour vrai|not for real|figure of speech|facon de parler|just kidding|je niaise|je blague|"
                        r"just joking|only joking|c est une joke|ce est une joke)\b")
# Hunting, a range, a game, an accident: the same words, no danger.
NO_DANGER_CONTEXT = re.compile(r"\b(hunting|chasse|gun range|shooting range|champ de tir|club de tir|orignal|moose|"
                                r"chevreuil|deer|pal|permis|clean my rifle|nettoie ma carabine|slipped|glisse|glissee|"
                                r"friteuse|fryer|en cuisinant|cooking|by accident|par accident|sans faire expres|"
                                r"en ouvrant|opening boxes|accident de|jiu jitsu|judo|mma|boxe|boxing|karate|lutte|wrestling|"
                                r"hockey|cosom|rec hockey|sparring|martial|lasagna|lasagne|oven|four|baking|blister|"
                                r"ampoule|bbq|grill|novel|roman|mystery|polar|doing dishes|vaisselle|broken glass|verre casse|"
                                r"exacto a glisse|knife slipped|couteau a glisse)\b")
ON_MYSELF = re.compile(r"\b(myself|on me|sur moi|moi meme|pense juste a ca|pense juste a ce|think about it|"
                        r"thinking about it|je y pense|j y pense|using it on|me en servir|m en servir)\b")
ASKED_IF = re.compile(r"\b(asked|asks|ask|demande|demandait|demandé|wondered|wonder)( \w+){0,2} (if|si|whether)\b")
IDIOM_RE = re.compile(r"\b(" + "|".join(IDIOMS) + r")\b")
NOT_A_NEGATION = re.compile(r"\b(arrete pas de|arrete pas|arrive pas a|peux pas arreter|can t stop|cant stop|"
                             r"couldn t stop|can t get it out|ne fait pas que|pas juste)\b")
THREAT_BEFORE = re.compile(r"\b(menace|menacait|menacent|a menace|threatens|threatened|jure|swore)\b")
CLAUSE = "zz"  # a comma, kept as a token: a negation does not reach past it ("je rentre pas, je vais au quai")
INNER_NEGATION = re.compile(r"\b(pas|jamais|aucun|aucune|not|never|no|nt|don t|won t|wouldn t|ni|sans|without)\b")

# Someone else at risk: the person slot. A self rule read with these words as its subject.
OTHER_SUBJECT = re.compile(rf"\b(?:{L.THEY[3:-1]}|{L.RELATIVE}|\w+ (?:ans|yo|year old))\b")
SELF_SUBJECT = re.compile(r"\b(?:je|j|i|moi|me|myself)\b")
OTHER_REFLEXIVE = re.compile(r"\b(?:se|s|himself|herself|themselves|themself|lui|his|her|their|ses)\b")
SELF_REFLEXIVE = re.compile(r"\b(?:me|m|myself|my self|my|mes|ma|mon)\b")

# Context that makes a message about suicide in general, not about anyone's danger now.
META = re.compile(r"\b(?:formation|training|cours|course|class|atelier|workshop|conference|conferencier|speaker|"
                  r"article|reportage|documentaire|documentary|news|aux nouvelles|les nouvelles|radio|tele|tv|stats|statistiques|"
                  r"statistics|rates|taux|semaine de prevention|prevention week|prevention|formation sentinelle|sentinel training|"
                  r"comment aborder|how to approach|approach a|aborder un|signes|signs|difference entre|"
                  r"difference between|travail d ecole|school project|ce bot|this bot|le bot|the bot|detecte|detect|"
                  r"comment ca marche|how it works|pour un cours|for a course|for class|livre|book|serie|series|"
                  r"film|movie|jeu video|video game|board game|paintball|airsoft|laser tag|play where|piece de theatre|"
                  r"personnage|character|podcast|la nouvelle|the news|anti suicide|filets|si quelqu un ecrit|"
                  r"if someone writes|if someone types|what happens if|qu est ce qui se passe si|qu est ce qui se passe en vrai|"
                  r"combien de personnes|how many people|each year|chaque annee|par annee|per year|demander directement|"
                  r"ask someone directly|ask directly|poser la question|comment on parle|how do we talk|how to talk|"
                  r"writing a|poster|affiche|campaign|campagne|suggestions de livres|livres sur|books about|books on|"
                  r"book recommendations|deuil apres un suicide|grief after suicide|"
                  r"suicide loss|talk to my crew|parler du suicide|parler de suicide|talk about suicide|aborder le suicide|if i write|si j ecris|si je ecris|ecris le mot|"
                  r"write the word|type the word|tape le mot|say the word|dis le mot|the word suicide|le mot suicide|career suicide|suicide professionnel|political suicide|suicide politique)\b")
NEGATION = re.compile(r"\b(?:pas|jamais|aucun|aucune|not|never|no|nt|don t|dont|ne|n|won t|wouldn t|d never|"
                      r"sans|without|nor|ni|plus jamais|0|zero|nobody|no one|personne)\b(?: (?!zz\b)[a-z0-9]+){0,3} ?$")
