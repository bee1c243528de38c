"""Crisis rules: each combines word classes (bot.nlu.crisis_lexicon) inside one sentence.

The rules of the first dev batches; the concepts added from dev_f on are in bot.nlu.crisis_concepts, and
how a rule is written (classes, shapes, gaps) in bot.nlu.crisis_rule_shapes. Two shapes. A `seq` rule is a pattern over the normal form where `<CLASS>` stands for a word class
and `<G3>` for up to three other words. An `all` rule needs every one of its classes somewhere in
the same sentence, in any order: "the bridge ... I keep thinking ... jump" is one idea however it is
ordered. `negatable` rules are dropped when a negation sits just before them ("never thought of
killing myself"); `meta` rules are dropped in a message about training, news or the bot itself.
Who is at risk is read afterwards (bot.nlu.crisis.attribute), so each rule is written once.
"""

from __future__ import annotations

from bot.nlu.crisis_concepts import CONCEPTS
from bot.nlu.crisis_rule_shapes import CLASSES, Rule, all_of, seq
from bot.nlu.crisis_rule_shapes import each as _each

__all__ = ["CLASSES", "RULES", "Rule"]

_SOFT = "(?:disparaitre|disappear|vanish|fade out|be gone|not be here|pas etre la|plus etre la|m effacer|me effacer|effacer)"
_FOREVER = "(?:pour toujours|pour de bon|for good|forever|permanently|like permanently|a jamais)"

