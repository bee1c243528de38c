"""Form views for the common edits, so most changes need no YAML: a text's French and English, a resource's
phone, hours, source and verified date; and the list of missing translations.

A form saves through the editor's own path (Content.save: the same revision check, refused with a diff
when someone saved first, the same audit entry), behind the same guard (login, Origin, CSRF; coordinators
only). The file is changed in place by bot.console.yamledit, every other byte kept. A change is refused,
on the form and in the person's language, when a field is wrong (bot.console.formcheck) or when the
validator finds an error in the new draft that the old one did not have.

Routes: `/texts?path=` a file's texts and resources, `/text?path=&at=` one text, `/resource?path=&id=`
one resource, `/translations` what is missing.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import urlencode

from ruamel.yaml.nodes import MappingNode
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.channels.web import wording as web_wording
from bot.console.auth import User
from bot.console.build import problems_of
from bot.console.content import DraftFile, Files, valid_path
from bot.console.context import Ctx, back_to, form_of, whole
from bot.console.editing import unified
from bot.console.formcheck import Errors, check_resource, check_text, same_in_both
from bot.console.yamledit import (
    LANGS,
    EditError,
    Found,
    Raw,
    Value,
    child,
    clean,
    compose,
    node_at,
    parse_pointer,
    pointer_text,
    scalar,
    set_value,
    set_values,
    texts,
)
from bot.engine.steps import REGISTRY
from bot.errors import Problem

RESOURCE_KEYS = ("id", "name", "description", "phone", "sms", "web", "hours", "always_open", "for_whom",
                 "languages", "anonymous", "source", "verified_on", "source_date")
RESOURCE_FIELDS = ("phone", "hours_fr", "hours_en", "source", "verified_on")


def routes(g: Callable[..., Any]) -> list[Route]:
    """Added to the console's routes by bot/console/app.py (`g` wraps an endpoint in the guard)."""
    return [Route("/texts", g(texts_page)),
            Route("/text", g(text_form)),
            Route("/text", g(save_text, edit=True), methods=["POST"]),
            Route("/resource", g(resource_form)),
            Route("/resource", g(save_resource, edit=True), methods=["POST"]),
            Route("/translations", g(translations))]


def _editable(path: str) -> bool:
    """Flows and knowledge, not the conversation tests (their texts are what a person types)."""
    return valid_path(path) and not path.startswith("flows/tests/")


def _file(ctx: Ctx, path: str) -> DraftFile | None:
    return ctx.content.draft().get(path) if _editable(path) else None


def _status(request: Request) -> str:
    """What the form's page says after a save: `saved`, `unchanged` (nothing to write) or nothing."""
    return next((s for s in ("saved", "unchanged") if s in request.query_params), "")


def _url(base: str, **params: str) -> str:
    return f"/console/{base}?{urlencode(params)}"


async def texts_page(ctx: Ctx, request: Request, user: User) -> Response:
    path = request.query_params.get("path", "")
    f = _file(ctx, path)
    if f is None:
        return ctx.refuse(request, user, 404, "refused_no_file")
    return ctx.page(request, "form_texts.html", user, path=path, found=texts(f.text), resources=_resources(f.text),
                    pointer=pointer_text)


def _resources(text: str) -> list[tuple[str, str, int]]:
    """(id, French name, line) of each resource in a file's `resources:` list."""
    items = node_at(compose(text), ("resources",))
    out = []
    for item in getattr(items, "value", None) or []:
        rid = scalar(kv[1]) if (kv := child(item, "id")) else None
        name = node_at(item, ("name", "fr"))
        if rid:
            out.append((rid, (scalar(name) if name is not None else None) or rid, item.start_mark.line + 1))
    return out


def _found(text: str, at: str) -> Found | None:
    at = pointer_text(parse_pointer(at))  # as texts() writes it (a key of digits stays a key)
    return next((f for f in texts(text) if pointer_text(f.at) == at), None)


async def text_form(ctx: Ctx, request: Request, user: User) -> Response:
    path, at = request.query_params.get("path", ""), request.query_params.get("at", "")
    f = _file(ctx, path)
    if f is None:
        return ctx.refuse(request, user, 404, "refused_no_file")
    found = _found(f.text, at)
    if found is None:
        return ctx.refuse(request, user, 404, "form_err_gone")
    return _text_page(ctx, request, user, path, found, f.revision, found.fr or "", found.en or "", Errors(), [],
                      status=_status(request))


def web_version(found: Found) -> str | None:
    """The `web_*` message the web chat says instead of this text (bot.channels.web.wording), if any: a
    coordinator who changes the welcome must know the web chat's welcome is a text of its own."""
    parts = found.label.split(" › ")
    if parts[0] == "flows" and len(parts) == 5 and parts[4] in REGISTRY:  # the step's own text (say:, ask:)
        return web_wording.STEP_TEXTS.get((parts[1], parts[3]))
    if parts[0] == "messages" and len(parts) == 2:
        return web_wording.MESSAGES.get(parts[1])
    if parts[0] == "faq" and len(parts) == 3 and parts[2] == "answer":
        return web_wording.FAQ_ANSWERS.get(parts[1])
    return None


