"""Health, readiness and Prometheus metrics; open to the monitoring system without a token."""

from __future__ import annotations

import logging
import time
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dispatch_intake.calls.contract import METRICS_ANSWER, ErrorAnswer, Health, Readiness
from dispatch_intake.calls.records import calls_by_status
from dispatch_intake.db import store_unavailable
from dispatch_intake.deps import IntakeDep, ReadSessionDep
from dispatch_intake.errors import error_response

router = APIRouter(tags=["operations"])
access_log = logging.getLogger("dispatch_intake.access")


@router.get("/healthz", response_model=Health)
def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@router.get("/readyz", response_model=Readiness, responses={503: {"model": ErrorAnswer}})
async def readyz(request: Request) -> Any:
    """The store answers, as the background probe last saw it (no request waits on the store)."""
    state = request.app.state
    monitor = getattr(state, "store_monitor", None)
    held = getattr(state, "held", None)
    pending = held.pending if held is not None else 0
    if monitor is not None and not monitor.available:
        return error_response(
            503,
            "store_unreachable",
            f"the database does not answer; calls are held locally ({pending} held)",
        )
    return {"status": "ready", "store": state.engine.dialect.name, "held_locally": pending}


@router.get("/metrics", response_class=PlainTextResponse, responses=METRICS_ANSWER)
def metrics(session: ReadSessionDep, intake: IntakeDep) -> Response:
    try:
        intake.metrics.set_calls_by_status(calls_by_status(session))
    except Exception as exc:
        # While the store is away the counters of this process are still worth reading.
        if not store_unavailable(exc):
            raise
    return Response(intake.metrics.exposition(), media_type=CONTENT_TYPE_LATEST)


class RequestMetricsMiddleware:
    """Counts and times each request by its route template (never by raw path or query)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            elapsed = time.perf_counter() - started
            app = scope.get("app")
            intake = getattr(getattr(app, "state", None), "intake", None)
            if intake is not None and template != "/v1/events":
                intake.metrics.requests.labels(template, scope["method"], str(status)).inc()
                intake.metrics.latency.labels(template, scope["method"]).observe(elapsed)
            access_log.info(
                "%s %s %s",
                scope["method"],
                template,
                status,
                extra={
                    "route": template,
                    "method": scope["method"],
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
