"""Peers reached through a channel Entraide cannot push to (a Rasa assistant): their messages wait
in the outbox, filed under the channel "rasa", until that channel asks for them (action_entraide_relay)."""

from __future__ import annotations

from bot.channels.base import Envelope, plain_envelope
from bot.engine.messages import Address, Outgoing


class RasaChannel:
    name = "rasa"
    push = False

    def envelopes(self, to: Address, msg: Outgoing) -> list[Envelope]:
        return [plain_envelope(to, msg)]
