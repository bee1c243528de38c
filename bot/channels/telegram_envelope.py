"""How a message becomes Telegram outbox envelopes: cut to Telegram's length limit, buttons on the
last part. Kept apart from the adapter so the CLI and Rasa can queue messages for Telegram
without loading python-telegram-bot."""

from __future__ import annotations

from bot.channels.base import Envelope
from bot.engine.messages import Address, Outgoing

MAX_TEXT_LENGTH = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH, checked by tests/test_telegram.py


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """Telegram refuses messages over 4096 characters; cut at paragraph, then line, then hard."""
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n\n", 0, limit), text.rfind("\n", 0, limit))
        if cut <= 0:
            cut = text.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return parts


def envelope(chat_id: int, msg: Outgoing, text: str, buttons: bool) -> Envelope:
    env: Envelope = {"chat": chat_id, "text": text,
                     "buttons": [[b.label, b.payload] for b in msg.buttons] if buttons else []}
    if msg.ref:
        env["ref"] = msg.ref
    if msg.edit:
        env["edit"] = msg.edit
    return env


class TelegramChannel:
    name = "telegram"
    push = True

    def envelopes(self, to: Address, msg: Outgoing) -> list[Envelope]:
        chat_id = int(to.id)
        parts = split_text(msg.text, MAX_TEXT_LENGTH - 200)  # room for escaping
        return [envelope(chat_id, msg, part, buttons=i == len(parts) - 1) for i, part in enumerate(parts)]
