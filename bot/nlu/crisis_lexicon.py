"""Word classes for crisis detection, on the normal form (bot.nlu.normalise): no accents, elisions split.

A class is a concept ("a way of dying", "someone close", "a large amount of medication"); the rules
in bot.nlu.crisis_rules combine classes as who x act x object x time, so a new way of saying a thing
needs one word added to a class, not a new sentence. Person classes come in a first-person and a
third-person form: one rule written once is read for the writer and for someone else.
"""

from __future__ import annotations

# ---- people -----------------------------------------------------------------------------------
# "Chum" and "ex" are a partner, but not "mon chum de job" (a work friend) nor "mon ex-boss".
PARTNER = ("my man|my old man|chum(?! de (?:job|travail|shop|la job|la shop|gars))|blonde|mari|femme|conjoint|conjointe|"
           "ex(?! (?:boss|patron|patronne|collegue|colleague|coworker|employer|employeur|manager|gerant|gerante|"
           "superviseur|supervisor|foreman|contremaitre|coloc|roommate)\\b)|partner|partenaire|husband|wife|boyfriend|girlfriend|"
           "bf|gf|spouse|fiance|fiancee|copain|copine|amoureux|amoureuse|ex mari|ex femme|ex conjoint|ex conjointe")
RELATIVE = ("collegue|collegues|coworker|coworkers|co worker|colleague|colleagues|ami|amie|friend|buddy|chum de job|"
            "fils|fille|son|daughter|enfant|kid|child|ado|teen|teenager|jeune|frere|soeur|brother|sister|pere|mere|"
            "papa|maman|dad|mom|mum|father|mother|coloc|roommate|voisin|voisine|neighbour|neighbor|employe|employee|"
            "gars|fille de la job|guy|boss|patron|patronne|superviseur|superviseure|cousin|cousine|oncle|tante|"
            "grand pere|grand mere|beau pere|belle mere|gendre|bru|nephew|niece|neveu|niece|yo|ans|year old|"
            "partner|wife|husband|client|cliente|customer|patient|patiente|passager|passagere|usager|usagere|"
            "resident|residente|eleve|student|manager|gerant|gerante|chef|contremaitre|foreman|quelqu un|someone|"
            "somebody|homme|man|femme|woman|individu|stranger|inconnu|inconnue|parent|parents|uncle|aunt|grandpa|"
            "grandma|grandfather|grandmother|stepdad|stepmom|father in law|mother in law|brother in law|sister in law|"
            "beau frere|belle soeur|guys|gars de la shop|men|workers|employees|friends|buddies|apprentice|apprenti|"
            "apprentie|receptionist|receptionniste|regular|habitue|habituee|teammate|coach|crew|teen|teens|"
            "worker|travailleur|travailleuse|caissier|caissiere|cashier|infirmier|infirmiere|nurse|prepose|preposee|"
            "chauffeur|driver|serveur|serveuse|waiter|waitress|technicien|technicienne|commis|clerk|operateur|"
            "operatrice|journalier|journaliere|soudeur|welder|machiniste|enseignant|enseignante|teacher|prof|"
            "educatrice|educateur|gardien|guard|cuisinier|cook|mechanic|mecanicien|gestionnaire|coordonnateur|"
            "coordonnatrice|coordinator|chef d equipe|team lead|lead hand|" + PARTNER)
I = r"(?:je|j|i|moi)"  # noqa: E741  (the class name is the word it stands for)
THEY = r"(?:il|elle|iel|ils|elles|he|she|they)"
ME = r"(?:me|m|myself|my self|moi|moi meme|me myself)"
HIMSELF = r"(?:se|s|himself|herself|themselves|themself|lui|lui meme|elle meme)"
MY = r"(?:my|mon|ma|mes)"
THEIR = r"(?:his|her|their|son|sa|ses|leur|leurs)"

# ---- wanting, thinking, planning ---------------------------------------------------------------------
WANT = ("souhaiterait|souhaitait|souhaitais|souhaitent|voulait|aimerais tellement|prefererait|revait|revais|"
        "veux|veut|si je pouvais|if i could|voulais|voudrais|voudrait|vx|veu|envie|le gout|gout|besoin|souhaite|souhaiterais|reve|aimerais|"
        "aimerait|prefererais|prie|espere|want|wanna|wanted|wants|wish|wishing|wished|need|hope|hoping|"
        "pray|praying|would rather|d rather|d like|would like|longing|long for|long to|wishes|hopes")
THINK = ("pense|pensais|pensee|pensees|pense souvent|penser|y penser|songe|songer|imagine|imaginer|planifie|prevois|"
         "fantasme|"
         "think|thinking|thought|thoughts|consider|considering|contemplating|imagining|picturing|planning|fantasize|"
         "fantasizing|idee|idees|obsede|obsessed|cant stop thinking|can t stop thinking|arrete pas de|peux pas arreter")
GOING = ("vais|va|vas|allais|irai|going|gonna|will|ll|m going to|am going to|s going to|is going to|about to|"
         "decide|decided|ready|pret|prete|ai decide|suis decide|suis decidee|plan|planning|plans")

NEG = ("pas|plus|pu|jamais|don t|do not|doesn t|doesnt|does not|didn t|didnt|did not|dont|no|not|aucune|aucun|rien|nothing|"
       "no longer|never|can t|cannot|can not|won t|ne|n")
