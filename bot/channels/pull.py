"""Peers reached through a channel Entraide cannot push to (a Rasa assistant): their messages wait
in the outbox under a `rasa:` key until that channel asks for them (action_entraide_relay)."""

from __future__ import annotations

from bot.crypto import Sealer
from bot.engine.messages import Outgoing
from bot.service import Entraide

PULL_PREFIX = "rasa:"


def is_pull(address: str) -> bool:
    return address.startswith(PULL_PREFIX)


def pull_key(svc: Entraide, address: str) -> str:
    """Contains ":", which push senders skip (see Outbox.kick and Store.waiting_chats)."""
    return PULL_PREFIX + svc.key("rasa", address.removeprefix(PULL_PREFIX))[:59]


def seal_pull(svc: Entraide, sealer: Sealer, address: str, msg: Outgoing) -> list[tuple[str, str]]:
    body = {"pull": address, "text": msg.text, "buttons": [[b.label, b.payload] for b in msg.buttons]}
    return [(pull_key(svc, address), sealer.seal(body))]
