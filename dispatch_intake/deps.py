"""Typed request dependencies shared by every router."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from typing import Annotated, Any, Generic, Literal, TypeVar, cast

from fastapi import Depends, Query, Request
from fastapi.security import HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.credentials import SESSION_KIND, parse_issued
from dispatch_intake.auth.people import identify
from dispatch_intake.auth.service import (
    Permission,
    Principal,
    RoleTokens,
    bearer_token,
    unknown_token,
)
from dispatch_intake.calls.inputs import InputReader
from dispatch_intake.calls.schemas import parse_json_object
from dispatch_intake.components import Intake
from dispatch_intake.db import GroupCommit, store_unavailable
from dispatch_intake.errors import BodyTooLarge, InvalidBody, StoreUnavailable
from dispatch_intake.journal import HeldCalls, StoreMonitor

T = TypeVar("T")
InputT = TypeVar("InputT")
log = logging.getLogger("dispatch_intake.store")


# Dependencies that do no I/O are `async def`: a plain `def` would cost each request a hop to
# a worker thread and back.


async def get_intake(request: Request) -> Intake:
    intake: Intake = request.app.state.intake
    return intake


IntakeDep = Annotated[Intake, Depends(get_intake)]


async def get_principal(request: Request) -> Principal:
    token = bearer_token(request.headers.get("authorization"))
    role_tokens: RoleTokens = request.app.state.role_tokens
    principal = role_tokens.match(token)
    if principal is None:
        principal = await run_in_threadpool(_issued_principal, request, token)
    request.state.role = principal.role
    request.state.sees_numbers = principal.sees_numbers
    request.state.principal = principal
    return principal


def principal_of(request: Request) -> Principal:
    """The principal `get_principal` found for this request, for a route whose other
    dependencies (a `BodyInput`) depend on it already: FastAPI solves a dependency's own
    dependencies again wherever it is named, even when its value is cached."""
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        raise RuntimeError("no principal for this request: the route depends on none")
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


class BearerPrincipal(HTTPBearer):
    """The principal behind the request's bearer token, as a dependency that is the OpenAPI
    document's bearer scheme itself: FastAPI solves a dependency's own dependencies anew
    wherever it is named, so a scheme beside the principal cost every request one more."""

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        return await get_principal(request)


_bearer_principal = BearerPrincipal(
    auto_error=False,
    # Named as the plain scheme it replaces: the document is unchanged.
    scheme_name="HTTPBearer",
    description="A session token from POST /v1/sessions, a client token from `dispatch-intake "
    "tokens issue`, or a role token (DISPATCH_INTAKE_TOKENS, var/tokens.toml)",
)
PrincipalDep = Annotated[Principal, Depends(_bearer_principal)]

# How a reader who may see caller numbers whole asks for them masked: a console keeping its
# queue and open call current reads no number, and no `full_read` is written for it.
NumbersQuery = Annotated[
    Literal["whole", "masked"],
    Query(
        description="`masked`: caller numbers masked as for a call-taker, even for a role that "
        "sees them whole; nothing is shown whole, so no `full_read` is recorded"
    ),
]


def reading_numbers(principal: Principal, numbers: str) -> Principal:
    """The principal an answer is rendered for: masked when the reader asked for it."""
    return replace(principal, numbers_masked=True) if numbers == "masked" else principal


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


class CallLocks:
    """One lock per call being changed in this process (or per start's Idempotency-Key):
    follow-ups on one call queue here,
    holding no store connection, instead of in the store's row lock, where a long queue
    would run into the store's timeouts and be taken for a store that has gone away."""

    def __init__(self) -> None:
        self._locks: dict[tuple[int, str], tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, call_id: str) -> AsyncIterator[None]:
        key = (id(asyncio.get_running_loop()), call_id)
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class Writer:
    """Runs one unit of work in a writing session, under the store's write gate only for that
    work: a route prepares what needs no store first, outside the gate."""

    def __init__(
        self,
        gate: AbstractAsyncContextManager[Any],
        factory: Callable[[], Session],
        held: HeldCalls | None = None,
        monitor: StoreMonitor | None = None,
        call_locks: CallLocks | None = None,
        group: GroupCommit | None = None,
    ):
        self._gate = gate
        self._factory = factory
        self._held = held
        self._monitor = monitor
        self._call_locks = call_locks
        self._group = group

    async def run_or_hold(
        self,
        work: Callable[[Session], T],
        *,
        call_id: str | None = None,
        key_hash: str | None = None,
    ) -> tuple[T, bool]:
        """(result, held): the work on the store, or in the local journal when the store cannot
        take it in time. A follow-up (`call_id`) on a held call runs where the call is; one on
        a stored call is refused with 503 when the store cannot take it in time (nothing else
        knows the call)."""
        # Retries of one start (one key) queue like follow-ups of one call.
        queue = call_id or (f"key:{key_hash}" if key_hash else None)
        if queue is not None and self._call_locks is not None:
            async with self._call_locks.hold(queue):
                return await self._run_or_hold(work, call_id=call_id, key_hash=key_hash)
        return await self._run_or_hold(work, call_id=call_id, key_hash=key_hash)

    async def _run_or_hold(
        self, work: Callable[[Session], T], *, call_id: str | None, key_hash: str | None
    ) -> tuple[T, bool]:
        held = self._held
        # Starts, most of the write load, share commits (on SQLite); follow-ups, each already
        # queued behind its call's lock, commit alone.
        group = self._group if call_id is None else None

        async def store(work: Callable[[Session], T]) -> T:
            if group is not None:
                return await group.run(work, order=key_hash)
            return await self.run(work)

        if held is None:
            return await store(work), False
        if call_id is not None:
            found, result = await run_in_threadpool(held.run_if_held, call_id, work)
            if found:
                return cast(T, result), True
        elif key_hash is not None:
            found, result = await run_in_threadpool(held.hold_if_key_held, key_hash, work)
            if found:
                return cast(T, result), True
        # A start goes straight to the journal while the probe says the store is away, so the
        # caller is not kept waiting for a timeout; a follow-up on a stored call has nowhere
        # else to go, so it tries the store anyway: a probe slowed by a busy machine must not
        # turn away a change the store would have taken.
        if self._monitor is None or self._monitor.available or call_id is not None:
            try:
                result = await store(work)
            except Exception as exc:
                if not store_unavailable(exc):
                    raise
                if self._monitor is not None:
                    self._monitor.report_failure()
                log.warning("the store did not take a write in time (%s)", type(exc).__name__)
            else:
                if self._monitor is not None:
                    self._monitor.report_success()
                return result, False
        if call_id is not None:
            raise StoreUnavailable(
                "the store does not answer and this call is not held here; "
                "retry with the same Idempotency-Key"
            )
        return await run_in_threadpool(held.hold, work), True

    async def run(self, work: Callable[[Session], T]) -> T:
        async with self._gate:
            return await run_in_threadpool(self._run, work)

    def _run(self, work: Callable[[Session], T]) -> T:
        with self._factory() as session:
            return work(session)


async def get_writer(request: Request) -> Writer:
    return writer_of(request)


def writer_of(request: Request) -> Writer:
    state = request.app.state
    return Writer(
        state.write_gate,
        state.write_session,
        getattr(state, "held", None),
        getattr(state, "store_monitor", None),
        getattr(state, "call_locks", None),
        getattr(state, "group_commit", None),
    )


async def get_held(request: Request) -> HeldCalls | None:
    held: HeldCalls | None = getattr(request.app.state, "held", None)
    return held


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
HeldDep = Annotated[HeldCalls | None, Depends(get_held)]


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


class BodyInput(Generic[InputT]):
    """A route's typed input, as a dependency: the permission first, then the body within the
    size limit, parsed as a JSON object and read leniently by `read`. A role that may not act
    learns so (403) without its body being read. With `empty_means_object` an empty body
    reads as `{}` (for actions whose fields are all optional)."""

    def __init__(
        self, permission: Permission, read: InputReader[InputT], *, empty_means_object: bool
    ) -> None:
        self.permission = permission
        self.read = read
        self.empty_means_object = empty_means_object

    async def __call__(self, request: Request, principal: PrincipalDep) -> InputT:
        principal.require(self.permission)
        settings = request.app.state.intake.settings
        raw = await read_body(request, settings.max_body_bytes)
        body = {} if self.empty_means_object and not raw.strip() else parse_json_object(raw)
        return self.read(body, max_text_chars=settings.max_text_chars)
