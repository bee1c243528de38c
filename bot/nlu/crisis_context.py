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
    r"(me|se|te|nous|vous|m|s)( suis| est| sont| etait| etais| etaient| serait)? (tuer|tue|tuee|tues|tuent|tuait|tuais) "
    r"a (la |le )?(tache|ouvrage|travail|job|shop|mine|usine)",
    r"(me|se|te|nous|vous) (tuer|tue|tuent) (a|au) (travailler|la job pour rien|travail pour rien)",
    r"(boss|patron|patronne|gerant|gerante|superviseur|superviseure|chef|prof|professeur|mere|pere|maman|papa|coach|manager|mom|mum|dad|teacher|supervisor) (va|vont|will|would|is going to|s going to|going to|gonna) (me tuer|kill me)",
    r"(is|s|are|re|was|been) killing me",
    r"(dying|die|died|dead|died) (to|of|from) (laughter|laughing|embarrassment|shame|boredom|curiosity|hunger|thirst|heat)",
    r"(dying|dyin) to (see|know|try|go|get|meet|hear|read|eat|take|have|leave|quit|sleep|retire|start|finish|visit|"
    r"hug|be done|book|travel)",
    r"(one more|encore un|encore une)( \w+){0,10} (i will|i ll|i m gonna|i m going to|je vais|i d|i would)( literally|"
    r" litteralement| actually| honestly| just)? (die|mourir|crever|lose it)",
    r"(cut|cutting) (back|down)( on)?",
    r"(heart attack|panic attack|anxiety attack|crise de coeur|crise cardiaque|crise de panique|crise d angoisse)",
    r"(broke|break|breaking|breaks) up( with| w)?|(casse|casser) avec (moi|lui|elle)",
    r"(end|ending|ended|finir|en finir) (it |ca )?(with|avec) (this|the|my|cette|ce|la|le|mon|ma) (company|job|employer|"
    r"compagnie|emploi|relation|relationship|contract|contrat|gym|bank|banque|provider|fournisseur|boss|patron|team)",
    r"(disparaitre|disappear|vanish)( \w+)?( to| in| au| dans le| en| a)( the| a| le| la)? (punta cana|cuba|mexico|"
    r"mexique|florida|floride|sud|south|cottage|cabin|chalet|camp|vacation|vacances|island|ile|beach|plage|hawaii|"
    r"europe|tropiques|tropics|resort|cancun|dominican|republique dominicaine)",
    r"(bored|scared|sick|tired|worried|frightened) to death",
    r"to die for(?! real)",
    r"(died|passed|passed away|decede|decedee|mort|morte) (by|of|par|du|de) (suicide)",
    r"(lost|perdu) (him|her|them|my \w+|mon \w+|ma \w+) (to|par|au) (suicide)",
    r"(se est|s est) suicidee?( il y a| le| en| l an| l annee| la semaine)",
    r"committed suicide (last (year|month|week|spring|summer|fall|winter)|years ago|in \d{4}|when (i|we) (was|were))",
    r"suicide prevention|prevention du suicide|prevention suicide",
    r"(not|never|pas|jamais|nt) (suicidal|suicidaire)",
    r"(don t|do not|doesn t|does not|never) want to die",
    r"(ne )?(veux|voudrais|veut) (pas|jamais) mourir",
    r"tape sur (les|mes) nerfs",
    r"(me|se) (suis |est )?(encore |deja |souvent )?(couper|coupe|coupee) (les|mes|ses) (cheveux|ongles|frange)",
    r"cut myself (off|some slack|a piece|a slice)",
    r"kill (the|some) time",
    r"killed it|killing it",
    r"(no|pas d|aucune) (idees|pensees) (noires|suicidaires)",
]
IDIOMS += [
    # dev_i: dying of an emotion ("je vais mourir de stress"); heat, cold or noise that "will kill us".
    # "goodnight forever (until 6am)": a forever with an end; a wish to vanish laughed at; harm sworn if a thing repeats.
    # Fresh look-alikes (dev_h round): everyday objects named by a means word ("la corde à linge", "extension cord"); a
    # waking at a time of night ("so I don't wake up at 3am"); pushed to do something, which is encouragement.
    r"corde a (linge|danser|sauter)|cordes a linge|clothes ?lines?|jump ropes?|skipping ropes?|extension cords?|"
    r"power cords?|charging cords?|phone cords?|bungee cords?|rallonges? electriques?|tow ropes?|corde de remorquage",
    # (the negation as lookbehinds, so the idiom is looked up by its rare words, not by "pas" or "not")
    r"((?<=don t )|(?<=do not )|(?<=not )|(?<=pas )|(?<=plus )|(?<=never ))(wake up|wake|me reveiller|me reveille|"
    r"se reveiller)( again| encore)? (at \d\w*|a \d\w*|"
    r"vers \d\w*|around \d\w*|at night|during the night|in the middle of the night|la nuit|pendant la nuit|au milieu de la nuit|"
    r"every night|toutes les nuits|too early|trop tot|before \d\w*|avant \d\w*|groggy|tired|fatigue|fatiguee)",
    r"(pushed|pushes|pushing|push|encouraged)( \w+)? (me|us) (to|into) (apply|applying|go|going|try|trying|take|taking|do|"
    r"get|finish|ask|talk|see|start|keep|sign|run|join|enroll|register|speak|negotiate|study)|((?<=me )|(?<=m )|(?<=nous ))(a |ont )?"
    r"(pousse|poussee|pousser|encourage|encouragee) a (postuler|aller|essayer|faire|prendre|continuer|demander|parler|"
    r"consulter|appliquer|finir|commencer|m inscrire|me inscrire|negocier|etudier)",
    # an animal that "won't be around much longer": the animal's life, not the writer's
    r"(dog|cat|chien|chienne|chat|chatte|pup|puppy|horse|cheval|bird|oiseau|hamster|lapin|rabbit|pitou|minou|doggo|"
    r"kitty)( (?!(?:i|je|j|me|moi)\b)[a-z]+){0,4} (won t|will not|wont|is not going to|isn t going to|not gonna|sera pas|"
    r"sera plus|sera pu|ne sera plus) (be around|be here|be with us|la)( much| very| bien)? ?(longer|long|longtemps)?",
    r"(goodbye|adieu|bye) (cruel|cruelle) (?!world|monde)\w+|(forever|pour toujours|for good) (until|till|til|jusqu a|jusque a)|(vanish|disappear|disparaitre|hide|me cacher)"
    r"( zz)? (lol|lmao|mdr|ptdr|haha\w*)|(jump off a bridge|sauter en bas du pont|sauter du pont|kill myself|me tuer|die|"
    r"mourir) if (this|that|the|my|ce|cette|le|la|mon|ma) \w+( \w+){0,4} (one more time|again|encore une fois|encore)|"
    r"si (ce|cette|le|la|mon|ma) \w+( \w+){0,4} (encore une fois|une autre fois|encore) (je|j) (vais )?(saute|me tue|meurs)",
    r"(mort|morte|morts|mourir|mourrir|meurs|meurt|crever|creve|die|dying|died) (de|of|from) (stress|nervosite|trac|"
    r"angoisse|nerfs|jalousie|impatience|nerves|anxiety|jealousy)",
    r"(chaleur|heat|canicule|heatwave|froid|cold|bruit|noise|poussiere|dust|humidite|humidity|temperature|rythme|pace|"
    r"cadence)( \w+){0,5} ((va|vont) (nous|me|les) (tuer|achever)|(will|is going to|s going to|gonna|ll|is|s) "
    r"(kill|killing) (us|me|them))",
    r"(va|vont|is going to|s going to|gonna|will|ll) (me tuer|kill me)(?= .*(oublie|forgot|forget|oublier|"
    r"vidanges|garbage|dishes|vaisselle|when (she|he) sees|quand (il|elle) va voir))",
    r"(me|m) (tue|tuent) (a petit feu|de voir)|(kills|killing) me (that|to see)|ca me tue|it kills me",
    r"(mes|my) (pieds|feet|dos|back|genoux|knees) (me tuent|are killing me|kill me)",
    r"(suicide|suicidaire) (professionnel|professionnelle|politique)|(career|political|social) suicide",
    r"(rire|ri|ris) (a en|a) mourir|(shoot|kill) me now|tuez moi quelqu un|over my dead body|death of me|rather die than|the death of|la mort des|la mort de la|la mort de (mon|ma|mes|son|sa|ses|notre|nos|leur) |(car|char|ordi|laptop|phone|cell|battery|"
    r"batterie|computer|auto|plant|plante) (est|is|just|vient de|died|a)? ?(mort|morte|died|die|mourir|dead)",
    r"(mort|morte|dead) (de|of) (fatigue|rire|honte|faim|soif|peur)|dead (tired|on my feet)|(im|i m|je suis|jsuis|chu) "
    r"(mort|morte|dead)( litteralement| literally)?( lol| mdr|$)",
    r"(rire|ri|laugh|laughing)( a| to)? (en mourir|death)|died laughing|mourir de rire",
    r"(?<!\bqui )(?<!\bthat )(?<!\bwhich )(est|etait|is|was|ce est|c est) (mortel|mortelle|killer)|killer (song|toune|show|deal)|deadly (hot|boring)|chaleur a mourir|starving to death|murder a|tuer la game|tue la game|"
    r"killed it|kill it|strangle the printer|etrangler le imprimante|etrangler l imprimante|"
    r"(paperasse|job|travail|dossier|semaine|boss|patron|paperwork) (va|vont) (finir par )?avoir ma peau",
    r"tuer le temps|killing time|kill time",
    r"overdosed on (netflix|tv|coffee|cafe|chocolate|sugar|work|memes|caffeine|cafeine|energy drinks|red bull|candy|"
    r"bonbons|pizza|sucre)|die on this hill|(dying|crever|creve|mourir|meurs)"
    r" (in|of|de|dans) (this|the|cette|la)? ?(heat|chaleur)|(ca|ce|cela|that|it) (me|m) (a )?(tue|tuee|killed)|"
    r"(me|m|te|t) (faire|fait|fais|faisait|faisais) mourir|(me|m) a tuee? avec (ses|son|sa|leurs|leur)|"
    r"me faire (tuer|chicaner|engueuler) par|(failli|almost|nearly) (mourir|died|die)|"
    r"(lost|perdu|perdue) (\w+ ){1,4}(to|par|a) (an |une )?(overdose|surdose)",
    r"(job|travail|deadline|rapport|report|dossier|shift|quart|semaine|week|meeting|meetings|reunion|reunions|client|"
    r"cliente|ouvrage|paperasse|paperwork|procedure|commute|trafic|traffic|horaire|schedule|overtime|temps supplementaire)"
    r"( la| là| ci)? (va me tuer|vont me tuer|me tue|me tuent|is killing me|are killing me|kills me|will kill me|"
    r"(va|vont) finir par me tuer|(will|is going to|s going to|s gonna) end up killing me)",
    # dev_h: a failure dreaded as dying ("je vais mourir si je le rate", "I'll die if I fail it")
    r"(vais|va|gonna|going to|ll|will) (mourir|die) (si|if) (je|j|i) (le |la |les |l |it |this |that )?(rate|manque|"
    r"coule|echoue|fail|flunk|bomb|miss|passe pas|reussis pas|don t pass)",
    r"(me|se|m|s) (tue|tuer|tuent) a (leur |lui |vous |te )?(expliquer|repeter|dire|faire|ecrire|appeler|courir|"
    r"ramasser|nettoyer|chercher|demander|tout faire|travailler|leur dire)\b",
    r"(me|m) fait mourir|(ennuie|ennuyer|ennuyant|ennuyante|plate|long) a (mourir|mourrir)|kill for a|d kill for",
    r"(lost|perdu|perdue) (\w+ ){1,3}(to|par|au|a cause du) suicide",
    r"(coupe|coupee|brule|brulee|cut|burned|burnt|sliced) (le|la|les|mon|ma|my|the|a) (doigt|doigts|pouce|finger|"
    r"fingers|thumb)",
    r"(en finir|finish|be done) (avec|with) (ce|cette|ca|le|la|les|mon|ma|mes|un|une|des|cet|this|that|the|my) "
    r"(?!vie\b|jours\b|life\b|existence\b|monde\b|world\b|tout\b|everything\b)",
    r"en finir (un|une)\b(?! fois pour toutes?\b( avec (moi|moi meme|ma vie|la vie|tout)\b|(?! avec\b)))|"
    r"overdose (de|of|on) (cafe|coffee|sucre|sugar|chocolat|chocolate|travail|work|netflix)|"
    r"(nicked|cut|coupe|coupee|entaille|entaillee)( myself| me)?( \w+)? (while |en )?(shaving|me rasant)|"
    r"mission suicide|suicide mission|cutting it (really )?(close|short)|cut it close|crawl (in|into) a hole and die|"
    r"(laptop|phone|computer|ordi|cell|battery|batterie|printer|imprimante|car|char) (committed suicide|se est suicide)|"
    r"jump (on|in|into|at) (a|the|this)? ?(call|meeting|zoom|teams|phone|opportunity|chance|conversation)|"
    r"(feel|feels|felt) like (i|i ve|i d) (got|been) hit by a truck|(like|comme) (a truck|un camion) (hit|me a frappe)|"
    r"slammed the door in my face|(on|ils|they) (me|m) a coupe|(coupe|couper|coupait|cut|cutting|cuts)( \w+)? (\d+|mes|les|nos|my|our|des) ?(h|heures|hours|salaire|shifts|quarts|pay|paie|hrs)|"
    r"(disappear|disparaitre) (to|on|for|dans|en|au|a) (a|the|le|la|un|une|2|deux|two)? ?(beach|plage|sud|vacation|"
    r"vacances|week|weeks|semaine|semaines|cabin|chalet)",
    # Safety stated in so many words: "nobody's hurting me", "0 idée suicidaire".
    r"(nobody|no one|noone) (s |is )?(hurting|hurts|hitting) me|personne (ne )?me (fait mal|frappe)|"
    r"(0|zero|aucune|no) (idee|idees|pensee|pensees) (suicidaire|suicidaires|noires|noire)|(0|zero|no) suicidal thoughts",
    r"(bruises|bleus|marks|marques)( \w+){0,3} (from|de|du|ce est|c est|sont du|viennent du) (the |le |la )?(rec hockey|hockey cosom|hockey|soccer|gym|"
    r"sport|sports|game|match|chute|fall|basketball|volleyball)",
    r"(va|vont|vais|se est|me suis) (se |me )?plante\b|(va|vont|vais) se planter",
    # "c'est à se tirer une balle" (enough to make one...): said of a thing, not of oneself.
    r"(ce est|c est|de quoi|y a de quoi|il y a de quoi) a se (tirer une balle|pendre|flinguer|jeter par la fenetre|tuer|"
    r"suicider|arracher les cheveux|taper la tete)",
    # Dying in a game: at a level, a boss, a stage.
    r"(dying|die|died|dies|mourir|meurs|meurt|mort|morte|creve) (at|on|in|to|au|a|dans|contre) (the |this |that |le |la |"
    r"ce |cette |un |une )?(same |meme |last |dernier |derniere )?(level|niveau|boss|stage|map|round|manche|checkpoint)",
    # Everyday exaggerations from the fourth dev batch, each a whole phrase.
    r"(we re|we are|were|i m|im|on|je) (dying|meurt|meurs|creve|crevons) (in here|out here|ici|icitte|la dedans)",
    r"(i )?could (just |literally )?die(?= zz|$)",
    r"(disparaitre|disappear|vanish|hide|me cacher|crawl|me terrer)( and disappear)? (sous|under|dans|into|in) (mon|my|le|la|"
    r"the|un|a|une) (bureau|desk|table|floor|plancher|trou|hole|terre|chaise|chair)",
    r"(thought|pensais|croyais|cru|felt like) (i was going to |i d |i would |que j allais |que je allais |je allais )?"
    r"(die|mourir)(?=( \w+)*? (marathon|course|run|race|workout|entrainement|gym|hike|randonnee|crossfit|spinning|"
    r"velo|triathlon|km|kilometres|miles|mile))",
    r"(marathon|course|race|workout|entrainement|gym|hike|randonnee|crossfit|spinning|triathlon|couru|ran|running|"
    r"courir)( \w+){0,10} (i thought|je pensais|je croyais|j ai cru|je ai cru)( \w+){0,4} (die|mourir)",
    r"(trapped|pris au piege|prise au piege|coince|coincee|stuck) (in|dans) (this|my|ce|cette|mon|ma|le|la) (job|position|"
    r"poste|role|contract|contrat|department|departement|career|carriere|team|equipe|project|projet|shift|horaire|"
    r"schedule|emploi|workplace)",
    r"(job|poste|career|carriere|emploi|position|role)( la)? (est|is|s)? ?(un |a )?(cul de sac|dead end)",
    r"(burden|poids|fardeau) (to|for|pour|on) (the|my|l|le|la|mon|ma) (team|equipe|crew|department|departement)"
    r"(?=.*(came back|retour|back from|fit back|integrer|reintegr))",
    r"(corde|rope|cord)( \w+){0,3} (pour|to|for)( \w+){0,3} (canot|canoe|kayak|bateau|boat|tente|tent|bache|tarp|sapin|"
    r"tree|chargement|load|stuff|affaires|meubles|furniture|remorque|trailer|balancoire|swing|hamac|hammock|"
    r"corde a linge|clothesline|jardin|garden|camping|chien|dog)",
    r"suicide squad|suicide squeeze|suicide sprints?|suicide runs?|suicide doors|suicide lane|suicide wings|"
    r"suicide sauce|(i )?could sleep (forever|for a week|for days|for a year)|so tired i could sleep|"
    r"(je )?pourrais dormir (pour toujours|une semaine|des jours|un an)|"
    r"(tirer|tire|tirait|tirerait|shoot|shot|shooting|shoots) (une balle |himself |herself |myself |yourself )?"
    r"(dans le pied|in the foot)|garage sale|vente de garage|vente de debarras|yard sale|dead in the water|mort dans l eau|mort dans le eau|bite the bullet|mordre la balle|(at the )?end of my rope|au bout du rouleau|au bout de ma corde",
    # From the fifth dev batch, as structures: a thing (not a person) that "kills" the writer; beaten at a game;
    # a disappearance with a duration; a stop to everything for a trip; a rope for the swing.
    r"(le|la|les|ce|cette|ces|mon|ma|mes|this|that|the|my|these|those) (?!(?:" + L.RELATIVE + r"|soir|matin|nuit|midi|"
    r"fois|semaine|weekend|morning|night|time|week|tonight)\b)[a-z]+( (?!(?:je|j|i|il|elle|on|tu|you|he|she)\b)[a-z]+)"
    r"{0,2}( la)? (me tue|me tuent|is killing me|are killing me|kills me|va me tuer|vont me tuer|is going to kill me|"
    r"s going to kill me|will kill me|gonna kill me|going to kill me|va finir par me tuer|vont finir par me tuer|"
    r"will end up killing me|s going to end up killing me)",
    r"(killing|kill) (myself|me) (repeating|trying|working|explaining|doing|cleaning|running|telling|teaching|"
    r"training|at work|at the job|over this|over that)",
    r"(beat|beats|beaten|battu|battue|bat) (me |moi )?(at|au|aux|a la|in|en) (mario kart|\w+ kart|cards|cartes|chess|"
    r"echecs|poker|golf|tennis|ping pong|scrabble|monopoly|bowling|quilles|pool|billard|darts|flechettes|the game|"
    r"la game|arm wrestling|bras de fer|fortnite|fifa|nhl|hockey|basket|basketball|soccer)",
    r"(disparaitre|disappear|vanish)( \w+){0,4} (pendant|for|pour) (\d+|deux|two|trois|three|a|une|un|quelques|few|"
    r"couple of|the) (jours|days|semaines|weeks|mois|months|weekend|fin de semaine|week)",
    r"(disparaitre|disappear)( \w+){0,2} (dans|in|to|on) (un |une |an |a )?(tout inclus|all inclusive|resort|ile|island|"
    r"cruise|croisiere|voyage|trip|road trip)",
    r"(tout arreter|tout lacher|drop everything|quit everything) (pis|et|and|pour|to) (partir|aller|faire|travel|go|"
    r"move|voyager|recommencer|start)",
    r"(phone|cell|battery|batterie|laptop|ordi|computer|cellulaire|tel) (s |is |est )?(dying|meurt|about to die|"
    r"going to die|va mourir|va mourrir)",
    # "one more 'urgent' email and I'm jumping out the window": an exasperated joke, said of a window
    r"(one more|encore un|encore une|encore une fois)( \w+){0,8} (jump|jumping|jumpin|sauter|saute|me jeter|me jette|"
    r"me lancer|me lance)( \w+){0,3} (window|fenetre)",
    # dev_g: work overload said as being killed or drowned ("mon boss me tue avec ses courriels", "drowning in emails")
    r"(me|m) (tue|tuent|kill|kills|killing) (avec|with) (ses|son|sa|leurs|les|mes|his|her|their|the|all) (\w+ )?"
    r"(courriels|emails|e mails|demandes|questions|reunions|meetings|appels|calls|textos|texts|messages|deadlines|dossiers)",
    r"(me|m) (noyer|noie|noye|noyee) (dans|sous) (les|mes|la|le|mon|ma) (courriels|emails|dossiers|travail|paperasse|"
    r"factures|comptes|taches|demandes|messages|ouvrage|job)|(drowning|drown|drowned) (in|under) (emails|e mails|work|"
    r"paperwork|tickets|files|bills|messages|requests|deadlines)",
    # off the grid, on a holiday: "gonna disappear off the grid" (dev_h)
    r"(disappear|disparaitre|vanish|go|going) (off the grid|hors (du )?reseau|offline)",
    # heat said as dying: "its 35 in the warehouse today im literally dying" (dev_h)
    r"(\d\d( degres| degrees| c| celsius)?|hot|chaud|canicule|heatwave|heat wave|chaleur)( \w+){0,8} (i m|im|je suis|je meurs|"
    r"on meurt|we re|we are|on est)( literally| litteralement| fucking| tellement)? (dying|meurs|mourir|creve|crever|dead|"
    r"mort|morts)",
    # a bare "kms lol": a mishap's hyperbole, a whole sentence and nothing more (dev_h)
    r"^kill myself (lol|lmao|lmfao|haha\w*|jk)$",
    # a time off: "je veux disparaître deux semaines dans le Sud", "disappear for a week to the cottage"
    r"(disparaitre|disappear|vanish)( \w+){0,8} (pour |for )?(une|un|deux|trois|quatre|quelques|\d+|a|two|three|a few|couple)"
    r" (semaine|semaines|jour|jours|mois|fin de semaine|fins de semaine|week|weeks|day|days|month|months|weekend)",
    # a chore said as dying: "jvais mourir si jdois refaire ce fichier"
    r"(vais|vas|va|gonna|going to|ll|will) (mourir|die) (si|if) (je|j|on|i) (dois|doit|ai a|a a|have to|has to|need to|must)"
    r" (refaire|redo|recommencer|relire|reread|rewrite|reecrire|sit through|encore|again|re)",
]
# An idiom unless danger words sit next to it: "je me jette à l'eau" is "I take the plunge", but not at the quay.
CONDITIONAL_IDIOMS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"\b(me|se|m|s) (jette|jeter|lance|lancer) a (l|le) eau\b"),
     re.compile(r"\b(quai|pont|bridge|fleuve|riviere|river|lac|lake|glace|ice|noyer|drown|mourir|die|ce soir|tonight)\b")),
]
# Someone else's completed suicide or overdose, told as grief or news: not a danger now.
COMPLETED = re.compile(r"\b(se est tue en|se est tuee en|killed (him|her|them)sel(f|ves)|took (his|her|their) (own )?life|se est (suicide|suicidee|"
                        r"enleve la vie|pendu|pendue)|committed suicide|died by suicide|s est suicidee?|"
                        r"a mis fin a ses jours|ended (his|her|their) life|mort de une surdose|morte de une surdose|mort d une surdose|"
                        r"died of an overdose|overdosed and died|mort par suicide|morte par suicide|parent se est suicide)\b")
