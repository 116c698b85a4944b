"""HTTP routes of call records: parse, call one service function, return.

Annotations are evaluated here (no `from __future__ import annotations`): each follow-up's
route is made in a function, and FastAPI reads its dependencies from the annotations."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Generic, Protocol, TypeVar

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from dispatch_intake.auth.audit import audit_full_reads
from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls import complaints, contract, inputs, records, schemas, service
from dispatch_intake.calls.models import CallRecord, IdempotencyKey
from dispatch_intake.components import Intake
from dispatch_intake.db import store_unavailable
from dispatch_intake.deps import (
    BodyInput,
    HeldDep,
    IntakeDep,
    NumbersQuery,
    PrincipalDep,
    ReaderDep,
    WriterDep,
    principal_of,
    reading_numbers,
    writer_of,
)
from dispatch_intake.errors import NotFound
from dispatch_intake.journal import HeldCalls, merged_into, stored_call_id
from dispatch_intake.shapes import IndexLine, Record

router = APIRouter(prefix="/v1/calls", tags=["calls"])
BodyT = TypeVar("BodyT", bound=contract.Body)
BodyT_contra = TypeVar("BodyT_contra", bound=contract.Body, contravariant=True)
# A line of the queue: a record, or the auditor's index line.
Listed = Record | IndexLine
IdempotencyKeyHeader = Annotated[str | None, Header(alias="Idempotency-Key")]


class RecordResponse(JSONResponse):
    """Records are plain JSON already: sent as they are, without a second pass of encoding."""


def _body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """Document a body that the route reads leniently against its model (calls/inputs.py):
    FastAPI does not validate it, so that no field can cause a refusal."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    definitions = schema.pop("$defs", {})
    return {
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
        "x-schema-definitions": definitions,
    }


def _held_locally(line: Listed) -> Listed:
    """A call the store does not have yet, only the local journal."""
    marked = line.copy()
    marked["held_locally"] = True
    return marked


def _answer(
    record: Record,
    status_code: int,
    *,
    held: bool,
    replayed: bool,
    location: bool = False,
    asked: str | None = None,
) -> RecordResponse:
    """A record, marked when it is held in the local journal, answers a retried key, or was
    asked for under the id of a held call merged into it (`asked`)."""
    headers = {"Location": f"/v1/calls/{record['id']}"} if location else {}
    if asked is not None:
        headers.update(merged_into(asked, record["id"]))
    if replayed:
        headers["Idempotent-Replay"] = "true"
    if held:
        headers["X-Held-Locally"] = "true"
        return RecordResponse(_held_locally(record), status_code=status_code, headers=headers)
    return RecordResponse(record, status_code=status_code, headers=headers)


@router.post(
    "",
    status_code=201,
    response_model=contract.CallRecord,
    openapi_extra=_body_doc(contract.CallStartBody),
)
async def start_call(
    request: Annotated[
        contract.CallStartBody,
        Depends(BodyInput(Permission.START, schemas.read_call_start, empty_means_object=False)),
    ],
    http: Request,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RecordResponse:
    """Start intake: always a stored provisional record; bad fields become warnings."""
    # The busiest route names one dependency: each one more is solved anew per request, and
    # the principal, the writer and the components need nothing the request does not hold.
    principal = principal_of(http)
    writer = writer_of(http)
    intake: Intake = http.app.state.intake
    # Resolution is pure computation under the interpreter's lock: a worker thread would not
    # run it beside the event loop, only add a hand-over there and back to every start.
    prepared = service.prepare_call(intake=intake, request=request)
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


# Records for the roles that read calls; index lines for the auditor, who reads timelines only.
@router.get("", response_model=list[contract.CallRecord] | list[contract.CallIndexLine])
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
    numbers: NumbersQuery = "whole",
) -> RecordResponse:
    """The console's queue and the call search, newest first; `status` may list several."""
    if not principal.can(Permission.READ):
        principal.require(Permission.READ_TIMELINE)
    principal = reading_numbers(principal, numbers)
    search = records.CallSearch(
        status=status,
        psap=psap,
        since=since,
        until=until,
        actor=actor,
        escalated=escalated,
        number=number,
    )

    def listing(own: Session) -> list[Listed]:
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
    held: HeldCalls | None, session: Session, listing: Callable[[Session], list[Listed]], limit: int
) -> list[Listed]:
    """A queue of stored calls with the held ones among them (only the held ones while the
    store is away): the console keeps every call in sight through an outage."""
    if held is None or not held.pending:
        return listing(session)
    stored: list[Listed] = []
    if held.store_answers:
        try:
            stored = listing(session)
        except Exception as exc:
            if not store_unavailable(exc):
                raise
    kept = [_held_locally(line) for line in held.read(listing)]
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
    numbers: NumbersQuery = "whole",
) -> RecordResponse:
    principal.require(Permission.READ)
    principal = reading_numbers(principal, numbers)
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
    # A held call merged into a stored one at replay is found under the id its client was told.
    record = await reader.run(
        lambda session: records.read_call(
            session=session,
            intake=intake,
            principal=principal,
            call_id=stored_call_id(session, call_id),
        )
    )
    await audit_full_reads(writer, principal, [record], via="record")
    return _answer(record, 200, held=False, replayed=False, asked=call_id)


