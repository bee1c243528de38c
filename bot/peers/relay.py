"""The anonymous relay: what a worker and a helper type, passed on as new messages (never a name,
username, chat id or forwarded-from header), contact details held back until both agree to share,
and a crisis in a worker's words answered first and flagged to the helper."""

from __future__ import annotations

import re

from bot.engine.messages import Event, Meta, Outgoing
from bot.engine.safety import crisis_answer
from bot.nlu.crisis import detect_all
from bot.peers.commands import SHARED_COMMANDS
from bot.peers.render import Result, _lang
from bot.peers.repository import Helper, Peers, Request
from bot.peers.requests import Requests

_CONTACT = re.compile(r"(\+?\d[\d \-.()]{7,}\d)|([\w.+-]+@[\w-]+\.[\w.]+)|(^|\s)@[A-Za-z]\w{4,}|t\.me/", re.I)


class Relay(Requests):
    def from_worker(self, p: Peers, r: Request, e: Event, cmd: str, now: float) -> Result | None:
        helper = p.helper_by_id(r.helper_id or 0)
        to = self.to_helper(helper) if helper else None
        name = SHARED_COMMANDS.get(cmd) or ("end" if cmd in ("cancel", "annuler", "stop") else "")
        if name == "end" or to is None or helper is None:
            return self.end(p, r, by_worker=True, now=now)
        if name == "share":
            return self.share(p, r, by_worker=True)
        if cmd:
            return None if cmd in ("forget", "oublier") else Result([self.msg("peer_relay_help_worker", r.lang)])
        if e.kind == "unsupported":
            return Result([self.msg("peer_only_text", r.lang)])
        if e.kind != "text" or not e.text.strip():
            return None
        text = _clip(e.text)
        res = Result()
        crisis = detect_all(e.text, neighbours=False)  # a peer helper reads every word; the rules flag for them
        if crisis.crisis:
            lang = _lang(r.lang)
            for reply in crisis_answer(self.d.knowledge, crisis, lang):
                res.messages.append(Outgoing(reply.text, (), None,
                                             Meta(flow="peer", lang=lang, crisis=True, resources=reply.resources)))
            res.messages.append(self.msg("peer_crisis_flag", helper.lang, to, crisis=True, number=r.id))
            res.stats.append(("crisis", crisis.category or "suicide"))
        elif _CONTACT.search(text) and not (r.worker_share and r.helper_share):
            return Result([self.msg("peer_contact_held", r.lang)])
        res.messages.append(self.msg("peer_from_worker", helper.lang, to, number=r.id, text=text))
        return res

    def from_helper(self, p: Peers, h: Helper, r: Request, e: Event, cmd: str, lang: str) -> Result | None:
        name = SHARED_COMMANDS.get(cmd, "")
        if name == "end":
            return self.end(p, r, by_worker=False, now=e.now)
        if name == "share":
            return self.share(p, r, by_worker=False)
        if cmd:
            return None
        if e.kind == "unsupported":
            return Result([self.msg("peer_only_text", lang)])
        if e.kind != "text" or not e.text.strip():
            return None
        to = self.to_worker(r)
        if to is None:
            return self.end(p, r, by_worker=False, now=e.now)
        text = _clip(e.text)
        if _CONTACT.search(text) and not (r.worker_share and r.helper_share):
            return Result([self.msg("peer_contact_held", lang)])
        return Result([self.msg("peer_from_helper", r.lang, to, text=text)])

    def share(self, p: Peers, r: Request, by_worker: bool) -> Result:
        p.set_request(r.id, **({"worker_share": True} if by_worker else {"helper_share": True}))
        helper = p.helper_by_id(r.helper_id or 0)
        me_lang, other_lang = (r.lang, helper.lang if helper else r.lang) if by_worker else (helper.lang if helper else r.lang, r.lang)
        other = (self.to_helper(helper) if helper else None) if by_worker else self.to_worker(r)
        both = (r.helper_share if by_worker else r.worker_share)
        if both:
            out = [self.msg("peer_share_both", me_lang)]
            if other:
                out.append(self.msg("peer_share_both", other_lang, other))
            return Result(out)
        out = [self.msg("peer_share_asked", me_lang)]
        if other:
            out.append(self.msg("peer_share_offer", other_lang, other, number=r.id))
        return Result(out)


def _clip(text: str, limit: int = 3500) -> str:
    """Relayed text is capped so the framing and Telegram's 4096 limit always fit."""
    text = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    return text if len(text) <= limit else text[:limit] + " […]"
