"""What goes into the engine and what comes out: the only types a channel needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# `start` begins a fresh conversation at a flow's first step (`payload`) in a language (`lang_hint`): only the
# console's preview and conversation tests make one; no channel does, and the service reads it from those two
# only (bot.service.FLOW_STARTERS), so a worker cannot jump between flows.
EventKind = Literal["text", "button", "command", "unsupported", "start"]


@dataclass(frozen=True)
class Event:
    kind: EventKind
    now: float
    text: str = ""
    payload: str = ""
    command: str = ""
    arg: str = ""
    lang_hint: str = ""  # the channel's guess (e.g. the app's language) for a first message without words

    @classmethod
    def from_text(cls, text: str, now: float, lang_hint: str = "") -> Event:
        """Typed text, or a `/command arg` typed in a channel without native commands."""
        stripped = text.strip()
        if stripped.startswith("/") and len(stripped) > 1 and " " not in stripped.split("\n")[0][:1]:
            head, _, arg = stripped[1:].partition(" ")
            name = head.split("@", 1)[0].lower()
            if name.replace("_", "").isalnum():
                return cls("command", now, command=name, arg=arg.strip(), lang_hint=lang_hint)
        return cls("text", now, text=text, lang_hint=lang_hint)


@dataclass(frozen=True)
class Button:
    label: str
    payload: str


@dataclass(frozen=True)
class Meta:
    flow: str | None = None
    step: str | None = None
    lang: str = "fr"
    crisis: bool = False
    theme: str | None = None
    resources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Address:
    """Where a person is reached: a channel's name and that channel's own id for them (a Telegram
    chat id, a web session's mailbox, a Rasa sender id). Needed only for the live relay; sealed at
    rest (bot.crypto) and never logged."""

    channel: str
    id: str

    def __post_init__(self) -> None:
        if not self.channel or not self.channel.isidentifier():
            raise ValueError(f"a channel name is a plain word such as 'telegram', not {self.channel!r}")

    def pack(self) -> dict[str, str]:
        return {"c": self.channel, "a": self.id}

    @classmethod
    def unpack(cls, data: dict[str, object]) -> Address:
        """From `pack()`, or from the older {"a": "<chat id>" | "rasa:<sender>"} form sealed before channels had names."""
        ident = str(data["a"])
        channel = data.get("c")
        if isinstance(channel, str):
            return cls(channel, ident)
        if ident.startswith("rasa:"):
            return cls("rasa", ident.removeprefix("rasa:"))
        return cls("telegram", ident)


@dataclass(frozen=True)
class Outgoing:
    text: str
    buttons: tuple[Button, ...] = ()
    to: Address | None = None  # None: the person whose event this answers; else someone else (peer relay)
    meta: Meta = field(default_factory=Meta)
    ref: str = ""  # tells the channel to report the sent message's id back (e.g. "offer:12:3")
    edit: str = ""  # a message id to edit instead of sending a new message
