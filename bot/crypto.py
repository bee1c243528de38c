"""Encryption at rest for the few things that must identify a chat while a reply is in flight.

Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) rather than our own construction; the key
is derived from ENTRAIDE_RELAY_KEY, so a copy of the database alone reveals no chat id.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

__all__ = ["Sealer", "InvalidToken", "keyed_hash"]


class Sealer:
    def __init__(self, relay_key: bytes):
        derived = hashlib.sha256(b"entraide-relay-v1:" + relay_key).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    def seal(self, obj: dict[str, Any]) -> str:
        return self._fernet.encrypt(json.dumps(obj, ensure_ascii=False).encode()).decode("ascii")

    def open(self, token: str) -> dict[str, Any]:
        """Raises InvalidToken when the key changed or the row was tampered with."""
        data = json.loads(self._fernet.decrypt(token.encode("ascii")))
        if not isinstance(data, dict):
            raise InvalidToken
        return data


def keyed_hash(secret: bytes, text: str) -> str:
    """HMAC-SHA256 of `text` under the deployment's secret: stable, and useless without the secret.

    The one keyed hash of the project: session keys ("telegram:<chat id>"), invite codes
    ("invite:<code>") and the derived webhook token all go through it."""
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()
