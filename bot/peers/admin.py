"""Helpers and coordinators: registering with an invite code, a helper's own settings and
availability, and the coordinators' commands (invite, list, deactivate, statistics, reload, a console link)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Literal

from bot.config import HelperSettings
from bot.crypto import Sealer, keyed_hash
from bot.engine.definitions import Definitions
from bot.engine.messages import Meta, Outgoing
from bot.peers.commands import request_number
from bot.peers.hours import parse_hours
from bot.peers.render import Result, Sender, _lang
from bot.peers.repository import ACCEPTED, Helper, Peers
from bot.peers.requests import Requests
from bot.types import Lang

Role = Literal["coordinator", "viewer"]  # as bot.console.auth.Role (the console imports the desk, not back)


class Admin(Requests):
    def __init__(self, defs: Callable[[], Definitions], sealer: Sealer, settings: HelperSettings, secret: bytes,
                 stats_text: Callable[[Lang], str] | None = None,
                 reload: Callable[[], tuple[bool, str]] | None = None, codes: Callable[[], str] | None = None):
        super().__init__(defs, sealer, settings)
        self.secret = secret
        self.stats_text = stats_text
        self.reload = reload
        self.new_code = codes or random_code
        # Set by the web console when this process serves it: (the transaction's tables, the coordinator's
        # key, now, the link's role) -> a login link.
        self.console_link: Callable[[Peers, str, float, Role], str | None] | None = None
        self.console_minutes = 10

    def code_hash(self, code: str) -> str:
        return keyed_hash(self.secret, f"invite:{code.strip().upper()}")

    def register(self, p: Peers, key: str, code: str, who: Sender, lang: str, now: float) -> Result:
        if p.helper_by_key(key):
            return Result([self.msg("peer_already_helper", lang)])
        ok, region = p.use_invite(self.code_hash(code), now) if code.strip() else (False, None)
        if not ok:
            return Result([self.msg("peer_invite_invalid", lang)])
        p.add_helper(key, self.seal_address(who.address), [lang], [region] if region else [], now)
        helper = p.helper_by_key(key)
        assert helper is not None
        return Result([self.msg("peer_helper_welcome", lang), self.settings_msg(helper, lang)],
                      [("peer_helper", "registered")])

    def helper_command(self, p: Peers, h: Helper, cmd: str, arg: str, lang: str, now: float) -> Result:
        """A helper's command from the table below; a settings change answers with the new settings."""
        done = HELPER_HANDLERS[cmd](self, p, h, arg, lang, now)
        if done is not None:
            return done
        fresh = p.helper_by_id(h.id)
        assert fresh is not None
        return Result([self.settings_msg(fresh, lang)])

    def _available(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        p.set_helper(h.id, available=True)
        res = Result([self.msg("peer_now_available", lang)])
        fresh = p.helper_by_id(h.id)
        for r in p.open_requests():  # they said "now": their weekly hours do not hold this back
            if fresh and self.can_take(p, fresh, r):
                self.offer_to(p, r, fresh, res)
        return res

    def _away(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        p.set_helper(h.id, available=False)
        return Result([self.msg("peer_now_away", lang)])

    def _settings(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        return Result([self.settings_msg(h, lang)])

    def _choose(self, column: str, p: Peers, h: Helper, arg: str, lang: str) -> Result | None:
        """/langs, /regions, /themes: words from a closed list ("all" for any region or theme)."""
        words = arg.lower().replace(",", " ").split()
        choices: dict[str, list[str]] = {"langs": list(self.d.languages), "regions": [r.id for r in self.d.org.regions],
                                         "themes": list(self.d.knowledge.themes)}
        allowed = choices[column]
        if column != "langs" and words in (["all"], ["tous"], ["toutes"]):
            words = []
        bad = [w for w in words if w not in allowed]
        if bad or (column == "langs" and not words):
            return Result([self.msg("peer_bad_value", lang, value=" ".join(bad) or "-", allowed=" ".join(allowed))])
        p.set_helper(h.id, **{column: " ".join(dict.fromkeys(words))})
        return None

    def _langs(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        return self._choose("langs", p, h, arg, lang)

    def _regions(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        return self._choose("regions", p, h, arg, lang)

    def _themes(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        return self._choose("themes", p, h, arg, lang)

    def _hours(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        spec = arg.strip()
        if spec.lower() in ("", "aucune", "none", "any"):
            p.set_helper(h.id, hours=None)
            return None
        try:
            parse_hours(spec)
        except ValueError:
            return Result([self.msg("peer_bad_hours", lang, value=spec[:60])])
        p.set_helper(h.id, hours=spec[:200])
        return None

    def _requests(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        mine = p.helper_requests(h.id)
        if not mine:
            return Result([self.msg("peer_no_requests", lang)])
        listing = ", ".join(f"{r.id}" for r in mine)
        return Result([self.msg("peer_your_requests", lang, list=listing, current=h.current_request or mine[0].id)])

    def _req(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        num = request_number(arg)
        target = p.get_request(num) if num else None
        if target is None or target.helper_id != h.id or target.status != ACCEPTED:
            return Result([self.msg("peer_not_yours", lang, number=arg.strip()[:12] or "?")])
        p.set_helper(h.id, current_request=target.id)
        return Result([self.msg("peer_switched", lang, number=target.id)])

    def _release(self, p: Peers, h: Helper, arg: str, lang: str, now: float) -> Result | None:
        cur = p.get_request(h.current_request) if h.current_request else None
        if cur is None or cur.helper_id != h.id or cur.status != ACCEPTED:
            return Result([self.msg("peer_no_current", lang)])
        return self.release(p, h, cur, now)

    def new_invite(self, p: Peers, region: str | None, now: float) -> str:
        code = self.new_code()
        p.add_invite(self.code_hash(code), region, now, now + self.settings.invite_valid_hours * 3600)
        return code

    def coordinate(self, p: Peers, cmd: str, arg: str, lang: str, now: float, key: str = "") -> Result:
        """A coordinator's command from the table below (roles were checked by the caller); `key` is the
        coordinator's own session key (a keyed hash), for what must know who asked (/console)."""
        return COORDINATOR_HANDLERS[cmd](self, p, arg, lang, now, key)

    def _invite(self, p: Peers, arg: str, lang: str, now: float, key: str) -> Result:
        region = arg.strip().lower() or None
        if region and region not in {r.id for r in self.d.org.regions}:
            return Result([self.msg("peer_bad_value", lang, value=region,
                                    allowed=" ".join(r.id for r in self.d.org.regions))])
        code = self.new_invite(p, region, now)
        return Result([self.msg("peer_invite_created", lang, code=code, hours=self.settings.invite_valid_hours)])

    def _helpers(self, p: Peers, arg: str, lang: str, now: float, key: str) -> Result:
        lines = [self.helper_line(h, lang) for h in p.all_helpers() if h.active]
        return Result([self.msg("peer_helpers_list", lang, count=len(lines), list="\n".join(lines) or "-")])

    def _deactivate(self, p: Peers, arg: str, lang: str, now: float, key: str) -> Result:
        num = request_number(arg)
        h = p.helper_by_id(num) if num else None
        if h is None or not h.active:
            return Result([self.msg("peer_unknown_helper", lang, number=arg.strip()[:12] or "?")])
        return self.deactivate(p, h, lang, now)

    def _reload(self, p: Peers, arg: str, lang: str, now: float, key: str) -> Result:
        if self.reload is None:
            return Result([self.msg("peer_reload_failed", lang, problems="-")])
        ok, report = self.reload()
        return Result([self.msg("peer_reloaded" if ok else "peer_reload_failed", lang, problems=report)])

    def _stats(self, p: Peers, arg: str, lang: str, now: float, key: str) -> Result:
        text = self.stats_text(_lang(lang)) if self.stats_text else "-"
        return Result([Outgoing(text, (), None, Meta(flow="peer", lang=_lang(lang)))])

    def _console(self, p: Peers, arg: str, lang: str, now: float, key: str) -> Result:
        """A single-use link to the web console, when this process serves it (bot.console registers it);
        `/console viewer` (`/console lecture`): a link to hand to someone who may read and try, not change."""
        word = arg.strip().lower()
        role = CONSOLE_ROLES.get(word)
        if role is None:
            return Result([self.msg("peer_bad_value", lang, value=word[:20], allowed="viewer lecture")])
        url = self.console_link(p, key, now, role) if self.console_link else None
        if url is None:
            return Result([self.msg("peer_console_off", lang)])
        key_name = "peer_console_viewer_link" if role == "viewer" else "peer_console_link"
        return Result([self.msg(key_name, lang, url=url, minutes=self.console_minutes)])

    def deactivate(self, p: Peers, h: Helper, lang: str, now: float) -> Result:
        """At once: no more offers, open conversations go back to the queue, the address is erased."""
        res = Result([self.msg("peer_deactivated", lang, number=h.id)], [("peer_helper", "deactivated")])
        for r in p.helper_requests(h.id):
            sub = self.release(p, h, r, now)
            res.messages += [m for m in sub.messages if m.to is not None]
        if (to := self.to_helper(h)) is not None:
            res.messages.append(self.msg("peer_you_were_deactivated", h.lang, to))
        p.set_helper(h.id, active=False, available=False, address=None, current_request=None)
        return res


HelperHandler = Callable[[Admin, Peers, Helper, str, str, float], "Result | None"]
CoordinatorHandler = Callable[[Admin, Peers, str, str, float, str], Result]
# Every name in bot.peers.commands.HELPER_COMMANDS / COORDINATOR_COMMANDS has its handler here
# (tests/test_peers.py checks both tables agree).
HELPER_HANDLERS: dict[str, HelperHandler] = {
    "available": Admin._available, "away": Admin._away, "settings": Admin._settings, "langs": Admin._langs,
    "regions": Admin._regions, "themes": Admin._themes, "hours": Admin._hours, "requests": Admin._requests,
    "req": Admin._req, "release": Admin._release}
COORDINATOR_HANDLERS: dict[str, CoordinatorHandler] = {
    "invite": Admin._invite, "helpers": Admin._helpers, "deactivate": Admin._deactivate, "reload": Admin._reload,
    "stats": Admin._stats, "console": Admin._console}


# `/console` alone: the coordinator's own link; with one of these words, a viewer's (read and try).
CONSOLE_ROLES: dict[str, Role] = {"": "coordinator", "viewer": "viewer", "lecture": "viewer"}


def random_code() -> str:
    """An invite code such as 3F9A-0C1B-77D2: 48 random bits, easy to read aloud."""
    return "-".join(secrets.token_hex(2).upper() for _ in range(3))
