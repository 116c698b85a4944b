"""What is done with a call: dispatched, transferred, escalated, taken over, closed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls.contract import DispatchBody, ReasonBody, TransferBody
from dispatch_intake.calls.guarded import psap_of, reassess, relocate, station_for
from dispatch_intake.calls.seats import require_at
from dispatch_intake.calls.writes import (
    OPEN_STATES,
    Record,
    finish,
    keep_warnings,
    locked_call,
    require_state,
)
from dispatch_intake.components import Intake
from dispatch_intake.db import utcnow
from dispatch_intake.errors import InvalidBody, StateConflict
from dispatch_intake.timeline.service import append_event


def dispatch_unit(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: DispatchBody
) -> Record:
    unit = given.unit
    call = locked_call(session, call_id)
    psap = psap_of(intake, call)
    require_at(principal, Permission.DISPATCH, psap)
    require_state(call, OPEN_STATES, "dispatch")
    place = call.confirmed or (call.candidates[0] if call.candidates else None)
    point = (place["lat"], place["lon"]) if place else None
    if point is None and call.caller_position:
        point = (call.caller_position["lat"], call.caller_position["lon"])
    station = station_for(psap, point)
    entry = {
        "unit": unit or (station["name"] if station else None),
        "recommended_station": station,
        "place_id": place["place_id"] if place else None,
        "at": utcnow().isoformat(timespec="milliseconds"),
        "by": principal.actor,
    }
    call.dispatches = [*call.dispatches, entry]
    keep_warnings(call, given.warnings)
    call.status = "dispatched"
    append_event(session, call, "dispatched", principal.actor, entry)
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, "dispatched")


def transfer_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: TransferBody
) -> Record:
    to_psap, reason = given.to_psap, given.reason
    call = locked_call(session, call_id)
    require_at(principal, Permission.DISPATCH, psap_of(intake, call))
    require_state(call, ("provisional", "location_confirmed", "transferred"), "transfer")
    if to_psap is None:
        to_psap = call.recommended_action.get("to_psap")
    target = intake.psaps.get(to_psap) if to_psap else None
    if target is None:
        raise InvalidBody(
            f"send to_psap, one of: {', '.join(intake.psaps.ids)}"
            + (f" (got {to_psap!r})" if to_psap else "")
        )
    if target.id == call.psap:
        raise StateConflict(f"the call is already answered by {target.id}")
    previous = call.psap
    call.psap = target.id
    call.status = "transferred"
    call.transfer = {
        "from_psap": previous,
        "to_psap": target.id,
        "reason": reason,
        "at": utcnow().isoformat(timespec="milliseconds"),
        "by": principal.actor,
    }
    actor = principal.actor
    append_event(
        session,
        call,
        "transferred",
        actor,
        {
            "from_psap": previous,
            "to_psap": target.id,
            "reason": reason or None,
        },
    )
    # The receiving centre sees the candidates measured against its own area.
    relocate(session, intake, call, actor, target)
    reassess(session, intake, call, actor)
    return finish(session, intake, principal, call, "transferred")


def escalate_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonBody
) -> Record:
    reason = given.reason
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "escalate")
    call.escalation = {
        "reason": reason,
        "at": utcnow().isoformat(timespec="milliseconds"),
        "by": principal.actor,
    }
    append_event(
        session,
        call,
        "escalated",
        principal.actor,
        {"reason": reason or None},
    )
    call.updated_at = utcnow()
    return finish(session, intake, principal, call, "escalated")


def take_over_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonBody
) -> Record:
    """A supervisor takes the call over: the call goes on, with them at the seat."""
    reason = given.reason
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "take over")
    at = utcnow().isoformat(timespec="milliseconds")
    call.escalation = {
        **(call.escalation or {"reason": None, "at": None, "by": None}),
        "taken_over_by": principal.actor,
        "taken_over_at": at,
    }
    append_event(
        session,
        call,
        "taken_over",
        principal.actor,
        {
            "escalated": bool(call.escalation.get("at")),
            "reason": reason or None,
        },
    )
    call.updated_at = utcnow()
    return finish(session, intake, principal, call, "taken_over")


def close_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonBody
) -> Record:
    reason = given.reason
    call = locked_call(session, call_id)
    require_at(principal, Permission.CLOSE, psap_of(intake, call))
    require_state(call, OPEN_STATES, "close")
    call.status = "closed"
    append_event(
        session,
        call,
        "closed",
        principal.actor,
        {"reason": reason or None},
    )
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, "closed")
