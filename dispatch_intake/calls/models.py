"""Tables of a call record and its idempotency keys."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column, validates

from dispatch_intake.calls.lenient import Warning_
from dispatch_intake.db import Base
from dispatch_intake.shapes import (
    Action,
    Candidate,
    Contradiction,
    Dispatch,
    Escalation,
    Note,
    Position,
    Prompt,
    ScriptAnswer,
    Transfer,
    Triage,
)

JsonObject = dict[str, Any]


class CallRecord(Base):
    """One call: what was said, what the resolver concluded, what was done."""

    __tablename__ = "calls"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    psap: Mapped[str] = mapped_column(String(64), index=True)
    original_psap: Mapped[str] = mapped_column(String(64))
    priority: Mapped[str] = mapped_column(String(16))
    # Whole in memory (supervisors need it); in the store it is sealed in `sealed_said` with
    # the row's other words of the caller (dispatch_intake.audit.rows), the column left empty.
    caller_number: Mapped[str | None] = mapped_column(String(40), index=True)
    # A keyed digest of the number: repeat callers and number searches meet on it.
    caller_number_digest: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    # The row's words of the caller, sealed under the call's data key.
    sealed_said: Mapped[str | None] = mapped_column(Text, default=None)
    # Earlier calls from the same number, newest first: a repeat caller is linked, not lost.
    related_calls: Mapped[list[str]] = mapped_column(JSON, default=list)
    caller_position: Mapped[Position | None] = mapped_column(JSON)
    complaint_texts: Mapped[list[str]] = mapped_column(JSON)
    location_texts: Mapped[list[str]] = mapped_column(JSON)
    candidates: Mapped[list[Candidate]] = mapped_column(JSON)
    contradictions: Mapped[list[Contradiction]] = mapped_column(JSON)
    confirmed: Mapped[Candidate | None] = mapped_column(JSON)
    prompt: Mapped[Prompt] = mapped_column(JSON)
    recommended_action: Mapped[Action] = mapped_column(JSON)
    warnings: Mapped[list[Warning_]] = mapped_column(JSON)
    answers: Mapped[dict[str, ScriptAnswer]] = mapped_column(JSON)
    dispatches: Mapped[list[Dispatch]] = mapped_column(JSON)
    transfer: Mapped[Transfer | None] = mapped_column(JSON)
    escalation: Mapped[Escalation | None] = mapped_column(JSON)
    notes: Mapped[list[Note]] = mapped_column(JSON)
    # What triage read from the complaint ({priority, findings, reasons}) and the priority a
    # person set by hand ({priority, reason, by, at}), which is kept over automatic triage.
    triage: Mapped[Triage | None] = mapped_column(JSON, default=None)
    received_at: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    timeline_length: Mapped[int] = mapped_column(Integer, default=0)
    # The newest event's hash: removing the last events of a call is detected against it.
    timeline_head: Mapped[str] = mapped_column(String(64))

    @validates("warnings")
    def _bounded(self, key: str, warnings: list[Warning_]) -> list[Warning_]:
        from dispatch_intake.calls.schemas import bounded_warnings

        return bounded_warnings(warnings)


class IdempotencyKey(Base):
    """A client's retry key (hashed) → the record its first request created."""

    __tablename__ = "idempotency_keys"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# `Session.info` key: the calls a session wrote with Core inserts in its transaction, by id. The
# unit of work never sees them (`session.new` is empty), so whoever must know a transaction's
# new calls — the journal, which records where each held call's start ends — reads them here.
NEW_CALLS = "new_calls"


def note_new_call(session: Session, call: CallRecord) -> None:
    """Say that `call` was written in this transaction without the unit of work."""
    session.info.setdefault(NEW_CALLS, {})[call.id] = call
