"""Earlier calls from the same number, linked from a repeat caller's new record.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("related_calls", sa.JSON(), nullable=False, server_default="[]"))
    op.create_index("ix_calls_caller_number", "calls", ["caller_number"])


def downgrade() -> None:
    op.drop_index("ix_calls_caller_number", table_name="calls")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("related_calls")
