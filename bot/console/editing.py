"""Editing, checking, trying and publishing flows and knowledge (coordinators edit and publish; viewers
read and try). Publishing is refused while the validator or a conversation test fails."""

from __future__ import annotations

import asyncio
import difflib
import time
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.console import graph
from bot.console.audit import note
from bot.console.auth import User
from bot.console.build import check_all, flows_of, problems_of
from bot.console.content import Files, valid_path
from bot.console.context import Ctx, back_to, form_of, json_body, whole
from bot.errors import ProblemsError


def unified(old: Files, new: Files, old_name: str, new_name: str) -> list[tuple[str, list[str]]]:
    """Per changed file, its unified diff lines (a file added or removed diffs against nothing)."""
    out = []
    for path in sorted(set(old) | set(new)):
        a, b = old.get(path, ""), new.get(path, "")
        if a != b:
            lines = list(difflib.unified_diff(a.splitlines(), b.splitlines(), f"{old_name}/{path}",
                                              f"{new_name}/{path}", lineterm="", n=2))
            out.append((path, lines))
    return out


def _published(ctx: Ctx) -> Files:
    v = ctx.content.current()
    return ctx.content.files(v) if v else {}


async def home(ctx: Ctx, request: Request, user: User) -> Response:
    draft = ctx.content.draft()
    published = _published(ctx)
    changed = {p for p, f in draft.items() if published.get(p) != f.text} | (set(published) - set(draft))
    return ctx.page(request, "home.html", user, files=sorted(draft), changed=changed,
                    version=ctx.content.current(), running=ctx.watcher.running, refused=ctx.watcher.refused)


async def edit(ctx: Ctx, request: Request, user: User) -> Response:
    path = request.query_params.get("path", "")
    f = ctx.content.draft().get(path)
    if f is None:
        return ctx.refuse(request, user, 404, "refused_no_file")
    return ctx.page(request, "edit.html", user, path=path, text=f.text, revision=f.revision,
                    saved="saved" in request.query_params)


