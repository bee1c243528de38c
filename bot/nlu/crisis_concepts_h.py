"""Crisis concepts read from dev_h (two new authors, measured before tuning: see docs/crisis.md, "dev_h").

Each rule names a concept that a new author's other wording would also say, never one message: a sentence that
is only a means and a time ("🪢 ce soir"), every pill one could find, a way of dying that "would be quick", letters
written with a day chosen, a message scheduled to go out later, nobody who would notice, fear of hurting someone,
harm planned so as not to be caught. Read after bot.nlu.crisis_concepts, in this order.
"""

from __future__ import annotations

from bot.nlu.crisis_rule_shapes import Rule, all_of, seq

_PHYSICAL = (r"frapper|fesser|tuer|etrangler|secouer|poignarder|tabasser|battre|pousser|hit|punch|kill|strangle|choke|"
             r"shake|stab|beat|attack|attaquer|shove|push")

DEV_H: tuple[Rule, ...] = (
    # ---- suicide: the means and the time, the means described, preparation ----------------------------------------
    # A sentence that is nothing but a means and a time: "🪢 ce soir", "pills tonight", "la corde, demain".
    # (`all_of` with the means alone as a part: its words anchor the rule, so it runs only where a means is named)
    all_of("suicide", "risk", "means-at-time", r"(?:<ROPE>|<GUN>|<PILLS>|noose)", r"^(?:(?:la|le|les|ma|mon|mes|the|my) )?(?:<ROPE>|<GUN>|<PILLS>|noose)"
        r"(?: (?:<ROPE>|<GUN>|<PILLS>))*(?: zz)?(?: (?:c est|ce est|c|pour|it s|its|is|for))?(?: zz)? (?:<WHEN>|<NOW>)$"),
    # Every pill one could find: "tous les comprimés que j'ai trouvés", "every pill in the house", "toute c'que j'avais".
    all_of("suicide", "risk", "all-pills-found", r"<PILLS>", r"(?:tous|toutes|toute|all|every|every single|tout) (?:les |the |mes |my |of "
        r"(?:the|my) )?(?:<PILLS>)(?: <G3>)? (?:que (?:j|je) (?:ai|avais) (?:trouve|trouves|trouvees|pu trouver|plus trouver|ramasse)|"
        r"i could find|i found|i had left|i could get|in the house|de la maison|dans la maison|dans la pharmacie|"
        r"in the cabinet|que (?:j|je) avais)"),
    # A way of dying that would be quick or easy, seen or thought of: "les voies ferrées ... ce serait rapide".
    all_of("suicide", "concern", "means-would-be-quick", r"(?:<TRAIN>|<EDGE>|<HEIGHT>|<WATER>|<GUN>|<ROPE>|<PILLS>)",
           r"(?:ce serait|ca serait|ce serais|it would be|it d be|would be|would go) (?:tellement |so |vraiment |really )?"
           r"(?:rapide|vite|vite fait|facile|quick|fast|easy|simple|painless|sans douleur)(?! (?:de|d|to|pour|a|if|si|"
           r"with|avec|by|en|par)\b)",
           r"(?:<THINK>|me dis|me dit|tell myself|regarde|regarder|look|looking|staring|stare|fixe|watch|watching)",
           meta=True),
    # Letters written, and a day or a time: "jai ecrit mes lettres, c pour ce soir", "elle savait quel jour".
    all_of("suicide", "risk", "letters-and-day", r"(?:ecrit|wrote|written|fini|finished|laisse|left|termine|done) "
           r"(?:ma|mes|sa|ses|my|his|her|their|une|a|des|les|the) (?:lettre|lettres|letter|letters|note|notes)"
           r"(?! (?:de|d|of|for work|pour le travail|to the editor|au journal)\b)",
           r"(?:<WHEN>|(?:sait|savait|sais|know|knows|knew|choisi|choisie|picked|chose|decided on) (?:quel|quelle|which|"
           r"the|le|la) (?:jour|day|date|soir|night|nuit|moment|heure|time))"),
    # A message scheduled to go out later, to say goodbye or to the family: "un courriel programmé pour lundi".
    all_of("suicide", "concern", "scheduled-message", r"(?:programme|programmee|programmer|programmes|scheduled|schedule|scheduling|"
           r"timed|en differe|automatiquement|automatically|delayed send|send later|a retardement)",
           r"(?:message|messages|courriel|courriels|email|emails|e mail|texto|textos|text|texts|lettre|letter|vocal|"
           r"voicemail|voice message|video|post)",
           r"(?:au revoir|adieu|goodbye|bye|dire bye|say bye|personne d autre|personne de autre|nobody else|no one else|"
           r"derniers mots|last words|je les aime|i love them|ma fille|mon fils|my daughter|my son|mes enfants|my kids|too early|trop tot|finds them|les trouve|ma famille|my family|mes proches|my loved ones|ma mere|my mom|ma blonde|my wife)"),
    # Cleared out one's place and left a note: "j'ai vidé mon casier pis laissé une note à mon boss".
    all_of("suicide", "concern", "cleared-out-note", r"(?:vide|videe|emptied|cleared out|cleaned out|cleared|range|"
           r"nettoye|cleaned) (?:mon|ma|mes|my) (?:casier|locker|bureau|desk|appart|appartement|apartment|chambre|room|"
           r"office|affaires|stuff|things|cubicle)", r"(?:laisse|left|ecrit|wrote|leave|laisser) (?:une|un|a|ma|my|des|"
           r"mes|some) (?:note|lettre|letter|mot|message)"),
    # Started giving one's things away: "j'ai commencé à donner mes affaires", "started giving away my stuff".
    seq("suicide", "concern", "giving-away-mine", r"(?:commence a|commencee a|started|starting to|start to|begun|began|"
        r"en train de) (?:donner|give away|giving away|give|giving|distribuer|vendre|sell|selling) (?:away )?(?:toutes |all )?"
        r"(?:mes|my) (?:affaires|stuff|things|choses|biens|belongings|possessions|<VALUABLES>)", writer=True),
    # Giving away, out of character: "il a donné sa collection de fusils ... il fait jamais ça", "called us one by one".
    all_of("suicide", "concern", "gives-away-unusual", r"(?:gave|give|giving|donne|donner|donnait|distribue|given)"
           r"(?: <G3>)? (?:<VALUABLES>|<GUN>|collection)",
           r"(?:fait jamais ca|fait jamais ce|never does that|never did that|not like (?:him|her)|pas son genre|"
           r"out of character|un par un|une par une|one by one|each of us|chacun notre tour)"),
    # Everything prepared to go, and papers out: "j'ai toute préparé pour partir, les papiers sont su'a table".
    all_of("suicide", "concern", "prepared-to-go", r"(?:tout|toute|everything|all) (?:prepare|preparer|pret|prete|ready|"
           r"arrange|en ordre|in order|regle|set) (?:pour partir|to go|to leave|pour men aller|pour me en aller)"
           r"(?! (?:en|pour|a|au|aux|on|to|for|in|de|du|the|le|la|travailler|work|demain|tomorrow)\b)",
           r"(?:papiers|papers|lettre|letter|lettres|letters|testament|will|tanne|tannee|tired|ecoeure|ecoeuree|fed up|"
           r"done|bout)"),
    # Money put in someone's name and a letter left: affairs ordered for after.
    all_of("suicide", "concern", "assets-and-letter", r"(?:mis|put|transfere|transferred|signed over|change|changed)"
           r"(?: <G5>)? (?:au nom de|in (?:my|his|her) \w+ s name|beneficiaire|beneficiary)",
           r"(?:laisse|left|ecrit|wrote) (?:une|un|a|ma|my) (?:lettre|letter|note|mot)"),
    # Nobody would notice or cry: "personne va s'en rendre compte si je meure", "nobody would even notice if I died".
    all_of("suicide", "concern", "nobody-would-notice", r"(?:<ABSENT_ME>|si (?:je|j) (?:me )?(?:meure|meurt|pete la fiole|"
           r"petais la fiole|tue|tuais|plante|plantais)|if i (?:was|were) (?:gone|dead)|if i (?:died|disappeared))",
           r"(?:personne|nobody|no one|pas un chat)(?: <G2>)? (?:va|vont|would|will|ll|d|ne|even)? ?(?:s en rendre compte|"
           r"se en rendre compte|s en apercevoir|se en apercevoir|remarquer|remarquerait|remarquera|notice|noticed|care|"
           r"cares|miss me|brailler|pleurer|pleurerait|cry|come to my funeral|venir a mes funerailles|s ennuyer de moi|"
           r"se ennuyer de moi)"),
    # Charcoal and a sealed room: a method told by its things.
    all_of("suicide", "risk", "charcoal-sealed", r"(?:charbon|charcoal|briquettes|hibachi)",
           r"(?:ruban|tape|duct tape|scotch|calfeutre|calfeutrer|seal|sealed|sceller|ferme bien|closes well|shut tight|"
           r"fenetres fermees|windows shut|no ventilation|sans aeration)",
           r"(?:chambre|room|salle de bain|bathroom|char|auto|car|garage|appart|apartment)"),
    # How to be sure not to wake up, with pills or drink.
    all_of("suicide", "risk", "sure-not-wake", r"(?:<NOT_WAKE>|(?:pas|plus|jamais) (?:se|me|te) reveiller|not wake up)",
           r"(?:<PILLS>|alcool|alcohol|booze|vodka|fort)",
           r"(?:comment|how|sur|sure|certain|make sure|combien|how many|how much|assez|enough)"),
    # A goodbye said as if for the last time, because it is.
    seq("suicide", "concern", "goodbye-as-last", r"(?:dit bye|dit au revoir|dire au revoir|dire bye|said bye|said goodbye|"
        r"say goodbye|hugged|serre|serree|embrasse|kissed|donne un bec|dit je t aime|said i love)(?: <G6>)? (?:comme si|as if|"
        r"like) (?:c|ce|it|that) (?:etait|was|were|s) (?:la derniere fois|the last time)", writer=True),
    all_of("suicide", "risk", "last-because-it-is", r"(?:comme si|as if|like) (?:c|ce|it|that) (?:etait|was|were|s) "
           r"(?:la derniere fois|the last time)", r"(?:parce que|because|cause|car|pcq|cuz|since) (?:ca|ce|it|c|that) "
           r"(?:l est|lest|le est|is|est le cas|will be)(?:$| zz)", writer=True),
    # Jumped from a height and would again: an attempt told after it.
    all_of("attempt", "risk", "jumped-and-again", r"(?:saute|sautee|jumped|me suis jete|me suis jetee|me suis lance|"
           r"me suis lancee|threw myself) (?:de|du|off|from|par|out of|en bas de|en bas du) (?:la |le |the |my |ma |mon )?"
           r"(?:fenetre|window|<HEIGHT>|<EDGE>)", r"(?:recommencerais|recommencer|would do it again|d do it again|"
           r"try again|do it again|again|encore|survecu|survived|pas marche|didn t work|manque mon coup|failed)"),
    # ---- self-harm ---------------------------------------------------------------------------------------------
    # To the blood, done by the writer: "je me suis rentré les ongles dans les bras jusqu'au sang".
    seq("self_harm", "risk", "to-the-blood", r"(?:je|j) (?:me|m)(?: (?!(?:a|avait|ont|fait|fais)\b)[a-z0-9]+){0,7} "
        r"(?:jusque au sang|jusqu au sang|jusque a saigner|jusqu a saigner|au sang)|i (?:dig|dug|scratch|scratched|pick|"
        r"picked|bite|bit|scrape|scraped)(?: <G5>)? (?:until|till|til) (?:i|it|they) (?:bleed|bled|bleeds)", negatable=True),
    # A body part cut or burned, said after: "ses bras coupés", "her arms all cut up".
    seq("self_harm", "risk", "body-cut-adj", r"(?:<MY>|<THEIR>) (?:bras|poignets|cuisses|jambes|avant bras|arms|wrists|"
        r"thighs|legs|forearms) (?:tout |all |sont |are |were |etaient )?(?:coupes|coupees|taillades|tailladees|"
        r"scarifies|cut up|covered in cuts|plein de coupures|pleins de coupures|couverts de coupures|remplis de coupures|"
        r"brules|brulees|covered in burns|full of cuts)"),
    # ---- violence --------------------------------------------------------------------------------------------
    # Held by force: "m'a attrapée par le bras", "pinned me against the wall" ("cornered me to talk" is a figure).
    seq("violence", "risk", "held-by-force", r"(?:me|m|ma) (?:a |ont )?(?:attrape|attrapee|attraper|agrippe|agrippee|"
        r"empoigne|empoignee|pogne|pognee|tire|tiree) par (?:le|la|les|mon|ma|mes) (?:bras|cou|collet|gorge|cheveux|"
        r"poignet|chandail|manteau)|(?:me|m|ma) (?:a |ont )?(?:accote|accotee|plaque|plaquee) (?:contre|au mur|sur le mur)|"
        r"(?:grabbed|yanked|pulled) me by (?:the|my) (?:arm|neck|hair|throat|wrist|collar)|pinned me (?:against|to the|down)|"
        # cornered, then a hand laid on: "cornered me in the kitchen and grabbed me"
        r"(?:cornered|trapped|coince|coincee|bloque|bloquee) (?:me|moi)?(?: <G5>)? (?:and|then|pis|et|puis) (?:m a |me a )?"
        r"(?:grabbed|touched|pushed|hit|kissed|groped|choked|held|pogne|pognee|touche|touchee|attrape|attrapee|pousse|"
        r"poussee|frappe|frappee|embrasse|embrassee|tenue|tenu)",
        negatable=True),
    # Someone else beaten by a partner: "se fait frapper par son copain", "elle a un oeil au beurre noir".
    seq("violence", "risk", "gets-beaten", r"(?:se fait|se faisait|se est fait|se est faite|s est fait|s est faite|gets|"
        r"is getting|keeps getting) (?:encore |again |souvent )?(?:frapper|battre|tabasser|brasser|etrangler|violer|"
        r"hit|beaten|beat up|choked|slapped)(?: <G2>)? (?:par|by) (?:son|sa|ses|his|her|their) (?:<PARTNER>)"
        r"|(?:oeil au beurre noir|black eye)(?: <G8>)? (?:<PARTNER>)|(?:<PARTNER>)(?: <G8>)? (?:oeil au beurre noir|"
        r"black eye)"),
    # Inside one's home against a no-contact order, or through a window.
    all_of("domestic_violence", "risk", "order-broken", r"(?:interdit de contact|ordonnance|restraining order|"
           r"no contact order|protection order|peace bond|conditions|engagement de ne pas troubler)",
           r"(?:rentre|rentree|entre|entree|came|came in|got in|broke in|showed up|est venu|venu|arrete pas|respecte pas|"
           r"doesn t stop|didn t stop|ignores|violated|viole|breaks it|broke it)"),
    seq("violence", "risk", "in-through-window", r"(?:rentre|rentree|entre|entree|came|got|climbed|broke) (?:in |into )?"
        r"(?:chez moi|chez nous|dans mon appart|dans ma maison|my place|my house|my apartment|my home)? ?"
        r"(?:par la fenetre|par effraction|through (?:the|my) window|through (?:the|my) bedroom window)"),
    # "I know where you sleep", photos of the writer's home taken from outside.
    seq("violence", "risk", "know-where-you-are", r"(?:je sais|je connais|i know|we know|on sait|on connait) "
        r"(?:ou|where) (?:tu|you) (?:dors|sleep|restes|habites|vis|live|travailles|work|stationnes|park|te caches|hide)"
        r"|(?:photos|photo|pictures|pics) (?:de|of) (?:mon|ma|my) (?:logement|appart|appartement|maison|house|apartment|"
        r"place|char|car|auto|fenetre|window)(?: <G3>)? (?:de l exterieur|de le exterieur|from outside|d en face|from the street|"
        r"de la rue|outside)"),
    # Knows when the writer finishes: the hour of an ambush.
    seq("violence", "risk", "knows-when-i-leave", r"(?:sait|savait|knows|knew|connait) (?:a quelle heure|at what time|"
        r"what time|when) (?:je|j|i) (?:finis|finish|sors|leave|get off|termine|pars|quitte)"),
    # ---- harm to others --------------------------------------------------------------------------------------
    # Afraid to hurt someone: "j'ai peur de frapper mon gestionnaire", "j'ai peur de la blesser vraiment".
    all_of("harm_to_others", "risk", "fear-of-hurting-someone", r"(?:<FEAR>) (?:de |d |of |that i ll |i ll |i might |i will )"
           rf"(?:le |la |les |lui |l |leur )?(?:{_PHYSICAL}|hurting|hitting|killing|strangling|shaking|stabbing|attacking|"
           r"pushing|blesser|faire mal|faire du mal|hurt|harm)(?: (?:a |to ))?(?: (?:mon|ma|mes|my|le|la|him|her|them|"
           r"someone|quelqu un))?",
           rf"(?:{_PHYSICAL}|frappe|poings|fists|coups|violent|physiquement|physically|vraiment|gestionnaire|boss|patron|"
           r"superviseur|manager|contremaitre|foreman|coworker|collegue|client|fille|fils|bebe|baby|kid|enfant|child)"
           r"(?! (?:feelings|sentiments)\b)"),
    # Going to kill someone, and not joking: "jvais le tuer ce crisse de contremaitre, jsuis pas en train de niaiser".
    all_of("harm_to_others", "risk", "will-kill-not-joking", r"(?:je vais|i m going to|i m gonna|i ll|i will|je va|i am "
           r"going to|going to|gonna) (?:le |la |les |lui |y )?(?:tuer|kill (?:him|her|them|that|this)|buter|descendre|"
           r"faire la peau|shoot (?:him|her|them)|stab (?:him|her|them)|poignarder|etrangler|strangle (?:him|her|them))",
           r"(?:pas en train de niaiser|je niaise pas|niaise pas|not kidding|not joking|no joke|i mean it|je suis serieux|"
           r"je suis serieuse|pas une joke|not a joke|i m serious|im serious|dead serious)"),
    # Harm planned so as not to be caught.
    all_of("harm_to_others", "risk", "harm-uncaught", r"(?:faire mal|blesser|tuer|hurt|kill|harm|frapper|hit|beat|"
           r"faire la peau|regler son compte|poignarder|stab)", r"(?:sans me faire prendre|sans me faire pogner|"
           r"sans me faire poigner|without getting caught|without being caught|get away with it|sans laisser de traces|"
           r"without leaving (?:a trace|marks|any trace))"),
    # Thoughts of pushing someone under a train or off a height.
    all_of("harm_to_others", "risk", "push-someone", r"(?:pensees|pensee|idees|idee|envie|thoughts|thought|urge|urges|"
           r"images|fantasme|imagine|picture|picturing)",
           r"(?:pousser|push|pushing|shove|shoving) (?:quelqu un|someone|somebody|des gens|people|du monde|une personne|"
           r"a person|him|her|le|la|un inconnu|a stranger)(?: <G3>)? (?:sur les rails|sur la voie|devant le (?:train|metro|"
           r"bus|camion)|in front of (?:a|the) (?:train|subway|bus|truck)|onto the tracks|off the (?:platform|quai|bridge|"
           r"pont|balcon|balcony)|en bas du|en bas de)"),
    # The whole container, and a goodbye: "💊💊💊 toute la bouteille. bye".
    all_of("attempt", "risk", "container-and-bye", r"<PILLS>", r"(?:toute|tout|the whole|whole|all|entire) (?:la |le |the |"
           r"my |ma |mon )?(?:bouteille|bottle|boite|box|pot|flacon|plaquette|pack)",
           r"(?:bye|adieu|goodbye|farewell|sorry|desole|desolee|je vous aime|love you)"),
    # ---- someone else took pills ---------------------------------------------------------------------------------
    all_of("attempt", "risk", "took-pills-unreachable", r"(?:avale|pris|took|taken|swallowed|downed|popped)",
           r"(?:<PILLS>)", r"(?:ambulance|911|repond pu|repond plus|repond pas|not answering|won t answer|doesn t answer|"
           r"sais pas combien|sais pas cmb|don t know how many|no idea how many|veut pas que (?:j|je) appelle|won t let me call)"),
    # ---- dev_h_en, after its held-out figure was written down ---------------------------------------------------
    # Thinking of, or planning, how one would do it: "all I think about is how I'd do it".
    all_of("suicide", "concern", "how-id-do-it", r"(?:do it|end it|le faire|ferais|ferai)", r"(?:<THINK>|planning|planned|plan|figure out|figuring out|figured out|"
        r"worked out|wondering)(?: <G4>)? (?:how|when|where|comment|quand|ou) (?:i d|i would|i will|i ll|i m going to|"
        r"i could|je le ferais|je vais le faire|je pourrais le faire|je le ferai) (?:do it|end it|le faire)?"
        r"(?! (?:differently|better|autrement|mieux|if|si|with|avec|in|on|for|pour)\b)"),
    # Meds mixed with drink, and enough: "what happens if u mix ur meds w alcohol like a lot of both".
    all_of("suicide", "risk", "mix-meds-alcohol", r"(?:mix|mixing|melanger|melange|combine|combining)(?: <G2>)? "
           r"(?:<PILLS>)(?: <G2>)? (?:with|w|avec) (?:alcohol|alcool|booze|vodka|drinks|wine|vin|beer|biere|fort)",
           r"(?:enough|assez|a lot|beaucoup|kill|tuer|die|mourir|lethal|mortel|fatal|how much|combien|not wake)"),
    # A dose by weight: "how many mg of amitriptyline would kill someone my size".
    seq("suicide", "risk", "dose-by-weight", r"(?:combien|how many|how much)(?: <G2>)? (?:mg|milligrams|milligrammes|"
        r"grams|grammes)(?: <G4>)? (?:kill|tuer|die|mourir|lethal|fatal|mortel|mortelle|enough|assez|would do it)", meta=True),
    # Looking at the beams at night: an anchor point looked at.
    all_of("suicide", "concern", "looks-at-beams", r"(?:look|looks|looked|looking|stare|staring|stared|regarde|regarder|"
           r"fixe|eyeing) (?:at )?(?:the |les |la |le )?(?:beams|beam|poutres|poutre|rafters|rafter|chevrons)",
           r"(?:at night|la nuit|le soir|not normal|pas normal|again|encore|keep|every night|tous les soirs|<ROPE>|"
           r"<THINK>)"),
    # Left for good, and the others don't know: "she doesn't know it's for good".
    seq("suicide", "risk", "secretly-for-good", r"(?:doesn t know|don t know|didn t know|has no idea|have no idea|sait pas|"
        r"savent pas|se doute pas)(?: <G2>)? (?:it s|its|that it s|it is|this is|que c est|que ce est|c est|ce est) "
        r"(?:for good|forever|permanent|pour de bon|pour toujours)"),
    seq("suicide", "concern", "better-with-than-me", r"(?:better|mieux|happier|plus heureux|plus heureuse)(?: off)? "
        r"(?:with|avec)(?: <G4>)? (?:than|que|qu) (?:with |avec )?(?:me|moi)(?:$| zz)", writer=True),
    # Hoping to be found ill enough to die: "I keep hoping the doctor finds something terminal".
    seq("suicide", "risk", "hope-terminal", r"(?:hope|hoping|hopes|wish|wishing|espere|souhaite|pray|praying|prie)"
        r"(?: <G5>)? (?:find|finds|found|trouve|trouver|discover|diagnose|diagnoses|have|get|avoir|que j ai|i have|i ve "
        r"got) (?:something |quelque chose de |un |une |a )?(?:terminal|incurable|fatal|mortel|mortelle|cancer|tumor|"
        r"tumeur)", negatable=True),
    # Death said to be better than what is coming: "death looks cleaner than what's coming".
    seq("suicide", "risk", "death-preferable", r"(?:death|dying|being dead|la mort|mourir|etre mort|etre morte) "
        r"(?:looks|seems|sounds|feels|is|would be|semble|serait|parait|a l air|est) (?:so |way |much |bien |tellement )?"
        r"(?:better|easier|cleaner|simpler|preferable|mieux|plus simple|plus facile|plus propre|moins pire|like relief|"
        r"comme un soulagement|like the answer)", negatable=True),
    # A note written to someone, and where it is: "wrote a note 2 my gf. its in my locker at work".
    all_of("suicide", "concern", "note-left-where", r"(?:wrote|written|left|ecrit|laisse) (?:a|an|une|un) (?:note|letter|"
           r"lettre|mot)(?: (?:2|to|for|pour|a))? (?:my|mon|ma|mes|<PARTNER>)",
           r"(?:it s in|its in|is in|est dans|it s under|est sous|it s on|est sur) (?:my|mon|ma|the|la|le) (?:locker|casier|"
           r"drawer|tiroir|car|char|desk|bureau|pillow|oreiller|table|truck|glovebox|coffre a gants)"),
    # No point in the writer being around: "ain't no point me being around no more".
    seq("suicide", "risk", "no-point-me-here", r"(?:no point|pointless|pas de raison|aucune raison|sert a rien|no reason)"
        r"(?: (?:in|of|for|que|pour))? (?:me |moi )?(?:being|be|sois|etre|rester|staying|to be) (?:around|here|alive|la|"
        r"en vie|vivant|vivante)"),
    # Not here tomorrow, said with thanks or a goodbye: "just wanna say ty to whoever reads this. wont be here tmrw".
    all_of("suicide", "risk", "gone-tomorrow-thanks", r"(?:won t|will not|wont|ne serai pas|serai pas|serai plus|serai pu|"
           r"not gonna|not going to) (?:be )?(?:here|around|alive|la|en vie|vivant|vivante) (?:tomorrow|demain|by morning|"
           r"au matin|next week|la semaine prochaine|anymore|much longer)",
           r"(?:thank you|thanks|merci|sorry|desole|desolee|love you|je vous aime|je t aime|bye|adieu|goodbye|whoever reads|"
           r"qui lira|qui lit)"),
    # A pet to rehome because its owner won't be around: "does the SPCA take dogs if the owner isn't going to be around".
    all_of("suicide", "concern", "rehome-not-around", r"(?:<PETS>|take (?:a|my) (?:cat|dog)|prendre mon|prendre ma|"
           r"look after|s occuper de|se occuper de|sort something out for|rehome|adopt|adopter|spca)",
           r"(?:not going to be around|isn t going to be around|won t be around|wont be around|not gonna be around|"
           r"ne serai plus la|serai pu la|serai plus la|won t be here|ne sera plus la|sera plus la|before i go|avant de partir)"),
    # A loaded gun, here and now: "I loaded my dad's old shotgun tonite. its on the table in front of me".
    all_of("suicide", "risk", "loaded-gun-here", r"(?:loaded|charge|chargee)(?: <G4>)? (?:<GUN>)",
           r"(?:<NOW>|<WHEN>|in front of me|devant moi|next to me|a cote de moi|on my lap|sur mes genoux|on the table|"
           r"sur la table)"),
    # Swallowed everything in the medicine cabinet.
    seq("attempt", "risk", "swallowed-everything-in", r"(?:swallowed|took|avale|pris|downed|gobe|popped) (?:everything|all|"
        r"tout|toute|toutes|whatever was)(?: <G2>)? (?:in|from|de|dans)(?: <G2>)? (?:cabinet|armoire|pharmacie|pill box|"
        r"pilulier|medicine cabinet|bathroom cabinet)"),
    # Tried with a means: "I tried with a belt on the closet door".
    seq("attempt", "risk", "tried-with-means", r"(?:tried|attempted|a essaye|essaye|tente|ai essaye)(?: <G2>)? (?:with|"
        r"avec) (?:a |the |my |une |un |la |le |ma |mon )?(?:<ROPE>|<GUN>|<PILLS>|<SHARP>)"),
    # The blade as a way to get through: "not tryna die, just need it", "did it again tonight. needed to feel something".
    all_of("self_harm", "risk", "blade-habit", r"(?:<SHARP>)", r"(?:(?:doing the thing|did it|do it|the thing|le faire|"
           r"l ai fait|le ai fait|ai recommence) again|did it again|encore fait|need it|not trying to die|not trying to "
           r"die|pas pour mourir|pas pour me tuer|to feel something|needed to feel|sentir quelque chose|gets me through|"
           r"gets me thru|me aide a passer)"),
    # Bruises hidden with makeup or sleeves: "more bruises, covered them with makeup again for work".
    all_of("domestic_violence", "concern", "hiding-bruises", r"(?:bruises|bruise|bleus|marks|marques|black eye|"
           r"oeil au beurre noir|hands on me)", r"(?:makeup|maquillage|concealer|cover up|covered them|cover them|couvert|"
           r"cache mes|cacher mes|hide them|hiding them|sunglasses|lunettes de soleil|long sleeves|manches longues|"
           r"so nobody sees|pour que personne (?:voie|le voie|les voie))"),
    # Harm threatened if the writer reports: "he'd drop a pallet on me if I call the ministry".
    all_of("violence", "risk", "harm-if-i-report", r"(?:drop|throw|run|hurt|beat|kill|hit|break|crush|bury|ecraser|"
           r"frapper|tuer|casser|echapper|garrocher|lancer|sacrer|tomber)", r"(?:he d|he ll|he would|he will|she d|she ll|they d|they ll|il va|il "
        r"allait|elle va|ils vont)(?: <G2>)? (?:drop|throw|run|hurt|beat|kill|hit|break|crush|bury|get|ecraser|frapper|"
        r"tuer|casser|faire mal|echapper|garrocher|lancer|sacrer|laisser tomber)(?: <G4>)? (?:on me|me|at me|sur moi|"
        r"m)(?: <G3>)? (?:if|si) (?:i|je|j) (?:call|report|tell|complain|go to|file|appelle|appelais|denonce|porte "
        r"plainte|dis|parle|talk)"),
    # Someone knows where the writer's children are: "he knows where my kids go to school".
    all_of("violence", "risk", "knows-where-kids", r"(?:school|ecole|live|lives|restent|reste)", r"(?:knows|know|knew|sait|savait|connait) (?:where|ou) (?:my|mes|our|nos) "
        r"(?:kids|children|enfants|family|famille|son|daughter|fils|fille) (?:go to school|goes to school|live|lives|"
        r"vont a le ecole|va a le ecole|vont a l ecole|va a l ecole|restent|reste|are|sont)"),
    # Watched, said as a threat: "he left a note saying he's 'always watching'".
    seq("violence", "risk", "always-watching", r"(?:always watching|i m watching you|im watching you|i am watching you|"
        r"i see you everywhere|je te surveille|je te vois partout|je te regarde toujours|toujours en train de te surveiller|"
        r"messages from different numbers|from different numbers|de numeros differents|different numbers)"),
    # A terse report of a weapon: "client knife".
    all_of("violence", "risk", "terse-weapon", r"(?:knife|couteau|gun|fusil|weapon|arme|machette|machete|hache|axe)",
           r"^(?:a |an |un |une |le |la |the )?(?:<RELATIVE>|guy|gars) (?:with a |avec un |"
        r"avec une |has a |a un |a une )?(?:knife|couteau|gun|fusil|weapon|arme|machette|machete|hache|axe)$"),
    # About to commit a crime against someone: "I'm bout to catch a case for real. I already know where he parks".
    all_of("harm_to_others", "risk", "catch-a-case", r"(?:catch a case|catch a charge|catching a case)",
           r"(?:know where (?:he|she|they) (?:lives|parks|works|live|park|work)|<WEAPON>|<HARM_TARGET>|<RELATIVE>)"),
    # Before the writer does what can't be undone to someone: "I need help before I do something I can't take back".
    all_of("harm_to_others", "risk", "cant-take-back", r"(?:before i do something|avant de faire quelque chose|avant que je "
           r"fasse quelque chose)(?: <G2>)? (?:i can t take back|i can t undo|i ll regret|irreparable|que je vais regretter|"
           r"que je pourrai pas reparer|stupid|de grave)", r"(?:him|her|them|lui|<HARM_TARGET>|<RELATIVE>|forklift|"
           r"<WEAPON>)"),
    # Who gets someone else's things, on a list: "a list on his laptop of who gets his games and his bike".
    seq("suicide", "concern", "who-gets-theirs", r"(?:list|liste)(?: <G6>)? (?:who gets|qui va avoir|qui aura|who ll get|"
        r"who will get|qui recoit)(?: <G1>)? (?:his|her|their|son|sa|ses|my|mes|mon|ma)"),
    # Someone unconscious by an empty bottle of pills.
    all_of("attempt", "risk", "found-with-empty-bottle", r"(?:empty|vide|vides)(?: <G1>)? (?:bottle|bottles|bouteille|pot|"
           r"flacon|boite|box|pill bottle)|(?:bottle|pot|flacon|boite)(?: <G3>)? (?:empty|vide)", r"<PILLS>",
           r"(?:passed out|unconscious|inconscient|inconsciente|won t wake|not waking|reveille pas|can t wake|sans "
           r"connaissance|evanoui|evanouie|collapsed|on the floor|par terre|on purpose|fait expres)"),
    # ---- a lone farewell is read in bot.nlu.crisis (the whole message, not one sentence) ---------------------------
)
