"""Table definitions. Changes here need a new migration under bot/store/migrations/versions/."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Float, Integer, MetaData, String, Table, Text

metadata = MetaData()

sessions = Table(
    "sessions",
    metadata,
    Column("key", String(64), primary_key=True),  # HMAC-SHA256 hex of channel and user id
    Column("state", Text, nullable=False),  # SessionState JSON: position and slots, never message text
    Column("version", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

stats = Table(
    "stats",
    metadata,
    Column("week", String(8), primary_key=True),
    Column("metric", String(40), primary_key=True),
    Column("value", String(64), primary_key=True),
    Column("lang", String(2), primary_key=True),
    Column("n", Integer, nullable=False),
)

# Ids of channel updates already handled (e.g. "telegram:<bot>:<update_id>"), written in the same
# transaction as the session, so a redelivered update is recognised and never handled twice.
receipts = Table(
    "receipts",
    metadata,
    Column("receipt", String(80), primary_key=True),
    Column("at", Float, nullable=False),
)

# Replies committed with their turn and not yet delivered. The envelope (address and text) is
# encrypted with ENTRAIDE_RELAY_KEY and the row is deleted as soon as the reply is sent.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat_key", String(64), nullable=False, index=True),  # keyed hash, for per-chat order
    Column("envelope", Text, nullable=False),
    Column("receipt", String(80), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("not_before", Float, nullable=False, default=0.0),
)

# One sender per chat at a time, across processes: whoever holds the lease sends in id order.
outbox_leases = Table(
    "outbox_leases",
    metadata,
    Column("chat_key", String(64), primary_key=True),
    Column("owner", String(40), nullable=False),
    Column("until", Float, nullable=False),
)
