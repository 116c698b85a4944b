"""Idempotency-Key: a retried start never creates a second record, even when raced."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update

from dispatch_intake.calls.models import CallRecord, IdempotencyKey
from dispatch_intake.db import utcnow

from .factories import auth, call_body


def _start(client: Any, key: str, **fields: Any) -> Any:
    headers = {**auth(), "Idempotency-Key": key}
    return client.post("/v1/calls", json=call_body(**fields), headers=headers)


def _count(app: Any) -> int:
    with app.state.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(CallRecord)) or 0)


def test_same_key_same_record(client: Any, app: Any) -> None:
    first = _start(client, "retry-1")
    second = _start(client, "retry-1", location_text="郑州大学")
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert second.headers["Idempotent-Replay"] == "true"
    assert second.json()["location"]["text"] == ["河南大学"]
    assert _count(app) == 1


def test_different_keys_different_records(client: Any, app: Any) -> None:
    assert _start(client, "a").json()["id"] != _start(client, "b").json()["id"]
    assert _count(app) == 2


def test_concurrent_retries_create_one_record(client: Any, app: Any) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: _start(client, "raced-key"), range(16)))
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
    assert _count(app) == 1


def test_a_key_older_than_the_limit_starts_a_new_record(client: Any, app: Any) -> None:
    first = _start(client, "old-key").json()
    with app.state.write_session() as session:
        session.execute(update(IdempotencyKey).values(created_at=utcnow() - timedelta(hours=25)))
        session.commit()
    second = _start(client, "old-key").json()
    assert second["id"] != first["id"]
    assert _start(client, "old-key").json()["id"] == second["id"]
