"""`GET /v1/events`: server-sent events, one per record change, masked for the subscriber."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from dispatch_intake.auth.service import Permission, Principal
from dispatch_intake.calls.records import read_call
from dispatch_intake.deps import IntakeDep, PrincipalDep
from dispatch_intake.errors import NotFound

router = APIRouter(tags=["events"])


@router.get("/v1/events", response_class=StreamingResponse)
async def stream_events(
    request: Request, principal: PrincipalDep, intake: IntakeDep
) -> StreamingResponse:
    """`event: call` with `{"change", "record"}` as data after every change of any record."""
    principal.require(Permission.SUBSCRIBE)
    subscription = intake.broker.subscribe()
    read_session = request.app.state.read_session
    keepalive = intake.settings.events_keepalive_seconds

    def load(call_id: str, who: Principal) -> dict[str, Any] | None:
        with read_session() as session:
            try:
                return read_call(session=session, intake=intake, principal=who, call_id=call_id)
            except NotFound:
                return None

    async def body() -> AsyncIterator[str]:
        try:
            yield ": connected\n\n"
            while True:
                try:
                    change = await asyncio.wait_for(subscription.queue.get(), keepalive)
                except TimeoutError:
                    yield ": keepalive\n\n"
                    continue
                record = await run_in_threadpool(load, change["call_id"], principal)
                if record is None:
                    continue
                data = json.dumps(
                    {"change": change["change"], "record": record}, ensure_ascii=False
                )
                event_id = f"{record['id']}:{len(record['timeline'])}"
                yield f"event: call\nid: {event_id}\ndata: {data}\n\n"
        finally:
            intake.broker.unsubscribe(subscription)

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
