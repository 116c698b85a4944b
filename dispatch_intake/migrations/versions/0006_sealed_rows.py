"""A call row's words of the caller sealed under its data key, and a keyed digest of the
caller number to look repeat callers up by (`dispatch-intake audit seal-existing` seals the
rows written before).

Revision ID: 0006_sealed_rows
Revises: 0005_triage
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_sealed_rows"
down_revision = "0005_triage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("calls", sa.Column("sealed_said", sa.Text(), nullable=True))
    op.add_column("calls", sa.Column("caller_number_digest", sa.String(64), nullable=True))
    op.create_index("ix_calls_caller_number_digest", "calls", ["caller_number_digest"])


def downgrade() -> None:
    op.drop_index("ix_calls_caller_number_digest", table_name="calls")
    # Plain ALTER (SQLite 3.35+, PostgreSQL): a batch copy of `calls` would trip the timeline's
    # foreign keys.
    op.execute("ALTER TABLE calls DROP COLUMN caller_number_digest")
    op.execute("ALTER TABLE calls DROP COLUMN sealed_said")