WANT_LIVE = ("veux|voudrais|veut|voulait|voulais|envie|gout|le gout|tente|tentes|tentait|interesse|want|wanna|wants|"
             "wanted|wish|see the point|raison|"
             "raisons|reason|reasons|capable|able|force|need")

# ---- death and dying ----------------------------------------------------------------------------
DIE = ("arreter de vivre|arrete de vivre|ne plus vivre|plus etre en vie|pu etre en vie|plus etre vivant|plus etre vivante|ne plus etre en vie|ne plus exister|no longer be alive|not be alive|not being alive|stop breathing|arreter de respirer|mourir|mourrir|meurs|meure|meurt|mort|morte|morts|crever|creve|deceder|die|died|dying|dead|death|"
       "la mort|be dead|etre mort|etre morte|partir pour de bon|en finir|end it|end it all|ending it|end things|"
       "end everything|finish it|to not exist|not exist|stop existing|stop living|pas exister|plus exister|"
       "disparaitre pour de bon|disparaitre pour toujours|disparaitre|disappear|vanish|fade out|be gone|"
       "not be here|pas etre la|plus etre la|unalive|unaliving")
NOT_WAKE = ("pas me reveiller|plus me reveiller|jamais me reveiller|pu jamais me reveiller|plus jamais me reveiller|"
            "pas me reveille|pas voir demain|voir demain|never wake up|not wake up|not to wake up|don t wake up|"
            "wouldn t wake up|not waking up|never waking up|sleep forever|dormir pour toujours|dormir pour toujours|"
            "endormir pour toujours|my heart stops|mon coeur arrete|mon coeur arrete de battre|see tomorrow|"
            "wake up tomorrow|reveiller demain|stay asleep|fall asleep and not|fall asleep and never|"
            "me endormir pour de bon|take me in my sleep|takes me in my sleep|die in my sleep|mourir dans mon sommeil|"
            "partir dans mon sommeil|plus me lever le lendemain|pas me lever le lendemain|jamais me relever|"
            "demain arrive pas|tomorrow doesn t come|tomorrow never comes|won t wake up|wont wake up|"
            "wouldn t wake up again")
KILL = ("unaliving|unalived|tuer|tue|tues|tuait|tuerai|tuerais|suicider|suicide|suicidee|enlever la vie|ter la vie|ote la vie|"
        "oter la vie|flinguer|pendre|pendu|pendue|noyer|jeter en bas|lancer en bas|tirer une balle|tirer dessus|"
        "kill|killed|killing|kills|hang|hanging|hanged|drown|drowning|shoot|shot|shooting|shoots|off|offing|end|"
        "ending|take|taking|took|unalive|"
        "finir|achever")
SUICIDE = ("suicide|suicides|suicidaire|suicidaires|suicidal|suicidale|suicider|suicidee|suicidait|kms|"
           "suicid|suicidal thoughts|idees noires|idees suicidaires|pensees suicidaires|ideation suicidaire|"
           "suicidal ideation|dark thoughts|pensees noires|mettre fin a mes jours|mettre fin a ses jours|"
           "idees de mort|pensees de mort|thoughts of dying|thoughts of death")
LIFE = "vie|vies|jours|life|lives|existence"
LIVE = ("come up|come back up|resurface|remonter a la surface|vivre|vie|exister|continuer|etre en vie|etre vivant|etre vivante|live|living|alive|exist|existing|go on|"
        "keep going|carry on|be here|be alive|stay alive|rester en vie|keep living|continuer a vivre|"
        "continuer de vivre|breathing|breathe|respirer")

# ---- means --------------------------------------------------------------------------------------
PILLS = ("medicine cabinet|medicine|medecine|armoire a pharmacie|pharmacie au complet|pilulier|pill box|pill organizer|pill case|dosette|dosettes|anxiolytiques|anxiolytique|anxiolytics|benzodiazepines|benzodiazepine|benzos|benzo|painkillers|painkiller|anti douleurs|antidouleurs|antidouleur|opiaces|relaxants musculaires|muscle relaxants|percs|codeine|tramadol|sleeping aids|pilules pour dormir|pills for sleeping|narcotiques|narcotics|pilules|pilule|pills|pill|meds|med|medicaments|medicament|medication|medications|comprimes|comprime|"
         "cachets|cachet|tablets|tablet|capsules|tylenol|advil|acetaminophene|acetaminophen|ibuprofene|ibuprofen|"
         "somniferes|somnifere|sleeping pills|antidepresseurs|antidepresseur|antidepressants|antidepressant|"
         "ativan|lorazepam|xanax|seroquel|lithium|gabapentin|clonazepam|rivotril|oxy|oxycodone|fentanyl|"
         "opioides|opioids|insuline|insulin|dilaudid|morphine|dose|doses|pharmacie|medecine cabinet|"
         "bathroom cabinet|plaquette|pot de pilules|bottle of pills|pill bottle|prescription|prescriptions|"
         "ordonnance|script|pils|pilz|pillz|pillules|pillule|sleep stuff|sleeping stuff|affaires pour dormir|"
         "stuff to sleep|stuff for sleeping")
