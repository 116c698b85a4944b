"""Idempotency-Key on every write: the whole key counts, and a retried follow-up acts once."""

from __future__ import annotations

from typing import Any

import pytest

from ..service.factories import auth, call_body, start_call


def test_keys_that_differ_after_512_characters_are_different_keys(client: Any) -> None:
    stem = "k" * 600
    first = client.post(
        "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": stem + "1"}
    )
    second = client.post(
        "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": stem + "2"}
    )
    assert first.json()["id"] != second.json()["id"]
    again = client.post(
        "/v1/calls", json=call_body(), headers={**auth(), "Idempotency-Key": stem + "1"}
    )
    assert again.json()["id"] == first.json()["id"]


@pytest.mark.parametrize(
    ("verb", "body", "role", "count"),
    [
        ("dispatch", {"unit": "急救车1"}, "dispatcher", lambda r: len(r["dispatches"])),
        ("notes", {"text": "患者在三楼"}, "call_taker", lambda r: len(r["notes"])),
        ("location", {"text": "龙子湖"}, "call_taker", lambda r: len(r["location"]["text"])),
    ],
)
def test_a_retried_follow_up_acts_once(
    client: Any, verb: str, body: dict[str, Any], role: str, count: Any
) -> None:
    record = start_call(client)
    headers = {**auth(role), "Idempotency-Key": f"retry-{verb}"}
    path = f"/v1/calls/{record['id']}/{verb}"
    first = client.post(path, json=body, headers=headers)
    retry = client.post(path, json=body, headers=headers)
    assert first.status_code == retry.status_code == 200
    assert retry.headers["Idempotent-Replay"] == "true"
    assert count(retry.json()) == count(first.json())
    assert len(retry.json()["timeline"]) == len(first.json()["timeline"])
    # The same key on another action, or without a key, acts.
    fresh = client.post(path, json=body, headers=auth(role))
    assert count(fresh.json()) == count(first.json()) + 1


def test_a_refused_follow_up_does_not_spend_its_key(client: Any) -> None:
    record = start_call(client)
    headers = {**auth("dispatcher"), "Idempotency-Key": "close-then-dispatch"}
    closed = client.post(f"/v1/calls/{record['id']}/close", json={}, headers=auth("dispatcher"))
    assert closed.status_code == 200
    refused = client.post(f"/v1/calls/{record['id']}/dispatch", json={}, headers=headers)
    assert refused.status_code == 409
    assert "Idempotent-Replay" not in refused.headers
