"""A call record as each role may read it, one or a queue of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, object_session

from dispatch_intake.audit.rows import caller_number_is
from dispatch_intake.auth.people import staff_names
from dispatch_intake.auth.service import Permission, Principal, mask_deep, mask_number
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.phone import clean_number
from dispatch_intake.components import Intake
from dispatch_intake.db import as_utc
from dispatch_intake.errors import Forbidden, InvalidBody, NotFound
from dispatch_intake.shapes import (
    Dispatch,
    Escalation,
    Event,
    IndexLine,
    Note,
    Record,
    Timeline,
    Transfer,
)
from dispatch_intake.states import CallStatus, EventType
from dispatch_intake.timeline.models import AnyEvent, TimelineEvent
from dispatch_intake.timeline.service import events_of, render_event

STATUSES = tuple(CallStatus)
# What was done, and by whom.
Done = TypeVar("Done", Dispatch, Note, Transfer | None, Escalation | None)


def render_call(
    call: CallRecord,
    events: Sequence[AnyEvent],
    principal: Principal,
    intake: Intake,
    names: dict[str, str] | None = None,
) -> Record:
    """The record in the contract's shape, masked for the reader's role: everything is stored
    as said, and every phone number in it is hidden here from roles that may not see them."""
    if names is None:
        session = object_session(call)
        names = staff_names(session, actors_of(call, events)) if session is not None else {}
    confirmed = call.confirmed is not None
    record: Record = {
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
    shown: Record = mask_deep(record)
    shown["caller"] = {**shown["caller"], "number": mask_number(call.caller_number)}
    return shown


def actors_of(call: CallRecord, events: Iterable[Any]) -> set[str]:
    """Who acted on a call: the staff ids among them are given their names on render."""
    found = {event.actor for event in events}
    entries: list[Dispatch | Note | Transfer | Escalation] = [*call.dispatches, *call.notes]
    entries += [entry for entry in (call.transfer, call.escalation) if entry]
    found.update(by for entry in entries if (by := entry.get("by")))
    return found


def _named(entry: Done, names: dict[str, str]) -> Done:
    """A dispatch, note, transfer or escalation with `by_name` beside `by` for a person."""
    by = entry.get("by") if entry is not None else None
    if entry is None or by is None or by not in names:
        return entry
    named = entry.copy()
    named["by_name"] = names[by]
    return named


def _named_event(event: Event, names: dict[str, str]) -> Event:
    name = names.get(event["actor"])
    return {**event, "actor_name": name} if name is not None else event


def read_call(*, session: Session, intake: Intake, principal: Principal, call_id: str) -> Record:
    call = session.get(CallRecord, call_id)
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    return render_call(call, events_of(session, [call.id])[call.id], principal, intake)


def read_timeline(
    *, session: Session, call_id: str, principal: Principal | None = None
) -> Timeline:
    """The timeline alone; masked unless the reader may see numbers."""
    call = session.get(CallRecord, call_id)
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    events = events_of(session, [call.id])[call.id]
    names = staff_names(session, {event.actor for event in events})
    timeline: Timeline = {
        "id": call.id,
        "timeline": [_named_event(render_event(event), names) for event in events],
    }
    if principal is not None and principal.sees_numbers:
        return timeline
    masked: Timeline = mask_deep(timeline)
    return masked


@dataclass(frozen=True, slots=True)
class CallSearch:
    """What a supervisor or auditor looks a call up by; every field narrows, none is needed."""

    status: str | None = None
    psap: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    escalated: bool | None = None
    number: str | None = None


def _instant(name: str, value: str) -> datetime:
    """An ISO 8601 time from a query; one without an offset is taken as UTC."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidBody(
            f"{name} must be an ISO 8601 time such as 2026-11-22T08:00:00+08:00, not {value!r}"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


Query = Select[CallRecord]
Narrowing = Callable[[Session, Query, CallSearch], Query]


def _by_status(
    session: Session, query: Select[CallRecord], search: CallSearch
) -> Select[CallRecord]:
    if not search.status:
        return query
    wanted = [s.strip() for s in search.status.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in STATUSES]
    if unknown:
        raise InvalidBody(f"unknown status {unknown[0]!r}; statuses are {', '.join(STATUSES)}")
    return query.where(CallRecord.status.in_(wanted))


def _by_centre(
    session: Session, query: Select[CallRecord], search: CallSearch
) -> Select[CallRecord]:
    return query.where(CallRecord.psap == search.psap.strip()) if search.psap else query


def _by_time(session: Session, query: Query, search: CallSearch) -> Query:
    if search.since:
        query = query.where(CallRecord.created_at >= _instant("since", search.since))
    if search.until:
        query = query.where(CallRecord.created_at < _instant("until", search.until))
    return query