# Someone else died: grief, told as such ("mon beau-père vient de mourir"). Read only when no rule found anything.
GRIEF = re.compile(r"\b((vient|viens|venait|venais) de (mourir|deceder|nous quitter)|just (died|passed|passed away)|"
                   r"passed away|est (decede|decedee|mort|morte) (hier|ce matin|cette semaine|la semaine|le mois|samedi|"
                   r"dimanche|lundi|mardi|mercredi|jeudi|vendredi|en|il y a|de|d)|died (last|this|on|in|of|from|yesterday)|"
                   r"funerailles|funeral|deces|enterrement|obseques|salon funeraire)\b")
# Goodbyes to a pet at the vet's.
PET_FAREWELL = re.compile(r"\b((goodbye|adieu|bye) (old girl|old boy|buddy|mon chien|mon chat|ma chienne|ma chatte|my dog|"
                          r"my cat|doggo|minou|pitou)|the vet|le vet|le veterinaire|la veterinaire|put down|put to sleep|"
                          r"euthanas\w*)\b")
# An animal named just before a finding: "my old dog won't be around much longer" is about the dog.
PET_SUBJECT = re.compile(r"\b(dog|dogs|cat|cats|chien|chienne|chat|chatte|pup|puppy|chiot|horse|cheval|bird|oiseau|fish|"
                         r"poisson|hamster|lapin|rabbit|pitou|minou|doggo|kitty)( [a-z]+){0,4} *$")
