"""The store goes away (refused, or black-holed) and comes back: no call is refused, none is
lost or doubled, every timeline chain holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import schema_url
from ..service.factories import auth, call_body
from .conftest import fault_settings, wait_until
from .proxy import TcpProxy


def _ready(client: Any) -> int:
    status: int = client.get("/readyz").status_code
    return status


@pytest.mark.parametrize(
    "fault", ["refuse", pytest.param("black_hole", marks=pytest.mark.long_run)]
)
def test_calls_are_held_through_an_outage_and_replayed_once(
    fault: str, tmp_path: Path, pg_schema: str, store_proxy: TcpProxy, gazetteer: Any
) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from dispatch_intake.app import create_app
    from dispatch_intake.audit.verify import verify_store
    from dispatch_intake.calls.models import CallRecord

    settings = fault_settings(tmp_path, schema_url(pg_schema, store_proxy.port))
    app = create_app(settings, gazetteer=gazetteer)
    with TestClient(app) as client:
        before = client.post("/v1/calls", json=call_body(), headers=auth()).json()
        # A probe slowed by a busy machine may count the store away for a moment; a call held
        # then is written to the store as soon as a probe is answered.
        wait_until(
            lambda: (
                "held_locally" not in client.get(f"/v1/calls/{before['id']}", headers=auth()).json()
            )
        )
        held_before = _counter(client, "dispatch_intake_calls_held_total")
        replayed_before = _counter(client, "dispatch_intake_calls_replayed_total")

        getattr(store_proxy, fault)()
        wait_until(lambda: _ready(client) == 503)

        held_ids = []
        for n in range(4):
            headers = {**auth(), "Idempotency-Key": f"outage-{fault}-{n}"}
            answer = client.post("/v1/calls", json=call_body(), headers=headers)
            assert answer.status_code == 201, answer.text
            assert answer.headers["X-Held-Locally"] == "true"
            record = answer.json()
            assert record["held_locally"] is True
            assert record["status"] == "provisional"
            assert record["location"]["candidates"]  # resolved as usual
            held_ids.append(record["id"])
        # A client's retry during the outage finds the held call.
        same_key = {**auth(), "Idempotency-Key": f"outage-{fault}-0"}
        retry = client.post("/v1/calls", json=call_body(), headers=same_key)
        assert retry.json()["id"] == held_ids[0]
        assert retry.headers["Idempotent-Replay"] == "true"

        # Follow-ups on a held call work where it is held; a retried dispatch acts once.
        first = held_ids[0]
        confirmed = client.post(f"/v1/calls/{first}/confirm", json={"option": "1"}, headers=auth())
        assert confirmed.status_code == 200, confirmed.text
        assert confirmed.json()["status"] == "location_confirmed"
        assert confirmed.headers["X-Held-Locally"] == "true"
        dispatch_headers = {**auth("dispatcher"), "Idempotency-Key": "dispatch-once"}
        for _ in range(2):
            sent = client.post(f"/v1/calls/{first}/dispatch", json={}, headers=dispatch_headers)
            assert sent.status_code == 200, sent.text
        assert len(sent.json()["dispatches"]) == 1
        assert sent.headers["Idempotent-Replay"] == "true"
        assert client.get(f"/v1/calls/{first}", headers=auth()).json()["held_locally"] is True
        queue = client.get("/v1/calls", headers=auth("dispatcher")).json()
        assert {r["id"] for r in queue} == set(held_ids)
        assert all(r["held_locally"] for r in queue)

        # A call only the store knows cannot be changed while it is away: said plainly.
        refused = client.post(f"/v1/calls/{before['id']}/notes", json={"text": "x"}, headers=auth())
        assert refused.status_code == 503
        assert refused.json()["error"]["code"] == "store_unavailable"
        assert refused.headers["Retry-After"] == "1"

        assert _counter(client, "dispatch_intake_calls_held_total") == held_before + 4

        store_proxy.restore()
        wait_until(lambda: _ready(client) == 200)
        wait_until(lambda: client.get("/readyz").json()["held_locally"] == 0)

        after = client.get(f"/v1/calls/{first}", headers=auth()).json()
        assert "held_locally" not in after
        assert after["status"] == "dispatched" and len(after["dispatches"]) == 1
        # The chain goes on in the store from where the journal left it.
        noted = client.post(f"/v1/calls/{first}/notes", json={"text": "到了"}, headers=auth())
        assert noted.status_code == 200 and "X-Held-Locally" not in noted.headers
        assert _counter(client, "dispatch_intake_calls_replayed_total") == replayed_before + 4

    direct = create_engine(schema_url(pg_schema))
    try:
        with Session(direct) as session:
            stored = list(session.scalars(select(CallRecord.id)))
            assert sorted(stored) == sorted([before["id"], *held_ids])
            assert list(verify_store(session, app.state.audit_keys)) == []
    finally:
        direct.dispose()
    # The replayed calls hold up as the operator checks the store: every MAC, the ledger
    # against the last signed checkpoint, every row against its timeline.
    env = {
        **os.environ,
        "DISPATCH_INTAKE_CONFIG_DIR": str(settings.config_dir),
        "DISPATCH_INTAKE_VAR_DIR": str(settings.var_dir),
    }
    verified = subprocess.run(
        [sys.executable, "-m", "dispatch_intake.cli", "audit", "verify"]
        + ["--database-url", schema_url(pg_schema)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert f"{len(held_ids) + 1} call timelines verified" in verified.stdout


def _counter(client: Any, name: str) -> float:
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(f"{name} "):
            return float(line.split()[1])
    return 0.0
