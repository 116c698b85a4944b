"""What is done with a call: dispatched, transferred, escalated, taken over, closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls.contract import AlertBody, DispatchBody, ReasonBody, TransferBody
from dispatch_intake.calls.guarded import psap_of, reassess, relocate, station_for
from dispatch_intake.calls.models import CallRecord
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
from dispatch_intake.psaps.service import Psap
from dispatch_intake.shapes import Candidate, Dispatch, Escalation
from dispatch_intake.states import CallStatus, EventType
from dispatch_intake.timeline.service import append_event

# A dispatched call has left the seat that could send it elsewhere.
TRANSFERABLE = (CallStatus.PROVISIONAL, CallStatus.LOCATION_CONFIRMED, CallStatus.TRANSFERRED)
# Recommendations that say where to send a crew.
SENDING = frozenset({"dispatch_now", "dispatch"})


def dispatch_unit(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: DispatchBody
) -> Record:
    unit = given.unit
    call = locked_call(session, call_id)
    psap = psap_of(intake, call)
    require_at(principal, Permission.DISPATCH, psap)
    require_state(call, OPEN_STATES, "dispatch")
    place, point = dispatch_target(call)
    station = station_for(psap, point, place.get("precision") if place else None)
    entry: Dispatch = {
        "unit": unit or (station["name"] if station else None),
        "recommended_station": station,
        "place_id": place["place_id"] if place else None,
        "at": utcnow().isoformat(timespec="milliseconds"),
        "by": principal.actor,
    }
    call.dispatches = [*call.dispatches, entry]
    keep_warnings(call, given.warnings)
    call.status = CallStatus.DISPATCHED
    append_event(session, call, EventType.DISPATCHED, principal.actor, entry)
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, EventType.DISPATCHED)


def dispatch_target(call: CallRecord) -> tuple[Candidate | None, tuple[float, float] | None]:
    """Where a crew sent now goes: the confirmed place; else where the recommendation to send
    says (a critical caller whose words disagree is sent to the likeliest place in this
    centre's area, or to the phone's position, never to the other city ranked first); else
    the best candidate, or the phone's position."""
    if call.confirmed:
        return call.confirmed, (call.confirmed["lat"], call.confirmed["lon"])
    action = call.recommended_action or {}
    if action.get("kind") in SENDING:
        chosen = next((c for c in call.candidates if c["place_id"] == action.get("place_id")), None)
        if chosen is not None:
            return chosen, (chosen["lat"], chosen["lon"])
        position = action.get("position")
        if action.get("place_id") is None and position:
            return None, (position["lat"], position["lon"])
    place = call.candidates[0] if call.candidates else None
    if place is not None:
        return place, (place["lat"], place["lon"])
    if call.caller_position:
        return None, (call.caller_position["lat"], call.caller_position["lon"])
    return None, None


def transfer_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: TransferBody
) -> Record:
    to_psap, reason = given.to_psap, given.reason
    call = locked_call(session, call_id)
    require_at(principal, Permission.DISPATCH, psap_of(intake, call))
    if call.status != CallStatus.DISPATCHED:
        require_state(call, TRANSFERABLE, "transfer")
    if to_psap is None:
        to_psap = call.recommended_action.get("to_psap")
    target = _centre(intake, to_psap)
    if target.id == call.psap:
        raise StateConflict(f"the call is already answered by {target.id}")
    if call.status == CallStatus.DISPATCHED and not _confirmed_in_area_of(intake, call, target):
        # A crew is on its way: only the centre whose area holds the confirmed place takes
        # the call over from here.
        require_state(call, TRANSFERABLE, "transfer")
    previous = call.psap
    call.psap = target.id
    call.status = CallStatus.TRANSFERRED
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
        EventType.TRANSFERRED,
        actor,
        {
            "from_psap": previous,
            "to_psap": target.id,
            "reason": reason or None,
        },
    )
    # The receiving centre sees the candidates, and the place confirmed, measured against its
    # own area.
    relocate(session, intake, call, actor, target)
    if call.confirmed is not None:
        adcode = (call.confirmed.get("admin") or {}).get("adcode")
        call.confirmed = {**call.confirmed, "in_jurisdiction": target.covers(adcode)}
    reassess(session, intake, call, actor)
    return finish(session, intake, principal, call, EventType.TRANSFERRED)


