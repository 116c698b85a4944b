"""Call records: starting one, and every follow-up action on it."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dispatch_intake.auth.masking import clip_text
from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls.guarded import (
    apply_location,
    assess_location,
    psap_of,
    reassess,
    station_for,
)
from dispatch_intake.calls.inputs import (
    AnswerInput,
    ConfirmInput,
    DispatchInput,
    LocationInput,
    NoteInput,
    ReasonInput,
    TransferInput,
    Warnings,
)
from dispatch_intake.calls.models import CallRecord, IdempotencyKey
from dispatch_intake.calls.records import read_call, render_call
from dispatch_intake.calls.schemas import CallStart, make_warning
from dispatch_intake.calls.seats import require_at
from dispatch_intake.components import Intake
from dispatch_intake.db import as_utc, utcnow
from dispatch_intake.errors import InvalidBody, NotFound, StateConflict
from dispatch_intake.locations.service import (
    LocationAssessment,
    place_to_dict,
    position_of,
    read_back_prompt,
)
from dispatch_intake.psaps.service import Psap
from dispatch_intake.questions.service import RecordedAnswer
from dispatch_intake.states import CallStatus
from dispatch_intake.timeline.service import GENESIS, append_event, events_of, unwritten_events

Record = dict[str, Any]
# A transferred call stays open: the receiving centre carries on with the same record.
OPEN_STATES = CallStatus.open()


def new_call_id() -> str:
    return uuid.uuid4().hex


def key_hash(key: str) -> str:
    """The stored form of an Idempotency-Key: the whole key hashed, however long."""
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


_key_hash = key_hash


# ---------------------------------------------------------------------------------------------
# Start


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """Everything about a new call that needs no store: worked out before the write."""

    request: CallStart
    psap: Psap
    texts: list[str]
    warnings: list[dict[str, str]]
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
    assessment = assess_location(intake, psap, texts, request.caller_position)
    return PreparedCall(request, psap, texts, warnings, assessment)


def start_call(
    *,
    session: Session,
    intake: Intake,
    principal: Principal,
    prepared: PreparedCall,
    idempotency_key: str | None,
    call_id: str | None = None,
) -> tuple[dict[str, Any], bool]:
    """Create the provisional record (or find the one this key created); (record, created).

    `call_id` is chosen by the caller when a failed write may be tried again elsewhere (the
    local journal): a commit whose answer was lost then leaves one call, not two."""
    request, psap, texts, warnings = (
        prepared.request,
        prepared.psap,
        prepared.texts,
        prepared.warnings,
    )
    key_hash = _key_hash(idempotency_key) if idempotency_key else None
    if key_hash is not None:
        existing = _idempotent_record(session, intake, key_hash)
        if existing is not None:
            session.rollback()
            return read_call(
                session=session, intake=intake, principal=principal, call_id=existing
            ), False

    now = utcnow()
    earlier = _earlier_calls(session, request.caller_number)
    call = CallRecord(
        id=call_id or new_call_id(),
        status="provisional",
        psap=psap.id,
        original_psap=psap.id,
        priority="unknown",
        caller_number=request.caller_number,
        related_calls=earlier,
        caller_position=request.caller_position,
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
    session.add(call)
    actor = principal.actor
    append_event(
        session,
        call,
        "created",
        actor,
        {
            "psap": psap.id,
            "caller_number": request.caller_number,
            "caller_position": request.caller_position,
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
    if key_hash is not None:
        session.add(IdempotencyKey(key_hash=key_hash, call_id=call.id, created_at=now))
    # A new call's timeline is exactly what this transaction appended: no need to read it back.
    events = unwritten_events(session, call.id)
    try:
        session.flush()
        intake.broker.announce(session, call.id, "created")
        session.commit()
    except IntegrityError:
        # A concurrent retry with the same key won the race: answer with its record.
        session.rollback()
        if key_hash is None:
            raise
        winner = _idempotent_record(session, intake, key_hash)
        if winner is None:
            raise
        session.rollback()
        return read_call(session=session, intake=intake, principal=principal, call_id=winner), False
    intake.broker.deliver({"call_id": call.id, "change": "created"})
    intake.metrics.calls_started.inc()
    return render_call(call, events, principal, intake), True


RELATED_CALLS_SHOWN = 5


def _earlier_calls(session: Session, number: str | None) -> list[str]:
    """Ids of the newest earlier calls from this number."""
    if not number:
        return []
    rows = session.scalars(
        select(CallRecord.id)
        .where(CallRecord.caller_number == number)
        .order_by(CallRecord.created_at.desc())
        .limit(RELATED_CALLS_SHOWN)
    )
    return list(rows)


def _idempotent_record(session: Session, intake: Intake, key_hash: str) -> str | None:
    """The record a fresh key points at; an expired key is forgotten so it can be reused."""
    row = session.get(IdempotencyKey, key_hash)
    if row is None:
        return None
    ttl = timedelta(hours=intake.settings.idempotency_ttl_hours)
    if as_utc(row.created_at) + ttl < utcnow():
        session.execute(delete(IdempotencyKey).where(IdempotencyKey.key_hash == key_hash))
        session.flush()
        return None
    return row.call_id


# ---------------------------------------------------------------------------------------------
# Follow-ups


def _locked_call(session: Session, call_id: str) -> CallRecord:
    call = session.scalars(
        select(CallRecord).where(CallRecord.id == call_id).with_for_update()
    ).one_or_none()
    if call is None:
        raise NotFound(f"no call record with id {call_id!r}")
    return call


def _require_state(call: CallRecord, allowed: tuple[str, ...], action: str) -> None:
    if call.status not in allowed:
        raise StateConflict(
            f"cannot {action}: the call is {call.status} (possible when {' or '.join(allowed)})"
        )


def _keep_warnings(call: CallRecord, warnings: Warnings) -> None:
    if warnings:
        call.warnings = [*call.warnings, *warnings]


def _finish(
    session: Session, intake: Intake, principal: Principal, call: CallRecord, change: str
) -> dict[str, Any]:
    # Read the timeline inside the writing transaction: no second transaction per request.
    events = events_of(session, [call.id])[call.id]
    intake.broker.announce(session, call.id, change)
    session.commit()
    intake.broker.deliver({"call_id": call.id, "change": change})
    return render_call(call, events, principal, intake)


def add_location(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: LocationInput
) -> Record:
    call = _locked_call(session, call_id)
    _require_state(call, OPEN_STATES, "add location")
    actor = principal.actor
    _keep_warnings(call, given.warnings)
    if given.text is not None:
        call.location_texts = [*call.location_texts, given.text]
        append_event(session, call, "location_said", actor, {"text": given.text})
    if given.position is not None:
        call.caller_position = given.position
        append_event(session, call, "position_updated", actor, {"caller_position": given.position})
    psap = psap_of(intake, call)
    assessment = assess_location(intake, psap, call.location_texts, call.caller_position)
    apply_location(session, call, assessment, actor)
    reassess(session, intake, call, actor)
    return _finish(session, intake, principal, call, "location")


def confirm_location(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ConfirmInput
) -> Record:
    option, place_id = given.option, given.place_id
    call = _locked_call(session, call_id)
    _require_state(call, OPEN_STATES, "confirm a location")
    psap = psap_of(intake, call)
    if option is not None:
        offered = {o["key"]: o["place_id"] for o in call.prompt.get("options", [])}
        if option not in offered:
            keys = ", ".join(offered) or "none"
            shown = clip_text(option, 20)
            raise StateConflict(f"the record offers no option {shown!r} (offered: {keys})")
        place_id = offered[option]
    assert isinstance(place_id, str)
    place = next((c for c in call.candidates if c["place_id"] == place_id), None)
    if place is None:
        found = intake.gazetteer.get(place_id)
        if found is None:
            raise StateConflict(f"no place {clip_text(place_id, 80)!r} in the gazetteer to confirm")
        place = place_to_dict(
            found,
            gazetteer=intake.gazetteer,
            psap=psap,
            psaps=intake.psaps,
            prompts=intake.prompts,
            position=position_of(call.caller_position),
        )
    now = utcnow()
    call.confirmed = place
    if call.status in ("provisional", "transferred"):
        call.status = "location_confirmed"
    first_confirmation = call.confirmed_at is None
    call.confirmed_at = now
    append_event(
        session,
        call,
        "confirmed",
        principal.actor,
        {"place_id": place["place_id"], "label": place.get("label"), "option": option},
    )
    # Until the caller says more, the sentence to read is the read-back of the place.
    call.prompt = read_back_prompt(place, intake.prompts)
    append_event(session, call, "prompt_shown", principal.actor, call.prompt)
    reassess(session, intake, call, principal.actor)
    record = _finish(session, intake, principal, call, "confirmed")
    if first_confirmation:
        elapsed = (now - as_utc(call.created_at)).total_seconds()
        intake.metrics.time_to_confirmed.observe(max(elapsed, 0.0))
    return record


def dispatch_unit(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: DispatchInput
) -> Record:
    unit = given.unit
    call = _locked_call(session, call_id)
    psap = psap_of(intake, call)
    require_at(principal, Permission.DISPATCH, psap)
    _require_state(call, OPEN_STATES, "dispatch")
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
    _keep_warnings(call, given.warnings)
    call.status = "dispatched"
    append_event(session, call, "dispatched", principal.actor, entry)
    reassess(session, intake, call, principal.actor)
    return _finish(session, intake, principal, call, "dispatched")


def transfer_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: TransferInput
) -> Record:
    to_psap, reason = given.to_psap, given.reason
    call = _locked_call(session, call_id)
    require_at(principal, Permission.DISPATCH, psap_of(intake, call))
    _require_state(call, ("provisional", "location_confirmed", "transferred"), "transfer")
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
    assessment = assess_location(intake, target, call.location_texts, call.caller_position)
    apply_location(session, call, assessment, actor)
    reassess(session, intake, call, actor)
    return _finish(session, intake, principal, call, "transferred")


def escalate_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonInput
) -> Record:
    reason = given.reason
    call = _locked_call(session, call_id)
    _require_state(call, OPEN_STATES, "escalate")
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
    return _finish(session, intake, principal, call, "escalated")


def take_over_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonInput
) -> Record:
    """A supervisor takes the call over: the call goes on, with them at the seat."""
    reason = given.reason
    call = _locked_call(session, call_id)
    _require_state(call, OPEN_STATES, "take over")
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
    return _finish(session, intake, principal, call, "taken_over")


def close_call(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: ReasonInput
) -> Record:
    reason = given.reason
    call = _locked_call(session, call_id)
    require_at(principal, Permission.CLOSE, psap_of(intake, call))
    _require_state(call, OPEN_STATES, "close")
    call.status = "closed"
    append_event(
        session,
        call,
        "closed",
        principal.actor,
        {"reason": reason or None},
    )
    reassess(session, intake, call, principal.actor)
    return _finish(session, intake, principal, call, "closed")


def add_note(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: NoteInput
) -> Record:
    text, clipped = given.text, given.clipped
    call = _locked_call(session, call_id)
    _require_state(call, OPEN_STATES, "add a note")
    note = {
        "text": text,
        "at": utcnow().isoformat(timespec="milliseconds"),
        "by": principal.actor,
    }
    if clipped:
        call.warnings = [*call.warnings, {"field": "text", "message": "note clipped"}]
    call.notes = [*call.notes, note]
    append_event(session, call, "note", principal.actor, {"text": note["text"]})
    call.updated_at = utcnow()
    return _finish(session, intake, principal, call, "note")


def record_answer(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: AnswerInput
) -> Record:
    question_id, answer = given.question, given.answer
    question = intake.script.get(question_id)
    if question is None:
        raise InvalidBody(
            f"unknown question {clip_text(question_id, 40)!r}; "
            f"the script asks: {', '.join(intake.script.ids)}"
        )
    call = _locked_call(session, call_id)
    _require_state(call, OPEN_STATES, "record an answer")
    recorded = intake.script.record(question, answer)
    actor = principal.actor
    if recorded.problem is not None:
        return _unanswered(session, intake, principal, call, recorded)
    entry: dict[str, Any] = {
        "text": recorded.text,
        "option": recorded.option.id if recorded.option else None,
        "label": recorded.option.label if recorded.option else None,
        "priority": recorded.option.priority if recorded.option else None,
        "dispatch_now": bool(recorded.option and recorded.option.dispatch_now),
        "at": utcnow().isoformat(timespec="milliseconds"),
    }
    if recorded.age is not None:
        entry["age"] = recorded.age
    call.answers = {**call.answers, question.id: entry}
    append_event(
        session,
        call,
        "answer",
        actor,
        {"question": question.id, "answer": recorded.text, "option": entry["option"]},
    )
    if recorded.callback_number and call.caller_number is None:
        call.caller_number = recorded.callback_number
    if question.kind == "complaint":
        call.complaint_texts = [*call.complaint_texts, answer]
    if question.kind == "location":
        call.location_texts = [*call.location_texts, answer]
        psap = psap_of(intake, call)
        assessment = assess_location(intake, psap, call.location_texts, call.caller_position)
        apply_location(session, call, assessment, actor)
    reassess(session, intake, call, actor)
    return _finish(session, intake, principal, call, "answer")


def _unanswered(
    session: Session,
    intake: Intake,
    principal: Principal,
    call: CallRecord,
    recorded: RecordedAnswer,
) -> dict[str, Any]:
    """An answer that does not answer its question: on the timeline and as a warning, and the
    question stays to be asked again."""
    assert recorded.problem is not None
    append_event(
        session,
        call,
        "answer",
        principal.actor,
        {"question": recorded.question, "answer": recorded.text, "accepted": False},
    )
    call.warnings = [*call.warnings, make_warning(f"answers.{recorded.question}", recorded.problem)]
    call.updated_at = utcnow()
    return _finish(session, intake, principal, call, "answer")


# ---------------------------------------------------------------------------------------------
# Follow-ups, once per Idempotency-Key


def action_key_hash(key: str, *, call_id: str, action: str) -> str:
    """A follow-up's key is remembered per call and action: one key reused elsewhere acts."""
    return key_hash(f"{action}\n{call_id}\n{key}")


def act_once(
    *,
    session: Session,
    intake: Intake,
    principal: Principal,
    call_id: str,
    action: str,
    key: str | None,
    act: Callable[[Session], Record],
) -> tuple[Record, bool]:
    """(record, acted): the follow-up `act`, unless this key already made it on this call; a
    retry then answers the record as it stands, without acting twice. The key is stored in
    the action's own transaction, after the call's row is locked (concurrent retries queue)."""
    if key is None:
        return act(session), True
    digest = action_key_hash(key, call_id=call_id, action=action)
    _locked_call(session, call_id)
    if _idempotent_record(session, intake, digest) is not None:
        record = read_call(session=session, intake=intake, principal=principal, call_id=call_id)
        session.rollback()
        return record, False
    session.add(IdempotencyKey(key_hash=digest, call_id=call_id, created_at=utcnow()))
    return act(session), True