async def save(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    path, text = str(form.get("path", "")), str(form.get("text", "")).replace("\r\n", "\n")
    revision = whole(form.get("revision", ""), -1)
    if not valid_path(path) or revision < 0:
        return ctx.refuse(request, user, 400, "refused_no_file")
    done = await asyncio.to_thread(ctx.content.save, path, text, revision, user.who, time.time())
    if done.ok:
        return back_to(f"/console/edit?path={path}&saved=1")
    theirs = done.current.text if done.current else ""
    diff = unified({path: theirs}, {path: text}, "saved", "yours")
    return ctx.page(request, "conflict.html", user, status=409, path=path, diff=diff, reopen="conflict_reopen",
                    back="/console/edit?" + urlencode({"path": path, "lang": ctx.lang(request)}))


async def api_check(ctx: Ctx, request: Request, user: User) -> Response:
    """The draft with one file replaced by what is in the editor: every problem, each at its file and line."""
    body = await json_body(request)
    path, text = body.get("path"), body.get("text")
    if not isinstance(path, str) or not isinstance(text, str) or not valid_path(path):
        return JSONResponse({"problems": [], "summary": ""}, status_code=400)
    files = {**ctx.content.draft_files(), path: text}
    problems = await asyncio.to_thread(problems_of, ctx.cfg, files)
    t = ctx.texts(ctx.lang(request))
    errors = sum(p.severity == "error" for p in problems)
    summary = t.get("check_ok", "") if not errors else t.get("check_errors", "").replace("{count}", str(errors))
    return JSONResponse({"summary": summary, "problems": [
        {"file": p.file, "line": p.line, "message": p.message, "severity": p.severity} for p in problems]})


async def publish_page(ctx: Ctx, request: Request, user: User) -> Response:
    draft = ctx.content.draft_files()
    checked = await asyncio.to_thread(check_all, ctx.cfg, draft)
    return ctx.page(request, "publish.html", user, diff=unified(_published(ctx), draft, "published", "draft"),
                    checked=checked, version=ctx.content.current())


async def publish(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    note = str(form.get("note", "")).strip()
    if not note or form.get("confirm") != "yes":
        return ctx.refuse(request, user, 400, "refused_note")
    draft = ctx.content.draft_files()
    checked = await asyncio.to_thread(check_all, ctx.cfg, draft)
    if not checked.ok:
        return ctx.page(request, "publish.html", user, status=409, diff=unified(_published(ctx), draft, "published", "draft"),
                        checked=checked, version=ctx.content.current(), refused=True)
    await asyncio.to_thread(ctx.content.publish, draft, note, user.who, time.time())
    await asyncio.to_thread(ctx.watcher.check_once)  # this process at once; the others within seconds
    return back_to("/console/versions")


async def versions(ctx: Ctx, request: Request, user: User) -> Response:
    return ctx.page(request, "versions.html", user, history=ctx.content.history(), current=ctx.content.current())


async def version_diff(ctx: Ctx, request: Request, user: User) -> Response:
    vid = whole(request.path_params.get("version", ""), 0)
    if ctx.content.version(vid) is None:
        return ctx.refuse(request, user, 404, "refused_no_version")
    current = ctx.content.current()
    diff = unified(_published(ctx), ctx.content.files(vid), f"v{current}", f"v{vid}")
    return ctx.page(request, "diff.html", user, diff=diff, vid=vid, current=current)


async def rollback(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    vid = whole(form.get("version", ""), 0)
    if ctx.content.version(vid) is None:
        return ctx.refuse(request, user, 404, "refused_no_version")
    if form.get("confirm") != "yes":
        return ctx.refuse(request, user, 400, "refused_confirm")
    t = ctx.texts(ctx.lang(request))
    note = t.get("rollback_note", "rollback to {version}").replace("{version}", str(vid))
    await asyncio.to_thread(ctx.content.publish, ctx.content.files(vid), note, user.who, time.time(), vid)
    await asyncio.to_thread(ctx.watcher.check_once)
    return back_to("/console/versions")


async def api_preview(ctx: Ctx, request: Request, user: User) -> Response:
    body: dict[str, Any] = await json_body(request, 100_000)
    conversation = body.get("conversation")
    if not isinstance(conversation, str) or not conversation.isalnum():
        return JSONResponse({"messages": []}, status_code=400)
    try:
        msgs = await asyncio.to_thread(ctx.preview.turn, ctx.content.draft_files(), user.who, conversation, body)
    except ProblemsError as e:
        return JSONResponse({"messages": [], "problems": [str(p) for p in e.problems[:10]]}, status_code=409)
    return JSONResponse({"messages": msgs})


async def graph_page(ctx: Ctx, request: Request, user: User) -> Response:
    """A flow of the draft as a graph, with unreachable steps and dead ends marked and listed (drawn even
    when the validator refuses the draft: that is when the graph helps most)."""
    flowset, problems = await asyncio.to_thread(flows_of, ctx.cfg, ctx.content.draft_files())
    flows = flowset.flows
    if not flows:
        return ctx.page(request, "graph.html", user, flows=[], flow="", problems=[str(p) for p in problems[:20]])
    flow = request.query_params.get("flow", flowset.main)
    if flow not in flows:
        flow = flowset.main if flowset.main in flows else sorted(flows)[0]
    called = any(s.kind == "call" and s.target == flow for f in flows.values() for s in f.steps)
    t = ctx.texts(ctx.lang(request))
    m = graph.marks(flows[flow], called)
    marked = [f"{sid}: {t.get('graph_unreachable', '')}" for sid in sorted(m.unreachable)] + \
             [f"{sid}: {t.get('graph_dead_end', '')}" for sid in sorted(m.dead_ends)]
    return ctx.page(request, "graph.html", user, flows=sorted(flows), flow=flow, problems=[], marked=marked,
                    drawing=graph.svg(flows[flow], called, t))


async def audit_login(ctx: Ctx, who: str, now: float, role: str = "") -> None:
    await asyncio.to_thread(note, ctx.content.engine, now, who, "login", None, role)
