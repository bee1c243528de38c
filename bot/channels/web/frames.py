"""The web chat's wire format: JSON text frames over one WebSocket, checked here once.

Page to server:
  {"t": "hello", "token": null | "<43 chars>", "lang": "fr"}        first, once
  {"t": "say", "id": "<client id>", "text": "..."}                 a typed message
  {"t": "press", "id": "...", "payload": "..."}                    a quick reply
  {"t": "do", "id": "...", "command": "start|restart|lang|forget", "arg": ""}   the page's controls
  {"t": "ack", "refs": ["<ref>", ...]}                              stored: the server may forget them
Server to page:
  {"t": "welcome", "token": "..."}; {"t": "msg", "ref", "text", "buttons", "lang", "crisis"[, "edit"]}
  ("edit": the ref of an earlier message these words replace, its buttons gone: a helper's offer taken);
  {"t": "done", "id"} (the turn is committed: never resend it); {"t": "refused", "id", "reason", "text", "lang"};
  {"t": "bad"} (a frame the server could not read).
The client id makes a resent message (after a reconnect) harmless: the turn is committed once; a reply's
`ref` lets the page drop one pushed again after a reconnect (see mailbox.py).
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # secrets.token_urlsafe(32)
ClientId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{8,40}$")]
DEEP_LINK = r"^[A-Za-z0-9_-]{1,64}$"


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Hello(_Frame):
    t: Literal["hello"]
    token: Annotated[str, Field(pattern=TOKEN.pattern)] | None = None
    lang: Literal["fr", "en", ""] = ""


class Say(_Frame):
    t: Literal["say"]
    id: ClientId
    text: Annotated[str, Field(max_length=100_000)]


class Press(_Frame):
    t: Literal["press"]
    id: ClientId
    payload: Annotated[str, Field(min_length=1, max_length=64)]


class Do(_Frame):
    t: Literal["do"]
    id: ClientId
    command: Literal["start", "restart", "lang", "forget"]
    arg: Annotated[str, Field(max_length=64, pattern=r"^$|" + DEEP_LINK)] = ""


class Ack(_Frame):
    t: Literal["ack"]
    refs: Annotated[list[Annotated[str, Field(max_length=40)]], Field(min_length=1, max_length=100)]


Frame = Annotated[Hello | Say | Press | Do | Ack, Field(discriminator="t")]
Turn = Say | Press | Do
_frames: TypeAdapter[Hello | Say | Press | Do | Ack] = TypeAdapter(Frame)


def parse(raw: str) -> Hello | Say | Press | Do | Ack | None:
    """A frame, or None for anything malformed (the caller counts it; nothing is echoed back)."""
    try:
        return _frames.validate_python(json.loads(raw))
    except (ValueError, ValidationError, RecursionError):
        return None
