"""Try it: the preview page (a conversation on the draft from any flow, in either language), "save this
conversation as a test" (coordinators), and the page running every conversation test of the draft.

A saved test is run on the draft before it is stored: what is saved passes, or nothing is saved and the
page shows what the test expected and what came."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.config import Config
from bot.console.auth import User
from bot.console.build import check_all, flows_of, on_disk
from bot.console.content import Files
from bot.console.context import Ctx, json_body
from bot.console.preview import Said
from bot.console.test_writer import TESTS_DIR, NotWritten, appended, as_test, new_file, new_path
from bot.engine.conversation_tests import Result, run_paths
from bot.engine.definitions import load_definitions
from bot.errors import ProblemsError

_WHERE = re.compile(r"^(?P<where>\S+?:\d+): (?P<what>.*)$", re.S)


@dataclass(frozen=True)
class Failure:
    """One unmet expectation, split for the page: where, what was expected, what came instead."""

    where: str
    expected: str
    came: str


def failure(text: str) -> Failure:
    """The runner's `file:line: expected …; got …` in its three parts (a sentence without `; ` has no
    second part)."""
    m = _WHERE.match(text)
    where, what = (m.group("where"), m.group("what")) if m else ("", text)
    expected, _, came = what.partition("; ")
    return Failure(where, expected, came)


def _results_of(cfg: Config, files: Files, path: str) -> list[Result]:
    """One test file's results on the draft `files` (each test on a fresh in-memory service, as
    `entraide test`). Raises ProblemsError when the draft does not load."""
    from bot.service import fresh_service_turner  # the service imports the engine; keep this module light

    with on_disk(cfg, files) as c:
        defs = load_definitions(c)
        results, problems = run_paths(defs, [c.root / path], c.root, fresh_service_turner(c, defs))
    if any(p.severity == "error" for p in problems):
        raise ProblemsError(problems)
    return results


async def preview_page(ctx: Ctx, request: Request, user: User) -> Response:
    files = ctx.content.draft_files()
    flowset, _ = await asyncio.to_thread(flows_of, ctx.cfg, files)
    flows = sorted(flowset.flows.values(), key=lambda f: (f.id != flowset.main, f.id))
    return ctx.page(request, "preview.html", user, flows=flows,
                    test_files=sorted(p for p in files if p.startswith(TESTS_DIR)))


@dataclass(frozen=True)
class _Saved:
    path: str
    error: str = ""
    failures: tuple[Failure, ...] = ()


def _save_test(ctx: Ctx, who: str, name: str, target: str, new_name: str, turns: list[Said],
               t: dict[str, str]) -> _Saved:
    """Write, run, and only then store (audit-logged as `save_test`)."""
    draft = ctx.content.draft()
    item = as_test(name, turns)
    try:
        if target:
            f = draft.get(target)
            if f is None or not target.startswith(TESTS_DIR):
                raise NotWritten("no_list", target)
            path, text, revision = target, appended(f.text, item, target), f.revision
        else:
            path = new_path(new_name)
            if path in draft:
                raise NotWritten("exists", path)
            text, revision = new_file(item), 0
    except NotWritten as e:
        return _Saved(e.path, t.get(f"test_{e.key}", e.key).replace("{path}", e.path))
    files = {**{p: f.text for p, f in draft.items()}, path: text}
    try:
        results = _results_of(ctx.cfg, files, path)
    except ProblemsError as e:
        return _Saved(path, "\n".join(str(p) for p in e.problems[:10]))
    mine = [r for r in results if r.name == name][-1:]
    if not mine or not mine[0].ok:
        return _Saved(path, t.get("test_fails", ""), tuple(failure(f) for r in mine for f in r.failures))
    done = ctx.content.save(path, text, revision, who, time.time(), action="save_test")
    if not done.ok:
        return _Saved(path, t.get("test_conflict", "").replace("{path}", path))
    return _Saved(path)


async def api_save_test(ctx: Ctx, request: Request, user: User) -> Response:
    """POST {conversation, name, file (an existing test file) or new_file (a new file's name)}."""
    body = await json_body(request, 20_000)
    t = ctx.texts(ctx.lang(request))
    conversation = body.get("conversation")
    if not isinstance(conversation, str) or not conversation.isalnum():
        return JSONResponse({"error": t.get("test_nothing", "")}, status_code=400)
    turns = ctx.preview.transcript(user.who, conversation)
    if not turns:
        return JSONResponse({"error": t.get("test_nothing", "")}, status_code=400)
    name = " ".join(str(body.get("name", "")).split())[:120] or t.get("test_default_name", "preview")
    target, new_name = str(body.get("file", ""))[:200], str(body.get("new_file", ""))[:80]
    saved = await asyncio.to_thread(_save_test, ctx, user.who, name, target, new_name, turns, t)
    if saved.error:
        return JSONResponse({"error": saved.error, "path": saved.path, "failures": [
            {"where": f.where, "expected": f.expected, "came": f.came} for f in saved.failures]}, status_code=409)
    return JSONResponse({"saved": saved.path, "name": name,
                         "message": t.get("test_saved", "").replace("{path}", saved.path).replace("{name}", name)})


async def tests_page(ctx: Ctx, request: Request, user: User) -> Response:
    """Every conversation test of the draft, run now (in a thread: the page waits, the server does not)."""
    checked = await asyncio.to_thread(check_all, ctx.cfg, ctx.content.draft_files())
    ordered = sorted(checked.tests, key=lambda r: r.ok)  # failures first, each group in file order
    rows = [(r, [failure(f) for f in r.failures]) for r in ordered]
    return ctx.page(request, "tests.html", user, checked=checked, rows=rows,
                    passed=sum(r.ok for r in checked.tests), failed=len(checked.failed))
