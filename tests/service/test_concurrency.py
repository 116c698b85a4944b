"""Many writers at once: more than the worker threads there are, on one record and on many."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from dispatch_intake.audit.verify import verify_store
from dispatch_intake.calls.models import CallRecord

from .factories import act, auth, call_body, start_call

WRITERS = 100  # well over the 40 worker threads a route may occupy


def test_a_hundred_writers_at_once_all_land_and_the_chains_hold(client: Any, app: Any) -> None:
    shared = start_call(client)

    def work(n: int) -> Any:
        if n % 4 == 0:  # a quarter add turns to one call, racing each other
            return act(client, shared["id"], "location", {"text": f"龙子湖 {n}"})
        if n % 4 == 1:  # a quarter retry one start
            headers = {**auth(), "Idempotency-Key": "one-start"}
            return client.post("/v1/calls", json=call_body(), headers=headers)
        return client.post(
            "/v1/calls", json=call_body(location_text=f"郑州大学 {n}"), headers=auth()
        )

    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        responses = list(pool.map(work, range(WRITERS)))

    assert [r.status_code for r in responses if r.status_code not in (200, 201)] == []
    retried = {r.json()["id"] for n, r in enumerate(responses) if n % 4 == 1}
    assert len(retried) == 1
    with app.state.read_session() as session:
        stored = session.scalar(select(func.count()).select_from(CallRecord))
        assert stored == 1 + 1 + WRITERS // 2
        assert list(verify_store(session, app.state.audit_keys)) == []
    after = client.get(f"/v1/calls/{shared['id']}", headers=auth()).json()
    assert len(after["location"]["text"]) == 1 + WRITERS // 4
    assert [e["seq"] for e in after["timeline"]] == list(range(1, len(after["timeline"]) + 1))
