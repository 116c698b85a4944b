"""Starting a call: a provisional record at once, whatever the body holds."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dispatch_intake.audit.rows import caller_number_is, new_call_key
from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.contract import stored_position
from dispatch_intake.calls.guarded import apply_location, assess_location, reassess, triage_ahead
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.records import read_call
from dispatch_intake.calls.schemas import CallStart, Warning_
from dispatch_intake.calls.writes import Record, commit_new_call, idempotent_record, key_hash
from dispatch_intake.components import Intake
from dispatch_intake.db import utcnow
from dispatch_intake.locations.service import LocationAssessment
from dispatch_intake.psaps.service import Psap
from dispatch_intake.timeline.service import GENESIS, append_event


def new_call_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """Everything about a new call that needs no store: worked out before the write."""

    request: CallStart
    psap: Psap
    texts: list[str]
    warnings: list[Warning_]
    assessment: LocationAssessment


def prepare_call(*, intake: Intake, request: CallStart) -> PreparedCall:
    """The answering centre and the resolved location of a new call. Resolution is the
    costliest step of a start and touches no table, so it runs outside the write gate."""
    warnings = list(request.warnings)
    psap = intake.psaps.get(request.psap) if request.psap else None
    if request.psap is None:
        warnings.append(
            {"field": "psap", "message": f"no psap given; answered by {intake.default_psap.id}"}
        )
    elif psap is None:
        warnings.append(
            {
                "field": "psap",
                "message": f"unknown psap; answered by {intake.default_psap.id} "
                f"(known: {', '.join(intake.psaps.ids)})",
            }
        )
    psap = psap or intake.default_psap
    texts = (
        [request.location_text] if request.location_text and request.location_text.strip() else []
    )
    assessment = assess_location(intake, psap, texts, stored_position(request.caller_position))
    if request.complaint_text:
        triage_ahead(intake, [request.complaint_text])
    return PreparedCall(request, psap, texts, warnings, assessment)


def start_call(
    *,
    session: Session,
    intake: Intake,
    principal: Principal,
    prepared: PreparedCall,
    idempotency_key: str | None,
    call_id: str | None = None,
) -> tuple[Record, bool]:
    """Create the provisional record (or find the one this key created); (record, created).

    `call_id` is chosen by the caller when a failed write may be tried again elsewhere (the
    local journal): a commit whose answer was lost then leaves one call, not two."""
    request, psap, texts, warnings = (
        prepared.request,
        prepared.psap,
        prepared.texts,
        prepared.warnings,
    )
    digest = key_hash(idempotency_key) if idempotency_key else None
    if digest is not None:
        existing = idempotent_record(session, intake, digest)
        if existing is not None:
            session.rollback()
            return read_call(
                session=session, intake=intake, principal=principal, call_id=existing
            ), False

    now = utcnow()
    earlier = _earlier_calls(session, request.caller_number)
    # Never added to the session: written by `commit_new_call`, one INSERT per table.
    call = CallRecord(
        id=call_id or new_call_id(),
        status="provisional",
        psap=psap.id,
        original_psap=psap.id,
        priority="unknown",
        caller_number=request.caller_number,
        related_calls=earlier,
        caller_position=stored_position(request.caller_position),
        complaint_texts=[request.complaint_text] if request.complaint_text else [],
        location_texts=texts,
        candidates=[],
        contradictions=[],
        confirmed=None,
        prompt={},
        recommended_action={},
        warnings=warnings,
        answers={},
        dispatches=[],
        transfer=None,
        escalation=None,
        notes=[],
        received_at=request.received_at,
        created_at=now,
        updated_at=now,
        timeline_length=0,
        timeline_head=GENESIS,
    )
    new_call_key(session, call.id)
    actor = principal.actor
    append_event(
        session,
        call,
        "created",
        actor,
        {
            "psap": psap.id,
            "caller_number": request.caller_number,
            "caller_position": stored_position(request.caller_position),
            "complaint_text": request.complaint_text or None,
            "received_at": request.received_at,
            "warnings": warnings,
        },
    )
    if earlier:
        append_event(session, call, "repeat_caller", actor, {"earlier_calls": earlier})
    for text in texts:
        append_event(session, call, "location_said", actor, {"text": text})
    apply_location(session, call, prepared.assessment, actor)
    reassess(session, intake, call, actor)
    try:
        # A new call's timeline is exactly what this transaction appended: not read back.
        record = commit_new_call(session, intake, principal, call, key_hash=digest)
    except IntegrityError:
        # A concurrent retry with the same key won the race: answer with its record.
        session.rollback()
        if digest is None:
            raise
        winner = idempotent_record(session, intake, digest)
        if winner is None:
            raise
        session.rollback()
        return read_call(session=session, intake=intake, principal=principal, call_id=winner), False
    intake.metrics.calls_started.inc()
    return record, True


RELATED_CALLS_SHOWN = 5


def _earlier_calls(session: Session, number: str | None) -> list[str]:
    """Ids of the newest earlier calls from this number."""
    if not number:
        return []
    # Ids only, past the ORM: nothing to load or open.
    rows = session.connection().execute(
        select(CallRecord.id)
        .where(caller_number_is(session, number))
        .order_by(CallRecord.created_at.desc())
        .limit(RELATED_CALLS_SHOWN)
    )
    return [call_id for (call_id,) in rows]
