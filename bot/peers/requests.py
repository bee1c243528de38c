"""The life of a contact request: created, offered to the best-matching helpers, accepted by one
(the race is settled by the database), released, ended, cancelled, forgotten, or followed up when
nobody took it in time."""

from __future__ import annotations

from bot.crypto import InvalidToken
from bot.engine.messages import Address, Meta, Outgoing
from bot.peers.commands import MAX_OFFERS, OPEN_AT_MOST_SECONDS, WINDOWS, request_number
from bot.peers.hours import within
from bot.peers.render import Rendering, Result, Sender, _lang
from bot.peers.repository import ACCEPTED, CANCELLED, CLOSED, OPEN, Helper, Peers, Request


class Requests(Rendering):
    def create_request(self, p: Peers, key: str, who: Sender, lang: str, slots: dict[str, str],
                       theme: str | None, now: float) -> Result:
        existing = p.worker_request(key)
        if existing:
            return Result([self.msg("peer_already_open", lang, number=existing.id)])
        region = slots.get("region") if any(r.id == slots.get("region") for r in self.d.org.regions) else None
        if region is None and any(r.id == slots.get("workplace") for r in self.d.org.regions):
            region = slots["workplace"]  # a deep link such as ?start=estrie
        window = slots.get("window") if slots.get("window") in WINDOWS else None
        theme = theme if theme in self.d.knowledge.themes else None
        rid = p.add_request(key, self.seal_address(who.address), lang, theme, region, window, now,
                             now + self.settings.request_timeout_minutes * 60)
        r = p.get_request(rid)
        assert r is not None
        res = Result(stats=[("peer_request", "created")])
        sent = self.offer(p, r, now, res)
        if sent:
            res.messages.insert(0, self.msg("peer_request_sent", lang, number=rid, minutes=self.settings.request_timeout_minutes))
        else:
            res.messages[:0] = [self.msg("peer_none_available", lang, number=rid), *self.fallback(r)]
            p.set_request(rid, told_no_one=True)
            res.stats.append(("peer_request", "none_available"))
        return res

    def offer(self, p: Peers, r: Request, now: float, res: Result) -> int:
        """Send the anonymous summary to the best-matching available helpers; return how many."""
        candidates = [h for h in p.matching_helpers(r.lang) if within(h.hours, now) and self.can_take(p, h, r)]

        def rank(h: Helper) -> tuple[int, int]:
            region = 2 if r.region and r.region in h.regions else (1 if not h.regions else 0)
            theme = 2 if r.theme and r.theme in h.themes else (1 if not h.themes else 0)
            return (-region, -theme)

        chosen = sorted(candidates, key=lambda h: (*rank(h), h.id))[:MAX_OFFERS]
        return sum(self.offer_to(p, r, h, res) for h in chosen)

    def can_take(self, p: Peers, h: Helper, r: Request) -> bool:
        """Speaks the language, has not had this request yet, and is under the open-request limit."""
        return (r.lang in h.langs and h.id not in p.offered_helper_ids(r.id)
                and p.open_count(h.id) < self.settings.max_open_per_helper)

    def offer_to(self, p: Peers, r: Request, h: Helper, res: Result) -> bool:
        """The anonymous summary with Accept / Not this time; the channel reports where it landed."""
        to = self.to_helper(h)
        if to is None:
            return False
        p.add_offer(r.id, h.id)
        buttons = (self.button("peer_button_accept", h.lang, f"peer:accept:{r.id}"),
                   self.button("peer_button_decline", h.lang, f"peer:decline:{r.id}"))
        out = self.msg("peer_offer", h.lang, to, buttons, fields=self.summary(r, h.lang))
        res.messages.append(Outgoing(out.text, out.buttons, out.to, out.meta, ref=f"offer:{r.id}:{h.id}"))
        return True

    def record_offer_message(self, p: Peers, ref: str, address: Address, message_id: int | str) -> bool:
        """The channel tells us where an offer landed, so it can be marked "taken" later: Telegram's message
        id, or the web chat's reference of the delivered row (the page keys its messages by it). Returns
        whether it is still on offer: the web chat records it just before showing it, maybe late (the tab
        was offline), and then shows it without buttons."""
        _, rid, hid = ref.split(":")
        p.set_offer(int(rid), int(hid), message=self.sealer.seal({**address.pack(), "m": message_id}))
        return p.offer_status(int(rid), int(hid)) == "sent"

    def peer_button(self, p: Peers, key: str, h: Helper | None, payload: str, lang: str, now: float) -> Result:
        parts = payload.split(":")
        action, num = (parts[1], request_number(parts[2])) if len(parts) >= 3 else ("", 0)
        if len(parts) != (4 if action == "helped" else 3):  # a forged or mangled payload
            action, num = "", 0
        r = p.get_request(num) if num else None
        if action in ("accept", "decline"):
            if h is None or r is None or p.offer_status(r.id, h.id) is None:
                return Result([self.msg("peer_not_allowed", lang)])
            if action == "decline":
                p.set_offer(r.id, h.id, status="declined")
                return Result([self.msg("peer_declined", lang, number=r.id)])
            return self.accept(p, h, r, lang, now)
        if r is None or r.worker_key != key:
            return Result([self.msg("peer_not_allowed", lang)])
        if action == "keep" and r.status == OPEN:
            return Result([self.msg("peer_kept_open", r.lang, number=r.id)])
        if action == "cancel" and r.status == OPEN:
            return self.cancel(p, r, now)
        if action == "helped" and r.status == CLOSED and len(parts) == 4 and parts[3] in ("yes", "no"):
            return Result([self.msg("peer_feedback_thanks", r.lang)], [("peer_helped", parts[3])])
        return Result([self.msg("peer_not_allowed", lang)])

    def accept(self, p: Peers, h: Helper, r: Request, lang: str, now: float) -> Result:
        if p.open_count(h.id) >= self.settings.max_open_per_helper:
            return Result([self.msg("peer_limit", lang, max=self.settings.max_open_per_helper)])
        if not p.try_accept(r.id, h.id, now):
            latest = p.get_request(r.id)
            taken = latest is not None and latest.status == ACCEPTED
            return Result([self.msg("peer_offer_taken" if taken else "peer_offer_withdrawn", lang, number=r.id)])
        p.set_offer(r.id, h.id, status="taken")
        p.set_helper(h.id, current_request=r.id)
        res = Result([self.msg("peer_accepted_helper", lang, fields=self.summary(r, lang))],
                     [("peer_request", "accepted")])
        to = self.to_worker(r)
        if to:
            # Honest about the copy the helper's side keeps: it depends on where the helper reads the relay.
            where = self.to_helper(h)
            copy = where.channel if where and where.channel in ("telegram", "web") else "other"
            res.messages.append(self.msg("peer_accepted_worker", r.lang, to,
                                         helper_copy=self.t(f"peer_copy_{copy}", r.lang)))
        self.mark_offers_gone(p, r, res, "peer_offer_taken", except_helper=h.id)
        return res

    def mark_offers_gone(self, p: Peers, r: Request, res: Result, key: str, except_helper: int = 0) -> None:
        """Other helpers' offer messages say the request is no longer there; their buttons go."""
        for hid, status, message in p.request_offers(r.id):
            if hid == except_helper or status != "sent":
                continue
            p.set_offer(r.id, hid, status="gone")
            helper = p.helper_by_id(hid)
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
                res.messages.append(Outgoing(text, (), Address.unpack(where), Meta(flow="peer", lang=_lang(helper.lang)),
                                             edit=str(where["m"])))
            elif (to := self.to_helper(helper)) is not None:
                res.messages.append(Outgoing(text, (), to, Meta(flow="peer", lang=_lang(helper.lang))))

    def cancel(self, p: Peers, r: Request, now: float) -> Result:
        res = Result([self.msg("peer_cancelled", r.lang, number=r.id)], [("peer_request", "cancelled")])
        self.mark_offers_gone(p, r, res, "peer_offer_withdrawn")
        p.close_request(r.id, CANCELLED, now)
        return res

    def release(self, p: Peers, h: Helper, r: Request, now: float) -> Result:
        p.set_request(r.id, status=OPEN, helper_id=None, accepted_at=None, worker_share=False,
                       helper_share=False, expires_at=now + self.settings.request_timeout_minutes * 60,
                       told_no_one=False)
        p.set_offer(r.id, h.id, status="declined")
        p.set_helper(h.id, current_request=next_current(p, h.id))
        res = Result([self.msg("peer_released", h.lang, number=r.id)], [("peer_request", "released")])
        to = self.to_worker(r)
        if to:
            res.messages.append(self.msg("peer_released_worker", r.lang, to, number=r.id))
        fresh = p.get_request(r.id)
        if fresh:
            self.offer(p, fresh, now, res)
        return res

    def end(self, p: Peers, r: Request, by_worker: bool, now: float) -> Result:
        helper = p.helper_by_id(r.helper_id or 0)
        worker_to = self.to_worker(r)
        helper_to = self.to_helper(helper) if helper else None
        p.close_request(r.id, CLOSED, now)
        if helper:
            p.set_helper(helper.id, current_request=next_current(p, helper.id))
        res = Result(stats=[("peer_request", "closed")])
        feedback = (self.button("peer_button_helped_yes", r.lang, f"peer:helped:{r.id}:yes"),
                    self.button("peer_button_helped_no", r.lang, f"peer:helped:{r.id}:no"))
        worker_msg = self.msg("peer_ended_worker", r.lang, None if by_worker else worker_to, feedback)
        helper_msg = self.msg("peer_ended_helper" if not by_worker else "peer_worker_left",
                              helper.lang if helper else r.lang, None if not by_worker else helper_to,
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

    def forget_worker(self, p: Peers, key: str, now: float) -> Result:
        """/forget: requests deleted; a helper in conversation is told the person left."""
        res = Result()
        for r in p.delete_worker(key):
            helper = p.helper_by_id(r.helper_id or 0)
            if r.status == ACCEPTED and helper:
                p.set_helper(helper.id, current_request=next_current(p, helper.id))
                if (to := self.to_helper(helper)) is not None:
                    res.messages.append(self.msg("peer_worker_left", helper.lang, to, number=r.id))
        return res

    def tick(self, p: Peers, now: float) -> Result:
        """Tell people honestly when nobody took their request; close requests left open too long."""
        res = Result()
        for r in p.due_requests(now):
            to = self.to_worker(r)
            if now - r.created_at > OPEN_AT_MOST_SECONDS:
                if not p.expire(r.id, now):
                    continue  # another process got there first
                self.mark_offers_gone(p, r, res, "peer_offer_withdrawn")
                res.stats.append(("peer_request", "expired"))
                if to:
                    res.messages.append(self.msg("peer_expired", r.lang, to, number=r.id))
                continue
            if r.told_no_one or not p.mark_told(r.id):
                continue
            res.stats.append(("peer_request", "timed_out"))
            if to:
                buttons = (self.button("peer_button_keep", r.lang, f"peer:keep:{r.id}"),
                           self.button("peer_button_cancel", r.lang, f"peer:cancel:{r.id}"))
                res.messages.append(self.msg("peer_timeout", r.lang, to, number=r.id))
                res.messages += [Outgoing(m.text, (), to, m.meta) for m in self.fallback(r)]
                res.messages.append(self.msg("peer_keep_or_cancel", r.lang, to, buttons))
        return res


def next_current(p: Peers, helper_id: int) -> int | None:
    """The helper's oldest conversation still open becomes the one their messages go to."""
    mine = p.helper_requests(helper_id)
    return mine[0].id if mine else None