MUCH = ("plein de|lots of|a lot of|a handful|handful|une poignee|poignee|au complet|everything in|the lot|tout le contenu|whatever was left|ce qui restait|toute|toutes|tout|tous|all|whole|entire|every|everything|moitie|half|(?<!pas )(?<!plus )trop|too many|too much|"
        "way too|beaucoup trop|"
        "bunch|bouteille|bottle|boite|box|pot|plaquette|(?:un|a|one|deux|two|trois|three|\\d+) (?:mois|months?)|stock|stash|stockpile|stockpiling|reserve|"
        "ramasse|collected|saving|garde|gardais|gathered|\\d{2,}|enough|assez|enuf|asse|beaucoup")
SWALLOW = ("avale|avaler|avalais|pris|prendre|prends|prenais|pri|took|take|taken|taking|swallowed|swallow|"
           "swallowing|downed|popped|mixed|melange|melanger|gobe|overdosed|od|od d|ingested|injected|injecte|"
           "injection|gave myself|me suis donne|me suis injecte|shot up")
ROPE = "corde|rope|noose|noeud coulant|noeud|noued|ceinture|belt|cord"
GUN = ("fusil|carabine|arme|gun|guns|rifle|rifles|firearm|pistol|pistolet|shotgun|revolver|handgun|gun cabinet|calibre|"
       "(?:une|un|la|ma|sa|son|calibre) 12|12 gauge|balle|balles|bullet|bullets")
BLADE = ("lame|lames|blade|blades|razor|rasoir|couteau|knife|exacto|x acto|box cutter|cutter|ciseaux|scissors|"
         "verre|glass|briquet|lighter|cigarette|cigarettes|rond de poele|stove|burner")
HEIGHT = ("pont|toit|edifice|immeuble|balcon|falaise|bridge|roof|rooftop|building|balcony|ledge|cliff|overpass|"
          "window ledge|windowsill|rebord de la fenetre|barrage|dam|"
          "viaduc|railing|rampe|garde corps|edge|bord|etage|floor|story|storey")
TRAIN = "train|trains|track|tracks|rails|metro|subway|voie ferree|voies ferrees|voies ferres|voie ferre|chemin de fer|rail|freight|dix roues|transport truck|truck|camion"
CAR = ("char|auto|voiture|car|truck|pick up|pickup|garage|moteur|engine|exhaust|tuyau dechappement|"
       "tuyau de echappement|boyau|hose|carbon monoxide|monoxyde")
WATER = "lac|fleuve|riviere|lake|river|quai|water|eau|pier|dock"

# ---- time and preparation ------------------------------------------------------------------------
NOW = ("maintenant|la|right now|rn|now|en ce moment|present|tout de suite|live|ce soir|cette nuit|tonight|tonite|"
       "today|aujourd hui|ajd|auj|a soir|asoir|drette la")
WHEN = ("ce soir|cette nuit|demain|tonight|tonite|tomorrow|today|aujourd hui|samedi|dimanche|lundi|mardi|mercredi|jeudi|"
        "vendredi|saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend|fin de semaine|long weekend|"
        "la semaine prochaine|next week|le \\d+|the \\d+(?:st|nd|rd|th)?|\\d+(?:st|nd|rd|th)|minuit|midnight|"
        "apres|after|avant|before|date|jour|day|heure|time|anniversaire|anniversary|birthday|fete|payday|paie|"
        "fin du mois|end of the month|cette semaine|this week")
GOODBYE = ("adieu|adieux|goodbye|good bye|goodbyes|farewell|au revoir pour toujours|dernier message|last message|"
           "derniers mots|last words|lettre de adieu|lettres de adieu|mot de adieu|note de adieu|goodbye note|"
           "goodbye letter|goodbye letters|suicide note|goodbye email|courriel de adieu|mail de adieu|"
           "say goodbye|dire adieu|saying goodbye|said goodbye|dit adieu|fait mes adieux|faire mes adieux")
WILL = ("testament|my will|a will|his will|her will|new will|the will|redid|assurance vie|life insurance|mots de passe|"
        "passwords|mes affaires en ordre|my affairs in order|affaires en ordre|logins|bank logins|codes de acces|mes codes|"
        "my pin|mon nip")
GIVE_AWAY = ("donne|donner|donnais|gave|give|giving|given|away|vendu|sold|distribue|laisse|left")
NO_NEED = ("rien qui me retient|plus rien qui me retient|nothing holding me|nothing keeping me|nothing to keep me|nothing left to keep me|nothing left holding me|en aurai pas besoin|en aurai pu besoin|en aurai plus besoin|en aura pu besoin|en aura pas besoin|"
           "en aura plus besoin|won t need|wont need|will not need|not need them|won t be needing|"
           "need them where|besoin la ou|ou je vais|where i m going|where im going|where he s going|"
           "where she s going|won t be around|serai pu la|serai plus la|sera pu la|sera plus la|"
           "won t be able to take care|wont be able to take care|won t be able to look after|pourrai plus m en occuper|"
           "pourrai pu m en occuper|pourrai plus me en occuper|pourrai pu me en occuper|pourrai pas m en occuper|"
           "pourrai pas me en occuper|won t be around to")

