"""Telegram: a thin python-telegram-bot adapter around the engine.

An update becomes an engine Event; the turn is committed together with the update id (so a
redelivered update is skipped) and the replies (so a crash loses none); then the outbox sends
them. Updates are acknowledged to Telegram only after that commit: in polling mode by the next
getUpdates offset, in webhook mode by answering the POST. Nothing from the update's user or chat
(names, usernames, phone numbers, ids) is stored or logged; the chat id travels only inside the
encrypted outbox envelope and is deleted with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import html
import json
import logging
import signal
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.helpers import escape_markdown
from telegram.request import HTTPXRequest

from bot.channels.delivery import Outbox, Permanent, Transient, backoff
from bot.channels.telegram_envelope import envelope
from bot.config import Config
from bot.crypto import Sealer
from bot.engine.messages import Address, Event, Outgoing
from bot.peers.desk import Sender
from bot.peers.repository import Peers
from bot.service import Delivery, Entraide

log = logging.getLogger(__name__)
CHANNEL = "telegram"
ALLOWED_UPDATES = ["message", "callback_query"]
# A chat's sender holds its lease this long and renews it every fifth of that, so what is left
# (20 s) always exceeds the longest a sendMessage can take (3 + 3 + 8 + 3 s of timeouts): two
# processes never send the same reply. It is also how long a crashed process's replies wait.
LEASE_SECONDS = 25.0
# httpcore checks every pooled connection (a getpeername and a poll each) whenever a request starts or
# ends, so a pool's CPU grows with its size: 16 connections cost about a fifth more CPU per message
# than 8 in bench/telegram.py, and 8 still carry Telegram's 30 messages/s at round trips up to 250 ms.
SEND_CONNECTIONS = 8


def escape(text: str, parse_mode: str) -> str:
    """Make a text show literally under the parse mode in use: `<b>`, `*`, `[x](y)` stay as typed."""
    if parse_mode == "HTML":
        return html.escape(text, quote=False)
    if parse_mode == "MarkdownV2":
        return escape_markdown(text, version=2)
    return text


class _Bot(ExtBot[Any]):
    """The library's bot, with a send that keeps only the new message's id.

    `send_message` builds a Message from Telegram's answer (its chat, sender and keyboard objects too): 80-110 µs
    of CPU a message, of the 2.5-3.5 ms one costs (bench/telegram.py), for the one number an offer needs.
    `send_text` makes the same request by the same path as `send_message` (ExtBot's `_post`, then its rate
    limiter and HTTP request) and reads the id from the answer; python-telegram-bot is pinned below 23 and
    tests/test_telegram*.py run it against a Bot API server, so a change in that path fails them."""

    async def send_text(self, chat_id: int, text: str, parse_mode: str | None,
                        reply_markup: InlineKeyboardMarkup | None) -> int:
        result = await self._post("sendMessage", {"chat_id": chat_id, "text": text, "parse_mode": parse_mode,
                                                  "reply_markup": reply_markup})
        return int(result["message_id"])


class TelegramBot:
    """The adapter: events in, committed turns, outbox out. One per process."""

    def __init__(self, cfg: Config, svc: Entraide):
        if not cfg.telegram_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        self.cfg = cfg
        self.svc = svc
        self.tg = cfg.settings.telegram
        self.parse_mode = self.tg.parse_mode
        self.sealer = Sealer(cfg.relay_key)
        self.bot_id = cfg.telegram_token.split(":", 1)[0]
        api = (self.tg.api_base_url or "https://api.telegram.org").rstrip("/")
        poll_read = self.tg.poll_timeout + 10
        self.bot = _Bot(cfg.telegram_token, base_url=f"{api}/bot", base_file_url=f"{api}/file/bot",
                        request=HTTPXRequest(connection_pool_size=SEND_CONNECTIONS, connect_timeout=3, read_timeout=8,
                                             write_timeout=3, pool_timeout=3),
                        get_updates_request=HTTPXRequest(connect_timeout=5, read_timeout=poll_read, pool_timeout=5),
                        rate_limiter=AIORateLimiter(overall_max_rate=self.tg.max_messages_per_second, max_retries=0))
        self.app: Application[Any, Any, Any, Any, Any, Any] = Application.builder().bot(self.bot).updater(None).build()
        self.app.add_handler(MessageHandler(~filters.ChatType.PRIVATE, self._on_group))
        self.app.add_handler(CallbackQueryHandler(self._on_button))
        self.app.add_handler(MessageHandler(filters.UpdateType.EDITED, self._ignore))
        self.app.add_handler(MessageHandler(filters.TEXT, self._on_text))
        self.app.add_handler(MessageHandler(filters.ALL, self._on_unsupported))
        self.app.add_error_handler(self._on_error)
        self.outbox = Outbox(svc.store, self.sealer, self._send, CHANNEL, per_chat_interval=self.tg.per_chat_interval,
                             give_up_after=self.tg.give_up_after_minutes * 60, lease_ttl=LEASE_SECONDS,
                             max_in_flight=SEND_CONNECTIONS, executor=svc.executor)
        self.handled = 0

    # -- from Telegram to the engine ---------------------------------------------------------

    async def process(self, update: Update) -> None:
        """Handle one update to the point where its replies are committed (or it was a duplicate)."""
        await self.app.process_update(update)

    async def process_batch(self, updates: Sequence[Update]) -> None:
        """Chats in parallel, each chat's updates in order."""
        by_chat: dict[int, list[Update]] = defaultdict(list)
        for u in updates:
            chat = u.effective_chat
            by_chat[chat.id if chat else 0].append(u)

        async def one_chat(items: list[Update]) -> None:
            for u in items:
                await self.process(u)

        await asyncio.gather(*(one_chat(items) for items in by_chat.values()))

    def _receipt(self, update: Update) -> str:
        return f"tg:{self.bot_id}:{update.update_id}"

    async def _turn(self, update: Update, event: Event) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        # No `seen` read first: the turn's transaction inserts the receipt before anything else and refuses a
        # redelivered update there (a round trip per update saved; a redelivery only costs its thinking).
        receipt = self._receipt(update)
        user = update.effective_user
        sender = Sender(Address(CHANNEL, str(chat.id)), coordinator=bool(user and user.id in self.tg.coordinator_ids))
        reply = await self.svc.turn(CHANNEL, chat.id, event, Delivery(receipt), sender)
        self.handled += 1
        if reply.queued:
            for key in reply.mailboxes_of(CHANNEL):
                self.outbox.kick(key)
        elif reply.messages:  # the turn failed and could not be committed: apologise directly
            for msg in reply.messages:
                await self._send_now(self._envelope(chat.id, msg))

    def _hint(self, update: Update) -> str:
        """The app's language, used only for a first message without words; never stored."""
        user = update.effective_user
        code = (user.language_code or "")[:2] if user else ""
        return code if code in self.svc.defs.languages else ""

    async def _on_text(self, update: Update, _ctx: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or msg.text is None:
            return
        await self._turn(update, Event.from_text(msg.text, msg.date.timestamp(), self._hint(update)))

    async def _on_unsupported(self, update: Update, _ctx: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        now = msg.date.timestamp() if msg else time.time()
        await self._turn(update, Event("unsupported", now, lang_hint=self._hint(update)))

    async def _on_button(self, update: Update, _ctx: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        with contextlib.suppress(TelegramError):  # the spinner stops by itself after a while anyway
            await query.answer()
        payload = (query.data or "")[:64]
        await self._mark_choice(update, payload)
        await self._turn(update, Event("button", time.time(), payload=payload, lang_hint=self._hint(update)))

    async def _mark_choice(self, update: Update, payload: str) -> None:
        """Show the chosen answer under the question and remove the buttons, so none is pressed twice."""
        query = update.callback_query
        message = query.message if query else None
        if query is None or not isinstance(message, Message):
            return
        markup = message.reply_markup
        label = next((b.text for row in (markup.inline_keyboard if markup else ()) for b in row
                      if b.callback_data == payload), None)
        if label is None or not message.text:
            return
        with contextlib.suppress(TelegramError):
            await query.edit_message_text(escape(f"{message.text}\n\n→ {label}", self.parse_mode),
                                          parse_mode=self._mode(), reply_markup=None)

    async def _on_group(self, update: Update, _ctx: ContextTypes.DEFAULT_TYPE) -> None:
        """Workers talk in private only; in a group we say so and store nothing at all."""
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.CHANNEL:
            return
        k = self.svc.defs.knowledge.message("group_only")
        text = f"{k.get('fr')}\n\n{k.get('en')}" if len(self.svc.defs.languages) > 1 else k.get(
            self.svc.defs.default_lang)
        with contextlib.suppress(TelegramError):
            await self.app.bot.send_message(chat.id, escape(text, self.parse_mode), parse_mode=self._mode())

    async def _ignore(self, update: Update, _ctx: ContextTypes.DEFAULT_TYPE) -> None:
        """Edited messages: the conversation has moved on; answering them would confuse."""

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        uid = update.update_id if isinstance(update, Update) else "-"
        err = context.error
        log.error("update %s failed in the adapter: %s", uid, err.__class__.__name__ if err else "?",
                  exc_info=err if err and not isinstance(err, TelegramError) else None)

    # -- from the engine to Telegram -----------------------------------------------------------

    def _mode(self) -> str | None:
        return None if self.parse_mode == "none" else self.parse_mode

    def _envelope(self, chat_id: int, msg: Outgoing) -> dict[str, Any]:
        return envelope(chat_id, msg, msg.text, True)

    async def _send(self, envelope: dict[str, Any]) -> None:
        buttons = envelope.get("buttons") or []
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=payload)]
                                       for label, payload in buttons]) if buttons else None
        chat, text = int(envelope["chat"]), escape(str(envelope["text"]), self.parse_mode)
        try:
            if envelope.get("edit"):
                await self.app.bot.edit_message_text(text, chat_id=chat, message_id=int(envelope["edit"]),
                                                     parse_mode=self._mode(), reply_markup=None)
                return
            message_id = await self.bot.send_text(chat, text, self._mode(), markup)
        except RetryAfter as e:
            raise Transient("Telegram asked to slow down", _wait_seconds(e)) from None
        except (Forbidden, BadRequest, InvalidToken) as e:
            raise Permanent(e.__class__.__name__ + ": " + e.message) from None
        except NetworkError as e:  # includes TimedOut and 5xx answers
            raise Transient(e.__class__.__name__) from None
        if envelope.get("ref") and self.svc.desk is not None:
            still_open = await asyncio.to_thread(self._record_ref, str(envelope["ref"]), str(chat), message_id)
            if not still_open and markup is not None:
                # Taken or withdrawn while the offer was on its way (the desk's note says so): its buttons go.
                try:
                    await self.app.bot.edit_message_reply_markup(chat_id=chat, message_id=message_id,
                                                                 reply_markup=None)
                except TelegramError as e:
                    log.warning("could not take the buttons off a late offer: %s", e.__class__.__name__)

    def _record_ref(self, ref: str, address: str, message_id: int) -> bool:
        """Where an offer landed, for its later "taken" edit; whether it is still on offer (True when unknown)."""
        desk = self.svc.desk
        if desk is None:
            return True
        kept: list[bool] = []

        def record(peers: Peers) -> None:
            kept.append(desk.record_offer_message(peers, ref, Address(CHANNEL, address), message_id))

        try:
            self.svc.commit(record)
        except Exception as e:  # noqa: BLE001 - the offer was sent; only its later "taken" edit is lost
            log.warning("could not record where offer %s landed: %s", ref.split(":")[1], e.__class__.__name__)
            return True
        return all(kept)

    async def _send_now(self, envelope: dict[str, Any], attempts: int = 4) -> None:
        for i in range(attempts):
            try:
                await self._send(envelope)
                return
            except Transient as e:
                await asyncio.sleep(e.retry_after or backoff(i))
            except Permanent as e:
                log.error("apology could not be delivered: %s", e)
                return
        log.error("apology could not be delivered after %d attempts", attempts)

    # -- running -------------------------------------------------------------------------------

    async def start(self) -> None:
        await self.app.initialize()
        await self.app.start()
        self._sweeper = asyncio.create_task(self.outbox.sweep_forever())
        self._ticker = asyncio.create_task(self._tick_forever())
        log.info("Telegram bot %s started", self.bot_id)

    async def _tick_forever(self, every: float = 15.0) -> None:
        """Requests nobody took: the person is told honestly (see bot.peers.desk.Desk.tick)."""
        while True:
            await asyncio.sleep(every)
            try:
                reply = await asyncio.to_thread(self.svc.tick, time.time(), True)
                for key in reply.mailboxes_of(CHANNEL):
                    self.outbox.kick(key)
            except Exception as e:  # noqa: BLE001 - try again at the next tick
                log.warning("peer tick failed: %s", e.__class__.__name__)

    async def stop(self) -> None:
        self._ticker.cancel()
        self._sweeper.cancel()
        await self.outbox.drain()
        await self.app.stop()
        await self.app.shutdown()

    async def poll(self, stop: asyncio.Event) -> None:
        """Long polling; an offset is confirmed only after its updates are committed."""
        bot = self.app.bot
        await _retrying(lambda: bot.delete_webhook(drop_pending_updates=False), stop)
        offset: int | None = None
        failures = 0
        while not stop.is_set():
            try:
                updates = await bot.get_updates(offset=offset, timeout=int(self.tg.poll_timeout),
                                                allowed_updates=ALLOWED_UPDATES)
                failures = 0
            except RetryAfter as e:
                await _sleep(stop, _wait_seconds(e))
                continue
            except Conflict:
                log.error("another process is polling this bot; use webhook mode to run several processes")
                await _sleep(stop, 5)
                continue
            except (NetworkError, BadRequest) as e:
                failures += 1
                log.warning("getUpdates failed (%s); retrying", e.__class__.__name__)
                await _sleep(stop, backoff(failures, 30.0))
                continue
            if updates:
                await self.process_batch(updates)
                offset = updates[-1].update_id + 1

    async def serve_webhook(self, stop: asyncio.Event, url: str, listen: str, port: int, secret: str) -> None:
        """Answer Telegram's POST only once the update's turn is committed; otherwise it retries."""
        import tornado.web

        adapter = self

        class Hook(tornado.web.RequestHandler):
            async def post(self) -> None:
                sent = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
                if not hmac.compare_digest(sent.encode(), secret.encode()):
                    self.set_status(403)
                    self.finish({"ok": False, "description": "wrong secret token"})
                    return
                try:
                    data = json.loads(self.request.body)
                    update = Update.de_json(data, adapter.app.bot)
                except Exception:  # noqa: BLE001 - a malformed body is refused, never crashes the server
                    self.set_status(400)
                    self.finish({"ok": False, "description": "not a Telegram update"})
                    return
                await adapter.process(update)
                self.finish({"ok": True})

            def get(self) -> None:
                self.finish({"ok": True, "service": "entraide"})

        path = urlparse(url).path or "/"
        web = tornado.web.Application([(path, Hook)])
        server = web.listen(port, address=listen, xheaders=True)
        await _retrying(lambda: self.app.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES,
                                                         drop_pending_updates=False), stop)
        log.info("webhook listening on %s:%d%s", listen, port, path)
        try:
            await stop.wait()
        finally:
            server.stop()


