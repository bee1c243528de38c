"""Helpers (invite codes with a QR code, the list, deactivate) through the peer desk, in one transaction
each as the CLI does; the audit log. (The statistics: bot.console.statistics.)"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from bot.channels.web.qr import qr_svg
from bot.console.audit import note, recent
from bot.console.auth import User
from bot.console.context import Ctx, back_to, form_of, whole
from bot.peers.desk import Result
from bot.peers.repository import Helper, Peers


@dataclass(frozen=True)
class HelperRow:
    id: int
    langs: str
    regions: str
    themes: str
    hours: str
    available: bool


def _row(h: Helper) -> HelperRow:
    return HelperRow(h.id, " ".join(h.langs), " ".join(h.regions) or "*", " ".join(h.themes) or "*", h.hours or "",
                     h.available)


async def helpers(ctx: Ctx, request: Request, user: User, code: str = "", status: int = 200) -> Response:
    found: list[HelperRow] = []

    def work(p: Peers) -> Result:
        found.extend(_row(h) for h in p.all_helpers() if h.active)
        return Result()

    await asyncio.to_thread(ctx.svc.commit, work)
    text = f"/helper {code}" if code else ""
    return ctx.page(request, "helpers.html", user, status=status, helpers=found, code=code, command=text,
                    qr=qr_svg(text) if code else "", regions=ctx.cfg.settings.organisation.regions,
                    hours=ctx.cfg.settings.helpers.invite_valid_hours)


async def invite(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    region = str(form.get("region", "")) or None
    if region and region not in {r.id for r in ctx.cfg.settings.organisation.regions}:
        return ctx.refuse(request, user, 400, "refused_region")
    desk = ctx.svc.desk
    if desk is None:
        return ctx.refuse(request, user, 503, "refused_no_desk")
    codes: list[str] = []

    def work(p: Peers) -> Result:
        codes.append(desk.new_invite(p, region, time.time()))
        return Result()

    await asyncio.to_thread(ctx.svc.commit, work)
    await asyncio.to_thread(note, ctx.content.engine, time.time(), user.who, "invite", None, region or "")
    return await helpers(ctx, request, user, code=codes[0])


async def deactivate(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    desk = ctx.svc.desk
    number = whole(form.get("helper", ""), -1)
    if desk is None or number < 0:
        return ctx.refuse(request, user, 400, "refused_no_helper")
    done: list[bool] = []

    def work(p: Peers) -> Result | None:
        h = p.helper_by_id(number)
        if h is None or not h.active:
            return None
        done.append(True)
        res = desk.deactivate(p, h, ctx.lang(request), time.time())
        return Result([m for m in res.messages if m.to is not None])  # what helpers and workers are told

    await asyncio.to_thread(ctx.svc.commit, work)
    if not done:
        return ctx.refuse(request, user, 404, "refused_no_helper")
    await asyncio.to_thread(note, ctx.content.engine, time.time(), user.who, "deactivate", None,
                            f"helper {number}")
    return back_to("/console/helpers")


async def audit(ctx: Ctx, request: Request, user: User) -> Response:
    return ctx.page(request, "audit.html", user, entries=await asyncio.to_thread(recent, ctx.content.engine, 200))