# Goodbyes at work: a move, a new job, a retirement.
WORK_FAREWELL = re.compile(r"\b((goodbye|adieux|adieu)( forever| pour toujours)? (to|a) (my|ma|mon|the|la|le|l) (old )?"
                           r"(\w+ )?(chair|chaise|laptop|phone|cell|printer|imprimante|computer|ordi|couch|divan|sofa|mug|"
                           r"tasse|shoes|souliers|boots|bottes|jeans)|"
                           r"(goodbye|adieux|adieu) (to|a) (my|ma|mon|the|la|le|l) (old )?(home|house|maison|apartment|"
                           r"appartement|appart|car|char|truck|office|bureau|desk|city|ville|town|village|school|ecole|"
                           r"childhood home|maison de enfance|maison d enfance)|before the sale|avant la vente|"
                           r"(change|changing|changer) (de )?(departements?|departments?|jobs?|postes?|teams?|equipes?|"
                           r"stores?|succursales?)|new job|nouvelle job|nouvel emploi|nouveau poste|moving|demenage|demenagement|"
                           r"retiring|retraite|retirement|transfer|mutation|leaving the company|quitte la compagnie|"
                           r"farewell party|party de depart|pot de depart|goodbye card|carte de adieu|carte de depart|"
                           r"(commence|start|starting|begin) (lundi|monday|\w+ prochain|next \w+) (chez|at)|(chez|at|for) (le|l|the|un|a) (competiteur|competition|competitor|nouvel employeur|new employer)|(remis|handed in|returned|rendu) (mes|ma|mon|my) (cles|keys|badge|carte)|demission|resignation|two weeks notice|2 weeks notice|preavis|"
                           r"see (you|ya|u) (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
                           r"tmrw|next week|in the morning|at \w+)|(a|see you) (lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                           r"dimanche|demain|la semaine prochaine|tantot)|"
                           r"our coworker who|notre collegue qui|our colleague who|last day at|dernier jour a|dernier jour au|"
                           r"(for|to|from|a|de|pour) (his|her|my|their|son|sa|mon|ma|ses|mes) (old|former|ancien|ancienne|"
                           r"anciens|anciennes|previous) (job|team|equipe|coworkers|collegues|colleagues|company|compagnie|work|travail|crew))\b")
