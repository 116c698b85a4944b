"""Typed request dependencies shared by every router."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.credentials import SESSION_KIND, parse_issued
from dispatch_intake.auth.people import identify
from dispatch_intake.auth.service import Principal, RoleTokens, bearer_token, unknown_token
from dispatch_intake.calls.schemas import parse_json_object
from dispatch_intake.components import Intake
from dispatch_intake.errors import BodyTooLarge, InvalidBody

T = TypeVar("T")
_bearer = HTTPBearer(
    auto_error=False,
    description="A session token from POST /v1/sessions, a client token from `dispatch-intake "
    "tokens issue`, or a role token (DISPATCH_INTAKE_TOKENS, var/tokens.toml)",
)


# Dependencies that do no I/O are `async def`: a plain `def` would cost each request a hop to
# a worker thread and back.


async def get_intake(request: Request) -> Intake:
    intake: Intake = request.app.state.intake
    return intake


IntakeDep = Annotated[Intake, Depends(get_intake)]


async def get_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    token = bearer_token(request.headers.get("authorization"))
    role_tokens: RoleTokens = request.app.state.role_tokens
    principal = role_tokens.match(token)
    if principal is None:
        principal = await run_in_threadpool(_issued_principal, request, token)
    request.state.role = principal.role
    request.state.sees_numbers = principal.sees_numbers
    return principal


def _issued_principal(request: Request, token: str) -> Principal:
    """The person or client behind a token the service issued (a session, a client token)."""
    parsed = parse_issued(token)
    if parsed is None:
        raise unknown_token()
    kind, row_id, secret = parsed
    with request.app.state.read_session() as session:
        found = identify(session=session, kind=kind, row_id=row_id, secret=secret)
    if found is None:
        raise unknown_token()
    return Principal(
        role=found.role,
        actor=found.actor,
        staff_id=found.staff_id,
        name=found.name,
        session_id=row_id if kind == SESSION_KIND else None,
    )


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def get_read_session(request: Request) -> Iterator[Session]:
    with request.app.state.read_session() as session:
        yield session


async def get_write_session(request: Request) -> AsyncIterator[Session]:
    """A writing session, held under the store's write gate for the whole request.

    Writers wait for the gate on the event loop rather than parked in worker threads, and
    opening a session does no I/O, so only the route itself runs in a worker thread.
    """
    async with request.app.state.write_gate:
        session: Session = request.app.state.write_session()
        try:
            yield session
        finally:
            # After a commit there is nothing to end; a rollback talks to the store.
            if session.in_transaction():
                await run_in_threadpool(session.close)
            else:
                session.close()


class Writer:
    """Runs one unit of work in a writing session, under the store's write gate only for that
    work: a route prepares what needs no store first, outside the gate."""

    def __init__(self, gate: AbstractAsyncContextManager[Any], factory: Callable[[], Session]):
        self._gate = gate
        self._factory = factory

    async def run(self, work: Callable[[Session], T]) -> T:
        async with self._gate:
            return await run_in_threadpool(self._run, work)

    def _run(self, work: Callable[[Session], T]) -> T:
        with self._factory() as session:
            return work(session)


async def get_writer(request: Request) -> Writer:
    return Writer(request.app.state.write_gate, request.app.state.write_session)


class Reader:
    """Runs one read in a reading session in a worker thread (for `async` routes that also
    write, such as reads that leave an audit event)."""

    def __init__(self, factory: Callable[[], Session]):
        self._factory = factory

    async def run(self, work: Callable[[Session], T]) -> T:
        return await run_in_threadpool(self._run, work)

    def _run(self, work: Callable[[Session], T]) -> T:
        with self._factory() as session:
            return work(session)


async def get_reader(request: Request) -> Reader:
    return Reader(request.app.state.read_session)


ReadSessionDep = Annotated[Session, Depends(get_read_session)]
ReaderDep = Annotated[Reader, Depends(get_reader)]
WriteSessionDep = Annotated[Session, Depends(get_write_session)]
WriterDep = Annotated[Writer, Depends(get_writer)]


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            declared_size = int(declared)
        except ValueError:
            raise InvalidBody("the Content-Length header is not a number") from None
        if declared_size > limit:
            raise BodyTooLarge(f"the body is {declared_size} bytes; the limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def get_json_body(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    """The body as a JSON object; checked after the credential, within the size limit."""
    body = await read_body(request, request.app.state.intake.settings.max_body_bytes)
    return parse_json_object(body)


async def get_optional_json_body(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    """Like `get_json_body`, but an empty body means `{}` (for actions whose fields are all
    optional)."""
    body = await read_body(request, request.app.state.intake.settings.max_body_bytes)
    return parse_json_object(body) if body.strip() else {}


JsonBodyDep = Annotated[dict[str, Any], Depends(get_json_body)]
OptionalJsonBodyDep = Annotated[dict[str, Any], Depends(get_optional_json_body)]
