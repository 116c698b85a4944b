"""`GET /v1/events`: every record change as a server-sent event, masked for the subscriber."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn

from ..conftest import STORE
from .factories import CALLER_NUMBER, MASKED_NUMBER, auth, call_body


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app on a loopback port in this process, for streaming clients."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _next_event(lines: Iterator[str]) -> dict[str, Any]:
    """The data of the next `event: call`, skipping comments."""
    event = None
    for line in lines:
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == "call":
            parsed: dict[str, Any] = json.loads(line.removeprefix("data: "))
            return parsed
    raise AssertionError("the stream ended")


@pytest.mark.parametrize(
    ("role", "number"), [("call_taker", MASKED_NUMBER), ("supervisor", CALLER_NUMBER)]
)
def test_subscribers_see_changes_masked_for_their_role(app: Any, role: str, number: str) -> None:
    with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
        with http.stream("GET", "/v1/events", headers=auth(role)) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.iter_lines()
            assert next(lines) == ": connected"
            started = http.post("/v1/calls", json=call_body(), headers=auth()).json()
            created = _next_event(lines)
            assert created["change"] == "created"
            assert created["record"]["id"] == started["id"]
            assert created["record"]["caller"]["number"] == number
            http.post(f"/v1/calls/{started['id']}/confirm", json={"option": "1"}, headers=auth())
            confirmed = _next_event(lines)
            assert confirmed["change"] == "confirmed"
            assert confirmed["record"]["status"] == "location_confirmed"


def test_one_rendering_per_change_and_view_however_many_subscribe(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dispatch_intake.events import router as events_router

    renders: list[str] = []
    from dispatch_intake.calls.records import read_call as real

    def counted(**arguments: Any) -> Any:
        renders.append(arguments["principal"].role)
        return real(**arguments)

    monkeypatch.setattr(events_router, "read_call", counted)
    roles = ["call_taker", "call_taker", "dispatcher", "supervisor"]
    with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
        with contextlib.ExitStack() as stack:
            streams = [
                stack.enter_context(http.stream("GET", "/v1/events", headers=auth(role)))
                for role in roles
            ]
            readers = [stream.iter_lines() for stream in streams]
            assert all(next(lines) == ": connected" for lines in readers)
            http.post("/v1/calls", json=call_body(), headers=auth())
            seen = [_next_event(lines)["record"]["caller"]["number"] for lines in readers]
    assert seen == [MASKED_NUMBER, MASKED_NUMBER, MASKED_NUMBER, CALLER_NUMBER]
    assert sorted(renders) in (["call_taker", "supervisor"], ["dispatcher", "supervisor"])


def test_a_failed_rendering_is_not_kept_for_the_next_subscriber() -> None:
    from dispatch_intake.events.service import FrameCache

    cache = FrameCache()
    attempts: list[int] = []

    async def flaky() -> str | None:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("store busy")
        return "frame"

    async def run() -> str | None:
        with pytest.raises(RuntimeError):
            await cache.get("k", flaky)
        return await cache.get("k", flaky)

    assert asyncio.run(run()) == "frame" and len(attempts) == 2


def test_auditor_may_not_subscribe(client: Any) -> None:
    assert client.get("/v1/events", headers=auth("auditor")).status_code == 403


@pytest.mark.skipif(STORE != "postgresql", reason="cross-process delivery needs PostgreSQL")
def test_changes_reach_subscribers_of_another_instance(
    app: Any, settings: Any, gazetteer: Any
) -> None:
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    other = create_app(settings, gazetteer=gazetteer)
    with serving(app) as base, httpx.Client(base_url=base, timeout=10) as http:
        with http.stream("GET", "/v1/events", headers=auth("dispatcher")) as stream:
            lines = stream.iter_lines()
            assert next(lines) == ": connected"
            time.sleep(0.5)  # the listener of `app` is subscribed to the channel
            with TestClient(other) as writer:
                started = writer.post("/v1/calls", json=call_body(), headers=auth()).json()
            event = _next_event(lines)
            assert event["record"]["id"] == started["id"]
            assert event["record"]["caller"]["number"] == MASKED_NUMBER
