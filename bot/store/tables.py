"""Table definitions. Changes here need a new migration under bot/store/migrations/versions/."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, Index, Integer, MetaData, String, Table, Text

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
    Column("channel", String(16), nullable=False, server_default="telegram"),  # whose sender delivers it
    Column("envelope", Text, nullable=False),
    Column("receipt", String(80), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("not_before", Float, nullable=False, default=0.0),
    Index("ix_outbox_channel_created", "channel", "created_at"),
)

# One sender per chat at a time, across processes: whoever holds the lease sends in id order.
outbox_leases = Table(
    "outbox_leases",
    metadata,
    Column("chat_key", String(64), primary_key=True),
    Column("owner", String(40), nullable=False),
    Column("until", Float, nullable=False),
)

# Peer helpers. `key` is the keyed hash of their chat; `address` (how to reach them) is encrypted
# with ENTRAIDE_RELAY_KEY and erased when they are deactivated. No name, no username.
helpers = Table(
    "helpers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(64), nullable=False, unique=True),
    Column("address", Text, nullable=True),
    Column("langs", String(16), nullable=False),
    Column("regions", Text, nullable=False),  # space-separated region ids; empty means any
    Column("themes", Text, nullable=False),  # space-separated theme ids; empty means any
    Column("hours", String(200), nullable=True),  # e.g. "mon-fri 17-21", free for the helper to set
    Column("available", Boolean, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("current_request", Integer, nullable=True),  # where their typed messages go
    Column("created_at", Float, nullable=False),
)

# Single-use invite codes, stored as a keyed hash of the code.
invites = Table(
    "invites",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("region", String(64), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("used_at", Float, nullable=True),
)

# Contact requests. The worker's address is encrypted, and erased when the request closes.
contact_requests = Table(
    "contact_requests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),  # the number helpers see
    Column("worker_key", String(64), nullable=False, index=True),
    Column("worker_address", Text, nullable=True),
    Column("lang", String(2), nullable=False),
    Column("theme", String(40), nullable=True),
    Column("region", String(64), nullable=True),
    Column("time_window", String(20), nullable=True),
    Column("status", String(12), nullable=False),  # open, accepted, closed, expired, cancelled
    Column("helper_id", Integer, nullable=True),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("accepted_at", Float, nullable=True),
    Column("closed_at", Float, nullable=True),
    Column("worker_share", Boolean, nullable=False, default=False),
    Column("helper_share", Boolean, nullable=False, default=False),
    Column("told_no_one", Boolean, nullable=False, default=False),  # the "nobody yet" message was sent
)

# Which helpers were offered which request, and where their offer message is (to mark it "taken").
offers = Table(
    "offers",
    metadata,
    Column("request_id", Integer, primary_key=True),
    Column("helper_id", Integer, primary_key=True),
    Column("message", Text, nullable=True),  # encrypted {chat, message_id} once known
    Column("status", String(12), nullable=False),  # sent, declined, taken
)

# ---- The coordinators' console (bot/console). Nothing here is about a worker. ----

# Each published version of flows/ and knowledge/: a note, when, and who (a coordinator's pseudonym).
content_versions = Table(
    "content_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("note", String(500), nullable=False),
    Column("who", String(24), nullable=False),
    Column("at", Float, nullable=False),
    Column("restores", Integer, nullable=True),  # a rollback: the version it published again
)

# The text of every file of a published version, by its path (flows/main.yaml, knowledge/messages.yaml…).
content_files = Table(
    "content_files",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("path", String(200), primary_key=True),
    Column("text", Text, nullable=False),
)

# The draft: one row per file; `revision` grows at each save, so a second editor's stale save is refused.
content_draft = Table(
    "content_draft",
    metadata,
    Column("path", String(200), primary_key=True),
    Column("text", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("who", String(24), nullable=False),
    Column("at", Float, nullable=False),
)

# Single-use login links and console sessions, each stored as the keyed hash of its random token.
console_links = Table(
    "console_links",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("role", String(12), nullable=False),
    Column("who", String(24), nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("used_at", Float, nullable=True),
)

console_sessions = Table(
    "console_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("role", String(12), nullable=False),
    Column("who", String(24), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("seen_at", Float, nullable=False),
)

# Who did what in the console, when, on which version: a pseudonym, an action word and a file path at most.
console_audit = Table(
    "console_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("who", String(24), nullable=False),
    Column("action", String(24), nullable=False),
    Column("version", Integer, nullable=True),
    Column("detail", String(200), nullable=False, server_default=""),
)