def _by_number(
    session: Session, query: Select[CallRecord], search: CallSearch
) -> Select[CallRecord]:
    if not search.number:
        return query
    if not any(ch.isdigit() for ch in clean_number(search.number)[0]):
        raise InvalidBody("number must be a caller number, digits only")
    return query.where(caller_number_is(session, search.number))


def _by_actor(
    session: Session, query: Select[CallRecord], search: CallSearch
) -> Select[CallRecord]:
    """Whoever acted on the call at any point: the actor as the timeline names it, or its
    beginning (a role, or a staff id)."""
    actor = (search.actor or "").strip()
    if not actor:
        return query
    acted = select(TimelineEvent.call_id).where(
        or_(TimelineEvent.actor == actor, TimelineEvent.actor.startswith(actor, autoescape=True))
    )
    return query.where(CallRecord.id.in_(acted))


def _by_escalation(session: Session, query: Query, search: CallSearch) -> Query:
    if search.escalated is None:
        return query
    escalated = select(TimelineEvent.call_id).where(TimelineEvent.type == EventType.ESCALATED)
    condition = CallRecord.id.in_(escalated)
    return query.where(condition if search.escalated else ~condition)


NARROWINGS: tuple[Narrowing, ...] = (
    _by_status,
    _by_centre,
    _by_time,
    _by_number,
    _by_actor,
    _by_escalation,
)


def _searched(session: Session, query: Query, search: CallSearch) -> Query:
    for narrow in NARROWINGS:
        query = narrow(session, query, search)
    return query


def list_calls(
    *,
    session: Session,
    intake: Intake,
    principal: Principal,
    status: str | None,
    limit: int,
    search: CallSearch | None = None,
) -> list[Record | IndexLine]:
    """Newest first; `status` filters (several separated by commas), `search` narrows further.

    Only a role that sees whole numbers may look calls up by number. A role that reads
    timelines but not records (the auditor) gets each call's index line, not the record.
    """
    search = search or CallSearch()
    if status and not search.status:
        search = replace(search, status=status)
    if search.number and not principal.can(Permission.SEE_NUMBERS):
        raise Forbidden(
            f"the {principal.role} role may not search by caller number; "
            "this needs one of: auditor, supervisor"
        )
    limit = max(1, min(limit, 500))
    newest = select(CallRecord).order_by(CallRecord.created_at.desc())
    calls = list(session.scalars(_searched(session, newest.limit(limit), search)))
    if not principal.can(Permission.READ):
        return [_index_line(call, principal) for call in calls]
    if principal.can(Permission.ESCALATE):
        calls = _escalated_first(session, newest, calls, search, limit)
    chains = events_of(session, (c.id for c in calls))
    actors: set[str] = set()
    for c in calls:
        actors |= actors_of(c, chains[c.id])
    names = staff_names(session, actors)
    return [render_call(c, chains[c.id], principal, intake, names) for c in calls]


def _escalated_first(
    session: Session,
    newest: Query,
    calls: list[CallRecord],
    search: CallSearch,
    limit: int,
) -> list[CallRecord]:
    """Supervisors see the calls escalated to them and not yet taken over first, however
    old: an escalated call must not wait on a later page behind newer ones."""
    # Found by the timeline, which every store queries alike (a JSON column may hold null).
    escalations = select(TimelineEvent.call_id).where(TimelineEvent.type == EventType.ESCALATED)
    takeovers = select(TimelineEvent.call_id).where(TimelineEvent.type == EventType.TAKEN_OVER)
    escalated = newest.where(CallRecord.id.in_(escalations), CallRecord.id.not_in(takeovers)).limit(
        limit
    )
    waiting = [c for c in session.scalars(_searched(session, escalated, search)) if _waiting(c)]
    first = {c.id for c in waiting}
    return (waiting + [c for c in calls if c.id not in first])[:limit]


def _waiting(call: CallRecord) -> bool:
    """Escalated to a supervisor and not yet taken over."""
    return bool(call.escalation) and not (call.escalation or {}).get("taken_over_by")


def _index_line(call: CallRecord, principal: Principal) -> IndexLine:
    """What a call is, without what was said: enough to find it and open its timeline."""
    number = call.caller_number if principal.sees_numbers else mask_number(call.caller_number)
    return {
        "id": call.id,
        "status": call.status,
        "psap": call.psap,
        "original_psap": call.original_psap,
        "priority": call.priority,
        "caller": {"number": number},
        "escalated": call.escalation is not None,
        "received_at": call.received_at,
        "created_at": as_utc(call.created_at).isoformat(timespec="milliseconds"),
        "updated_at": as_utc(call.updated_at).isoformat(timespec="milliseconds"),
        "timeline_length": call.timeline_length,
    }


def calls_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(CallRecord.status, func.count()).group_by(CallRecord.status))
    return {status: int(count) for status, count in rows}
