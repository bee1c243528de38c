"""The peer-helper desk: contact requests, offers, the race to accept, and the anonymous relay.

Every method runs inside the caller's transaction (with the update's receipt and the outbox), so
an accept, a relayed message or an expiry happens once, or not at all. What crosses between a
worker and a helper is only what they type, rewritten as a new message: never a name, username,
chat id or forwarded-from header. Roles are checked here, and every refusal is a polite sentence.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from bot.config import HelperSettings
from bot.crypto import InvalidToken, Sealer
from bot.engine.cards import render_card
from bot.engine.definitions import Definitions
from bot.engine.messages import Button, Event, Meta, Outgoing
from bot.engine.safety import crisis_answer
from bot.nlu.crisis import detect_all
from bot.peers import store as db
from bot.peers.hours import parse_hours, within
from bot.peers.store import ACCEPTED, CANCELLED, CLOSED, EXPIRED, OPEN, Helper, Request
from bot.types import Lang

# Slash commands of the peer layer, with their French spellings.
HELPER_COMMANDS = {"available": "available", "disponible": "available", "away": "away", "absent": "away",
                   "langs": "langs", "langues": "langs", "regions": "regions", "themes": "themes",
                   "hours": "hours", "heures": "hours", "requests": "requests", "demandes": "requests",
                   "req": "req", "release": "release", "liberer": "release", "settings": "settings",
                   "reglages": "settings"}
SHARED_COMMANDS = {"end": "end", "fin": "end", "share": "share", "partager": "share"}
COORDINATOR_COMMANDS = {"invite": "invite", "inviter": "invite", "helpers": "helpers", "aidants": "helpers",
                        "deactivate": "deactivate", "desactiver": "deactivate", "stats": "stats",
                        "reload": "reload", "recharger": "reload"}
REGISTER = {"helper": "helper", "aidant": "helper"}
WINDOWS = ("now", "day", "evening", "week")
MAX_OFFERS = 5
OPEN_AT_MOST_SECONDS = 24 * 3600  # a request nobody took is closed (and its address erased) after a day
_CONTACT = re.compile(r"(\+?\d[\d \-.()]{7,}\d)|([\w.+-]+@[\w-]+\.[\w.]+)|(^|\s)@[A-Za-z]\w{4,}|t\.me/", re.I)


@dataclass(frozen=True)
class Sender:
    """Who sent an event, as the channel knows them. The address is used, never stored in clear."""

    address: str
    coordinator: bool = False


@dataclass
class Result:
    messages: list[Outgoing] = field(default_factory=list)
    stats: list[tuple[str, str]] = field(default_factory=list)


class Desk:
    def __init__(self, defs: Callable[[], Definitions], sealer: Sealer, settings: HelperSettings, secret: bytes,
                 stats_text: Callable[[Lang], str] | None = None,
                 reload: Callable[[], tuple[bool, str]] | None = None):
        self._defs = defs
        self.sealer = sealer
        self.settings = settings
        self.secret = secret
        self.stats_text = stats_text
        self.reload = reload
        self.new_code: Callable[[], str] = lambda: "-".join(secrets.token_hex(2).upper() for _ in range(3))

    # -- small helpers -----------------------------------------------------------------------------

    @property
    def d(self) -> Definitions:
        return self._defs()

    def t(self, key: str, lang: str, **values: object) -> str:
        return self.d.knowledge.message(key).render(_lang(lang), {k: str(v) for k, v in values.items()})

    def seal_address(self, address: str) -> str:
        return self.sealer.seal({"a": address})

    def open_address(self, sealed: str | None) -> str | None:
        if not sealed:
            return None
        try:
            return str(self.sealer.open(sealed)["a"])
        except (InvalidToken, KeyError):
            return None

    def code_hash(self, code: str) -> str:
        return hmac.new(self.secret, f"invite:{code.strip().upper()}".encode(), hashlib.sha256).hexdigest()

    def msg(self, key: str, lang: str, to: str = "user", buttons: tuple[Button, ...] = (), crisis: bool = False,
            fields: dict[str, str] | None = None, **values: object) -> Outgoing:
        return Outgoing(self.t(key, lang, **(fields or {}), **values), buttons, to,
                        Meta(flow="peer", lang=_lang(lang), crisis=crisis))

    def button(self, key: str, lang: str, payload: str) -> Button:
        return Button(self.t(key, lang), payload)

    def to_helper(self, h: Helper) -> str | None:
        addr = self.open_address(h.address)
        return f"addr:{addr}" if addr else None

    def to_worker(self, r: Request) -> str | None:
        addr = self.open_address(r.worker_address)
        return f"addr:{addr}" if addr else None

    def summary(self, r: Request, lang: str) -> dict[str, str]:
        theme = self.d.knowledge.themes.get(r.theme or "")
        region = next((x.name for x in self.d.org.regions if x.id == r.region), None)
        unsaid = self.t("peer_not_specified", lang)
        return {"number": str(r.id), "language": self.t(f"peer_lang_{r.lang}", lang),
                "theme": theme.name.get(_lang(lang)) if theme else unsaid, "region": region or unsaid,
                "window": self.t(f"peer_window_{r.time_window}", lang) if r.time_window in WINDOWS else unsaid}

    # -- routing -------------------------------------------------------------------------------------

    def route(self, conn: Connection, key: str, e: Event, who: Sender, lang: str) -> Result | None:
        """A peer event handled here, or None to let the dialog engine have it."""
        cmd = e.command if e.kind == "command" else ""
        if cmd in REGISTER:
            return self.register(conn, key, e.arg, who, lang, e.now)
        if cmd in COORDINATOR_COMMANDS:
            if not who.coordinator:
                return Result([self.msg("peer_coordinator_only", lang)])
            return self.coordinate(conn, COORDINATOR_COMMANDS[cmd], e.arg, lang, e.now)
        helper = db.helper_by_key(conn, key)
        if helper is not None:
            lang = helper.lang  # the first of their /langs, whatever their last message looked like
        if cmd in HELPER_COMMANDS:
            if helper is None:
                return Result([self.msg("peer_helper_only", lang)])
            return self.helper_command(conn, helper, HELPER_COMMANDS[cmd], e.arg, lang, e.now)
        if e.kind == "button" and e.payload.startswith("peer:"):
            return self.peer_button(conn, key, helper, e.payload, lang, e.now)
        if helper and helper.current_request:
            r = db.get_request(conn, helper.current_request)
            if r and r.status == ACCEPTED and r.helper_id == helper.id:
                return self.from_helper(conn, helper, r, e, cmd, lang)
        r = db.worker_request(conn, key)
        if r is None:
            return Result([self.msg("peer_nothing_to_end", lang)]) if cmd in SHARED_COMMANDS else None
        if r.status == ACCEPTED:
            return self.from_worker(conn, r, e, cmd, e.now)
        if cmd in ("cancel", "annuler") or cmd in SHARED_COMMANDS and SHARED_COMMANDS[cmd] == "end":
            return self.cancel(conn, r, e.now)
        return None

    # -- worker side -----------------------------------------------------------------------------------

    def create_request(self, conn: Connection, key: str, who: Sender, lang: str, slots: dict[str, str],
                       theme: str | None, now: float) -> Result:
        existing = db.worker_request(conn, key)
        if existing:
            return Result([self.msg("peer_already_open", lang, number=existing.id)])
        region = slots.get("region") if any(r.id == slots.get("region") for r in self.d.org.regions) else None
        if region is None and any(r.id == slots.get("workplace") for r in self.d.org.regions):
            region = slots["workplace"]  # a deep link such as ?start=estrie
        window = slots.get("window") if slots.get("window") in WINDOWS else None
        theme = theme if theme in self.d.knowledge.themes else None
        rid = db.add_request(conn, key, self.seal_address(who.address), lang, theme, region, window, now,
                             now + self.settings.request_timeout_minutes * 60)
        r = db.get_request(conn, rid)
        assert r is not None
        res = Result(stats=[("peer_request", "created")])
        sent = self.offer(conn, r, now, res)
        if sent:
            res.messages.insert(0, self.msg("peer_request_sent", lang, number=rid, minutes=self.settings.request_timeout_minutes))
        else:
            res.messages[:0] = [self.msg("peer_none_available", lang, number=rid), *self.fallback(r)]
            db.set_request(conn, rid, told_no_one=True)
            res.stats.append(("peer_request", "none_available"))
        return res

    def fallback(self, r: Request) -> list[Outgoing]:
        """The EAP, 811 and the theme's resources: what a person can do while nobody is free."""
        lang = _lang(r.lang)
        ids = ["eap", "info_social_811"]
        theme = self.d.knowledge.themes.get(r.theme or "")
        ids += [x for x in (theme.resources if theme else ()) if x not in ids and x != "peer_network"][:2]
        out = []
        for rid in ids:
            res = self.d.knowledge.resources.get(rid)
            if res and res.enabled:
                out.append(Outgoing(render_card(self.d.knowledge, self.d.org, res, lang, {}), (), "user",
                                    Meta(flow="peer", lang=lang, resources=(rid,))))
        return out

    def offer(self, conn: Connection, r: Request, now: float, res: Result) -> int:
        """Send the anonymous summary to the best-matching available helpers; return how many."""
        candidates = [h for h in db.matching_helpers(conn, r.lang) if within(h.hours, now) and self.can_take(conn, h, r)]

        def rank(h: Helper) -> tuple[int, int]:
            region = 2 if r.region and r.region in h.regions else (1 if not h.regions else 0)
            theme = 2 if r.theme and r.theme in h.themes else (1 if not h.themes else 0)
            return (-region, -theme)

        chosen = sorted(candidates, key=lambda h: (*rank(h), h.id))[:MAX_OFFERS]
        return sum(self.offer_to(conn, r, h, res) for h in chosen)

    def can_take(self, conn: Connection, h: Helper, r: Request) -> bool:
        """Speaks the language, has not had this request yet, and is under the open-request limit."""
        return (r.lang in h.langs and h.id not in db.offered_helper_ids(conn, r.id)
                and db.open_count(conn, h.id) < self.settings.max_open_per_helper)

    def record_offer_message(self, conn: Connection, ref: str, address: str, message_id: int) -> None:
        """The channel tells us where an offer landed, so it can be marked "taken" later."""
        _, rid, hid = ref.split(":")
        db.set_offer(conn, int(rid), int(hid), message=self.sealer.seal({"a": address, "m": message_id}))

    def cancel(self, conn: Connection, r: Request, now: float) -> Result:
        res = Result([self.msg("peer_cancelled", r.lang, number=r.id)], [("peer_request", "cancelled")])
        self.mark_offers_gone(conn, r, res, "peer_offer_withdrawn")
        db.close_request(conn, r.id, CANCELLED, now)
        return res

    def from_worker(self, conn: Connection, r: Request, e: Event, cmd: str, now: float) -> Result | None:
        helper = db.helper_by_id(conn, r.helper_id or 0)
        to = self.to_helper(helper) if helper else None
        name = SHARED_COMMANDS.get(cmd) or ("end" if cmd in ("cancel", "annuler", "stop") else "")
        if name == "end" or to is None or helper is None:
            return self.end(conn, r, by_worker=True, now=now)
        if name == "share":
            return self.share(conn, r, by_worker=True)
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
                res.messages.append(Outgoing(reply.text, (), "user",
                                             Meta(flow="peer", lang=lang, crisis=True, resources=reply.resources)))
            res.messages.append(self.msg("peer_crisis_flag", helper.lang, to, crisis=True, number=r.id))
            res.stats.append(("crisis", crisis.category or "suicide"))
        elif _CONTACT.search(text) and not (r.worker_share and r.helper_share):
            return Result([self.msg("peer_contact_held", r.lang)])
        res.messages.append(self.msg("peer_from_worker", helper.lang, to, number=r.id, text=text))
        return res

    # -- helper side -----------------------------------------------------------------------------------

    def register(self, conn: Connection, key: str, code: str, who: Sender, lang: str, now: float) -> Result:
        if db.helper_by_key(conn, key):
            return Result([self.msg("peer_already_helper", lang)])
        ok, region = db.use_invite(conn, self.code_hash(code), now) if code.strip() else (False, None)
        if not ok:
            return Result([self.msg("peer_invite_invalid", lang)])
        db.add_helper(conn, key, self.seal_address(who.address), [lang], [region] if region else [], now)
        helper = db.helper_by_key(conn, key)
        assert helper is not None
        return Result([self.msg("peer_helper_welcome", lang), self.settings_msg(helper, lang)],
                      [("peer_helper", "registered")])

    def settings_msg(self, h: Helper, lang: str) -> Outgoing:
        any_ = self.t("peer_any", lang)
        regions = ", ".join(next((x.name for x in self.d.org.regions if x.id == r), r) for r in h.regions) or any_
        themes = ", ".join(self.d.knowledge.themes[t].name.get(_lang(lang)) for t in h.themes
                           if t in self.d.knowledge.themes) or any_
        status = self.t("peer_status_available" if h.available else "peer_status_away", lang)
        return self.msg("peer_helper_settings", lang, langs=" ".join(h.langs), regions=regions, themes=themes,
                        hours=h.hours or any_, status=status)

    def helper_command(self, conn: Connection, h: Helper, cmd: str, arg: str, lang: str, now: float) -> Result:
        words = arg.lower().replace(",", " ").split()
        if cmd == "available":
            db.set_helper(conn, h.id, available=True)
            res = Result([self.msg("peer_now_available", lang)])
            fresh = db.helper_by_id(conn, h.id)
            for r in db.open_requests(conn):  # they said "now": their weekly hours do not hold this back
                if fresh and self.can_take(conn, fresh, r):
                    self.offer_to(conn, r, fresh, res)
            return res
        if cmd == "away":
            db.set_helper(conn, h.id, available=False)
            return Result([self.msg("peer_now_away", lang)])
        if cmd == "settings":
            return Result([self.settings_msg(h, lang)])
        if cmd in ("langs", "regions", "themes"):
            choices: dict[str, list[str]] = {"langs": list(self.d.languages),
                                             "regions": [r.id for r in self.d.org.regions],
                                             "themes": list(self.d.knowledge.themes)}
            allowed = choices[cmd]
            if cmd != "langs" and words in (["all"], ["tous"], ["toutes"]):
                words = []
            bad = [w for w in words if w not in allowed]
            if bad or (cmd == "langs" and not words):
                return Result([self.msg("peer_bad_value", lang, value=" ".join(bad) or "-", allowed=" ".join(allowed))])
            db.set_helper(conn, h.id, **{cmd: " ".join(dict.fromkeys(words))})
        elif cmd == "hours":
            spec = arg.strip()
            if spec.lower() in ("", "aucune", "none", "any"):
                db.set_helper(conn, h.id, hours=None)
            else:
                try:
                    parse_hours(spec)
                except ValueError:
                    return Result([self.msg("peer_bad_hours", lang, value=spec[:60])])
                db.set_helper(conn, h.id, hours=spec[:200])
        elif cmd == "requests":
            mine = db.helper_requests(conn, h.id)
            if not mine:
                return Result([self.msg("peer_no_requests", lang)])
            listing = ", ".join(f"{r.id}" for r in mine)
            return Result([self.msg("peer_your_requests", lang, list=listing, current=h.current_request or mine[0].id)])
        elif cmd == "req":
            num = _int(arg)
            target = db.get_request(conn, num) if num else None
            if target is None or target.helper_id != h.id or target.status != ACCEPTED:
                return Result([self.msg("peer_not_yours", lang, number=arg.strip()[:12] or "?")])
            db.set_helper(conn, h.id, current_request=target.id)
            return Result([self.msg("peer_switched", lang, number=target.id)])
        elif cmd == "release":
            cur = db.get_request(conn, h.current_request) if h.current_request else None
            if cur is None or cur.helper_id != h.id or cur.status != ACCEPTED:
                return Result([self.msg("peer_no_current", lang)])
            return self.release(conn, h, cur, now)
        fresh = db.helper_by_id(conn, h.id)
        assert fresh is not None
        return Result([self.settings_msg(fresh, lang)])

    def offer_to(self, conn: Connection, r: Request, h: Helper, res: Result) -> bool:
        """The anonymous summary with Accept / Not this time; the channel reports where it landed."""
        to = self.to_helper(h)
        if to is None:
            return False
        db.add_offer(conn, r.id, h.id)
        buttons = (self.button("peer_button_accept", h.lang, f"peer:accept:{r.id}"),
                   self.button("peer_button_decline", h.lang, f"peer:decline:{r.id}"))
        out = self.msg("peer_offer", h.lang, to, buttons, fields=self.summary(r, h.lang))
        res.messages.append(Outgoing(out.text, out.buttons, out.to, out.meta, ref=f"offer:{r.id}:{h.id}"))
        return True

    def peer_button(self, conn: Connection, key: str, h: Helper | None, payload: str, lang: str, now: float) -> Result:
        parts = payload.split(":")
        action, num = (parts[1], _int(parts[2])) if len(parts) >= 3 else ("", 0)
        if len(parts) != (4 if action == "helped" else 3):  # a forged or mangled payload
            action, num = "", 0
        r = db.get_request(conn, num) if num else None
        if action in ("accept", "decline"):
            if h is None or r is None or db.offer_status(conn, r.id, h.id) is None:
                return Result([self.msg("peer_not_allowed", lang)])
            if action == "decline":
                db.set_offer(conn, r.id, h.id, status="declined")
                return Result([self.msg("peer_declined", lang, number=r.id)])
            return self.accept(conn, h, r, lang, now)
        if r is None or r.worker_key != key:
            return Result([self.msg("peer_not_allowed", lang)])
        if action == "keep" and r.status == OPEN:
            return Result([self.msg("peer_kept_open", r.lang, number=r.id)])
        if action == "cancel" and r.status == OPEN:
            return self.cancel(conn, r, now)
        if action == "helped" and r.status == CLOSED and len(parts) == 4 and parts[3] in ("yes", "no"):
            return Result([self.msg("peer_feedback_thanks", r.lang)], [("peer_helped", parts[3])])
        return Result([self.msg("peer_not_allowed", lang)])

    def accept(self, conn: Connection, h: Helper, r: Request, lang: str, now: float) -> Result:
        if db.open_count(conn, h.id) >= self.settings.max_open_per_helper:
            return Result([self.msg("peer_limit", lang, max=self.settings.max_open_per_helper)])
        if not db.try_accept(conn, r.id, h.id, now):
            latest = db.get_request(conn, r.id)
            taken = latest is not None and latest.status == ACCEPTED
            return Result([self.msg("peer_offer_taken" if taken else "peer_offer_withdrawn", lang, number=r.id)])
        db.set_offer(conn, r.id, h.id, status="taken")
        db.set_helper(conn, h.id, current_request=r.id)
        res = Result([self.msg("peer_accepted_helper", lang, fields=self.summary(r, lang))],
                     [("peer_request", "accepted")])
        to = self.to_worker(r)
        if to:
            res.messages.append(self.msg("peer_accepted_worker", r.lang, to))
        self.mark_offers_gone(conn, r, res, "peer_offer_taken", except_helper=h.id)
        return res

    def mark_offers_gone(self, conn: Connection, r: Request, res: Result, key: str, except_helper: int = 0) -> None:
        """Other helpers' offer messages say the request is no longer there; their buttons go."""
        for hid, status, message in db.request_offers(conn, r.id):
            if hid == except_helper or status != "sent":
                continue
            db.set_offer(conn, r.id, hid, status="gone")
            helper = db.helper_by_id(conn, hid)
            if helper is None:
                continue
            where = None
            if message:
                try:
                    where = self.sealer.open(message)
                except InvalidToken:
                    where = None
            text = self.t(key, helper.lang, number=r.id)
            if where:
                res.messages.append(Outgoing(text, (), f"addr:{where['a']}", Meta(flow="peer", lang=_lang(helper.lang)),
                                             edit=str(where["m"])))
            elif (to := self.to_helper(helper)) is not None:
                res.messages.append(Outgoing(text, (), to, Meta(flow="peer", lang=_lang(helper.lang))))

    def from_helper(self, conn: Connection, h: Helper, r: Request, e: Event, cmd: str, lang: str) -> Result | None:
        name = SHARED_COMMANDS.get(cmd, "")
        if name == "end":
            return self.end(conn, r, by_worker=False, now=e.now)
        if name == "share":
            return self.share(conn, r, by_worker=False)
        if cmd:
            return None
        if e.kind == "unsupported":
            return Result([self.msg("peer_only_text", lang)])
        if e.kind != "text" or not e.text.strip():
            return None
        to = self.to_worker(r)
        if to is None:
            return self.end(conn, r, by_worker=False, now=e.now)
        text = _clip(e.text)
        if _CONTACT.search(text) and not (r.worker_share and r.helper_share):
            return Result([self.msg("peer_contact_held", lang)])
        return Result([self.msg("peer_from_helper", r.lang, to, text=text)])

    def share(self, conn: Connection, r: Request, by_worker: bool) -> Result:
        db.set_request(conn, r.id, **({"worker_share": True} if by_worker else {"helper_share": True}))
        helper = db.helper_by_id(conn, r.helper_id or 0)
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

    def release(self, conn: Connection, h: Helper, r: Request, now: float) -> Result:
        db.set_request(conn, r.id, status=OPEN, helper_id=None, accepted_at=None, worker_share=False,
                       helper_share=False, expires_at=now + self.settings.request_timeout_minutes * 60,
                       told_no_one=False)
        db.set_offer(conn, r.id, h.id, status="declined")
        db.set_helper(conn, h.id, current_request=_next_current(conn, h.id))
        res = Result([self.msg("peer_released", h.lang, number=r.id)], [("peer_request", "released")])
        to = self.to_worker(r)
        if to:
            res.messages.append(self.msg("peer_released_worker", r.lang, to, number=r.id))
        fresh = db.get_request(conn, r.id)
        if fresh:
            self.offer(conn, fresh, now, res)
        return res

    def end(self, conn: Connection, r: Request, by_worker: bool, now: float) -> Result:
        helper = db.helper_by_id(conn, r.helper_id or 0)
        worker_to = self.to_worker(r)
        helper_to = self.to_helper(helper) if helper else None
        db.close_request(conn, r.id, CLOSED, now)
        if helper:
            db.set_helper(conn, helper.id, current_request=_next_current(conn, helper.id))
        res = Result(stats=[("peer_request", "closed")])
        feedback = (self.button("peer_button_helped_yes", r.lang, f"peer:helped:{r.id}:yes"),
                    self.button("peer_button_helped_no", r.lang, f"peer:helped:{r.id}:no"))
        worker_msg = self.msg("peer_ended_worker", r.lang, "user" if by_worker else (worker_to or "user"), feedback)
        helper_msg = self.msg("peer_ended_helper" if not by_worker else "peer_worker_left",
                              helper.lang if helper else r.lang, "user" if not by_worker else (helper_to or "user"),
                              number=r.id)
        if by_worker:
            res.messages.append(worker_msg)
            if helper_to:
                res.messages.append(helper_msg)
        else:
            res.messages.append(helper_msg)
            if worker_to:
                res.messages.append(worker_msg)
        return res

    def forget_worker(self, conn: Connection, key: str, now: float) -> Result:
        """/forget: requests deleted; a helper in conversation is told the person left."""
        res = Result()
        for r in db.delete_worker(conn, key):
            helper = db.helper_by_id(conn, r.helper_id or 0)
            if r.status == ACCEPTED and helper:
                db.set_helper(conn, helper.id, current_request=_next_current(conn, helper.id))
                if (to := self.to_helper(helper)) is not None:
                    res.messages.append(self.msg("peer_worker_left", helper.lang, to, number=r.id))
        return res

    # -- time ----------------------------------------------------------------------------------------

    def tick(self, conn: Connection, now: float) -> Result:
        """Tell people honestly when nobody took their request; close requests left open too long."""
        res = Result()
        for r in db.due_requests(conn, now):
            to = self.to_worker(r)
            if now - r.created_at > OPEN_AT_MOST_SECONDS:
                if not db.expire(conn, r.id, now):
                    continue  # another process got there first
                self.mark_offers_gone(conn, r, res, "peer_offer_withdrawn")
                res.stats.append(("peer_request", "expired"))
                if to:
                    res.messages.append(self.msg("peer_expired", r.lang, to, number=r.id))
                continue
            if r.told_no_one or not db.mark_told(conn, r.id):
                continue
            res.stats.append(("peer_request", "timed_out"))
            if to:
                buttons = (self.button("peer_button_keep", r.lang, f"peer:keep:{r.id}"),
                           self.button("peer_button_cancel", r.lang, f"peer:cancel:{r.id}"))
                res.messages.append(self.msg("peer_timeout", r.lang, to, number=r.id))
                res.messages += [Outgoing(m.text, (), to, m.meta) for m in self.fallback(r)]
                res.messages.append(self.msg("peer_keep_or_cancel", r.lang, to, buttons))
        return res

    # -- coordinators ----------------------------------------------------------------------------------

    def new_invite(self, conn: Connection, region: str | None, now: float) -> str:
        code = self.new_code()
        db.add_invite(conn, self.code_hash(code), region, now, now + self.settings.invite_valid_hours * 3600)
        return code

    def coordinate(self, conn: Connection, cmd: str, arg: str, lang: str, now: float) -> Result:
        if cmd == "invite":
            region = arg.strip().lower() or None
            if region and region not in {r.id for r in self.d.org.regions}:
                return Result([self.msg("peer_bad_value", lang, value=region,
                                        allowed=" ".join(r.id for r in self.d.org.regions))])
            code = self.new_invite(conn, region, now)
            return Result([self.msg("peer_invite_created", lang, code=code, hours=self.settings.invite_valid_hours)])
        if cmd == "helpers":
            lines = [self.helper_line(h, lang) for h in db.all_helpers(conn) if h.active]
            return Result([self.msg("peer_helpers_list", lang, count=len(lines), list="\n".join(lines) or "-")])
        if cmd == "deactivate":
            num = _int(arg)
            h = db.helper_by_id(conn, num) if num else None
            if h is None or not h.active:
                return Result([self.msg("peer_unknown_helper", lang, number=arg.strip()[:12] or "?")])
            return self.deactivate(conn, h, lang, now)
        if cmd == "reload":
            if self.reload is None:
                return Result([self.msg("peer_reload_failed", lang, problems="-")])
            ok, report = self.reload()
            return Result([self.msg("peer_reloaded" if ok else "peer_reload_failed", lang, problems=report)])
        text = self.stats_text(_lang(lang)) if self.stats_text else "-"
        return Result([Outgoing(text, (), "user", Meta(flow="peer", lang=_lang(lang)))])

    def helper_line(self, h: Helper, lang: str) -> str:
        status = self.t("peer_status_available" if h.available else "peer_status_away", lang)
        return f"{h.id} · {' '.join(h.langs)} · {' '.join(h.regions) or '*'} · {' '.join(h.themes) or '*'} · {status}"

    def deactivate(self, conn: Connection, h: Helper, lang: str, now: float) -> Result:
        """At once: no more offers, open conversations go back to the queue, the address is erased."""
        res = Result([self.msg("peer_deactivated", lang, number=h.id)], [("peer_helper", "deactivated")])
        for r in db.helper_requests(conn, h.id):
            sub = self.release(conn, h, r, now)
            res.messages += [m for m in sub.messages if m.to != "user"]
        if (to := self.to_helper(h)) is not None:
            res.messages.append(self.msg("peer_you_were_deactivated", h.lang, to))
        db.set_helper(conn, h.id, active=False, available=False, address=None, current_request=None)
        return res


def _lang(lang: str) -> Lang:
    return "en" if lang == "en" else "fr"


def _int(s: str) -> int:
    s = s.strip().lstrip("#").removeprefix("no").strip()
    return int(s) if s.isdigit() and len(s) < 10 else 0


def _clip(text: str, limit: int = 3500) -> str:
    """Relayed text is capped so the framing and Telegram's 4096 limit always fit."""
    text = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    return text if len(text) <= limit else text[:limit] + " […]"


def _next_current(conn: Connection, helper_id: int) -> int | None:
    mine = db.helper_requests(conn, helper_id)
    return mine[0].id if mine else None


__all__ = ["Desk", "Result", "Sender", "EXPIRED", "CANCELLED"]