# Told about oneself long ago and no more ("I was suicidal in my 20s, got help"): not a danger now, unless it is back.
DISTANT_PAST = re.compile(r"\b(in my \d+s|years ago|yrs ago|il y a \d+ ans|ya \d+ ans|y a \d+ ans|"
                           r"(il y a|ya|y a|ca fait|ce fait) (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques|plusieurs|des) (ans|annees)|"
                           r"quand je etais (jeune|ado)|when i was (young|a teen|a kid|\d+)|ce est loin|"
                           r"all clear|screened me|depiste|fini depuis longtemps|a long time ago|long time ago|long over|over now|"
                           r"behind me|derriere moi|years back|few years ago|a few years back|il y a quelques annees|"
                           r"as a teen|thriving now|self harm free|years clean|ans sobre|years sober|"
                           r"\d+ (years|ans|yrs) (clean|sober|sobre)|il y a longtemps|ca fait longtemps|"
                           r"quand (je|j) avais \d+ ans|when i was a teenager|quand je etais adolescente?|y a longtemps|"
                           r"(ca|ce) fait \d+ ans que (je|j) ai (arrete|fini|lache)|(ca|ce) fait \d+ ans que (ce|c) est fini|"
                           r"it s been \d+ years since|au secondaire|in high school|au cegep)\b")
# A habit told as over, just before the act: "avant je me coupais", "I used to cut".
USED_TO = re.compile(r"\b(used to|avant (je|j)|before i|back then i|dans le temps je)( [a-z0-9]+){0,3} ?$")
# Told as over: a time gone by ("I used to", "avant je", "in 2015") and a word that it is resolved ("I'm fine now",
# "j'ai refait ma vie", "got arrested"). Both are needed: "je dis que je vais bien mais je veux mourir" stays a crisis.
PAST_MARKER = re.compile(r"\b((mon|ma|my) (ancien|ancienne|former|old) (chum|blonde|conjoint|conjointe|mari|femme|partner|"
                         r"boyfriend|girlfriend|husband|wife|boss|patron)|a ete condamnee?|was convicted|pressed charges|"
                         r"porte plainte|used to|avant (je|j)|before i|back then|a le epoque|autrefois|quand (je|j) etais|"
                         r"when i was|in (19|20)\d\d|en (19|20)\d\d|got arrested|a ete arretee?|is in jail|est en prison)\b")
RESOLVED = re.compile(r"\b(i m (fine|ok|okay|good|doing well|doing better|safe) now|i feel safe now|i m glad|"
                      r"doing (well|great|fine|better) (now|today)|(glad|happy|grateful) to be alive|"
                      r"(contente?|heureuse?|heureux) (de|d) etre en vie|proud of how far|(fier|fiere) du chemin|"
                      r"rebuilt my life|refait ma vie|did therapy|got help|(je|j) ai eu de l aide|"
                      r"(je|j) ai suivi une therapie|en securite maintenant|je me sens en securite|"
                      r"je vais (bien|mieux) (maintenant|aujourd hui)|ca va (bien|mieux) (maintenant|aujourd hui))\b")
