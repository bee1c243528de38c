"""Words that mean the same thing in any state: global commands and yes/no answers.

A command is recognised only when it is the whole message ("stop", "retour"), never inside
a sentence: "I want to stop drinking" is a story to listen to, not a command.
"""

from __future__ import annotations

from bot.nlu.normalise import normalise

GLOBAL_COMMANDS: dict[str, tuple[str, ...]] = {
    "restart": ("restart", "start over", "reset", "recommencer", "recommence", "on recommence", "reprendre du debut",
                "depuis le debut", "du debut", "nouveau depart", "start again", "begin again"),
    "help": ("help", "aide", "aidez moi comment ca marche", "how does this work", "comment ca marche", "commandes",
             "commands", "menu", "options"),
    "back": ("back", "go back", "retour", "revenir", "reviens", "precedent", "previous", "undo", "retourner",
             "revenir en arriere", "en arriere"),
    "stop": ("stop", "arret", "arrete", "arreter", "quit", "exit", "quitter", "bye", "goodbye", "au revoir",
             "bonne journee", "that s all", "c est tout", "ce est tout", "fin", "end", "terminer"),
    "lang_en": ("english", "english please", "in english", "en anglais", "anglais", "anglais svp", "anglais se il vous plait",
                "speak english", "can we speak english", "parle anglais", "parle en anglais", "english se il vous plait",
                "switch to english", "english pls", "english plz", "en anglais se il vous plait",
                "can you speak english", "could you speak english", "do you speak english", "parle moi en anglais",
                "peux tu parler anglais", "en anglais svp", "in english please"),
    "lang_fr": ("francais", "en francais", "french", "in french", "french please", "francais se il vous plait",
                "parle francais", "parle en francais", "parle moi en francais", "speak french", "en francais se il vous plait",
                "switch to french", "francais svp", "en francais svp", "peux tu parler francais",
                "peux tu parler en francais", "pouvez vous parler francais", "can you speak french", "in french please",
                "parle moi francais", "do you speak french"),
    "forget": ("forget me", "oublie moi", "oubliez moi", "efface tout", "delete everything", "delete my data",
               "efface mes donnees"),
    "cancel": ("cancel", "annuler", "annule", "cancel my request", "annuler ma demande"),
}
_LOOKUP = {normalise(p): cmd for cmd, phrases in GLOBAL_COMMANDS.items() for p in phrases}

# What a message names when it steers the bot rather than tells a story ("take me back to the menu", "clear chat",
# "parler à un humain"): the bot's own controls, in both languages.
CONTROLS = frozenset(normalise(w) for w in (
    "menu", "menus", "chat", "bot", "robot", "human", "humain", "humaine", "button", "buttons", "bouton", "boutons",
    "home", "accueil", "options", "settings", "parametres", "language", "langue", "conversation", "messages",
    "history", "historique"))
COMMAND_MAX_WORDS = 7



# Slash commands every channel understands; /start is handled by the engine like "restart".
SLASH = {"start": "restart", "restart": "restart", "help": "help", "aide": "help", "back": "back", "retour": "back",
         "stop": "stop", "lang": "lang", "langue": "lang", "forget": "forget", "oublier": "forget",
         "cancel": "cancel", "annuler": "cancel"}

_YES = {normalise(p) for p in (
    "oui", "yes", "yeah", "yep", "yup", "ouais", "ouin", "ok", "okay", "correct", "ca va", "ca va bien", "je vais bien",
    "i m ok", "i m okay", "i am ok", "i m fine", "i am fine", "fine", "all good", "i m safe", "i am safe", "safe",
    "je suis en securite", "en securite", "it s fine", "its fine", "c est correct", "ce est correct", "pour le moment",
    "for now", "oui pour le moment", "yes for now", "oui ca va", "yes i m safe", "oui je suis en securite", "sure",
)}
_NO = {normalise(p) for p in (
    "non", "no", "nope", "nah", "pas vraiment", "not really", "not safe", "pas en securite", "je ne suis pas en securite",
    "je suis pas en securite", "i m not safe", "i am not safe", "not at all", "pas du tout", "non pas vraiment",
    "no thanks", "no thank you", "non merci", "nope thanks", "pas besoin", "no need", "leave me alone", "laisse moi tranquille",
)}
_UNSURE = {normalise(p) for p in (
    "je sais pas", "je ne sais pas", "chais pas", "sais pas", "i don t know", "idk", "dunno", "not sure", "pas sur",
    "pas certain", "pas certaine", "maybe", "peut etre", "je suis pas sur", "je suis pas sure", "i m not sure",
)}


def global_command(text: str) -> str | None:
    """The command a whole message means, if any."""
    norm = normalise(text)
    if not norm or len(norm) > 60:
        return None
    return _LOOKUP.get(norm)


def steers_the_bot(text: str) -> bool:
    """True when a short message is a command in any words: a whole command ("retour"), or a few words that name
    the bot's controls ("take me back to the menu")."""
    if global_command(text):
        return True
    return len(text.split()) <= COMMAND_MAX_WORDS and any(w in CONTROLS for w in normalise(text).split())


def yes_no(text: str) -> str | None:
    """"yes", "no" or "unsure" when the whole message is one of those."""
    norm = normalise(text)
    if norm in _YES:
        return "yes"
    if norm in _NO:
        return "no"
    if norm in _UNSURE:
        return "unsure"
    return None
