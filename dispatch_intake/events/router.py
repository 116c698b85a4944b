"""`GET /v1/events`: server-sent events, one per record change, masked for the subscriber."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.audit import write_full_reads
from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls.contract import EVENT_STREAM_ANSWER
from dispatch_intake.calls.records import read_call
from dispatch_intake.deps import IntakeDep, NumbersQuery, PrincipalDep, Writer, reading_numbers
from dispatch_intake.errors import NotFound
from dispatch_intake.shapes import Change

router = APIRouter(tags=["events"])
log = logging.getLogger("dispatch_intake.events")


@router.get("/v1/events", response_class=StreamingResponse, responses=EVENT_STREAM_ANSWER)
async def stream_events(
    request: Request, principal: PrincipalDep, intake: IntakeDep, numbers: NumbersQuery = "whole"
) -> StreamingResponse:
    """`event: call` with `{"change", "record"}` as data after every change of any record."""
    principal.require(Permission.SUBSCRIBE)
    principal = reading_numbers(principal, numbers)
    read_session = request.app.state.read_session
    keepalive = intake.settings.events_keepalive_seconds
    broker = intake.broker

    def frame(change: Change, who: Principal) -> str | None:
        """The SSE event of one change as this role may see it; None if the record is gone."""
        with read_session() as session:
            try:
                record = read_call(
                    session=session, intake=intake, principal=who, call_id=change["call_id"]
                )
            except NotFound:
                return None
        data = json.dumps({"change": change["change"], "record": record}, ensure_ascii=False)
        return f"event: call\nid: {record['id']}:{len(record['timeline'])}\ndata: {data}\n\n"

    writer = Writer(request.app.state.write_gate, request.app.state.write_session)
    # A stream that shows whole numbers leaves one `full_read` per call it showed.
    audited: set[str] = set()

    async def body() -> AsyncIterator[str]:
        # Subscribed only once the stream runs: a client gone before that leaves nothing behind.
        subscription = broker.subscribe()
        try:
            yield ": connected\n\n"
            while True:
                try:
                    change = await asyncio.wait_for(subscription.queue.get(), keepalive)
                except TimeoutError:
                    yield ": keepalive\n\n"
                    continue
                # Rendering differs between roles only by masking: one rendering per view.
                key = (change.get("seq"), change["call_id"], principal.sees_numbers)
                try:
                    shown = await broker.frames.get(
                        key, partial(run_in_threadpool, frame, change, principal)
                    )
                except Exception:
                    # One unreadable change must not end every subscriber's stream.
                    log.warning("could not render a change for the event stream", exc_info=True)
                    continue
                if shown is not None:
                    if principal.sees_numbers and change["call_id"] not in audited:
                        audited.add(change["call_id"])
                        await write_full_reads(writer, principal, [change["call_id"]], "events")
                    yield shown
        finally:
            broker.unsubscribe(subscription)

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
