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
