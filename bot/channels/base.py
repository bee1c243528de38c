"""What every channel tells the rest of the bot: its name, whether its own sender pushes replies
or a client pulls them, and how one message to one address becomes outbox envelopes.

The registry seals and keys every envelope the same way, so a turn on one channel can queue a
relayed message for a person on another (a Telegram helper answering a web-chat worker) without
either channel knowing the other's code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from bot.crypto import Sealer
from bot.engine.messages import Address, Outgoing
from bot.store.base import Queued

Envelope = dict[str, Any]


class Channel(Protocol):
    name: str
    push: bool  # True: a sender of this channel delivers its outbox rows; False: its client fetches them

    def envelopes(self, to: Address, msg: Outgoing) -> list[Envelope]:
        """The message as this channel delivers it (split, escaped, with buttons), in clear."""
        ...


class Channels:
    """The registry: a channel's envelopes sealed and filed under the recipient's keyed mailbox."""

    def __init__(self, key: Callable[[str, str], str], sealer: Sealer, channels: Iterable[Channel] = ()):
        self.key = key
        self.sealer = sealer
        self._by_name: dict[str, Channel] = {}
        for ch in channels:
            self.register(ch)

    def register(self, channel: Channel) -> None:
        self._by_name[channel.name] = channel

    def get(self, name: str) -> Channel | None:
        return self._by_name.get(name)

    def names(self) -> list[str]:
        return sorted(self._by_name)

    def mailbox(self, to: Address) -> str:
        """The outbox key of a person on a channel: the same keyed hash as their session key."""
        return self.key(to.channel, to.id)

    def seal(self, to: Address, msg: Outgoing) -> list[Queued]:
        channel = self._by_name.get(to.channel)
        if channel is None:
            raise LookupError(f"no channel named {to.channel!r} is registered (known: {', '.join(self.names())})")
        box = self.mailbox(to)
        return [Queued(box, self.sealer.seal(env), channel.name) for env in channel.envelopes(to, msg)]


def plain_envelope(to: Address, msg: Outgoing) -> Envelope:
    """Text, buttons and language: enough for a channel that renders messages itself (web, Rasa)."""
    env: Envelope = {"to": to.id, "text": msg.text, "buttons": [[b.label, b.payload] for b in msg.buttons],
                     "lang": msg.meta.lang, "crisis": msg.meta.crisis}
    if msg.ref:
        env["ref"] = msg.ref
    if msg.edit:
        env["edit"] = msg.edit
    return env


def default_channels() -> list[Channel]:
    """Every channel a reply can be addressed to, whether or not its adapter runs in this process:
    the CLI and Rasa queue messages that the Telegram process (or the web chat) delivers."""
    from bot.channels.pull import RasaChannel
    from bot.channels.telegram_envelope import TelegramChannel
    from bot.channels.web.mailbox import WebChannel

    return [TelegramChannel(), RasaChannel(), WebChannel()]
