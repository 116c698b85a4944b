"""HTTP routes of call records: parse, call one service function, return."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.audit import audit_full_reads
from dispatch_intake.auth.service import Permission
from dispatch_intake.calls import complaints, contract, records, schemas, service
from dispatch_intake.deps import (
    IntakeDep,
    JsonBodyDep,
    OptionalJsonBodyDep,
    PrincipalDep,
    ReaderDep,
    WriterDep,
    WriteSessionDep,
)

router = APIRouter(prefix="/v1/calls", tags=["calls"])
Record = dict[str, Any]


class RecordResponse(JSONResponse):
    """Records are plain JSON already: sent as they are, without a second pass of encoding."""


def _body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """Document a body that the route reads by hand (so that no field can cause a refusal)."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    definitions = schema.pop("$defs", {})
    return {
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
        "x-schema-definitions": definitions,
    }


@router.post(
    "",
    status_code=201,
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.CallStartDoc),
)
async def start_call(
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> RecordResponse:
    """Start intake: always a stored provisional record; bad fields become warnings."""
    principal.require(Permission.START)
    request = schemas.read_call_start(body, max_text_chars=intake.settings.max_text_chars)
    prepared = await run_in_threadpool(service.prepare_call, intake=intake, request=request)
    key = idempotency_key[:512] if idempotency_key else None
    record, created = await writer.run(
        lambda session: service.start_call(
            session=session,
            intake=intake,
            principal=principal,
            prepared=prepared,
            idempotency_key=key,
        )
    )
    headers = {"Location": f"/v1/calls/{record['id']}"}
    if not created:
        headers["Idempotent-Replay"] = "true"
    return RecordResponse(record, status_code=201, headers=headers)


@router.get("", response_model=list[contract.CallRecord])
async def list_calls(
    principal: PrincipalDep,
    reader: ReaderDep,
    writer: WriterDep,
    intake: IntakeDep,
    status: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    psap: Annotated[str | None, Query(description="answering centre id")] = None,
    since: Annotated[str | None, Query(description="created at or after (ISO 8601)")] = None,
    until: Annotated[str | None, Query(description="created before (ISO 8601)")] = None,
    actor: Annotated[str | None, Query(description="timeline actor, or its beginning")] = None,
    escalated: Annotated[bool | None, Query(description="escalated calls only (or none)")] = None,
    number: Annotated[str | None, Query(description="caller number (supervisor, auditor)")] = None,
) -> RecordResponse:
    """The console's queue and the call search, newest first; `status` may list several."""
    if not principal.can(Permission.READ):
        principal.require(Permission.READ_TIMELINE)
    search = records.CallSearch(
        status=status,
        psap=psap,
        since=since,
        until=until,
        actor=actor,
        escalated=escalated,
        number=number,
    )
    listed = await reader.run(
        lambda session: records.list_calls(
            session=session,
            intake=intake,
            principal=principal,
            status=status,
            limit=limit,
            search=search,
        )
    )
    await audit_full_reads(writer, principal, listed, via="list")
    return RecordResponse(listed)


@router.get("/{call_id}", response_model=contract.CallRecord)
async def read_call(
    call_id: str, principal: PrincipalDep, reader: ReaderDep, writer: WriterDep, intake: IntakeDep
) -> RecordResponse:
    principal.require(Permission.READ)
    record = await reader.run(
        lambda session: records.read_call(
            session=session, intake=intake, principal=principal, call_id=call_id
        )
    )
    await audit_full_reads(writer, principal, [record], via="record")
    return RecordResponse(record)


@router.get("/{call_id}/timeline", response_model=contract.Timeline)
async def read_timeline(
    call_id: str, principal: PrincipalDep, reader: ReaderDep, writer: WriterDep
) -> RecordResponse:
    """The hash-chained events of one call (the auditor's view)."""
    principal.require(Permission.READ_TIMELINE)
    timeline = await reader.run(
        lambda session: records.read_timeline(session=session, call_id=call_id, principal=principal)
    )
    await audit_full_reads(writer, principal, [timeline], via="timeline")
    return RecordResponse(timeline)


@router.post(
    "/{call_id}/location",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.LocationDoc),
)
def add_location(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    principal.require(Permission.START)
    return RecordResponse(
        service.add_location(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/confirm",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ConfirmDoc),
)
def confirm_location(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    principal.require(Permission.START)
    return RecordResponse(
        service.confirm_location(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/dispatch",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.DispatchDoc),
)
def dispatch_unit(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    # Dispatcher and up; a call_taker too where the call's centre is one seat (checked there).
    principal.require(Permission.START)
    return RecordResponse(
        service.dispatch_unit(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/transfer",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.TransferDoc),
)
def transfer_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    principal.require(Permission.START)  # and the call's centre: see dispatch_unit
    return RecordResponse(
        service.transfer_call(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/escalate",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ReasonDoc),
)
def escalate_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    # Escalation is the call-taker's own way out (contract): every role that takes calls.
    principal.require(Permission.START)
    return RecordResponse(
        service.escalate_call(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/close",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ReasonDoc),
)
def close_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    principal.require(Permission.START)  # and the call's centre: see dispatch_unit
    return RecordResponse(
        service.close_call(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/notes",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.NoteDoc),
)
def add_note(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    principal.require(Permission.START)
    return RecordResponse(
        service.add_note(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/answers",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.AnswerDoc),
)
def record_answer(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    """An answer to a case-entry question; priority and action are reassessed."""
    principal.require(Permission.START)
    return RecordResponse(
        service.record_answer(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/complaint",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ComplaintDoc),
)
def add_complaint(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    """What the caller says about the patient; priority and action are reassessed."""
    principal.require(Permission.START)
    return RecordResponse(
        complaints.add_complaint(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/priority",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.PriorityDoc),
)
def set_priority(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    """A priority set by hand, kept over automatic triage (timeline: `priority_set`)."""
    principal.require(Permission.START)
    return RecordResponse(
        complaints.set_priority(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )


@router.post(
    "/{call_id}/takeover",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ReasonDoc),
)
def take_over_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    session: WriteSessionDep,
    intake: IntakeDep,
) -> RecordResponse:
    """A supervisor takes an (escalated) call over; the call never ends (event `taken_over`)."""
    principal.require(Permission.ESCALATE)
    return RecordResponse(
        service.take_over_call(
            session=session, intake=intake, principal=principal, call_id=call_id, body=body
        )
    )