def webhook_secret(cfg: Config) -> str:
    """TELEGRAM_WEBHOOK_SECRET, or one derived from ENTRAIDE_SECRET so all processes agree."""
    if cfg.telegram_webhook_secret:
        return cfg.telegram_webhook_secret
    return hmac.new(cfg.secret, b"telegram-webhook", hashlib.sha256).hexdigest()


def _wait_seconds(e: RetryAfter) -> float:
    """python-telegram-bot gives retry_after as seconds or as a timedelta, depending on settings."""
    ra = e.retry_after
    return float(ra) if isinstance(ra, int | float) else ra.total_seconds()


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def _retrying(call: Any, stop: asyncio.Event) -> None:
    for i in range(10):
        try:
            await call()
            return
        except RetryAfter as e:
            await _sleep(stop, _wait_seconds(e))
        except NetworkError:
            await _sleep(stop, backoff(i, 30.0))
    await call()


def quiet_http() -> None:
    for noisy in ("httpx", "httpcore"):  # their INFO lines carry the bot token in the URL
        logging.getLogger(noisy).setLevel(logging.WARNING)


async def run(cfg: Config, svc: Entraide, webhook_url: str | None = None, listen: str = "127.0.0.1",
              port: int = 8443) -> None:
    """Run until SIGINT/SIGTERM: polling by default, webhook when a URL is given."""
    quiet_http()
    bot = TelegramBot(cfg, svc)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    from bot.console.watcher import follow_published

    watcher = follow_published(cfg, svc)  # the coordinators' published version, as the web process runs it
    reload = watcher.reload if watcher is not None else (lambda: svc.reload_from(cfg))
    with contextlib.suppress(NotImplementedError):  # `kill -HUP`: reload flows and knowledge, keep running
        loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, reload))
    following = None
    if watcher is not None:
        await asyncio.to_thread(watcher.check_once)  # before the first update is handled
        following = asyncio.create_task(watcher.run())
    await bot.start()
    try:
        if webhook_url:
            await bot.serve_webhook(stop, webhook_url, listen, port, webhook_secret(cfg))
        else:
            await bot.poll(stop)
    finally:
        if following is not None:
            following.cancel()
        await bot.stop()