# ---- violence -----------------------------------------------------------------------------------
HIT = ("frappe|frapper|frappait|frappee|frappes|fesse|fesser|fessait|bat|battre|battu|battue|battait|etrangle|"
       "saute dessus|sauter dessus|casse|cassee|"
       "etrangler|etranglee|etranglait|serre le cou|serre la gorge|pousse|pousser|poussee|cogne|cogner|cognee|"
       "tape dessus|taper dessus|bouscule|attaque|attaquer|attaquee|agresse|agresser|agressee|viole|violer|violee|"
       "lance des affaires|lance|lancait|traine|trainee|blesse|blesser|blessee|brule|poignarde|poignarder|"
       "hit|hits|hitting|beat|beats|beating|beaten|choke|chokes|choked|choking|strangle|strangled|strangling|"
       "punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|shove|shoved|push|pushed|"
       "pushes|slam|slammed|slams|drag|dragged|drags|throw|threw|throws|attack|attacked|attacks|assault|"
       "assaulted|rape|raped|stab|stabbed|hurt|hurts|hurting|grab|grabbed|jumped|smashed|broke|bruises|shoves|"
       "par la gorge|by the throat|by the neck|"
       "marks|marques|bleus")
THREATEN = ("promis|promet|promettait|promised|promises|warned|warns|averti|avertie|prevenu|prevenue|jure que|swore that|menace|menacer|menacee|menaces|menacait|menacant|jure|juré|dit|dis|ecrit|texte|said|says|say|told|"
            "threaten|threatens|threatened|threatening|threat|threats|swore|swears|wrote|texted|yelled|screamed|"
            "cri|crie|hurle")
KILL_ME = ("your dead|you r dead|you are dead|te es mort|tu es mort|tu es morte|tes mort|tes morte|finir la job|finish the job|finish what he started|finir ce que il a commence|me tuer|me tue|me tuerait|me tuera|me tuerais|kill me|me finir|kill her|kill him|la tuer|le tuer|finish me|me faire la peau|me planter|stab me|shoot me|"
           "with me inside|with me in it|avec moi dedans|avec moi a l interieur|avec nous dedans|with us inside|"
           "break both my|break my legs|casser les deux jambes|casser les jambes|casser les bras|slit my throat|"
           "cut my throat|me trancher la gorge|m egorger|me egorger|egorger|me faire disparaitre|make me disappear|"
           "me tirer|tirer sur moi|me poignarder|me casser|break my|me faire payer|make me pay|me tuer si|"
           "hurt me|me blesser|me frapper|get me|me retrouver|find me|te es mort|te es morte|t es morte|t es mort|"
           "you re dead|youre dead|you are dead|kill the kids|tuer les enfants|kill us|nous tuer|gut me|"
           "me vider|me detruire|regret it|regretter|torch|bruler|shoot up|tirer sur tout")
FEAR = ("peur|terrifie|terrifiee|terrorise|terrorisee|effraye|effrayee|scared|afraid|terrified|frightened|fear|"
        "fearing|panique|panic")
WEAPON = ("couteau|arme|fusil|gun|knife|weapon|firearm|pistol|pistolet|carabine|rifle|machette|batte|bat|"
          "hache|axe|armed|arme a feu|armee|bat de baseball|bouteille|bottle|wrench|cle anglaise|marteau|hammer")
HOME = "maison|chez nous|chez moi|home|house|appart|appartement|apartment|place"
DANGER = ("danger|pas en securite|plus en securite|not safe|unsafe|en danger|in danger|au secours|help|aidez moi|"
          "aide moi|help me|helpp|sos")

# ---- self-harm ---------------------------------------------------------------------------------
CUT = ("hurts|harms|injure|injures|injured|injuring|se blesse|entailles|coupe|couper|coupee|coupes|coupure|coupures|coupais|taillade|taillader|tailladee|scarifie|scarifier|"
       "slicing|slice|sliced|entailler|entaille|entaillee|burns|"
       "mutile|mutiler|automutile|automutilation|brule|bruler|brulee|brulais|gratte|gratter|saigner|saigne|"
       "frappe|frapper|cogne|blesse|blesser|punir|faire mal|faire du mal|fais mal|fais du mal|faisais mal|"
       "cut|cuts|cutting|slash|slashed|slashing|burn|burned|burnt|burning|scratch|scratching|scratched|"
       "bleed|bleeding|punish|punishing|harm|harming|hurt|hurting|bang|banging|hit|hitting|self harm|self harming|self harms|"
       "slap|slapped|slapping|punch|punched|punching|bite|biting|bit|"
       "self harmed|self injury|selfharm|sh|carve|carving|dig|digging|press")
SHARP = "lame|lames|blade|blades|razor|rasoir|couteau|knife|exacto|x acto|box cutter|cutter|ciseaux|scissors|scalpel"
BODY = ("bras|poignet|poignets|cuisse|cuisses|jambe|jambes|peau|ventre|mains|main|tete|visage|wrist|wrists|arm|"
        "arms|thigh|thighs|leg|legs|skin|stomach|hand|hands|head|face|corps|body")

