"""The global ledger: every timeline event's leaf, in the order events were written."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dispatch_intake.db import Base


class LedgerEntry(Base):
    """Leaf `idx` of the Merkle tree. No foreign key: an entry outlives a deleted call, and
    that is how the deletion is found."""

    __tablename__ = "ledger_entries"

    idx: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    call_id: Mapped[str] = mapped_column(String(40), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    leaf_hash: Mapped[str] = mapped_column(String(64))
    # HMAC of (idx, call_id, seq, leaf_hash) under the chain key.
    mac: Mapped[str] = mapped_column(String(64))


class CallKey(Base):
    """A call's data key, wrapped by the master key (kept outside the store). Destroying it
    (`wrapped_key` set to null) erases every sealed field of the call's timeline for good,
    while the sealed bytes, and so every MAC and ledger leaf, stay as they were."""

    __tablename__ = "call_keys"

    call_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    wrapped_key: Mapped[str | None] = mapped_column(String(200))
    erased_at: Mapped[str | None] = mapped_column(String(40))


class LedgerIdentity(Base):
    """The store's ledger name, made once by the migration: checkpoints are signed for one
    store, so several stores may share a checkpoint log without mixing."""

    __tablename__ = "ledger_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32))
