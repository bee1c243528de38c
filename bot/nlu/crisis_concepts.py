"""Crisis rules added from dev_f on, each a concept rather than a message (see docs/crisis.md, "How the rules
were made to generalise"): dev_f's misses grouped by concept, then three rounds of phrasings written fresh for
each concept and measured before the rules they led to. Read after bot.nlu.crisis_rules, in this order.
"""

from __future__ import annotations

from bot.nlu.crisis_concepts_h import DEV_H
from bot.nlu.crisis_concepts_i import DEV_I
from bot.nlu.crisis_concepts_i_en import DEV_I_EN
from bot.nlu.crisis_rule_shapes import Rule, all_of, seq

CONCEPTS: tuple[Rule, ...] = (
    # ---- from dev_f (the first frozen test split, moved to dev): concepts, not its phrases -------------------
    # Asking what a way of dying would be like: "would hanging hurt?", "est-ce que la noyade c'est rapide?".
    seq("suicide", "risk", "method-like", r"(?:<METHOD>)(?! (?:prevention|course|training|class|cours|formation|lesson|"
        r"lessons|lecon|lecons|drill|exercise|exercice|survival|safety|securite)\b)(?: <G3>)? (?:<WHAT_LIKE>)(?! (?:to|a|de|for|pour)\b)"
        r"|(?:how long|combien de temps|how fast|how quick|how quickly|how painful)(?: <G3>)? (?:<METHOD>)", meta=True),
    # Knowing where and how, or when and how: a plan told without its words.
    seq("suicide", "concern", "where-and-how", r"(?:know|knows|sais|sait|decided|decide|choisi|chose|picked|figured out)"
        r"(?: <G2>)? (?:where|how|when|ou|comment|quand) (?:and|et|pis|puis|and also) (?:how|when|where|comment|quand|ou)"
        r"(?! (?:to|a|de|the|le|la|les|is|est|it|ca|that|this|we|on|you|tu|vous|nous|me|te|se|y|aller|go|get|find|"
        r"trouver|faire|do|make)\b)"),
    all_of("suicide", "risk", "where-and-how-when", r"(?:know|knows|sais|sait|decided|decide|choisi|chose|picked|"
           r"figured out)(?: <G2>)? (?:where|how|when|ou|comment|quand) (?:and|et|pis|puis|and also) "
           r"(?:how|when|where|comment|quand|ou)"
           r"(?! (?:to|a|de|the|le|la|les|is|est|it|ca|that|this|we|on|you|tu|vous|nous|me|te|se|y|aller|go|"
           r"get|find|trouver|faire|do|make)\b)", r"<WHEN>"),
    # Going to the bridge, timed so nobody is around.
    all_of("suicide", "concern", "going-alone-to-edge", r"(?:going|gonna|head|heading|headed|drive|driving|vais|va|aller|"
           r"m en vais|me en vais|rendre)(?: <G2>)? (?:to|au|a la|a le|sur|on|at)(?: <G2>)? (?:<EDGE>|<TRAIN>)",
           r"(?:timed|calcule|so nobody|so no one|pour que personne|nobody will|no one will|personne sera|personne va|"
           r"without anyone knowing|sans que personne|when no one|quand personne|nobody around|personne autour)", meta=True),
    # A time, then the end: "tonight it ends", "ce soir ça finit".
    seq("suicide", "concern", "when-it-ends", r"(?:<WHEN>|<NOW>) (?:it ends|it all ends|it s over|it s all over|ca finit|"
        r"ce finit|tout finit|tout se termine|ca se termine|ce est fini|c est fini|c est la fin|ce est la fin|i end it|"
        r"je en finis|j en finis|everything ends|this ends)(?! (?:at|a|with|avec|when|quand|for|pour|in|dans|on|le|the|"
        r"after|apres|before|avant|early|tot|tard|late)\b)"),
    # Standing on a bridge or a ledge, now.
    seq("attempt", "risk", "on-the-edge-now", r"(?:standing|debout|sitting|assis|assise|i m|im|je suis|suis|here|ici)"
        r"(?: <G1>)? (?:on|sur|at|au|a|in|by)(?: (?:the|le|la|a|un|une|top of|haut du|le haut du|bord du|le bord du|le bord de la|the edge of|"
        r"the edge of the))? "
        r"(?:<EDGE>)(?! (?:du|de|d|of the|of a|of my) (?:bateau|navire|traversier|ferry|boat|ship|cruise|croisiere|"
        r"voilier|yacht)\b)(?: <G3>)? (?:<NOW>)(?! (?:for|pour) (?:work|la job|travailler|the job)\b)"),
    # The last time, said by someone who means not to be there.
    all_of("suicide", "risk", "last-time", r"<LAST_TIME>", r"<LAST_SIGN>", writer=True),
    # Means and a letter, together: "j'ai été chercher la corde pis j'ai écrit ma lettre".
    all_of("suicide", "risk", "means-and-letter", r"(?:<ROPE>|<GUN>|<PILLS>|noose)",
           r"(?:<MY>|ma|mes) (?:lettre|lettres|letter|letters|note|notes|mot|mots|goodbye letter|last letter|derniere "
           r"lettre)|(?:ecrit|wrote|written|laisse|left|writing|ecrire) (?:ma|my|une|a|des|mes|the|la) (?:lettre|letter|"
           r"note|lettres|letters|notes)"),
    # A will made, and calm or "soon": asked directly.
    all_of("suicide", "concern", "will-and-calm", r"(?:<WILL>|beneficiary|beneficiaire|beneficiaires)",
           r"(?:calm|calme|at peace|en paix|peace|paix|relief|soulage|soulagee)",
           r"(?:first time|premiere fois|in months|depuis des mois|in years|depuis des annees|finally|enfin|soon|bientot|"
           r"strange|weird|bizarre|since i decided|depuis que (?:j|je) ai decide|none of this|tout ca)"),
    # No other way out than death: "je vois pas d'autre issue que la mort".
    seq("suicide", "risk", "no-other-way", r"(?:<NEG>|d|de|any|other|autre)(?: <G2>)? (?:autre|other|another) "
        r"(?:issue|solution|sortie|choix|option|way|choice|way out|moyen|porte de sortie|escape|exit)(?: <G3>)? "
        r"(?:que|than|but|sauf|except|other than|a part)(?: <G2>)? (?:<DIE>|la mort|death|dying|mourir|suicide|me tuer|"
        r"kill myself|en finir|ending it|the end)"),
    # Nothing keeps the writer here.
    seq("suicide", "concern", "nothing-holds-me", r"(?:rien|nothing|personne|nobody|no one)(?: <G2>)? (?:qui me retient|"
        r"me retient|me retiens|holding me here|keeping me here|keeps me here|to keep me here|holds me here|me garde en vie|"
        r"keeping me alive|keeps me alive|me rattache)(?: (?:ici|icitte|here|anymore|sur terre|on earth|in this world|"
        r"dans ce monde|alive|en vie|in life|dans la vie|a la vie|to life))*(?:$| zz)"),
    # Swallowed a whole box: the container says what it held.
    seq("attempt", "risk", "swallowed-container", r"(?:avale|avalee|gobe|swallowed|downed|gulped)(?: (?:presque|almost|"
        r"nearly|genre|like|quasiment|pretty much|basically|just))?(?: (?:toute|tout|"
        r"all|the whole|the entire|whole|entire|tous|toutes))?(?: (?:la|le|les|the|my|ma|mon|mes|a|une|un))? (?:boite|box|pot|"
        r"plaquette|flacon|pack|blister|pilulier|pill box|contenant|container|fiole|tube)"
        r"(?! (?:de|of|d|du|des) (?!(?:pilules|pills|comprimes|medicaments|meds|somniferes|cachets|tylenol|advil|"
        r"ativan|xanax|insuline|insulin)\b))"),
    # Not sure to be alive tomorrow; at home, that is fear of someone there.
    seq("suicide", "concern", "not-sure-alive", r"(?:pas sur|pas sure|not sure|unsure|sais pas si|know if|don t know if|"
        r"doute|wonder if)(?: <G3>)? (?:de |d |to |if i ll |si je vais |that i ll )?(?:etre |be |still be |rester |encore "
        r"etre |be still )?(?:encore )?(?:en vie|vivant|vivante|alive|survive|survivre|make it through|passer la nuit|"
        r"see tomorrow|voir demain|here tomorrow|la demain)"),
    all_of("domestic_violence", "risk", "not-sure-alive-home", r"(?:pas sur|pas sure|not sure|unsure|sais pas si|"
           r"don t know if)(?: <G3>)? (?:de |d |to |if i ll |si je vais )?(?:etre |be |still be |rester )?(?:encore )?"
           r"(?:en vie|vivant|vivante|alive|survive|survivre|make it through|passer la nuit)",
           r"(?:rentre|rentrer|go home|come home|going home|coming home|get home|a la maison|chez nous|chez moi|at home|"
           r"back home)"),
    # Hurt on purpose: "I punched the wall until my knuckles split. On purpose. I wanted it to hurt."
    all_of("self_harm", "risk", "hurt-on-purpose", r"(?:<CUT>|punched|punch|hit|frappe|frappee|cogne|cognee|slammed|bang|"
           r"banged|burned|brule|brulee|scratched|griffe|griffee|pinched|pince|pincee|bit|mordu|mordue|coupee|blessee)",
           r"(?:on purpose|expres|volontairement|deliberately|wanted it to hurt|want it to hurt|wanted to feel (?:it|pain|"
           r"something)|voulais que ca fasse mal|voulais que ce fasse mal|voulais avoir mal|pour avoir mal|to feel pain|"
           r"pour sentir la douleur|to feel something|pour sentir quelque chose|needed it to hurt|needed the pain|"
           r"besoin d avoir mal|besoin de avoir mal|to punish myself|pour me punir|deserved the pain|meritais d avoir mal|"
           r"meritais de avoir mal)", r"(?:<I>|<ME>|<MY>)", negatable=True),
    # "the pills she's gonna use", "la corde qu'il va utiliser": the means of a plan.
    seq("suicide", "risk", "means-to-use", r"(?:<PILLS>|<ROPE>|<GUN>|noose)(?: (?:that|que|qu))? (?:<I>|<THEY>|i m|im|"
        r"she s|he s|they re)? ?(?:is |are |am |s )?(?:going to|gonna|will|ll|plans to|planning to|va|vais|vas|compte|"
        r"veut|want to|wants to)(?: <G1>)? (?:use|utiliser|take|prendre|avaler)(?! (?:the|a|an|le|la|les|un|une|my|mon|"
        r"ma|mes|his|her|son|sa|ses|at|on|in|with|avec|dans|sur|every|chaque|each|tous|daily|tonight|ce soir|demain|"
        r"tomorrow|before|avant|after|apres|as|comme|for (?!it\b)|pour (?!(?:mourir|en finir|le faire)\b))\b)"),
    # Things of worth given away by someone in a low mood: asked directly.
    all_of("suicide", "concern", "gives-away-low", r"(?:gave|give|giving|given|donne|donner|donnait|vendu|sold|selling|"
           r"vend|vendre|distribue|giving away)(?: <G3>)? (?:<VALUABLES>)", r"<LOW_MOOD>"),
    # Done to the writer in French, with "m'a": "il m'a frappée", "m'a enfermée".
    seq("violence", "risk", "done-to-me-fr", r"(?:me|m|nous) (?:a|ont|avait|avaient)(?: (?:encore|deja|souvent|juste))? "
        r"(?:frappe|frappee|battu|battue|etrangle|etranglee|gifle|giflee|cogne|cognee|agresse|agressee|viole|violee|"
        r"poignarde|poignardee|tabasse|tabassee|fesse|fessee|brule|brulee|enferme|enfermee|barre dans|barree dans|"
        r"pousse dans|poussee dans|pousse contre|poussee contre|pousse en bas|poussee en bas|etouffe|etouffee|"
        r"serre le cou|pogne par le cou|pognee par le cou|lance (?:un|une|des|son|sa|ses) )"
        r"|(?:ma|mont) (?:frapper|battre|etrangler|gifler|cogner|agresser|violer|poignarder|tabasser|fesser|pousser|"
        r"frappee|battue|etranglee|giflee|cognee|agressee|violee|poignardee|tabassee|fessee|brulee|"
        r"enfermee|barree|poussee|etouffee|forcee|saute dessus|sautee dessus|frappe|battu|tabasse|agresse)",
        negatable=True),
    # A threat with a condition: "you know what happens if you take the kids", a picture of a weapon.
    seq("violence", "risk", "conditional-threat", r"(?:you know what (?:happens|will happen|ll happen)|tu sais ce qui "
        r"(?:va arriver|arrive|arrivera)|tu sais ce que (?:je vais faire|ca va faire)|what happens to you if|ce qui va "
        r"t arriver si|ce qui va te arriver si)(?: <G2>)? (?:if|si|when|quand)"
        r"|(?:sent|sends|texted|texts|showed|shows|envoye|envoie|texte|montre) (?:me|m|moi)(?: <G1>)? (?:a |une |un |des )?"
        r"(?:picture|photo|pic|pics|selfie|video)(?: <G2>)? (?:of|de)(?: <G1>)? (?:<GUN>|<WEAPON>)"
        r"|(?:me|m) (?:a|ont) (?:envoye|texte|montre) (?:une|un|des) (?:photo|photos|pic|video|selfie)(?: <G2>)? (?:de|d)"
        r"(?: <G1>)? (?:<GUN>|<WEAPON>)"),
    # ---- the second round of fresh phrasings (written after dev_f, measured before these rules) ----------------
    # Medication put aside over time: "stocking up on my sleeping pills for weeks", "j'en ai une bonne réserve".
    all_of("suicide", "risk", "pills-stockpiled", r"<PILLS>", r"(?:stocking up|stock up|stocked up|stockpile|stockpiled|stockpiling|stockpiles|hoard|hoarded|hoarding|hoards|"
           r"saving up|saved up|mis de cote|mets de cote|mettre de cote|ramasse|ramasser|accumule|accumuler|garder mes|"
           r"garde mes|garde les|garder les|je les garde|keeping my|kept my|keeping the|keep the|instead of taking|au lieu de les prendre|reserve|stash|cache)",
           r"(?:for weeks|for months|depuis des|depuis un|depuis une|depuis \d+|for \d+|des semaines que|des mois que|"
           r"weeks now|months now|fait des semaines|fait des mois|since (?:january|february|march|april|may|june|july|"
           r"august|september|october|november|december|christmas|the summer|the fall|last)|reserve|stash|au lieu de|"
           r"instead of|a lot|plenty|beaucoup|pile|tas)"),
    # Fine without the writer, soon: asked directly.
    seq("suicide", "concern", "fine-without-me", r"(?:fine|ok|okay|alright|all right|bien|correct|corrects|correctes|ben "
        r"corrects|survive|survivre|manage|se debrouiller|s en sortir)(?: <G3>)? (?:without me|sans moi|without (?:him|her|them)|"
        r"sans (?:lui|elle|eux))"
        r"(?!(?: <G3>)? (?:for|pendant|this|cette|ce|tonight|today|while|le temps|when i m away|quand je serai en|"
        r"a few|quelques|the weekend|la fin de semaine|at the|au|a la)\b)", writer=True),
    # Not alive at some later time, in the writer's own eyes.
    seq("suicide", "risk", "not-alive-later", r"(?:can t see myself|cant see myself|don t see myself|dont see myself|"
        r"me vois pas|me vois plus|imagine pas|can t imagine|cannot imagine|don t think i ll|dont think i ll|"
        r"pense pas|crois pas)(?: <G2>)? (?:being |etre |still |encore |be )*(?:alive|vivant|vivante|en vie)"),
    seq("suicide", "concern", "not-around-later", r"(?:don t think i ll|dont think i ll|don t think i will|not sure i ll|"
        r"doubt i ll|pense pas (?:etre|que je vais etre|que je serai)|crois pas (?:etre|que je vais etre|que je serai))"
        r"(?: be)?(?: still| encore)? (?:around|here|la|there)(?!.*\b(?:going|travel|travelling|on va|je vais|vacances|"
        r"vacation|sud|florida|floride|in laws|belle famille|trip|voyage|work|travail|job|shift|parce|because|since|"
        r"hospital|hopital|surgery|operation)\b)"),
    # Who gets what is the writer's: "I sorted out who gets my dog and my truck".
    seq("suicide", "concern", "who-gets-mine", r"(?:who gets|who ll get|who will get|who takes|who ll take|who s getting|"
        r"who s taking|qui va avoir|qui aura|qui va prendre|qui prendra|qui garde|qui va garder|qui hérite|qui herite|"
        r"qui va (?:s|se) occuper de|qui va prendre soin de|who ll (?:take care of|look after)|who will (?:take care of|"
        r"look after)|who s going to (?:take care of|look after))"
        r"(?: <G1>)? (?:my|mon|ma|mes)(?!.*\b(?:while|pendant|during|when i m away|quand je serai en|vacances|vacation|"
        r"trip|voyage|renovation|renos|weekend|fin de semaine)\b)", writer=True),
    # Nobody will have to worry about the writer again.
    seq("suicide", "concern", "no-more-worry", r"(?:won t|will not|wont|auront pas|aura pas|auront plus|aura plus|"
        r"auront pu|aura pu|plus besoin|pu besoin|no longer|never) (?:have to |need to |a |de |besoin de |besoin d )?"
        r"(?:worry|s inquieter|se inquieter|take care|s occuper|se occuper|deal with|put up with|endurer|supporter|"
        r"bother with|look after) (?:about |of |de |with |pour )?(?:me|moi)"
        r"(?!(?: <G3>)? (?:while|pendant|during|this weekend|cette fin de semaine|tonight|ce soir)\b)", writer=True),
    # Wanting out for good, or done fighting.
    seq("suicide", "concern", "want-out-for-good", r"(?:<WANT>)(?: <G2>)? (?:out|sortir|partir|quitter|m en aller|"
        r"me en aller|leave)(?! (?:of|de) (?:this |cette |ce |my |ma |mon |the |la |le )?(?:job|emploi|travail|company|"
        r"compagnie|relation|relationship|couple|ville|city|town|contrat|contract|team|equipe|poste|position|marriage|"
        r"mariage|apartment|appart|house|maison|province|country|pays)\b)(?: <G4>)? (?:for good|pour de bon|pour toujours|"
        r"forever|permanently|a jamais)"),
    seq("suicide", "concern", "done-fighting", r"(?:tired of fighting|tired of trying|done fighting|done trying|"
        r"can t fight anymore|cant fight anymore|can t fight this anymore|gave up trying|giving up on life|give up on life|"
        r"(?:ecoeure|ecoeuree|tanne|tannee|fatigue|fatiguee|epuise|epuisee) (?:de |d )?(?:me battre|essayer|lutter|"
        r"me relever)|fini (?:de |d )?(?:essayer|me battre|lutter)|abandonne la vie)"),
    # A life with no point, said of the writer's own.
    seq("suicide", "concern", "life-pointless", r"(?:my life|ma vie|mon existence|my existence)(?: <G2>)? (?:is |est |s )?"
        r"(?:pointless|meaningless|worthless|sert a rien|sert plus a rien|sert pu a rien|vaut rien|a pas de sens|"
        r"has no point|has no meaning|is nothing|est rien|is over|est finie|is a waste|est un gaspillage)"),
    # ---- dev_b, dev_d, dev_e leftovers, read as concepts -----------------------------------------------------------
    # Pets or things handed over with a cover story: "told her it was the hours. it's not", "je partais loin, longtemps".
    all_of("suicide", "concern", "handed-over-cover-story", r"(?:taking|takes|take|took|garde|gardera|keeps|keep|gave|give|"
           r"giving|donne|donner|handed|hand|distribue|left|laisse)(?: <G4>)? (?:<PETS>|<VALUABLES>)",
           r"(?:told|tell|said|dit|dis|lui ai dit|leur ai dit)(?: <G8>)? (?:long time|longtemps|loin|going away|go away|"
           r"partais|partir loin|away for|it s not|it isn t|not true|c est pas|ce est pas|pas vrai|going away gift|"
           r"cadeau de depart|parting gift)", writer=True),
    # The last one, and one day it will be.
    all_of("suicide", "concern", "last-one-someday", r"(?:the last one|the last|le dernier|la derniere|my last|mon dernier|"
           r"ma derniere)", r"(?:one day it (?:will|ll) be|someday it (?:will|ll) be|un jour (?:ca|ce) (?:va etre|sera) "
           r"(?:vrai|le cas|la bonne)|one day it (?:will|ll) be true)"),
    # A letter finished and read over: asked directly ("my cover letter" or "ma lettre de motivation" do not match).
    seq("suicide", "concern", "letter-done", r"(?:my|ma|mes) (?:letter|lettre|letters|lettres|note|notes|goodbye letter) "
        r"(?:s |is |are |est |sont )?(?:done|finished|written|ecrite|ecrites|finie|finies|prete|pretes|ready|terminee|"
        r"terminees|complete|completed)"),
    # Leaving for good, with nothing said of where to.
    seq("suicide", "concern", "leave-for-good", r"(?:leaving|leave|left|partir|pars|partirai|quitte|go|going|gone) "
        r"(?:for good|pour de bon|pour toujours|forever|permanently|a jamais)(?! (?:from|de|du|the|le|la|to|a|au|en|"
        r"for|pour)\b)"),
    # A deadly property of a means, noted: "trains don't slow down there", "the water is cold enough".
    seq("suicide", "concern", "means-property", r"(?:<TRAIN>|<HEIGHT>|<WATER>)(?: <G6>)? (?:don t slow down|dont slow down|"
        r"never slow down|ralentissent pas|ralentit pas|ralentissent jamais|full speed|pleine vitesse|high enough|"
        r"assez haut|deep enough|assez profond|assez profonde|cold enough|assez froide|no railing|pas de garde corps|"
        r"pas de rampe|nobody checks|personne surveille)"),
    # ---- a third round of fresh phrasings (measured before these rules: 33 of 39 read, 15 of 25 look-alikes quiet) ----
    # Reading up on a deadly dose or the highest bridge.
    all_of("suicide", "risk", "researched-lethal", r"(?:renseigne|renseignee|looked up|look up|googled|google|cherche|"
           r"searched|search|recherche|read about|lu sur|checked)", r"(?:<PILLS>|dose|doses|overdose|surdose)",
           r"(?:mortelle|mortel|lethal|fatal|deadly|kill|tuer|mourir|die|enough to|assez pour)", meta=True),
    all_of("suicide", "concern", "researched-height", r"(?:renseigne|renseignee|looked up|look up|googled|google|cherche|"
           r"searched|search|recherche|checked)", r"(?:<EDGE>|building|edifice|immeuble|tower|tour)",
           r"(?:highest|plus haut|plus haute|tallest|how high|quelle hauteur|hauteur|height|deepest|plus profond)",
           meta=True),
    # Picturing hurting someone: "I keep imagining stabbing my supervisor".
    seq("harm_to_others", "risk", "picture-harming", r"(?:imagining|imagine|picturing|picture|pictured|fantasizing about|fantasising about|fantasise about|"
        r"fantasize about|m imagine|me imagine|fantasme de|fantasme a|reve de|dreaming of|thinking of|pense a)(?: <G1>)? "
        r"(?:stabbing|shooting|killing|hitting|strangling|choking|hurting|beating|poignarder|tirer sur|tuer|frapper|"
        r"etrangler|blesser|pousser|tabasser|battre|casser la gueule a|fesser|planter|running over|run over|running|"
        r"ramming|crushing|ecraser|foncer sur)(?: <G2>)? (?:my|mon|ma|mes|him|her|them|le|la|les|lui|someone|quelqu un|<HARM_TARGET>|"
        r"<RELATIVE>)"),
    # Afraid of hurting someone at work.
    all_of("harm_to_others", "risk", "fear-of-harming-work", r"(?:<FEAR>)", r"(?:i ll|i will|i might|i could|i m going to|"
           r"je vais|je pourrais|de|d|going to|gonna) (?:hurt|faire mal|frapper|hit|harm|blesser|kill|tuer|attack|"
           r"attaquer|snap|peter une coche|lose it)", r"(?:someone|quelqu un|a coworker|un collegue|une collegue|"
           r"my supervisor|mon superviseur|ma superviseure|my boss|mon boss|people|du monde|a client|un client|"
           r"somebody|at work|a la job|au travail)"),
    # Not wanting to come up again: "I feel like I'm drowning and I don't want to come up anymore".
    seq("suicide", "risk", "not-come-up", r"(?:<NEG>)(?: <G2>)? (?:<WANT_LIVE>) (?:to |de |a )?(?:come up|come back up|"
        r"resurface|remonter|remonter a la surface|surface)(?: <G2>)? (?:anymore|again|ever|jamais|plus|pu)?"),
    # ---- a fourth round (9 of 16 read, 9 of 10 look-alikes quiet, before these rules) ----------------------------
    # Something toxic swallowed: "je viens de boire une bouteille de javel".
    seq("attempt", "risk", "drank-poison", r"(?:bu|boire|drank|drink|drinking|swallowed|avale|avalee|pris|took|gobe)"
        r"(?: <G3>)? (?:javel|eau de javel|bleach|antigel|antifreeze|lave glace|windshield fluid|washer fluid|poison|"
        r"mort aux rats|rat poison|pesticide|pesticides|drano|drain cleaner|ammoniaque|ammonia|methanol|alcool a friction|"
        r"rubbing alcohol|produit nettoyant|cleaning product|detergent|tide pods?)"),
    # Wishing not to exist: the negation is the wish ("wish I could just not exist anymore").
    seq("suicide", "risk", "want-not-exist", r"(?:<WANT>)(?: <G3>)? (?:to )?(?:not|ne plus|plus|pu|pas|no longer|never) "
        r"(?:exist|exister|be here|etre la|be alive|etre en vie|wake up|me reveiller|be around)", negatable=True,
        inner=False),
    # Everything needed, and nobody there.
    all_of("suicide", "risk", "have-what-it-takes", r"(?:everything i need|all i need|tout ce que il faut|tout ce qu il faut|"
           r"tout ce dont j ai besoin|tout ce dont je ai besoin|what i need|ce qu il faut|ce que il faut|got the stuff)"
           r"(?: <G2>)? (?:to do it|pour le faire|to end it|pour en finir|to go through with it)",
           r"(?:nobody|no one|personne|alone|seul|seule|tout seul|toute seule|empty|vide)", meta=True),
    # Planning how to hurt someone.
    all_of("harm_to_others", "risk", "plan-to-harm", r"(?:kill|tuer|hurt|faire mal|shoot|tirer sur|stab|poignarder|beat up|"
           r"tabasser|battre|casser la gueule)(?: <G2>)? (?:my|mon|ma|him|her|them|le|la|lui|<HARM_TARGET>|<RELATIVE>)",
           r"(?:planning|planned|i plan|plan how|planifie|prevu|figured out how|know how|sais comment|thinking how|"
           r"comment je vais|how i ll|how i would|how i d|j ai amene|brought|apporte|amene)", meta=True),
    # Held against one's will or touched: "he wouldn't let me leave, he put his hands on me".
    seq("violence", "risk", "held-or-touched", r"(?:put|puts|putting) (?:his |her |their )?hands on me|(?:a mis|met|mettait) "
        r"(?:ses|sa) mains? sur moi|(?:wouldn t|won t|wouldnt|wont) let me (?:leave|go|out|get out)|me laissait pas "
        r"(?:partir|sortir)|me laisse pas (?:partir|sortir)|me laissait plus (?:partir|sortir)|blocked the door|"
        r"(?:bloque|bloquait) la porte|touched me (?:without|again|inappropriately|sexually|there|under)|"
        r"(?:m|me) a touchee (?:sans|encore|partout|la)|groped me|(?:m|me) a tripotee|tripote", negatable=True),
    # Hitting oneself, purging: "jme fais vomir pis jme frappe quand je mange trop".
    seq("self_harm", "risk", "hit-myself", r"(?:je|j) (?:me|m) (?:tape|tapais|fesse|fessais|varge|vargeais|frappe|frappais|cogne|cognais) dessus"
        r"|(?:je|j) (?:me|m) (?:frappe|frappais|cogne|cognais|fesse|fessais)"
        r"(?! (?:sur|contre|dans) (?:la|le|une|un|les|l) (?:porte|coin|armoire|cadre|table|poteau|plafond|comptoir)\b)"
        r"|i (?:keep )?(?:hit|punch|slap|hitting|punching|slapping) myself", negatable=True),
    seq("self_harm", "concern", "purging", r"(?:me fais vomir|me faire vomir|me faisais vomir|make myself (?:throw up|puke|"
        r"vomit|sick)|making myself (?:throw up|puke|vomit|sick)|purging|purge)"),
    # ---- a fifth round (14 of 20 read, 9 of 10 look-alikes quiet, before these rules) -------------------------------
    # The means out, and a goodbye: "pills r on the counter. bye".
    all_of("suicide", "risk", "means-and-bye", r"(?:<PILLS>|<ROPE>|<GUN>)(?: <G2>)? (?:are|is|s|sont|est|r) (?:on|in|out|"
           r"ready|sur|dans|pret|prets|pretes|sortis|sorties|sorti|lined up|alignees|alignes|laid out|next to me|a cote)",
           r"(?:bye|goodbye|adieu|bye bye|farewell|sorry|desole|desolee|i m done|so done|c est fini|ce est fini|"
           r"i love you|je vous aime|je t aime|love you all)"),
    # Giving things away and writing to people.
    all_of("suicide", "concern", "giving-and-writing", r"(?:giving|gave|give|donne|donner|donnais)(?: <G3>)? (?:away|"
           r"<PETS>|<VALUABLES>)", r"(?:writing|wrote|ecrit|ecrire|ecris|ecrivais)(?: <G2>)? (?:notes|letters|lettres|"
           r"mots|messages|cards|cartes|a note|a letter|une lettre|un mot)", writer=True),
    # Unreachable, with last words of love: "won't open his door and his last text was 'tell mom I love her'".
    all_of("suicide", "risk", "unreachable-last-words", r"(?:won t open|wont open|will not open|ouvre pas|isn t answering|"
           r"not answering|won t answer|repond pas|repond plus|phone is off|phone s off|cell est ferme|can t reach|"
           r"arrive pas a (?:le|la) rejoindre|no answer|pas de reponse)", r"(?:last text|last message|dernier texto|"
           r"dernier message|tell (?:mom|dad|them|her|him|everyone|my \w+) i love|dis a (?:maman|papa|tout le monde|ma \w+|"
           r"mon \w+) que je|love you all|je vous aime|i love you|goodbye|adieu|sorry for everything|desole pour tout)"),
    # Wondering what it would be like not to exist.
    seq("suicide", "risk", "wonder-not-exist", r"(?:wonder|wondering|me demande|imagine|imagining)(?: <G3>)? (?:what it "
        r"would be like|what it d be like|how it would feel|comment ce serait|comment ca serait|ce que ce serait|"
        r"comment ca ferait|what it s like)(?: <G2>)? (?:to |de |d )?(?:juste |just )?(?:<DIE>|not exist|pas exister|"
        r"plus exister|not be here|be dead|etre mort|etre morte|not wake up)"),
    # Making it look like an accident.
    seq("suicide", "risk", "look-like-accident", r"(?:make it|making it|made it|so it|so that it|sans que ca|sans que ce|"
        r"pour que ca|pour que ce|faire passer ca pour|le faire passer pour|faire passer pour)(?: <G1>)? (?:look like|"
        r"looks like|paraisse|paraitre|passe pour|ait l air de|ressemble a|seem like|seems like) (?:un |an |a )?accident",
        meta=True),

    # ---- dev_g (two new authors): concepts read from dev_g_fr's misses first, then dev_g_en's ------------------
    # The means at hand, waiting for a moment: "j'ai les pilules, j'attends juste que tout le monde dorme".
    all_of("suicide", "risk", "means-waiting", r"(?:<PILLS>|<ROPE>|<GUN>|noose|pilules)",
           r"(?:attends|attend|attendais|attendait|waiting|wait|waits)(?: juste| just| only| seulement)? (?:(?:que|qu|for|"
           r"until|till|til) (?:tout le monde|everyone|everybody|les enfants|the kids|il|elle|ils|he|she|they|them|him|her|"
           r"la maison|the house|personne|nobody|no one|it s dark|dark|night|la nuit|(?:mon|ma|my|his|her|sa|son) "
           r"(?!(?:pharmacie|pharmacien|pharmacienne|pharmacist|pharmacy|doctor|docteur|medecin|renouvellement|refill|"
           r"prescription|ordonnance)\b)[a-z]+)|d avoir le courage|de avoir le courage|le bon moment|for the courage|"
           r"the right moment|the courage)"),
    # The means, and taking them at a time: "elle allait les prendre ce soir".
    all_of("suicide", "risk", "means-take-when", r"(?:<PILLS>|pilules)", r"(?:allait|va|vais|vas|allais|going to|gonna|"
           r"will|ll|plans to|planning to) (?:les|them|all of them|toutes les|tout) (?:prendre|avaler|take|swallow)"
           r"|(?:going to|gonna|will|ll|plans to|planning to) (?:take|swallow) (?:them|them all|all of them|it all)",
           r"<WHEN>"),
    # Doing it, with a time or a farewell: "jvais le faire ce soir. dsl", "cette fois-ci je vais vraiment le faire".
    all_of("suicide", "risk", "do-it-now", r"(?:je vais|vais|i m going to|i m gonna|im gonna|i ll|i will|gonna|going to|"
           r"ca va etre|sa va etre|it s going to be|it ll be|it will be)(?: (?:vraiment|really|finally|enfin|actually))? "
           r"(?:le faire|do it|faire ca|go through with it|passer a l acte|ce soir|tonight|demain|tomorrow)",
           r"(?:cette fois|this time|dsl|desole|desolee|sorry|bye|adieu|goodbye|au bout|rendu au bout|tout prepare|"
           r"tout preparer|everything ready|all set|ecrit a|wrote to|ecris a|lettre|letter|note|quiet at home|quiet first|tranquille|nobody home|personne a la maison|make it past|"
           r"passer la nuit|not backing out|pas reculer|made up my mind|mind is made up|ma decision est prise|"
           r"someone to know|quelqu un le sache)"),
    all_of("suicide", "concern", "do-it-at-a-time", r"(?:le faire|do it)", r"(?:<WHEN>|weekend|fin de semaine)",
        r"(?:je vais|vais|i m going to|i m gonna|im gonna|i ll|i will|gonna|going to)"
        r"(?: (?:vraiment|really|finally|enfin|actually))? (?:le faire|do it)(?: <G1>)? (?:<WHEN>|this weekend|cette fin de "
        r"semaine)(?!(?: zz)? (?:le|la|les|the|my|mon|ma|mes|ce|cette|this|that|a|un|une|ton|your|notre|our) [a-z]+)"),
    seq("suicide", "concern", "day-chosen", r"(?:la journee|le jour|la date|la nuit|le soir|the day|the date|the night|"
        r"the evening) (?:que je ai|que j ai|i ve|i have|i) (?:choisie|choisi|picked|chosen|chose|decided on)"),
    # Dying preferred to work: "j'aimerais mieux être mort que de retourner travailler".
    seq("suicide", "risk", "rather-dead", r"(?:aimerais|aimerait|prefererais|prefere|would rather|d rather|rather) "
        r"(?:mieux |plutot |just )?(?:etre mort|etre morte|mourir|be dead|die|crever)(?! (?:de|of) (?:rire|honte|faim|"
        r"embarrassment|shame)\b)", negatable=True),
    # Better off without someone like the writer: "ma gang serait ben mieux sans moi", "sans un père comme moi".
    seq("suicide", "concern", "better-without-me", r"(?:mieux|better|better off|ben mieux|bien mieux|happier|plus heureux|"
        r"plus heureuse|plus heureuses) (?:sans|without) (?:moi|me|un \w+ comme moi|une \w+ comme moi|a \w+ like me|"
        r"someone like me)|(?:better|mieux) (?:with|avec) (?:one less me|one less of me|un moi de moins|moi en moins)",
        writer=True),
    # Not waking up, and fine with it: "si je me réveille pas demain c'est pas grave".
    seq("suicide", "risk", "no-wake-fine", r"(?:si|if) (?:je|j|i) (?:me )?(?:reveille|wake up|woke up)(?: pas| plus| up)?"
        r"(?: <G2>)?(?: zz)? (?:ce est pas grave|c est pas grave|ce pas grave|c pas grave|tant pis|ca serait correct|fine|ok|"
        r"okay|whatever|so be it|wouldn t mind|that s fine|that d be fine|would be fine)"
        r"|(?:m endormir|me endormir|fall asleep|go to sleep) (?:et|and) (?:plus|jamais|never|not) (?:jamais )?"
        r"(?:me reveiller|me reveille|wake up|wake)"),
    # Thinking of death, and it soothes: "penser à la mort, c'est la seule chose qui me calme".
    all_of("suicide", "concern", "death-soothes", r"(?:penser|pense|pensais|thinking|think|thought)(?: <G1>)? (?:a|about) "
           r"(?:la mort|ma mort|mourir|death|dying|my death|being dead)",
           r"(?:calme|calm|calms|soulage|relief|reconforte|comfort|comforts|seule chose|only thing|arrete pas|can t stop|"
           r"all the time|tout le temps|de plus en plus|more and more|peace|paix)"),
    # Being hit by a vehicle would solve things.
    all_of("suicide", "concern", "if-hit-solves", r"(?:si|if) (?:un|une|a|le|the) (?:camion|char|auto|truck|bus|train|"
           r"car|semi|dix roues|van) (?:me|hit|hits|would hit|ran|rentrait|frappait|ecrasait|fonçait)",
           r"(?:reglerait|regler|regle|solve|solves|would solve|fix|fixes|mieux|better|pas grave|wouldn t mind|"
           r"soulagement|relief|problems|problemes|affaires|easier|plus simple)"),
    # How long before someone finds the writer dead.
    seq("suicide", "concern", "who-finds-me", r"(?:combien de temps|how long|how many days)(?: <G4>)? (?:quelqu un|someone|"
        r"anyone|anybody|somebody|personne|on) (?:me trouve|me trouverait|would find me|finds me|to find me|found me|"
        r"noticed|would notice|remarque|remarquerait)"),
    # Looking at the railing of a bridge, or wanting to steer into a truck.
    all_of("suicide", "concern", "looks-at-edge", r"(?:<EDGE>)", r"(?:regarde|regarder|fixe|look at|looking at|stare at|"
           r"staring at|stared at|check|eyeing) (?:la|le|the|over the|par dessus la) (?:rambarde|railing|garde fou|parapet|"
           r"rail|bord|edge|eau|water|vide|drop|height|hauteur)"),
    all_of("suicide", "concern", "looks-and-thinks", r"(?:look|looks|looked|looking|stare|staring|stared|regarde|"
           r"regarder|fixe)(?: at)?(?: <G2>)? (?:windows|window|tracks|train tracks|rails|voie ferree|fenetres|fenetre|"
           r"<EDGE>|<TRAIN>)", r"(?:think about it|thinking about it|thought about it|y pense|y penser|pense a ca|"
           r"my mind goes there|mind goes there)"),
    all_of("suicide", "concern", "swerve-into", r"(?:coup de volant|donner un coup de volant|swerve|swerving|jerk the wheel|"
           r"yank the wheel|turn the wheel|foncer dans|drive into|driving into|ram into)",
           r"(?:pense|penser|think|thinking|thought|envie|tempte|tempted|want|urge|facile|easy)",
           r"(?:truck|camion|mur|wall|pilier|pillar|oncoming|en face|tree|arbre|semi|dix roues|guardrail|viaduc|pole)"),
    # Letters for each of the family, left somewhere.
    all_of("suicide", "concern", "letters-for-family", r"(?:ecrit|ecris|ecrire|wrote|written|writing|laisse|left) "
           r"(?:une|des|a|mes|my|some|quelques)? ?(?:lettre|lettres|letter|letters|note|notes)",
           r"(?:pour|to|for) (?:chaque|each|every|ma fille|mon fils|my daughter|my son|mes enfants|my kids|my children|"
           r"ma famille|my family|chacun|everyone|tout le monde|ma femme|my wife|my husband|mon mari)",
           r"(?:tiroir|drawer|dans mon|in my|sont dans|are in|is in|est dans|char|car|bureau|desk|au travail|at work)"),
    # Things given away with no need for them again, or for a reason not told.
    all_of("suicide", "concern", "given-no-need", r"(?:<GIVE_AWAY>)(?: <G4>)? (?:<PETS>|<VALUABLES>|outils|tools|stuff|things|affaires|choses|steel toes|bike|"
           r"velo|games|jeux)",
           r"(?:pas ca|not why|not the reason|plus en avoir besoin|won t need|wont need|will not need|en aurai plus besoin|"
           r"need them anymore|need it anymore|compris pas|pas compris|didn t understand|doesn t understand|asked why|"
           r"demande pourquoi|a cause de mes horaires|pretexte|excuse|haven t told (?:her|him|them|anyone) why|"
           r"didn t tell (?:her|him|them|anyone) why|without telling|sans dire pourquoi|pas dit pourquoi|confused|confus|"
           r"confuse|confuses|think i m just|think im just|pensent que je|pense que je|(?:think|thinks|pensent|pense|croient|"
           r"croit) (?:i m|im|i am|je)(?: <G8>)? (?:i m not|im not|i am not|c est pas vrai|ce est pas vrai|pas vrai|"
           r"not really|je pars pas|that s not it))"),
    # A will, and both know why.
    all_of("suicide", "concern", "will-know-why", r"<WILL>", r"(?:on sait|tu sais|vous savez|you know|we both know|we know|"
           r"on le sait)(?: <G3>)? (?:pourquoi|why)"),
    # Accounts closed and thanks sent: "j'ai fermé mon compte Facebook pis j'ai dit merci à mes vieux amis".
    all_of("suicide", "concern", "closing-and-thanking", r"(?:ferme|supprime|efface|deleted|closed|shut down|desactive|"
           r"deactivated|deleting|closing) (?:mon|ma|mes|my|all my|tous mes) (?:compte|comptes|account|accounts|facebook|"
           r"instagram|profil|profile|social media|reseaux)",
           r"(?:dire merci|dit merci|say thanks|said thanks|thank|thanking|remercie|remercier|goodbye|adieu|c est le temps|"
           r"ce est le temps|it s time|le temps est venu|last message)"),
    # Access to the means, and thinking of it more.
    all_of("suicide", "concern", "access-and-thinking", r"(?:acces a|access to) (?:tout ce qu il faut|tout ce que il faut|"
           r"ce qu il faut|ce que il faut|everything i need|what i need|everything it takes|<PILLS>|<GUN>)",
           r"(?:y pense|think about it|thinking about it|de plus en plus|more and more|tempte|tempting|tempted|j y pense)"),
    # Leaving for good, in joual: "j'vas crisser mon camp pour de bon".
    seq("suicide", "concern", "leave-for-good-joual", r"(?:crisser|sacrer|ficher|foutre|calisser) (?:mon|le) camp "
        r"(?:pour de bon|pour toujours|for good|de cette vie|de la vie)"),
    # Alone with a gun where it will end: "tout seul avec le 12. ça va finir là-bas".
    seq("suicide", "risk", "alone-with-gun", r"(?:tout seul|toute seule|seul|seule|alone|by myself) avec (?:le|mon|ma|mes|"
        r"son|sa) (?:12|30 30|22|303|<GUN>)"),
    all_of("suicide", "risk", "gun-shoot-self", r"(?:<GUN>|30 30|calibre 12|12 gauge)", r"(?:va|vais|veut|voulait|allait|"
           r"going to|gonna|wants to) (?:se|s|me|m) (?:tirer|shoot)|(?:shoot|shooting) (?:himself|herself|themselves|myself)"),
    # A beam that would do: "une poutre dans le garage qui est pas mal parfaite".
    all_of("suicide", "concern", "anchor-point", r"(?:poutre|beam|rafter|crochet au plafond|ceiling hook|branche|branch)",
           r"(?:parfaite|parfait|perfect|solide|sturdy|strong enough|assez solide|tiendrait|would hold|hold my weight|"
           r"mon poids|just right)", r"(?:pense|think|thinking|thought|regarde|look|looking|depuis|since|for weeks)"),
    # Easy to touch the live wire, and not afraid.
    seq("suicide", "concern", "easy-to-touch", r"(?:serait|would be|be|etre|d be) (?:facile|easy|so easy|simple) "
        r"(?:de|to)(?: juste| just)? (?:mettre la main|toucher|touch|grab|put my hand|reach)"),
    # A whole container of pills taken: "j'ai pris toute la boîte de Tylenol", "j'ai callé la bouteille de pilules".
    seq("attempt", "risk", "took-container", r"(?:pris|took|taken|calle|caller|bu|drank|avale|avaler|avalee|gobe|"
        r"swallowed|downed)(?: (?:toute|tout|all|the whole|whole|entire|une|la|le|the|a|ma|mon|my|sa|son|her|his)){0,2} "
        r"(?:boite|box|bouteille|bottle|pot|flacon|plaquette|pack|tube|fiole) (?:de|of|d|du|des)(?: (?:ses|mes|ma|sa|my|"
        r"her|his))? (?:<PILLS>|pilules|pills)"),
    all_of("attempt", "risk", "swallowed-meds-and", r"(?:avale|avaler|avalee|calle|gobe|pris|swallowed|downed|took|taken)"
           r"(?: (?:toutes|tous|all|all of))? (?:mes|ses|my|her|his|les|the) (?:<PILLS>|pilules|pills)",
           r"(?:plein|toutes|all|trop|too many|bunch|a lot|beaucoup|pas bien|misere|tourne|dizzy|seul|seule|alone|biere|"
           r"beer|vodka|alcool|booze|40 onces|bye|repond|answering|<SYMPTOMS>)"),
    seq("attempt", "risk", "took-it-all", r"(?:^|zz )(?:(?:i )?(?:took|swallowed|downed|popped) (?:a bunch of |a lot of |all the |"
        r"too many |lots of |all my )?(?:pills|meds)|(?:je ai|j ai) (?:pris|avale) (?:plein de|toutes les|trop de|toutes mes) "
        r"(?:pilules|comprimes|medicaments|cachets))(?:$| zz)"
        r"|(?:^|zz )(?:(?:je ai|j ai) tout pris|(?:i )?took (?:it all|them all|everything|all of "
        r"them))(?:$| zz)"),
    # Hitting oneself to bruises: "je me suis donné des coups de poing dans les cuisses".
    seq("self_harm", "risk", "blows-to-self", r"(?:me suis|me|se est|se) (?:donne|donnee|donner|donnais) (?:des|un|plein de) "
        r"(?:coups|coup|claques|claque)(?: de (?:poing|pied|tete))?(?: <G2>)? (?:dans|sur|a|au) (?:les|la|le|mon|ma|mes)? ?"
        r"(?:<BODY>|visage|face|tete|cuisses|ventre)|gave myself (?:bruises|a black eye)|(?:punched|hit|slapped) myself "
        r"(?:in|on) the", negatable=True),
    # Money kept by a partner, or family and friends kept away.
    all_of("domestic_violence", "concern", "money-controlled", r"(?:<PARTNER>|il|elle|he|she)",
           r"(?:garde|prend|prends|takes|keeps|took|controle|controls|gere|manages) (?:toute |tout |all |toutes )?"
           r"(?:ma|mon|mes|my)(?: whole| entire)? (?:carte|cartes|paye|paie|salaire|argent|cash|pay|paycheck|paycheque|money|bank card|"
           r"debit card|carte de debit|credit card|cheque|check|wages)",
           r"(?:demander|ask|asking|lui demander|permission|me donne|gives me|allowance|\d+ par semaine|a week|dans son "
           r"compte|into (?:his|her) account|menace|threatens|si je dis|if i say)"),
    seq("domestic_violence", "concern", "every-dollar", r"(?:controls|controle|controlait|controlled|tracks|verifie) "
        r"(?:every|each|chaque|all|tout|tous|toutes|mes|my) (?:dollar|dollars|cent|sou|sous|penny|argent|money|depense|"
        r"depenses|spending|purchase|purchases|achat|achats)|(?:not allowed|am not allowed|pas le droit|pas droit|"
        r"won t let me|wont let me) (?:to have|d avoir|de avoir|have) (?:my own|mon propre|ma propre|a) (?:bank account|"
        r"compte|compte de banque|money|argent|credit card|carte)"),
    all_of("domestic_violence", "concern", "kept-from-family", r"(?:<PARTNER>)", r"(?:veut plus|veut pas|won t let me|"
           r"doesn t want me to|wont let me|lets me|laisse pas|laisse plus|m empeche|me empeche|stops me from|keeps me from)"
           r"(?: <G2>)? (?:voie|vois|voir|see|seeing|parler|talk|talking) (?:a |to )?(?:ma famille|mes amis|mes amies|"
           r"my family|my friends|personne|anyone|ma mere|ma soeur|my mom|my sister)"),
    # A blow given, in joual: "mon chum m'a câlissé une claque", "il m'a garroché un marteau par la tête".
    seq("violence", "risk", "blow-given-joual", r"(?:me a|m a|ma|me ont|m ont) (?:calisse|crisse|sacre|donne|garroche|"
        r"pogne|fout|foutu|envoye|lance|sacrer|calice) (?:une|un|des|mon|ma|son|sa) (?:claque|claques|coup|coups|volee|"
        r"baffe|gifle|taloche|mornifle|tape|poing|\w+ par la tete|\w+ a la tete)"
        r"|(?:me a|m a|ma) (?:garroche|lance|tire|envoye) (?:un|une|des|son|sa) \w+ (?:par la tete|a la tete|dans la face)",
        negatable=True),
    # A door broken, the writer hiding.
    all_of("domestic_violence", "risk", "door-broken-hiding", r"(?:casse|defonce|enfonce|broke|kicked in|kicked down|"
           r"smashed|busted|bashed) (?:la|the|my|ma) (?:porte|door)",
           r"(?:cache|cachee|caches|hiding|hid|barre|barree|locked myself|enfermee|enferme|<FEAR>)"),
    # Forced when not wanted.
    seq("domestic_violence", "risk", "forced-sex", r"(?:me force|forces me|forced me|m a forcee|me a forcee|me forcait|"
        r"forcing me)(?: <G3>)? (?:quand je veux pas|quand je le veux pas|when i don t want|when i said no|quand je dis non|"
        r"a coucher|to have sex|to sleep with|sexe|sex|relations)"),
    # Followed, afraid to go out.
    all_of("violence", "risk", "followed-afraid", r"(?:me suit|me suivait|me suivi|following me|followed me|is following|"
           r"suivie|been following)", r"(?:<FEAR>|peur de sortir|scared to leave|afraid to leave|cache|hiding|"
           r"depuis la|since the|from the|all the way|restraining order|ordonnance|interdit de contact|knows my schedule|"
           r"connait mon horaire|connait mes horaires|to work|a la job|au travail|home)"),
    all_of("domestic_violence", "concern", "ex-waiting-outside", r"(?:<PARTNER>|my ex|mon ex|ex)(?: <G2>)? (?:is parked|"
           r"parked|waiting|stationne|m attend|me attend|showed up|shows up|keeps showing up|est devant|is outside)"
           r"(?: <G2>)? (?:outside|devant|in front of|at|a|au) (?:my|mon|ma|the|la|le) (?:job|work|place|house|maison|"
           r"travail|building|bureau|office|shop|usine)", r"(?:again|encore|times|fois|<FEAR>|every day|chaque jour)"),
    # Waiting for the writer after the shift, to settle a score.
    seq("violence", "risk", "wait-to-hurt-me", r"(?:m attendre|me attendre|wait for me|waiting for me|be waiting for me|"
        r"m attend|me attend)(?: <G5>)? (?:pour me|to|and) (?:regler mon compte|faire la peau|casser la gueule|tuer|kill|"
        r"hurt|get me|beat|sort me out|teach me|fix me|faire mal|arranger)"),
    # "You're dead if you testify".
    seq("violence", "risk", "dead-if", r"(?:je etais|j etais|je serais|tu es|t es|tu etais|i was|i d be|i m|you re|you are|"
        r"je suis) (?:mort|morte|dead|un homme mort|une femme morte|a dead man|a dead woman) (?:si|if)"),
    seq("violence", "risk", "jumped-me", r"(?:me a|m a|ma) saute (?:dessus|de ssus|ssus|de dessus)|jumped me|attacked me "
        r"with", negatable=True),
    # A weapon shown, and people will pay.
    all_of("harm_to_others", "risk", "weapon-and-pay", r"(?:<WEAPON>|<GUN>)", r"(?:allaient payer|vont payer|va payer|"
           r"allait payer|would pay|will pay|gonna pay|going to pay|faire payer|make them pay|make (?:him|her|them|"
           r"everyone|people) pay|regretter|regret it)"),
    # Urge to hurt a child, or fear of oneself.
    all_of("harm_to_others", "risk", "urge-harm-child", r"(?:envie de|urge to|want to|wanted to|felt like|images de|"
           r"idees de|thoughts of|pictures of|pensees de) (?:le |la |lui |les )?(?:secouer|shake|shaking|frapper|hit|hitting|"
           r"faire mal|hurt|hurting|harm|harming|etouffer|smother)",
           r"(?:peur de moi|scared of myself|afraid of myself|peur de ce que|afraid of what|bebe|baby|fils|fille|son|"
           r"daughter|enfant|kid|child|toddler)"),
    seq("harm_to_others", "risk", "hit-my-child", r"(?:ai|j ai|je ai|i) (?:frappe|frapper|hit|slapped|shook|shaken|secoue|"
        r"brasse)(?: <G1>)? (?:mon|ma|my) (?:fils|fille|bebe|enfant|son|daughter|baby|kid|child|petit|petite)"
        r"(?! (?:par accident|by accident|accidentally|sans faire expres|avec la porte|with the door)\b)"),
    # Not knowing what one will do to someone, with a weapon or fear of oneself.
    all_of("harm_to_others", "risk", "what-ill-do", r"(?:sais pas|know not|don t know|dont know)(?: <G1>)? (?:ce que|c que|"
           r"ce qu|what)(?: je| j| i)? (?:vais|vas|va|ll|will|might|could|pourrais) (?:lui |leur |y |le |la )?(?:faire|do)",
           r"(?:<WEAPON>|peur de moi|scared of myself|afraid of myself|cle anglaise|wrench|marteau|hammer|baton|bat)"),
    # Ramming someone's car; smashing someone's face, with the tool at hand.
    seq("harm_to_others", "risk", "ram-their-car", r"(?:envie de|want to|feel like|urge to|going to|vais) (?:foncer|rentrer|"
        r"ram|crash|drive|smash) (?:dans|into)(?: <G1>)? (?:le char|la voiture|l auto|le auto|le truck|the car|the truck|"
        r"(?:his|her|their) car|(?:his|her|their) truck)(?: <G2>)? (?:de|d|of)? ?(?:<HARM_TARGET>)?"),
    all_of("harm_to_others", "risk", "smash-face-tool", r"(?:envie de|want to|urge to|gonna|vais|going to) (?:lui |leur |y )?"
           r"(?:peter la face|casser la gueule|peter la gueule|arranger le portrait|smash (?:his|her|their) face|"
           r"bash (?:his|her|their) face|beat (?:him|her|them))", r"(?:<WEAPON>|cle anglaise|wrench|marteau|hammer|baton|"
           r"bat|casier|locker|crowbar|pied de biche)"),
    seq("harm_to_others", "concern", "end-up-killing", r"(?:vais|va|vas|gonna|going to|ll) (?:finir par|end up) "
        r"(?:le|la|les|lui) (?:tuer|tue|frapper|tabasser|etrangler)|(?:end up|finir par) (?:killing|hurting|strangling) "
        r"(?:him|her|them|my \w+)"),
    # Thoughts or urge of hurting people: "des idées de faire du mal à plusieurs personnes", "envie de faire mal à quelqu'un".
    all_of("harm_to_others", "risk", "urge-harm-people", r"(?:plusieurs|gens|monde|people|several|many|quelqu un|someone|somebody|everyone)",
        r"(?:idees|idee|thoughts|pensees|envie|urges|urge|images) (?:de|of|to) "
        r"(?:faire du mal|faire mal|hurting|hurt|harming|harm|tuer|killing|kill|blesser)(?: a| to)? (?:plusieurs|des gens|"
        r"du monde|people|several|many|quelqu un|someone|somebody|les gens|tout le monde|everyone)"),
    # A photo of a bridge with "bye".
    all_of("other_at_risk", "risk", "photo-edge-bye", r"(?:photo|picture|pic|video|selfie)(?: <G5>)? (?:<EDGE>|<TRAIN>)",
           r"(?:<GOODBYE>|bye|sorry|desole|desolee|pardon)"),
    # Blood behind a locked door, no answer.
    all_of("attempt", "risk", "blood-no-answer", r"(?:sang|blood)", r"(?:repond pas|repond plus|not answering|won t answer|"
           r"doesn t answer|isn t answering|ouvre pas|won t open|unresponsive|no answer|pas de reponse)"),
    # How one would kill oneself, thought of.
    seq("suicide", "risk", "how-would-kill", r"(?:facon|maniere|comment|how|way)(?: <G2>)? (?:il|elle|iel|he|she|they|je|"
        r"j|i) (?:se |s |me |m )?(?:tuerait|tuerais|suiciderait|suiciderais|would kill|d kill|would end it)"),
    # ---- dev_g_en, after its held-out figure was written down ------------------------------------------------------
    # Would not mind stopping: "lowkey wouldn't mind if i just stopped existing", "not the worst thing if I didn't wake up".
    seq("suicide", "risk", "wouldnt-mind-if", r"(?:wouldn t mind|would not mind|wouldnt mind|don t mind|wouldn t be the "
        r"worst thing|wouldn t be so bad|not be the worst thing|be the worst thing|derangerait pas|serait pas la pire chose|"
        r"serait pas si pire|serait pas grave)(?: <G3>)? (?:if|si) (?:i|je|j)(?: <G3>)? (?:stopped existing|stop existing|"
        r"didn t wake up|don t wake up|never woke up|wouldn t wake up|died|die|was gone|were gone|crashed|me reveillais pas|"
        r"mourais|disparaissais|existais plus|existais pu|etais plus la|fell asleep at the wheel|me endormais au volant)",
        negatable=True, inner=False),
    # Not planning to be alive by a day: "I'm not planning on being alive by Monday".
    seq("suicide", "risk", "not-planning-alive", r"(?:not planning on|not planning to|don t plan on|don t plan to|dont plan "
        r"on|compte pas|prevois pas|planifie pas|pense pas)(?: <G1>)? (?:being|be|still being|etre|rester|encore etre) "
        r"(?:alive|here|around|en vie|vivant|vivante)"),
    # Knowing exactly what would work, and how much: the means read as a plan.
    all_of("suicide", "concern", "know-what-works", r"(?:work|marcherait|fonctionnerait|take|faudrait|dose)",
        r"(?:know|knows|sais|sait)(?: exactly| exactement| precisement)? "
        r"(?:what would work|what would do it|ce qui marcherait|ce qui fonctionnerait|how much it would take|how many it "
        r"would take|combien il en faudrait|combien il me en faudrait|quelle dose|which dose|what dose)"),
    all_of("suicide", "risk", "which-poison", r"(?:chemicals|chemical|produits chimiques|produit chimique|poison|poisons|"
           r"javel|bleach|antifreeze|antigel|pesticides)", r"(?:which one|lequel|laquelle|which|quel|quelle|how much)"
           r"(?: <G1>)? (?:i|je|j) (?:would|d|could|boirais|prendrais|avalerais) (?:drink|take|swallow|boire|prendre|"
           r"avaler|use|utiliser)"),
    # Not around much longer; a future with no writer in it.
    seq("suicide", "concern", "not-around-longer", r"(?:not gonna|not going to|won t|wont|will not|ne serai pas|serai "
        r"pas|serai plus|serai pu) (?:be )?(?:around|here|alive|la|en vie|vivant|vivante)(?: <G5>)? (?:much longer|long|for "
        r"long|bien longtemps|longtemps|encore longtemps)"),
    all_of("suicide", "concern", "no-future-with-me", r"(?:where|ou|which|laquelle|lequel)",
        r"(?:don t see|can t see|cant see|dont see|vois pas|vois plus|imagine "
        r"pas|can t imagine)(?: <G5>)? (?:where|ou|in which|dans laquelle|dans lequel) (?:i m|im|i am|je suis|je serai|"
        r"i ll be|i d be|je serais)(?: still| encore| toujours)? (?:around|here|alive|en vie|la|vivant|vivante)"),
    # The day named, and no backing out.
    all_of("suicide", "risk", "the-day-named", r"(?:<WHEN>|friday|saturday|sunday|monday|vendredi|samedi|dimanche|lundi|"
           r"this weekend|payday) (?:is|c est|ce est|sera|will be|it s) (?:the day|le jour|la journee|the night|it)",
           r"(?:not backing out|pas reculer|reculer|this time|cette fois|ready|pret|prete|decided|decide|made up my mind)"),
    # A plan with its time and place, or calm about it.
    all_of("suicide", "concern", "plan-set", r"(?:a whole plan|whole plan|the plan|my plan|a plan|plan is set|plan set|"
           r"un plan|mon plan|le plan|tout un plan|worked out how|figured out how)",
           r"(?:time place|time and place|place and time|the time|le moment|l heure|le heure|l endroit|le endroit|calm|"
           r"calme|serein|sereine|payday|la paye|talk me out|me convaincre|me faire changer|how and when|comment et quand)"),
    seq("suicide", "concern", "worked-out-how-when", r"(?:worked out|planned|planifie|sorted out|prevu|mapped out) "
        r"(?:how|when|where|comment|quand|ou) (?:and|et) (?:how|when|where|comment|quand|ou)"),
    # Taking all of one's pills, said ahead.
    all_of("suicide", "risk", "will-take-all", r"(?:take|swallow|prendre|avaler) (?:all|toutes|tous|every|the rest|le reste)",
        r"(?:<PILLS>|pills|pilules)",
        r"(?:gonna|going to|will|ll|vais|va|vas|plan to|planning to) (?:take|swallow|"
        r"prendre|avaler) (?:all|toutes|tous|every|the rest of|le reste de)(?: of)? (?:my|mes|the|les|ses|his|her)"
        r"(?: <G1>)? (?:<PILLS>|pills|pilules)"),
    # Affairs put in order for after.
    all_of("suicide", "concern", "affairs-for-after", r"(?:passwords|mots de passe|auto payments|autopay|paiements "
           r"automatiques|where everything is|ou tout est|ou sont mes papiers|transition document|paid off|cancelled my|"
           r"canceled my|annule mon|annule mes|whoever replaces me|celui qui va me remplacer)",
           r"(?:just in case|au cas ou|i m ready|im ready|je suis pret|je suis prete|nothing bounces|after i m gone|"
           r"quand je serai plus la|letter to|lettre a|lighter|plus leger|plus legere|weirdly organized)"),
    # Every way ends with death.
    seq("suicide", "risk", "ends-with-me-dead", r"(?:ends|end|ending|finit|finissent|finissait) (?:with|avec|par) (?:me|moi) "
        r"(?:dead|mort|morte|gone|dying|dans la tombe)"),
    # The pain stops only if the writer stops.
    seq("suicide", "risk", "stop-unless-i-stop", r"(?:stop hurting|arreter de faire mal|stop the pain|arreter la douleur|"
        r"end the pain|finir la douleur|stop)(?: <G2>)? (?:unless|until|sauf si|a moins que|tant que) (?:i|je|j) (?:stop|"
        r"me arrete|m arrete|arrete|die|meurs|disappear|disparais|am gone|suis plus la)(?:$| zz)"),
    # Reading about carbon monoxide with the car and the tape.
    all_of("suicide", "risk", "co-ready", r"(?:carbon monoxide|monoxyde de carbone|monoxyde|monoxide|exhaust|gaz de "
           r"echappement|gaz d echappement)", r"(?:reading about|read about|looked up|searched|lu sur|cherche|got the|have "
           r"the|i ve got|j ai le|j ai la|je ai le|je ai la)", r"(?:garage|tape|duct tape|hose|tuyau|boyau|ruban)"),
    # Cut too deep, bleeding that won't stop.
    seq("self_harm", "risk", "too-deep", r"(?:cut|coupe|coupee|went|alle|allee|gone)(?: <G1>)? (?:to|too|trop) "
        r"(?:deep|profond|creux)(?! (?:into|in|dans) (?:the|a|le|la|un|une) (?!(?:arm|wrist|leg|skin|thigh|bras|poignet|"
        r"cuisse|peau|jambe)\b))|(?:bleeding|saigne|saigner|blood|sang)(?: <G4>)? (?:can t make it stop|won t stop|"
        r"wont stop|arrete pas|arrete plus|ne arrete pas|s arrete pas|se arrete pas|cant make it stop)"
        r"|(?:cut|coupe|coupee)(?: <G4>)? (?:it s|its|it is|ca|ce) (?:not stopping|won t stop|isn t stopping|arrete pas|"
        r"arrete plus|s arrete pas|se arrete pas)"),
    seq("self_harm", "risk", "cut-again", r"(?:^|zz |i |and |then |pis |et )(?:cut|burned|burnt) (?:again|deeper|tonight|"
        r"last night|yesterday|this morning|today)|(?:went home|got home|came home) (?:and|then) (?:cut|burned)(?:$| zz)"),
    # A count of pills with drink: "I took 40 of my Effexor and drank half a bottle of rye".
    all_of("attempt", "risk", "count-of-pills", r"(?:took|taken|swallowed|pris|avale|avalee|downed)(?: (?:like|about|around|genre|environ|maybe|over|plus de))? (?:\d+|forty|thirty|"
           r"twenty|fifty|sixty|a hundred|une trentaine|une vingtaine|une quarantaine|plus de \d+) (?:of (?:my|her|his|the)|"
           r"de mes|de ses|des|d|mes) \w+", r"(?:bottle|bouteille|drank|bu|alcool|alcohol|hour ago|an hour|heure|<SYMPTOMS>|"
           r"rye|vodka|wine|vin|booze|whisky|biere|beer)"),
    # A partner who got physical; hands around the throat.
    all_of("domestic_violence", "risk", "got-physical", r"(?:<PARTNER>)", r"(?:got physical|gets physical|getting "
           r"physical|get physical|physique avec moi|violent avec moi|violent with me)"),
    seq("violence", "risk", "hands-on-throat", r"(?:hands|hand|mains|main) (?:around|on|autour de|sur) (?:my|mon|ma) "
        r"(?:throat|neck|cou|gorge)|(?:choked|strangled|etrangle|etranglee)(?: me)? (?:till|until|jusqu a ce que|"
        r"jusque a ce que) (?:i|je)"),
    # Threats told: "I won't make it to the parking lot alive", "he'll put a bullet in my head", "I'm a dead man".
    seq("violence", "risk", "wont-leave-alive", r"(?:i won t|i wont|i will not|i wouldn t|you won t|you wont|tu vas pas|"
        r"tu sortiras pas|je sortirai pas|je vais pas)(?: <G1>)? (?:make it|get|leave|sortir|arriver|get out|walk out)"
        r"(?: <G4>)? (?:alive|vivant|vivante|en vie)"),
    seq("violence", "risk", "bullet-in-head", r"(?:put|mettre|planter|loger) (?:a|une) (?:bullet|balle) (?:in|dans) "
        r"(?:my|ma|your|ta|ton|her|his|sa|son) (?:head|tete|face|back|dos|skull)", negatable=True),
    seq("violence", "risk", "said-dead-man", r"(?:said|says|told me|dit|disent|texted|wrote) (?:that )?(?:i m|i am|je "
        r"suis|je etais|j etais|i was) (?:a dead man|a dead woman|un homme mort|une femme morte|dead meat)"),
    all_of("violence", "risk", "afraid-will-kill-me", r"(?:kill|tuer|hurt|mal|peau|shoot|stab)",
        r"(?:<FEAR>)(?: <G6>)? (?:is going to|s going to|are going to|gonna|"
        r"will|va|vont|allait|might|could) (?:kill me|me tuer|hurt me|me faire mal|me faire la peau|shoot me|stab me)"),
    seq("violence", "risk", "weapon-at-work", r"(?:^|zz )(?:a |an |un |une )?(?:gun|arme|fusil|knife|couteau|weapon) "
        r"(?:at work|a la job|au travail|at school|au bureau|in the office|at the plant|a l usine)(?:$| zz)"),
    # Hurting one's child, or fearing it: "I'm scared I'm going to hurt my baby", "I threw my toddler on the bed".
    all_of("harm_to_others", "risk", "fear-hurting-child", r"(?:baby|bebe|son|fils|daughter|fille|kid|kids|child|children|enfant|enfants|toddler)",
        r"(?:<FEAR>)(?: <G3>)? (?:i m going to|im going to|i ll|i might|"
        r"i could|je vais|je pourrais|de|d|going to|gonna) (?:hurt|harm|faire mal a|faire du mal a|shake|secouer|frapper|"
        r"hit|lose it on)(?: (?:mon|ma|mes|my))? (?:baby|bebe|son|fils|daughter|fille|kid|kids|child|children|enfant|"
        r"enfants|toddler)"),
    all_of("harm_to_others", "risk", "rough-with-child", r"(?:threw|thrown|throw|lance|garroche|shook|shake|secoue|"
           r"grabbed|pogne|brasse)(?: <G1>)? (?:my|mon|ma|her|him|la|le)", r"(?:toddler|baby|bebe|son|fils|daughter|"
           r"fille|kid|child|enfant)", r"(?:too hard|really hard|trop fort|tres fort|bruises|bleus|afraid|scared|<FEAR>|"
           r"lost it|perdu patience|worse|pire|terrified|of myself)"),
    # Thinking of hurting someone named: "thinking seriously about hurting my boss", "thoughts about hurting my son".
    all_of("harm_to_others", "risk", "thinking-of-hurting", r"(?:hurting|killing|harming|stabbing|shooting|attacking|strangling|blesser|tuer|mal|attaquer|etrangler)",
        r"(?:thinking|thought|thoughts|think|pense|pensais|penser|"
        r"pensees|idees)(?: seriously| serieusement| a lot| beaucoup)? (?:about|of|a|de) (?:comment |how to |how i could |"
        r"how i d )?(?:lui |le |la |les |leur )?(?:hurting|killing|harming|"
        r"stabbing|shooting|attacking|strangling|blesser|tuer|faire mal a|faire du mal a|attaquer|etrangler) "
        r"(?:my|mon|ma|mes|<HARM_TARGET>|someone|quelqu un|people|du monde)|(?:penser|pense|pensais|think|thinking) "
        r"(?:a|about|of) (?:comment|how to|how i could|how i d) (?:lui|leur|le|la|les|him|her|them)? ?(?:faire mal|"
        r"faire du mal|blesser|tuer|hurt|kill|harm|hurt (?:him|her|them))"),
    all_of("harm_to_others", "risk", "wreck-and-bring", r"(?:gonna|going to|vais|va|will|ll) (?:wreck|destroy|hurt|beat|"
           r"get|regler son compte|casser|detruire|planter|take out)(?: <G2>)? (?:this guy|ce gars|him|her|them|guy|gars|"
           r"le gars|<HARM_TARGET>)", r"(?:bringing something|bring something|bringing a|amener quelque chose|apporter "
           r"quelque chose|bringing my|apporte mon|amene mon|done being|tanne de me faire|<WEAPON>|i m done|im done|"
           r"not getting away with it|get away with it|s en tirera pas|se en tirera pas|for real|not playing|no joke|"
           r"pour vrai|fr)"),
    all_of("harm_to_others", "risk", "make-pay-physically", r"(?:make|faire) (?:<HARM_TARGET>|him|her|them|my \w+|mon \w+|"
           r"ma \w+)? ?(?:both |all |tous |toutes )?(?:pay|payer)", r"(?:physically|physiquement|thought about how|"
           r"pense a comment|know where (?:he|she|they|my \w+|mon \w+|ma \w+) (?:lives|parks|live|works)|sais ou "
           r"(?:il|elle|y) (?:reste|habite|vit|se stationne|travaille)|know where (?:he|she|they) works?|<WEAPON>)"),
    all_of("harm_to_others", "risk", "skin-and-where", r"(?:vais|vas|va|gonna|going to|ll|will) (?:lui |y |leur )?"
           r"(?:faire la peau|regler son compte|casser la gueule|peter la gueule|get (?:him|her|them))",
           r"(?:sais|sait|know|knows) (?:ou|where) (?:il|elle|y|he|she|they) (?:reste|habite|vit|travaille|se stationne|"
           r"lives|works|parks|live|work|park)"),
    seq("harm_to_others", "risk", "kill-boss-bare", r"(?:^|zz )(?:kill|tuer|shoot|stab|tirer sur|poignarder|murder) "
        r"(?:my|mon|ma|le|la) (?:boss|manager|supervisor|coworker|patron|patronne|superviseur|superviseure|gerant|"
        r"gerante|collegue|wife|husband|ex|foreman|contremaitre)(?:$| zz)"),
    # Locked in by a partner.
    seq("domestic_violence", "risk", "locked-in", r"(?:locked|enferme|enfermee|barre|barree) (?:her|him|me|la|le|m)"
        r"(?: <G1>)? (?:in|dans|au) (?:the |le |la |a )?(?:basement|sous sol|room|chambre|closet|garde robe|bathroom|"
        r"salle de bain|cave)"),
    # Goodbyes as if it were the last day; hurting oneself, admitted by someone else.
    seq("other_at_risk", "concern", "last-day-goodbyes", r"(?:saying bye|saying goodbye|says bye|says goodbye|dit bye|"
        r"dire bye|dit au revoir|dire au revoir|fait ses adieux|making goodbyes)(?: <G3>)? (?:like|comme si|comme) "
        r"(?:it s|its|it was|ce est|c est|ce etait|c etait) (?:his|her|their|sa|son) (?:last day|dernier jour|derniere "
        r"journee)"),
    all_of("other_at_risk", "risk", "does-it-to-self", r"(?:does it|did it|doing it|do it|le fait|se le fait|se fait ca|"
           r"fait ca) (?:to )?(?:himself|herself|themselves|themself|a lui meme|a elle meme|lui meme|elle meme)",
           r"(?:burns|brulures|cuts|coupures|marks|marques|scars|cicatrices|bleus|bruises)"),
)
# The concepts read from dev_h come last.
CONCEPTS += DEV_H + DEV_I + DEV_I_EN
