"""The public contract, frozen: its paths in /openapi.json and the shared recorded calls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dispatch_intake.client import IntakeClient
from dispatch_intake.replay.runner import run_scenario
from dispatch_intake.replay.scenario import load_scenario

from ..conftest import TOKENS

SHARED_SCENARIOS = Path(__file__).resolve().parents[3] / "shared" / "scenarios"
CONTRACT_PATHS = {
    "/v1/calls": {"post", "get"},
    "/v1/calls/{call_id}": {"get"},
    "/v1/calls/{call_id}/location": {"post"},
    "/v1/calls/{call_id}/confirm": {"post"},
    "/v1/calls/{call_id}/dispatch": {"post"},
    "/v1/calls/{call_id}/transfer": {"post"},
    "/v1/calls/{call_id}/escalate": {"post"},
    "/v1/calls/{call_id}/notes": {"post"},
    "/v1/events": {"get"},
    "/v1/resolve": {"get"},
    "/healthz": {"get"},
    "/readyz": {"get"},
    "/metrics": {"get"},
}


def test_openapi_has_every_contract_path(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, methods in CONTRACT_PATHS.items():
        assert path in paths, path
        assert methods <= set(paths[path]), path
    start = paths["/v1/calls"]["post"]
    assert "Idempotency-Key" in {p["name"] for p in start.get("parameters", [])}
    schema = start["requestBody"]["content"]["application/json"]["schema"]
    assert {"psap", "location_text", "caller_position"} <= set(schema["properties"])
    assert "422" not in start["responses"]


def test_record_has_every_contract_field(client: Any) -> None:
    from .factories import start_call

    record = start_call(client)
    assert {
        "id",
        "status",
        "psap",
        "caller",
        "priority",
        "location",
        "prompt",
        "recommended_action",
        "warnings",
        "timeline",
    } <= set(record)
    assert set(record["caller"]) == {"number", "position"}
    assert {"text", "candidates", "confirmed"} <= set(record["location"])
    assert {"kind", "text", "options"} <= set(record["prompt"])
    assert {"kind", "reason"} <= set(record["recommended_action"])
    place = record["location"]["candidates"][0]
    assert {
        "place_id",
        "name",
        "full_name",
        "kind",
        "admin",
        "lat",
        "lon",
        "address",
        "score",
        "distance_km",
        "in_jurisdiction",
    } <= set(place)
    assert set(place["admin"]) >= {"province", "city", "district", "adcode"}
    assert {"seq", "at", "type", "actor", "data", "hash"} == set(record["timeline"][0])
    assert set(record["prompt"]["options"][0]) >= {"key", "place_id", "label"}


@pytest.mark.skipif(not SHARED_SCENARIOS.is_dir(), reason="../shared/scenarios is not beside")
@pytest.mark.parametrize("path", sorted(SHARED_SCENARIOS.glob("*.yaml")), ids=lambda p: p.stem)
def test_shared_scenario(client: Any, path: Path) -> None:
    # The same runner as `dispatch-intake replay`, on this test's store (SQLite or PostgreSQL).
    base = IntakeClient(http=client)
    clients = {role: base.with_token(token) for role, token in TOKENS.items()}
    result = run_scenario(load_scenario(path), clients)
    assert result.passed, result.failure
