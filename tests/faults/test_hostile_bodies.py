"""No body makes the service fail: odd values become warnings, records stay small, and the
connection is still usable after any error answer."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from ..service.factories import auth, call_body, start_call
from ..service.test_events import serving

HUGE = "1" + "0" * 400


def _post_raw(client: Any, path: str, raw: str, role: str = "call_taker") -> Any:
    headers = {**auth(role), "Content-Type": "application/json"}
    return client.post(path, content=raw.encode(), headers=headers)


@pytest.mark.parametrize(
    "raw",
    [
        f'{{"caller_position": {{"lat": {HUGE}, "lon": {HUGE}}}}}',
        f'{{"caller_position": {{"lat": -{HUGE}, "lon": 113.6, "radius_m": {HUGE}}}}}',
        f'{{"caller_number": {HUGE}}}',
        '{"received_at": "0001-01-01T00:00:00+23:59:59.999999"}',
        '{"received_at": "9999-12-31T23:59:59.999999-23:59:59.999999"}',
        '{"received_at": "9999-12-31T23:59:59.999999+00:00"}',
        '{"location_text": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"caller_position": ' + '{"a":' * 900 + "1" + "}" * 900 + "}",
        '{"psap": {"id": [1, 2, {"x": null}]}, "complaint_text": 1e999}',
    ],
)
def test_odd_values_are_warnings_or_a_clear_refusal(client: Any, raw: str) -> None:
    answer = _post_raw(client, "/v1/calls", raw)
    assert answer.status_code in (201, 400), answer.text
    if answer.status_code == 201:
        assert answer.json()["status"] == "provisional"


def test_many_unknown_keys_make_one_warning(client: Any) -> None:
    body = call_body(**{f"k{n}": n for n in range(10_000)})
    record = client.post("/v1/calls", json=body, headers=auth()).json()
    unknown = [w for w in record["warnings"] if "unknown" in w["message"]]
    assert len(unknown) == 1
    assert unknown[0]["message"].startswith("10000 unknown fields ignored: k0, k1")
    assert len(json.dumps(record)) < 20_000


def test_a_record_keeps_a_bounded_number_of_warnings(client: Any) -> None:
    record = start_call(client)
    for _ in range(60):
        answer = client.post(
            f"/v1/calls/{record['id']}/location",
            json={"text": "郑州", "caller_position": {"lat": 999, "lon": 0}},
            headers=auth(),
        )
        assert answer.status_code == 200
    warnings = answer.json()["warnings"]
    assert len(warnings) == 50
    assert warnings[-1]["field"] == "warnings"


def test_a_fault_in_assessment_is_a_warning_not_a_refusal(
    client: Any, app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dispatch_intake.calls import assessment
    from dispatch_intake.locations import service as locations

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("Latitude must be in the [-90; 90] range")

    # Resolving goes through the intake's memo, which calls the module's `resolve_location`;
    # nothing resolved before is kept for these words (`resolutions` emptied).
    app.state.intake.resolutions = locations.ResolutionMemo()
    monkeypatch.setattr(locations, "resolve_location", broken)
    monkeypatch.setattr(assessment, "recommend_action", broken)
    answer = client.post("/v1/calls", json=call_body(), headers=auth())
    assert answer.status_code == 201
    fields = {w["field"] for w in answer.json()["warnings"]}
    assert {"location", "recommended_action"} <= fields
    follow_up = client.post(
        f"/v1/calls/{answer.json()['id']}/location", json={"text": "郑州"}, headers=auth()
    )
    assert follow_up.status_code == 200


def test_the_connection_is_usable_after_an_unexpected_error(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dispatch_intake.calls import service

    real = service.prepare_call
    failures = iter([True])

    def fails_once(**kwargs: Any) -> Any:
        if next(failures, False):
            raise RuntimeError("an unforeseen fault")
        return real(**kwargs)

    monkeypatch.setattr(service, "prepare_call", fails_once)
    opened: list[Any] = []
    with serving(app) as base:
        transport = httpx.HTTPTransport()
        with httpx.Client(base_url=base, transport=transport, timeout=10) as http:
            original = httpx.HTTPTransport.handle_request

            def noting(self: Any, request: Any) -> Any:
                opened.append(len(self._pool.connections))
                return original(self, request)

            monkeypatch.setattr(httpx.HTTPTransport, "handle_request", noting)
            failed = http.post("/v1/calls", json=call_body(), headers=auth())
            assert failed.status_code == 500
            assert failed.json()["error"]["code"] == "internal_error"
            assert failed.headers.get("connection") != "close"
            good = http.post("/v1/calls", json=call_body(), headers=auth())
            assert good.status_code == 201
            bad_body = http.post("/v1/calls", content=b"{", headers=auth())
            assert bad_body.status_code == 400
            again = http.post("/v1/calls", json=call_body(), headers=auth())
            assert again.status_code == 201
            # Every request went over the one connection the first opened.
            assert opened == [0, 1, 1, 1]
