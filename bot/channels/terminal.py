"""`entraide chat`: a conversation in the terminal, for demos, coordinators and tests.

Buttons show as numbered choices; typing the number (or the words) picks one, exactly as on
Telegram, because the engine understands both.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.console import Console
from rich.panel import Panel
from rich.text import Text as RichText

from bot.engine.messages import Event, Outgoing
from bot.service import Entraide

USER_ID = "terminal-user"


def show(console: Console, msg: Outgoing) -> None:
    body = RichText(msg.text)
    for i, b in enumerate(msg.buttons, start=1):
        body.append(f"\n  {i}. {b.label}", style="bold cyan")
    style = "red" if msg.meta.crisis else "green"
    console.print(Panel(body, border_style=style, title="Entraide", title_align="left"))


def chat(app: Entraide, console: Console | None = None, read: Callable[[str], str] | None = None,
         user_id: str = USER_ID) -> None:
    console = console or Console()
    read = read or (lambda prompt: console.input(prompt))
    console.print("[dim]Entraide — Ctrl-D or Ctrl-C to leave. /help for help.[/dim]")
    while True:
        try:
            line = read("[bold]> [/bold]")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not line.strip():
            continue
        for msg in app.handle_sync("terminal", user_id, Event.from_text(line, time.time())):
            show(console, msg)