# It is back: the past is not over.
RELAPSE = re.compile(r"\b(it s back|is back|came back|coming back|revenu|revenue|again|encore|revient|reviennent|"
                     r"recommence|relapsed|relapse|rechute|rechuter|ruined it|gache)\b")
RECURS = re.compile(r"\b(it s back|is back|came back|coming back|revenu|revenue|again|encore|revient|reviennent|"
                     r"recommence|relapsed|relapse|rechute|rechuter|ruined it|gache|ce soir|lately|"
                     r"dernierement|these days|ces temps ci|tonight|right now|still|toujours|"
                     # "now I'm a manager" tells who the writer is today, not that it is back (dev_g)
                     r"now i(?! m a| m an| m the| work| have a| manage)|now im(?! a| an| the)|"
                     r"now i m(?! a| an| the)|but now|mais la|mais maintenant)\b")
# A dated past said to be over ("assaulted on the job in 2016 ... it's resolved"): asked directly, not alarmed at.
DATED_PAST = re.compile(r"\b((in|en) (19|20)\d\d|years ago|yrs ago|il y a \w+ ans|ya \w+ ans|y a \w+ ans)\b")
TOLD_AS_OVER = re.compile(r"\b(it s resolved|it was resolved|ce est regle|c est regle|ce est reglee|was charged|"
                          r"a ete accuse|a ete accusee|i m fine now|i m ok now|i m okay now|je vais bien maintenant|"
                          r"ca va bien maintenant|done a lot of therapy|did a lot of therapy|fait beaucoup de therapie|"
                          r"not in a dangerous way|pas de facon dangereuse|just memories|juste des souvenirs)\b")
# The writer takes it back in so many words ("j'veux mourir... non pas pour vrai lol").
RETRACTED = re.compile(r"\b(non pas pour vrai|pas pour vrai lol|not for real lol|figure of speech|facon de parler|"
                        r"(?<!not )just kidding|je niaise(?! pas)|je blague(?! pas)|(?<!not )just joking|"
                        r"(?<!not )only joking)\b")
# Hunting, a range, a game, an accident: the same words, no danger.
NO_DANGER_CONTEXT = re.compile(r"\b(moose hunting|deer hunting|going hunting|hunting season|hunting trip|a la chasse|"
                                r"chasse a le orignal|saison de chasse|gun range|shooting range|champ de tir|club de tir|"
                                r"clean my rifle|nettoie ma carabine|nettoyer ma carabine|friteuse|fryer|en cuisinant|"
                                r"while cooking|by accident|par accident|sans faire expres|en ouvrant des boites|"
                                r"opening boxes|jiu jitsu|judo|mma|sparring|lasagna|lasagne|doing dishes|"
                                r"faisant la vaisselle|broken glass|verre casse|exacto a glisse|knife slipped|"
                                r"couteau a glisse|mystery novel|crime novel|un polar|paintball|airsoft|rec hockey|"
                                r"hockey cosom|slipped on (the )?ice|glisse sur la glace|fell on the ice|hunting rifle|"
                                r"carabine de chasse|fusil de chasse|inherited|chasse au \w+|pour la chasse|duck hunting|"
                                r"goose hunting|turkey hunting|deer season|opening day|for hunting|(moose|deer|duck|goose|turkey|bear|elk|"
                                r"orignal|chevreuil) season|hunting tag|my tag for|mon tag|"
                                # work gear: climbing rope, rope access, cut-resistant gloves (dev_h)
                                r"climbing rope|rope access|rope acces|boat trailer|marine rope|rope brand|tow rope|mooring|amarrage|"
                                r"remorque|culinary|culinaire|knife kit|chef knife|couteau de chef|ecole de cuisine|"
                                r"cooking school|sharpen|aiguiser|aiguise|fall arrest|fall protection|harness|harnais|rigging|arborist|"
                                r"arboriste|elagueur|lanyards?|corde d escalade|cut resistant|knife resistant|"
                                r"resistant aux coupures|anti coupures?|meat plant|butcher|boucherie|abattoir|"
                                r"(my|mon|ma) (first|premier|premiere) (turkey|"
                                r"deer|moose|buck|doe|duck|goose|chevreuil|orignal|dinde|canard|oie)|saison (du|de la|de le|des) (chevreuil|"
                                r"orignal|chasse|canard|dinde|oie|perdrix)|permis de possession|permis de arme|permis d arme|"
                                r"permis de chasse|firearms licen[cs]e|possession licen[cs]e|hunting licen[cs]e|"
                                r"a la peche|la peche|fishing|fishing knife|couteau de peche|canne a peche|fishing rod|"
                                r"truite|trout|brochet|pike|walleye|perchaude|saumon|salmon|fillet|fileter|karate|karaté|"
                                r"self defense|autodefense|krav maga|target shooting|tir sur cible|pellet|a plomb|bb gun|"
                                r"carabine a plomb|onions|oignons|couper des legumes|cutting vegetables|chopping|"
                                # a cut at work asked about as a work accident (dev_g)
                                r"accident de travail a declarer|declarer un accident de travail|cnesst|csst|secouriste|workers comp|wsib|incident report|first aider|about safety|"
                                r"health and safety|safety committee|sante et securite|comite de sst)\b")
# An everyday injury: the kitchen, the workshop, an accident, "nothing serious"; not "on purpose".
ACCIDENT = re.compile(r"\b(by accident|accidentally|par accident|sans faire expres|pas fait expres|rien de grave|"
                      r"nothing serious|not serious|pas grave|while cooking|en cuisinant|oignons|onions|tomates|tomatoes|"
                      r"legumes|vegetables|carottes|carrots|bagel|bread|four a pizza|"
                      r"pizza oven|oven|four|stove|poele|barbecue|bbq|grill|fer a repasser|soldering|souder|au genou|"
                      r"my knee|mon genou|cheville|ankle|au soccer|au hockey|at soccer|at hockey|au travail sur|"
                      r"on the job site|au gym|at the gym|au dos|mon dos|my back|lifting|en soulevant|en forcant|workout|"
                      r"du pain|le pain|mon pain|un pain|eczema|psoriasis|rash|itch|itchy|itching|piqures|bug bites|mosquito|"
                      r"moustiques|maringouins|mouches noires|black flies|bug bite|allergie|allergy|urticaire|hives|dermatite|varicelle|chickenpox|dry skin|peau seche)\b")
# Old age, at peace: "ma grand-mère dit qu'elle est prête à partir, elle a 97 ans".
OLD_AGE = re.compile(r"\b((she|he|elle|il) (s|is|a|has|est) (8|9|10)\d( ans| years old| yo)?|(8|9|10)\d (ans|years old|yo)|"
                     r"grand mere|grandmere|grand pere|grandpere|grandma|grandpa|grandmother|grandfather|"
                     r"soins palliatifs|palliative|hospice|fin de vie|end of life)\b(?=.*\b(at peace|sereine|serein|en paix|"
                     r"peaceful|paisible|long life|belle vie|good life|bien vecu|full life))")
# A crisis phrase said of a thing: "je peux pu continuer de même avec cet horaire-là", "this excel sheet is cursed".
ABOUT_A_THING = re.compile(r"\b(with|avec|at|dans|de|in|about|a propos de|a cause de|because of) (this|that|the|my|ce|cette|cet|"
                           r"mon|ma|le|la|l|mes|these|ces) (\w+ )?(schedule|horaire|horaires|project|projet|client|software|"
                           r"logiciel|system|systeme|excel|sheet|spreadsheet|fichier|file|printer|imprimante|computer|ordi|"
                           r"char|car|meeting|reunion|paperwork|paperasse|deadline|commute|trafic|traffic|renos|renovations|"
                           r"tax|taxes|impots|course|cours|exam|examen)\b|\b(this|that|ce|cette|cet) (\w+ )?(excel|sheet|"
                           r"spreadsheet|printer|imprimante|software|logiciel|computer|ordi|project|projet|horaire|schedule)"
                           r" (is|est|s)\b")
