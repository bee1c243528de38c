"""How the desk speaks: its messages in the person's language, buttons, the anonymous summary of a
request, a helper's settings, the fallback resources; and how it seals the addresses it keeps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.config import HelperSettings
from bot.crypto import InvalidToken, Sealer
from bot.engine.cards import card_texts, referral_ids
from bot.engine.definitions import Definitions
from bot.engine.messages import Address, Button, Meta, Outgoing
from bot.peers.commands import WINDOWS
from bot.peers.repository import Helper, Request
from bot.types import Lang


@dataclass(frozen=True)
class Sender:
    """Who sent an event, as the channel knows them. The address is used, never stored in clear."""

    address: Address
    coordinator: bool = False


@dataclass
class Result:
    messages: list[Outgoing] = field(default_factory=list)
    stats: list[tuple[str, str]] = field(default_factory=list)


class Rendering:
    """The base of the desk's parts: definitions, settings, words and sealed addresses."""

    def __init__(self, defs: Callable[[], Definitions], sealer: Sealer, settings: HelperSettings):
        self._defs = defs
        self.sealer = sealer
        self.settings = settings

    @property
    def d(self) -> Definitions:
        return self._defs()

    def t(self, key: str, lang: str, **values: object) -> str:
        return self.d.knowledge.message(key).render(_lang(lang), {k: str(v) for k, v in values.items()})

    def seal_address(self, address: Address) -> str:
        return self.sealer.seal(address.pack())

    def open_address(self, sealed: str | None) -> Address | None:
        if not sealed:
            return None
        try:
            return Address.unpack(self.sealer.open(sealed))
        except (InvalidToken, KeyError, ValueError):
            return None

    def msg(self, key: str, lang: str, to: Address | None = None, buttons: tuple[Button, ...] = (), crisis: bool = False,
            fields: dict[str, str] | None = None, **values: object) -> Outgoing:
        return Outgoing(self.t(key, lang, **(fields or {}), **values), buttons, to,
                        Meta(flow="peer", lang=_lang(lang), crisis=crisis))

    def button(self, key: str, lang: str, payload: str) -> Button:
        return Button(self.t(key, lang), payload)

    def to_helper(self, h: Helper) -> Address | None:
        return self.open_address(h.address)

    def to_worker(self, r: Request) -> Address | None:
        return self.open_address(r.worker_address)

    def summary(self, r: Request, lang: str) -> dict[str, str]:
        theme = self.d.knowledge.themes.get(r.theme or "")
        region = next((x.name for x in self.d.org.regions if x.id == r.region), None)
        unsaid = self.t("peer_not_specified", lang)
        return {"number": str(r.id), "language": self.t(f"peer_lang_{r.lang}", lang),
                "theme": theme.name.get(_lang(lang)) if theme else unsaid, "region": region or unsaid,
                "window": self.t(f"peer_window_{r.time_window}", lang) if r.time_window in WINDOWS else unsaid}

    def settings_msg(self, h: Helper, lang: str) -> Outgoing:
        any_ = self.t("peer_any", lang)
        regions = ", ".join(next((x.name for x in self.d.org.regions if x.id == r), r) for r in h.regions) or any_
        themes = ", ".join(self.d.knowledge.themes[t].name.get(_lang(lang)) for t in h.themes
                           if t in self.d.knowledge.themes) or any_
        status = self.t("peer_status_available" if h.available else "peer_status_away", lang)
        return self.msg("peer_helper_settings", lang, langs=" ".join(h.langs), regions=regions, themes=themes,
                        hours=h.hours or any_, status=status)

    def helper_line(self, h: Helper, lang: str) -> str:
        status = self.t("peer_status_available" if h.available else "peer_status_away", lang)
        return f"{h.id} · {' '.join(h.langs)} · {' '.join(h.regions) or '*'} · {' '.join(h.themes) or '*'} · {status}"

    def fallback(self, r: Request) -> list[Outgoing]:
        """The EAP, 811 and the theme's resources: what a person can do while nobody is free."""
        lang = _lang(r.lang)
        k = self.d.knowledge
        ids = referral_ids(k, r.theme, while_waiting=True)
        return [Outgoing(text, (), None, Meta(flow="peer", lang=lang, resources=rids))
                for rids, text in card_texts(k, self.d.org, ids, lang, {})]


def _lang(lang: str) -> Lang:
    return "en" if lang == "en" else "fr"
