"""Optional weekly hours for a helper, written the way people write them: `lun-ven 17-21; sam 9-12`."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("America/Montreal")
_DAYS = {"lun": 0, "mon": 0, "mar": 1, "tue": 1, "mer": 2, "wed": 2, "jeu": 3, "thu": 3, "ven": 4, "fri": 4,
         "sam": 5, "sat": 5, "dim": 6, "sun": 6}
_SEGMENT = re.compile(r"^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{1,2})(?:h(?:\d\d)?)?-(\d{1,2})(?:h(?:\d\d)?)?$")

Slot = tuple[frozenset[int], int, int]


def parse_hours(spec: str) -> list[Slot]:
    """Raise ValueError with a sentence a helper can act on."""
    slots: list[Slot] = []
    for raw in re.split(r"[;,]", spec.lower()):
        seg = " ".join(raw.split())
        if not seg:
            continue
        m = _SEGMENT.match(seg)
        if not m or m.group(1) not in _DAYS or (m.group(2) and m.group(2) not in _DAYS):
            raise ValueError(seg)
        first = _DAYS[m.group(1)]
        last = _DAYS[m.group(2)] if m.group(2) else first
        days = frozenset(range(first, last + 1)) if first <= last else frozenset([*range(first, 7), *range(0, last + 1)])
        start, end = int(m.group(3)), int(m.group(4))
        if not (0 <= start < 24 and 0 < end <= 24 and start != end):
            raise ValueError(seg)
        slots.append((days, start, end))
    if not slots:
        raise ValueError(spec)
    return slots


def within(spec: str | None, now: float) -> bool:
    """No hours set means: whenever they say they are available."""
    if not spec:
        return True
    try:
        slots = parse_hours(spec)
    except ValueError:
        return True
    t = datetime.fromtimestamp(now, TZ)
    for days, start, end in slots:
        if start < end and t.weekday() in days and start <= t.hour < end:
            return True
        if start > end and ((t.weekday() in days and t.hour >= start) or ((t.weekday() - 1) % 7 in days and t.hour < end)):
            return True
    return False