# ---- added from the second dev batch: indirect ways of saying it ------------------------------------
EUPHEMISM = ("checking out|check out early|check out for good|checking out for good|check out permanently|"
             "checking out permanently|check out of life|make my exit|take myself out|taking myself out|takin myself out|"
             "remove myself|remove the problem|do something permanent|something permanent|throw in the towel|"
             "faire une connerie|une connerie|tout lacher pour de bon|me eteindre|m eteindre|"
             "le grand saut|grand saut|go to sleep for good|sleep for good|dormir pour de bon|"
             "une fois pour toutes|once and for all|"
             "done for good|dead done|rejoindre mon|rejoindre ma|aller rejoindre|join my|go see my|be with my|"
             "see my \\w+ again|not coming back|not come back|won t come back|no coming back|pas revenir|"
             "revenir pas|reviendrai pas|redescendrai pas|ressortirai pas|not bother swimming back|swimming back|"
             "pas me manquer|manquerai pas|me manquerai pas|pas se manquer|won t miss|wont miss|"
             "last night on earth|not making it through|won t make it through|passerai pas la nuit|passerai pas la soiree|"
             "not a trip|pas en voyage|not on vacation|pas en vacances|erase myself|m effacer|me effacer|"
             "goodnight forever|bonne nuit pour toujours|never see (?:him|her|me|us) again|jamais me revoir|"
             "nous reverrions jamais|pu jamais le revoir|won t be (?:anyone s|a) problem|sera pu un probleme|"
             "serai pu un probleme|serai plus un probleme|sera plus un probleme|no room for me|pas de place pour moi|"
             "derniere nuit sur la terre|ma derniere nuit|ma derniere soiree|ma derniere journee|"
             "my last night|my last day|my last shift|ma derniere shift|mon dernier shift|last msg|last message|"
             "dernier message|dernier texto|c est ce soir|ce est ce soir|tonight s the night|tonights the night|"
             "tonight is it|ce soir c est la bonne|ce soir ce est la bonne|"
             "never wake|plus jamais me reveiller|ready to be gone|be gone|gone for good|partir pour toujours|partir pour de bon|"
             "not going anywhere ever again|never going anywhere again|irai plus nulle part|irai pu nulle part|"
             "don t plan on coming back|don t plan on comin back|dont plan on coming back|not planning on coming back|"
             "not planning to come back|plan on coming back|plan on comin back|planning on coming back|pas l intention de revenir|"
             "pas le intention de revenir|compte pas revenir|compte plus revenir|compte pu revenir|"
             "(?:rentre|reviens|reviendrai|rentrerai) (?:pas|plus|pu)(?: zz)?(?: ni)? jamais|"
             "(?:nobody|no one|personne)(?: [a-z]+){0,2} (?:will find me|ll find me|va me trouver|me trouvera|would find me)|"
             "off myself|end myself|unalive myself|stop existing|ma tentative|my attempt|suicide attempt|"
             "tentative de suicide|wish it had worked|aurais voulu que ca marche|recommencer mieux|do it right next time|"
             "woke up in the er|reveillee a le urgence|reveille a le urgence|tube down my throat|tube dans la gorge|"
             "attempt didn t work|tentative a pas marche|"
             "arreter de exister|arreter d exister|"
             "pu de moi|plus de moi|six pieds sous terre|six feet under|in a coffin|dans un cercueil|"
             "dans ma tombe|in my grave|put me in the ground|the one who finds me|who finds me|find my body|trouver mon corps|"
             "won t be the one who finds me|won t be the one to find me|wont be the one who finds me|"
             "pas (?:elle|lui|eux|toi) qui (?:va|vont|vas) me trouver|"
             "qui va me trouver|me trouver mort|me trouver morte")
PASSIVE = ("(?:wouldn t|wouldnt|would not) (?:even )?(?:mind|care|be (?:mad|upset|sad|sorry|bothered))|"
           "ce serait correct|serait correct|ca serait correct|ca serait ok|ce serait ok|i d be fine|id be fine|"
           "i would be fine|would be ok|that d be ok|ca me derangerait pas|me derangerait pas|fine with that|"
           "ok with it|ca me ferait rien|ferait rien|wouldn t care|wouldn t fight it|wouldnt fight it|would not fight it|"
           "wouldn t fight|let it take me|laisserais faire|me battrais pas|"
           "soulage|soulagee|relieved|fine by me|tant mieux|hope it s me|hope its me|je espere que ce est moi|"
           "wouldn t mind|wouldnt mind|wouldn t be mad|wouldnt be mad|derangerait pas|me derangerait pas|"
           "wished it would|wish it would|trade places|ok with that|good riddance|ben correct|pas grave|"
           "laisser aller|let it|not doing another|not fight|pas me faire soigner|pas me battre|don t look|"
           "dont look|just don t look|calm|calme")
HAZARD = ("accident|camion|truck|bus|char|car|auto|avion|plane|flight|roof|toit|cancer|chemo|chimio|crash|"
          "ecrase|s ecrase|caved in|hits me|hit me|frappe|rentrait dedans|rentre dedans|turbulence|mill|usine|"
          "go down|tombe|tomber|traffic|circulation|street|rue|coeur|heart")
MEANS = ("pills|pilules|meds|medicaments|oxys|oxy|percs|benzos|tylenol|anti douleurs|antidouleurs|painkillers|"
         "sleeping pills|somniferes|insulin|insuline|dose|doses|dose mortelle|lethal dose|overdose|"
         "rope|corde|noose|cord|extension cord|rallonge|belt|ceinture|straps|ratchet straps|sangles|beam|beams|"
         "poutre|poutres|closet rod|chair|chaise|gun|guns|rifle|shotgun|fusil|carabine|12|cartouches|shells|bullet|"
         "balle|ar|firearm|arme|pistol|cyanide|cyanure|poison|carbon monoxide|monoxyde|exhaust|echappement|"
         "bridge|pont|viaduct|viaduc|overpass|parkade|stationnement etage|parking garage|roof|toit|ledge|edge|"
         "barrier|rampe|railing|15th floor|etage|stories|storeys|floors|hauteur|height|high enough|assez haut|"
         "water|eau|river|riviere|fleuve|lake|lac|quai|train|trains|rail|rail line|track|tracks|voie ferree|"
         "pillar|pilier|wall|mur|oncoming|traffic|concrete|blade|lame|razor|rasoir|knife|couteau")
