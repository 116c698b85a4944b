"""The append-only, hash-chained events of every call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dispatch_intake.db import Base


class TimelineEvent(Base):
    """One event; `hash` seals the previous event's `hash` and the canonical JSON of this
    event's fields, as its `version` says (dispatch_intake.audit.chain)."""

    __tablename__ = "timeline_events"
    __allow_unmapped__ = True
    __table_args__ = (UniqueConstraint("call_id", "seq", name="uq_timeline_call_seq"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    # Canonical JSON text, hashed exactly as stored.
    data: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # 0: unkeyed sha256 (events from before the chain key); 1: HMAC-SHA256 under the chain key.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Not stored: `data` with sealed fields opened, as readers see it (set by the timeline
    # service when it writes or reads the event; None when nothing in it is sealed).
    shown: dict[str, Any] | None = None


@dataclass(slots=True, eq=False)
class NewEvent:
    """An event appended in the transaction under way, with the fields it is stored with: it
    is written by one multi-row INSERT (`timeline.service.write_events`), never through the
    unit of work, so it is a plain object rather than a mapped one (whose instrumented
    attributes a start paid for six times over)."""

    call_id: str
    seq: int
    at: str
    type: str
    actor: str
    data: str
    prev_hash: str
    hash: str
    version: int
    shown: dict[str, Any] | None = None


# An event as written (`NewEvent`) or as read back (`TimelineEvent`): readers of its fields
# take either.
AnyEvent = TimelineEvent | NewEvent
