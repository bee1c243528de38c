"""Crisis detection: categories, tiers, who is at risk, and metamorphic robustness (hypothesis).

The figures on the dev and frozen test splits come from bench/crisis.py; these tests pin behaviour a
person would notice: a core statement of each kind keeps its reading however it is typed, and a
look-alike stays quiet however it is typed.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlu.crisis import detect_all
from bot.nlu.spelling import GUARD_FILE, Corrector, within_one_edit


def _load_variants() -> dict[str, Any]:
    """bench/variants.py by its path: putting bench/ on sys.path would shadow packages (bench/telegram.py)."""
    path = Path(__file__).resolve().parents[1] / "bench" / "variants.py"
    spec = importlib.util.spec_from_file_location("bench_variants", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.VARIANTS)


VARIANTS = _load_variants()

CORE: list[tuple[str, str, str, str]] = [  # text, lang, category, at_risk
    ("je veux mourir", "fr", "suicide", "self"),
    ("je pense à me suicider depuis des semaines", "fr", "suicide", "self"),
    ("j'aimerais m'endormir et ne jamais me réveiller", "fr", "suicide", "self"),
    ("tout le monde serait mieux sans moi", "fr", "suicide", "self"),
    ("j'ai écrit des lettres d'adieu à mes enfants", "fr", "suicide", "self"),
    ("je viens d'avaler toute la boîte de somnifères", "fr", "attempt", "self"),
    ("je me suis coupée hier soir encore", "fr", "self_harm", "self"),
    ("mon chum m'a étranglée hier soir", "fr", "domestic_violence", "self"),
    ("un client menace de me tuer", "fr", "violence", "self"),
    ("ma collègue m'a dit qu'elle veut mourir", "fr", "other_at_risk", "other"),
    ("mon fils a donné toutes ses affaires et dit qu'il en aura plus besoin", "fr", "other_at_risk", "other"),
    ("I want to die", "en", "suicide", "self"),
    ("I keep thinking about killing myself", "en", "suicide", "self"),
    ("everyone would be better off without me", "en", "suicide", "self"),
    ("I wish I could go to sleep and never wake up", "en", "suicide", "self"),
    ("I swallowed the whole bottle of my sleeping pills", "en", "attempt", "self"),
    ("I cut myself again last night", "en", "self_harm", "self"),
    ("my husband choked me and said he would kill me", "en", "domestic_violence", "self"),
    ("a customer threatened to kill me in the parking lot", "en", "violence", "self"),
    ("my coworker told me he wants to kill himself", "en", "other_at_risk", "other"),
]
LOOK_ALIKES: list[tuple[str, str]] = [
    ("je suis mort de fatigue", "fr"),
    ("cette job va me tuer, trois doubles cette semaine", "fr"),
    ("ma mère est décédée le mois passé", "fr"),
    ("je suis pas suicidaire, juste épuisée", "fr"),
    ("on a suivi une formation en prévention du suicide", "fr"),
    ("j'ai oublié de prendre ma pilule ce matin", "fr"),
    ("je me suis coupé le doigt en cuisinant", "fr"),
    ("this deadline is killing me", "en"),
    ("I'm dying to know who got the job", "en"),
    ("my dad passed away last spring", "en"),
    ("I'm not suicidal, just tired", "en"),
    ("we killed it at the presentation", "en"),
    ("heading out moose hunting, need to clean my rifle", "en"),
    ("can I take my pills with coffee?", "en"),
]


# A context rule must never silence these: each came from a review that found one doing so.
NOT_SILENCED = [
    "of course I'm suicidal, what do you expect", "au cours des derniers mois je pense au suicide tous les jours",
    "je niaise pas, je veux mourir", "I'm not just kidding, I want to kill myself", "je veux mourir depuis longtemps",
    "I got help from my doctor but I still want to die", "jen peux pas je veux mourir", "I have no friends I want to die",
    "je me demande si je devrais me suicider", "I'm going to commit suicide in an hour", "je vais me tuer a soir",
    "honestly I'd rather die", "mon chum m'a frappée au visage après le hockey",
    "he choked me last night and then said he was just kidding", "I overdosed an hour ago, what happens if I fall asleep",
    "my mom keeps saying she wants to die and I want to die too", "I can't pass my exams I want to die",
    "I'm writing a goodbye letter to my kids", "depuis mon accident de travail je me coupe les bras",
]


@pytest.mark.parametrize("text", NOT_SILENCED)
def test_everyday_context_never_silences_a_crisis(text: str) -> None:
    result = detect_all(text, neighbours=False)
    assert result.crisis and result.level == "risk", (text, result)


# Who is at risk, read from the words (issue 11): someone else's plan or words, a threat against the writer, the
# writer's plan to hurt someone. Each message from a kind of misreading the dev batches showed.
WHO: list[tuple[str, str, str]] = [  # text, category, at_risk
    ("my coworker said he's going to jump off the bridge after payday", "other_at_risk", "other"),
    ("un gars de mon shift a dit qu'il allait se jeter en bas du pont après la paye", "other_at_risk", "other"),
    ("My best friend texted me at 2am: 'I want to die, for real this time.' Now she's not answering.",
     "other_at_risk", "other"),
    ("Ma meilleure amie m'a texté : « je veux mourir, pour de bon ». Elle répond pu.", "other_at_risk", "other"),
    ("my coworker talks about suicide", "other_at_risk", "other"),
    ("J'ai trouvé une lettre d'adieu dans la chambre de ma fille.", "other_at_risk", "other"),
    ("Un usager m'a dit qu'il allait m'attendre après mon shift pour m'égorger.", "violence", "self"),
    ("a customer said he'd wait for me after my shift and slit my throat", "violence", "self"),
    ("gonna bring my rifle to the office and then they'll see", "harm_to_others", "other"),
    ("j'ai tellement peur de faire mal à mon bébé quand il pleure la nuit", "harm_to_others", "other"),
    ("my coworkers would be relieved if i was dead, im just dead weight", "suicide", "self"),
    ("what happens to someone's pension if they kill themselves? asking for me. soon", "suicide", "self"),
    ("il a mis un localisateur sur mon char, il sait toujours où je suis, il lit mes textos", "domestic_violence", "self"),
]


@pytest.mark.parametrize(("text", "category", "at_risk"), WHO)
def test_who_is_at_risk_is_read_from_the_words(text: str, category: str, at_risk: str) -> None:
    result = detect_all(text, neighbours=False)
    assert (result.crisis, result.category, result.at_risk) == (True, category, at_risk), result


# Quiet, though crisis words are there: a wish to live, a past that is over, a thing that "kills" the writer.
QUIET = [
    "I want to live", "je veux vivre", "my ex used to hit me, I left in 2015 and rebuilt my life",
    "y'a longtemps j'avais des pensées suicidaires, je suis fière du chemin parcouru", "this traffic is going to kill me",
    "cette facture d'Hydro me tue", "je me suis coupé en tranchant des oignons, rien de grave",
    "we wrote a goodbye card for our coworker who's moving, it was touching",
    "what should I do if a coworker tells me they're thinking about suicide?", "mon fils m'a battu au Mario Kart",
    "j'ai acheté de la corde pour la balançoire des enfants", "ma thérapeute dit que je suis plus en danger",
]


@pytest.mark.parametrize("text", QUIET)
def test_crisis_words_that_say_no_danger_stay_quiet(text: str) -> None:
    assert not detect_all(text, neighbours=False).crisis, detect_all(text, neighbours=False)


def test_the_writer_s_own_danger_wins_over_someone_else_s_in_one_sentence() -> None:
    result = detect_all("my mom keeps saying she wants to die and I want to die too", neighbours=False)
    assert (result.category, result.at_risk) == ("suicide", "self")


@pytest.mark.parametrize(("text", "lang", "category", "at_risk"), CORE)
def test_core_statements_get_their_category_and_who(text: str, lang: str, category: str, at_risk: str) -> None:
    result = detect_all(text)
    assert (result.crisis, result.category, result.at_risk) == (True, category, at_risk), result


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_look_alikes_stay_quiet(text: str, lang: str) -> None:
    assert not detect_all(text).crisis, detect_all(text)


# Fresh phrasings of the concepts the first frozen test split showed missing (now dev_f), written for these tests and
# never in a dev file: a rule fitted to dev_f's words would miss them. (concept, text, category, at_risk)
FRESH_CONCEPTS: list[tuple[str, str, str, str]] = [
    ("method asked about", "est-ce que se noyer ça fait mal? je demande pour moi", "suicide", "self"),
    ("method asked about", "does an overdose hurt or do you just fall asleep", "suicide", "self"),
    ("method asked about", "how long does hanging take, asking for me", "suicide", "self"),
    ("where and how", "je sais où pis comment. ce soir.", "suicide", "self"),
    ("where and how", "i've figured out when and how. friday.", "suicide", "self"),
    ("going to the edge, timed", "demain matin je m'en vais au pont, j'ai calculé pour que personne soit là", "suicide",
     "self"),
    ("going to the edge, timed", "heading to the overpass after my shift, made sure nobody will be around", "suicide",
     "self"),
    ("a time, then the end", "ce soir ça finit", "suicide", "self"),
    ("a time, then the end", "tomorrow it ends", "suicide", "self"),
    ("on the edge now", "je suis sur le pont en ce moment", "attempt", "self"),
    ("the last time", "j'ai appelé ma sœur juste pour l'entendre une dernière fois avant de partir. elle se doute de rien",
     "suicide", "self"),
    ("the last time", "hugged my kids one last time tonight, they have no idea", "suicide", "self"),
    ("a will and calm", "j'ai mis à jour mon testament pis je me sens calme pour la première fois", "suicide", "self"),
    ("a will and calm", "my will is done and i feel at peace, finally", "suicide", "self"),
    ("burden", "je suis juste un poids pour ma famille, ce serait plus simple pour eux si j'en finissais", "suicide",
     "self"),
    ("burden", "i'm a drain on everyone, it would be a relief for them if i died", "suicide", "self"),
    ("burden", "ma disparition réglerait tout pour ma famille", "suicide", "self"),
    ("burden", "my death would fix everything for them", "suicide", "self"),
    ("no way out", "je vois aucune autre solution que de mourir", "suicide", "self"),
    ("no way out", "there's no other way out but death for me", "suicide", "self"),
    ("nothing holds me", "y'a plus rien qui me retient ici", "suicide", "self"),
    ("nothing holds me", "nothing keeping me here anymore", "suicide", "self"),
    ("overdose", "j'ai avalé tout le flacon", "attempt", "self"),
    ("overdose", "swallowed the whole pack an hour ago", "attempt", "self"),
    ("overdose", "took my whole pill organizer with vodka", "attempt", "self"),
    ("third person", "mon gars de 16 ans dit qu'il souhaiterait être mort", "other_at_risk", "other"),
    ("third person", "my sister keeps saying she wishes she were dead", "other_at_risk", "other"),
    ("third person", "ma fille a écrit la date pis les médicaments qu'elle va prendre", "other_at_risk", "other"),
    ("third person", "my buddy showed me the rope he's going to use", "other_at_risk", "other"),
    ("third person", "my coworker gave away her guitar collection and she's been really down", "other_at_risk", "other"),
    ("violence", "he texted me a pic of his gun and said you know what happens if you leave", "violence", "self"),
    ("violence", "mon chum m'a promis qu'il me tuerait si je partais", "domestic_violence", "self"),
    ("violence", "a client threatened me with a syringe today", "violence", "self"),
    ("violence", "un client m'a menacé avec un tournevis", "violence", "self"),
    ("violence", "ex keeps showing up at my work every day", "domestic_violence", "self"),
    ("self-harm on purpose", "je me suis frappée contre le mur exprès, je voulais avoir mal", "self_harm", "self"),
    ("self-harm now", "la lame est dans ma main, j'ai commencé", "self_harm", "self"),
    ("fear for one's life", "je sais pas si je vais être encore en vie demain si je rentre chez nous",
     "domestic_violence", "self"),
    # A second round, written after the rules above and measured before the rules they led to (18 of 36 were read).
    ("stockpiled", "I've been stocking up on my sleeping pills for weeks now", "suicide", "self"),
    ("stockpiled", "j'ai commencé à garder mes pilules au lieu de les prendre, j'en ai une bonne réserve", "suicide", "self"),
    ("fine without me", "everything is arranged for the kids, they'll be fine without me soon", "suicide", "self"),
    ("fine without me", "mes enfants vont être ben corrects sans moi, bientôt", "suicide", "self"),
    ("fine without me", "my coworker says her kids will be fine without her soon", "other_at_risk", "other"),
    ("not there later", "i dont think ill be around for the holidays this year", "suicide", "self"),
    ("not there later", "je pense pas être encore là à Noël", "suicide", "self"),
    ("not there later", "I can't see myself being alive next year", "suicide", "self"),
    ("not there later", "je me vois pas vivante l'an prochain", "suicide", "self"),
    ("who gets what", "I sorted out who gets my dog and my truck", "suicide", "self"),
    ("who gets what", "j'ai réglé qui va avoir mon chien pis mon char", "suicide", "self"),
    ("no more worry", "soon they won't have to worry about me at all, I've made my peace", "suicide", "self"),
    ("no more worry", "ils auront pu besoin de s'inquiéter pour moi bientôt", "suicide", "self"),
    ("out for good", "tired of fighting, I want out for good", "suicide", "self"),
    ("out for good", "je suis écœurée de me battre, je veux sortir de tout ça pour de bon", "suicide", "self"),
    ("nobody would notice", "personne remarquerait si je disparaissais", "suicide", "self"),
    ("no point", "ma vie sert à rien pis j'ai fini d'essayer", "suicide", "self"),
    ("harm to others", "I'm scared I'll shake the baby, I'm so exhausted", "harm_to_others", "other"),
    # A third round, measured before the rules it led to (33 of 39 were read, 15 of 25 look-alikes quiet).
    ("SMS", "jpeux pu continuer de même, jveux juste que ça finisse pour de vrai", "suicide", "self"),
    ("SMS", "ima end it tonight fr", "suicide", "self"),
    ("burden", "lately I've been thinking everyone would be happier if I just wasn't around", "suicide", "self"),
    ("researched", "je me suis renseignée sur la dose de tylenol qui est mortelle", "suicide", "self"),
    ("researched", "I looked up which bridge in the city is the highest", "suicide", "self"),
    ("harm to others", "I'm afraid I'm going to hurt someone at work, I keep imagining stabbing my supervisor",
     "harm_to_others", "other"),
    ("third person", "my dad's been talking about how his life insurance would take care of mom", "other_at_risk", "other"),
    ("decided", "I've decided how I'm going to do it", "suicide", "self"),
    ("no will to live", "I feel like I'm drowning and I don't want to come up anymore", "suicide", "self"),
    ("overdose", "jai pris toute ma prescription de seroquel ya 20 min", "attempt", "self"),
    ("self-harm", "je me gratte jusqu'au sang quand je suis anxieuse, c'est rendu tous les soirs", "self_harm", "self"),
    ("violence", "my boyfriend said if I leave he'll find me and my kids", "domestic_violence", "self"),
    ("third person", "mon collègue a dit qu'il en avait assez pis qu'il allait se tirer une balle ce soir", "other_at_risk",
     "other"),
    # A fourth round, on violence at work and harm to others (9 of 16 were read, 9 of 10 look-alikes quiet).
    ("violence at work", "le client m'a craché dessus pis il a dit qu'il m'attendrait dans le stationnement avec ses chums",
     "violence", "self"),
    ("violence at work", "my manager cornered me in the stockroom and wouldn't let me leave, he put his hands on me",
     "violence", "self"),
    ("harm to others", "je rêve de tabasser mon superviseur, j'ai amené un bâton dans mon char", "harm_to_others", "other"),
    ("harm to others", "I could honestly kill my coworker, I've been planning how", "harm_to_others", "other"),
    ("poison", "je viens de boire une bouteille de javel", "attempt", "self"),
    ("wish not to exist", "wish i could just not exist anymore", "suicide", "self"),
    ("plan", "i have everything i need to do it and nobodys home this weekend", "suicide", "self"),
    ("self-harm", "jme fais vomir pis jme frappe quand je mange trop", "self_harm", "self"),
    # A fifth round, long messages and SMS among them (14 of 20 were read, 9 of 10 look-alikes quiet).
    ("means and goodbye", "im so done. pills r on the counter. bye", "suicide", "self"),
    ("preparation", "I've started giving my plants away and writing notes to people", "suicide", "self"),
    ("third person", "my brother won't open his door and his last text was 'tell mom I love her'", "other_at_risk", "other"),
    ("wish not to exist", "tous les soirs je me demande comment ce serait de juste pu exister", "suicide", "self"),
    ("burden", "everyone would be better off if I got into an accident", "suicide", "self"),
    ("plan", "je pense à comment je pourrais le faire pour que ça paraisse un accident", "suicide", "self"),
    ("long message", "Grosse semaine. Mon boss m'a encore humiliée devant l'équipe, mon chum est parti, pis honnêtement "
     "j'pense que tout le monde serait soulagé si je partais pour de bon. Bref, c'est quoi les heures du syndicat?",
     "suicide", "self"),
]
# Look-alikes of the same concepts, written with them: each must stay quiet.
FRESH_LOOK_ALIKES = [
    "does the new drowning prevention course take long?", "I know where and when the meeting is",
    "je sais où pis comment me rendre au bureau", "I'm going to the bridge tomorrow to take pictures of the sunset alone",
    "tonight the season ends", "ce soir ça finit tard au travail", "je suis sur le pont du bateau en ce moment, il fait beau",
    "I called my grandma one last time before she passed, she didn't know me anymore",
    "une dernière fois avant de partir en vacances, j'ai vérifié le poêle",
    "j'ai fait mon testament chez le notaire, je me sens calme maintenant que c'est réglé",
    "y'a pas d'autre solution que de changer de fournisseur", "rien me retient à Montréal, je déménage en Gaspésie",
    "swallowed the whole pack of gum lol", "j'ai avalé tout le pot de Nutella",
    "mon fils a écrit la date de sa fête pis les cadeaux qu'il veut", "the drill my husband is going to use for the shelves",
    "she gave away all her old clothes, she's moving to Europe", "je me suis fait mal au dos au gym",
    "I burned my hand on the stove by accident", "not sure i'll still be alive after this leg day lol",
    "my wife will kill me if she finds out I bought another guitar lol", "je vais mourir si je mange encore de la poutine lol",
    "mon boss m'a menacé de me couper mes heures", "il m'a envoyé une photo de son nouveau couteau de chef",
    "ce serait plus simple si je partais plus tôt du bureau", "rechute en burnout, je retourne voir ma médecin",
    "c'est à se pendre, ce logiciel", "reading a book on depression for my class, any recs?",
    "I've been stocking up on toilet paper for weeks now",
    "everything is arranged for the kids while I'm at the conference, they'll be fine without me",
    "I won't be around for the holidays this year, going to my in-laws in Florida",
    "je pense pas être là à Noël, on va dans le sud", "I'd rather die than wear that sweater lol",
    "ma vie sert à rien sans café le matin lol", "my brother posted a goodbye message on facebook for his old job",
    "I scratch my arms because of eczema, any cream recs?", "nobody would notice if I left the meeting early",
    "I can't see myself working here next year", "stocked up on my meds before leaving for three months up north",
    "jpeux pu continuer de même avec ce horaire-là, faut que je parle à mon boss",
    "i cant do this anymore lol this excel sheet is cursed", "my boyfriend said if I leave early he'll pick up the kids",
    'my coworker texted me "sorry for everything at the meeting" haha',
    "I've decided how I'm going to decorate the break room", "the suicide squad movie was so bad",
    "je me suis gratté jusqu'au sang à cause des maringouins", "I'm so tired I could sleep forever",
    "mon collègue a dit qu'il allait se tirer une balle dans le pied s'il signait ce contrat",
    "I bought a rope today for the tire swing", "le show était mortel hier",
    "my manager cornered me in the hallway to talk about my vacation request", "I could honestly kill for a coffee right now",
    "i keep cutting my hair shorter each time", "je viens de boire une bouteille de vin avec des amis, c'était une belle soirée",
    "i have everything i need to do the presentation and nobodys in the office this weekend",
    "je lis un thriller où le narrateur planifie de tuer son patron",
    "I keep thinking about buying a new truck", "it looks like an accident happened on the highway",
    "I've started giving my plants away because I'm moving",
    "Hey, quick question about overtime pay. I won't be around much next week, I'm on vacation.",
]


# Fresh phrasings of the concepts dev_g showed missing (two new authors), written for these tests and never in a
# dev file, with a look-alike for each concept: a rule fitted to dev_g's words would miss them. (concept, text)
DEV_G_CONCEPTS: list[tuple[str, str]] = [
    ('means waiting', "j'ai la corde dans mon sac, j'attends juste que mon coloc parte travailler"),
    ('means waiting', 'got the pills lined up, just waiting for the house to go quiet'),
    ('means waiting', 'ma soeur a ses pilules, elle attend juste que les enfants soient couchés'),
    ('doing it, with a time', 'ce soir je vais le faire pour vrai. désolée pour tout'),
    ('doing it, with a time', "i'm going to do it this time, bye everyone"),
    ('doing it, with a time', "dimanche c'est le jour, j'ai décidé"),
    ('rather dead', "j'aimerais mieux crever que de remettre les pieds dans ce bureau"),
    ('rather dead', "honestly i'd rather be dead than face another shift"),
    ('better without me', 'ma famille serait mieux sans une mère comme moi'),
    ('better without me', 'the team would be better off without someone like me'),
    ('not waking, fine with it', 'si je me réveille pas demain matin, tant pis'),
    ('not waking, fine with it', "if i don't wake up tomorrow that'd be fine honestly"),
    ('would not mind if', "wouldn't mind if i just died in my sleep tbh"),
    ('would not mind if', 'ça me dérangerait pas si je me réveillais pas'),
    ('death soothes', "penser à ma mort, c'est la seule chose qui me calme"),
    ('death soothes', 'thinking about death is the only thing that calms me down lately'),
    ('a vehicle would solve it', 'if a bus hit me on the way to work it would solve a lot of problems'),
    ('a vehicle would solve it', 'si un char me frappait en traversant, ça réglerait mes problèmes'),
    ('looking at the edge, thinking', 'every time I cross the bridge I stare at the railing'),
    ('looking at the edge, thinking', "je regarde les rails du métro pis j'y pense"),
    ('giving away, no need', "j'ai donné ma guitare à mon neveu, j'en aurai plus besoin"),
    ('giving away, no need', "gave my cat to my neighbour, didn't tell her why"),
    ('affairs for after', 'I left my passwords with my sister, just in case'),
    ('affairs for after', "j'ai laissé mes mots de passe à mon frère, au cas où"),
    ('plan set', "the plan is set, time and place. don't try to talk me out of it"),
    ('plan set', "j'ai un plan, le moment pis l'endroit. je suis calme"),
    ('will take all', "i'm going to take all my pills tonight"),
    ('will take all', 'je vais prendre toutes mes pilules quand il va dormir'),
    ('attempt: container', "j'ai pris toute la bouteille de pilules de mon père"),
    ('attempt: container', 'took the whole bottle of my sleeping pills with vodka'),
    ('attempt: count of pills', 'I swallowed 30 of my pills and a bottle of wine'),
    ('self-harm: too deep', "i cut too deep and it won't stop bleeding"),
    ('self-harm: too deep', 'je me suis coupée trop profond, ça saigne pis ça arrête pas'),
    ('self-harm: blows to self', 'je me suis donné des coups de poing sur la tête'),
    ('money control', "mon mari garde toute ma paye pis je dois lui demander pour l'épicerie"),
    ('money control', 'my husband controls every dollar I make'),
    ('kept from family', 'mon chum veut plus que je voie mes amies'),
    ('joual blow', "mon chum m'a sacré une claque hier soir"),
    ('joual blow', "y m'a garroché une chaise par la tête"),
    ('door broken, hiding', "he kicked in the door and I'm hiding in the bathroom"),
    ('followed, afraid', "a guy's been following me since the metro, I'm scared"),
    ('threat told', "il m'a dit que j'étais mort si je parlais"),
    ('threat told', "he said I won't get home alive if I talk to HR"),
    ('threat told', "a client said he'd put a bullet in my head"),
    ('hands on throat', 'she had her hands around my neck until I blacked out'),
    ('harm to others: urge, child', "j'ai peur de faire mal à mon bébé, j'ai envie de le secouer"),
    ('harm to others: urge, child', "I'm scared I'll hurt my son when he screams"),
    ('harm to others: thinking of hurting', 'I keep thinking about hurting my supervisor'),
    ('harm to others: thinking of hurting', 'je pense à blesser mon contremaître'),
    ('harm to others: weapon and pay', "j'ai un couteau dans mon casier, y vont payer"),
    ('harm to others: urge, people', "j'ai envie de faire du mal à du monde"),
    ('third person: blood, no answer', "there's blood on the bathroom floor and my roommate won't answer"),
    ('third person: photo and bye', "mon collègue m'a envoyé une photo du pont avec juste adieu"),
    ('third person: last day', "he's been saying goodbye to everyone like it's his last day"),
]
DEV_G_LOOK_ALIKES = [
    "j'attends juste que la pharmacie ouvre pour mes pilules",
    'forgot my pills, waiting till the pharmacy opens',
    'je vais le faire ce soir, le rapport, promis',
    "i'm going to do it this weekend, the deck finally",
    "j'aimerais mieux mourir de rire que de pleurer",
    'the meeting would be better without the slides',
    "si je me réveille pas à temps demain, c'est pas grave, je commence à 10h",
    "wouldn't mind if I got a raise this year",
    'je pense à la mort de mon grand-père, ça me rend triste',
    'if a truck hit my car would insurance cover the rental?',
    "j'ai donné ma vieille guitare à mon neveu pour sa fête",
    'I left my passwords with IT before my vacation',
    "I'm going to take all my vacation days in July",
    "j'ai pris toute la boîte de biscuits au bureau, oups",
    'I cut too deep into the wood with the new saw',
    'je me suis donné un coup sur le genou avec la porte du char',
    'mon mari garde ma carte de crédit dans son portefeuille quand on voyage',
    'mon chum veut pas que je voie le film sans lui',
    'he kicked in the door of the old shed to clean it out',
    "ma fille me suit partout dans la maison, c'est cute",
    "he said I'll be dead tired after the double shift",
    'mon bébé me réveille toute la nuit, je suis épuisée',
    'thinking about hiring someone for my team',
    "y vont payer pour le lunch d'équipe",
    "my roommate won't answer his phone, he's probably at the gym",
    "mon collègue m'a envoyé une photo du pont Jacques-Cartier illuminé",
    "he's been saying goodbye to everyone, he's retiring Friday",
]


@pytest.mark.parametrize(("concept", "text"), DEV_G_CONCEPTS)
def test_fresh_phrasings_of_the_dev_g_concepts_are_read(concept: str, text: str) -> None:
    assert detect_all(text, neighbours=False).crisis, concept


@pytest.mark.parametrize("text", DEV_G_LOOK_ALIKES)
def test_look_alikes_of_the_dev_g_concepts_stay_quiet(text: str) -> None:
    assert not detect_all(text, neighbours=False).crisis, detect_all(text, neighbours=False)


@pytest.mark.parametrize("text", ["saucide", "je pense au suisidare", "jveux me suider", "siucidial again", "morrir",
                                  "jcoûte cher à tout le monde, ça serait plus simple si jexistais pas",
                                  "salut rifle's in the truck. parked behind the plant"])
def test_two_slips_in_the_word_that_matters_and_glued_words_are_read(text: str) -> None:
    assert detect_all(text, neighbours=False).crisis, text


@pytest.mark.parametrize("text", ["the protests will subside soon", "j'ai la mont Tremblant en tête pour l'été"])
def test_real_words_near_those_forms_stay_themselves(text: str) -> None:
    assert not detect_all(text, neighbours=False).crisis, detect_all(text, neighbours=False)


@pytest.mark.parametrize(("concept", "text", "category", "at_risk"), FRESH_CONCEPTS)
def test_fresh_phrasings_of_a_concept_are_read(concept: str, text: str, category: str, at_risk: str) -> None:
    result = detect_all(text, neighbours=False)
    assert (result.crisis, result.category, result.at_risk) == (True, category, at_risk), (concept, result)


@pytest.mark.parametrize("text", FRESH_LOOK_ALIKES)
def test_fresh_look_alikes_of_the_concepts_stay_quiet(text: str) -> None:
    assert not detect_all(text, neighbours=False).crisis, detect_all(text, neighbours=False)


@settings(max_examples=300, deadline=None)
@given(case=st.sampled_from(CORE), variant=st.sampled_from(sorted(VARIANTS)), seed=st.integers(0, 10_000))
def test_a_crisis_keeps_its_label_however_it_is_typed(case: tuple[str, str, str, str], variant: str, seed: int) -> None:
    text, lang, category, _ = case
    typed = VARIANTS[variant](text, lang, random.Random(seed))
    result = detect_all(typed)
    assert result.crisis and result.category == category, (typed, result)


@settings(max_examples=200, deadline=None)
@given(case=st.sampled_from(LOOK_ALIKES), variant=st.sampled_from(sorted(VARIANTS)), seed=st.integers(0, 10_000))
def test_a_look_alike_stays_quiet_however_it_is_typed(case: tuple[str, str], variant: str, seed: int) -> None:
    text, lang = case
    typed = VARIANTS[variant](text, lang, random.Random(seed))
    assert not detect_all(typed).crisis, (typed, detect_all(typed))


@pytest.mark.parametrize(("a", "b", "close"), [
    ("suicide", "sucide", True), ("suicide", "suicdie", True), ("mourir", "mourrir", True),
    ("pendre", "prendre", True), ("suicide", "suiside", True), ("overdose", "ovredoes", False),
])
def test_one_edit(a: str, b: str, close: bool) -> None:
    assert within_one_edit(a, b) is close


def test_spelling_mends_keywords_but_never_a_real_word() -> None:
    from bot.nlu.crisis import _corrector

    c = _corrector()
    assert {c.correct(w) for w in ("suicdie", "sucide", "suicde")} == {"suicide"}
    assert c.correct("moourir") == "mourir" and c.correct("myslef") == "myself"
    for real in ("prendre", "hunting", "night", "doing", "courir", "putting"):
        assert c.correct(real) == real
    small = Corrector(["suicide"], ["suicida"])
    assert small.correct("suicida") == "suicida"  # a guard word is never corrected


def test_the_spelling_guard_is_current() -> None:
    """bot/nlu/spelling_guard.txt must list every real word one edit from a keyword: rebuild it after a lexicon edit
    (.venv/bin/python bench/make_spelling_guard.py). Compared in memory: the test writes nothing."""
    pytest.importorskip("spellchecker", reason="pyspellchecker is a test extra")
    spec = importlib.util.spec_from_file_location("guard", Path(__file__).resolve().parents[1] / "bench/make_spelling_guard.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == GUARD_FILE.read_text(encoding="utf-8"), "stale: run bench/make_spelling_guard.py"


def _make_neighbours_module() -> Any:
    path = Path(__file__).resolve().parents[1] / "bench" / "make_crisis_neighbours.py"
    spec = importlib.util.spec_from_file_location("make_crisis_neighbours", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_neighbour_bank_was_built_from_the_dev_files_as_they_are() -> None:
    """Edit a dev file, rebuild: .venv/bin/python bench/make_crisis_neighbours.py (and commit the .npz)."""
    import numpy as np

    from bot.nlu.crisis_neighbours import BANK_FILE

    with np.load(BANK_FILE) as data:
        built_from = str(data["sources"])
    assert built_from == _make_neighbours_module().sources_hash()


def test_the_neighbours_ask_when_the_rules_find_nothing() -> None:
    """Words no rule foresaw, close to crisis messages people wrote: the `concern` tier, never `risk`."""
    from bot.nlu import crisis_neighbours

    if not crisis_neighbours.warm():
        pytest.skip("the embedding model is off or not installed (ENTRAIDE_EMBEDDINGS=off)")
    for text in ("j'ai donné mon chat à ma voisine, je lui ai dit que c'était à cause des heures",
                 "I wrote something for my kids to read later and put it in the drawer"):
        assert not detect_all(text, neighbours=False).crisis
        result = detect_all(text)
        assert result.crisis and result.level == "concern" and (result.reason or "").endswith(":neighbours"), result
    assert not detect_all("can you tell me the hours of the union office this week").crisis


def test_without_the_model_the_rules_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.nlu import crisis_neighbours

    monkeypatch.setattr(crisis_neighbours, "embedder", lambda: None)
    assert crisis_neighbours.concern("anything at all here") is None
    assert detect_all("je veux mourir").crisis


def _dev_sentences() -> list[str]:
    import json

    rows = [json.loads(line) for f in sorted((Path(__file__).resolve().parents[1] / "bench/data/crisis").glob("dev*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    from bot.nlu.crisis import _SENTENCES

    return [s for r in rows for s in _SENTENCES.split(r["text"]) if s.strip()]


def test_pruned_rules_find_what_the_whole_rules_find_on_every_dev_sentence() -> None:
    """The speed-up (bot.nlu.regex_anchors) must never change a finding: each rule part, cut down to the
    alternatives a sentence's words allow, matches exactly where the whole part matches.

    Every rule part against every sentence grows with both (35 s once dev held ten batches): half of the
    distinct dev sentences, always the same half, still gives each rule part thousands of tries."""
    from bot.nlu.crisis import _rule_set, _sentence

    rule_set, _, _ = _rule_set()
    checked = 0
    distinct = sorted({s.form: s for s in (_sentence(t) for t in _dev_sentences())}.items())
    for _, sentence in distinct[::2]:
        possible = rule_set.possible(sentence.words)
        for p, whole in enumerate(rule_set.patterns):
            spans = [m.span() for m in whole.finditer(sentence.form)]
            if spans:
                checked += 1
                assert p in possible, (p, sentence.form)
                assert [m.span() for m in rule_set.pattern(p, possible[p]).finditer(sentence.form)] == spans
    assert checked > 5_000


def _rule_parts() -> list[Any]:
    from bot.nlu.crisis_rules import RULES

    return [part for rule in RULES for part in rule.parts]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_text_a_rule_matches_holds_one_of_its_anchor_words(data: st.DataObject) -> None:
    """Texts written by hypothesis to match a rule part: each holds one of the part's anchor words whole."""
    from bot.nlu.regex_anchors import anchors

    part = data.draw(st.sampled_from(_rule_parts()))
    words = anchors(part)
    if words is None:
        return  # a part the reader cannot anchor is always run
    text = data.draw(st.from_regex(part, fullmatch=True))
    found = set(text.split()) | ({"#"} if any(c.isdigit() for c in text) else set())
    assert found & words, (part.pattern[:80], text)


@pytest.mark.parametrize(("pattern", "alternatives"), [
    (r"\b(?:je veux mourir|i want to die)\b", ["je veux mourir", "i want to die"]),
    (r"\b(?:kill|tuer)(?: [a-z0-9]+){0,3} (?:myself|moi)\b", ["kill myself", "tuer moi"]),
    (r"\b(?:le \d+)\b", ["le #"]),
    (r"\b(?:stockpil\w*)\b", None),  # a word left open: no word can be required
    (r"\b(?:pills?)\b", ["pill", "pills"]),
])
def test_anchor_words_of_small_patterns(pattern: str, alternatives: list[str] | None) -> None:
    """Each way the pattern can match holds one of its anchor words, and the anchors are words it can match."""
    import re

    from bot.nlu.regex_anchors import anchors

    words = anchors(re.compile(pattern))
    if alternatives is None:
        assert words is None
        return
    assert words
    assert all(words & set(alt.split()) for alt in alternatives), words
    assert words <= {w for alt in alternatives for w in alt.split()}