INTENT = ("picture it|imagine|look down|regarde en bas|enough|assez|for the end|pour la fin|pour apres|for after|"
          "asking for me|for me|pour moi|3 seconds|3 secondes|c est regle|ce est regle|it s over|go fast|aille vite|"
          "survive|survivent|survit|meurt|meurs|mourir|die|dying|dead|mortel|mortelle|lethal|fatal|deadly|"
          "i have the key|je sais ou|je sais ou|know where|sais ou|know exactly|hesite|hesitate|"
          "keep looking|keep reading|keep thinking|garde pour|saving|keeping them|je les garde|almost ready|"
          "presque prete|presque pret|ready|prete|pret|plan|planned|planning|plan c est|le plan|the plan|"
          "dans le sens de la longueur|along|not across|long way|comme il faut|properly|this time|cette fois|"
          "la prochaine fois|next time|don t know about next time|hope that s it|hoping thats it|hoping that s it|"
          "vise|aiming|looking for|staring at|stare at|regarde depuis|je le regarde|fixe depuis|lost everything|tout perdu|"
          "looking down|looked down|staring down|stood there|regardais en bas|regarder en bas|"
          "cherche|want to|veux|goût|gout|le gout|envie|could just|pourrais juste|"
          "jpourrais|stay on|rester sur|just to look|pour voir|sauter|jump|coup de volant|yank|floor it|swerve|"
          "not bother|go for a swim|faire un tour|tour au fleuve|got the stuff|je ai ce que il faut|stuff to do it")
PREP_ACT = ("updated|mis a jour|changed|signed|signe|rewrote|refait|range|rangé|tidied|emptied|vide|planned|planifie|prevu|organise|arranged|arrange|wiped|deleted|efface|effacer|erased|supprime|cleared|"
            "gave|donne|donner|given|sold|vendu|vendre|cancelled|canceled|annule|annuler|paid|paye|payer|regle|"
            "regler|left|laisse|laisser|wrote|ecrit|ecrire|made|fait|fini|finished|closed|ferme|dropped|"
            "cleaned|nettoye|nettoyer|mis|put|spent|passe")
AFTER_ME = ("simple apres|simple after|easier after|easy after|facile apres|plus facile apres|"
            "won t be my problem|will not be my problem|none of this will be|none of it will be|sera pu mon probleme|sera plus mon probleme|sera pas mon probleme|quand je serai mort|quand je serai morte|when i m dead|when i am dead|once i m dead|after i die|apres ma mort|after my death|une fois mort|une fois morte|quand je serai pu la|quand je serai plus la|won t need|wont need|en aurai pas besoin|en aurai pu besoin|en aurai plus besoin|servira pu|servira plus|sert plus|won t matter|none of that ll matter|none of that will matter|"
            "won t be around|wont be around|won t be here|serai pu la|serai plus la|serai pu|y aura pu personne|"
            "pu personne pour|after i m gone|after im gone|once i m gone|once im gone|when i m gone|when im gone|"
            "quand je serai parti|quand je serai partie|apres mon depart|pour apres|for after|after sunday|"
            "apres dimanche|understand soon|comprendre bientot|va comprendre|so nobody gets stuck|"
            "nobody has to|personne aura a|pour pas qu ils aient a|pour pas que ils aient a|pour pas que|save everyone the trouble|"
            "sauver du trouble|for good|pour toujours|vous allez pu me voir|you won t see me|won t see me again|"
            "tells you everything|ca dit toute|ce dit tout|dit toute|ca dit tout|aura plus personne|aura pu personne|"
            "allez plus me voir|allez pu me voir|won t be using (?:it|them)|wont be using (?:it|them)|won t need (?:it|them)|"
           "nobody s stuck|nobody is stuck|no one s stuck|personne soit pogne|personne soit prise?|personne ait a|"
           "(?:reading|read|see|seeing|find|finding) (?:that|it|them|this) (?:afterwards|after)|"
           "(?:lisent|voient|trouvent|lise|voie) (?:ca|ce|tout ca) apres|"
            "won t be the one|so she won t|so he won t|pour que ce soit pas|doesn t find me|trouve pas")
SIGNOFF = ("merci pour tout|merci pour toute|thanks for everything|thank you for everything|"
           "sorry for everything(?! (?:at|in|during|today|earlier|yesterday|last|this morning|with|about)\\b)|"
           "desole pour tout(?! (?:a|au|pendant|ce matin|hier|tantot|avec|le|la)\\b)|"
           "desolee pour tout(?! (?:a|au|pendant|ce matin|hier|tantot|avec|le|la)\\b)|prends soin de toi|take care of yourself|love u|love you|je t aime|"
           "je vous aime|goodnight forever|bonne nuit pour toujours|not their fault|pas de leur faute|pas leur faute|"
           "bye tout le monde|bye everyone|goodbye everyone|desole a tout le monde|desolee a tout le monde|"
           "sorry everyone|sorry to everyone|sorry to all of you|pardon a tout le monde|dont blame yourselves|don t blame yourselves|"
           "blamez vous pas|ce est pas votre faute|it s not your fault|je voulais que quelqu un le sache|"
           "wanted someone to know|just needed to tell someone|needed to tell someone|voulais juste que quelqu un")