@router.get("/{call_id}/timeline", response_model=contract.Timeline)
async def read_timeline(
    call_id: str, principal: PrincipalDep, reader: ReaderDep, writer: WriterDep, held: HeldDep
) -> RecordResponse:
    """The hash-chained events of one call (the auditor's view)."""
    principal.require(Permission.READ_TIMELINE)
    if held is not None and held.pending:
        kept = held.read(
            lambda local: (
                records.read_timeline(session=local, call_id=call_id, principal=principal)
                if local.get(CallRecord, call_id) is not None
                else None
            )
        )
        if kept is not None:
            return RecordResponse(kept, headers={"X-Held-Locally": "true"})
    timeline = await reader.run(
        lambda session: records.read_timeline(
            session=session, call_id=stored_call_id(session, call_id), principal=principal
        )
    )
    await audit_full_reads(writer, principal, [timeline], via="timeline")
    return RecordResponse(timeline, headers=merged_into(call_id, timeline["id"]))


# ---------------------------------------------------------------------------------------------
# Follow-ups: one declaration each. Every one reads its body only after the permission check,
# leniently into its model, and acts once per Idempotency-Key on the store or on the
# call held in the local journal.


class FollowUpAction(Protocol[BodyT_contra]):
    """A service function that changes one call and answers its record."""

    def __call__(
        self,
        *,
        session: Session,
        intake: Intake,
        principal: Principal,
        call_id: str,
        given: BodyT_contra,
    ) -> Record: ...


@dataclass(frozen=True, slots=True)
class FollowUp(Generic[BodyT]):
    path: str
    act: FollowUpAction[BodyT]
    body: type[BodyT]
    permission: Permission = Permission.START
    # Actions whose fields are all optional take an empty body as `{}`.
    body_optional: bool = False
    description: str | None = None


def add_follow_up(follow_up: FollowUp[BodyT]) -> None:
    """Route `POST /v1/calls/{call_id}/<path>`, named after its service function (the
    operation's id and summary in /openapi.json)."""
    action = follow_up.act.__name__  # type: ignore[attr-defined]
    read_input = BodyInput(
        follow_up.permission,
        inputs.reader(follow_up.body),
        empty_means_object=follow_up.body_optional,
    )

    async def follow_up_route(
        call_id: str,
        principal: PrincipalDep,
        writer: WriterDep,
        intake: IntakeDep,
        given: Annotated[Any, Depends(read_input)],
        idempotency_key: IdempotencyKeyHeader = None,
    ) -> RecordResponse:
        def act_on(session: Session, target: str) -> tuple[Record, bool]:
            return service.act_once(
                session=session,
                intake=intake,
                principal=principal,
                call_id=target,
                action=action,
                key=idempotency_key,
                act=lambda own: follow_up.act(
                    session=own, intake=intake, principal=principal, call_id=target, given=given
                ),
            )

        def act(session: Session) -> tuple[Record, bool]:
            try:
                return act_on(session, call_id)
            except NotFound:
                # A held call merged into a stored one at replay: the follow-up goes there.
                target = stored_call_id(session, call_id)
                if target == call_id:
                    raise
                session.rollback()
                done_on_held = idempotency_key is not None and (
                    session.get(
                        IdempotencyKey,
                        service.action_key_hash(idempotency_key, call_id=call_id, action=action),
                    )
                    is not None
                )
                if done_on_held:
                    # Done on the held copy before the merge: answered, not done again.
                    record = records.read_call(
                        session=session, intake=intake, principal=principal, call_id=target
                    )
                    return record, False
                return act_on(session, target)

        (record, acted), held = await writer.run_or_hold(act, call_id=call_id)
        return _answer(record, 200, held=held, replayed=not acted, asked=call_id)

    router.add_api_route(
        f"/{{call_id}}/{follow_up.path}",
        follow_up_route,
        methods=["POST"],
        name=action,
        description=follow_up.description or "",
        response_model=contract.CallRecord,
        openapi_extra=_body_doc(follow_up.body),
    )


FOLLOW_UPS: tuple[FollowUp[Any], ...] = (
    FollowUp("location", service.add_location, contract.LocationBody),
    FollowUp("confirm", service.confirm_location, contract.ConfirmBody),
    # Dispatching, transferring and closing also need the call's centre (calls/seats.py).
    FollowUp(
        "dispatch",
        service.dispatch_unit,
        contract.DispatchBody,
        body_optional=True,
    ),
    FollowUp(
        "transfer",
        service.transfer_call,
        contract.TransferBody,
        body_optional=True,
    ),
    FollowUp(
        "alert",
        service.alert_centre,
        contract.AlertBody,
        body_optional=True,
        description="The call-taker told another centre of the place it may concern (the "
        "recommended `parallel_alert` when the body leaves it out); timeline `parallel_alerted` "
        "`{to_psap, place_id, label, reason}`, and the recommendation stops asking for it.",
    ),
    FollowUp(
        "escalate",
        service.escalate_call,
        contract.ReasonBody,
        body_optional=True,
    ),
    FollowUp("close", service.close_call, contract.ReasonBody, body_optional=True),
    FollowUp("notes", service.add_note, contract.NoteBody),
    FollowUp(
        "answers",
        service.record_answer,
        contract.AnswerBody,
        description="An answer to a case-entry question; priority and action are reassessed.",
    ),
    FollowUp(
        "complaint",
        complaints.add_complaint,
        contract.ComplaintBody,
        description="What the caller says about the patient; priority and action are reassessed.",
    ),
    FollowUp(
        "priority",
        complaints.set_priority,
        contract.PriorityBody,
        description="A priority set by hand, kept over automatic triage (timeline: "
        "`priority_set`).",
    ),
    FollowUp(
        "takeover",
        service.take_over_call,
        contract.ReasonBody,
        permission=Permission.ESCALATE,
        body_optional=True,
        description="A supervisor takes an (escalated) call over; the call never ends (event "
        "`taken_over`).",
    ),
)

for _follow_up in FOLLOW_UPS:
    add_follow_up(_follow_up)
