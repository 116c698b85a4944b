"""HTTP routes of call records: parse, call one service function, return."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.audit import audit_full_reads
from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls import complaints, contract, records, schemas, service
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.components import Intake
from dispatch_intake.db import store_unavailable
from dispatch_intake.deps import (
    HeldDep,
    IntakeDep,
    JsonBodyDep,
    OptionalJsonBodyDep,
    PrincipalDep,
    ReaderDep,
    Writer,
    WriterDep,
)
from dispatch_intake.journal import HeldCalls

router = APIRouter(prefix="/v1/calls", tags=["calls"])
Record = dict[str, Any]
IdempotencyKeyHeader = Annotated[str | None, Header(alias="Idempotency-Key")]


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


def _answer(
    record: Record, status_code: int, *, held: bool, replayed: bool, location: bool = False
) -> RecordResponse:
    """A record, marked when it is held in the local journal or answers a retried key."""
    headers = {"Location": f"/v1/calls/{record['id']}"} if location else {}
    if replayed:
        headers["Idempotent-Replay"] = "true"
    if held:
        record = {**record, "held_locally": True}
        headers["X-Held-Locally"] = "true"
    return RecordResponse(record, status_code=status_code, headers=headers)


async def _follow_up(
    act: Callable[..., Record],
    call_id: str,
    body: dict[str, Any],
    principal: Principal,
    writer: Writer,
    intake: Intake,
    idempotency_key: str | None,
) -> RecordResponse:
    """One follow-up: once per Idempotency-Key, on the store or on the call held locally."""
    (record, acted), held = await writer.run_or_hold(
        lambda session: service.act_once(
            session=session,
            intake=intake,
            principal=principal,
            call_id=call_id,
            action=act.__name__,
            key=idempotency_key,
            act=partial(act, body=body),
        ),
        call_id=call_id,
    )
    return _answer(record, 200, held=held, replayed=not acted)


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
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    """Start intake: always a stored provisional record; bad fields become warnings."""
    principal.require(Permission.START)
    request = schemas.read_call_start(body, max_text_chars=intake.settings.max_text_chars)
    prepared = await run_in_threadpool(service.prepare_call, intake=intake, request=request)
    call_id = service.new_call_id()
    (record, created), held = await writer.run_or_hold(
        lambda session: service.start_call(
            session=session,
            intake=intake,
            principal=principal,
            prepared=prepared,
            idempotency_key=idempotency_key,
            call_id=call_id,
        ),
        key_hash=service.key_hash(idempotency_key) if idempotency_key else None,
    )
    return _answer(record, 201, held=held, replayed=not created, location=True)


@router.get("", response_model=list[contract.CallRecord])
async def list_calls(
    principal: PrincipalDep,
    reader: ReaderDep,
    writer: WriterDep,
    intake: IntakeDep,
    held: HeldDep,
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

    def listing(own: Session) -> list[Record]:
        return records.list_calls(
            session=own,
            intake=intake,
            principal=principal,
            status=status,
            limit=limit,
            search=search,
        )

    listed = await reader.run(lambda session: _with_held_calls(held, session, listing, limit))
    await audit_full_reads(writer, principal, listed, via="list")
    return RecordResponse(listed)


def _with_held_calls(
    held: HeldCalls | None, session: Session, listing: Callable[[Session], list[Record]], limit: int
) -> list[Record]:
    """A queue of stored calls with the held ones among them (only the held ones while the
    store is away): the console keeps every call in sight through an outage."""
    if held is None or not held.pending:
        return listing(session)
    stored: list[Record] = []
    if held.store_answers:
        try:
            stored = listing(session)
        except Exception as exc:
            if not store_unavailable(exc):
                raise
    kept = [{**record, "held_locally": True} for record in held.read(listing)]
    merged = sorted([*stored, *kept], key=lambda record: record["created_at"], reverse=True)
    return merged[:limit]


@router.get("/{call_id}", response_model=contract.CallRecord)
async def read_call(
    call_id: str,
    principal: PrincipalDep,
    reader: ReaderDep,
    writer: WriterDep,
    intake: IntakeDep,
    held: HeldDep,
) -> RecordResponse:
    principal.require(Permission.READ)
    if held is not None and held.pending:
        found = held.read(
            lambda local: (
                records.read_call(
                    session=local, intake=intake, principal=principal, call_id=call_id
                )
                if local.get(CallRecord, call_id) is not None
                else None
            )
        )
        if found is not None:
            return _answer(found, 200, held=True, replayed=False)
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
async def add_location(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)
    return await _follow_up(
        service.add_location, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/confirm",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ConfirmDoc),
)
async def confirm_location(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)
    return await _follow_up(
        service.confirm_location, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/dispatch",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.DispatchDoc),
)
async def dispatch_unit(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)  # and the call's centre (calls/seats.py)
    return await _follow_up(
        service.dispatch_unit, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/transfer",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.TransferDoc),
)
async def transfer_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)  # and the call's centre (calls/seats.py)
    return await _follow_up(
        service.transfer_call, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/escalate",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ReasonDoc),
)
async def escalate_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)  # and the call's centre (calls/seats.py)
    return await _follow_up(
        service.escalate_call, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/close",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ReasonDoc),
)
async def close_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)  # and the call's centre (calls/seats.py)
    return await _follow_up(
        service.close_call, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/notes",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.NoteDoc),
)
async def add_note(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    principal.require(Permission.START)
    return await _follow_up(
        service.add_note, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/answers",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.AnswerDoc),
)
async def record_answer(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    """An answer to a case-entry question; priority and action are reassessed."""
    principal.require(Permission.START)
    return await _follow_up(
        service.record_answer, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/complaint",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ComplaintDoc),
)
async def add_complaint(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    """What the caller says about the patient; priority and action are reassessed."""
    principal.require(Permission.START)
    return await _follow_up(
        complaints.add_complaint, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/priority",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.PriorityDoc),
)
async def set_priority(
    call_id: str,
    body: JsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    """A priority set by hand, kept over automatic triage (timeline: `priority_set`)."""
    principal.require(Permission.START)
    return await _follow_up(
        complaints.set_priority, call_id, body, principal, writer, intake, idempotency_key
    )


@router.post(
    "/{call_id}/takeover",
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(schemas.ReasonDoc),
)
async def take_over_call(
    call_id: str,
    body: OptionalJsonBodyDep,
    principal: PrincipalDep,
    writer: WriterDep,
    intake: IntakeDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    """A supervisor takes an (escalated) call over; the call never ends (event `taken_over`)."""
    principal.require(Permission.ESCALATE)
    return await _follow_up(
        service.take_over_call, call_id, body, principal, writer, intake, idempotency_key
    )