# ---- added from the fourth dev batch: indirect ways, as classes ------------------------------------------
# What the person wants to end: "que tout s'éteigne", "all of this to be over".
ENDING = ("to stop|stop|arrete|arreter|to end|end|finisse|finit|finir|s arrete|se arrete|s eteigne|se eteigne|s efface|"
          "se efface|be over|soit fini|soit finie|go dark|goes dark|went dark|devienne noir|disappear|disparaisse")
WHAT_ENDS = ("it|ca|que ca|tout|all|everything|all this|all of this|ma vie|my life|tout ca|que tout|que ma vie|"
             "this life|cette vie|que cette vie")
# The writer gone: "if I wasn't here", "si j'existais pas", "without me around".
ABSENT_ME = ("if i got into an accident|if i had an accident|if i died in an accident|if i got hit|if something happened to me|"
             "si je avais un accident|si j avais un accident|si je me faisais frapper|si il me arrivait quelque chose|"
             "s il me arrivait quelque chose|si il me arrivait de quoi|if i just wasn t around|if i just wasn t here|if i just weren t here|if i just disappeared|if i just died|"
             "if i just wasn t alive|if i simply wasn t here|si je etais juste pu la|si j etais juste pu la|"
             "si je disparaissais juste|si je mourais|si je meurs|si je meure|si je meurt|si je crevais|si je mourrais|if i died|if i d die|if i were dead|if i was dead|if i ended it|if i end it|if i ended it all|if i killed myself|si je en finissais|si j en finissais|si je me tuais|si je disparaissais pour toujours|si je partais pour toujours|if i just died|if i didn t wake up|si je me reveillais pas|if i wasn t here|if i weren t here|if i wasnt here|if i wasn t around|if i weren t around|if i wasnt around|"
             "if i was gone|if i were gone|if i didn t exist|if i didnt exist|if i disappeared|if i just disappeared|"
             "if i left for good|si je etais pas la|si j etais pas la|si je etais plus la|si je etais pu la|"
             "si j etais plus la|si je existais pas|si j existais pas|si je existais plus|si je disparaissais|"
             "si je partais(?! (?:plus tot|tot|du|de|en|pour|a|au|avant|travailler|chez|loin)\\b)|si je partais pour de bon|sans moi dans les pattes|sans moi dans le decor|without me around|"
             "without me in the way|if i wasn t in the picture|si je etais plus dans le decor|si je etais pu dans le decor|"
             "if i weren t in the picture|si je etais pu dans le portrait|si je etais plus dans le portrait|"
             "si j etais pu dans le portrait|si j etais plus dans le portrait")
BETTER = ("un service|une faveur|a favour|a favor|rendre service|a relief|un soulagement|soulagement|bien mieux|better|kinder|easier|simpler|lighter|happier|mieux|plus simple|plus facile|plus leger|plus heureux|"
          "plus heureuse|soulage|soulages|soulagee|soulagees|relieved|breathe easier|respirerait mieux|respireraient mieux|"
          "meilleure vie|better life|better off|fete|party|celebrate|free|libre|libres")
# Why go on: "why I bother breathing", "à quoi ça sert d'encore respirer".
WHY_BOTHER = ("why i bother|why do i bother|why would i bother|why bother|why even bother|a quoi ca sert|a quoi ce sert|"
              "a quoi bon|what s the point|whats the point|what is the point|pourquoi je continue|pourquoi continuer")
# Signs the body is failing after taking something.
SYMPTOMS = ("weird|bizarre|dizzy|etourdi|etourdie|blurry|flou|floue|voir flou|racing|bat vite|can t breathe|respire mal|"
            "nauseous|mal au coeur|numb|engourdi|engourdie|sleepy|endormi|endormie|spinning|tourne|drifting|scared|peur|"
            "getting blurry|things are getting|vomi|threw up|throwing up|passing out|perdre connaissance")
# Control by a partner: reading the texts, taking the cards, tracking the car.
CONTROL = ("m interdit de|me interdit de|forbids me|won t allow me|wont allow me|verifie mon (?:odometre|cell|telephone|compte)|"
           "checks my (?:mileage|receipts|phone|account|bank)|mes recus|my receipts|"
           "reads (?:all )?my (?:texts|messages|emails)|lit (?:tous )?mes (?:textos|messages|courriels|texto)|"
           "checks my phone|fouille (?:dans )?mon (?:cell|telephone)|won t let me|wont let me|doesn t let me|"
           "me laisse pas|me laisse jamais|m empeche de|me empeche de|took my (?:bank card|card|keys|car keys|passport|id|"
           "phone|money|paycheque|paycheck)|a pris ma (?:carte|paie|paye|cle)|a pris mes (?:cles|papiers)|"
           "controls (?:all )?my (?:money|pay|paycheque|paycheck|finances)|controle (?:tout )?(?:mon|ma) "
           "(?:argent|paie|paye|salaire|carte)|tracker|traceur|localisateur|gps|tracks (?:me|my)|suit mon cell|"
           "always knows where i am|sait toujours ou je suis|pour savoir ou je suis|to know where i am|"
           "to see where i am|track my location|tracks my location|ma localisation|spy app|logiciel espion|application espion|isolates me|smashed my phone|broke my phone|casse mon cell|"
           "casse mon telephone|locked the door|barre la porte|locks me in|m enferme|me enferme")
