"""Sign-in and sign-out (`/v1/sessions`), and `GET /v1/me`: who the credential belongs to and
what it may do, so a console need not probe."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth import people
from dispatch_intake.auth.service import ROLE_PERMISSIONS, Principal
from dispatch_intake.auth.signin import SigninGuard
from dispatch_intake.calls.contract import ErrorAnswer, Me, SignedIn
from dispatch_intake.calls.schemas import parse_json_object
from dispatch_intake.calls.seats import one_seat_psaps
from dispatch_intake.deps import IntakeDep, PrincipalDep, WriterDep, read_body
from dispatch_intake.errors import BadCredentials, InvalidBody, TooManyAttempts

router = APIRouter(prefix="/v1", tags=["auth"])
BAD_CREDENTIALS = "the staff id or the password is wrong"


def _permissions(role: str) -> list[str]:
    return sorted(p.value for p in ROLE_PERMISSIONS[role])


@router.get("/me", response_model=Me, response_model_exclude_unset=True)
def read_me(principal: PrincipalDep, intake: IntakeDep) -> dict[str, object]:
    """The role behind the credential, the timeline name it acts under, and its permissions."""
    return {
        "role": principal.role,
        "actor": principal.actor,
        "staff_id": principal.staff_id,
        "name": principal.name,
        "permissions": _permissions(principal.role),
        # Centres where one seat takes and dispatches: there a call_taker may dispatch too.
        "one_seat_psaps": one_seat_psaps(intake.psaps),
    }


@router.post(
    "/sessions",
    status_code=201,
    response_model=SignedIn,
    responses={429: {"model": ErrorAnswer, "description": "Too many failed sign-ins"}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["staff_id", "password"],
                        "properties": {
                            "staff_id": {"type": "string"},
                            "password": {"type": "string"},
                        },
                    }
                }
            },
        }
    },
)
async def sign_in(request: Request, intake: IntakeDep, writer: WriterDep) -> JSONResponse:
    """Sign a person in: a session token that expires (`session_hours`) and can be revoked."""
    body = parse_json_object(await read_body(request, intake.settings.max_body_bytes))
    staff_id, password = body.get("staff_id"), body.get("password")
    if not isinstance(staff_id, str) or not isinstance(password, str):
        raise InvalidBody('send {"staff_id": "…", "password": "…"}')
    guard: SigninGuard = request.app.state.signin_guard
    by_address: SigninGuard = request.app.state.signin_address_guard
    address = request.client.host if request.client else "unknown"
    keys = [f"staff:{staff_id[:40]}"]
    waits = [w for w in (guard.retry_after(keys), by_address.retry_after([address])) if w]
    wait = max(waits) if waits else None
    if wait is not None:
        raise TooManyAttempts(
            f"too many failed sign-ins; try again in {wait} seconds", retry_after=wait
        )

    def check() -> Any:
        with request.app.state.read_session() as session:
            return people.check_password(session=session, staff_id=staff_id, password=password)

    member = await run_in_threadpool(check)
    if member is None:
        guard.failed(keys)
        by_address.failed([address])
        raise BadCredentials(BAD_CREDENTIALS)
    guard.succeeded(keys[0])
    hours, who = intake.settings.session_hours, member.staff_id
    signed = await writer.run(
        lambda session: people.open_session(session=session, staff_id=who, hours=hours)
    )
    return JSONResponse(
        {
            "token": signed.token,
            "expires_at": signed.expires_at.isoformat(timespec="seconds"),
            "staff_id": member.staff_id,
            "name": member.name,
            "role": member.role,
            "permissions": _permissions(member.role),
        },
        status_code=201,
        headers={"Cache-Control": "no-store"},
    )


@router.delete("/sessions/current", status_code=204)
async def sign_out(principal: PrincipalDep, writer: WriterDep) -> Response:
    """End the session the request came with; other tokens are not sessions to end."""
    _require_session(principal)
    session_id = principal.session_id
    assert session_id is not None
    await writer.run(lambda session: people.close_session(session=session, session_id=session_id))
    return Response(status_code=204)


def _require_session(principal: Principal) -> None:
    if principal.session_id is None:
        raise InvalidBody(
            "this credential is not a sign-in session; role and client tokens are withdrawn "
            "by whoever issued them (`dispatch-intake tokens revoke`)"
        )