# Away for a while, not for good: "they'll be fine without me while I'm at the conference".
AWAY_FOR_A_WHILE = re.compile(r"\b(while i m|while i am|while im|pendant que je|pendant mon|pendant ma|during my|when i m away|"
                              r"quand je serai parti en|conference|congres|colloque|vacation(?! days| bank| pay)|vacances(?! accumulees)|voyage|trip|"
                              r"business trip|weekend away|fin de semaine|la semaine prochaine|next week|formation a|"
                              r"training in|surgery|operation|hospital stay|hospitalisation|before leaving (for|on)|up north|dans le nord|"
                              r"au chalet|at the cottage|refill|renouvellement|installe|installer|moving to|le an prochain|"
                              r"move to|moving back|demenage|demenager|l an prochain|next year|emigre|emigrer|emigrate|"
                              r"immigrate|conge de (maternite|paternite|maladie|parental|sabbatique)|maternity leave|paternity leave|"
                              r"parental leave|sick leave|medical leave|sabbatical|pendant (un|une|deux|trois|quatre|six|\d+) (an|ans|mois|semaines)|for (a|one|two|three|six|\d+) (year|years|months|weeks)|condo|downsizing)\b")
ON_PURPOSE = re.compile(r"\b(on purpose|expres|volontairement|deliberately|to feel|pour sentir|to punish|pour me punir|"
                        r"how i deal|how i cope|to cope|cope with|deal with the pain|pour gerer|ma facon de gerer|my way of "
                        r"(dealing|coping)|only thing that helps|seule chose qui (aide|me soulage)|when things get bad|"
                        r"quand ca va mal)\b")
# Sport where being choked or hit is the game: read in the same sentence, for the attack rules only.
SPORT = re.compile(r"\b(au hockey|at hockey|playing hockey|en jouant au|while playing|pendant la game|during the game|"
                   r"pendant le match|during the match|au soccer|at soccer|au football|au basket|call of duty|fortnite|"
                   r"minecraft|warzone|valorant|overwatch|dans le jeu|in the game|dans un jeu|in a game|dans mon jeu|"
                   r"in my game|mario kart|"
                   r"jiu jitsu|judo|mma|sparring|paintball|airsoft|lutte olympique|wrestling practice|boxing class|"
                   r"cours de boxe)\b")
ON_MYSELF = re.compile(r"\b(i don t hunt|i dont hunt|je chasse pas|je chasse meme pas|hunting (zz )?i m not|"
                        r"myself|on me|sur moi|moi meme|pense juste a ca|pense juste a ce|think about it|"
                        r"thinking about it|je y pense|j y pense|using it on|me en servir|m en servir|de y penser|"
                        r"d y penser|stop thinking about it)\b")
# Someone else asked ("my therapist asked if I wanted to die"); "je me demande si" / "I wonder if" is the writer's own.
ASKED_IF = re.compile(r"\b(asked|asks|(?<!je )(?<!me )demande|demandait|m a demande|me a demande)( \w+){0,2} (if|si|whether)\b")
IDIOM_RE = re.compile(r"\b(" + "|".join(IDIOMS) + r")\b")
NOT_A_NEGATION = re.compile(r"\b(arrete pas de|arrete pas|arrive pas a|peux pas arreter|can t stop|cant stop|"
                             r"couldn t stop|can t get it out|ne fait pas que|pas juste)\b")
THREAT_BEFORE = re.compile(r"\b(menace|menacait|menacent|a menace|threatens|threatened|jure|swore)\b")
CLAUSE = "zz"  # a comma, kept as a token: a negation does not reach past it ("je rentre pas, je vais au quai")
INNER_NEGATION = re.compile(r"\b(pas|jamais|aucun|aucune|not|never|no|nt|don t|won t|wouldn t|ni)\b")

# Someone else at risk: the person slot. A self rule read with these words as its subject.
OTHER_SUBJECT = re.compile(rf"\b(?:{L.THEY[3:-1]}|{L.RELATIVE}|\w+ (?:ans|yo|year old))\b")
# "me" is left out: in English it is an object ("he told me"), and in French "je" comes before it anyway.
SELF_SUBJECT = re.compile(r"\b(?:je|j|i|moi|myself)\b")
# The writer found or saw it: "I found a goodbye letter in my daughter's room", "j'ai vu des coupures sur ses bras".
FOUND_BEFORE = re.compile(r"\b(found|find|trouve|trouvee|saw|seen|noticed|vu|remarque|read|lu)\b")
# "il y a", "il faut", "il me arrive": an "il" that is nobody.
IMPERSONAL_IL = re.compile(r"\bil (?=(?:y a|faut|fallait|faudrait|fait|pleut|reste|manque|me arrive|m arrive|se passe|"
                           r"est \d|etait une fois)\b)")
# The writer says it is about them after all: "asking for me", "c'est pour moi", "asking for a friend" (a joke that
# usually means oneself).
FOR_ME = re.compile(r"\b(asking for (me|myself|a friend)|(c|ce) est pour moi|c pour moi|je demande pour moi|"
                    r"pour moi (zz )?bientot)\b")
# Words that are someone else's: quoted after "she texted", "il m'a dit".
SPEAKER_OTHER = re.compile(rf"\b(?:{L.THEY[3:-1]}|{L.RELATIVE})\b(?: [a-z0-9]+){{0,6}} (?:said|says|told|tells|texted|"
                           rf"texts|wrote|writes|posted|sent|asked|keeps saying|dit|disait|dire|a dit|texte|ecrit|"
                           rf"envoye|publie|demande|repete|me a dit|me a texte|me a ecrit|me a envoye)\b")
SPEAKER_SELF = re.compile(r"\b(?:i|je|j) (?:said|told|texted|wrote|typed|ai dit|ai ecrit|ai texte|lui ai dit|dis|disais)\b")

