"""/openapi.json: frozen, and describing every answer and every body the service takes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dispatch_intake.openapi import snapshot_text

from .factories import act, start_call

SNAPSHOT = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_openapi_matches_the_frozen_copy(client: Any) -> None:
    published = client.get("/openapi.json").json()
    assert snapshot_text(published) == SNAPSHOT.read_text(encoding="utf-8"), (
        "the API changed: if that is meant, run `make openapi-snapshot`; commit docs/openapi.json"
    )


def _success_schemas(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        media["schema"]
        for status, answer in operation["responses"].items()
        if status.startswith("2")
        for media in (answer.get("content") or {}).values()
    ]


def test_every_operation_describes_its_answer(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    undescribed = [
        f"{method.upper()} {path}"
        for path, operations in paths.items()
        for method, operation in operations.items()
        if not any(schema for schema in _success_schemas(operation))
        # 204: nothing is answered, so there is nothing to describe.
        and "204" not in operation["responses"]
    ]
    assert undescribed == [], (
        "give these routes a response_model (dispatch_intake/calls/contract.py)"
    )
    record = paths["/v1/calls/{call_id}"]["get"]["responses"]["200"]["content"]
    assert record["application/json"]["schema"] == {"$ref": "#/components/schemas/CallRecord"}
    not_found = paths["/v1/calls/{call_id}"]["get"]["responses"]["404"]["content"]
    assert not_found["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorAnswer"}


def _body_schema(paths: dict[str, Any], verb: str) -> dict[str, Any]:
    operation = paths[f"/v1/calls/{{call_id}}/{verb}"]["post"]
    schema: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["schema"]
    return schema


def test_documented_bodies_require_no_more_than_the_service_does(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    record = start_call(client, location_text="清明上河园", complaint_text=None)

    assert "required" not in _body_schema(paths, "location")
    position = {"lat": 34.81, "lon": 114.36, "radius_m": 500, "source": "cell"}
    moved = act(client, record["id"], "location", {"caller_position": position})
    assert moved.status_code == 200, moved.text

    assert "required" not in _body_schema(paths, "transfer")
    transferred = act(client, record["id"], "transfer", {}, role="dispatcher")
    assert transferred.status_code == 200, transferred.text
    assert transferred.json()["psap"] == "kaifeng-120"