# Doing something to a pet or the plants "forever": given to be looked after for good.
PETS = "dog|cat|chien|chat|chats|chiens|dogs|cats|pets|animaux|fish|poisson|plantes|plants|birds|oiseaux"
FOREVER = ("forever|pour toujours|for good|pour de bon|permanently|for keeps|une fois pour toutes|won t be back|"
           "pour apres|for after|after i m gone|quand je serai pu la|quand je serai plus la|"
           "reviendra pas|reviendrai pas|won t come back")
# The writer's own plan to hurt someone, with the means at hand.
WRITER_GOING = ("i m going to|i m gonna|im gonna|im going to|i ll|i will|gonna|going to|je vais|je va|jvais|i m putting|"
                "im putting|thinking about|thinking of|pense a|je pense a|waiting for|wait for|attendre|attends|bring|"
                "apporter|showing up|show up|arriver au|arriver a la|aller au|aller a la")
HARM_TARGET = ("his|her|their|him|them|lui|son|sa|ses|leur|my ex|mon ex|boss|superviseur|supervisor|foreman|"
               "contremaitre|office|bureau|shop|usine|manager|gerant|gerante|landlord|proprio|neighbour|neighbor|voisin|"
               "voisine")
HARM_WEAPON = ("on fire|le feu|feu|fire|burn down|gas|essence|"
               "knife|couteau|gun|fusil|rifle|carabine|shotgun|pistol|pistolet|box cutter|exacto|x acto|bat|baton|"
               "baseball bat|baton de baseball|tire iron|demonte pneu|hache|axe|machete|machette|hammer|marteau|wrench|"
               "cle a molette|gas can|bidon de essence|bidon d essence")

# ---- added from dev_f (the first frozen test split, moved to dev): concepts, each read in any phrasing -------
# A way of dying named as a thing one could ask about: "would hanging hurt?", "est-ce que la noyade fait mal?".
METHOD = ("hanging|hanging myself|pendaison|se pendre|me pendre|drowning|noyade|se noyer|me noyer|jumping|sauter|"
          "jumping off|overdose|overdosing|surdose|od|od ing|bleeding out|se vider de son sang|slitting|slit wrists|"
          "carbon monoxide|monoxyde|gunshot|shooting myself|me tirer une balle|se tirer une balle|suffocating|"
          "suffocation|asphyxie|etouffement|freezing to death|mourir de froid|dying|mourir|la mort")
# What it would be like: "hurt", "quick", "take long".
WHAT_LIKE = ("hurt|hurts|painful|fait mal|ferait mal|faire mal|douloureux|douloureuse|quick|rapide|painless|sans douleur|"
             "take long|takes long|prend du temps|prendrait du temps|long|fast|vite|instant|instantane")
# A high place people go to when they mean to jump: "I'm standing on the bridge right now".
EDGE = ("bridge|pont|ledge|rebord|falaise|cliff|viaduc|viaduct|overpass|railing|rampe|garde corps|parapet|"
        "wrong side of the railing|barrage|dam|quai|pier")
# Things of worth given away: "gave me all her jewellery".
VALUABLES = ("jewellery|jewelry|bijoux|tools|outils|guitar|guitare|guitars|collection|watch|montre|ring|bague|moto|"
             "motorcycle|bike|velo|records|vinyles|books|livres|clothes|vetements|stuff|things|affaires|truck|camion|"
             "paintings|tableaux|savings|economies|cards|cartes|camera|games|jeux|console|fishing gear|equipement|"
             "favorite|favourite|preferee|prefere|prized|precieux|precieuse|heirloom|souvenirs")
# A low mood a reader would worry about beside a gift or a calm: "she's been so depressed".
LOW_MOOD = ("depressed|depression|deprime|deprimee|depressif|depressive|so down|really down|pas bien|not ok|not okay|"
            "not herself|not himself|pas elle meme|pas lui meme|hopeless|desespere|desesperee|sombre|withdrawn|"
            "renferme|renfermee|isole|isolee|en burnout|dark place|weird calm|calme bizarre|too calm|trop calme|"
            "suicidal|suicidaire|idees noires")
# The last time: "one last time before I go", "la dernière fois qu'ils me voyaient vivant".
LAST_TIME = ("one last time|une derniere fois|for the last time|pour la derniere fois|one final time|une ultime fois|"
             "la derniere fois que (?:ils|il|elle|elles|on|vous|tu|je|j) (?:me|m|la|le|les|te|vous|lui|leur)|"
             "the last time (?:they|he|she|you|i|we)(?: [a-z]+)? (?:see|saw|d see|would see|ll see|will see|hear|"
             "heard|talk|spoke|hug|hugged)")
# Said when the writer means not to be there: "before I go", "she doesn't know", "alive".
LAST_SIGN = ("before i go(?! (?:to|on|back|home|out|in)\\b)|before i leave(?! (?:for|on|to|the|work)\\b)|before i m gone|"
             "before i do it|avant de partir(?! (?:en|pour|a|au|travailler|chez)\\b)|avant que je parte(?! (?:en|pour|a|au)\\b)|"
             "avant de men aller|avant de me en aller|avant de le faire|doesn t know|don t know|has no idea|have no idea|"
             "sait pas|savent pas|se doute de rien|se doutent de rien|comme si de rien|like nothing|as if nothing|vivant|"
             "vivante|alive|en vie|forever|pour toujours")
