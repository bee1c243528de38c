"""The peer-helper desk: routes an event to its part (requests, relay, helpers and coordinators).

Every method runs inside the caller's transaction (with the update's receipt and the outbox), so
an accept, a relayed message or an expiry happens once, or not at all. What crosses between a
worker and a helper is only what they type, rewritten as a new message. Roles are checked here,
and every refusal is a polite sentence. The parts: bot.peers.render (words, sealed addresses),
bot.peers.requests (a request's life), bot.peers.relay (the conversation), bot.peers.admin
(registration, helper settings, coordinators), bot.peers.commands (the command words).
"""

from __future__ import annotations

from bot.engine.messages import Event
from bot.peers.admin import Admin, random_code
from bot.peers.commands import COORDINATOR_COMMANDS, HELPER_COMMANDS, REGISTER, SHARED_COMMANDS
from bot.peers.relay import Relay
from bot.peers.render import Result, Sender
from bot.peers.repository import ACCEPTED, CANCELLED, EXPIRED, Peers


class Desk(Admin, Relay):
    @staticmethod
    def claims(e: Event) -> bool:
        """The desk's own commands and buttons, recognised without reading anything: for anyone else the
        desk is consulted only when it holds something of theirs (Peers.involved)."""
        if e.kind == "button":
            return e.payload.startswith("peer:")
        return e.kind == "command" and (e.command in REGISTER or e.command in COORDINATOR_COMMANDS
                                        or e.command in HELPER_COMMANDS or e.command in SHARED_COMMANDS)

    def route(self, p: Peers, key: str, e: Event, who: Sender, lang: str) -> Result | None:
        """A peer event handled here, or None to let the dialog engine have it."""
        cmd = e.command if e.kind == "command" else ""
        if cmd in REGISTER:
            return self.register(p, key, e.arg, who, lang, e.now)
        if cmd in COORDINATOR_COMMANDS:
            if not who.coordinator:
                return Result([self.msg("peer_coordinator_only", lang)])
            return self.coordinate(p, COORDINATOR_COMMANDS[cmd], e.arg, lang, e.now, key)
        helper = p.helper_by_key(key)
        if helper is not None:
            lang = helper.lang  # the first of their /langs, whatever their last message looked like
        if cmd in HELPER_COMMANDS:
            if helper is None:
                return Result([self.msg("peer_helper_only", lang)])
            return self.helper_command(p, helper, HELPER_COMMANDS[cmd], e.arg, lang, e.now)
        if e.kind == "button" and e.payload.startswith("peer:"):
            return self.peer_button(p, key, helper, e.payload, lang, e.now)
        if helper and helper.current_request:
            r = p.get_request(helper.current_request)
            if r and r.status == ACCEPTED and r.helper_id == helper.id:
                return self.from_helper(p, helper, r, e, cmd, lang)
        r = p.worker_request(key)
        if r is None:
            return Result([self.msg("peer_nothing_to_end", lang)]) if cmd in SHARED_COMMANDS else None
        if r.status == ACCEPTED:
            return self.from_worker(p, r, e, cmd, e.now)
        if cmd in ("cancel", "annuler") or cmd in SHARED_COMMANDS and SHARED_COMMANDS[cmd] == "end":
            return self.cancel(p, r, e.now)
        return None


__all__ = ["Desk", "Result", "Sender", "EXPIRED", "CANCELLED", "random_code"]
