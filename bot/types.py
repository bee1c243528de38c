"""Named aliases shared across packages, so signatures say what a string means."""

from typing import Literal

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
SessionKey = str
ThemeId = str
ResourceId = str
