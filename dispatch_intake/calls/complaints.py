"""What is said about the patient after the start, and a priority a person sets by hand."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.assessment import reassess
from dispatch_intake.calls.contract import ComplaintBody, PriorityBody
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
from dispatch_intake.shapes import ManualPriority, Triage
from dispatch_intake.timeline.service import append_event


def add_complaint(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ComplaintBody
) -> Record:
    """Add what the caller says about the patient; triage reads the whole complaint again."""
    text = given.text
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "add to the complaint")
    keep_warnings(call, given.warnings)
    call.complaint_texts = [*call.complaint_texts, text]
    append_event(session, call, "complaint_said", principal.actor, {"text": text})
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, "complaint")


def set_priority(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: PriorityBody
) -> Record:
    """A priority set by the call-taker: kept over automatic triage from now on, and audited
    (`priority_set`, with the reason and the priority triage had found)."""
    priority, reason = given.priority, given.reason
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "set the priority")
    keep_warnings(call, given.warnings)
    triage: Triage = {**call.triage} if call.triage else {}
    manual: ManualPriority = {
        "priority": priority,
        "reason": reason,
        "by": principal.actor,
        "at": utcnow().isoformat(timespec="milliseconds"),
    }
    call.triage = {**triage, "manual": manual}
    append_event(
        session,
        call,
        "priority_set",
        principal.actor,
        {
            "from": call.priority,
            "to": priority,
            "automatic": triage.get("priority"),
            "reason": reason or None,
        },
    )
    reassess(session, intake, call, principal.actor)
    return finish(session, intake, principal, call, "priority")
