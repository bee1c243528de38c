"""Peer helpers, invite codes, contact requests and offers.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "helpers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("address", sa.Text, nullable=True),
        sa.Column("langs", sa.String(16), nullable=False),
        sa.Column("regions", sa.Text, nullable=False),
        sa.Column("themes", sa.Text, nullable=False),
        sa.Column("hours", sa.String(200), nullable=True),
        sa.Column("available", sa.Boolean, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("current_request", sa.Integer, nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "invites",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("region", sa.String(64), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("used_at", sa.Float, nullable=True),
    )
    op.create_table(
        "contact_requests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("worker_key", sa.String(64), nullable=False),
        sa.Column("worker_address", sa.Text, nullable=True),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("theme", sa.String(40), nullable=True),
        sa.Column("region", sa.String(64), nullable=True),
        sa.Column("time_window", sa.String(20), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("helper_id", sa.Integer, nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("accepted_at", sa.Float, nullable=True),
        sa.Column("closed_at", sa.Float, nullable=True),
        sa.Column("worker_share", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("helper_share", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("told_no_one", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_contact_requests_worker_key", "contact_requests", ["worker_key"])
    op.create_table(
        "offers",
        sa.Column("request_id", sa.Integer, primary_key=True),
        sa.Column("helper_id", sa.Integer, primary_key=True),
        sa.Column("message", sa.Text, nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("offers")
    op.drop_index("ix_contact_requests_worker_key", "contact_requests")
    op.drop_table("contact_requests")
    op.drop_table("invites")
    op.drop_table("helpers")
