"""A call record as each role may read it, one or a queue of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch_intake.auth.service import Principal, mask_number, mask_numbers_in_text
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.components import Intake
from dispatch_intake.db import as_utc
from dispatch_intake.errors import InvalidBody, NotFound
from dispatch_intake.states import CallStatus
from dispatch_intake.timeline.service import events_of, render_event

STATUSES = tuple(CallStatus)


def render_call(
    call: CallRecord, events: list[Any], principal: Principal, intake: Intake
) -> dict[str, Any]:
    """The record in the contract's shape, masked for the reader's role."""
    number = call.caller_number if principal.sees_numbers else mask_number(call.caller_number)
    shown = (lambda text: text) if principal.sees_numbers else mask_numbers_in_text
    confirmed = call.confirmed is not None
    return {
        "id": call.id,
        "status": call.status,
        "psap": call.psap,
        "original_psap": call.original_psap,
        "caller": {"number": number, "position": call.caller_position},
        "related_calls": list(call.related_calls or []),
        "priority": call.priority,
        "complaint": {"text": [shown(text) for text in call.complaint_texts]},
        "location": {
            "text": [shown(text) for text in call.location_texts],
            "candidates": call.candidates,
            "confirmed": call.confirmed,
            "contradictions": call.contradictions,
        },
        "prompt": call.prompt,
        "recommended_action": call.recommended_action,
        "next_question": None
        if call.status == "closed"
        else intake.script.next_question(
            answers=call.answers,
            location_said=bool(call.location_texts),
            location_confirmed=confirmed,
            caller_number_known=call.caller_number is not None,
            complaint_known=bool(call.complaint_texts),
            location_prompt=call.prompt,
        ),
        "answers": call.answers,
        "dispatches": call.dispatches,
        "transfer": _with_reason_shown(call.transfer, shown),
        "escalation": _with_reason_shown(call.escalation, shown),
        "notes": call.notes,
        "warnings": call.warnings,  # masked when made (calls.schemas.make_warning)
        "received_at": call.received_at,
        "created_at": as_utc(call.created_at).isoformat(timespec="milliseconds"),
        "updated_at": as_utc(call.updated_at).isoformat(timespec="milliseconds"),
        "timeline": [render_event(event) for event in events],
    }


def _with_reason_shown(
    entry: dict[str, Any] | None, shown: Callable[[str], str]
) -> dict[str, Any] | None:
    """A transfer or escalation with its free-text reason as the reader may see it."""
    if not entry or not entry.get("reason"):
        return entry
    return {**entry, "reason": shown(entry["reason"])}


def read_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str
) -> dict[str, Any]:
    call = session.get(CallRecord, call_id)
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    return render_call(call, events_of(session, [call.id])[call.id], principal, intake)


def read_timeline(*, session: Session, call_id: str) -> dict[str, Any]:
    call = session.get(CallRecord, call_id)
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    events = events_of(session, [call.id])[call.id]
    return {"id": call.id, "timeline": [render_event(event) for event in events]}


def list_calls(
    *,
    session: Session,
    intake: Intake,
    principal: Principal,
    status: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Newest first; `status` filters (several separated by commas)."""
    query = select(CallRecord).order_by(CallRecord.created_at.desc()).limit(max(1, min(limit, 500)))
    if status:
        wanted = [s.strip() for s in status.split(",") if s.strip()]
        unknown = [s for s in wanted if s not in STATUSES]
        if unknown:
            raise InvalidBody(f"unknown status {unknown[0]!r}; statuses are {', '.join(STATUSES)}")
        query = query.where(CallRecord.status.in_(wanted))
    calls = list(session.scalars(query))
    chains = events_of(session, (c.id for c in calls))
    return [render_call(c, chains[c.id], principal, intake) for c in calls]


def calls_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(CallRecord.status, func.count()).group_by(CallRecord.status))
    return {status: int(count) for status, count in rows}
