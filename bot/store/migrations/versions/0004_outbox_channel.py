"""Outbox rows name their channel, so each channel's sender takes only its own rows (a pull
mailbox was recognised before by a colon in its key).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("channel", sa.String(16), nullable=False, server_default="telegram"))
    op.execute("UPDATE outbox SET channel = 'rasa' WHERE chat_key LIKE 'rasa:%'")
    op.create_index("ix_outbox_channel_created", "outbox", ["channel", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_channel_created", "outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("channel")
