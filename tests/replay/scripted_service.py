"""A scripted stand-in for the service: each request is answered with the next scripted
(status, body), so every expectation key can be shown to pass and to fail."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.testclient import TestClient

from dispatch_intake.client import IntakeClient
from dispatch_intake.replay.scenario import ROLES


@dataclass
class ScriptedService:
    answers: list[tuple[int, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)

    def answer(self, http_status: int = 201, **record: Any) -> None:
        self.answers.append((http_status, record_of(**record)))

    def raw(self, status: int, body: Any) -> None:
        self.answers.append((status, body))


def record_of(**fields: Any) -> dict[str, Any]:
    """A call record with the contract's fields; keyword arguments replace defaults."""
    record: dict[str, Any] = {
        "id": "call-1",
        "status": "provisional",
        "psap": "zhengzhou-120",
        "caller": {"number": None, "position": None},
        "priority": "unknown",
        "location": {"text": [], "candidates": [], "confirmed": None},
        "prompt": {"kind": "ask_location", "text": "请问您在什么地方？", "options": []},
        "recommended_action": {"kind": "ask_more", "reason": ""},
        "warnings": [],
        "timeline": [],
    }
    record.update(fields)
    return record


def place(full_name: str, *, in_jurisdiction: bool | None = True) -> dict[str, Any]:
    """A candidate with the contract's fields (`calls.contract.Candidate`)."""
    return {
        "place_id": full_name,
        "name": full_name,
        "full_name": full_name,
        "kind": "landmark",
        "admin": {"province": "河南省"},
        "lat": 34.75,
        "lon": 113.62,
        "in_jurisdiction": in_jurisdiction,
    }


def build_app(service: ScriptedService) -> FastAPI:
    app = FastAPI()

    @app.api_route("/{path:path}", methods=["GET", "POST"])
    async def scripted(path: str, request: Request) -> JSONResponse:
        raw = await request.body()
        service.requests.append(
            {
                "method": request.method,
                "path": "/" + path,
                "body": raw.decode() if raw else None,
                "headers": dict(request.headers),
            }
        )
        if not service.answers:
            return JSONResponse({"error": {"code": "unscripted", "message": path}}, 500)
        status, body = service.answers.pop(0)
        return JSONResponse(body, status_code=status)

    return app


@pytest.fixture
def scripted() -> ScriptedService:
    return ScriptedService()


@pytest.fixture
def clients(scripted: ScriptedService) -> Iterator[dict[str, IntakeClient]]:
    with TestClient(build_app(scripted)) as http:
        base = IntakeClient(http=cast(httpx.Client, http))  # httpx2.Client: the same API
        yield {role: base.with_token(f"token-{role}") for role in ROLES}
