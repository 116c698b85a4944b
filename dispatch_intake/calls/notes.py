"""What the call-taker writes down during a call: notes, and answers to the case-entry
questions (which may change the priority, the complaint or the location)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dispatch_intake.auth.masking import clip_text
from dispatch_intake.auth.service import Principal
from dispatch_intake.calls.contract import AnswerBody, NoteBody
from dispatch_intake.calls.guarded import reassess, relocate
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.schemas import make_warning
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
from dispatch_intake.errors import InvalidBody
from dispatch_intake.questions.service import RecordedAnswer
from dispatch_intake.shapes import Note, ScriptAnswer
from dispatch_intake.timeline.service import append_event


def add_note(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: NoteBody
) -> Record:
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "add a note")
    keep_warnings(call, given.warnings)
    note: Note = {
        "text": given.text,
        "at": utcnow().isoformat(timespec="milliseconds"),
        "by": principal.actor,
    }
    call.notes = [*call.notes, note]
    append_event(session, call, "note", principal.actor, {"text": note["text"]})
    # What a note says of the patient may raise the priority (`assessment.triage_call`).
    reassess(session, intake, call, principal.actor)
    call.updated_at = utcnow()
    return finish(session, intake, principal, call, "note")


def record_answer(
    *, session: Session, intake: Intake, principal: Principal, call_id: str, given: AnswerBody
) -> Record:
    question_id, answer = given.question, given.answer
    question = intake.script.get(question_id)
    if question is None:
        raise InvalidBody(
            f"unknown question {clip_text(question_id, 40)!r}; "
            f"the script asks: {', '.join(intake.script.ids)}"
        )
    call = locked_call(session, call_id)
    require_state(call, OPEN_STATES, "record an answer")
    keep_warnings(call, given.warnings)
    recorded = intake.script.record(question, answer)
    actor = principal.actor
    if recorded.problem is not None:
        return _unanswered(session, intake, principal, call, recorded)
    entry: ScriptAnswer = {
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
        relocate(session, intake, call, actor)
    reassess(session, intake, call, actor)
    return finish(session, intake, principal, call, "answer")


def _unanswered(
    session: Session,
    intake: Intake,
    principal: Principal,
    call: CallRecord,
    recorded: RecordedAnswer,
) -> Record:
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
    return finish(session, intake, principal, call, "answer")