# Context that makes a message about suicide in general, not about anyone's danger now. Phrases only, read in the
# same sentence as the finding: "au cours des derniers mois" or "of course" must never silence a crisis.
META = re.compile(r"\b(?:formation en prevention|formation sur le suicide|formation sentinelle|sentinel training|"
                  r"prevention du suicide|prevention suicide|suicide prevention|semaine de prevention|prevention week|"
                  r"pour un cours|for a course|for a class|for class|travail de ecole|travail d ecole|school project|"
                  r"un article|an article|un reportage|a documentary|un documentaire|in the news|aux nouvelles|"
                  r"la nouvelle sur|the news about|a la radio|on the radio|a la tele|on tv|des stats|statistiques|"
                  r"statistics|taux de suicide|suicide rates|how many people|combien de personnes|chaque annee|each year|"
                  r"comment aborder|how to approach|approach a coworker|aborder un collegue|signes a surveiller|"
                  r"signs to watch|warning signs|difference entre|difference between|ce bot detecte|does this bot|"
                  r"est ce que ce bot|this bot detect|comment ca marche|how it works|if i write|if i type|"
                  r"si je ecris le mot|ecris le mot|write the word|type the word|say the word|the word suicide|"
                  r"le mot suicide|video game|jeu video|board game|a play where|une piece|piece de theatre|"
                  r"my character|mon personnage|mon perso|crime podcast|mystery novel|writing a novel|un roman|"
                  r"career suicide|suicide professionnel|political suicide|suicide politique|anti suicide|filets anti|"
                  r"suggestions de livres|books about|book recommendations|talk to my crew about|"
                  r"parler du suicide avec|how to talk about suicide|parler de suicide avec|aborder le suicide|"
                  r"talking about suicide saves|parler du suicide sauve|les signes que|quels sont les signes|ce est quoi les signes|"
                  r"what are the signs|the signs that|mon cours de|my class on|facteurs de risque|risk factors|"
                  r"un travail sur|a paper on|a project on|research on|book recs|livres sur le deuil|grieving a suicide|"
                  r"stats on|stats sur|safety committee|comite de sante|la diff entre|pour un atelier|for a workshop|"
                  r"le personnage|the character|dans la serie|in the series|in the show|dans le film|in the movie|"
                  r"dans le livre|in the book|demander directement|ask someone directly|poser la question directement|"
                  r"si quelqu un ecrit|if someone writes|if someone types|que est ce qui se passe si|qu est ce qui se passe si|"
                  r"what happens if someone|deuil apres un suicide|grief after suicide|suicide loss|"
                  r"(what should i do|what do i do|how should i react|how do i react|how to react|how do i help|"
                  r"how can i help|comment je dois reagir|comment dois je reagir|comment on doit reagir|comment reagir|"
                  r"quoi faire|que faire|qu est ce que je fais|que est ce que je fais|what to do) (if|si|when|quand) "
                  r"(a|an|un|une|my|mon|ma|someone|quelqu un|une personne|a person)|first aid|premiers soins|"
                  r"secourisme|cours de rcr|cpr class|"
                  # a plot told: "its about a girl who tries to end her life" (dev_h)
                  r"(it s|its|c est|ce est|story|book|film|movie|show|novel|series|roman|livre|histoire|serie)( is)? (about|sur|"
                  r"the story of|l histoire de|le histoire de) (a|an|une|un) (\w+ )?(girl|boy|guy|woman|man|kid|teen|family|"
                  r"character|fille|gars|femme|homme|jeune|famille|personnage|ado) (who|qui)|(we had|we got|on a eu|on a recu|we had to work on) (a|an|un|une) (\w+ )?(overdose|od|surdose|hanging|"
                  r"pendaison|suicide attempt|tentative|jumper) (come in|coming in|brought in|qui est arrive|arriver|rentrer|"
                  r"call|appel)|(appel|appels|call|calls|intervention) (pour|for|on|about|to) "
                  r"(un|une|a|an) (\w+ )?(pendaison|suicide|overdose|surdose|hanging|tentative|attempt|od|jumper|"
                  r"noyade|drowning)|le reportage|the report on|reportage sur|report on|l article|"
                  r"le article|the article|article about|article sur|le documentaire|the documentary|"
                  r"call of duty|fortnite|minecraft|warzone|valorant|dans le jeu|in the game|dans un jeu|in a game|"
                  r"(study|studies|etude|etudes|research|podcast|balado|series|serie|workshop|atelier|training|formation|"
                  r"conference|webinar|webinaire|presentation|brochure|poster|affiche|pamphlet|campaign|campagne)"
                  r"( \w+){0,2} (on|about|sur|pour|de|du|des|to)|"
                  r"(how|comment)( do i| je fais pour| faire pour| on fait pour| on)? (ask|demander|approach|aborder|"
                  r"talk to|parler|help|aider) (a |to )?(someone|quelqu un|a coworker|un collegue|une collegue|une personne|"
                  r"them|him|her)|(dans|in) (mon|my|un|a|le|the|ce|this) (jeu|game|video game|jeu video)|"
                  r"on the news|au telejournal|dans le journal|in the paper|thriller|un polar|le narrateur|the narrator|"
                  r"the main character|le personnage principal|"
                  r"(book|books|livre|livres|essay|essai|dissertation|memoire|thesis|session|assignment|"
                  r"class|course|lecture)( \w+){0,2} (on|about|sur|de) (le |la |l |les |the )?(suicide|self harm|"
                  r"self injury|automutilation|scarification|mental health|sante mentale|depression|overdoses?|surdoses?|"
                  r"violence conjugale|domestic violence|grief|deuil)|"
                  r"(for|pour) (my|mon|ma|a|un|une) (\w+ )?(class|course|cours|psych|exam|examen|assignment|travail)|"
                  r"(any|other|d autres|des) (recs|recommendations|recommandations|sources|references)|sources fiables|"
                  r"(what should i say|what do i say|what to say|what can i say|how (do i|should i|to|can i) (respond|answer|"
                  r"react|reply)|quoi dire|que dire|quoi repondre|que repondre|comment repondre|comment reagir|"
                  r"quoi faire|que faire)( to| a| if| si| when| quand| avec)( \w+){0,2} (someone|quelqu un|une personne|"
                  r"a person|a coworker|a colleague|un collegue|une collegue|a friend|un ami|une amie)|"
                  r"(in|at|during) (the|a|this|our|my) (workshop|training|class|course|seminar|webinar|session)|"
                  r"(a|dans|pendant) (le|la|l|un|une|notre|mon|ma) (formation|cours|seminaire|webinaire)|"
                  r"(pendant|durant|dans) (le|l|un|notre) atelier|"  # "à l'atelier" is the shop floor (dev_i)

                  r"asking (someone |people |a person )?directly|demander directement|nouvelle aidante|nouvel aidant|"
                  r"((?<=le )|(?<=la )|(?<=the )|(?<=notre )|(?<=our ))(formateur|formatrice|trainer|instructor|instructeur|"
                  r"instructrice)( \w+){0,2} (a dit|a parle|nous a|said|told|talked|explained|a explique|disait)|signes de detresse|signs of distress|"
                  r"role play|role playing|jeu de role|jeux de role|mises en situation|mise en situation|"
                  r"nouveau aidant|new helper|new peer helper|(prepare|prepare for|preparer|me preparer) (for )?"
                  r"(the|a|la|le|une|un) (training|formation|workshop|atelier|class|cours))\b")
# A message that is nothing but a farewell ("Adieu 😔🙏", "goodbye everyone"): a plain "bye" is how chats end.
BARE_FAREWELL = re.compile(r"(?:(?:adieu|adieux|farewell|goodbye forever|bye forever|adieu pour toujours|"
                           r"(?:bye|goodbye|adieu|au revoir) (?:tout le monde|everyone|everybody|all|a tous|a toutes|"
                           r"vous autres|y all|mes amis|my friends))(?: zz)? ?)+")
# Drinks and a party: "demain je vais mourir" is tomorrow's hangover, for the figurative keywords only.
HANGOVER = re.compile(r"[\U0001F377\U0001F37A\U0001F37B\U0001F942\U0001F37E\U0001F378\U0001F379\U0001F943]|\b(?:party|partys|"
                      r"brosse|veille|shooters?|drinks|hangover|lendemain de veille|gueule de bois|open bar|5 a 7|"
                      r"cinq a sept)\b")
TOMORROW = re.compile(r"\b(?:demain|tomorrow|lendemain)\b")
# Joking, said in so many letters or faces: "my wife will kill me if I miss supper lol" is a figure of speech.
JOKE = re.compile(r"\b(?:lol|lool|lmao|lmfao|rofl|mdr|ptdr|haha\w*|hehe\w*|jk|jpp)\b|[\U0001F602\U0001F923\U0001F606"
                  r"\U0001F605\U0001F644\U0001F61C\U0001F61D\U0001F92A]")
# What a joke marker does not take back: a weapon, a blow, fear, leaving, the police, "for real".
SERIOUS = re.compile(rf"\b(?:{L.WEAPON}|{L.FEAR}|hit|hits|hitting|frappe|frapper|bat|beat|beats|choke|etrangle|"
                     r"leave|left|quitte|quitter|partir|pars|police|cops|911|scared|afraid|threat|menace|menacee)\b")

# A negation reaches the finding only within its own clause: a comma (zz) or a new subject ends it,
# so "j'en peux pas je veux mourir" and "I have no friends I want to die" are not read as negated.
NEGATION = re.compile(r"\b(?:pas|jamais|aucun|aucune|not|never|no|nt|don t|dont|ne|n|won t|wouldn t|d never|"
                      r"nor|ni|plus jamais)\b(?: (?!zz\b|je\b|j\b|i\b|il\b|elle\b|he\b|she\b|we\b|nous\b|"
                      r"they\b|ils\b|elles\b|tu\b|you\b)[a-z0-9]+){0,3} ?$")

