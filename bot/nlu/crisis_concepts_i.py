"""Crisis concepts read from dev_i (two new authors, measured before tuning: see docs/crisis.md, "dev_i").

Each rule names a concept a new author's other wording would also say: not waking up, wished or welcomed; being
found afterwards; a decision or a leaving fixed to a time; a last night or message; no other end than death; a
whole container swallowed or asked about; pills said taken, and whether it "works"; a message for the family
handed to strangers; fear of what one might do to someone; a partner said violent; threatened with death;
stalked. Read after bot.nlu.crisis_concepts_h, in this order.
"""

from __future__ import annotations

from bot.nlu.crisis_rule_shapes import Rule, all_of, seq

_CONTAINER = r"(?:boite|bouteille|pot|flacon|plaquette|pilulier|bottle|box|pack|blister|jar|container|prescription)"
_HURT_VERB = (r"(?:faire mal a|blesser|frapper|poignarder|tuer|etrangler|brasser|secouer|lancer|pousser|fesser|"
              r"hurt|hit|stab|kill|strangle|shake|throw|punch|choke|run over|ecraser|fendre|fends|fend)")

DEV_I: tuple[Rule, ...] = (
    # ---- suicide: not waking up, wished or welcomed ------------------------------------------------------------
    # "si je me réveillais pas demain ça me dérangerait pas", "pas envie de me réveiller demain ni jamais",
    # "if I died in my sleep it would be a gift", "combien faut prendre pour plus se réveiller".
    all_of("suicide", "risk", "not-waking-welcome",
           r"(?:(?:me|se|te) reveillais pas|(?:me|se) reveille pas|(?:pas|plus|jamais) (?:me|se|te) reveiller|"
           r"(?:mourais|meurs|mourir|mourrais|partir|partais) dans mon sommeil|(?:die|died|went) in my sleep|"
           r"(?:didn t|did not|don t|never|not) wake up|not waking up|never woke up)",
           r"(?:derangerait pas|derange pas|deranger pas|cadeau|soulagement|souhaite|souhaiterais|espere|envie|"
           r"tant mieux|bienvenue|would be a gift|a gift|a relief|wouldn t mind|would not mind|wouldn t care|hope|"
           r"hoping|wish|pray|faut prendre|combien|how many|how much|enough|assez)"),
    # ---- suicide: being found, or known dead, afterwards --------------------------------------------------------
    all_of("suicide", "risk", "when-found", r"(?:me trouver|me trouvera|find me|finds me|savoir que|know i m)",
        r"(?:pour quand|quand|when|for when|once|lorsque) (?:ils|elles|on|vous|they|"
        r"you|someone|quelqu un|ma famille|my family) (?:vont|va|will|ll|finiront par)? ?(?:me trouver|me trouvera|"
        r"find me|finds me|savoir que (?:je|j) (?:suis|serai) (?:mort|morte|parti|partie)|know i m (?:dead|gone))",
        writer=True),
    # ---- suicide: a decision or a leaving fixed to a time ------------------------------------------------------
    # "j'ai pris ma décision pour à soir", "je vais m'en aller pour de bon à soir", "demain je serai pu là".
    all_of("suicide", "risk", "decided-for-a-time",
           r"(?:pris ma decision|made my decision|made up my mind|my mind is made up|ma decision est prise|"
           r"me en aller pour de bon|m en aller pour de bon|partir pour de bon|leave for good|go for good|"
           r"serai plus la|serai pas la|won t be here|will not be here|will be gone|serai parti|serai partie)",
           r"(?:<WHEN>|a soir|asoir|ce soir|tonight)", writer=True),
    # A last night, a last message here, with thanks: "dernière nuit 🌙 merci à ceux qui ont essayé".
    all_of("suicide", "risk", "last-night-thanks",
           r"(?:derniere nuit|dernier soir|dernier message|dernier msg|last night on earth|my last night|my last message|"
           r"last message here|last msg)",
           r"(?:merci|thanks|thank you|thank u|serai plus la|won t be here|pris ma decision|made my decision|adieu|"
           r"goodbye|essaye de me aider|tried to help)", writer=True),
    # No other end, way out or answer than death: "je vois pas d'autre fin que la mort".
    seq("suicide", "risk", "no-end-but-death", r"(?:pas|plus|aucune|aucun|no|any) (?:d |de )?(?:autre|autres|other) "
        r"(?:fin|issue|sortie|solution|solutions|porte|option|options|end|way out|ending|answer) (?:que|than|but) "
        r"(?:la mort|de mourir|mourir|death|dying|to die|me tuer|killing myself)", writer=True),
    # Asking to be taken: "si le bon Dieu veut venir me chercher à soir je m'obstinerai pas".
    seq("suicide", "concern", "taken-welcome", r"(?:venir me chercher|v nir me chercher|vienne me chercher|come get me|come take me|"
        r"take me (?:tonight|now|already)|me prendre) (?:[a-z0-9]+ ){0,4}(?:je|j|i) (?:me )?(?:obstinerai|obstinerais|"
        r"resisterai|resisterais|wouldn t fight|won t fight|won t resist|wouldn t resist|dirai pas non|would not fight)",
        writer=True),
    # Not wanting to wake up, ever: "pas envie de me réveiller demain ni jamais", "don't want to wake up ever again".
    seq("suicide", "risk", "never-wake-wish", r"(?:pas|plus|aucune|no) (?:envie|le gout|raison) (?:de |d )?(?:me |se )?"
        r"reveiller(?: <G6>)? (?:ni jamais|jamais|plus jamais|pour de bon)|(?:don t|do not|never) want to wake up"
        r"(?: <G3>)? (?:ever|again|anymore|ever again)|no reason to wake up"),
    # Doing what a parent or friend did when they died by suicide: "mon père s'est pendu ... je vais faire pareil".
    all_of("suicide", "risk", "same-as-them", r"(?:se est|s est|se a|s a) (?:pendu|pendue|suicide|suicidee|tue|tuee|"
           r"enleve la vie|tire)|(?:killed|hanged|shot) (?:himself|herself)|took (?:his|her) (?:own )?life",
           r"(?:je|j|i) (?:<G4> )?(?:faire pareil|faire la meme chose|finir pareil|finir comme (?:lui|elle)|do the same|"
           r"same thing|end up like (?:him|her)|go the same way|le suivre|la suivre|follow (?:him|her))".replace(
               "(?:<G4> )?", "(?:[a-z0-9]+ ){0,4}"), writer=True),
    # A way of dying that "must be quick": "je pense au train. ça doit être vite".
    all_of("suicide", "concern", "means-must-be-quick", r"(?:<TRAIN>|<EDGE>|<HEIGHT>|<WATER>|<GUN>|<ROPE>|<PILLS>)",
           r"(?:doit etre|doit faire|must be|has to be|gotta be|ca doit) (?:vraiment |really |tellement |so )?"
           r"(?:rapide|vite|quick|fast|instant|instantane|painless|sans douleur)",
           r"(?:<THINK>|pense|je pense|thinking|i think about|watch|look|regarde|passe|passes)", meta=True),
    # A message for one's family given to strangers: "dites à ma mère que je l'aime ... avant de partir".
    seq("suicide", "risk", "tell-them-i-love", r"(?:dites|dis|dite|tell|please tell|say to|dire) (?:a )?(?:ma|mon|mes|my) "
        r"[a-z]+ (?:que (?:je|j) (?:l |les |la |le )?(?:aime|aimais|ai aime)|(?:i|that i) (?:love|loved))", writer=True),
    # ---- suicide: the container, and pills said taken --------------------------------------------------------
    # "je vais avaler toute la boîte à soir", "si je prends toute ma bouteille de lithium d'un coup ça fait quoi".
    seq("suicide", "risk", "whole-container", r"(?:avaler|avale|prendre|prends|prend|prenais|prenait|vider|take|taking|"
        r"swallow|swallowing|down|chug) (?:toute|tout|the whole|a whole|my whole|all|the entire|my entire|an entire) "
        r"(?:la |ma |le |mon |the |my )?" + _CONTAINER + r"(?! (?:de|d|of) (?!(?:<PILLS>|lithium|tylenol|advil|aspirin|"
        r"aspirine|pills|oxys|percs|sleeping)\b))", negatable=True),
    # Pills said taken and nothing more, or with "whether it works": "pilules avalées", "ça marchera pas?".
    seq("attempt", "risk", "pills-swallowed-bare", r"^(?:<PILLS>) (?:avalees|avales|avale|prises|pris|swallowed|taken|"
        r"down|done)$"),
    all_of("attempt", "risk", "pills-taken-works", r"(?:pris|avale|avalees|took|taken|swallowed) (?:les|mes|des|toutes|"
           r"the|my|all|some) (?:<PILLS>)",
           r"(?:marchera|marche pas|marche|fonctionne|fonctionnera|work|works|worked|working|didn t work|vomis|vomi|"
           r"vomit|vomiting|threw up|throwing up)"),
    # ---- self-harm ---------------------------------------------------------------------------------------------
    # Until it bleeds: "je me pique les doigts jusqu'à ce que ça saigne"; the skin opened with a blade.
    seq("self_harm", "risk", "until-it-bleeds", r"(?:je|j|i) (?:me )?(?:[a-z0-9]+ ){0,6}(?:jusque a ce que|jusqu a ce que|until|"
        r"till|til) (?:ca|ce|je|it|i|they) (?:saigne|saignent|bleeds|bleed|bled)", negatable=True),
    seq("self_harm", "risk", "skin-opened", r"(?:je|j) (?:me|m) (?:suis )?(?:ouvre|ouvert|ouverte|ouvrir) (?:la peau|"
        r"le bras|les bras|les poignets|le poignet|les cuisses)", negatable=True),
    # ---- violence ----------------------------------------------------------------------------------------------
    # A partner or "he" said violent, or getting worse: "il est violent quand il boit pis ça empire".
    seq("domestic_violence", "risk", "said-violent", r"(?:il|elle|he|she|<PARTNER>) (?:est|devient|etait|is|gets|"
        r"was|becomes|get) (?:tres |tellement |so |really |tout le temps )?(?:violent|violente|violents|abusive|abusif)"
        r"(?: (?:quand|when|lorsque)| avec moi| with me| ca empire| and it s getting worse| pis ca empire)",
        negatable=True),
    # Threatened with death, by whoever: "m'appelle pour me menacer de mort", "death threats".
    seq("violence", "risk", "death-threat", r"(?:me|m|nous) (?:a |ont |avait )?(?:menacer|menace|menacee|menaces|"
        r"menacait) de (?:mort|me tuer|tuer)|(?:menaces|menace) de mort|death threats?|threatened to kill me|"
        r"threatening to kill me|threatens to kill me|(?:tuer|kill) (?:le|la|les|mon|ma|the|my) [a-z]+ (?:pis|et|puis|"
        r"and|then) (?:moi|me)\b", negatable=True),
    # Attacked, with the elided "m'ont" glued: "des gars m'ont attaqué".
    seq("violence", "risk", "attacked-glued", r"(?:mont|m ont|me ont|ma|m a|me a) (?:attaque|attaquee|agresse|agressee|"
        r"battu|battue|tabasse|tabassee|poignarde|poignardee|frappe|frappee)", negatable=True),
    # Stalked, followed to work, watched: "un ancien client me traque", "il me suit jusqu'au travail".
    seq("violence", "concern", "stalked", r"(?:me|m) (?:traque|traquer|traquait|suit jusque|suit jusqu|suivait jusque|"
        r"suis jusque|stalk|stalks|stalking)|(?:is |s )?(?:stalking|following) me (?:to|home|"
        r"everywhere|at work)", negatable=True),
    # Bruises and "it was him": "j'ai dit que j'étais tombée dans l'escalier mais c'est lui".
    all_of("domestic_violence", "risk", "bruises-it-was-him", r"(?:bleus|marques|bruises|marks|black eye|oeil au beurre noir)",
           r"(?:mais ce est lui|mais c est lui|c est lui|ce est lui|it was him|it s him|it was her|c etait lui|ce etait lui)"),
    # A door broken in, hiding with the child: "il a fracassé la porte, je suis barrée dans la salle de bain".
    all_of("domestic_violence", "risk", "door-broken-hiding", r"(?:fracasse|defonce|enfonce|casse|broke|kicked in|smashed|"
           r"broke down) (?:la|the|ma|my) (?:porte|door)",
           r"(?:barree|barre|enferme|enfermee|cachee|cache|locked|hiding|hide) (?:dans|in|sous|under)"),
    # ---- harm to others --------------------------------------------------------------------------------------
    # Afraid of what one might do to someone: "j'ai peur de ce que je pourrais lui faire", "peur de brasser mon bébé".
    seq("harm_to_others", "risk", "afraid-what-i-do", r"(?:peur|afraid|scared|terrified|terrifie|terrifiee) (?:de|of) "
        r"(?:ce que (?:je|j) (?:pourrais|vais|risque de|peux) (?:lui |leur |le |la |y )?faire|what i (?:might|could|will|"
        r"would|ll) do(?: to)?|le faire pour vrai|doing it for real|" + _HURT_VERB + r" (?:mon|ma|mes|le|la|my|the|him|"
        r"her|them))"),
    # Thinking, dreaming or seeing oneself hurting someone named: "je pense à faire mal à mon superviseur".
    all_of("harm_to_others", "risk", "thinks-of-hurting", _HURT_VERB, r"(?:pense|pensees|pensee|penser|images|reve|revé|envie|"
        r"thinking|thoughts|picture|imagine|dream) (?:de |d |a |of |about )?(?:[a-z0-9]+ ){0,3}" + _HURT_VERB +
        r" (?:a )?(?:mon|ma|mes|le|la|l|my|the|him|her|them)\b"),
    # Thoughts of doing it to someone named before: "j'ai des pensées de le lancer", "thoughts of shaking her".
    seq("harm_to_others", "risk", "thoughts-of-it", r"(?:pensees|pensee|images|envie|idees|thoughts|urges|urge) (?:de|d|"
        r"of|to) (?:le |la |les |lui )?" + _HURT_VERB + r"(?: (?:him|her|them|it|the baby|my baby))?\b"),
    # Ramming someone's car with one's own: "je fonce avec mon camion dans le char de mon ancien boss".
    all_of("harm_to_others", "risk", "ram-their-car", r"(?:fonce|foncer|fonces|ram|ramming|plow|plowing|rentrer|rentre)",
        r"(?:fonce|foncer|fonces|rentre|rentrer|ram|ramming|drive|driving|"
        r"plow|plowing) (?:avec|with) (?:mon|ma|my) (?:<CAR>|camion|van|pickup) (?:dans|into|through) (?:le|la|les|the|his|her|son|sa)"),
    # Shooting oneself, said of oneself or someone: "y allait se tirer au camp", "je me suis tiré dans le bras".
    seq("suicide", "risk", "shoot-self-somewhere", r"(?:se|s|me|m) tirer (?:dessus|une balle|au camp|dans le bois|"
        r"au chalet|dans la tete|ce soir|a soir|cet automne|ce te automne|cette semaine|avant)"),
    seq("attempt", "risk", "shot-self", r"(?:je|j) (?:me|m) suis tire (?:dans|une balle|a le|au)(?! (?:pied|d affaire|de la))",
        negatable=True),
    # A threat to hurt a named person if they do it again: "s'il me parle encore de même je y fends la face".
    all_of("harm_to_others", "risk", "if-again-i-hurt", r"(?:fends|fend|poignarde|stab|smash|crisse|pete)",
        r"(?:si|if) (?:[a-z0-9]+ ){0,6}(?:encore|again|une autre fois) "
        r"(?:[a-z0-9]+ ){0,4}(?:je|j|i) (?:y |le |la |lui |te |ll )?(?:fends|fend|poignarde|tue|frappe|casse|stab|kill|punch|"
        r"smash|break|crisse|pete)"),
    # Putting something in someone's coffee or food to hurt.
    seq("harm_to_others", "risk", "poison-drink", r"(?:mettre|mis|mets|put|putting|slip|slipped) (?:quelque chose|"
        r"something|du poison|poison|des pilules|pills) (?:dans|in|into) (?:son|sa|ses|leur|his|her|their) "
        r"(?:cafe|coffee|the|tea|lunch|bouffe|food|drink|verre|boisson)"),
    # ---- someone else ------------------------------------------------------------------------------------------
    # Someone burning or cutting on purpose: "ma collègue se brûle exprès avec le fer à souder".
    seq("self_harm", "risk", "on-purpose-injury", r"(?:se|me|s|m) (?:brule|brulait|coupe|coupait|blesse|blessait|"
        r"pique|frappe|mutile|burns|cuts|burned|cut) (?:[a-z0-9]+ ){0,2}(?:expres|on purpose|volontairement|deliberately)"),
    # Locked in with pills and not answering: "il s'est enfermé dans sa chambre avec des pilules pis il répond pu".
    all_of("attempt", "risk", "locked-in-with-means", r"(?:enferme|enfermee|barre|barree|locked (?:himself|herself|"
           r"themselves|in)|shut (?:himself|herself) in)", r"(?:<PILLS>|<GUN>|<ROPE>|<BLADE>)",
           r"(?:repond plus|repond pas|not answering|won t answer|doesn t answer|ne repond|answer)"),
    # Pills kept aside "just in case", or a box found hidden.
    all_of("suicide", "risk", "pills-kept-aside", r"(?:<PILLS>)", r"(?:de cote|garde de cote|gardait de cote|"
           r"en gardait|cache|cachee|cachees|hidden|stash|stashing|saving up|saved up|hiding|accumule|accumulait)",
           r"(?:au cas|just in case|in case|trouve|found|boite cachee|box hidden)"),
    # Someone who wishes a bus would hit them: "elle aimerait se faire frapper par un autobus".
    seq("suicide", "risk", "wish-hit-by", r"(?:aimerait|aimerais|voudrait|voudrais|souhaite|wish|wishes|hope|hopes) "
        r"(?:se |me |to |i d |she d |he d )?(?:faire frapper|get hit|be hit|se faire ecraser|faire ecraser|get run over) "
        r"(?:par|by) (?:un|une|a|the) (?:autobus|bus|camion|truck|char|car|train|auto)"),
    # Driving into the ditch on purpose: "prendre le fossé à 100 km/h exprès".
    seq("suicide", "risk", "ditch-on-purpose", r"(?:prendre|prends|pris|take|drive|driving|rentrer|foncer) (?:dans )?"
        r"(?:le|the|un|a) (?:fosse|ditch|mur|wall|pilier|pillar|arbre|tree|viaduc|overpass)(?: <G5>)? (?:expres|on purpose)"),
    # Letters written and affairs settled, said of someone: "il a écrit ses lettres pis réglé ses affaires".
    all_of("suicide", "risk", "letters-and-affairs", r"(?:ecrit|wrote|written) (?:ses|mes|sa|ma|his|her|my) "
           r"(?:lettres|lettre|letters|letter)", r"(?:regle|arrange|mis en ordre|sorted|settled|put in order) "
           r"(?:ses|mes|his|her|my) (?:affaires|papiers|stuff|affairs|things)"),
)
