"""Crisis concepts read from dev_i's English half, after its French half was fixed and the English measured unread.

Concepts, not messages: not being around later (for a hearing, a vacation, a birthday); a payout arranged for when one
is gone; a cover story for preparations; a way of dying imagined at the wheel or on a height; a rope already tied;
affairs squared away; an act of one's own body done on purpose; a weapon held to the head; tracked through the phone;
a thought one is afraid to act on. Read after bot.nlu.crisis_concepts_i, in this order.
"""

from __future__ import annotations

from bot.nlu.crisis_rule_shapes import Rule, all_of, seq

_GAP4 = r"(?:[a-z0-9]+ ){0,4}"
_VEHICLE_END = (r"(?:overpass|pillar|pilier|bridge|pont|abutment|tree|arbre|wall|mur|ditch|fosse|oncoming|transport|semi|"
                r"truck|camion|guardrail|cliff|falaise|lake|lac|river|riviere|next curve|the curve|la courbe)")

DEV_I_EN: tuple[Rule, ...] = (
    # ---- suicide: not around later ----------------------------------------------------------------------------
    # "I won't be around to use them", "won't be around for the hearing", "won't be needing anything after",
    # "not planning on making it to 40", "won't matter after the 15th", "won't be coming back ... at all".
    # Not around later, said with a shrug: "what's the point, I won't be around to use them", "won't be around anyways".
    all_of("suicide", "concern", "not-around-for", r"(?:i|me) (?:won t|will not|wont|m not going to|ll not) be (?:around|"
           r"here|alive) (?:to|for|by|when|at|after|much longer|anyway|anyways)",
           r"(?:what s the point|whats the point|anyway|anyways|screw|doesn t matter|won t matter|no point|why bother)",
           writer=True),
    seq("suicide", "risk", "not-needing-after", r"won t (?:be needing|need) (?:anything|it|them|any of it|much) (?:after|"
        r"anymore after)|(?:won t|will not|doesn t|wont) matter after (?:the|this|next|<WHEN>|\d)|not planning on "
        r"(?:making it|being alive|being around|living) (?:to|past|until|till)|(?:won t|will not) be coming back "
        r"(?:<G4> )?(?:at all|ever|anywhere)".replace("(?:<G4> )?", _GAP4), writer=True),
    # Not existing, not being here: "I still think about not existing anymore", "thinking about not being here anymore".
    seq("suicide", "risk", "not-existing", r"(?:think|thinking|thought|thinkin|dream|dreaming|wish|wishing) (?:about|of|"
        r"bout) (?:not existing|not being here|not being alive|no longer existing|stopping existing|ending things|"
        r"ending it all|not waking up)", writer=True),
    seq("suicide", "risk", "want-out-of-life", r"(?:i|i m) (?:want|wanna|need|ready) (?:out of|to get out of|to be out of|"
        r"to check out of) (?:life|this life|living|existence|it all)|why am i still (?:here|alive|around|kicking|breathing)|"
        r"ready to (?:stop|stop living|stop existing|be done with (?:it all|life)|give up on life)"
        r"(?! (?:working|drinking|smoking|the|my|this|that|at|for|by|to|and|using|paying)\b)", writer=True),
    # Not afraid of dying anymore: "not even scared of dying anymore and that's what scares me".
    seq("suicide", "concern", "not-afraid-dying", r"(?:not|no longer) (?:even )?(?:scared|afraid) (?:of|to) (?:dying|die|"
        r"death) (?:anymore|any more)", writer=True),
    # The only thing stopping me: "the only thing stopping me is my daughter".
    seq("suicide", "risk", "only-thing-stopping", r"(?:the )?only (?:thing|one|reason) (?:stopping|keeping|holding) me "
        r"(?:back |here |alive )?(?:is|are)", writer=True),
    # The only way out is the permanent one: "the only exit I can see anymore is the permanent one".
    seq("suicide", "risk", "permanent-exit", r"(?:only|seule|last) (?:exit|way out|way|option|solution|issue|sortie)"
        r"(?: [a-z0-9]+){0,6} (?:is|est) (?:the|la) (?:permanent|final|definitive|definitive) ?(?:one|solution|exit)?",
        writer=True),
    # Disappointed to be alive after a crash or a night: "first thing I felt when I woke up was disappointment".
    all_of("suicide", "risk", "disappointed-alive", r"(?:disappointed|disappointment|decu|decue|deception)",
           r"(?:woke up|survived|still alive|made it|came to|me suis reveille|me suis reveillee|survecu|encore en vie)",
           r"(?:ditch|crash|accident|fosse|wheel|volant|pills|overdose|nodded off|last night|hospital|hopital)"),
    # The last shift, relieved: "I keep thinking this is the last one I ever work. kinda relieved".
    all_of("suicide", "risk", "last-one-relieved", r"(?:last|dernier|derniere) (?:one|shift|day|quart|journee|time) "
           r"(?:i|que je|je) (?:ever|ll ever|will ever|vais jamais)", r"(?:relieved|relief|soulage|soulagee|calm|peace)"),
    # Not wanting to wake up, and it not mattering: "I don't really want to wake up tomorrow so maybe it doesn't matter".
    all_of("suicide", "risk", "not-want-wake-matter", r"(?:don t|do not|dont) (?:really |even |actually )?want to wake up",
           r"(?:doesn t matter|doesnt matter|won t matter|what s the point|whats the point|ever again|anymore|at all|"
           r"for good)", writer=True),
    # Those left would be fine, at peace, over it: "they'd get over it in a week if I was gone", "better off".
    all_of("suicide", "risk", "they-d-be-fine-if-gone", r"(?:if (?:i|i m|im) (?:was|were|am)? ?(?:gone|dead|not here|not around)|"
           r"if i died|without me|once i m gone|when i m gone)", r"(?:get over it|move on|get some peace|finally get|"
           r"be at peace|be relieved|better off|be fine|be happier|wouldn t notice|in a week)", writer=True),
    # "I'm done done. like gone. tonight".
    all_of("suicide", "risk", "done-gone-tonight", r"(?:i m|im|i am) (?:done|so done|done done)",
           r"(?:like gone|be gone|i ll be gone|gone for good|gone forever|just gone)", r"(?:<WHEN>)", writer=True),
    # A load falling on me would be a relief: "if the crane dropped a load on me tomorrow I'd be relieved".
    all_of("suicide", "risk", "accident-on-me-welcome", r"if (?:the|a|that) [a-z]+ (?:dropped|fell|landed|crushed|hit|"
           r"ran over|rolled)(?: [a-z0-9]+){0,4} (?:on me|me)", r"(?:relieved|relief|wouldn t mind|fine with it|soulage|"
           r"ok with it|on purpose|a favor|a favour)", writer=True),
    # The same way a parent did it, planned: "I've been planning it since the funeral. Same way Dad did".
    all_of("suicide", "risk", "same-way-they-did", r"(?:same way|the way|like|comme|de la meme facon que) (?:dad|mom|my dad|"
           r"my father|my mother|my mom|my brother|my sister|he|she|papa|maman|mon pere|ma mere|mon frere) (?:did|did it|"
           r"l a fait|a fait)", r"(?:planning|planned|plan|planifie|thinking|pense|ready|going to|gonna)", writer=True),
    # Not coming back, and meaning it: "I won't be coming back after this week. I mean at all. Not anywhere."
    all_of("suicide", "risk", "not-coming-back-at-all", r"(?:won t|will not|wont|not) (?:be )?(?:coming back|come back)",
           r"(?:at all|not anywhere|i mean ever|for good|ever again|nulle part|pour de bon)", writer=True),
    seq("suicide", "concern", "no-way-out-seen", r"(?:can t|cannot|don t|do not|couldn t) see (?:any|a|no|another) "
        r"(?:way out|exit|way forward|end to this|other way|issue|sortie)", writer=True),
    # ---- suicide: a payout for when one is gone ----------------------------------------------------------------
    # Insurance, a beneficiary, a pension or RRSP put in order, or a death made to look like an accident.
    all_of("suicide", "risk", "payout-when-gone", r"(?:life insurance|insurance|assurance vie|assurance|beneficiary|"
           r"beneficiaire|death benefit|rrsp|reer|pension|payout)",
           r"(?:if (?:i m|im|i am|i was|i were) gone|if i die|if i died|when i m gone|look like an (?:accident|acident)|"
           r"looks like an (?:accident|acident)|workplace accident|accident on the highway|won t be needing|after i m gone|"
           r"affairs in order|asap|everything sorted|pays if|paie si|si je meurs|si je suis plus la|ait l air d un accident|"
           r"better off|mieux sans moi)"),
    seq("suicide", "risk", "look-like-accident", r"(?:make|making|made) (?:it|my death|this) (?:look|seem|appear) like (?:an|a) "
        r"(?:accident|acident|workplace accident|car accident)|(?:faire|que ca ait) (?:passer pour|l air d) un accident",
        writer=True),
    # ---- suicide: a cover story, and preparations ------------------------------------------------------------
    # "told the boys it's for moose season. don't even hunt", "told the boys I got a new job. There's no new job".
    all_of("suicide", "risk", "cover-story", r"(?:told|tell|telling|said|dit|disant) (?:the boys|them|everyone|the crew|"
           r"my crew|my sister|her|him|people|mes chums|tout le monde|les gars|ma soeur) (?:<G4> )?(?:it s|i m|i got|i have|"
           r"i was|that i|c est|que je)".replace("(?:<G4> )?", _GAP4),
           r"(?:there s no|there is no|theres no|don t even|i don t|never (?:hunted|hunt)|not true|pas vrai|they didn t ask|"
           r"didn t ask|i m not|im not|thinks? i m|ya pas de|il y a pas de)"),
    # "My cat goes to my sister. She thinks I'm moving out west": someone who thinks a move the writer denies.
    all_of("suicide", "risk", "pet-rehomed-cover", r"(?:<PETS>) (?:goes|go|going|will go|va|vont) (?:to|a|chez) "
           r"(?:my|mon|ma|the|le|la)", r"(?:thinks|think|pense|pensent|believe|believes) (?:i m|im|i am|que je|je) "
           r"(?:moving|going|leaving|demenage|pars)"),
    # Affairs squared away, with a sign: "closing a chapter", "tidying up before a long trip", "one thing off the list".
    all_of("suicide", "risk", "squared-away", r"(?:gave away|give away|giving away|sold|donne|vendu|paid back|paid off|"
           r"will is signed|signed my will|notarized|cancelled|canceled|deleted|wrote|left)",
           r"(?:closing a chapter|tidying up before|tying up loose ends|off the list|one less thing|squaring (?:things )?away|"
           r"squared away|affairs in order|everything sorted|feels calm|felt calm|weirdly calm|at peace|the only appointment|"
           r"last one|derniere|going for a drive|new guy will be fine|will be fine without)"),
    # A meeting kept with a means: "the only appointment I'm keeping is with the river".
    seq("suicide", "risk", "appointment-with-means", r"(?:appointment|date|meeting|rendez vous|rdv) (?:<G6> )?(?:with|avec) "
        r"(?:the|la|le|l) (?:<WATER>|<EDGE>|<HEIGHT>|<TRAIN>|rope|corde)".replace("(?:<G6> )?", r"(?:[a-z0-9]+ ){0,6}")),
    # A note for whoever comes next: "wrote a note for whoever clears out my desk".
    seq("suicide", "concern", "note-for-whoever", r"(?:note|letter|lettre|mot) for (?:whoever|the person who|whomever) "
        r"(?:clears|cleans|finds|empties|takes over)", writer=True),
    # "tell her it wasn't her fault", "pass a message if I don't show".
    seq("suicide", "risk", "not-your-fault-message", r"tell (?:her|him|them|my \w+|everyone) (?:that )?(?:it wasn t|it wasnt|it s not|"
        r"it isn t|it was not) (?:her|his|their|your|anyone s|anybody s) fault|(?:dis|dites) (?:lui|leur|a \w+) que "
        r"(?:c est|ce est|c etait|ce etait) pas (?:sa|leur|ta) faute", writer=True),
    # ---- suicide: a means imagined or ready ------------------------------------------------------------------
    # At the wheel: "pulling the wheel into an overpass pillar", "I could just not take the next curve", "roll forward".
    seq("suicide", "risk", "wheel-into", r"(?:pulling|pull|jerk|jerking|turn|turning|swerve|swerving|steer|steering|drive|"
        r"driving|roll|rolling|aim|aiming) (?:the wheel |the truck |the car |my truck |my car |it )?(?:into|off|in front of|"
        r"toward|towards) (?:a |an |the |that |one )?(?:[a-z]+ )?" + _VEHICLE_END),
    seq("suicide", "risk", "could-just-not", r"(?:i )?could just (?:not take|miss|drive off|go off|roll (?:forward|off)|let go|"
        r"step off|step out|jump|swerve|keep going|not brake|not stop)", writer=True),
    all_of("suicide", "risk", "easy-to-roll", r"(?:how easy|so easy|easy it d be|easy it would be|tellement facile|"
           r"ce serait facile)", r"(?:roll forward|drive off|step off|let go|jump|go over|lean forward|sauter|me laisser)"),
    # On a height, letting go on purpose: "I think about letting go on purpose" (scaffold, roof).
    seq("suicide", "risk", "let-go-on-purpose", r"(?:letting go|let go|lacher|falling|fall|step off|stepping off|jumping|"
        r"lean|leaning) (?:on purpose|expres)", writer=True),
    seq("suicide", "risk", "standing-on-height", r"(?:standing|been standing|sitting|been sitting|debout) (?:on|at|sur) "
        r"(?:my|the|a|mon|le|la) (?:<HEIGHT>|<EDGE>)(?: [a-z0-9]+){0,3} (?:for an hour|for hours|for a while|\d+(?:th|st|"
        r"nd|rd)? floor|depuis)"),
    # Looked up which height is highest: "googling which bridge downtown is the highest. not for a project".
    all_of("suicide", "risk", "searched-height", r"(?:googling|googled|google|searching|searched|looked up|looking up|"
           r"cherche|recherche)", r"(?:<HEIGHT>|<EDGE>|building|immeuble)",
           r"(?:highest|tallest|plus haut|plus haute|how high|how tall|how many floors|combien de etages)"),
    # A rope already tied, waiting: "cord's already tied up, I'm just sitting here".
    seq("suicide", "risk", "rope-tied", r"(?:<ROPE>|noose)(?: s| is| est)? (?:already |deja )?(?:tied|attached|up|hung|set "
        r"up|ready|attachee|attache|installee|installe|prete)(?: [a-z0-9]+){0,5} (?:just sitting|waiting|sitting here|"
        r"j attends|je attends|assis|looking at it|staring)"),
    # How to do it so it works: "the noose. how do people do it so it works the first time".
    all_of("suicide", "risk", "method-works", r"(?:noose|<ROPE>|hanging|<PILLS>|<GUN>|wrist|poignet)",
           r"(?:so it works|works the first time|first try|du premier coup|que ca marche|make sure it works|to be sure|"
           r"pour etre sur|bleed out|se vider de son sang)"),
    seq("suicide", "risk", "bleed-out", r"(?:bleed|bleeding|bled) out|se vider de son sang", writer=True),
    # Overdose asked about with falling asleep: "can you OD on Tylenol and just fall asleep".
    all_of("suicide", "risk", "od-fall-asleep", r"(?:od|overdose|surdose) on", r"(?:fall asleep|not wake|painless|"
           r"peacefully|in my sleep|just sleep|straight answer)"),
    # Pills stockpiled and counted: "stashing my oxys since the surgery. over 60 now. I count them".
    all_of("suicide", "risk", "pills-counted", r"(?:stashing|stashed|saving|saved|hoarding|hoarded|collecting|garde|"
           r"accumule|ramasse) (?:my|mes|up|all my) (?:<PILLS>|oxys|oxy|percs)", r"(?:count|counting|compte|over \d+|"
           r"\d+ now|enough|assez)"),
    # Someone's exit plan and a dose asked about: "how many of her antidepressants would be too many".
    seq("other_at_risk", "risk", "how-many-too-many", r"how many (?:of )?(?:her|his|their|my)? ?(?:<PILLS>|antidepressants|"
        r"pills|sleeping pills)(?: [a-z0-9]+){0,3} (?:would be|is|are) (?:too many|enough|lethal)"),
    # Borrowing a place where the guns are, alone: "borrow his cabin ... where he keeps the guns. just me".
    all_of("suicide", "risk", "alone-with-guns", r"(?:where (?:he|she|they) keeps? the|with the|has the|ou il garde les) "
           r"(?:<GUN>)", r"(?:just me|alone|by myself|tout seul|toute seule|seul)"),
    # ---- attempt -----------------------------------------------------------------------------------------------
    seq("attempt", "risk", "took-many", r"(?:took|taken|swallowed|downed|ate|pris|avale) (?:about |like |over |around )?"
        r"(?:[2-9]\d|\d{3}) (?:<PILLS>|tylenol|advil|aspirin|oxys|percs|sleeping pills)"),
    seq("attempt", "risk", "emoji-pills-done", r"^(?:pills ?){2,}(?: (?:done|taken|down|bye|gone))"),
    seq("attempt", "risk", "patches-on", r"(?:put on|stuck on|applied|used|wearing) (?:[a-z0-9]+ ){0,6}(?:fentanyl|"
        r"fentanyl patches|patches|timbres)"),
    seq("attempt", "risk", "off-on-purpose", r"(?:went|jumped|drove|walked|threw myself) (?:off|into|in) (?:the |a )?"
        r"(?:wharf|<WATER>|<EDGE>|<HEIGHT>)(?: [a-z0-9]+){0,4} (?:on purpose|expres)"),
    seq("attempt", "risk", "bleeding-from-mine", r"bleeding (?:a lot |so much |badly |bad |heavily )?(?:from|out of) my "
        r"(?:wrist|wrists|arm|arms|neck|throat|leg|thigh)", negatable=True),
    seq("self_harm", "risk", "cut-my-body", r"^(?:i )?(?:cut|sliced|slashed) my (?:neck|throat|wrist|wrists|"
        r"arm|arms|thigh|thighs|leg|legs)(?: open)?", negatable=True),
    # ---- self-harm: an act on one's own body, on purpose --------------------------------------------------------
    all_of("self_harm", "risk", "my-body-on-purpose", r"(?:my|mon|ma|mes|against my|on my|contre mon|sur mon) (?:<BODY>|head)",
           r"(?:on purpose|expres|as punishment|to punish myself|pour me punir|now it s not|so they don t heal|"
           r"pour pas que ca guerisse)"),
    seq("self_harm", "concern", "banging-head", r"(?:banging|bang|hitting|slamming|smashing|punching) my (?:head|fist|hand|hands|"
        r"fists) (?:on|into|against|in) (?:the|a|my)", negatable=True),
    seq("self_harm", "risk", "smoke-out-on-me", r"(?:put|putting|puts|stubbed|stub) (?:my|a|the) (?:smoke|cigarette|cig|"
        r"smoke) out on my", negatable=True),
    seq("self_harm", "concern", "not-eating-punish", r"(?:not eating|starving myself|skipping meals|pas manger|mange pas)"
        r"(?: [a-z0-9]+){0,3} (?:as punishment|to punish|pour me punir|on purpose|expres)"),
    seq("self_harm", "risk", "picking-cuts", r"(?:picking|pick|scratching|reopening|opening) (?:at )?(?:my |the |last week s |"
        r"old )?(?:cuts|scabs|wounds|coupures|plaies)(?: [a-z0-9]+){0,3} (?:so they don t heal|don t heal|won t heal|"
        r"pour pas que)"),
    # ---- violence and control ----------------------------------------------------------------------------------
    seq("violence", "risk", "gun-to-head", r"(?:held|put|pointed|hold|holds|holding|puts|pointing|pulled) (?:a|his|the|her|"
        r"their|un|une|son|sa) (?:<GUN>|<BLADE>|blade|knife|gun) (?:to|at|on|against|sur|contre) (?:my|me|mon|ma|me a la)"
        r"(?: (?:head|throat|face|chest|tete|gorge|visage))?|pulled (?:a|his|the) (?:<GUN>|blade|knife|gun) on me"),
    seq("domestic_violence", "risk", "grabbed-my-arm", r"(?:grabbed|yanked|twisted|squeezed|gripped) my (?:arm|wrist|neck|"
        r"throat|hair) (?:so hard|hard|until|and)"),
    all_of("domestic_violence", "concern", "tracked-phone", r"(?:<PARTNER>|\bhe\b|\bshe\b)",
           r"(?:goes through my phone|checks my phone|reads my texts|put (?:some |an |a )?(?:app|tracker|gps) on|"
           r"tracking app|tracks my (?:phone|location)|without my (?:husband|wife|partner|boyfriend) seeing|"
           r"he ll know|knows stuff i only said)"),
    seq("domestic_violence", "risk", "shelter-tonight", r"(?:women s shelter|womens shelter|shelter for women|maison d "
        r"hebergement|maison de hebergement|refuge pour femmes)(?: [a-z0-9]+){0,6} (?:tonight|ce soir|now|can t go home|"
        r"open)"),
    seq("domestic_violence", "risk", "pay-for-it", r"(?:he ll know|he will know|she ll know|il va le savoir|elle va le "
        r"savoir)(?: [a-z0-9]+){0,4} (?:i ll|i will|je vais|you ll|you will) (?:pay for it|regret it|le payer)"),
    seq("violence", "concern", "being-stalked", r"(?:being|been|getting) (?:stalked|followed|watched)|(?:he s|he is|she s|"
        r"she is|they re) watching me|knows (?:my \w+ s|where my \w+) (?:school|work|live|lives)", negatable=True),
    # ---- harm to others ---------------------------------------------------------------------------------------
    seq("harm_to_others", "risk", "ill-hurt-him", r"(?:i ll|i will|i m gonna|im gonna|i m going to|gonna|i d) (?:hurt|"
        r"end|ending|stab|beat|punch) (?:him|her|them|that \w+)(?: bad| badly| real bad)?|(?:i m|im) (?:ending|endin) "
        r"(?:him|her|them)\b|make them (?:all )?pay"),
    seq("harm_to_others", "risk", "act-on-it", r"(?:afraid|scared|terrified|worried) (?:i ll|i will|i might|i d|to) "
        r"(?:act on it|do it again|actually do it|snap|lose it again)|(?:doing|do) something i (?:can t|cannot|won t be "
        r"able to) take back"),
    all_of("harm_to_others", "risk", "thought-of-harming", r"(?:the thought of|thoughts of|thinking about|keep thinking "
           r"about|picture|picturing) (?:putting|smothering|hurting|pushing|choking|hitting|shaking|stabbing)",
           r"(?:his|her|their|him|them|the baby|a resident|a patient|the kid)"),
    all_of("harm_to_others", "risk", "stalking-target", r"(?:i have|i ve got|got) (?:his|her|their) address|"
           r"(?:parking|parked|waiting|sitting) outside (?:his|her|their) (?:place|house|home|apartment)",
           r"(?:easy|can t stop|stop myself|harassed|hurt|pay|regret)"),
    all_of("harm_to_others", "risk", "going-to-regret", r"(?:going to|gonna|heading to) (?:his|her|their) (?:place|house)",
           r"(?:regret|pay for|get what s coming|learn)"),
    # ---- someone else ----------------------------------------------------------------------------------------
    all_of("other_at_risk", "risk", "their-things-and-order", r"(?:giving away|gave away|gave|handed me) (?:her|his|their) "
           r"(?:stuff|things|tools|truck keys|keys|boots|dog|cat)",
           r"(?:affairs in order|squaring|squared away|need it more than|won t need|not being around|not be around|"
           r"healthy|never hunted|nobody would miss|drinking)"),
    seq("other_at_risk", "risk", "talks-of-jumping", r"(?:talking|talks|talked|thinking|thinks) (?:about|of) (?:jumping|"
        r"going|driving) off (?:the|a)"),
    all_of("other_at_risk", "risk", "going-off-wharf", r"(?:wharf|<WATER>|<EDGE>|<HEIGHT>)", r"(?:goin|going|gonna go|about to go) off the (?:wharf|<WATER>|<EDGE>|"
        r"<HEIGHT>)"),
    all_of("other_at_risk", "risk", "pic-of-means", r"(?:sent|send|sends|texted) me (?:a )?(?:pic|picture|photo|photos|"
           r"pics) of (?:a |the |her |his )?(?:<BLADE>|<GUN>|<ROPE>|<PILLS>|razor|noose)",
           r"(?:can t stop|cant stop|said|says|goodbye|sorry)"),
    all_of("other_at_risk", "risk", "nobody-miss-and-will", r"nobody would miss (?:him|her|them)",
           r"(?:will|testament|letters|gave away|note)"),
)
