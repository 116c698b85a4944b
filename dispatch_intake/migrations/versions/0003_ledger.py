"""Keyed timeline seals (a version per event), the global ledger of every event, and each
call's wrapped data key.

Events written before this revision keep version 0 (unkeyed sha256) and stay verifiable;
the service enters them in the ledger at its next start, before it signs a checkpoint.

Revision ID: 0003_ledger
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003_ledger"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("timeline_events") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "ledger_entries",
        sa.Column(
            "idx",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("call_id", sa.String(40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("leaf_hash", sa.String(64), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
    )
    op.create_index("ix_ledger_entries_call_id", "ledger_entries", ["call_id"])
    identity = op.create_table(
        "ledger_identity",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("store_id", sa.String(32), nullable=False),
    )
    op.bulk_insert(identity, [{"id": 1, "store_id": uuid.uuid4().hex}])
    op.create_table(
        "call_keys",
        sa.Column("call_id", sa.String(40), primary_key=True),
        sa.Column("wrapped_key", sa.String(200), nullable=True),
        sa.Column("erased_at", sa.String(40), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("call_keys")
    op.drop_table("ledger_identity")
    op.drop_index("ix_ledger_entries_call_id", table_name="ledger_entries")
    op.drop_table("ledger_entries")
    with op.batch_alter_table("timeline_events") as batch:
        batch.drop_column("version")