# dev_i: look-alikes from workplace health and safety. Each is a frame a message sets for itself, read on the whole
# message, and each gives way to the writer's own distress said in so many words (PERSONAL_DISTRESS).
# A question about a rule, a procedure or a safe limit: "c'est quoi la procédure si quelqu'un se coupe", "is it legal",
# "la limite sécuritaire par jour", "les bonnes pratiques pour le sauvetage".
SAFETY_QUESTION = re.compile(r"\b(procedure|procedures|protocole|protocol|bonnes pratiques|best practices?|"
                             r"limite securitaire|limite maximale|safe limit|safe dose|dose securitaire|dose maximale|"
                             r"max dose|maximum dose|max legale|maximum legal|legal limit|limite legale|c est tu legal|"
                             r"ce est tu legal|est ce legal|est ce que ce est legal|is it legal|is that legal|"
                             r"normes|regulations?|reglementation|"
                             r"temperature max|temperature maximale|max temperature|premiers soins|first aid|secouriste|"
                             r"first aider|droit de refus|right to refuse|(can|could) (you|u|i|we) take (in|per|a) (24h|24 h|24 hrs|24 hours|"
                             r"day)|(combien|how many|how much|max|maximum|mg)( \w+){0,6} (en|par|per|in|a) (24h|24 h|24 heures|"
                             r"jour|journee|day))\b")
# A practical question about work paperwork or a plan: "do I need to log it as personal days", "budget is tiny. ideas?".
# It takes back only the loose rules whose parts are everyday words (a means and an intent anywhere in a window).
ADMIN_QUESTION = re.compile(r"\b((do|should|can|could) (i|we) (need to )?(log|book|declare|submit|claim|fill|put|count|"
                            r"code|enter)|personal days|vacation (rule|rules|bank|policy)|jours de vacances|"
                            r"banque de (vacances|conges|temps)|budget is|notre budget|ideas|des idees|suggestions|"
                            r"mental health week|semaine de la sante mentale)\b")
# What no safety frame takes back: the writer's own wish, intent or despair.
PERSONAL_DISTRESS = re.compile(r"\b((je|j|i) (veux|voudrais|want|wanna|wish) (mourir|die|en finir|be dead|me tuer|"
                               r"kill myself|disparaitre|disappear)|me tuer|me suicider|kill myself|end my life|"
                               r"en finir|end it|suicid\w*|(plus|pas|pu|not|never) (me|se) reveiller|not wake up|"
                               r"pour de bon|for good|a boutte|can t go on|peux plus continuer|tout le monde va dormir|"
                               r"d un coup|all at once|toute la boite|the whole bottle|toute la bouteille|trop|too many|"
                               r"de cote|cachee|cache|hidden|stash|stashing|stashed|hoarding|au cas|just in case|on purpose|expres|assez pour|enough to|au complet|que ca arrete|"
                               r"make it stop|vide mon|emptied|(whole|entire|toute ma|toute la|tout mon|all my|tous mes|"
                               r"toutes mes) (\w+ )?(prescription|bouteille|boite|bottle|pills|meds|medicaments|comprimes|"
                               r"pilules|pilulier|organizer|dosettes|dispill|dispills|blister))\b")
# Someone else's danger already handled: "I handled it, got the pharmacist, and she was connected with help".
HANDLED = re.compile(r"\b(i handled it|j ai gere|je ai gere|got (her|him|them) help|(was|were|got) connected (with|to)|"
                     r"connected (her|him|them) (with|to)|(she|he|they) (s|is|are|re) safe now|(il|elle) est en securite|"
                     r"a eu de l aide|got the help|a ete pris en charge|was taken care of)\b")
# Medication taken as prescribed, a routine asked about: "je prends mes médicaments pis je dors mieux", "mes heures
# de prise", "mon pharmacien m'a proposé des dispills", "tous les jours pour mon dos".
MED_ROUTINE = re.compile(r"\b(tous les jours|chaque jour|chaque soir|chaque matin|every day|daily|every night|"
                         r"every morning|heures de prise|heure de prise|a la bonne heure|dispills?|pilulier|pill organizer|"
                         r"pill box|pharmacien|pharmacienne|pharmacist|prescrits?|prescrites?|prescribed|ordonnance|"
                         r"prescription|mon medecin|ma medecin|my doctor|psychologue|je dors mieux|i sleep better|"
                         r"effets secondaires|side effects|depuis mon operation|since my surgery|as directed)\b")
# Training told as training, yet this time real: "on a eu une formation sentinelle mais là c'est pour vrai".
FOR_REAL = re.compile(r"\b(mais la ce est pour vrai|mais la c est pour vrai|mais cette fois ce est pour vrai|"
                      r"but (now|this time) (it s|its|it is) (for )?real|this time it s real|pour vrai cette fois)\b")
# A workplace injury told as an injury: hurt at a body part or on the job ("s'est blessé à l'épaule").
WORK_INJURY = re.compile(r"\b(se est|s est|me suis|m suis|se|s|me|got|gets|was|been) (blesse|blessee|blessent|injured|hurt) "
                         r"(a le|au|aux|a la|"
                         r"a l|to his|to her|to my|in the|on the|at work|au travail|on the job)\b")
# Worn out, needing sleep: "pu de jus, pu de batterie, faut que je me couche".
WORN_OUT = re.compile(r"\b(me coucher|me couche|je me couche|"
                      r"aller dormir|aller me coucher|go to bed|need to sleep|need sleep|besoin de dormir|crash on the couch)\b")
# A game lost, laughed about: "j'ai perdu ma partie de zelda ... je veux mourir lol".
GAME_LOST = re.compile(r"\b((perdu|lost) (ma|mon|my|the|la|le) (partie|game|save|sauvegarde|match|run|progress)|"
                       r"sans sauvegarder|without saving|didn t save|pas sauvegarde)\b")
# A life change that explains putting one's affairs in order: a leave, a move, a new job, retiring. With no death said,
# it sets the preparation findings aside (a parental leave "je serai pu là pendant un an", a move to a condo).
LIFE_CHANGE = re.compile(r"\b(conge de (maternite|paternite|maladie|parental|sabbatique)|maternity leave|paternity leave|"
                         r"parental leave|sick leave|medical leave|sabbatical|condo|downsizing|demenage|demenager|"
                         r"demenagement|moving (to|out|into|back)|vends ma maison|vendu ma maison|selling (my|the) house|"
                         r"sold (my|the) house|retraite|retirement|retiring|new job|nouvelle job|nouvel emploi|"
                         r"nouvel employeur|new employer|ma remplacante|mon remplacant|my replacement|chez le competiteur|"
                         r"(commence|start|starting) (lundi|monday|\w+ prochain|next \w+) (chez|at)|transferring|transfer|"
                         r"mutation|competitor)\b")
DEATH_SAID = re.compile(r"\b(mourir|mort|morte|die|dying|dead|death|tuer|kill|suicid\w*|en finir|end it|adieu|"
                        r"goodbye forever|pour toujours|forever|ce soit fini|it s over|be over|plus un probleme|pu un probleme|no longer a "
                        r"problem|un fardeau|a burden|derniere semaine|my last week|ma derniere|my last|alive|vivant|vivante|en vie|"
                        r"not coming back|pas revenir|redescendrai pas|reviendrai pas)\b")
# The cover story denied: "they think I'm moving out west lol. I'm not", "there's no new job", "pas en voyage".
COVER_DENIED = re.compile(r"\b(i m not|im not|there s no|there is no|theres no|it s not a trip|not a trip|pas en voyage|"
                          r"pars pas|il y a pas de|y a pas de|ya pas de|isn t true|pas vrai|they think|she thinks|he thinks|"
                          r"everyone thinks|ils pensent|elle pense|il pense|told (them|everyone|the boys|the crew|my crew))\b")
