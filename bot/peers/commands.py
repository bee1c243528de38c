"""The desk's command words, in English and French, and the limits of a request's life. Recognising
a command needs nothing but the event, so the service can tell whether an event is the desk's
before it opens any transaction (Desk.claims)."""

from __future__ import annotations

# Slash commands of the peer layer, with their French spellings.
HELPER_COMMANDS = {"available": "available", "disponible": "available", "away": "away", "absent": "away",
                   "langs": "langs", "langues": "langs", "regions": "regions", "themes": "themes",
                   "hours": "hours", "heures": "hours", "requests": "requests", "demandes": "requests",
                   "req": "req", "release": "release", "liberer": "release", "settings": "settings",
                   "reglages": "settings"}
SHARED_COMMANDS = {"end": "end", "fin": "end", "share": "share", "partager": "share"}
COORDINATOR_COMMANDS = {"invite": "invite", "inviter": "invite", "helpers": "helpers", "aidants": "helpers",
                        "deactivate": "deactivate", "desactiver": "deactivate", "stats": "stats",
                        "reload": "reload", "recharger": "reload", "console": "console"}
REGISTER = {"helper": "helper", "aidant": "helper"}
WINDOWS = ("now", "day", "evening", "week")
MAX_OFFERS = 5
OPEN_AT_MOST_SECONDS = 24 * 3600  # a request nobody took is closed (and its address erased) after a day


def request_number(s: str) -> int:
    """A request or helper number as typed: "12", "#12", "no 12"; 0 when it is not one."""
    s = s.strip().lstrip("#").removeprefix("no").strip()
    return int(s) if s.isdigit() and len(s) < 10 else 0