def _centre(intake: Intake, psap_id: str | None) -> Psap:
    target = intake.psaps.get(psap_id) if psap_id else None
    if target is None:
        raise InvalidBody(
            f"send to_psap, one of: {', '.join(intake.psaps.ids)}"
            + (f" (got {psap_id!r})" if psap_id else "")
        )
    return target


def _confirmed_in_area_of(intake: Intake, call: CallRecord, target: Psap) -> bool:
    """The place the caller confirmed lies outside the call's centre, in `target`'s area."""
    place = call.confirmed
    if place is None or place.get("in_jurisdiction"):
        return False
    covering = intake.psaps.covering((place.get("admin") or {}).get("adcode"))
    return covering is not None and covering.id == target.id


def alert_centre(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: AlertBody
) -> Record:
    """The call-taker told another centre of the place it may concern (the parallel alert):
    the timeline records who told which centre of what, and the recommendation stops asking
    for it."""
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "alert another centre")
    recommended: dict[str, Any] = dict(call.recommended_action.get("parallel_alert") or {})
    target = _centre(intake, given.to_psap or recommended.get("to_psap"))
    if target.id == call.psap:
        raise StateConflict(f"the call is already answered by {target.id}")
    place_id = given.place_id
    if place_id is None and recommended.get("to_psap") == target.id:
        place_id = recommended.get("place_id")
    place = next((c for c in call.candidates if c["place_id"] == place_id), None)
    if place is None and call.confirmed and call.confirmed["place_id"] == place_id:
        place = call.confirmed
    label = place["label"] if place is not None else None
    if label is None and recommended.get("place_id") == place_id:
        label = recommended.get("label")
    append_event(
        session,
        call,
        EventType.PARALLEL_ALERTED,
        principal.actor,
        {
            "to_psap": target.id,
            "place_id": place_id,
            "label": label,
            "reason": given.reason or None,
        },
    )
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, EventType.PARALLEL_ALERTED)


def escalate_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonBody
) -> Record:
    """Hand the call to a supervisor's attention; it goes on where it is."""

    def escalated(earlier: Escalation | None, at: str) -> tuple[Escalation, dict[str, Any]]:
        mark: Escalation = {"reason": given.reason, "at": at, "by": principal.actor}
        return mark, {"reason": given.reason or None}

    return _mark_escalation(
        session, intake, principal, call_id, EventType.ESCALATED, "escalate", escalated
    )


def take_over_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonBody
) -> Record:
    """A supervisor takes the call over: the call goes on, with them at the seat."""

    def taken_over(earlier: Escalation | None, at: str) -> tuple[Escalation, dict[str, Any]]:
        kept = earlier or {"reason": None, "at": None, "by": None}
        mark: Escalation = {**kept, "taken_over_by": principal.actor, "taken_over_at": at}
        return mark, {"escalated": bool(kept.get("at")), "reason": given.reason or None}

    return _mark_escalation(
        session, intake, principal, call_id, EventType.TAKEN_OVER, "take over", taken_over
    )


def _mark_escalation(
    session: Session,
    intake: Intake,
    principal: Principal,
    call_id: str,
    event: EventType,
    verb: str,
    mark: Callable[[Escalation | None, str], tuple[Escalation, dict[str, Any]]],
) -> Record:
    """Escalating and taking over: neither ends the call or changes its status; each leaves
    its mark on the call's `escalation` and its event on the timeline."""
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, verb)
    now = utcnow()
    call.escalation, data = mark(call.escalation, now.isoformat(timespec="milliseconds"))
    append_event(session, call, event, principal.actor, data)
    call.updated_at = now
    return finish(session, intake, principal, call, event)


def close_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonBody
) -> Record:
    reason = given.reason
    call = locked_call(session, call_id)
    require_at(principal, Permission.CLOSE, psap_of(intake, call))
    require_state(call, OPEN_STATES, "close")
    call.status = CallStatus.CLOSED
    append_event(session, call, EventType.CLOSED, principal.actor, {"reason": reason or None})
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, EventType.CLOSED)
