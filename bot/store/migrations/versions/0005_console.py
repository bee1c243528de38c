"""The coordinators' console: published versions of flows and knowledge, the draft, login links,
sessions and the audit log (no worker data in any of them).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("who", sa.String(24), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("restores", sa.Integer, nullable=True),
    )
    op.create_table(
        "content_files",
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("path", sa.String(200), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "content_draft",
        sa.Column("path", sa.String(200), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("who", sa.String(24), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
    )
    op.create_table(
        "console_links",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("who", sa.String(24), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("used_at", sa.Float, nullable=True),
    )
    op.create_table(
        "console_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("who", sa.String(24), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("seen_at", sa.Float, nullable=False),
    )
    op.create_table(
        "console_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("who", sa.String(24), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("version", sa.Integer, nullable=True),
        sa.Column("detail", sa.String(200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    for name in ("console_audit", "console_sessions", "console_links", "content_draft", "content_files",
                 "content_versions"):
        op.drop_table(name)
