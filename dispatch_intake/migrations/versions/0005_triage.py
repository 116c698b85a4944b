"""Triage of a call kept on its record: the findings, and a manual priority set by a person.

Revision ID: 0005_triage
Revises: 0004_people
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_triage"
down_revision = "0004_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("calls", sa.Column("triage", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Plain ALTER (SQLite 3.35+, PostgreSQL): a batch copy of `calls` would trip the timeline's
    # foreign keys.
    op.execute("ALTER TABLE calls DROP COLUMN triage")
