"""Calls, idempotency keys and the hash-chained timeline.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("psap", sa.String(64), nullable=False),
        sa.Column("original_psap", sa.String(64), nullable=False),
        sa.Column("priority", sa.String(16), nullable=False),
        sa.Column("caller_number", sa.String(40), nullable=True),
        sa.Column("caller_position", sa.JSON(), nullable=True),
        sa.Column("complaint_texts", sa.JSON(), nullable=False),
        sa.Column("location_texts", sa.JSON(), nullable=False),
        sa.Column("candidates", sa.JSON(), nullable=False),
        sa.Column("contradictions", sa.JSON(), nullable=False),
        sa.Column("confirmed", sa.JSON(), nullable=True),
        sa.Column("prompt", sa.JSON(), nullable=False),
        sa.Column("recommended_action", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("dispatches", sa.JSON(), nullable=False),
        sa.Column("transfer", sa.JSON(), nullable=True),
        sa.Column("escalation", sa.JSON(), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("timeline_length", sa.Integer(), nullable=False),
        sa.Column("timeline_head", sa.String(64), nullable=False),
    )
    op.create_index("ix_calls_status", "calls", ["status"])
    op.create_index("ix_calls_psap", "calls", ["psap"])
    op.create_index("ix_calls_created_at", "calls", ["created_at"])
    op.create_table(
        "idempotency_keys",
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("call_id", sa.String(40), sa.ForeignKey("calls.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_idempotency_keys_call_id", "idempotency_keys", ["call_id"])
    op.create_table(
        "timeline_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("call_id", sa.String(40), sa.ForeignKey("calls.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("call_id", "seq", name="uq_timeline_call_seq"),
    )
    op.create_index("ix_timeline_events_call_id", "timeline_events", ["call_id"])


def downgrade() -> None:
    op.drop_table("timeline_events")
    op.drop_table("idempotency_keys")
    op.drop_table("calls")