def _text_page(ctx: Ctx, request: Request, user: User, path: str, found: Found, revision: int, fr: str, en: str,
               errors: Errors, problems: list[Problem], code: int = 200, status: str = "") -> Response:
    web = web_version(found)
    return ctx.page(request, "form_text.html", user, status=code, path=path, found=found, at=pointer_text(found.at),
                    revision=revision, values={"fr": fr, "en": en}, errors=errors, problems=problems,
                    same=not errors and same_in_both(fr, en), saved=status,
                    web=web, web_at=f"messages/{web}" if web else "")


async def save_text(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    path, at, revision = str(form.get("path", "")), str(form.get("at", "")), whole(form.get("revision", ""), -1)
    f = _file(ctx, path)
    if f is None or revision < 0:
        return ctx.refuse(request, user, 400, "refused_no_file")
    fr, en = (clean(str(form.get(lg, ""))).strip() for lg in LANGS)
    found = _found(f.text, at)
    if found is None:
        if f.revision != revision:  # moved by someone else's save: their version wins, as in the editor
            return _conflict(ctx, request, user, path, _url("texts", path=path, lang=ctx.lang(request)), f, f.text)
        return ctx.refuse(request, user, 404, "form_err_gone")
    errors = check_text(fr, en)
    if errors:
        return _text_page(ctx, request, user, path, found, revision, fr, en, errors, [], 400)
    changes: dict[str, Value] = {lg: new for lg, new in (("fr", fr), ("en", en))
                                 if new != (found.get(lg) or "").strip()}
    back = _url("text", path=path, at=at, lang=ctx.lang(request))
    done = await _save(ctx, request, user, path, revision, f, lambda text: set_values(text, found.at, changes), back)
    if isinstance(done, Errors | list):
        errs, problems = (done, []) if isinstance(done, Errors) else (Errors(), done)
        return _text_page(ctx, request, user, path, found, revision, fr, en, errs, problems, 400)
    return done


async def _save(ctx: Ctx, request: Request, user: User, path: str, revision: int, f: DraftFile,
                change: Callable[[str], str], back: str) -> Response | Errors | list[Problem]:
    """Write the change, check the new draft, save it if nobody saved since `revision`; else what is wrong."""
    try:
        new = change(f.text)
    except EditError:
        errors = Errors()
        errors.add("form", "err_yaml")
        return errors
    if new == f.text:
        return back_to(back + "&unchanged=1")
    draft = ctx.content.draft_files()
    added = await asyncio.to_thread(_new_errors, ctx, draft, {**draft, path: new})
    if added:
        return added
    done = await asyncio.to_thread(ctx.content.save, path, new, revision, user.who, time.time())
    if not done.ok:
        theirs = done.current.text if done.current else ""
        return _conflict(ctx, request, user, path, back, done.current, change_or(theirs, change))
    return back_to(back + "&saved=1")


def change_or(text: str, change: Callable[[str], str]) -> str:
    """The same change on someone else's newer text, to show what saving it would do (the text as is if it
    no longer applies)."""
    try:
        return change(text)
    except EditError:
        return text


def _new_errors(ctx: Ctx, old: Files, new: Files) -> list[Problem]:
    """The validator's errors on the new draft that the old draft did not have (lines may move: compared
    by file and message)."""
    after = [p for p in problems_of(ctx.cfg, new) if p.severity == "error"]
    if not after:  # the usual case: one run of the validator
        return []
    before = Counter((p.file, p.message) for p in problems_of(ctx.cfg, old) if p.severity == "error")
    out = []
    for p in after:
        if before[(p.file, p.message)]:
            before[(p.file, p.message)] -= 1
        else:
            out.append(p)
    return out


def _conflict(ctx: Ctx, request: Request, user: User, path: str, back: str, current: DraftFile | None,
              yours: str) -> Response:
    theirs = current.text if current else ""
    return ctx.page(request, "conflict.html", user, status=409, path=path, reopen="form_conflict_reopen",
                    diff=unified({path: theirs}, {path: yours}, "saved", "yours"),
                    back=back if back.startswith("/console/") else _url("texts", path=path))


def _resource_at(text: str, rid: str) -> tuple[tuple[str, int], Any] | None:
    items = node_at(compose(text), ("resources",))
    for i, item in enumerate(getattr(items, "value", None) or []):
        kv = child(item, "id")
        if kv is not None and scalar(kv[1]) == rid:
            return ("resources", i), item
    return None


def _resource_values(item: Any) -> dict[str, str]:
    def get(*at: str) -> str:
        node = node_at(item, at)
        return (scalar(node) or "") if node is not None else ""
    return {"phone": get("phone"), "hours_fr": get("hours", "fr"), "hours_en": get("hours", "en"),
            "source": get("source"), "verified_on": get("verified_on"), "name": get("name", "fr") or get("id"),
            "always_open": get("always_open")}


async def resource_form(ctx: Ctx, request: Request, user: User) -> Response:
    path, rid = request.query_params.get("path", ""), request.query_params.get("id", "")
    f = _file(ctx, path)
    if f is None:
        return ctx.refuse(request, user, 404, "refused_no_file")
    found = _resource_at(f.text, rid)
    if found is None:
        return ctx.refuse(request, user, 404, "form_err_no_resource")
    item = found[1]
    return _resource_page(ctx, request, user, path, rid, item, f.revision, _resource_values(item), Errors(), [],
                          status=_status(request))


def _resource_page(ctx: Ctx, request: Request, user: User, path: str, rid: str, item: Any, revision: int,
                   values: dict[str, str], errors: Errors, problems: list[Problem], code: int = 200,
                   status: str = "") -> Response:
    current = _resource_values(item)
    return ctx.page(request, "form_resource.html", user, status=code, path=path, rid=rid, resource_name=current["name"],
                    line=item.start_mark.line + 1, revision=revision, values=values, errors=errors,
                    problems=problems, saved=status, today=date.today().isoformat())


async def save_resource(ctx: Ctx, request: Request, user: User) -> Response:
    form = await form_of(request)
    path, rid, revision = str(form.get("path", "")), str(form.get("id", "")), whole(form.get("revision", ""), -1)
    f = _file(ctx, path)
    if f is None or revision < 0:
        return ctx.refuse(request, user, 400, "refused_no_file")
    found = _resource_at(f.text, rid)
    if found is None:
        return ctx.refuse(request, user, 404, "form_err_no_resource")
    item = found[1]
    values = {k: clean(str(form.get(k, ""))).strip() for k in RESOURCE_FIELDS}
    current = _resource_values(item)
    errors = check_resource(values["phone"], values["hours_fr"], values["hours_en"],
                            current["always_open"].lower() == "true", values["source"], values["verified_on"],
                            date.today())
    if errors:
        return _resource_page(ctx, request, user, path, rid, item, revision, values, errors, [], 400)

    def change(text: str) -> str:
        spot = _resource_at(text, rid)
        if spot is None:
            raise EditError(f"resource `{rid}` is gone")
        here, node = spot
        now = _resource_values(node)
        if values["phone"] != now["phone"]:
            text = set_value(text, here, "phone", values["phone"] or None, RESOURCE_KEYS)
        hours = (values["hours_fr"], values["hours_en"])
        if hours != (now["hours_fr"], now["hours_en"]):
            if not any(hours):
                text = set_value(text, here, "hours", None, RESOURCE_KEYS)
            elif isinstance(node_at(node, ("hours",)), MappingNode):
                text = set_values(text, (*here, "hours"), {"fr": hours[0], "en": hours[1]})
            else:
                text = set_value(text, here, "hours", Raw(_flow_text(*hours)), RESOURCE_KEYS)
        if values["source"] != now["source"]:
            text = set_value(text, here, "source", values["source"], RESOURCE_KEYS)
        if values["verified_on"] != now["verified_on"]:
            text = set_value(text, here, "verified_on", Raw(values["verified_on"]), RESOURCE_KEYS)
        return text

    back = _url("resource", path=path, id=rid, lang=ctx.lang(request))
    done = await _save(ctx, request, user, path, revision, f, change, back)
    if isinstance(done, Errors | list):
        errs, problems = (done, []) if isinstance(done, Errors) else (Errors(), done)
        return _resource_page(ctx, request, user, path, rid, item, revision, values, errs, problems, 400)
    return done


def _flow_text(fr: str, en: str) -> str:
    return "{fr: " + json.dumps(fr, ensure_ascii=False) + ", en: " + json.dumps(en, ensure_ascii=False) + "}"


async def translations(ctx: Ctx, request: Request, user: User) -> Response:
    """Every text with a language missing or empty; identical French and English as a hint."""
    missing: list[tuple[str, Found, list[str]]] = []
    same: list[tuple[str, Found]] = []
    unreadable: list[str] = []
    for path, f in ctx.content.draft().items():
        if not _editable(path):
            continue
        if compose(f.text) is None:
            unreadable.append(path)
            continue
        for found in texts(f.text):
            gone = [lg for lg in LANGS if not (found.get(lg) or "").strip()]
            if gone:
                missing.append((path, found, gone))
            elif same_in_both(found.fr, found.en):
                same.append((path, found))
    return ctx.page(request, "form_translations.html", user, missing=missing, same=same, unreadable=unreadable,
                    pointer=pointer_text)
