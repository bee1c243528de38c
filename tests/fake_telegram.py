"""A small Telegram Bot API server on loopback, speaking the HTTP protocol python-telegram-bot uses.

Tests inject updates as Telegram would produce them, read what the bot sent, and ask for faults
(429 with retry_after, 5xx, slow answers). HTML parse mode is checked like Telegram does: an
unknown or unbalanced tag is a 400, and `shown` holds the text as the person would see it.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 777000111
TOKEN = f"{BOT_ID}:TEST-token_abcdefghijklmnopqrstuvwxyz"
_TAG = re.compile(r"</?([a-zA-Z-]+)[^>]*>")
_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
                 "span", "blockquote"}


class ParseError(Exception):
    pass


def shown_html(text: str) -> str:
    """What Telegram displays for an HTML-mode text; raises like Telegram on bad markup."""
    stack: list[str] = []
    for m in _TAG.finditer(text):
        tag = m.group(1).lower()
        if tag not in _ALLOWED_TAGS:
            raise ParseError(f"Unsupported start tag \"{tag}\"")
        if m.group(0).startswith("</"):
            if not stack or stack.pop() != tag:
                raise ParseError(f"Unmatched end tag \"{tag}\"")
        else:
            stack.append(tag)
    if stack:
        raise ParseError(f"Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    if re.search(r"<(?![a-zA-Z/])", text):
        raise ParseError("Unexpected character '<'")
    return html.unescape(_TAG.sub("", text))


@dataclass
class Person:
    chat_id: int
    first_name: str
    username: str
    language_code: str = "fr"
    last_name: str = ""

    def user(self) -> dict[str, Any]:
        return {"id": self.chat_id, "is_bot": False, "first_name": self.first_name, "last_name": self.last_name,
                "username": self.username, "language_code": self.language_code}

    def chat(self) -> dict[str, Any]:
        return {"id": self.chat_id, "type": "private", "first_name": self.first_name, "last_name": self.last_name,
                "username": self.username}


@dataclass
class Fault:
    kind: str  # "429", "500", "502", "slow"
    retry_after: int = 1
    seconds: float = 0.0


@dataclass
class FakeTelegram:
    updates: list[dict[str, Any]] = field(default_factory=list)
    sent: dict[int, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    edits: list[dict[str, Any]] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    faults: dict[str, list[Fault]] = field(default_factory=lambda: defaultdict(list))
    fault_rate: dict[str, tuple[float, Fault]] = field(default_factory=dict)
    confirmed_offset: int = 0
    webhook: dict[str, Any] = field(default_factory=dict)
    base_url: str = ""
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _msg_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _new: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _rng_state: int = 12345

    # -- what tests call --------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        update["update_id"] = next(self._ids)
        self.updates.append(update)
        self._new.set()
        return update

    def message(self, p: Person, **content: Any) -> dict[str, Any]:
        body = {"message_id": next(self._msg_ids), "date": int(time.time()), "chat": p.chat(), "from": p.user(), **content}
        return {"message": body}

    def text(self, p: Person, text: str) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split(" ")[0])}]
        return self._push(self.message(p, **content))

    def sticker(self, p: Person) -> dict[str, Any]:
        return self._push(self.message(p, sticker={"file_id": "CAAD", "file_unique_id": "u1", "type": "regular",
                                                   "width": 512, "height": 512, "is_animated": False,
                                                   "is_video": False}))

    def contact(self, p: Person, phone: str) -> dict[str, Any]:
        return self._push(self.message(p, contact={"phone_number": phone, "first_name": p.first_name,
                                                   "user_id": p.chat_id}))

    def group_text(self, p: Person, group_id: int, text: str) -> dict[str, Any]:
        body = self.message(p, text=text)
        body["message"]["chat"] = {"id": group_id, "type": "group", "title": "Équipe de nuit"}
        return self._push(body)

    def press(self, p: Person, bot_message: dict[str, Any], payload: str) -> dict[str, Any]:
        return self._push({"callback_query": {"id": f"cq{next(self._msg_ids)}", "from": p.user(),
                                              "chat_instance": f"ci{p.chat_id}", "message": bot_message,
                                              "data": payload}})

    def has_label(self, p: Person, label_part: str) -> bool:
        """Whether a button with `label_part` has been sent to this person (the reply it belongs to has come)."""
        return any(label_part.lower() in b["text"].lower() for m in self.sent[p.chat_id]
                   for row in (m.get("reply_markup") or {}).get("inline_keyboard", []) for b in row)

    def press_label(self, p: Person, label_part: str) -> dict[str, Any]:
        """Press the button whose label contains `label_part` on the last message that had buttons."""
        for m in reversed(self.sent[p.chat_id]):
            for row in (m.get("reply_markup") or {}).get("inline_keyboard", []):
                for b in row:
                    if label_part.lower() in b["text"].lower():
                        return self.press(p, m, b["callback_data"])
        raise AssertionError(f"no button with {label_part!r} sent to {p.chat_id}: {self.shown(p)}")

    def shown(self, p: Person) -> list[str]:
        return [m["shown"] for m in self.sent[p.chat_id]]

    def fail(self, method: str, *faults: Fault) -> None:
        self.faults[method].extend(faults)

    def fail_randomly(self, method: str, rate: float, fault: Fault) -> None:
        self.fault_rate[method] = (rate, fault)

    # -- the protocol -------------------------------------------------------------------------

    def _random(self) -> float:
        self._rng_state = (self._rng_state * 1103515245 + 12345) % 2**31
        return self._rng_state / 2**31

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            raw = await request.json()
            return dict(raw) if isinstance(raw, dict) else {}
        form = await request.post()
        out: dict[str, Any] = {}
        for k, v in form.items():
            if isinstance(v, str):
                try:
                    out[k] = json.loads(v)
                except ValueError:
                    out[k] = v
        return out

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        self.calls.append((method, params))
        fault = self.faults[method].pop(0) if self.faults.get(method) else None
        if fault is None and method in self.fault_rate and self._random() < self.fault_rate[method][0]:
            fault = self.fault_rate[method][1]
        if fault is not None:
            if fault.kind == "429":
                return web.json_response({"ok": False, "error_code": 429,
                                          "description": f"Too Many Requests: retry after {fault.retry_after}",
                                          "parameters": {"retry_after": fault.retry_after}}, status=429)
            if fault.kind in ("500", "502"):
                return web.json_response({"ok": False, "error_code": int(fault.kind),
                                          "description": "Internal Server Error"}, status=int(fault.kind))
            if fault.kind == "slow":
                await asyncio.sleep(fault.seconds)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                                     status=404)
        try:
            result = await handler(params)
        except ParseError as e:
            return web.json_response({"ok": False, "error_code": 400,
                                      "description": f"Bad Request: can't parse entities: {e}"}, status=400)
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, _p: dict[str, Any]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Entraide", "username": "entraide_test_bot",
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _m_getUpdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(p.get("offset") or 0)
        if offset:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + float(p.get("timeout") or 0)
        while True:
            ready = [u for u in self.updates if u["update_id"] >= offset][: int(p.get("limit") or 100)]
            if ready or time.monotonic() >= deadline:
                return ready
            self._new.clear()
            try:
                await asyncio.wait_for(self._new.wait(), timeout=max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                pass

    def _render(self, p: dict[str, Any]) -> str:
        text = str(p.get("text", ""))
        if not text.strip():
            raise ParseError("message text is empty")
        if len(text) > 4096:
            raise ParseError("message is too long")
        mode = p.get("parse_mode")
        if mode == "HTML":
            return shown_html(text)
        if mode == "MarkdownV2":
            if re.search(r"(?<!\\)[_*\[\]()~`>#+\-=|{}.!]", text):
                raise ParseError("Character is reserved and must be escaped")
            return re.sub(r"\\(.)", r"\1", text)
        return text

    async def _m_sendMessage(self, p: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(p["chat_id"])
        shown = self._render(p)
        msg = {"message_id": next(self._msg_ids), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
               "from": await self._m_getMe({}), "text": shown, "shown": shown}
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        self.sent[chat_id].append(msg)
        return {k: v for k, v in msg.items() if k != "shown"}

    async def _m_editMessageText(self, p: dict[str, Any]) -> dict[str, Any] | bool:
        shown = self._render(p)
        self.edits.append({**p, "shown": shown})
        return True

    async def _m_editMessageReplyMarkup(self, p: dict[str, Any]) -> bool:
        self.edits.append(p)
        return True

    async def _m_answerCallbackQuery(self, p: dict[str, Any]) -> bool:
        self.answered.append(str(p.get("callback_query_id")))
        return True

    async def _m_setWebhook(self, p: dict[str, Any]) -> bool:
        self.webhook = p
        return True

    async def _m_deleteWebhook(self, p: dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    async def _m_getWebhookInfo(self, _p: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    async def _m_close(self, _p: dict[str, Any]) -> bool:
        return True

    async def _m_logOut(self, _p: dict[str, Any]) -> bool:
        return True
