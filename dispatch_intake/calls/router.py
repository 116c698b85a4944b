"""HTTP routes of call records: parse, call one service function, return."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.service import Permission
from dispatch_intake.calls import contract, records, schemas, service
from dispatch_intake.deps import (
    IntakeDep,
    JsonBodyDep,
    OptionalJsonBodyDep,
    PrincipalDep,
    ReadSessionDep,
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
def list_calls(
    principal: PrincipalDep,
    session: ReadSessionDep,
    intake: IntakeDep,
    status: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> RecordResponse:
    """The console's queue, newest first; `status` may list several, comma separated."""
    principal.require(Permission.READ)
    return RecordResponse(
        records.list_calls(
            session=session, intake=intake, principal=principal, status=status, limit=limit
        )
    )


@router.get("/{call_id}", response_model=contract.CallRecord)
def read_call(
    call_id: str, principal: PrincipalDep, session: ReadSessionDep, intake: IntakeDep
) -> RecordResponse:
    principal.require(Permission.READ)
    return RecordResponse(
        records.read_call(session=session, intake=intake, principal=principal, call_id=call_id)
    )


@router.get("/{call_id}/timeline", response_model=contract.Timeline)
def read_timeline(call_id: str, principal: PrincipalDep, session: ReadSessionDep) -> RecordResponse:
    """The hash-chained events of one call (the auditor's view)."""
    principal.require(Permission.READ_TIMELINE)
    return RecordResponse(records.read_timeline(session=session, call_id=call_id))


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
    principal.require(Permission.DISPATCH)
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
    principal.require(Permission.DISPATCH)
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
    principal.require(Permission.ESCALATE)
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
    principal.require(Permission.CLOSE)
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
