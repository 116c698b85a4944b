"""A call record as each role may read it, one or a queue of them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from dispatch_intake.auth.people import staff_names
from dispatch_intake.auth.service import Permission, Principal, mask_deep, mask_number
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.components import Intake
from dispatch_intake.db import as_utc
from dispatch_intake.errors import InvalidBody, NotFound
from dispatch_intake.timeline.service import events_of, render_event

STATUSES = ("provisional", "location_confirmed", "dispatched", "closed", "transferred")


def render_call(
    call: CallRecord,
    events: list[Any],
    principal: Principal,
    intake: Intake,
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The record in the contract's shape, masked for the reader's role: everything is stored
    as said, and every phone number in it is hidden here from roles that may not see them."""
    if names is None:
        session = object_session(call)
        names = staff_names(session, _actors(call, events)) if session is not None else {}
    confirmed = call.confirmed is not None
    record = {
        "id": call.id,
        "status": call.status,
        "psap": call.psap,
        "original_psap": call.original_psap,
        "caller": {"number": call.caller_number, "position": call.caller_position},
        "related_calls": list(call.related_calls or []),
        "priority": call.priority,
        "triage": call.triage,
        "complaint": {"text": list(call.complaint_texts)},
        "location": {
            "text": list(call.location_texts),
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
        "dispatches": [_named(entry, names) for entry in call.dispatches],
        "transfer": _named(call.transfer, names),
        "escalation": _named(call.escalation, names),
        "notes": [_named(note, names) for note in call.notes],
        "warnings": call.warnings,
        "received_at": call.received_at,
        "created_at": as_utc(call.created_at).isoformat(timespec="milliseconds"),
        "updated_at": as_utc(call.updated_at).isoformat(timespec="milliseconds"),
        "timeline": [_named_event(render_event(event), names) for event in events],
    }
    if principal.sees_numbers:
        return record
    shown: dict[str, Any] = mask_deep(record)
    shown["caller"] = {**shown["caller"], "number": mask_number(call.caller_number)}
    return shown


def _actors(call: CallRecord, events: Iterable[Any]) -> set[str]:
    """Who acted on a call: the staff ids among them are given their names on render."""
    found = {event.actor for event in events}
    entries = [*call.dispatches, *call.notes, call.transfer or {}, call.escalation or {}]
    found.update(entry["by"] for entry in entries if entry.get("by"))
    return found


def _named(entry: Any, names: dict[str, str]) -> Any:
    """A dispatch, note, transfer or escalation with `by_name` beside `by` for a person."""
    if isinstance(entry, dict) and entry.get("by") in names:
        return {**entry, "by_name": names[entry["by"]]}
    return entry


def _named_event(event: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    name = names.get(event["actor"])
    return {**event, "actor_name": name} if name is not None else event


def read_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str
) -> dict[str, Any]:
    call = session.get(CallRecord, call_id)
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    return render_call(call, events_of(session, [call.id])[call.id], principal, intake)


def read_timeline(
    *, session: Session, call_id: str, principal: Principal | None = None
) -> dict[str, Any]:
    """The timeline alone; masked unless the reader may see numbers."""
    call = session.get(CallRecord, call_id)
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    events = events_of(session, [call.id])[call.id]
    names = staff_names(session, {event.actor for event in events})
    timeline = {
        "id": call.id,
        "timeline": [_named_event(render_event(event), names) for event in events],
    }
    if principal is not None and principal.sees_numbers:
        return timeline
    masked: dict[str, Any] = mask_deep(timeline)
    return masked


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
    if principal.can(Permission.ESCALATE):
        # Supervisors see the calls escalated to them, not yet taken over, first.
        calls.sort(key=lambda c: not (c.escalation and not c.escalation.get("taken_over_by")))
    chains = events_of(session, (c.id for c in calls))
    actors: set[str] = set()
    for c in calls:
        actors |= _actors(c, chains[c.id])
    names = staff_names(session, actors)
    return [render_call(c, chains[c.id], principal, intake, names) for c in calls]


def calls_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(CallRecord.status, func.count()).group_by(CallRecord.status))
    return {status: int(count) for status, count in rows}
