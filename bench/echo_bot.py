"""The baseline for bench/telegram.py: a bare python-telegram-bot echo bot, one reply per message.

Nothing but the library: long polling, a handler that sends the text back. Same Bot API server,
same people, same run, so the ratio of CPU per message sent says what Entraide's own work costs.

ECHO_CONNECTIONS=n sends over n pooled HTTP connections instead of the library's 256.

Run by bench/telegram.py; alone: TELEGRAM_BOT_TOKEN=… ECHO_API=http://127.0.0.1:PORT python bench/echo_bot.py
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, _ctx: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    msg = update.effective_message
    if msg is not None and msg.text:
        await msg.reply_text(msg.text)


def main() -> None:
    api = os.environ["ECHO_API"].rstrip("/")
    builder = (Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"]).base_url(f"{api}/bot")
               .base_file_url(f"{api}/file/bot").concurrent_updates(True))
    if os.environ.get("ECHO_CONNECTIONS"):  # a small pool, like Entraide's (the library's default is 256)
        builder = builder.connection_pool_size(int(os.environ["ECHO_CONNECTIONS"])).pool_timeout(30)
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(poll_interval=0, timeout=1, allowed_updates=["message"])


if __name__ == "__main__":
    main()
