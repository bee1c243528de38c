"""Table definitions. Changes here need a new migration under bot/store/migrations/versions/."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text

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
