"""Sign-in and sign-out (`/v1/sessions`), and `GET /v1/me`: who the credential belongs to and
what it may do, so a console need not probe."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth import people
from dispatch_intake.auth.oidc import (
    FLOW_COOKIE,
    FLOW_SECONDS,
    OidcProvider,
    OidcRefused,
    account_for,
)
from dispatch_intake.auth.service import ROLE_PERMISSIONS, Principal
from dispatch_intake.auth.signin import SigninGuard, log_refused
from dispatch_intake.calls.contract import ErrorAnswer, Me, SignedIn
from dispatch_intake.calls.schemas import parse_json_object
from dispatch_intake.calls.seats import one_seat_psaps
from dispatch_intake.components import Intake
from dispatch_intake.deps import IntakeDep, PrincipalDep, Writer, WriterDep, read_body
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
        log_refused(method="password", staff_id=staff_id, address=address, reason="throttled")
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
        log_refused(method="password", staff_id=staff_id, address=address, reason=BAD_CREDENTIALS)
        raise BadCredentials(BAD_CREDENTIALS)
    guard.succeeded(keys[0])
    return JSONResponse(
        await _open_session(writer, intake, member),
        status_code=201,
        headers={"Cache-Control": "no-store"},
    )


async def _open_session(writer: Writer, intake: Intake, member: Any) -> dict[str, Any]:
    """The same session whichever way the person proved who they are: it expires after
    `session_hours` and is revoked like any other."""
    hours, who = intake.settings.session_hours, member.staff_id
    signed = await writer.run(
        lambda session: people.open_session(session=session, staff_id=who, hours=hours)
    )
    return {
        "token": signed.token,
        "expires_at": signed.expires_at.isoformat(timespec="seconds"),
        "staff_id": member.staff_id,
        "name": member.name,
        "role": member.role,
        "permissions": _permissions(member.role),
    }


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


# ---------------------------------------------------------------------------------------------
# OpenID Connect: mounted only when `oidc_issuer` is set (see dispatch_intake.auth.oidc).

oidc_router = APIRouter(prefix="/v1/sessions/oidc", tags=["auth"])


def _wants_page(request: Request) -> bool:
    """A browser (the console) is sent back to the console; a script gets JSON."""
    return "text/html" in request.headers.get("accept", "")


@oidc_router.get(
    "/start",
    status_code=302,
    response_class=RedirectResponse,
    responses={302: {"description": "To the identity provider's sign-in page"}},
)
async def oidc_start(request: Request) -> RedirectResponse:
    """Leave for the centre's identity provider (authorization code flow, PKCE, state, nonce);
    the flow's secrets travel in a sealed cookie that only this service can open."""
    provider: OidcProvider = request.app.state.oidc
    try:
        url, cookie = await provider.start()
    except OidcRefused as refused:
        address = request.client.host if request.client else "unknown"
        log_refused(method="oidc", staff_id=None, address=address, reason=refused.reason)
        if _wants_page(request):
            return _back_to_console({"signin_error": refused.message})
        raise
    answer = RedirectResponse(url, status_code=302, headers={"Cache-Control": "no-store"})
    answer.set_cookie(
        FLOW_COOKIE,
        cookie,
        max_age=FLOW_SECONDS,
        path="/v1/sessions/oidc",
        httponly=True,
        secure=provider.secure_cookie,
        # Lax: the provider sends the browser back with a top-level GET, which Lax allows.
        samesite="lax",
    )
    return answer


@oidc_router.get(
    "/callback",
    response_model=SignedIn,
    responses={
        303: {"description": "A browser is sent back to the console"},
        429: {"model": ErrorAnswer, "description": "Too many failed sign-ins"},
    },
)
async def oidc_callback(
    request: Request,
    intake: IntakeDep,
    writer: WriterDep,
    code: str | None = None,
    state: str | None = None,
    error: str | None = None,
) -> Response:
    """Back from the provider: the ID token verified, the staff account it names found here
    and enabled, and the same kind of session a password sign-in gives."""
    provider: OidcProvider = request.app.state.oidc
    by_address: SigninGuard = request.app.state.signin_address_guard
    address = request.client.host if request.client else "unknown"
    staff_id: str | None = None
    try:
        wait = by_address.retry_after([address])
        if wait is not None:
            log_refused(method="oidc", staff_id=None, address=address, reason="throttled")
            raise TooManyAttempts(
                f"too many failed sign-ins; try again in {wait} seconds", retry_after=wait
            )
        claims = await provider.finish(
            code=code, state=state, error=error, cookie=request.cookies.get(FLOW_COOKIE)
        )
        staff_id = provider.staff_id_of(claims)
        found = staff_id

        def account() -> Any:
            with request.app.state.read_session() as session:
                return account_for(session=session, staff_id=found)

        member = await run_in_threadpool(account)
    except OidcRefused as refused:
        by_address.failed([address])
        log_refused(method="oidc", staff_id=staff_id, address=address, reason=refused.reason)
        if _wants_page(request):
            return _forget_flow(_back_to_console({"signin_error": refused.message}))
        raise
    opened = await _open_session(writer, intake, member)
    if _wants_page(request):
        # The token rides in the fragment, which browsers never send to a server; the
        # console reads it into the tab's session storage and wipes it from the address.
        return _forget_flow(_back_to_console({"session": opened["token"]}))
    return _forget_flow(JSONResponse(opened, headers={"Cache-Control": "no-store"}))


def _back_to_console(fragment: dict[str, str]) -> RedirectResponse:
    return RedirectResponse(
        "/console#" + urlencode(fragment), status_code=303, headers={"Cache-Control": "no-store"}
    )


def _forget_flow(answer: Response) -> Response:
    """A flow is used once: its cookie goes with the answer."""
    answer.delete_cookie(FLOW_COOKIE, path="/v1/sessions/oidc")
    return answer