RULES: tuple[Rule, ...] = (
    # ---- suicide: wish to be dead, thoughts -------------------------------------------------------
    seq("suicide", "risk", "want-die", r"<WANT>(?: (?:de|to|d|a|juste|just|really|vraiment|seulement|so|tellement|"
        r"only|mieux|que|it|to be|etre|could|pouvoir|je|i|would|all|tout))*(?: <G1>)? <DIE>"
        r"|(?:i|je|j) <WANT> (?:i|je|j) (?:was|were|etais|could be|d be|had been|could just be) <DIE>"
        r"|(?:he|she|they|il|elle|ils|elles) <WANT> (?:he|she|they|il|elle|ils|elles) (?:was|were|etait|could be|d be|"
        r"had been|could just be) <DIE>", negatable=True),
    seq("suicide", "risk", "not-wake", _each(r"(?:ne |n )?", "NOT_WAKE"), negatable=True, inner=False),
    seq("suicide", "risk", "disappear-forever", rf"{_SOFT}(?: <G2>)? {_FOREVER}", across=True),
    seq("suicide", "concern", "want-disappear", rf"(?:<WANT>|<GOING>)<G3> {_SOFT}", negatable=True),
    seq("suicide", "risk", "kill-self-en", r"<KILL>(?: <G1>)? (?:myself|my self|himself|herself|themselves|themself)",
        negatable=True),
    # "je me fais tuer" (I get killed) is done by someone else: not this rule.
    seq("suicide", "risk", "kill-self-fr", r"(?:me|se|m|s)(?: en)?(?: (?!(?:fais|fait|faisais|faisait|a|avait|ont)\b)"
        r"[a-z0-9]+)? (?:tuer|tue|tuais|tuerais|tuerai|suicider|"
        r"suicide|suicidais|pendre|pends|pendais|flinguer|tirerait une balle|tirerais une balle|tirer une balle|noyer|enlever la vie|enleve la vie|enlevee la vie|ter la vie|"
        r"oter la vie|jeter en bas|"
        r"lancer en bas|jeter devant|lancer devant|sacrer en bas|crisser en bas|calisser en bas|garrocher en bas|"
        r"pitcher en bas|sacrer devant|garrocher devant|tirer une balle|finir|achever|servir sur moi)", negatable=True),
    seq("suicide", "risk", "take-life", r"(?:take|taking|took|taken|end|ending|ended|enlever|enleve|ter|oter|mettre fin a|"
        r"mettre un terme a|finir|en finir avec) <MY>(?: own| propre)? <LIFE>", negatable=True),
    seq("suicide", "risk", "take-life-other", r"(?:take|taking|took|end|ending|enlever|ter|oter|mettre fin a|"
        r"mettre un terme a|finir|en finir avec) <THEIR>(?: own| propre)? <LIFE>", negatable=True),
    seq("suicide", "risk", "suicidal-i", r"<I>(?: <G3>)? <SUICIDE>", negatable=True, meta=True),
    seq("suicide", "risk", "think-suicide", r"<THINK>(?: <G3>)? (?:<SUICIDE>|<DIE>|mourir|en finir|suicide)",
        negatable=True, meta=True),
    seq("suicide", "risk", "end-it", r"(?:en finir|end it|end it all|ending it|end everything|end things|"
        r"mettre fin a tout|finish it|finir ca|tout arreter|tout arrete|all to end|all to stop|it all to end|"
        r"end all of this|end all this|mets fin a tout ca|mettre fin a tout ca|met fin a tout ca)",
        negatable=True),
    # No will to live: a negation before the wish or inside it ("je veux pu vivre"); "I want to live" is not a crisis.
    seq("suicide", "risk", "no-live", r"(?:<NEG>)(?: <G3>)? (?:<WANT_LIVE>)(?: <G2>)? (?:de |to |a )?<LIVE>"
        r"|(?:<WANT_LIVE>) (?:<NEG>)(?: <G2>)? (?:de |to |a )?<LIVE>", negatable=False),
    seq("suicide", "risk", "no-live-neg", r"(?:pas|plus|pu|don t|do not|doesn t|dont|no|not|aucune|nothing|rien|"
        r"no longer|never)(?: <G3>)? (?:envie|gout|le gout|raison|reason|point|want|wanna|need|worth|vaut|la peine|"
        r"left|capable|able)(?: <G2>)? (?:de |to |a |for |in |of )?<LIVE>"),
    seq("suicide", "risk", "not-worth-living", r"(?:vie|life)(?: <G2>)? (?:vaut|vaux|worth|isn t worth|not worth|no longer worth)"
        r"(?: <G2>)? (?:peine|living|it)"),
    seq("suicide", "risk", "better-off", r"(?:better off|mieux|soulages|soulagees|relieved|libre|libres|free|easier|"
        r"moins de trouble|plus facile|aider|help)(?: <G4>)? (?:without me|w o me|sans moi|if i (?:was|were|died|d die|"
        r"killed|wasn t|wasnt|weren t|disappeared)|si je (?:etais|mourais|meurs|me tuais|me suicidais|disparaissais|"
        r"partais|etais pu|etais plus)|que je (?:meurs|meure|sois mort|sois morte|parte|disparaisse)|me dying|"
        r"moi mort|moi morte|i m gone|im gone|i was gone|je suis pu la|je suis plus la)"
        r"|(?:better off|mieux|soulages|soulagees|relieved|libre|libres|free|easier)(?: <G4>)? (?:without (?:her|him|them)|"
        r"sans (?:elle|lui|eux))", writer=True),
    seq("suicide", "risk", "me-dying-helps", r"(?:me dying|my death|ma mort|que je meure|que je meurs|ma disparition|"
        r"my disappearance|me being gone|me gone|my being gone|my absence|mon absence|mon depart pour de bon)(?: <G4>)? "
        r"(?:help|aider|aiderait|aide|better|mieux|solution|fix|relief|reglerait|reglerais|regle|solve|solves|would solve|"
        r"fix|fixes|would fix|resoudrait|arrangerait|simplifierait|simplify|simplifies|easier|plus facile|plus simple|"
        r"soulagerait|relieve|would relieve|rendrait service|do (?:them|everyone) a favou?r)"),
    seq("suicide", "concern", "burden", r"(?:burden|burdan|fardeau|fardo|"
        # weight as a quantity ("le plus de poids", "perdre du poids", "mon poids") is not a person as a weight
        r"(?<!\bde )(?<!\bdu )(?<!\bmon )(?<!\bson )(?<!\bton )poids|dead weight|boulet|nuisance|une charge pour|a weight on|a weight to|"
        r"weight on (?:my|our|the|everyone|them|him|her)|a drain on|drain on (?:my|everyone|them)|un poids pour|"
        r"a charge for)", writer=True),
    seq("suicide", "risk", "only-way-out", r"(?:seule|seul|only|the only|la seule|une seule)(?: <G2>)? "
        r"(?:sortie|solution|issue|facon|way|exit|fix|option|answer|porte de sortie|way out|moyen|means|choix|choice|"
        r"escape|echappatoire)(?: <G6>)? (?:<DIE>|mourir|la mort|"
        r"death|dying|suicide)|(?:<DIE>|mourir|la mort|death|dying|suicide)(?: <G4>)? (?:seule|only|la seule)(?: <G2>)? "
        r"(?:sortie|solution|issue|facon|way|exit|fix|option)"),
    seq("suicide", "risk", "nothing-but-death", r"(?:rien|nothing)(?: <G4>)? (?:a part|but|except|sauf)(?: <G1>)? "
        r"(?:la mort|death|dying|mourir)"),
    seq("suicide", "concern", "no-way-out", r"(?:no way out|pas d issue|pas de issue|aucune issue|aucune porte de sortie|"
        r"pas de porte de sortie|pas de sortie|no exit|no other option|no other way(?! (?:than|to get|to go|to do|to reach)\b)|plus de solution|pu de solution|"
        r"aucune solution|no solution|trapped|pris au piege|prise au piege|hole with no bottom|pas de fond|cul de sac)",
        meta=True),
    seq("suicide", "concern", "cant-go-on", r"(?:can t|cannot|can not|cant|peux pas|peux plus|peux pu|capable pu|"
        r"capable plus)(?: <G1>)? (?:go on|keep going|do this anymore|continuer|continuer comme ca|take it anymore|"
        r"en peux pu|toffer)"),
    seq("suicide", "concern", "no-point", r"(?:don t see|dont see|see no|no|vois pas|vois plus|vois pu|plus aucun|pu aucun|"
        r"pas de|plus de|pu de)(?: <G1>)? (?:the point|point|le but|de but|l interet|le interet|comment continuer|"
        r"how to go on|how i can go on|how to keep going)(?:(?: <G2>)? (?:of anything|in anything|anymore|to anything|"
        r"de rien|a rien|en rien|continuer|living|vivre|of living|in living|going on|comme ca|like this)|$)"
        r"|(?:vois pas|vois plus|vois pu|voit pas|voit plus|voit pu|don t see|dont see|doesn t see|can t see|"
        r"cant see|cannot see|see no way) (?:comment|how)(?: <G2>)? (?:continuer|go on|keep going|keep living)"),
    seq("suicide", "concern", "tired-of-living", r"(?:tanne|tannee|fatigue|fatiguee|tired|sick|epuise|epuisee|"
        r"ecoeure|ecoeuree|done)(?: <G1>)?(?: (?:de|of|with))?(?: <G1>)? (?:vivre|living|life|la vie|exister|existing|"
        r"being alive|me reveiller|waking up|etre en vie|being here)"),
    seq("suicide", "risk", "pray-die", r"(?:prie|pray|praying)(?: <G8>)? (?:mourir|die|dead|mort|morte|crever|"
        r"ce serait fini|it would be over|be over|soit fini|soit finie|all be over)"
        r"|(?:prie|pray|praying|espere|hope|hoping|souhaite|wish|wishing)(?: <G4>)? "
        r"(?:mourir|die|dead|mort|morte|crever|(?:me|m) (?:frappe|tue|ecrase|rentre dedans)|(?:hit|kill|run over) me|"
        r"stops? beating|arrete de battre|ce serait fini|it would be over|be over|soit fini|soit finie|all be over|"
        r"(?:heart|coeur)(?: <G2>)? (?:stops|stop|arrete))"),
    seq("suicide", "risk", "funeral", r"(?:my own funeral|mes propres funerailles|mon propre enterrement|"
        r"mes funerailles|my funeral)(?: <G6>)? (?:how|comment|do it|le faire)"),
    # ---- suicide: method, plan, preparation, intent -------------------------------------------------
    all_of("suicide", "risk", "means-intent", r"(?:<ROPE>|<GUN>|noose|noeud coulant)",
           r"(?:<THINK>|<WANT>|using it|use it|utiliser|servir|m en servir|me en servir|on myself|sur moi|pour moi|"
           r"for me|for myself|it s for him|it s for her|c est pour lui|ce est pour lui|pour lui|pour elle|y penser|"
           r"penser|kill|tuer|die|mourir|planned|prevu|get it out of my head|sortir de ma tete|how to tie|comment faire|"
           r"tie a|faire un|searched|cherche|googled|recherche)", negatable=True, meta=True),
    all_of("suicide", "concern", "bought-means", r"(?:achete|bought|got|picked up|pris|trouve|found|acheter|buy|"
           r"chercher|ete chercher|alle chercher|went and got|went to get|grabbed|pogne|sorti|took out|ordered|commande)",
           r"(?:<ROPE>|<GUN>|noeud coulant)",
           meta=True),
    all_of("suicide", "risk", "all-planned", r"(?:le plan c est|le plan ce est|the plan is|my plan is|mon plan c est|"
           r"mon plan ce est|tout prevu|tout planifie|all planned|everything planned|everything s planned|"
           r"everything is planned|it s all planned|ce est tout planifie|got it all "
           r"planned|it all planned|tout organise|j ai un plan|je ai un plan|i have a plan|i ve got a plan|my plan)",
           r"(?:<PILLS>|<ROPE>|<GUN>|<CAR>|<HEIGHT>|<WATER>|personne|nobody|no one|lettre|letter|note|endroit|"
           r"the place|le lieu|the spot|la place)", meta=True),
    # A plan with only a time ("my plan is tonight"): people also plan suppers. Asked directly.
    all_of("suicide", "concern", "all-planned-when", r"(?:le plan c est|le plan ce est|the plan is|my plan is|"
           r"mon plan c est|mon plan ce est|tout prevu|tout planifie|all planned|everything planned|everything s planned|"
           r"everything is planned|it s all planned|ce est tout planifie|got it all planned|it all planned|tout organise|"
           r"j ai un plan|je ai un plan|i have a plan|i ve got a plan|my plan)", r"<WHEN>", meta=True),
    all_of("suicide", "risk", "exhaust-hose", r"(?:boyau|hose|tuyau|tube)", r"(?:echappement|dechappement|exhaust|tailpipe)"),
    all_of("suicide", "risk", "exhaust-garage", r"(?:moteur|engine|char|auto|voiture|car|truck)",
           r"(?:garage)", r"(?:ferme|fermee|closed|shut|running|roule|allume|on)",
           r"(?:<THINK>|<I>|head|tete|<NOW>)"),
    all_of("suicide", "risk", "height-jump", r"(?:<HEIGHT>|<TRAIN>|<WATER>)",
           r"(?:jump|jumping|sauter|saute|me jeter|me lancer|se jeter|se lancer|step|stepping|walk|walking|"
           r"m etendre|me etendre|me coucher|lying|lie down|yank|yanking|lacher|lache|drive into|foncer|rentrer dedans|"
           r"let myself go|let go|me laisser tomber|me laisser aller|in front|devant|walk in|walking in|entrer dans|"
           r"drive off|driving off|drove off|drive into|driving into|drive over|go over|going over|enjambe|enjamber|"
           r"enjambais|enjamberais|enjambait|climb over|climbing over|step over|stepping over|passer par dessus|"
           r"passais par dessus|over the railing|over the edge|par dessus)",
           r"(?:<THINK>|<WANT>|<GOING>|easy|vite fait|facile|would be|ce serait|so i d die|pour mourir|to die|"
           r"ce est la fin|that s the end|thats the end|cest fini|ce est fini|im not|je rentre pas|not going home|"
           r"je vais|i m going|im going|saying|dit|dire|calcule|calculer|calculate|calculating|counting|compte combien|"
           r"combien de secondes|how many seconds|how long it would take|ca prendrait|ce prendrait|would take)",
           negatable=True, meta=True),
    all_of("suicide", "risk", "think-take-all", r"(?:<THINK>|<WANT>|<GOING>|pourrais|could)",
           r"(?:prendre|avaler|take|swallow|gober|prends|avale)",
           r"(?:toutes|toute|tous|all|whole|entire|bouteille|bottle|boite|box|pot|plaquette|stash|enough|assez)", r"<PILLS>",
           meta=True),
    all_of("suicide", "risk", "pills-lethal", r"<PILLS>",
           r"(?:combien|how many|how much|enough|assez|stockpile|stockpiled|stockpiling|stockpiles|ramasse|collected|gathered|saving|garde|gardais|"
           r"toutes les prendre|take them all|all of them|d un coup|de un coup|at once|d une shot|de une shot)",
           r"(?:<DIE>|<KILL>|<NOT_WAKE>|mortel|mortelle|lethal|fatal|deadly|overdose|surdose|pour de bon|"
           r"not wake|reveiller|kill|tuer|en finir|pouvais|could|pourrais|the anniversary|anniversaire)",
           meta=True),
    seq("suicide", "risk", "took-all-later", r"(?:pourrais|could|vais|gonna|going to|va|will)(?: <G2>)? "
        r"(?:toutes les prendre|tous les prendre|take them all|take all|prendre toutes|prendre tous|swallow all|les prendre toutes|"
        r"avaler toutes|avaler tous)"
        # "take all my vacation days": a thing counted, not pills (dev_g round)
        r"(?!(?: (?:my|the|of|mes|les|ses|his|her|mon|ma))* (?:vacation|vacances|days|jours|conges|overtime|courses|"
        r"classes|credits|time|temps|calls|appels|shifts|quarts|questions|breaks|pauses|chances|photos|pictures|notes)\b)"),
    seq("suicide", "risk", "exhaust", r"(?:<CAR>)(?: <G6>)? (?:<CAR>|ferme|fermee|closed|shut|running|roule|"
        r"allume|on|hose|boyau)(?: <G6>)? (?:<CAR>|ferme|fermee|closed|shut|running|roule|allume|on)"),
    seq("suicide", "risk", "picked-date", r"(?:picked|chose|choisi|choisie|set|fixed|fixe|booked|reserve|decided on)"
        r"(?: <G2>)? (?:the|la|une|my|ma|mon)? ?(?:date|day|jour|journee|moment|night|nuit|time|heure)"
        r"(?: <G10>)?"),
    seq("suicide", "risk", "do-it", r"(?:je vais|jvais|je le fais|je vais le faire|i m gonna|im gonna|i m going to|"
        r"gonna|going to|i ll|i will|je le fais|le faire|do it|doing it|faire ca|fais ca)(?: <G2>)? "
        r"(?:le faire|do it|doing it)?(?: <G2>)? (?:<WHEN>|<NOW>)(?: <G3>)? (?:sorry|desole|desolee|pardon|adieu|"
        r"goodbye|bye|no one|personne)", meta=True, across=True),
    seq("suicide", "risk", "left-to-do-it", r"(?:reste juste a le faire|reste plus qu a le faire|reste plus que a le faire|"
        r"reste plus qu a|reste juste a|all that s left is to do it|only thing left is to do it|just have to do it now|"
        r"just need to do it)", writer=True),
    seq("suicide", "concern", "not-long", r"(?:won t|will not|wont|vais pas|va pas|pas)(?: <G2>)? (?:survive|survivre|"
        r"be around|be here|etre la|rester)(?: <G2>)? (?:long|longtemps|much longer|bien longtemps)"),
    seq("suicide", "risk", "doing-it-now", r"(?:en train de le faire|doing it now|i m doing it|im doing it|je le fais "
        r"(?:maintenant|la|drette la|now))"),
    seq("suicide", "concern", "decided", r"(?:ce est decide|c est decide|cest decide|it s decided|its decided|i ve decided|"
        r"i decided|j ai decide|je ai decide|my mind is made up|ma decision est prise)(?!(?: zz)? (?:what|which|to|quoi|de|"
        r"d|quel|quelle|on|sur|about|le party|la date du|the party|the menu|le menu|for the|pour le|pour la|we|on va|"
        r"nous)\b)(?!(?: zz)? (?:how|comment|where|ou)\b(?!.*\b(?:do it|le faire|end it|en finir|die|mourir|kill|tuer)\b))"),
    seq("suicide", "risk", "ending-time", r"(?:ending it|end it|finir|en finir|ce est fini|cest fini|it ends|it s over|"
        r"its over|mourir|die|dying|not leaving|pas sortir|pas ressortir|not coming back|reviendrai pas|"
        r"revenir pas|pas revenir|that s the end|thats the end|the end)(?: <G3>)? (?:<WHEN>|alive|vivant|vivante|"
        r"en vie)", across=True),
    all_of("suicide", "risk", "goodbye", r"<GOODBYE>",
           r"(?:<I>|<ME>|<MY>|<THEY>|<RELATIVE>|<THEIR>|wrote|ecrit|texted|texte|sent|envoye|laisse|left|found|trouve|"
           r"called|appele)", meta=True),
    # Goodbyes said so that nobody knows what they are.
    all_of("suicide", "risk", "secret-goodbye", r"(?:<GOODBYE>|said bye|dit bye|dire bye)",
           r"(?:without (?:them|anyone|anybody|him|her) knowing|sans (?:qu|que) (?:ils|elles|il|elle|personne) "
           r"(?:le )?sache|sans que personne le sache|(?:they|he|she) (?:don t|doesn t|dont|doesnt) know|"
           r"(?:ils|elles|il|elle) (?:le )?(?:savent|sait) pas|nobody knows|personne (?:le )?sait)", writer=True),
    # A gun taken with a cover story: "told him I'm going hunting. I'm not", "je chasse même pas".
    all_of("suicide", "risk", "gun-cover-story", r"<GUN>",
           r"(?:i don t hunt|i dont hunt|i do not hunt|je chasse pas|je chasse meme pas|je chasse jamais|"
           r"not for hunting|pas pour la chasse|pas pour chasser|(?:hunting|chasse|chasser)(?: <G2>)? (?:i m not|im not|"
           r"c est faux|ce est faux|pas vrai|not really))"),
    all_of("suicide", "risk", "will-ready", r"<WILL>",
           r"(?:ready|pret|prete|partir|go|gone|plus la|pu la|apres ca|after that|when i m gone|quand je serai|"
           r"covers suicide|couvre le suicide|suicide|won t need|pas besoin|look after|prendre soin|when i m|"
           r"quand je|(?:then|and then|after that|apres ca|pis apres|puis) (?:i m|im|i am|je suis|chu|c est|ce est) "
           r"(?:done|gone|finished|out|fini|finie|parti|partie))"),
    all_of("suicide", "risk", "giving-away", r"<GIVE_AWAY>", r"<NO_NEED>"),
    seq("suicide", "risk", "ready-to-die", r"(?:ready|pret|prete|prets)(?: <G1>)? (?:to|a|de)? ?(?:die|go|mourir|partir|"
        r"en finir|le faire|do it)(?! <G0>(?:home|work|travailler|to work|out|sleep|bed))", meta=True),
    seq("suicide", "risk", "method-fr", r"(?:sauter|me jeter|me lancer|me lance|me jette|me pendre|m etendre|me etendre|"
        r"me noyer)"
        r"(?: <G3>)? (?:<HEIGHT>|<TRAIN>|<WATER>|corde|rope)"),
    # ---- indirect ways of saying it: euphemisms, passive wishes, means with intent, sign-offs -------------------
    seq("suicide", "risk", "euphemism", _each(r"(?:ne |n )?", "EUPHEMISM"), negatable=True, inner=False, meta=True),
    all_of("suicide", "risk", "if-gone-fine", r"(?:\bsi\b|\bif\b) (?:je |i )?(?:m endormais|me endormais|fell asleep|"
           r"didn t make it|didnt make it|did not make it|didn t wake up|didnt wake up|never woke up|ne me reveillais pas|"
           r"me reveillais pas|me reveillais plus|mourais|died|died tonight|wasn t here tomorrow|etais pu la demain)",
           r"(?:<PASSIVE>)", negatable=True, inner=False),
    all_of("suicide", "risk", "passive-wish", r"(?:\bsi\b|\bif\b|when|quand|hope|espere|jespere|hoping|wish|kinda)",
           r"<HAZARD>", r"<PASSIVE>", negatable=True, inner=False, meta=True),
    seq("suicide", "risk", "heart-gives-out", r"(?:<WANT>|prie|pray|hope|hoping|espere|jespere)(?: <G6>)? "
        r"(?:coeur|heart)(?: <G3>)? (?:lacher|lache|give out|gives out|stop|stops|arrete|arreter)"),
    all_of("suicide", "risk", "means-with-intent", r"<MEANS>", r"<INTENT>",
           r"(?:<I>|<ME>|<MY>|<THEY>|<THEIR>|myself|me|moi|jpourrais|chu|jsuis|i m|im|keep|keeps|could just|might|gonna|"
           r"wanna|thinking|garde|pourrais)", negatable=True, meta=True),
    all_of("suicide", "risk", "pills-lined-up", r"(?:lined up|aligne|alignees|alignes|laid out|counted|compte|comptees|"
           r"count them|counting them|les compte|les compter|count my|compte mes|"
           r"sorti toutes|sorted|hoarding|hoard|stockpiling|accumule|accumulait)", r"<PILLS>"),
    seq("suicide", "risk", "cut-along", r"(?:cut|couper|couperais|couperai|cutting)(?: <G6>)? (?:along|dans le sens de la "
        r"longueur|the long way|lengthwise|deeper|plus creux|plus profond)"),
    seq("suicide", "concern", "do-it-when", r"(?:<WHEN>)(?: <G8>)? (?:i m doing it|im doing it|je le fais|i ll do it|"
        r"i will do it|gonna do it|going to do it|je vais le faire|jvais le faire|bon moment pour le faire|"
        r"right time to do it|good time to do it|the day i do it|le jour ou je le fais)|(?:bon moment|right time|"
        r"good time|moment parfait|perfect time) (?:pour le faire|to do it|pour en finir|"
        r"to end it|to end things|pour tout arreter|to go|pour partir)", meta=True, writer=True),
    seq("suicide", "risk", "decided-end", r"(?:<WHEN>|<WATER>|<HEIGHT>)(?: <G8>)? (?:decided|c est decide|ce est decide|"
        r"date s set|date is set)$|(?:date s set|date is set|la date est choisie|la date est fixee|j ai choisi la date|"
        r"je ai choisi la date|picked the date|picked a date)", across=True),
    all_of("suicide", "risk", "means-tonight", r"<WHEN>", r"(?:avec la corde|with the rope|avec le fusil|with the gun|"
           r"avec les pilules|with the pills|with my rifle|avec ma carabine|avec la carabine)", r"(?:<I>|<ME>|i m|im|je|j)"),
    all_of("suicide", "risk", "papers-left", r"<WILL>", r"<PREP_ACT>",
           r"(?:table|enveloppe|envelope|for my|pour mon|pour ma|va les trouver|will find|drawer|tiroir)"),
    seq("suicide", "risk", "drive-off", r"(?:drive|driving|drove|foncer|fonce|jeter|lancer|floor it)(?: <G2>)? "
        r"(?:off|into|dans|en bas|contre)(?: <G2>)? (?:the|a|le|la|un|une)? ?(?:quarry|cliff|bridge|road|falaise|pont|"
        r"ravin|carriere|wall|mur|pilier|pillar|oncoming|traffic|truck|camion|transport|10 roues|dix roues|semi|"
        r"18 wheeler)|(?:tourner le volant|coup de volant|yank the wheel|jerk the wheel)(?: <G4>)? (?:fosse|ditch|pilier|"
        r"pillar|camion|truck|mur|wall|oncoming|10 roues|dix roues)", meta=True),
    # Sitting with the means: "he takes his rifle out and sits with it in the garage every night".
    all_of("suicide", "risk", "sits-with-means", r"(?:<ROPE>|<GUN>)",
           r"(?:sits|sitting|sat|s assoit|se assoit|assis|assise|reste assis|reste assise)(?: <G3>)? (?:with|avec)"),
    all_of("suicide", "risk", "gone-with-means", r"(?:<ROPE>|<GUN>|<PILLS>)", r"(?:drove off|parti|partie|left|took off|"
           r"disparu|disparue|missing|drove away|into the bush|dans le bois|went into)", r"(?:not answering|repond pas|repond plus|repond pu|pas de nouvelles|"
           r"no answer|voicemail|boite vocale|nobody knows|personne sait|never see|jamais revoir|reverrions jamais|"
           r"reverrait pas|reverrait plus|reverra pas|reverra plus|won t see (?:him|her|me) again)"),
    all_of("other_at_risk", "risk", "locked-in", r"(?:locked|enferme|enfermee|barre|barree)",
           r"(?:won t answer|wont answer|repond pas|repond plus|repond pu|not answering)",
           r"(?:can t take it|couldn t take it|en pouvait pu|en peut pu|en pouvait plus|en peut plus|want to die|veut mourir)"),
    seq("suicide", "risk", "means-question", r"(?:doses? mortelles?|lethal doses?|deadly doses?|fatal doses?|"
        r"<PILLS>(?: <G8>)? (?:how many|combien)(?: <G6>)? (?:need|faut|work|marche|die|mourir|kill|for it to work)|"
        r"(?:combien|how many|how much)(?: <G6>)? (?:<PILLS>|pills|pilules)(?: <G6>)? (?:need|faut|work|marche|die|mourir|"
        r"kill|tuer|mortel|fatal|lethal|enough|assez|for it to work|takes|it takes|ca prend|ce prend|faudrait)|(?:quelle|what) (?:hauteur|height)(?: <G4>)? "
        r"(?:meurt|meurs|die|dies|mourir|survive)|(?:carbon monoxide|monoxyde)(?: <G4>)? (?:hurt|fait mal|fall asleep|"
        r"endort|die|mourir|how long|combien de temps)|how cold(?: <G6>)? (?:go fast|die|drown)|"
        r"(?:assez froide|assez haut|high enough|cold enough)(?: <G6>)? (?:pour|to|so)? ?(?:que|mourir|die|vite|fast|"
        r"pas se manquer|not survive))", meta=True),
    all_of("suicide", "risk", "prep-after-me", r"<PREP_ACT>", r"<AFTER_ME>", meta=True),
    all_of("suicide", "risk", "if-something-happens", r"(?:if something happens to me|if anything happens to me|"
           r"si jamais il me arrive|si il me arrive|s il me arrive|il me arrive de quoi|il me arrive quelque chose|"
           r"something happens to me)",
           r"(?:look after|looks after|take care|takes care|occuper|prendre soin|kids|enfants|boys|girls|filles|gars|"
           r"chat|chien|dog|cat)"),
    seq("suicide", "risk", "letters-for-after", r"(?:lettres|letters|lettre|letter|notes|note|obituary|avis de deces|"
        r"necrologie)(?: <G8>)? (?:pour apres|for after|my own|ma propre|(?:after|apres)"
        # "a doctor's note after one sick day": after a count of days is not after the writer
        r"(?! (?:just|only|one|a|an|\d+|un|une|seulement|juste|each|every|chaque|work|school|lunch|class|sick|le travail)\b))|(?:my own|ma propre|mon propre) "
        r"(?:obituary|avis de deces|necrologie|eulogy|eloge funebre)"),
    all_of("suicide", "risk", "sign-off", r"<SIGNOFF>", r"(?:<WHEN>|<NOW>|answer|repond|voicemail|boite vocale|"
           r"not in his room|pas dans sa chambre|personne sait|nobody knows|disparu|missing|gone|parti|partie|"
           r"ce soir|tonight|bye|adieu|last|dernier|derniere|that s it|ce est tout|everything|toute|tout|sorry|desole)"),
    seq("suicide", "risk", "burden-dead", r"(?:better off dead|mieux mort|mieux morte|ferait mieux d etre morte|"
        r"ferait mieux de etre morte|ferait mieux d etre mort|ferait mieux de etre mort|would be better off dead|"
        r"(?:worth|vaut|vaudrait|vaudraient|vaudrais)(?: <G2>)? (?:more|plus)(?: <G3>)? (?:than|then|que) (?:me|moi)|better off with(?: <G6>)? "
        r"(?:than|then) (?:with )?me|rendre service(?: <G4>)? (?:creve|meurs|"
        r"meure|mort|morte)|(?:start over|refaire sa vie|refaire leur vie|be free|etre libre|libre)(?: <G4>)? "
        r"(?:gone|parti|partie|pu la|plus la|once|when|quand|si je)|(?:once|when|quand|si) (?:i m|im|je suis|je serai)"
        r"(?: <G2>)? (?:gone|pu la|plus la|parti|partie)(?: <G6>)? (?:start over|refaire|libre|free|better|mieux))"),
    seq("suicide", "risk", "one-way-out", r"(?:one way out|une seule issue|une fin possible|juste une fin|"
        r"only thing left|seule chose qui reste|stop existing|arreter d exister|arreter de exister|"
        r"(?:want|veux) (?:my life|ma vie)(?: <G3>)? (?:to stop|arrete|que ca arrete|finisse|to end)|"
        r"(?:pu|plus|pas) de lendemain|no future|pu d avenir|plus d avenir|pas pourquoi je continuerais|"
        r"(?:why|pourquoi) (?:i would|i d|je) (?:keep|continuerais|continue)(?: <G2>)? (?:living|vivre|going)|"
        r"remove the problem|enlever le probleme)", meta=True),
    seq("suicide", "risk", "dont-know-if", r"(?:sais pas|sais pu|know|sure|idk)(?: <G1>)? (?:si|if|whether) "
        r"(?:<I>|i m|im)?(?: <G2>)? (?:<KILL>|<DIE>|tuer|sauter|jump|mourir|die)"),
    seq("suicide", "risk", "wont-stop-myself", r"(?:won t|wont|will not|pas)(?: <G1>)? (?:stop myself|m empecher|"
        r"me empecher|me retenir|hold back)"),
    seq("suicide", "risk", "ill-jump", r"(?:<I>|<ME>|<THEY>|je vais|jvais|i ll|ill|i m gonna|im gonna|he s|she s)(?: <G3>)? "
        r"(?:sauter|jump|jumping|me jeter|me lancer|me sacrer en bas|me garrocher)", negatable=True, meta=True),
    seq("suicide", "risk", "coffin", r"(?:six pieds sous terre|six feet under|in a coffin|dans un cercueil|"
        r"trade places(?: <G4>)? (?:coffin|grave|dead))"),
    # ---- from the third dev batch ------------------------------------------------------------------
    # The means word stands whole after the words before it (no optional space to glue them), so it anchors the rule.
    seq("suicide", "concern", "means-located", r"(?:^|(?:there s|there is|y a|il y a|ya|la|le|the|my|mon|ma)(?: <G1>)? )"
        r"(?:rope|corde|rifle|gun|carabine|fusil|shotgun|poison|rat poison|poison a rats|rifle s|gun s|rifles|guns|"
        r"shotguns)(?: <G2>)? "
        r"(?:is|s|est|in|dans|on|sur)", meta=True),
    seq("suicide", "risk", "commit-suicide", r"(?:<GOING>|<WANT>|<THINK>|plan to|about to)(?: <G3>)? "
        r"(?:commit suicide|commettre un suicide)", negatable=True),
    seq("suicide", "risk", "courage", r"(?:if i had the (?:guts|nerve|courage)|si j avais le courage|si je avais le courage|"
        r"work up the nerve|trouver le courage|find the courage|get up the nerve|(?:need|needs|besoin|manque|missing|"
        r"reste juste|il me reste juste|me reste juste|just need)(?: <G3>)? (?:the nerve|the guts|the courage|"
        r"le courage|du courage|le guts))"),
    seq("suicide", "risk", "life-mistake", r"(?:my life|ma vie)(?: <G1>)? (?:is|s|est) (?:a|an|une) (?:mistake|erreur)"),
    seq("suicide", "risk", "why-go-on", r"(?:why|pourquoi|pk)(?: <G1>)? (?:should i|would i|je|i)(?: <G1>)? (?:keep going|"
        r"continuerais|continuer|go on|keep living|continue)|(?:give me|donne moi|donnez moi) (?:one|a|une) (?:reason|raison)"),
    seq("suicide", "risk", "funeral-relief", r"(?:funeral|funerailles|enterrement)(?: <G4>)? (?:relief|soulage|soulagee|"
        r"peace|calme|paix)"),
    all_of("suicide", "risk", "not-here-tomorrow", r"(?:if i m not (?:here|in|there)|if im not (?:here|in|there)|"
           r"si je suis pas la|si je suis plus la|si je suis pu la)", r"(?:<SIGNOFF>|tell|dis|dites|fault|faute)"),
    all_of("suicide", "risk", "nobody-looking", r"(?:nobody|personne|no one)(?: <G2>)? (?:comes looking|me cherche|cherche|"
           r"will look|va me chercher|finds me|me trouve|notices|remarque)", r"(?:so|pour que|until|avant|before|off|conge)"),
    seq("suicide", "risk", "better-with-other", r"(?:better off|mieux|be better)(?: <G2>)? (?:with|avec) (?:their|his|her|leur|"
        r"sa|son|ses) (?:mom|dad|mother|father|mere|pere|maman|papa)", writer=True),
    seq("suicide", "risk", "insurance", r"(?:toucher|collect|get)(?: <G2>)? (?:le |l |the |my |mon )?(?:assurance|insurance)|"
        r"(?:(?:his|her|their|my|mon|ma|sa|son) )?(?:life )?(?:insurance|assurance|assurance vie)(?: <G6>)? "
        r"(?:pay out|pays out|toucher|si je meurs|"
        r"if i die|garde la maison|keeps the house|worth more|vaut plus|would take care|will take care|prendrait soin|"
        r"would look after|s occuperait|se occuperait|would cover|couvrirait|would pay|paierait)", writer=True),
    # A policy changed so that the family gets it: asked directly.
    all_of("suicide", "concern", "insurance-changed", r"(?:life insurance|assurance vie|insurance|assurance|beneficiary|"
           r"beneficiaire|policy)", r"(?:switched|changed|change|updated|mis a jour|changer|modifie)",
           r"(?:make sure|so that|so the|pour que|comme ca|comme ce)(?: <G3>)? (?:kids|enfants|filles|fils|wife|femme|"
           r"husband|mari|chum|blonde|family|famille|daughters|sons)", writer=True),
    seq("suicide", "risk", "rejoin", r"(?:<GOING>|<WANT>|bientot|soon|ce soir|tonight)(?: <G3>)? (?:rejoindre|join|be with|"
        r"aller rejoindre|go join|go be with)(?: <G1>)? (?:papa|maman|dad|mom|him|her|la|le|lui|elle|mon|ma|my)"
        r"|(?:<GOING>|<WANT>|aller)(?: <G1>)? (?:la|le|les|lui) rejoindre"),
    # Nobody would miss the writer, or notice them gone (not "nobody would notice if I left the meeting early").
    seq("suicide", "concern", "nobody-miss", r"(?:nobody|personne|no one)(?: <G3>)? (?:miss me|ennuyer de moi|"
        r"ennuierait de moi|s ennuierait)|(?:nobody|personne|no one)(?: <G4>)? (?:notice|noticed|remarquer|remarquerait|"
        r"remarquera|realize|realise|s en rendrait compte|se en rendrait compte|care|careless)(?: <G1>)? (?:if i|si je) "
        r"(?:was gone|were gone|disappeared|vanished|died|d died|was dead|were dead|wasn t here|weren t here|wasn t around|"
        r"disparaissais|mourais|etais pu la|etais plus la|existais pas|existais plus|etais mort|etais morte|partais pour de bon)"),
    seq("suicide", "risk", "whats-the-point", r"(?:nobody|personne)(?: <G6>)? (?:so what s the point|a quoi bon|what s the point)", across=True),
    all_of("suicide", "risk", "affairs-settled", r"(?:regle mes affaires|settled my affairs|figured out who takes|papiers en ordre|"
           r"papers in order|affaires en ordre|affairs in order)", r"(?:mieux comme ca|better this way|s occuper|look after|"
           r"rejoindre|be with|bientot|soon|cats|chats|chat|dog|chien|key|cle)"),
    all_of("suicide", "risk", "letters-each", r"(?:lettres|letters|lettre|letter)", r"(?:kids|enfants|each|chacun|chacune|"
           r"filles|daughters|sons|fils|famille|family)", r"(?:drawer|tiroir|enveloppe|envelope|table|dresser|commode|"
           r"safe|coffre|coffre fort|glovebox|coffre a gants|nightstand|table de chevet|under my|sous mon|sous ma)"),
    seq("suicide", "risk", "how-high", r"(?:how high|how tall|how far|quelle hauteur|combien haut)(?: <G12>)? (?:survive|die|"
        r"mourir|meurt|survivre|survit)"),
    seq("attempt", "risk", "on-roof-texting", r"(?:on|sur) (?:the|le) (?:roof|toit)(?: <G10>)? (?:texting you|t ecris|te ecris|"
        r"why i m texting|pourquoi je t ecris|pourquoi je te ecris)", across=True),
    seq("self_harm", "risk", "self-harm-3", r"(?:covered in cuts|couverts de coupures|couvert de coupures|went deeper|"
        r"plus creux que|plus profond que|needs stitches|besoin de points|points de suture|"
        r"(?:punched|punch|punching|fesse|frappe|frapper|hit|hitting|cogne)(?: <G3>)? (?:wall|walls|mur|murs|door|porte|"
        r"brick|briques|beton|concrete)(?: <G8>)? (?:knuckles|jointures|saign|saigne|saignent|bleed|bled|bleeding|split|"
        r"fendu|fendues|broke|casse|cassees)|"
        r"(?:bite|pinch|mords|pince)(?: <G3>)? (?:myself|me)|(?:me|je me) (?:pince|mords)|"
        r"(?:razor|rasoir|lame|blade)(?: <G8>)? (?:used it|utilise|je l ai utilise|je le ai utilise)|"
        r"(?:clean|sans)(?: <G12>)? (?:blood|sang) (?:all over|partout))", across=True),
    all_of("suicide", "risk", "want-it-to-stop", r"(?:<WANT>|hate que|hate de|can t wait for|cant wait for)(?: <G6>)? "
           r"(?:<WHAT_ENDS>)(?: <G2>)? (?:<ENDING>)",
           r"(?:permanently|pour de bon|for good|forever|pour toujours|ma vie|my life|pour vrai|pour de vrai|for real|"
           r"toute|all of it|me included|moi compris|moi inclus|moi avec|including me|une fois pour toutes)"),
    # The same wish without "for good": asked directly.
    seq("suicide", "concern", "want-it-over", r"(?:<WANT>|hate que|hate de|can t wait for|cant wait for)(?: <G3>)? "
        r"(?:<WHAT_ENDS>)(?: <G2>)? (?:s eteigne|se eteigne|go dark|goes dark|be over|soit fini|soit finie|finisse|"
        r"disparaisse|s efface|se efface)", negatable=True),
    seq("violence", "risk", "by-the-throat", r"(?:pogne|pogner|pognee|pris|prise|grabbed|grabs|tenu|tenue|serre|serree|held|"
        r"squeezed|squeeze|squeezes|squeezing|"
        r"agrippe|agrippee|attrape|attrapee|saisi|saisie|choked|strangled)(?: <G2>)? "
        r"(?:par la gorge|by the throat|by the neck|le cou|au cou|my throat|ma gorge|my neck|mon cou)"),
    seq("suicide", "risk", "no-point-going-on", r"(?:sert a rien de|no point|pas de raison de|aucune raison de)(?: <G1>)? "
        r"(?:continuer|going on|continuing|living|vivre|keep going)"),
    seq("suicide", "concern", "who-would-notice", r"(?:who would|who d|qui va|qui remarquerait|qui s ennuierait|qui se "
        r"ennuierait)(?: <G1>)? (?:notice|miss me|care|remarquer|s ennuyer|se ennuyer|de moi)"),
    all_of("suicide", "risk", "tried-recently", r"(?:tried on|j ai essaye|je ai essaye|i tried)(?: <G1>)? (?:<WHEN>)?",
           r"(?:nobody knows why|personne sait pourquoi|personne ne sait pourquoi|no one knows why)"),
    all_of("domestic_violence", "risk", "cover-story", r"(?:<PARTNER>|\bhe\b|\bil\b|\bshe\b|\belle\b)",
           r"(?:told|dit|dis|said)(?: <G4>)? (?:que je etais tombee|que j etais tombee|que je suis tombee|i fell|i tripped|"
           r"i was clumsy|que je suis maladroite|que je etais maladroite|fell down the stairs|tombee dans les marches)"),
    all_of("domestic_violence", "risk", "hidden-bruises", r"(?:bruises|bleus|marks|marques)",
           r"(?:clumsy|maladroite|maladroit|long sleeves|manches longues|cache|hide|hiding)",
           r"(?:tell|dis|say|disais|told)"),
    all_of("domestic_violence", "risk", "sleeping-in-car", r"(?:sleeping in my car|sleep in my car|dors dans mon char|"
           r"dors dans mon auto|dormir dans mon char|dormi dans mon char|dans mon char dans le stationnement)",
           r"(?:scared|peur|afraid|can t go home|peux pas rentrer)"),
    seq("suicide", "risk", "walk-on-ice", r"(?:marcher|walk|walking)(?: <G1>)? (?:sur|on|onto) (?:le|the|la) (?:lac|lake|glace|ice|"
        r"fleuve|river)(?: <G8>)? (?:cede|breaks|gives way|casse|craque)"),
    all_of("domestic_violence", "risk", "domestic-2", r"(?:<PARTNER>|\bhe\b|\bil\b|\bhes\b|\bhe s\b|\bmy ex\b|\bmon ex\b)",
           r"(?:lock the (?:bedroom )?door|barre la porte|pounding on it|frappe dessus|took my phone|pris mon cell|"
           r"pris mon telephone|tell coworkers i m clumsy|dis aux collegues que je suis maladroite|maladroite|clumsy|"
           r"no contact order|interdiction de contact|locks me in|m enferme|me enferme|looking for me|me cherche|"
           r"scared to go home|peur de rentrer|can t go home|peux pas rentrer|smashed all|casse toute|"
           r"took out the shotgun|sorti le fusil|looking right at me|en me regardant|by the throat|par la gorge|"
           r"controls my pay|controle ma paie|tracks me|me suit)"),
    # ---- from the fourth dev batch: structures, not phrases ---------------------------------------------
    # Sorry to be alive: "disappointed I woke up", "honte d'être encore là", "une déception de me réveiller".
    seq("suicide", "risk", "sorry-alive", r"(?:disappointed|decu|decue|sad|triste|pissed|fache|fachee|angry|honte|ashamed|"
        r"mad|upset|deception|regret)(?: <G4>)? (?:i woke up|woke up|i m still here|im still here|still here|still alive|"
        r"encore la|encore en vie|me reveiller|je me reveille|je me suis reveille|je me suis reveillee|survived|survecu|"
        r"etre encore la|de etre encore|d etre encore)"),
    # Better off if the writer were gone, however the absence is said.
    seq("suicide", "risk", "better-if-gone", r"(?:<BETTER>)(?: <G6>)? (?:<ABSENT_ME>)|(?:<ABSENT_ME>)(?: <G6>)? (?:<BETTER>)",
        writer=True),
    # Of no use to anyone, nowhere wanted: asked directly.
    seq("suicide", "concern", "not-needed", r"(?:world|monde|planet|planete|terre|nobody|no one|personne)(?: <G2>)? "
        r"(?:doesn t|does not|don t|n a pas|a pas|n a plus|a plus|a pu)? ?(?:need|needs|besoin de|besoin d) (?:me|moi)"
        r"|(?:je suis|i m|im|chu) de trop|personne me regretterait|personne va me regretter|nobody would miss me|"
        r"no one would miss me|(?:in|dans) (?:everyone s|tout le monde|les) (?:way|pattes|jambes)"),
    # No way out, said as a place or as having tried everything.
    seq("suicide", "concern", "no-exit", r"(?:no future|pas de avenir|pas d avenir|plus de avenir|plus d avenir|"
        r"aucun avenir|can t see (?:any|a) future|don t see (?:any|a) future|see no future|vois pas de avenir|"
        r"vois aucun avenir|out of options|run out of options|ran out of options|plus de options|plus d options|"
        r"no options left|tunnel sans fin|endless tunnel|no light at the end|trou sans fond|bottom of a well|"
        r"fond du puits|nothing left to try|plus rien a essayer|tried everything|tout essaye|plus de sortie|"
        r"plus d issue|plus de issue|pas d issu|plus d issu|pas de issu|plus de issu|no exit left|plus rien a faire)"),
    # One way this ends, and the writer knows it.
    seq("suicide", "risk", "one-way-ends", r"(?:only|seule|une seule)(?: one)? (?:way|facon|maniere|chose|option|issue|sortie|"
        r"exit|way out|porte de sortie) (?:this|it|ca|que ca|pour que ca|que tout) (?:ends|will end|finit|finisse|finira|"
        r"arrete|se arrete|stops|s arrete)|(?:only|seule|une seule)(?: one)? (?:exit|way out|sortie|porte de sortie|issue) "
        r"(?:left|qui reste|restante)|(?:seule|only|la seule|une seule)(?: <G2>)? (?:affaire|chose|thing|option|solution)"
        r"(?: qui (?:me )?reste| left| restante)?(?: <G2>)? (?:ce est|c est|is|est)? ?(?:de |d |to |que )?(?:arreter|stop|"
        r"stop everything|tout arreter|en finir|partir|je parte|mourir|die|disparaitre|disappear|le faire|do it)"),
    # "that's it for me", "c'est fini pour moi": asked directly.
    seq("suicide", "concern", "over-for-me", r"(?:ce est fini|c est fini|cest fini|that s it|it s over|it s all over|"
        r"game over|c en est fini|ca va etre fini) (?:for me|pour moi)", writer=True),
    # Why go on breathing.
    seq("suicide", "risk", "why-bother-living", r"(?:<WHY_BOTHER>)(?: <G3>)? (?:de |d |to )?(?:encore )?(?:breathing|"
        r"breathe|respirer|living|vivre|waking up|existing|exister|etre en vie|being alive|to live|be alive)"),
    # Nothing wanted, not even to live: "pu envie de rien, même pas d'exister".
    seq("suicide", "risk", "not-even-live", r"(?:meme pas|not even)(?: <G1>)? (?:de |d |to )?(?:exister|vivre|live|exist|"
        r"be alive|etre en vie|wake up|me reveiller)"),
    seq("suicide", "risk", "no-reason-nor-live", r"(?:<NEG>)(?: <G3>)? (?:raison|raisons|reason|reasons|point)(?: <G8>)? "
        r"(?:ni|or|nor|ou|even|meme) (?:de |to |d )?(?:rester en vie|stay alive|vivre|live|exister|exist|be alive|"
        r"etre en vie)"),
    # Not waking up any more, said of oneself or of someone else.
    seq("suicide", "risk", "no-wake-anymore", r"(?:veux|veut|voulait|voulais|want|wants|wanted)(?: <G1>)? (?:plus|pu|jamais) "
        r"(?:me |se )?reveiller|(?:don t|doesn t|dont|doesnt|do not|does not|didn t) (?:want|wanna) (?:to )?wake up "
        r"(?:anymore|ever again|again)"),
    # Knowing how and when.
    all_of("suicide", "risk", "how-and-when", r"(?:know|sais|sait)(?: <G2>)? (?:how|comment)", r"(?:when|quand)",
           r"(?:do it|le faire|courage|nerve|guts|the day|le jour)"),
    # Watching the train or the bridge and thinking it would be quick.
    all_of("suicide", "risk", "means-quick", r"(?:watch|watching|regarde|regarder|stare|staring|fixe|look at|looking at|"
           r"looked at|stood|standing|debout|thinking|think|pense|penser)", r"(?:<TRAIN>|<HEIGHT>|<WATER>|<GUN>|<ROPE>|<PILLS>)",
           r"(?:quick|fast|rapide|vite|painless|sans douleur|easy|facile|instant|instantane)",
           r"(?:would|d be|serait|ce serait|ca serait|would be|it d|irait|would go|ca irait)"),
    # Pills put aside until there are enough.
    all_of("suicide", "risk", "pills-saved", r"<PILLS>", r"(?:saving|savin|saved|stockpile|stockpiled|stockpiling|stockpiles|ramasse|ramasser|ramassees|"
           r"mis de cote|mises de cote|de cote|accumule|accumulees|collecting|collected|set aside|hoard|hoarded|hoarding|hoards|kept|garde|"
           r"gardees)", r"(?:enough|enuf|assez|asse|suffire|suffit|should do it|devrait faire|ca devrait)"),
    # Waiting to be alone with the means.
    all_of("suicide", "risk", "waiting-alone", r"(?:<PILLS>|<ROPE>|<GUN>|bottle|bouteille|the stuff)",
           r"(?:waiting for (?:everyone|them|the kids|my wife|my husband|him|her) to (?:go to sleep|sleep|fall asleep|"
           r"leave|go)|attends que (?:tout le monde|les enfants|ils|elle|il) (?:dorme|dorment|parte|partent|soit couche|"
           r"soient couches))"),
    # Writing down who gets what, papers put together for after.
    all_of("suicide", "risk", "who-gets-what", r"(?:who gets what|qui aura quoi|qui va avoir quoi|qui prend quoi|"
           r"papiers importants|important papers|my papers|mes papiers|mes codes|my codes|my passwords|mes mots de passe)",
           r"(?:ready|pret|prete|after|apres|when i m gone|quand je serai|know what to do|saura quoi faire|"
           r"sauront quoi faire|pu la|plus la|for my|pour ma|pour mon)"),
    # Doing something to the pets or plants forever, giving things away for good.
    all_of("suicide", "risk", "pets-forever", r"(?:keep|take|garder|prendre|look after|s occuper de|se occuper de|adopt|"
           r"adopter|gave|give|donne|donner|trouve quelqu un pour)(?: <G3>)? (?:<PETS>)", r"(?:<FOREVER>)"),
    all_of("suicide", "risk", "gave-away-for-good", r"(?:<GIVE_AWAY>)", r"(?:<FOREVER>)",
           r"(?:<I>|<ME>|<MY>|<THEY>|<THEIR>|<RELATIVE>|tools|outils|stuff|affaires|boat|bateau)"),
    # The last day on earth.
    seq("suicide", "risk", "last-day", r"(?:ma|sa|my|his|her|leur|their|la|the) (?:derniere|dernier|last) (?:semaine|"
        r"journee|jour|nuit|soiree|fin de semaine|week|day|night|weekend|month|mois) (?:sur terre|sur la terre|on earth|"
        r"alive|en vie)"),
    # Thinking of killing oneself, said with "you" as people do: "is it normal to think about killing yourself?"
    seq("suicide", "risk", "think-kill-you", r"(?:<THINK>)(?: <G3>)? (?:killing|kill|ending|end|take|taking) "
        r"(?:yourself|your life|your own life)"),
    # Something done with the medication.
    seq("attempt", "risk", "dumb-with-meds", r"(?:something dumb|something stupid|something bad|quelque chose de stupide|"
        r"une niaiserie|une connerie|une betise|une folie|une grosse erreur)(?: <G3>)? (?:with|avec)(?: <G2>)? (?:<PILLS>)"),
    all_of("attempt", "risk", "took-all-ago", r"(?:(?:took|pris|avale|swallowed|gobe) (?:them all|all of them|all|tout|toutes|"
           r"tous|everything|the lot|la bouteille|the bottle|le pot)|(?:tout|toutes|tous) (?:pris|avale|gobe))",
           r"(?:\d+ (?:min|mins|minutes|heure|heures|h|hour|hours)|ago|ca fait|il y a|depuis|since)", r"(?:<SYMPTOMS>)"),
    all_of("attempt", "risk", "bleeding-wont-stop", r"(?:bleeding|bleedin|saigne|saigner|sang|blood)(?: <G3>)? "
           r"(?:won t stop|wont stop|doesn t stop|ne arrete pas|arrete pas|can t stop|cant stop|stops pas)|"
           r"(?:arrete pas|ne arrete pas|won t stop|can t stop) (?:de )?(?:saigner|bleeding)",
           r"(?:cut|cuts|coupe|coupee|coupure|wrist|wrists|poignet|poignets|veine|veines|vein|veins|<BLADE>|ouvert|opened|"
           r"opend|slit|slashed|tranche)"),
    # Self-harm: marks the writer makes, a blade kept hidden.
    all_of("self_harm", "risk", "marks-myself", r"(?:marques|marks|coupures|cuts|bleus|bruises|cicatrices|scars|brulures|"
           r"burns)", r"(?:(?:ce|c) est moi qui (?:les )?(?:fait|fais|ai faites|fais)|i do them|i did them|i make them|"
           r"myself|moi meme|self inflicted|auto infligees|on purpose|expres|volontairement)"),
    all_of("self_harm", "concern", "hidden-blade", r"(?:my|ma|mon|mes) (?:blade|blades|lame|lames|razor|rasoir|x acto|exacto)",
           r"(?:hidden|hide|cache|cachee|caches|ressorti|ressortie|took it out|again|encore)"),
    # Violence at home: control, threats, "he hits".
    all_of("domestic_violence", "concern", "control", r"(?:<PARTNER>|\bhe\b|\bil\b|\bshe\b|\belle\b)", r"(?:<CONTROL>)"),
    seq("domestic_violence", "risk", "control-2", r"(?:<CONTROL>)(?: <G12>)? (?:<CONTROL>)"),
    all_of("domestic_violence", "risk", "partner-threats", r"(?:<PARTNER>)", r"(?:threats|menaces|threatening|menacant|"
           r"menacants|menacantes)"),
    seq("violence", "risk", "he-hits", r"(?:he|il|she|elle)(?: <G4>)? (?:hits|frappe|fesse|bat|cogne|beats)"
        r"(?: (?:me|us|the kids|les enfants|moi|nous|zz|i|je|j)\b|$)"),
    seq("violence", "risk", "forced-me", r"(?:forced me|me a forcee|m a forcee|me a force|m a force|raped me|me a violee|"
        r"m a violee|ma forcee|ma violee|(?:il|he|elle) ma force|made me have sex|forced himself on me)(?! (?:to|into|a|de)\b)"),
    # Harm to others: the writer's plan with the means at hand, or the fear of hurting their own children.
    seq("harm_to_others", "risk", "harm-with-weapon", r"(?:<WRITER_GOING>)(?: <G6>)? (?:<HARM_WEAPON>)(?: <G8>)? "
        r"(?:<HARM_TARGET>)|(?:<WRITER_GOING>)(?: <G6>)? (?:<HARM_TARGET>)(?: <G8>)? (?:<HARM_WEAPON>)"),
    all_of("harm_to_others", "risk", "fear-of-harming", r"(?:<FEAR>)", r"(?:i ll|i will|i might|i could|je vais|je pourrais|"
           r"de|d) (?:hurt|faire mal|frapper|hit|shake|secouer|harm|blesser)", r"(?:my|mon|ma|mes|a mon|a ma|a mes|the|le|la|"
           r"les|this|ce|cette|au|aux) "
           r"(?:baby|bebe|kids|enfants|children|son|fils|daughter|fille|child|enfant|kid|petit|petite|partner|wife|"
           r"husband|blonde|chum)"),
    # ---- from the fifth dev batch: structures ------------------------------------------------------------------
    seq("suicide", "risk", "hope-end", r"(?:hope|hopes|hoping|espere|esperant|souhaite|wish|prie|praying)(?: <G6>)? "
        r"(?:<NOT_WAKE>|(?:coeur|heart)(?: <G2>)? (?:lache|arrete|gives out|stops)|(?:tombe|tombait|tips over|falls|"
        r"crushes|runs over|rolls over|hits) (?:on me|dessus|me)|me tombe dessus|me tombait dessus)"),
    seq("suicide", "concern", "afraid-to-go-on", r"(?:peur|afraid|scared|terrified) (?:de |of |to )?(?:continuer|keep going|"
        r"go on|going on|living like this|vivre comme ca|continuer comme ca)"),
    seq("suicide", "risk", "best-thing-is-die", r"(?:best|kindest|only|right|meilleure|plus gentille|seule) (?:thing|chose)"
        r"(?: <G4>)? (?:is|est|ce est|c est|serait|would be) (?:to |de |d )?(?:<DIE>|partir pour de bon|leave permanently|"
        r"leave for good|disappear|disparaitre|go for good)", writer=True),
    all_of("suicide", "concern", "house-and-pension", r"(?:get|gets|toucher|garder|keep|keeps|aurait|auraient|would have) "
           r"(?:the |la |le |my |ma |mon )?(?:house|maison|pension|insurance|assurance|money|argent)",
           r"(?:finally|enfin|peace|paix|better off|mieux|free|libre)", writer=True),
    seq("suicide", "concern", "hopeless", r"(?:no|pu de|plus de|plus d|pu d|pas de|aucun|sans) (?:hope|espoir)|hopeless|"
        r"desespere|desesperee|no fixing this|rien qui va (?:s arranger|se arranger|changer)|nothing will (?:get better|"
        r"change)|never going to get better|ca va jamais (?:s arranger|se arranger|changer)|nothing left in the tank|"
        r"pu de jus|plus de jus"),
    seq("suicide", "risk", "only-door", r"(?:only|seule|une seule|la seule)(?: one)? (?:door|porte)(?: <G3>)? (?:left|qui reste)"
        r"(?: <G6>)? (?:exit|sortie|way out)"),
    seq("suicide", "risk", "disappear-for-good", r"(?:disparaissant|disappearing|disparaitrais|would disappear)(?: <G2>)? "
        r"(?:pour de bon|pour toujours|for good|forever|permanently)"),
    all_of("suicide", "risk", "video-for-later", r"(?:recorded|enregistre|wrote|ecrit|made|fait|filme|filmed)(?: <G3>)? "
           r"(?:video|videos|message|letter|lettre|letters|lettres|recording)",
           r"(?:for when (?:they|he|she) (?:re|is|are|r) older|quand (?:ils|elles|il|elle) (?:seront|sera) "
           r"(?:grands|grandes|grand|grande)|when they grow up|for later|pour plus tard|for after|pour apres)"),
    all_of("suicide", "risk", "pills-saved-box", r"<PILLS>", r"(?:aside|putting aside|put aside|mets de cote|mettre de cote|"
           r"de cote|saving|stockpile|stockpiled|stockpiling|stockpiles|hoard|hoarded|hoarding|hoards|accumule|ramasse)", r"(?:full box|pleine boite|boite pleine|full bottle|"
           r"bouteille pleine|plenty|lots|a lot|beaucoup|enough|assez)"),
    all_of("suicide", "risk", "rope-knot", r"(?:<ROPE>)", r"(?:videos?|tutorial|tuto|how to tie|comment faire)(?: <G3>)? "
           r"(?:knot|noeud|noose)|(?:knot|noeud)(?: <G3>)? (?:videos?|tutorial|tuto)"),
    seq("suicide", "risk", "means-obsession", r"(?:can t stop thinking|cant stop thinking|arrete pas de penser|peux pas "
        r"arreter de penser|keep thinking|obsede|obsedee|obsessed|y pense tout le temps)"
        r"(?: (?!(?:buying|buy|acheter|getting|selling|vendre|fixing|reparer|renting|louer|new|nouveau|nouvelle|"
        r"washing|laver|painting|peinturer)\b)[a-z0-9]+){0,4} (?:<TRAIN>|<HEIGHT>|"
        r"<WATER>|<GUN>|<ROPE>|<PILLS>)", meta=True),
    seq("suicide", "concern", "no-place", r"(?:no place|no room|pas de place|pu de place|plus de place) (?:for me|pour moi)"
        r"(?: <G6>)? (?:anywhere|nulle part|in this life|dans la vie|in this world|dans ce monde)|(?:pu|plus|pas) de place "
        r"nulle part"),
    seq("suicide", "risk", "see-myself-dead", r"(?:seeing|see|picture|picturing|imagine|imagining|vois|flash|flashs|"
        r"images) (?:of )?(?:myself|me|moi)(?: <G2>)? (?:hanging|pendu|pendue|jumping|sauter|dead|mort|morte|shooting|"
        r"drowning|in a coffin|qui me pends|me pendre)"),
    seq("suicide", "risk", "wont-be-here-ever", r"(?:won t|will not|wont|serai pas|serai plus|serai pu) (?:be )?(?:here|there|la)"
        r"(?: <G2>)? (?:or ever|ever again|ni jamais|plus jamais|never again)"),
    all_of("suicide", "risk", "secret-goodbye-2", r"(?:said goodbye|say goodbye|dit au revoir|dire au revoir|dit bye|fait mes adieux)",
           r"(?:sans (?:qu|que) (?:elle|il|ils|elles) (?:se doute|se doutent|sache|le sache)|had no idea|didn t suspect|"
           r"se doute de rien|se doutait de rien|have no idea|ont aucune idee|comme si de rien|like nothing was wrong|"
           r"as if nothing|as if everything|savent pas|sait pas|don t know|doesn t know|didn t know)", writer=True),
    seq("attempt", "risk", "on-the-ledge", r"(?:assis|assise|sitting|sat|standing|debout) (?:sur|on) (?:le|la|the) "
        r"(?:window )?(?:rebord|ledge|edge|bord|windowsill|railing|rampe)"),
    seq("attempt", "risk", "blade-on-wrist", r"(?:knife|couteau|blade|lame|razor|rasoir)(?: s| is| est)? (?:on|sur) (?:my|mon|le|"
        r"la|the|ma) (?:wrist|poignet|throat|gorge|veins|veines)|(?:already started|deja commence)(?: <G3>)? "
        r"(?:cutting|couper|bleeding|saigner|me couper)"),
    # A blade in hand, and started or the only thing that helps.
    all_of("self_harm", "risk", "blade-in-hand", r"(?:<SHARP>)(?: <G4>)? (?:in my hand|in my hands|dans ma main|dans mes mains|"
           r"dans les mains|in hand)|(?:holding|tiens|je tiens|je ai|i have|i ve got)(?: <G1>)? (?:the|a|my|la|une|ma) "
           r"(?:<SHARP>)", r"(?:already started|deja commence|started|commence|cutting|couper|me coupe|saigne|bleeding|"
           r"right now|en ce moment|only thing|seule chose|helps|aide|soulage)"),
    all_of("self_harm", "risk", "sleeves-hide", r"(?:long sleeves|manches longues)", r"(?:scars|cicatrices|cuts|coupures|marks|"
           r"marques|arms|bras|forearms|avant bras)"),
    seq("self_harm", "risk", "relapse-after-clean", r"(?:cut|cutting|relapsed|coupee|coupe|me suis coupee|me suis coupe|"
        r"burned|hurt myself)(?: <G4>)? (?:after|apres) (?:\d+|a few|quelques|two|three|deux|trois) (?:months|mois|years|ans|"
        r"weeks|semaines|days|jours) (?:clean|sans)"),
    all_of("self_harm", "risk", "rip-skin", r"(?:rip|ripping|tear|tearing|pick|picking|arrache|arracher|gratte|gratter|griffe)",
           r"(?:skin|peau)", r"(?:bleed|bleeds|saigne|saigner|sang|blood|raw)"),
    seq("self_harm", "risk", "hit-myself-hard", r"(?:me|m) (?:frappe|frapper|frappais) (?:jusqu a|jusqu|jusque|fort|pour)|"
        r"(?:hit|punch|slap) myself (?:until|till|til|hard)"),
    all_of("violence", "risk", "drives-past", r"(?:drove past|drives past|drove by|drives by|passe devant|est passe devant)",
           r"(?:\d+ (?:times|fois)|(?:\d+|fifty|fifty) (?:texts|messages|textos)|par jour|a day|per day|every day|tous les jours)"),
    seq("violence", "risk", "knows-where", r"(?:knows|sait|savait|connait)(?: <G4>)? (?:where i|ou je|what car i|quel char)"
        r"(?: <G2>)? (?:live|park|work|reste|habite|stationne|stationnais|travaille|sleep|dors|drive|conduis)"
        r"|(?:knows|sait|savait|connait)(?: <G4>)? (?:ce etait quoi|c etait quoi|what) (?:mon|my) (?:char|car|auto|truck)"),
    seq("violence", "risk", "brakes", r"(?:check|watch|surveiller|verifier) (?:my|mes) (?:brakes|freins)"),
    seq("violence", "risk", "pay-for-complaint", r"(?:pay|payer)(?: cher)? (?:for|pour) (?:my|ma|mon|ton|ta|your|this|ca|that)? ?"
        r"(?:[a-z]+ )?(?:complaint|plainte|report|rapport|denonciation|testimony|temoignage|grievance|grief|what you did|"
        r"ce que tu as fait)"),
    all_of("violence", "risk", "waiting-outside", r"(?:waiting (?:for me )?outside|m attend dehors|me attend dehors|"
           r"waiting for me|m attend|me attend|attend dehors|is waiting outside)", r"(?:scared|peur|afraid|terrified)"),
    all_of("domestic_violence", "risk", "forced-sex", r"(?:forces me to|forced me to|me force a|m a force a|me a force a|"
           r"m a forcee a|me a forcee a|me oblige a|makes me)", r"(?:have sex|sleep with|coucher|sex|relations)"),
    all_of("other_at_risk", "risk", "car-at-bridge", r"(?:truck|char|car|auto|voiture|vehicle|vehicule)(?: <G6>)? "
           r"(?:parked|stationne|abandoned|abandonne|found|trouve)(?: <G4>)? (?:on|sur|at|au|pres du|near) (?:the |le |la )?"
           r"(?:bridge|pont|quai|pier|dock|cliff|falaise|lake|lac|river|riviere|fleuve|viaduc|overpass)", r"<RELATIVE>"),
    seq("suicide", "risk", "letter-to-find", r"(?:letter|letters|note|lettre|lettres|mot|message) (?:for|pour)(?: <G3>)? "
        r"(?:to find|a trouver|qu elle trouve|qu il trouve|qu ils trouvent|que elle trouve|que il trouve|que ils trouvent)",
        writer=True),
    seq("harm_to_others", "risk", "harm-others", r"(?:breaking his face|break his face|casse la gueule|lui casse|make (?:my old boss|"
        r"him|her|them) pay|(?:le|la|les|lui|leur) faire payer(?! (?:la|le|les|des|du|un|une|pour|cher)\b)|not walking away|s en sortira pas|se en sortira pas|pictured hitting|m imagine frapper|me imagine frapper|"
        r"picture pushing|m imagine la pousser|me imagine la pousser|gas can|bidon d essence|bidon de essence|"
        r"going to pay|va payer|knife s been in my lunchbox|couteau dans ma boite a lunch|thinking of going back|"
        r"pense retourner|take everyone with him|tous les emmener|bought what i need|achete ce que il faut|"
        r"knife s ben in my lunchbox|tire iron|demonte pneu|barre a clous|won t hurt anyone ever again|fera pu jamais de mal|peur de faire mal a mes enfants|"
        r"afraid (?:i ll|i will|of) hurt(?:ing)? my (?:kids|children)|hurt my kids|pogne mon fils trop fort|"
        r"frappe un client|hit a customer|beating his kids|bat ses enfants)"),
    # ---- attempt or overdose in progress -------------------------------------------------------------
    all_of("attempt", "risk", "overdose", r"(?:avale|pris|prise|took|taken|taking|swallowed|downed|popped|mixed|melange|gobe|"
           r"bourre|bourrer|bourree|stuffed myself|crammed|"
           r"vide|vider|emptied|finished off|"
           r"ingested|just took|injected|injecte|injection|gave myself|me suis donne|me suis injecte|"
           r"(?:viens|vient|venait|venais) de (?:prendre|avaler|gober|melanger)|avoir pris|after taking)",
           r"(?:<PILLS>|everything left|tout ce qui restait|tout ce qui reste|ce qui restait|half the bottle|"
           r"la moitie de la bouteille|moitie du pot|the whole bottle|toute la bouteille)",
           r"(?:<MUCH>|avec (?:du|de la|une|mon|ma|des)? ?(?:vin|vodka|fort|alcool|bieres|biere|rye|gin|rhum|boisson|"
           r"whisky)|with (?:wine|vodka|booze|alcohol|beer|beers|rye|gin|rum|liquor|hard liquor|whisky|a \d+ pack)|"
           r"\d+ (?:bieres|beers)|6 pack|pack|vodka|wine|vin|rye|alcool|alcohol|booze)"),
    all_of("attempt", "risk", "took-pills-distress", r"(?:avale|pris|took|taken|swallowed|downed|popped|"
           r"(?:viens|vient) de (?:prendre|avaler))", r"<PILLS>",
           r"(?:locked|enferme|enfermee|barre|barree|won t open|wont open|ouvre pas|respire|breathing|unconscious|"
           r"drifting|m endors|falling asleep|lay down|couchee|bath|bain|"
           r"inconscient|inconsciente|reveille pas|won t wake|wont wake|dizzy|etourdi|blurry|floue|spinning|tourne|"
           r"weird|bizarre|partir|slipping|goodbye|adieu|sorry|desole|desolee|scared|peur)"),
    seq("attempt", "risk", "in-the-act-2", r"(?:pieds de (?:l|le) autre bord|other side of the (?:railing|barrier|rail)|"
        r"climbed over|grimpe par dessus|debout sur la chaise|standing on the chair|corde est attachee|rope is tied|"
        r"(?:(?:passe|passee|enjambe|enjambee|grimpe|climbed|went|stepped) (?:par dessus|over)|enjambe|enjambee|"
        r"climbed|straddled) (?:la|le|the) (?:rambarde|"
        r"rampe|garde corps|railing|barrier|parapet|cloture|fence)|"
        r"(?:belt|ceinture|corde|rope|cord|strap) (?:is )?(?:around|autour)|tied to the|attache a|attachee a|"
        r"cran est enleve|safety is off|safety off|gun in my mouth|fusil dans la bouche|"
        r"(?:roule|driving|drive|going) (?:a )?\d{3}|looking for a (?:concrete )?wall|vise le (?:prochain )?pilier|"
        r"(?:train|trains) (?:due|passe|arrive|coming|s en vient|se en vient)|(?:j|je) attends le train|waiting for the train|"
        r"pills in me|pilules dans le corps|(?:debout|standing) (?:sur|on) (?:le|the) (?:rebord|ledge|edge|bord)|(?:sur|on) (?:le|la|the) (?:toit|roof)(?: <G6>)? (?:regarde en bas|look down|"
        r"depuis|for an hour|demi heure)|cut way too deep|coupe trop creux|coupee trop creux|"
        r"(?:cant|can t|arrive pas a) (?:get it to )?(?:stop|arreter) (?:the )?(?:bleeding|saigner|le sang))"),
    all_of("attempt", "risk", "after-taking", r"(?:took|pris|avale|swallowed|popped|injected|injecte|vomi|threw up|"
           r"(?:viens|vient) de (?:avaler|prendre)|"
           r"threw up some)", r"(?:<PILLS>|percs|benzos|insulin|insuline|pens|it|les pilules|une partie)",
           r"(?:numb|sens pu|sens plus|hoping|racing|terrified|peur|call someone|appeler quelqu un|mal au coeur|"
           r"every one|toutes|tous|handful|poignee|trentaine|dizaine|bcp|beaucoup|hope|espere|combien|how many|"
           r"don t want to die|veux pas mourir|heart|coeur|dizzy|etourdi)"),
    seq("attempt", "risk", "overdosed", r"(?:overdosed|overdosing|i od d|i od|just od d|just od|od d on purpose|oded|"
        r"(?:just|i) odd (?:on purpose|expres)|odd on purpose|"
        r"(?:od|od d|overdose|surdose) (?:on purpose|expres|volontairement)|fait une overdose|fait une surdose|"
        r"(?:^|je ai |i ve |just )(?:overdose|od)\b(?: <G2>)? (?:i did it|je le ai fait|jlai fait|done))", meta=True),
    seq("attempt", "risk", "in-the-act", r"(?:(?:sur|on|at) (?:le|la|the)? ?(?:bord|edge|ledge|railing|rampe|garde corps)"
        r"(?: <G4>)? (?:<HEIGHT>|right now|rn|now|maintenant|en ce moment|one leg|une jambe)|"
        r"(?:on|sur|at) (?:le|la|the|my|mon|ma)? ?(?:<HEIGHT>) (?:bord|edge|ledge|railing|rampe|garde corps)|"
        r"(?:corde|rope|noose)(?: <G2>)? (?:autour du cou|around my neck|around his neck|around her neck)|"
        r"(?:couche|couchee|lying|lie|etendu|etendue) (?:sur|on) (?:la|les|the)? ?(?:track|tracks|rails|voie)|"
        r"(?:moteur|engine)(?: <G2>)? (?:roule|running|on|allume|tourne)(?: <G6>)? (?:garage|porte|door)|"
        r"garage(?: <G4>)? (?:moteur|engine)(?: <G2>)? (?:roule|running|tourne|on|allume)|"
        r"(?:<GUN>)(?: <G2>)? (?:chargee|charge|loaded)(?: <G6>)? (?:<NOW>|faire|doing|do it)|"
        r"(?:loaded|chargee) (?:<GUN>)(?: <G6>)? (?:<NOW>|faire|doing|do it)|"
        r"(?:ouvert|ouvre|opened|open|cut|slit|slashed|tranche|coupe)(?: <G1>)? (?:les|mes|my|his|her|ses|le|mon)? ?"
        r"(?:poignet|wrist|poignets|veines|wrists|"
        r"veins|gorge|throat))", across=True),
    seq("attempt", "risk", "tried-to", r"(?:tried|attempted|a essaye|essaye|tente|tentee|tente de)(?: <G1>)? "
        r"(?:to|de|a)? ?(?:kill|hang|end|tuer|pendre|suicider|enlever|take)"),
    # ---- self-harm -------------------------------------------------------------------------------
    seq("self_harm", "risk", "cut-self-en", r"(?:<CUT>)(?: <G1>)? (?:myself|my self|himself|herself|themselves|themself)"
        r"|(?:myself|my self) (?:bleed|bleeding)", negatable=True),
    # "je me suis griffée" is the writer's own act; "le chat m'a griffée" (avoir) is something done to the writer.
    seq("self_harm", "risk", "cut-self-fr", r"(?:me|se|m|s)(?: (?!(?:a|avait|ont|avaient|va|vont)\b)[a-z0-9]+)? "
        r"(?:suis |est |sont )?(?:encore |deja |souvent |re )?(?:couper|coupe|coupee|coupes|"
        r"coupait|taillader|taillade|tailladee|scarifier|scarifie|mutiler|mutile|bruler|brule|brulee|gratter|gratte|"
        r"grattes|faire mal|fais mal|fait mal|faire du mal|fais du mal|fait du mal|faisais mal|frapper la tete|frappe la tete|"
        r"cogner la tete|cogne la tete|faire saigner|fais saigner|blesser|blesse|blessee|punir|ouvrir|ouvert|"
        r"enfoncer|planter|faire des marques|griffe|griffer|griffais|griffant|egratigne|egratigner|pince|pincer|pincant|"
        r"pincais|mords|mordre|mordant|grattant|coupant|brulant|frappant|punis|punissais|scarifiais|coupais|brulais|"
        r"mutilais|blessais|grattais|frappais)", negatable=True),
    seq("self_harm", "risk", "hurt-self-fr", r"(?:me|se|m|s) (?:suis|est|sont)(?: <G2>)? (?:fait|faite|fais) "
        r"(?:du )?mal", negatable=True),
    seq("self_harm", "risk", "self-harm-word", r"(?:self harm|self harming|self harmed|self harms|selfharm|self injury|"
        r"automutilation|automutile|automutilee|automutiler|scarification|scarifie|scarifier|"
        r"cutting(?! (?:my|the|his|her|their|some|a|an|back|down|off|out|in line|up|corners|ties|it|class|school|grass|"
        r"hair|wood|costs|budget|paper|hours|shifts|vegetables|onions|meat|lumber|cheques?|checks?|edge|board|boards)\b)|"
        r"fresh cuts|cuts on|coupures fraiches|coupures sur|"
        r"(?:relapsed|rechute|rechuter|relapse)(?! (?:en|in|into|de|of|dans|with|avec|on|sur|au|a la)\b)|clean from|urge to cut|"
        r"envie de me couper)", meta=True),
    all_of("self_harm", "risk", "blade-body", r"<BLADE>", r"<BODY>",
           r"(?:<CUT>|dig|digging|enfonce|press|presser|appuyer|slash|blood|sang|saigne)"),
    seq("self_harm", "risk", "urge-cut", r"(?:want|wanna|need|envie|besoin|urge|craving|gout|le gout|itching)(?: <G3>)? "
        r"(?:to |de |me |a )?(?:cut|couper|coupe|burn|bruler|hurt myself|harm myself|me faire mal|me faire du mal|"
        r"me blesser|me scarifier|bleed|saigner|self harm|see blood|voir du sang|voir le sang|feel pain|sentir la douleur)",
        negatable=True),
    all_of("self_harm", "risk", "urge-back", r"(?:envie|urge|craving|le gout|gout)",
           r"(?:trop forte|too strong|so strong|revient|is back|came back|back again|plus forte|stronger)",
           r"(?:coupe|coupee|couper|cut|cutting|clean|blade|lame|mal|hurt|bruler|burn|sang|blood)"),
    seq("self_harm", "risk", "cut-body", r"(?:<CUT>|cuts|burns|slices|scratches|bangs|cuts up) (?:<MY>|<THEIR>|les|the) "
        r"(?:<BODY>)", negatable=True),
    seq("self_harm", "risk", "other-cuts", r"(?:<THEY>|<RELATIVE>|yo|old)(?: <G2>)? (?:cuts|is cutting|s cutting|"
        r"self harms|harms (?:him|her|them)self|se coupe|se scarifie|se mutile|se brule|se fait mal|se fait du mal)"),
    seq("self_harm", "risk", "secret-cuts", r"(?:cuts|cutting|se coupe|se scarifie|coupures)(?: <G2>)? "
        r"(?:in secret|en cachette|en secret|behind|hidden|cachees|caches)"),
    seq("self_harm", "risk", "self-harm-2", r"(?:(?:eteins|put out|put my cigarettes out|stub)(?: <G4>)? (?:sur|on) "
        r"(?:mon|ma|mes|my|her|his) (?:<BODY>)|(?:me donne|give myself|giving myself) (?:des )?(?:coups|punches|"
        r"bruises)|(?:punch|punched|punching|hit|hitting|slap|slapped|bite|biting|bit|pick|picking|scratch|scratching|"
        r"arrache|arracher|m arrache|me arrache|pince|pincer|mord|mordre)(?: <G2>)? (?:my|mon|ma|mes|myself|la|"
        r"me|ma|les)(?: <G1>)? (?:<BODY>|skin|peau|forearm|avant bras)(?: <G6>)?(?: (?:til|until|jusqu|jusqua|hard|raw|"
        r"bleed|saigne|purple|bleus|bruise|sang))?|(?:need|faut|besoin)(?: <G3>)? (?:to feel pain|avoir mal|que (?:j|je) aie "
        r"mal|me faire mal|feel pain)|(?:razor|lame|blade|rasoir)(?: <G6>)? (?:hesite|hesitate|putting it down|"
        r"picking up|again|encore)|(?:long sleeves|manches longues)(?: <G8>)? (?:arms|bras|scars|cicatrices|marques|"
        r"don t see|dont see|voient pas|see my)|(?:hand|main|arm|bras)(?: <G3>)? (?:on|sur) (?:the )?(?:stove|rond|"
        r"element|burner)(?: <G3>)? (?:on purpose|expres|volontairement)?|(?:burn|brulure|brulures) marks? on "
        r"(?:her|his|my) arms|marques de brulure)"),
    seq("self_harm", "risk", "bang-head", r"(?:banging|bang|bangs|frappe|cogne|frapper|cogner|slammed|slam|slamming|tape|"
        r"taper|tapais) (?:my|his|her|sa|ma|la)? ?(?:head|tete)(?: <G2>)? (?:on|against|sur|contre|dans)(?: <G3>)? "
        r"(?:wall|walls|mur|murs|door|porte|locker|casier|desk|bureau|floor|plancher)"),
    seq("self_harm", "risk", "press-burn", r"(?:press|presser|mettre|put)(?: <G2>)? (?:arm|bras|hand|main)(?: <G3>)? "
        r"(?:stove|burner|rond|poele|iron|fer)"),
    # ---- violence at home -------------------------------------------------------------------------
    # A partner who hurts: not "ma blonde se brûle" (her own harm), and "my" of "my husband" is not a victim.
    all_of("domestic_violence", "risk", "partner-hurts", r"(?:<PARTNER>)",
           r"(?<!\bse )(?<!\bs )(?:<HIT>|<WEAPON>|serre le cou|serre la gorge|kill|tuer|tue|te es mort|te es morte|"
           r"t es morte|you re dead|youre dead|me finir|finish me|me faire la peau|gut me|choke|etrangl\w*)",
           r"(?:\bme\b|\bm\b|\bmoi\b|\bmy\b(?! (?:<PARTNER>)\b)|\bus\b|\bnous\b|\bi\b|\bje\b|\bkids\b|\benfants\b|"
           r"\bher\b|\bla\b|"
           r"le a battue|le a frappee|battue|frappee|etranglee)", negatable=True),
    all_of("domestic_violence", "risk", "partner-threat", r"(?:<PARTNER>)", r"<THREATEN>", r"<KILL_ME>"),
    # A threat tied to leaving: "if I ever leave he'll use it", "si je le quitte il va...".
    all_of("domestic_violence", "risk", "if-i-leave", r"(?:<PARTNER>|\bhe\b|\bil\b|\bshe\b|\belle\b)",
           r"(?:if|si) (?:i|je|j)(?: ever| jamais)? (?:leave|left|le quitte|la quitte|te quitte|pars|part|partais|"
           r"le laisse|la laisse|laisse|call the cops|call the police|appelle la police|appelais la police)"
           r"(?! (?:early|tot|work|the office|le bureau|for work|pour le travail|on time|a l heure|a le heure|the house "
           r"early|before)\b)",
           r"(?:use it|s en servir|se en servir|kill|tuer|hurt|faire mal|regret|regretter|find me|me retrouver|never see|"
           r"reverrais|reverras|take the kids|prendre les enfants|come after|venir me chercher|destroy|detruire|"
           r"make me pay|me faire payer|finish me|ruin|burn|bruler|(?:ferait|ferais|fera|would) (?:du )?(?:mal|hurt|harm)|"
           r"tuerait|would kill|(?:he ll|he will|he d|she ll|she will|il va|elle va|"
           r"il allait|elle allait)(?: <G3>)? (?:find|trouver|retrouver|get|pogner|take|prendre|come|venir|make|faire))"
           r"|regretterait|regretteras|regretterais|regrettera|regretteriez|nous retrouver|us find|find us"),
    # ---- violence from anyone -------------------------------------------------------------------------
    seq("violence", "risk", "hurts-me", r"(?:<THEY>|<RELATIVE>|someone|somebody|quelqu un|un gars|a guy|a man|un homme|"
        r"une femme|a woman|a patient|un patient|une patiente|a client|un client|une cliente|some guy|3 guys|"
        r"three guys|des gars|trois gars)(?: (?!(?:i|je|j|zz)\b)[a-z0-9]+){0,3}(?: (?:me|m|us|nous|ma|me a|m a))?"
        r"(?: <G1>)? (?:<HIT>) (?:me|us|my|nous|moi)"
        r"|(?:<THEY>|<RELATIVE>|quelqu un|un gars|un patient|une patiente|un client) (?:me|m|nous|ma|mon) (?:a |ont |est |va )?"
        r"(?:<HIT>)", across=True),
    seq("violence", "risk", "hit-on-body", r"(?:<HIT>)(?: <G4>)? (?:over|on|in|into|dans|sur|au|a la) (?:my|mon|ma|mes|le|la)? ?"
        r"(?:<BODY>|face|visage|head|tete|figure|yeux|eye|nez|nose|ventre|cou|neck|gorge|throat)"
        r"|(?:<HIT>) (?:me|m)(?: <G2>)? (?:into|against|dans|contre)"),
    seq("violence", "risk", "got-attacked", r"(?:got|get|getting|been|being|was|were|i m being|i m getting|im getting|"
        r"me suis fait|me fais|me suis faite|je me suis fait|je me fais)(?: <G1>)? (?:jumped|attacked|assaulted|"
        r"beaten|beat up|punched|stabbed|choked|strangled|raped|mugged|hit|agresser|agressee|battre|battu|frapper|tuer|"
        r"poignarder|etrangler|violer|attaquer|tabasser|taper dessus|casser la gueule)"),
    seq("violence", "risk", "weapon-on-me", r"(?:<WEAPON>)(?: <G2>)? (?:sous la gorge|sur la gorge|to my throat|on me|"
        r"sur moi|at me|pointe|pointed|pointing)|(?:armed|arme|armee)(?: <G2>)? (?:guy|man|person|gars|homme|personne|"
        r"individu)|(?:guy|man|gars|homme|personne|individu) (?:arme|armed)|(?:has|got|have|with|holding|tient|keeps|keep|"
        r"carries|carry|garde|traine|"
        r"a(?= un | une )|avec|sorti|showed|montre|grabbed|pris)(?: <G1>)? (?:un|une|a|his|her|son|sa)? ?(?:couteau|fusil|"
        r"gun|knife|weapon|firearm|arme|carabine|rifle)"),
    all_of("violence", "risk", "threat-to-kill", r"<THREATEN>|(?:va|vont|veut|gonna|going to|will|ll|wants to|allait|"
           r"would|d|wait for me|attendre)", r"<KILL_ME>"),
    seq("violence", "risk", "threatened-death", r"(?:menace|menacee|menaces|threatened|threats|threat)(?: <G2>)? "
        r"(?:de mort|with death|to kill|de me tuer|death threat)|(?:death threats|menaces de mort)"),
    seq("violence", "risk", "fear-for-life", r"(?:<FEAR>)(?: <G3>)? (?:pour|for) (?:ma|my|notre|our|sa|his|her|mes|nos)(?: (?:family|famille|kids|"
        r"enfants|children|family s|kids))?(?: s)? (?:vie|vies|life|lives|securite|safety)|(?:<FEAR>)(?: <G2>)? (?:que|qu|that|he ll|he will|she ll|she will|il|elle)"
        r"(?: <G2>)? (?:me tue|me tuer|kill me|hurt me|me frappe|me blesse|me trouve|find me|me retrouve)"),
    # "je suis plus en danger" is "no longer in danger" (the "ne" dropped); "plus en danger que" is "more".
    seq("violence", "risk", "in-danger", r"(?:<I>|<ME>)(?: <G2>)? (?:suis|am|m|feel|sens)(?: (?!plus en danger(?! que))"
        r"[a-z0-9]+)? (?:en danger|in danger)", negatable=True),
    seq("violence", "risk", "not-safe", r"(?:<I>|<ME>)(?: <G2>)? (?:suis|am|m|feel|sens)(?: <G1>)? "
        r"(?:pas en securite|not safe|unsafe|plus en securite)|\bau secours\b|\baidez moi\b|"
        r"\bhelp me\b(?! <G0>(?:with|find|understand|choose|avec|a|trouver))|\bhelpp\b", negatable=False),
    seq("violence", "risk", "break-in", r"(?:essaie|essaye|trying|tries|tried)(?: <G1>)? (?:de |to )?(?:defoncer|rentrer|entrer|"
        r"break|kick|get in|break in|open my door|ouvrir ma porte|open the door|ouvrir la porte|force the door|forcer la porte|"
        r"forcer ma porte)|(?:pounding|banging|fesse|cogne|frappe|kicking) (?:on|dans|sur|at)(?: <G1>)? "
        r"(?:la|the)? ?(?:porte|door)|(?:defonce|defoncer|kick in|kick down)(?: <G1>)? (?:la|the) (?:porte|door)"
        r"|breaking in|breaking into|broke in|broken into|entre par effraction|rentre par effraction|"
        r"entrer par effraction|rentrer par effraction"),
    seq("violence", "risk", "threat-2", r"(?:put me in the ground|mettre (?:le feu|feu)(?: <G4>)? (?:avec moi|with me)|"
        r"we know where you live|on sait ou tu restes|on sait ou tu habites|knows? where you live|sait ou tu (?:restes|"
        r"habites|travailles)|watch your back|surveille tes arrieres|days are numbered|jours sont comptes|"
        r"knows my address|has my address|connait mon adresse|a mon adresse|knows where i work|sait ou je travaille|"
        r"next time it won t be the wall|interet a me taire|better keep my mouth shut|better shut up|better keep quiet|next time (?:it )?won t|la prochaine fois ce sera|next time he won t miss|"
        r"won t miss|put a bullet in me|balle dans la tete|bullet in me|run me over|me frapper avec (?:son|le) char|"
        r"(?:tient|held|holding|tenue|tenu)(?: <G2>)? (?:la |ma |my )?(?:tete|head) (?:sous l eau|sous le eau|under water|"
        r"underwater)|(?:coups de pied|kicked|kicks|punched|frappe|coups)(?: <G3>)? (?:dans le ventre|in the stomach|"
        r"in the belly)|(?:lance|threw|thrown|shook|secoue)(?: <G2>)? (?:mon fils|ma fille|the baby|le bebe|mon bebe|"
        r"my son|my daughter|the kids|les enfants|my baby)|(?:giflee|gifle|slapped me|m a giflee|me a giflee)|"
        r"(?:hit list|liste de noms|list of names|une liste)(?: <G6>)? (?:my name|mon nom|chu dessus|je suis dessus|"
        r"on it|dessus)|(?:handle me|s occuper de moi|se occuper de moi|enverrait quelqu un|send someone|connait mon adresse|"
        r"knows where i live|sait ou je reste|sait ou j habite|sait ou je habite|knows which one)|"
        r"(?:traceur|tracker|gps)(?: <G4>)? (?:char|car|auto|phone|cell)|lachera jamais|never let me go|"
        r"(?:brake lines?|freins)(?: <G2>)? (?:cut|coupes|coupe)|(?:noose|corde)(?: <G3>)? (?:on my locker|sur mon casier)|"
        r"(?:balle|bullet)(?: <G3>)? (?:sur mon siege|on my seat)|(?:go postal|shoot up|shooting up|with his ar|"
        r"avec sa carabine|coming back(?: <G3>)? with (?:his|a) (?:gun|ar|rifle)))"),
    all_of("violence", "risk", "stalked", r"(?:suit|follows|following|followed|waiting|attend|attendait|attendre|"
           r"attendrait|attendra|va me attendre|va m attendre|will wait|ll be waiting|be waiting|"
           r"showing up|shows up|showed up|show up|se pointe|se pointait|debarque|debarquait|se presente|se presentait|"
           r"keeps coming|keeps calling|appelle sans arret|"
           r"parks outside|stationne|passe devant|drives past|ralentit|sending me pics|envoie des photos|posted where|"
           r"new accounts|m attendait|me attendait|waits)",
           r"(?:every night|tous les soirs|depuis une semaine|all week|this week|cette semaine|le soir|at night|"
           r"depuis (?:\d+|deux|trois|quatre|cinq|plusieurs|des) (?:jours|semaines|nuits|soirs)|for (?:\d+|two|three|four|"
           r"five|several) (?:days|weeks|nights)|for days|for weeks|every day|tous les jours|chaque jour|chaque soir|"
           r"every morning|tous les matins|parking lot|stationnement|outside my|devant chez nous|devant ma|"
           r"after close|ma maison|my street|my place|chez nous|ma rue|where i work|ou je travaille|a la porte|"
           r"by my car|pres de mon char|bientot|see you soon|soon|at my work|at my job|a ma job|a mon travail|"
           r"me home|chez moi|jusque chez nous|jusque chez moi)",
           r"(?:<ME>|<MY>|me|moi|my|mon|ma|mes|i|je)"),
    seq("violence", "risk", "weapon-2", r"(?:menace|menacee|menaces|threatened|threatening|threatens|pulled|sorti|sort|"
        r"brandi|brandit|pointed|pointe)(?: <G3>)? (?:avec |with )?(?:un|une|a|des|ses|his|her|son|sa|some)? ?"
        r"(?:<WEAPON>|tournevis|screwdriver|box cutter|exacto|couteau|knife|machete|machette|gun|fusil|arme|hache|axe|"
        r"bat|batte|ciseaux|scissors|seringue|syringe|needle|aiguille|crowbar|pied de biche|broken bottle|"
        r"bouteille cassee|scalpel|poincon)|"
        r"(?:with|avec) (?:a|une|un) (?:machete|machette|knife|couteau|gun|fusil|axe|hache)(?: <G4>)? "
        r"(?:hiding|cache|cachee|in the store|dans le magasin)"),
    seq("violence", "risk", "assaulted-2", r"(?:agressee|agresse|m a agressee|me a agressee|assaulted me|attacked me|"
        r"(?:m|me) a crache (?:dessus|au visage|dans la face)|spat on me|spit on me|spat in my face|"
        r"pushed (?:her|me)(?: <G1>)? down the stairs|poussee dans le escalier|pousse dans les escaliers|"
        r"(?:frappe|beats|bat|battue|battu|pushed|pousse) (?:ma mere|my mom|my mother|ma soeur|my sister)|"
        r"(?:(?:l|le|la) etrangle|le a etranglee|la etrangle|strangles her|chokes her)|kicking the (?:bedroom )?door in|defonce la porte)"),
    seq("violence", "risk", "shoot-up", r"(?:shoot up|tirer sur tout|tirer dans (?:le tas|la foule|le bureau|la shop|"
        r"l usine|le usine)|shoot everyone|tuer tout le monde|"
        r"kill everyone|bomb|bombe)(?: <G3>)?", meta=True),
)
# The concepts added from dev_f on come last: the order of RULES breaks ties.
RULES += CONCEPTS
