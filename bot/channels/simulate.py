"""`entraide simulate`: JSON lines in, JSON lines out, the same every time so runs can be diffed.

Input:  {"user": "w1", "text": "..."} or {"user": "w1", "button": "<payload>"}; "role": "coordinator"
        lets a line use coordinator commands (helpers register with /helper CODE like anyone);
        {"tick_minutes": 31} lets that much time pass (requests nobody took are followed up).
Output: {"turn", "to", "text", "buttons", "lang", "meta": {"flow","step","crisis","theme","resources"}};
        "to" is the user a message goes to (a peer helper or worker for relayed messages).
A malformed line gets an {"turn", "error"} line; the run goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from bot.engine.messages import Address, Event, Outgoing
from bot.peers.desk import Sender
from bot.service import Entraide

START = 1_700_000_000.0  # a fixed clock: one second per input line


def to_json(turn: int, to: str, msg: Outgoing) -> dict[str, Any]:
    m = msg.meta
    return {
        "turn": turn,
        "to": to,
        "text": msg.text,
        "buttons": [{"label": b.label, "payload": b.payload} for b in msg.buttons],
        "lang": m.lang,
        "meta": {"flow": m.flow, "step": m.step, "crisis": m.crisis, "theme": m.theme, "resources": list(m.resources)},
    }


def event_from(obj: dict[str, Any], now: float) -> Event:
    if "button" in obj:
        return Event("button", now, payload=str(obj["button"])[:64])
    if "command" in obj:
        return Event("command", now, command=str(obj["command"]).lstrip("/"), arg=str(obj.get("arg", "")))
    if obj.get("unsupported"):
        return Event("unsupported", now)
    return Event.from_text(str(obj.get("text", "")), now)


def sim_codes() -> Callable[[], str]:
    """Invite codes SIM-0001, SIM-0002…: scripts can use them, and runs stay diffable."""
    counter = iter(range(1, 1_000_000))
    return lambda: f"SIM-{next(counter):04d}"


def simulate(app: Entraide, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            if isinstance(obj, dict) and set(obj) == {"tick_minutes"}:  # time passes (request expiry)
                for msg in app.tick(START + n + float(obj["tick_minutes"]) * 60).messages:
                    yield to_json(n, msg.to.id if msg.to else "-", msg)
                continue
            if not isinstance(obj, dict) or "user" not in obj or not ({"text", "button", "command", "unsupported"} & obj.keys()):
                raise ValueError('each line needs "user" and one of "text", "button", "command"')
        except (ValueError, json.JSONDecodeError) as e:
            yield {"turn": n, "error": f"line {n}: {e}"}
            continue
        user = str(obj["user"])
        sender = Sender(Address("simulate", user), coordinator=obj.get("role") == "coordinator")
        for msg in app.handle_sync("simulate", user, event_from(obj, START + n), sender):
            yield to_json(n, msg.to.id if msg.to else user, msg)
